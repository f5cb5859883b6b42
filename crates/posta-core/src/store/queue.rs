//! The offline op queue: every change the user makes to server state is
//! written here (durably) before it is tried on the server, and replayed in
//! order per account until the server has it.

use std::path::PathBuf;

use rusqlite::params;

use super::error::{Result, StoreError};
use super::{unix_now, Store};
use crate::message::Flag;

/// One change to replay on the server, stored as JSON. Folders are named
/// (not ids), so an op survives a folder resync; flags are written in their
/// IMAP spelling (`\Seen`, `$label1`), which does not depend on Rust names.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Op {
    /// Add and remove flags on a message.
    SetFlags {
        /// Folder name.
        folder: String,
        /// Message UID.
        uid: u32,
        /// Flags to add.
        #[serde(with = "imap_flags")]
        add: Vec<Flag>,
        /// Flags to remove.
        #[serde(with = "imap_flags")]
        remove: Vec<Flag>,
    },
    /// Add and remove flags on many messages of a folder at once (one
    /// STORE per set of UID ranges: a tag taken off every message).
    StoreFlags {
        /// Folder name.
        folder: String,
        /// Message UIDs.
        uids: Vec<u32>,
        /// Flags to add.
        #[serde(with = "imap_flags")]
        add: Vec<Flag>,
        /// Flags to remove.
        #[serde(with = "imap_flags")]
        remove: Vec<Flag>,
    },
    /// Move a message to another folder.
    Move {
        /// Source folder name.
        folder: String,
        /// Message UID.
        uid: u32,
        /// Target folder name.
        to: String,
        /// The store's row, shown in the target folder until the server
        /// says the message's UID there (older queues have none).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<i64>,
    },
    /// Copy a message to another folder.
    Copy {
        /// Source folder name.
        folder: String,
        /// Message UID.
        uid: u32,
        /// Target folder name.
        to: String,
    },
    /// Delete a message (flag `\Deleted` and expunge it).
    Delete {
        /// Folder name.
        folder: String,
        /// Message UID.
        uid: u32,
    },
    /// Add and remove flags on many messages of one folder at once.
    FlagMany {
        /// Folder name.
        folder: String,
        /// Message UIDs.
        uids: Vec<u32>,
        /// Flags to add.
        #[serde(with = "imap_flags")]
        add: Vec<Flag>,
        /// Flags to remove.
        #[serde(with = "imap_flags")]
        remove: Vec<Flag>,
    },
    /// Delete many messages of one folder at once (Empty Trash).
    DeleteMany {
        /// Folder name.
        folder: String,
        /// Message UIDs.
        uids: Vec<u32>,
        /// `Message-ID`s of messages still on their way there (moved
        /// here while offline, so without a UID yet).
        #[serde(default)]
        message_ids: Vec<String>,
    },
    /// Upload a message (a draft, a sent copy) from a file.
    Append {
        /// Target folder name.
        folder: String,
        /// Flags to give it.
        #[serde(with = "imap_flags")]
        flags: Vec<Flag>,
        /// The raw message on disk.
        path: PathBuf,
    },
    /// Upload a new version of a draft, then (only once the server has
    /// it) delete the earlier versions, found by their `Message-ID`.
    AppendDraft {
        /// The Drafts folder's name.
        folder: String,
        /// Flags to give it (`\Draft`, `\Seen`).
        #[serde(with = "imap_flags")]
        flags: Vec<Flag>,
        /// The raw message on disk.
        path: PathBuf,
        /// This version's `Message-ID` (without angle brackets).
        message_id: String,
        /// The `Message-ID`s of the versions it replaces.
        replaces: Vec<String>,
    },
    /// Delete every version of a draft (sent or discarded) from the
    /// Drafts folder, found by their `Message-ID`.
    DeleteDrafts {
        /// The Drafts folder's name.
        folder: String,
        /// The versions' `Message-ID`s (without angle brackets).
        message_ids: Vec<String>,
    },
    /// Create a folder.
    CreateFolder {
        /// Full name.
        name: String,
    },
    /// Rename a folder.
    RenameFolder {
        /// Old full name.
        from: String,
        /// New full name.
        to: String,
    },
    /// Delete a folder.
    DeleteFolder {
        /// Full name.
        name: String,
    },
    /// Subscribe to a folder (show it) or unsubscribe (hide it).
    Subscribe {
        /// Full name.
        name: String,
        /// True: SUBSCRIBE; false: UNSUBSCRIBE.
        subscribed: bool,
    },
    /// Set (or with `None` remove) a METADATA entry.
    SetMetadata {
        /// Folder name (empty for the server's own entries).
        folder: String,
        /// Entry name, e.g. `/private/comment`.
        entry: String,
        /// The value.
        value: Option<String>,
    },
}

/// Flags as their IMAP strings in JSON.
mod imap_flags {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::message::Flag;

