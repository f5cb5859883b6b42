//! What removing an account does to the store: counts to show the user
//! first, and keeping its local mail as a local folder set (no server
//! state, nothing queued for a server that is no longer asked).

use rusqlite::params;

use super::error::Result;
use super::Store;

/// What the store holds for an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AccountCounts {
    /// Folders.
    pub folders: usize,
    /// Messages (with or without their body on disk).
    pub messages: usize,
    /// Messages whose body is on disk (readable without the server).
    pub with_body: usize,
    /// Changes made here that have not reached the server yet.
    pub queued: usize,
}

impl Store {
    /// Counts what the store holds for `account`.
    pub fn account_counts(&self, account: i64) -> Result<AccountCounts> {
        let count = |sql: &str| -> Result<usize> {
            let n: i64 = self.conn.query_row(sql, [account], |row| row.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        Ok(AccountCounts {
            folders: count("SELECT COUNT(*) FROM folders WHERE account_id = ?1")?,
            messages: count(
                "SELECT COUNT(*) FROM messages m JOIN folders f ON f.id = m.folder_id \
                 WHERE f.account_id = ?1",
            )?,
            with_body: count(
                "SELECT COUNT(*) FROM messages m JOIN folders f ON f.id = m.folder_id \
                 WHERE f.account_id = ?1 AND m.body_path IS NOT NULL",
            )?,
            queued: count("SELECT COUNT(*) FROM op_queue WHERE account_id = ?1")?,
        })
    }

    /// Turns `account` into a local folder set called `name`: every folder
    /// local, messages without a body on disk dropped (the server is not
    /// asked any more), server ids, queued changes, the POP3 ledger and
    /// what the server said forgotten. The bodies stay where they are.
    pub fn keep_as_local(&self, account: i64, name: &str) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute(
                "DELETE FROM messages WHERE body_path IS NULL AND folder_id IN \
                 (SELECT id FROM folders WHERE account_id = ?1)",
                [account],
            )?;
            tx.execute(
                "UPDATE messages SET uid = NULL, uidl = NULL WHERE folder_id IN \
                 (SELECT id FROM folders WHERE account_id = ?1)",
                [account],
            )?;
            tx.execute(
                "UPDATE folders SET local = 1, uid_validity = NULL, \
                 uid_next = NULL, highest_modseq = NULL, my_rights = NULL \
                 WHERE account_id = ?1",
                [account],
            )?;
            for table in [
                "op_queue",
                "pop3_ledger",
                "quota",
                "pop3_server",
                "imap_switch",
            ] {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE account_id = ?1"),
                    [account],
                )?;
            }
            tx.execute(
                "UPDATE accounts SET name = ?2 WHERE id = ?1",
                params![account, name],
            )?;
            Ok(())
        })
    }
}
