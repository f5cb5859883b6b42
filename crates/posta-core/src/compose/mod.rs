//! Writing mail: a [`Draft`] as the compose window holds it, turned into an
//! RFC 5322 message ([`build`]), replies and forwards made from an original
//! ([`Original`]), and what happens after "Send" or "Save draft" ([`send`],
//! [`save_draft`], [`flush_outbox`]): the message goes through the durable
//! outbox to the SMTP server, and a copy goes to Sent (IMAP: APPEND through
//! the offline op queue; POP3: the local Sent folder).

mod addresses;
mod build;
mod drafts;
mod filing;
mod mime;
mod original;
mod send;
mod waiting;

use std::sync::Arc;

pub use addresses::{format_list, parse_addresses, parse_list, parse_mailbox, BadAddress};
pub use build::{build, build_draft, strip_bcc, Built, DraftProblem};
pub use drafts::{file_draft, reopen, DRAFT_FLAGS};
pub use filing::{file_copy, prune_uploads, Filed};
pub use mime::content_type_for;
pub use original::{forward_subject, quote, reply_subject, Original, ReplyKind};
pub use send::{
    flush_outbox, mark_originals, remove_draft, save_draft, send, FlushReport, SendContext,
    SendOutcome, FORWARDED,
};
pub use waiting::{edit_waiting, remove_waiting, send_now};

use crate::message::Address;

/// A file attached to a message, held in memory while composing.
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file name shown to recipients (no directories).
    pub name: String,
    /// Its MIME type, e.g. `application/pdf`.
    pub content_type: String,
    /// The bytes.
    pub data: Arc<Vec<u8>>,
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Attachment")
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("size", &self.data.len())
            .finish()
    }
}

impl Attachment {
    /// An attachment whose type is guessed from its name.
    pub fn new(name: impl Into<String>, data: Vec<u8>) -> Self {
        let name = name.into();
        Attachment {
            content_type: content_type_for(&name).to_owned(),
            name,
            data: Arc::new(data),
        }
    }

    /// Reads a file from disk (off the UI thread: this blocks).
    pub fn read(path: &std::path::Path) -> std::io::Result<Attachment> {
        let data = std::fs::read(path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "attachment".to_owned());
        Ok(Attachment::new(name, data))
    }

    /// Size in bytes.
    pub fn size(&self) -> u64 {
        self.data.len() as u64
    }
}

/// A message being written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The sender (the account's address and name).
    pub from: Address,
    /// `To:`.
    pub to: Vec<Address>,
    /// `Cc:`.
    pub cc: Vec<Address>,
    /// `Bcc:`: receives the message, kept out of the copy others see.
    pub bcc: Vec<Address>,
    /// `Subject:`.
    pub subject: String,
    /// The text.
    pub body: String,
    /// Attached files.
    pub attachments: Vec<Attachment>,
    /// The `Message-ID` this answers (without angle brackets).
    pub in_reply_to: Option<String>,
    /// The thread's `Message-ID`s, oldest first (without angle brackets).
    pub references: Vec<String>,
    /// The `Message-ID` this forwards (without angle brackets), kept as
    /// `X-Forwarded-Message-Id` (as Thunderbird does) so a draft or a
    /// message waiting in the outbox still knows it.
    pub forwards: Option<String>,
    /// `Reply-To:`, from the identity sending it (account settings).
    pub reply_to: Option<Address>,
}

impl Draft {
    /// Every recipient (To, Cc and Bcc).
    pub fn recipients(&self) -> impl Iterator<Item = &Address> {
        self.to.iter().chain(&self.cc).chain(&self.bcc)
    }
}
