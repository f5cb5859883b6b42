//! The journal of a POP3 account's move to IMAP: which local message goes
//! to which server folder, its content hash, and whether (and under which
//! UID) the server has it. Every write is durable at commit, so a move
//! killed at any moment resumes from the truth.

use rusqlite::params;

use super::error::Result;
use super::{unix_now, Store};

/// One local message in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchEntry {
    /// The local message's row id.
    pub message_id: i64,
    /// The server folder it goes to.
    pub folder: String,
    /// SHA-256 of its bytes, hex.
    pub hash: String,
    /// Its UID on the server, when known (APPENDUID, or found there).
    pub uid: Option<u32>,
    /// True once the server has it.
    pub appended: bool,
}

impl Store {
    /// Adds messages to the journal; those already in it keep their state.
    pub fn switch_plan(&self, account: i64, entries: &[(i64, &str, &str)]) -> Result<()> {
        self.write_durably(|tx| {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO imap_switch (account_id, message_id, folder, hash)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (message, folder, hash) in entries {
                insert.execute(params![account, message, folder, hash])?;
            }
            Ok(())
        })
    }

    /// The journal, in message order.
    pub fn switch_journal(&self, account: i64) -> Result<Vec<SwitchEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT message_id, folder, hash, uid, appended_at IS NOT NULL FROM imap_switch
             WHERE account_id = ?1 ORDER BY message_id",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok(SwitchEntry {
                message_id: row.get(0)?,
                folder: row.get(1)?,
                hash: row.get(2)?,
                uid: row.get(3)?,
                appended: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that the server has this message (under `uid`, if known).
    pub fn switch_appended(&self, account: i64, message: i64, uid: Option<u32>) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute(
                "UPDATE imap_switch SET appended_at = ?3, uid = ?4
                 WHERE account_id = ?1 AND message_id = ?2",
                params![account, message, unix_now(), uid],
            )?;
            Ok(())
        })
    }

    /// Forgets the journal (the move is complete).
    pub fn switch_clear(&self, account: i64) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute("DELETE FROM imap_switch WHERE account_id = ?1", [account])?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_keeps_what_was_appended() {
        let store = Store::open_in_memory().unwrap();
        store.ensure_account(1, "a").unwrap();
        store
            .switch_plan(1, &[(10, "INBOX", "aa"), (11, "Projekty", "bb")])
            .unwrap();
        store.switch_appended(1, 10, Some(7)).unwrap();
        // Planning again changes nothing already known.
        store.switch_plan(1, &[(10, "INBOX", "aa")]).unwrap();
        let journal = store.switch_journal(1).unwrap();
        assert_eq!(journal.len(), 2);
        assert!(journal[0].appended && journal[0].uid == Some(7));
        assert!(!journal[1].appended && journal[1].uid.is_none());
        store.switch_clear(1).unwrap();
        assert!(store.switch_journal(1).unwrap().is_empty());
    }
}
