//! "Send", "Save draft" and the outbox flush: the message is put in the
//! durable outbox first, then sent; once the server took it, a copy is
//! filed in Sent and the outbox entry goes. When the server cannot be
//! reached, the message waits in the outbox for [`flush_outbox`].

use super::build::{header_ids, strip_bcc, Built, FORWARDED_HEADER};
use super::filing::{file_copy, prune_uploads, Filed};
use crate::error::{Error, Result};
use crate::imap::SpecialUse;
use crate::message::Flag;
use crate::secret::Secret;
use crate::smtp::{Envelope, Outbox, OutboxEntry, SendFailure, SmtpSession, SmtpSettings};
use crate::store::account_lock::BRIEF_WAIT;
use crate::store::{AccountConfig, PostaHome, Store};
use crate::sync::account::AccountSync;
use crate::sync::{hold_account, with_store, SharedStore};

/// Sends and flushes never overlap in one process: a flush puts back
/// claims left by a crash, which must not be a send in progress.
pub(super) static OUTBOX_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// What sending needs: where Posta's files are, the store, the account and
/// its outgoing server's password (from the keyring or a prompt).
#[derive(Debug, Clone)]
pub struct SendContext {
    /// Posta's home (the outbox and uploads live there).
    pub home: PostaHome,
    /// The store, for the copy in Sent.
    pub store: SharedStore,
    /// The sending account.
    pub account: AccountConfig,
    /// The outgoing server's password.
    pub password: Secret,
}

impl SendContext {
    pub(super) fn outbox(&self) -> Outbox {
        Outbox::new(&self.home)
    }
}

/// How "Send" ended, when it did not fail for good.
#[derive(Debug, Clone)]
pub enum SendOutcome {
    /// The server took it. `copy` is where the copy in Sent went, or why
    /// it could not be filed (the message itself is gone out either way).
    Sent {
        /// The filed copy.
        copy: Result<Filed, Error>,
    },
    /// The server could not be reached (or said "try later"): the message
    /// waits in the outbox and goes with the next [`flush_outbox`].
    Queued {
        /// Why it is waiting.
        reason: Error,
    },
}

/// What a flush did.
#[derive(Debug, Clone, Default)]
pub struct FlushReport {
    /// `Message-ID`s of the messages that went out.
    pub sent: Vec<String>,
    /// Messages that did not, with why (and whether they are tried again
    /// by themselves).
    pub failed: Vec<(String, SendFailure)>,
    /// Messages still waiting afterwards.
    pub waiting: usize,
}

/// Runs blocking file and store work off the async threads.
pub(super) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        Error::from(std::io::Error::other(format!(
            "a background task stopped: {e}"
        )))
    })?
}

/// Files the copy of a sent message in Sent, and marks what it answers or
/// forwards (see [`mark_originals`]).
async fn file_sent(ctx: &SendContext, raw: Vec<u8>) -> Result<Filed> {
    let (store, home, account) = (ctx.store.clone(), ctx.home.clone(), ctx.account.clone());
    blocking(move || {
        with_store(&store, |s| {
            // The message is gone out: a failure to mark the original must
            // not keep the copy from being filed.
            let _ = mark_originals(s, account.id, &raw);
            file_copy(s, &home, &account, SpecialUse::Sent, &raw, &[Flag::Seen])
        })
    })
    .await
}

/// Tries one claimed entry on `session`; files the copy and removes the
/// entry when the server took it.
async fn deliver(
    ctx: &SendContext,
    session: &mut SmtpSession,
    entry: &OutboxEntry,
) -> Result<Result<Filed, Error>, SendFailure> {
    let outbox = ctx.outbox();
    let raw = outbox.message(entry).map_err(SendFailure::permanent)?;
    session.send(&entry.meta.envelope, &strip_bcc(&raw)).await?;
    // Sent: from here on the entry must go even if filing the copy fails,
    // or the message would be sent again.
    let copy = file_sent(ctx, raw).await;
    outbox.remove(entry).map_err(SendFailure::permanent)?;
    Ok(copy)
}