    pub fn serialize<S: Serializer>(flags: &[Flag], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(flags.iter().map(Flag::to_imap))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Flag>, D::Error> {
        let words = Vec::<String>::deserialize(deserializer)?;
        words
            .iter()
            .map(|w| {
                Flag::from_imap(w)
                    .ok_or_else(|| serde::de::Error::custom(format!("{w:?} is not a flag")))
            })
            .collect()
    }
}

impl Op {
    /// The file an upload reads, if this op is one.
    pub fn upload_path(&self) -> Option<&std::path::Path> {
        match self {
            Op::Append { path, .. } | Op::AppendDraft { path, .. } => Some(path),
            _ => None,
        }
    }
}

fn to_json(op: &Op) -> Result<String> {
    serde_json::to_string(op)
        .map_err(|err| StoreError::Invalid(format!("operation cannot be queued: {err}")))
}

fn from_json(id: i64, json: &str) -> Result<Op> {
    serde_json::from_str(json).map_err(|err| {
        StoreError::Corrupt(format!(
            "queued operation {id} cannot be read (written by a newer Posta?): {err}"
        ))
    })
}

impl Store {
    /// Appends an operation to the account's queue; durable on return.
    /// Returns its id, which orders it.
    pub fn enqueue(&self, account: i64, op: &Op) -> Result<i64> {
        let json = to_json(op)?;
        self.write_durably(|tx| {
            tx.prepare_cached(
                "INSERT INTO op_queue (account_id, op, created_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![account, json, unix_now()])?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The account's operations still to replay, oldest first (failed ones
    /// excluded). An op this version cannot read is an error rather than
    /// skipped, since replaying the ones after it would break the order.
    pub fn pending_ops(&self, account: i64) -> Result<Vec<(i64, Op)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, op FROM op_queue WHERE account_id = ?1 AND error IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut ops = Vec::new();
        for row in rows {
            let (id, json) = row?;
            ops.push((id, from_json(id, &json)?));
        }
        Ok(ops)
    }

    /// The server has it: removes the operation. Also how the user discards
    /// a failed one.
    pub fn complete_op(&self, id: i64) -> Result<()> {
        self.write_durably(|tx| {
            tx.prepare_cached("DELETE FROM op_queue WHERE id = ?1")?
                .execute([id])?;
            Ok(())
        })
    }

    /// The server refused it: keeps it, marked failed with the reason, for
    /// the user to see (and retry or discard).
    pub fn fail_op(&self, id: i64, error: &str) -> Result<()> {
        let changed = self.write_durably(|tx| {
            Ok(tx
                .prepare_cached("UPDATE op_queue SET error = ?2, failed_at = ?3 WHERE id = ?1")?
                .execute(params![id, error, unix_now()])?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("queued operation {id}")));
        }
        Ok(())
    }

    /// Puts a failed operation back in line (at its original place).
    pub fn retry_op(&self, id: i64) -> Result<()> {
        self.write_durably(|tx| {
            tx.prepare_cached("UPDATE op_queue SET error = NULL, failed_at = NULL WHERE id = ?1")?
                .execute([id])?;
            Ok(())
        })
    }

    /// The account's failed operations with their errors, oldest first.
    pub fn failed_ops(&self, account: i64) -> Result<Vec<(i64, Op, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, op, error FROM op_queue WHERE account_id = ?1 AND error IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut ops = Vec::new();
        for row in rows {
            let (id, json, error) = row?;
            ops.push((id, from_json(id, &json)?, error));
        }
        Ok(ops)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ops_are_json_with_imap_flag_spelling() {
        let op = Op::SetFlags {
            folder: "Projekty/Żółć".into(),
            uid: 7,
            add: vec![Flag::Seen, Flag::Keyword("$label1".into())],
            remove: vec![Flag::Flagged],
        };
        let json = to_json(&op).unwrap();
        assert_eq!(
            json,
            r#"{"op":"set-flags","folder":"Projekty/Żółć","uid":7,"add":["\\Seen","$label1"],"remove":["\\Flagged"]}"#
        );
        assert_eq!(from_json(1, &json).unwrap(), op);
    }

    #[test]
    fn every_op_round_trips() {
        let ops = [
            Op::Move {
                folder: "INBOX".into(),
                uid: 1,
                to: "Archív".into(),
                message: Some(7),
            },
            Op::Move {
                folder: "INBOX".into(),
                uid: 1,
                to: "Archív".into(),
                message: None,
            },
            Op::Copy {
                folder: "INBOX".into(),
                uid: 2,
                to: "Архив".into(),
            },
            Op::Delete {
                folder: "INBOX".into(),
                uid: 3,
            },
            Op::Append {
                folder: "Sent".into(),
                flags: vec![Flag::Seen],
                path: "/tmp/m.eml".into(),
            },
            Op::AppendDraft {
                folder: "Drafts".into(),
                flags: vec![Flag::Draft, Flag::Seen],
                path: "/tmp/d.eml".into(),
                message_id: "b@x".into(),
                replaces: vec!["a@x".into()],
            },
            Op::DeleteDrafts {
                folder: "Koncepty".into(),
                message_ids: vec!["b@x".into()],
            },
            Op::FlagMany {
                folder: "Doručená".into(),
                uids: vec![1, 2, 5],
                add: vec![Flag::Seen],
                remove: vec![],
            },
            Op::DeleteMany {
                folder: "Кошче".into(),
                uids: vec![9],
                message_ids: vec!["m@x".into()],
            },
            Op::CreateFolder { name: "a".into() },
            Op::RenameFolder {
                from: "a".into(),
                to: "b".into(),
            },
            Op::DeleteFolder { name: "b".into() },
            Op::SetMetadata {
                folder: String::new(),
                entry: "/private/comment".into(),
                value: None,
            },
        ];
        for op in ops {
            assert_eq!(from_json(1, &to_json(&op).unwrap()).unwrap(), op);
        }
    }

    #[test]
    fn unknown_ops_and_flags_are_corrupt_not_panics() {
        assert!(matches!(
            from_json(4, r#"{"op":"teleport"}"#),
            Err(StoreError::Corrupt(_))
        ));
        let bad_flag = r#"{"op":"set-flags","folder":"x","uid":1,"add":["\\Recent"],"remove":[]}"#;
        assert!(matches!(
            from_json(5, bad_flag),
            Err(StoreError::Corrupt(_))
        ));
    }
}
