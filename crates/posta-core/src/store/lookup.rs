//! Finding an account's messages by their `Message-ID`: the original of a
//! reply or forward, and the copies a switch to IMAP must not upload twice.

use super::error::Result;
use super::Store;

impl Store {
    /// The account's messages (in any folder) whose `Message-ID` is `id`
    /// (without angle brackets).
    pub fn messages_with_message_id(&self, account: i64, id: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.account_id = ?1 AND m.message_id = ?2 ORDER BY m.id",
        )?;
        let rows = stmt.query_map(rusqlite::params![account, id], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
    }
}
