//! What the tag manager needs beyond adding tags: the messages carrying a
//! keyword (to take it off them all), the user's order, and the server's
//! tag list as last seen (to tell a deletion elsewhere from a new tag here).

use rusqlite::{params, OptionalExtension};

use super::error::Result;
use super::Store;

/// A message carrying a keyword.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// Row id.
    pub id: i64,
    /// Its folder.
    pub folder_id: i64,
    /// IMAP UID, when the server has it.
    pub uid: Option<u32>,
}

impl Store {
    /// Every message of `account` carrying `keyword`, by folder.
    pub fn tagged_messages(&self, account: i64, keyword: &str) -> Result<Vec<Tagged>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.folder_id, m.uid FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.account_id = ?1 AND instr(' ' || m.keywords || ' ', ' ' || ?2 || ' ') > 0
             ORDER BY m.folder_id, m.uid",
        )?;
        let rows = stmt.query_map(params![account, keyword], |row| {
            Ok(Tagged {
                id: row.get(0)?,
                folder_id: row.get(1)?,
                uid: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Puts the account's tags in this order (keywords not named keep
    /// their place after these).
    pub fn reorder_tags(&self, account: i64, keywords: &[String]) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE tags SET position = NULL WHERE account_id = ?1",
                [account],
            )?;
            let mut set = tx.prepare_cached(
                "UPDATE tags SET position = ?3 WHERE account_id = ?1 AND keyword = ?2",
            )?;
            for (position, keyword) in keywords.iter().enumerate() {
                set.execute(params![account, keyword, position as i64])?;
            }
            Ok(())
        })
    }

    /// The server's tag list (JSON) as last read or written.
    pub fn seen_tags(&self, account: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT json FROM tags_seen WHERE account_id = ?1")?
            .query_row([account], |row| row.get(0))
            .optional()?)
    }

    /// Remembers the server's tag list (JSON).
    pub fn set_seen_tags(&self, account: i64, json: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO tags_seen (account_id, json) VALUES (?1, ?2)
             ON CONFLICT (account_id) DO UPDATE SET json = excluded.json",
            params![account, json],
        )?;
        Ok(())
    }
}