/// Records a failed try on a claimed entry and gives it back.
fn give_back(outbox: &Outbox, entry: &OutboxEntry, failure: &SendFailure) -> Result<()> {
    let mut entry = entry.clone();
    entry.meta.failed(&failure.error, failure.transient);
    outbox.release(&entry)
}

/// Sends a built message: outbox first, then the server. A failure that
/// waiting cannot fix (wrong password, untrusted certificate, a refused
/// recipient) is the error, and the message leaves the outbox: the compose
/// window still has it, for the user to fix and send again.
pub async fn send(ctx: &SendContext, built: &Built, subject: &str) -> Result<SendOutcome> {
    let _flushing = OUTBOX_LOCK.lock().await;
    let outbox = ctx.outbox();
    let entry = {
        let (outbox, account, raw) = (outbox.clone(), ctx.account.id, built.raw.clone());
        let envelope = Envelope {
            from: built.from.clone(),
            to: built.recipients.clone(),
        };
        let (message_id, subject) = (built.message_id.clone(), subject.to_owned());
        blocking(move || outbox.add(account, envelope, &message_id, &subject, &raw)).await?
    };
    // Another Posta sending for this account would find the claim and,
    // after a crash of its own, could put it back: the message waits for
    // that one (its outbox flush sends it) instead.
    let _account = match hold_account(&ctx.store, ctx.account.id, BRIEF_WAIT).await {
        Ok(lock) => lock,
        Err(Error::AccountBusy) => {
            return Ok(SendOutcome::Queued {
                reason: Error::AccountBusy,
            })
        }
        Err(err) => return Err(err),
    };
    if !outbox.claim(&entry)? {
        return Err(Error::protocol(
            "the message left the outbox before it was sent",
        ));
    }
    let settings = match SmtpSettings::from_account(&ctx.account, ctx.password.clone()) {
        Ok(settings) => settings,
        Err(err) => {
            outbox.remove(&entry)?;
            return Err(err);
        }
    };
    let attempt = match SmtpSession::connect(&settings).await {
        Ok(mut session) => {
            let result = deliver(ctx, &mut session, &entry).await;
            session.quit().await;
            result
        }
        Err(err) => Err(SendFailure::from(err)),
    };
    match attempt {
        Ok(copy) => Ok(SendOutcome::Sent { copy }),
        Err(failure) if failure.transient => {
            give_back(&outbox, &entry, &failure)?;
            Ok(SendOutcome::Queued {
                reason: failure.error,
            })
        }
        Err(failure) => {
            outbox.remove(&entry)?;
            Err(failure.error)
        }
    }
}

impl AccountSync<'_> {
    /// Sends the mail that waits in the outbox, now that the server
    /// answers; `None` for an account that sends no mail.
    pub async fn send_outbox(&self, home: &PostaHome) -> Option<Result<FlushReport>> {
        self.account.smtp.as_ref()?;
        let context = SendContext {
            home: home.clone(),
            store: self.store.clone(),
            account: self.account.clone(),
            password: self.password.clone(),
        };
        Some(flush_outbox(&context).await)
    }
}

