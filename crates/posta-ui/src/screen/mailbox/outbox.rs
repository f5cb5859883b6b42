//! The Outbox: what waits to be sent, read from core's durable outbox
//! ([`posta_core::smtp::Outbox`]) whenever the mailbox reads the store
//! again. It shows in the folder tree and the status bar while something
//! waits; opened, it lists each message with its state and the last reason
//! in words, and offers Send now, Edit (the message goes back to Drafts and
//! opens in the compose window) and Delete (after a question).

use std::collections::BTreeSet;

use iced::Task;

use super::{Action, Compose, Mailbox, Message};
use crate::widget::folder_tree::Waiting;
use posta_core::compose::{self, SendContext};
use posta_core::error::Error;
use posta_core::smtp::{Outbox, OutboxEntry};
use posta_core::store::{keyring, AccountConfig};
use posta_core::Secret;
use posta_i18n::{describe_wait, t};

/// What the user does in the Outbox.
#[derive(Debug, Clone, PartialEq)]
pub enum OutboxMessage {
    /// Open this account's Outbox (tree, status bar).
    Open(i64),
    /// Try this message now.
    SendNow(String),
    /// Take this message back to edit it.
    Edit(String),
    /// Ask whether to delete this message.
    Delete(String),
    /// Yes, delete it.
    ConfirmDelete(String),
    /// No, keep it.
    Keep,
    /// Back to the message list.
    Close,
    /// Work on a message of this account finished.
    Done(i64, Done),
}

/// How Send now, Edit or Delete ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    /// A sentence for the notice bar.
    Notice(String),
    /// The message is a draft again, with this store id: edit it.
    Draft(i64),
    /// Nothing to say (a message deleted as asked).
    Quiet,
}

/// The open Outbox.
#[derive(Debug, Clone, Default)]
pub struct OutboxView {
    /// Its account.
    pub account: i64,
    /// The message Delete asks about.
    pub confirming: Option<String>,
    /// Messages with work under way.
    pub busy: BTreeSet<String>,
}

/// The outgoing server's host, for sentences.
pub(super) fn smtp_host(account: &AccountConfig) -> &str {
    account
        .smtp
        .as_ref()
        .map_or(account.host.as_str(), |s| s.host.as_str())
}

/// Why a message waits, in words; `None` before its first try.
pub(super) fn reason(entry: &OutboxEntry, account: &AccountConfig) -> Option<String> {
    let err = entry.meta.last_failure()?;
    Some(if entry.meta.needs_attention {
        describe(&err, account)
    } else {
        describe_wait(&err, smtp_host(account))
    })
}

fn describe(err: &Error, account: &AccountConfig) -> String {
    match err {
        Error::StartTlsUnavailable { host, .. } => {
            t!("compose-error-smtp-starttls", host = host.as_str())
        }
        other => posta_i18n::describe_refusal(other, smtp_host(account)),
    }
}

/// The outgoing server's password: the SMTP login's own from the keyring
/// when it differs from the incoming one, else the one the account's
/// worker uses, else the keyring's.
async fn password(account: &AccountConfig, known: Option<Secret>) -> Result<Secret, String> {
    let smtp_user = account.smtp.as_ref().map_or("", |s| s.user.as_str());
    if smtp_user != account.user {
        if let Ok(password) = keyring::load_password(account.id, smtp_user).await {
            return Ok(password);
        }
    }
    if let Some(password) = known {
        return Ok(password);
    }
    keyring::load_password(account.id, &account.user)
        .await
        .map_err(|err| t!("compose-error-no-password", details = err.to_string()))
}

impl Mailbox {
    /// Reads every account's outbox again; the open Outbox closes once it
    /// is empty.
    pub(super) fn reload_outbox(&mut self) {
        let outbox = Outbox::new(&self.home);
        let mut emptied = Vec::new();
        for account in &mut self.accounts {
            // A listing that cannot be read keeps what was shown.
            if let Ok(entries) = outbox.listing(account.config.id) {
                if entries.is_empty() && !account.outbox.is_empty() {
                    emptied.push(account.config.id);
                }
                account.outbox = entries;
            }
        }
        // What waited went out: the account's problem bar is stale.
        for id in emptied {
            self.account_recovered(id);
        }
        if let Some(view) = &self.outbox {
            let left = self.account(view.account).map_or(0, |a| a.outbox.len());
            if left == 0 {
                self.outbox = None;
            }
        }
    }

    /// What waits per account, for the folder tree.
    pub(super) fn outbox_waiting(&self) -> Vec<Waiting> {
        self.accounts
            .iter()
            .filter(|a| !a.outbox.is_empty())
            .map(|a| Waiting {
                account: a.config.id,
                count: a.outbox.len(),
                attention: a.outbox.iter().any(|e| e.meta.needs_attention),
            })
            .collect()
    }

