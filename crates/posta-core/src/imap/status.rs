//! The counters of every folder at once: LIST-STATUS (RFC 5819) in one
//! round trip where the server offers it, one STATUS per folder where not.

use std::collections::HashMap;

use async_imap::imap_proto::{MailboxDatum, Response, StatusAttribute};

use super::folders::unescape_quoted;
use super::{utf7, FolderCounters, ImapSession};
use crate::error::Result;

/// Counters from one STATUS reply.
fn counters_of(status: &[StatusAttribute]) -> FolderCounters {
    let mut out = FolderCounters {
        messages: 0,
        uid_validity: None,
        uid_next: None,
        highest_modseq: None,
        unseen: None,
    };
    for attribute in status {
        match attribute {
            StatusAttribute::Messages(n) => out.messages = *n,
            StatusAttribute::UidValidity(v) => out.uid_validity = Some(*v),
            StatusAttribute::UidNext(n) => out.uid_next = Some(*n),
            StatusAttribute::HighestModSeq(m) => out.highest_modseq = Some(*m),
            StatusAttribute::Unseen(n) => out.unseen = Some(*n),
            _ => {}
        }
    }
    out
}

impl ImapSession {
    /// The counters of `folders` (decoded names), keyed by name. A folder
    /// the server will not report on (gone, no rights) is left out.
    pub async fn counters_of_all(
        &mut self,
        folders: &[String],
    ) -> Result<HashMap<String, FolderCounters>> {
        if self.has_capability("LIST-STATUS") {
            return self.list_status().await;
        }
        let mut out = HashMap::with_capacity(folders.len());
        for name in folders {
            match self.counters(name).await {
                Ok(counters) => {
                    out.insert(name.clone(), counters);
                }
                // A NO (deleted meanwhile, rights taken away) leaves the
                // connection usable; a lost connection does not.
                Err(err) if self.inner.is_some() => {
                    log::debug!("STATUS {name}: {err}");
                }
                Err(err) => return Err(err),
            }
        }
        Ok(out)
    }

    /// `LIST "" "*" RETURN (STATUS (…))`: every folder's counters at once.
    async fn list_status(&mut self) -> Result<HashMap<String, FolderCounters>> {
        let items = if self.has_capability("CONDSTORE") {
            "MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ"
        } else {
            "MESSAGES UIDNEXT UIDVALIDITY UNSEEN"
        };
        let command = format!("LIST \"\" \"*\" RETURN (STATUS ({items}))");
        let mut out = HashMap::new();
        self.collect(command, |response| {
            if let Response::MailboxData(MailboxDatum::Status { mailbox, status }) = response {
                if let Some(wire) = unescape_quoted(mailbox) {
                    out.insert(utf7::decode(&wire), counters_of(status));
                }
            }
        })
        .await?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_attributes_fill_the_counters() {
        let counters = counters_of(&[
            StatusAttribute::Messages(7),
            StatusAttribute::UidNext(20),
            StatusAttribute::UidValidity(3),
            StatusAttribute::Unseen(2),
            StatusAttribute::HighestModSeq(99),
            StatusAttribute::Recent(1),
        ]);
        assert_eq!(
            counters,
            FolderCounters {
                messages: 7,
                uid_validity: Some(3),
                uid_next: Some(20),
                highest_modseq: Some(99),
                unseen: Some(2),
            }
        );
    }
}
