//! Which messages are new mail worth announcing: rows added to the store
//! since the last look that sit in an INBOX, are unread, and whose
//! Message-ID this account has never had (a message moved back into INBOX
//! on another device, or moved here, is not new mail). Mail in Junk,
//! Trash, Sent or any other folder is never announced.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::{with_store, SharedStore};
use crate::error::Result;
use crate::store::Arrived;

/// One message to announce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// Store message id (opens it when the notification is clicked).
    pub message_id: i64,
    /// Its folder.
    pub folder_id: i64,
    /// `From:` as shown.
    pub from: String,
    /// Subject.
    pub subject: String,
}

/// What the account had when it was last looked at.
#[derive(Debug, Clone, Default)]
pub struct NewMailWatch {
    last_row: i64,
    known: HashSet<u64>,
}

fn key(message_id: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    message_id.hash(&mut hasher);
    hasher.finish()
}

impl NewMailWatch {
    /// Starts watching from what the store has now (nothing of it is new).
    pub fn start(store: &SharedStore, account: i64) -> Result<Self> {
        with_store(store, |s| {
            Ok(NewMailWatch {
                last_row: s.last_message_row(account)?,
                known: s.message_ids(account)?.iter().map(|m| key(m)).collect(),
            })
        })
    }

    /// The new mail added since the last call.
    pub fn collect(&mut self, store: &SharedStore, account: i64) -> Result<Vec<NewMail>> {
        let rows = with_store(store, |s| Ok(s.arrived_after(account, self.last_row)?))?;
        Ok(self.classify(rows))
    }

    /// Sorts `rows` (added since the last look) into new mail and the rest,
    /// remembering them all.
    pub fn classify(&mut self, rows: Vec<Arrived>) -> Vec<NewMail> {
        let mut out = Vec::new();
        for row in rows {
            self.last_row = self.last_row.max(row.id);
            let known_before = row
                .message_id
                .as_deref()
                .filter(|m| !m.is_empty())
                .is_some_and(|m| !self.known.insert(key(m)));
            if row.in_inbox && !row.seen && !known_before {
                out.push(NewMail {
                    message_id: row.id,
                    folder_id: row.folder_id,
                    from: row.from,
                    subject: row.subject,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, in_inbox: bool, seen: bool, message_id: &str) -> Arrived {
        Arrived {
            id,
            folder_id: if in_inbox { 1 } else { 2 },
            in_inbox,
            seen,
            message_id: (!message_id.is_empty()).then(|| message_id.to_owned()),
            from: "Anna <anna@example.org>".into(),
            subject: format!("m{id}"),
        }
    }

    #[test]
    fn only_unread_inbox_mail_never_seen_before_is_new() {
        let mut watch = NewMailWatch::default();
        let new = watch.classify(vec![
            row(1, true, false, "a@x"),
            row(2, true, true, "b@x"),   // read on another device
            row(3, false, false, "c@x"), // filed in Archive elsewhere
            row(4, true, false, ""),     // no Message-ID: still new
        ]);
        let ids: Vec<i64> = new.iter().map(|n| n.message_id).collect();
        assert_eq!(ids, [1, 4]);
        // c@x moved back into INBOX elsewhere: known, not new mail.
        assert!(watch.classify(vec![row(5, true, false, "c@x")]).is_empty());
        assert_eq!(watch.last_row, 5);
    }
}
