//! What arrived since a point in the store's history: rows are numbered in
//! the order they were added, so "new to this device" is "above the
//! highest row id seen". Serves new-mail notifications.

use super::error::Result;
use super::Store;

/// A message row added to the store, as a notification needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrived {
    /// Row id.
    pub id: i64,
    /// Its folder.
    pub folder_id: i64,
    /// True when the folder is an INBOX.
    pub in_inbox: bool,
    /// True with `\Seen` (read on another device already).
    pub seen: bool,
    /// `Message-ID:`, when it has one.
    pub message_id: Option<String>,
    /// `From:` as shown.
    pub from: String,
    /// Subject.
    pub subject: String,
}

impl Store {
    /// The highest message row id of `account` (0 for none).
    pub fn last_message_row(&self, account: i64) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(max(m.id), 0) FROM messages m
             JOIN folders f ON f.id = m.folder_id WHERE f.account_id = ?1",
        )?;
        Ok(stmt.query_row([account], |row| row.get(0))?)
    }

    /// Every Message-ID the account has (duplicates included).
    pub fn message_ids(&self, account: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.message_id FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.account_id = ?1 AND m.message_id IS NOT NULL AND m.message_id <> ''",
        )?;
        let rows = stmt.query_map([account], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The account's message rows above `after` (row id), oldest first.
    pub fn arrived_after(&self, account: i64, after: i64) -> Result<Vec<Arrived>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.folder_id, f.role IS 'inbox', (m.flags & 1) <> 0, m.message_id,
                    m.sender, m.subject
             FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.account_id = ?1 AND m.id > ?2 ORDER BY m.id",
        )?;
        let rows = stmt.query_map([account, after], |row| {
            Ok(Arrived {
                id: row.get(0)?,
                folder_id: row.get(1)?,
                in_inbox: row.get(2)?,
                seen: row.get(3)?,
                message_id: row.get(4)?,
                from: row.get(5)?,
                subject: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