/// Sends everything waiting in the account's outbox over one connection
/// (a new one after a failed message, which lettre closes). Messages
/// marked as needing the user's attention are left alone.
pub async fn flush_outbox(ctx: &SendContext) -> Result<FlushReport> {
    let _flushing = OUTBOX_LOCK.lock().await;
    // Claims left by a crash are put back below: only one Posta may.
    let _account = hold_account(&ctx.store, ctx.account.id, BRIEF_WAIT).await?;
    let outbox = ctx.outbox();
    let account = ctx.account.id;
    {
        let (outbox, store, home) = (outbox.clone(), ctx.store.clone(), ctx.home.clone());
        blocking(move || {
            outbox.recover(account)?;
            with_store(&store, |s| prune_uploads(s, &home)).map(drop)
        })
        .await?;
    }
    let waiting: Vec<OutboxEntry> = outbox
        .entries(account)?
        .into_iter()
        .filter(|e| !e.meta.needs_attention)
        .collect();
    let mut report = FlushReport::default();
    if waiting.is_empty() {
        report.waiting = outbox.len(account)?;
        return Ok(report);
    }
    let settings = SmtpSettings::from_account(&ctx.account, ctx.password.clone())?;
    let mut session: Option<SmtpSession> = None;
    let mut waiting = waiting.into_iter();
    while let Some(entry) = waiting.next() {
        if session.is_none() {
            match SmtpSession::connect(&settings).await {
                Ok(s) => session = Some(s),
                Err(err) => {
                    // The server is away (or refuses us): every message
                    // waits, each with the try and its reason recorded.
                    let failure = SendFailure::from(err);
                    for entry in std::iter::once(entry).chain(waiting.by_ref()) {
                        if outbox.claim(&entry)? {
                            give_back(&outbox, &entry, &failure)?;
                        }
                        report
                            .failed
                            .push((entry.meta.message_id.clone(), failure.clone()));
                    }
                    break;
                }
            }
        }
        let Some(live) = session.as_mut() else { break };
        if !outbox.claim(&entry)? {
            continue;
        }
        match deliver(ctx, live, &entry).await {
            Ok(_) => report.sent.push(entry.meta.message_id.clone()),
            Err(failure) => {
                give_back(&outbox, &entry, &failure)?;
                report.failed.push((entry.meta.message_id.clone(), failure));
                if let Some(broken) = session.take() {
                    broken.quit().await;
                }
            }
        }
    }
    if let Some(session) = session {
        session.quit().await;
    }
    report.waiting = outbox.len(account)?;
    Ok(report)
}

/// Saves a draft in Drafts (`\Draft`, `\Seen`), replacing the versions
/// whose `Message-ID`s are `previous` (see [`super::drafts`]).
pub async fn save_draft(ctx: &SendContext, built: &Built, previous: &[String]) -> Result<Filed> {
    let (store, home, account) = (ctx.store.clone(), ctx.home.clone(), ctx.account.clone());
    let (raw, id, previous) = (
        built.raw.clone(),
        built.message_id.clone(),
        previous.to_vec(),
    );
    blocking(move || {
        with_store(&store, |s| {
            super::drafts::file_draft(s, &home, &account, &raw, &id, &previous)
        })
    })
    .await
}

/// Removes a draft's versions `ids` (it was sent or discarded).
pub async fn remove_draft(ctx: &SendContext, ids: &[String]) -> Result<()> {
    let (store, account, ids) = (ctx.store.clone(), ctx.account.clone(), ids.to_vec());
    blocking(move || with_store(&store, |s| super::drafts::remove_draft(s, &account, &ids))).await
}

/// The keyword other clients (Thunderbird, Apple Mail) use for "forwarded".
pub const FORWARDED: &str = "$Forwarded";

/// Marks what a sent message answers `\Answered` and what it forwards
/// `$Forwarded`, from its own headers (`In-Reply-To`,
/// `X-Forwarded-Message-Id`), so a draft finished later or a message sent
/// from the outbox does it too. Through the offline queue: the server
/// learns it at the next sync (IMAP); POP3 and local folders keep it here.
pub fn mark_originals(store: &Store, account: i64, raw: &[u8]) -> Result<usize> {
    let headers = crate::message::parse_headers(raw);
    let forwarded = header_ids(raw, FORWARDED_HEADER);
    let marks = headers
        .in_reply_to
        .iter()
        .map(|id| (id.as_str(), Flag::Answered))
        .chain(
            forwarded
                .iter()
                .map(|id| (id.as_str(), Flag::Keyword(FORWARDED.to_owned()))),
        );
    let mut marked = 0;
    for (id, flag) in marks {
        for message in store.messages_with_message_id(account, id)? {
            crate::sync::actions::set_flags(store, message, std::slice::from_ref(&flag), &[])?;
            marked += 1;
        }
    }
    Ok(marked)
}
