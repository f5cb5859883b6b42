//! What a change to an account will do to mail, said before it is saved
//! ("from now on, messages will be deleted from the server after download:
//! 1,240 messages are on the server now"). Counted from the local store, so
//! it needs no connection.

use super::Protocol;
use crate::store::{AccountConfig, KeepCopy, Result, Store};

/// One consequence of a change for the account's mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// POP3: the server's copy of every downloaded message will be deleted
    /// right after download; this many downloaded ones are there now.
    DeleteAfterDownload {
        /// Downloaded messages still on the server.
        on_server: usize,
    },
    /// POP3: server copies will be deleted this many days after download.
    DeleteAfterDays {
        /// Days.
        days: u32,
        /// Downloaded messages still on the server.
        on_server: usize,
    },
    /// POP3: a server copy will be deleted when it is deleted here.
    DeleteWhenDeletedHere {
        /// Downloaded messages still on the server.
        on_server: usize,
    },
    /// POP3: server copies will be kept from now on.
    KeepOnServer,
    /// Larger messages than this (bytes; `None`: no limit) are no longer
    /// downloaded automatically.
    DownloadLimit(Option<u64>),
    /// IMAP: the bodies of this many messages will be downloaded for
    /// reading offline.
    DownloadBodies {
        /// Messages in the account's server folders.
        messages: u64,
    },
    /// IMAP: bodies are downloaded only when opened from now on (those on
    /// disk stay).
    BodiesOnDemand,
}

/// What changing `old` into `new` does to mail, in the order to say it.
pub fn effects(store: &Store, old: &AccountConfig, new: &AccountConfig) -> Result<Vec<Effect>> {
    let mut said = Vec::new();
    if new.protocol == Protocol::Pop3 && old.keep_copy != new.keep_copy {
        let on_server = store
            .pop3_known(old.id)?
            .values()
            .filter(|entry| !entry.deleted_on_server)
            .count();
        said.push(match new.keep_copy {
            KeepCopy::Keep => Effect::KeepOnServer,
            KeepCopy::DeleteAfterDownload => Effect::DeleteAfterDownload { on_server },
            KeepCopy::DeleteAfterDays(days) => Effect::DeleteAfterDays { days, on_server },
            KeepCopy::UntilDeletedHere => Effect::DeleteWhenDeletedHere { on_server },
        });
    }
    if old.max_download_size != new.max_download_size {
        said.push(Effect::DownloadLimit(new.max_download_size));
    }
    if new.protocol == Protocol::Imap && old.download_bodies != new.download_bodies {
        said.push(if new.download_bodies {
            let messages = store
                .folders(old.id)?
                .iter()
                .filter(|f| !f.local)
                .map(|f| f.total)
                .sum();
            Effect::DownloadBodies { messages }
        } else {
            Effect::BodiesOnDemand
        });
    }
    Ok(said)
}

/// True when the user should confirm before the change is saved: it can
/// delete mail on the server.
pub fn needs_confirmation(effects: &[Effect]) -> bool {
    effects.iter().any(|effect| {
        matches!(
            effect,
            Effect::DeleteAfterDownload { on_server } | Effect::DeleteAfterDays { on_server, .. }
                if *on_server > 0
        )
    })
}
