//! Opening the compose window for what the mailbox asked: a blank message,
//! or an answer to a message in the store, quoted with translated
//! attribution lines.

use super::{Compose, Context, Kind};
use crate::screen::mailbox;
use posta_core::account::identities::{identities, pick_for_reply};
use posta_core::compose::{Draft, Original, ReplyKind};
use posta_core::message::Address;
use posta_core::store::{AccountConfig, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::Secret;
use posta_i18n::t;

/// Why the window could not open, as a translated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError(pub String);

fn account_of_message(store: &Store, message_id: i64) -> Option<(i64, Original)> {
    let row = store.message(message_id).ok()??;
    let folder = store.folder(row.folder_id).ok()??;
    let original = match store.readable(message_id).ok().flatten() {
        Some((raw, false)) => Original::parse(&raw, &posta_i18n::deception_warning),
        // Read in parts: its text, and the attachments that are here.
        Some((raw, true)) => Original::parse_partial(&raw, &posta_i18n::deception_warning),
        // The body is not downloaded (yet): answer with what the list has.
        None => {
            let headers = posta_core::message::parse_headers(
                format!(
                    "From: {}\r\nTo: {}\r\n\r\n",
                    row.from.replace(['\r', '\n'], " "),
                    row.to.replace(['\r', '\n'], " ")
                )
                .as_bytes(),
            );
            Original {
                from: headers.from,
                to: headers.to,
                date: row.date,
                subject: row.subject.clone(),
                message_id: row.message_id.clone(),
                ..Original::default()
            }
        }
    };
    Some((folder.account, original))
}

/// Names and addresses as one line for the attribution and forward header.
fn people(list: &[Address]) -> String {
    list.iter()
        .map(Address::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn date_of(original: &Original) -> String {
    crate::widget::when::long(original.date, posta_i18n::current_language())
}

/// The translated line or block above the quoted text.
fn header_for(kind: ReplyKind, original: &Original) -> String {
    let sender = people(&original.from);
    match kind {
        ReplyKind::Reply | ReplyKind::ReplyAll => t!(
            "compose-reply-attribution",
            date = date_of(original),
            sender = sender
        ),
        ReplyKind::Forward => t!(
            "compose-forward-header",
            subject = original.subject.as_str(),
            date = date_of(original),
            sender = sender,
            recipients = people(&original.to)
        ),
    }
}

/// The compose window for `request`.
pub fn open(
    request: &mailbox::Compose,
    home: &PostaHome,
    store: &SharedStore,
    accounts: &[AccountConfig],
    password: impl Fn(i64) -> Option<Secret>,
) -> Result<Compose, OpenError> {
    let (kind, reply) = match request {
        mailbox::Compose::Draft { message_id } => {
            return reopen_draft(*message_id, home, store, accounts, password)
        }
        mailbox::Compose::New { .. } => (Kind::New, None),
        mailbox::Compose::Reply { message_id } => {
            (Kind::Reply, Some((ReplyKind::Reply, *message_id)))
        }
        mailbox::Compose::ReplyAll { message_id } => {
            (Kind::ReplyAll, Some((ReplyKind::ReplyAll, *message_id)))
        }
        mailbox::Compose::Forward { message_id } => {
            (Kind::Forward, Some((ReplyKind::Forward, *message_id)))
        }
    };
    let (account_id, original) = match (request, reply) {
        (mailbox::Compose::New { account }, _) => (*account, None),
        (_, Some((answer, message_id))) => {
            let found = with_store(store, |s| Ok(account_of_message(s, message_id)))
                .ok()
                .flatten()
                .ok_or_else(|| OpenError(t!("compose-error-original-gone")))?;
            (found.0, Some((answer, found.1)))
        }
        _ => return Err(OpenError(t!("compose-error-original-gone"))),
    };
    let account = accounts
        .iter()
        .find(|a| a.id == account_id)
        .cloned()
        .ok_or_else(|| OpenError(t!("compose-error-original-gone")))?;
    // The identities from the settings: a reply goes out as the address
    // the message was sent to; the others are offered.
    let identities = posta_core::store::Config::load(home)
        .map(|config| identities(&config, account.id))
        .unwrap_or_default();
    let chosen = match &original {
        Some((_, original)) => {
            let recipients: Vec<String> = original
                .to
                .iter()
                .chain(&original.cc)
                .map(|a| a.email.clone())
                .collect();
            pick_for_reply(&identities, &recipients)
        }
        None => 0,
    };
    let me = match identities.get(chosen) {
        Some(identity) => Address {
            name: Some(identity.name.clone()).filter(|n| !n.trim().is_empty()),
            email: identity.email.clone(),
        },
        None => Address {
            name: Some(account.display_name.clone()).filter(|n| !n.trim().is_empty()),
            email: account.email.clone(),
        },
    };
    let signature = identities
        .get(chosen)
        .map(|i| i.signature.clone())
        .filter(|s| !s.is_empty());
    let draft = match original {
        Some((answer, original)) => original.answer(answer, &me, &header_for(answer, &original)),
        None => Draft {
            from: me,
            // The signature below a new message, after the usual "-- ".
            body: signature
                .map(|s| format!("\n\n-- \n{s}"))
                .unwrap_or_default(),
            ..Draft::default()
        },
    };
    let context = Context {
        home: home.clone(),
        store: store.clone(),
        password: password(account.id),
        account,
    };
    Ok(Compose::new(context, kind, draft).with_identities(identities, chosen))
}

/// The compose window for a saved draft: what it held, and the next save
/// replaces it.
fn reopen_draft(
    message_id: i64,
    home: &PostaHome,
    store: &SharedStore,
    accounts: &[AccountConfig],
    password: impl Fn(i64) -> Option<Secret>,
) -> Result<Compose, OpenError> {
    let gone = || OpenError(t!("compose-error-original-gone"));
    let (account_id, raw) = with_store(store, |s| {
        let row = s.message(message_id)?;
        let folder = match &row {
            Some(row) => s.folder(row.folder_id)?,
            None => None,
        };
        Ok(folder.map(|f| f.account).zip(s.body(message_id)?))
    })
    .ok()
    .flatten()
    .ok_or_else(gone)?;
    let account = accounts
        .iter()
        .find(|a| a.id == account_id)
        .cloned()
        .ok_or_else(gone)?;
    let (mut draft, id) = posta_core::compose::reopen(&raw, &posta_i18n::deception_warning);
    // Saved again from this account, whatever the copy says.
    draft.from = Address {
        name: Some(account.display_name.clone()).filter(|n| !n.trim().is_empty()),
        email: account.email.clone(),
    };
    let context = Context {
        home: home.clone(),
        store: store.clone(),
        password: password(account.id),
        account,
    };
    Ok(Compose::reopened(context, draft, id))
}

impl Compose {
    /// Where the cursor starts as the window opens: in To while it is
    /// empty (a new message, a forward), else in the text (a reply), so
    /// that what is typed first is never lost.
    pub fn focus_first_field<T: Send + 'static>(&self) -> iced::Task<T> {
        let field = if self.to.trim().is_empty() {
            super::ids::TO
        } else {
            super::ids::BODY
        };
        iced::widget::operation::focus(field)
    }
}