    /// The open Outbox, if any.
    pub fn outbox_view(&self) -> Option<&OutboxView> {
        self.outbox.as_ref()
    }

    /// A window over the mailbox closed with a sentence (a sent or queued
    /// message): it goes to the notice bar, and the outbox is read again.
    pub fn compose_closed(&mut self, notice: Option<crate::said::Said>) {
        if notice.is_some() {
            self.notice = None;
            self.said = notice;
        }
        self.reload_outbox();
    }

    pub(super) fn outbox_message(&mut self, message: OutboxMessage) -> Action {
        match message {
            OutboxMessage::Open(account) => {
                self.reload_outbox();
                if self.account(account).is_some_and(|a| !a.outbox.is_empty()) {
                    self.room = None;
                    self.switch = None;
                    // The toolbar acts on the list's selection: none while
                    // the list is out of sight, so Delete there cannot
                    // remove an unseen message.
                    self.selection.clear();
                    self.reader = None;
                    self.outbox = Some(OutboxView {
                        account,
                        ..OutboxView::default()
                    });
                }
            }
            OutboxMessage::Close => self.outbox = None,
            OutboxMessage::Delete(id) => {
                if let Some(view) = &mut self.outbox {
                    view.confirming = Some(id);
                }
            }
            OutboxMessage::Keep => {
                if let Some(view) = &mut self.outbox {
                    view.confirming = None;
                }
            }
            OutboxMessage::SendNow(id) => return self.outbox_work(id, Work::Send),
            OutboxMessage::Edit(id) => return self.outbox_work(id, Work::Edit),
            OutboxMessage::ConfirmDelete(id) => return self.outbox_work(id, Work::Delete),
            OutboxMessage::Done(account, done) => {
                if let Some(view) = &mut self.outbox {
                    view.busy.clear();
                }
                // A sent message's copy for Sent is queued: the worker
                // uploads it now rather than at the next check.
                self.draft_saved(account);
                self.reload();
                self.reload_outbox();
                match done {
                    Done::Notice(sentence) => self.notice = Some(sentence),
                    Done::Quiet => {}
                    Done::Draft(message_id) => {
                        self.outbox = None;
                        return Action::Compose(Compose::Draft { message_id });
                    }
                }
            }
        }
        Action::None
    }

    /// Starts Send now, Edit or Delete on a message of the open Outbox.
    fn outbox_work(&mut self, id: String, work: Work) -> Action {
        let Some(view) = &mut self.outbox else {
            return Action::None;
        };
        view.confirming = None;
        if !view.busy.insert(id.clone()) {
            return Action::None;
        }
        let account_id = view.account;
        let Some(account) = self.account(account_id) else {
            return Action::None;
        };
        let config = account.config.clone();
        let known = account.password.clone();
        let context = SendContext {
            home: self.home.clone(),
            store: self.store.clone(),
            account: config.clone(),
            password: Secret::default(),
        };
        let task = Task::perform(
            async move { work.run(context, known, &id).await },
            move |done| Message::Outbox(OutboxMessage::Done(account_id, done)),
        );
        Action::Run(task)
    }
}

/// What a button asks for.
#[derive(Debug, Clone, Copy)]
enum Work {
    Send,
    Edit,
    Delete,
}

impl Work {
    async fn run(self, mut context: SendContext, known: Option<Secret>, id: &str) -> Done {
        let account = context.account.clone();
        let notice = |err: &Error| Done::Notice(describe(err, &account));
        match self {
            Work::Send => {
                context.password = match password(&account, known).await {
                    Ok(password) => password,
                    Err(sentence) => return Done::Notice(sentence),
                };
                match compose::send_now(&context, Some(id)).await {
                    Err(err) => notice(&err),
                    Ok(report) => match report.failed.first() {
                        Some((_, failure)) if report.sent.is_empty() => {
                            Done::Notice(if failure.transient {
                                let why = describe_wait(&failure.error, smtp_host(&account));
                                t!("outbox-still-waiting", reason = why)
                            } else {
                                describe(&failure.error, &account)
                            })
                        }
                        _ => Done::Notice(t!("outbox-sent", count = report.sent.len())),
                    },
                }
            }
            Work::Edit => match compose::edit_waiting(&context, id).await {
                Ok(filed) => Done::Draft(filed.message_id),
                Err(err) => notice(&err),
            },
            Work::Delete => match compose::remove_waiting(&context, id).await {
                Ok(()) => Done::Quiet,
                Err(err) => notice(&err),
            },
        }
    }
}
