//! What conversations need from the store: the threading fields of a
//! folder's messages (and of the account's Sent folder, where the user's
//! replies are), and whether a folder's list is grouped by conversation.

use rusqlite::{params, OptionalExtension};

use super::error::Result;
use super::{flags, Store};
use crate::core::thread::Item;

impl Store {
    /// The threading fields of every message in `here` and in `also`
    /// (messages of `also` marked as not `here`).
    pub fn thread_items(&self, here: i64, also: &[i64]) -> Result<Vec<Item>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, message_id, in_reply_to, refs, subject, date, flags
             FROM messages WHERE folder_id = ?1",
        )?;
        let mut items = Vec::new();
        for (folder, is_here) in
            std::iter::once((here, true)).chain(also.iter().map(|f| (*f, false)))
        {
            if !is_here && folder == here {
                continue;
            }
            let rows = stmt.query_map(params![folder], |row| {
                let refs: String = row.get(3)?;
                let bits: i64 = row.get(6)?;
                Ok(Item {
                    id: row.get(0)?,
                    message_id: row.get(1)?,
                    in_reply_to: row.get(2)?,
                    references: refs.split_ascii_whitespace().map(str::to_owned).collect(),
                    subject: row.get(4)?,
                    date: row.get(5)?,
                    unread: bits & flags::SEEN == 0,
                    here: is_here,
                })
            })?;
            for row in rows {
                items.push(row?);
            }
        }
        Ok(items)
    }

    /// Whether the folder's list is grouped by conversation.
    pub fn threaded(&self, folder_id: i64) -> Result<bool> {
        let value: Option<i64> = self
            .conn
            .prepare_cached("SELECT threaded FROM folders WHERE id = ?1")?
            .query_row([folder_id], |row| row.get(0))
            .optional()?;
        Ok(value.unwrap_or(0) != 0)
    }

    /// Groups the folder's list by conversation, or stops.
    pub fn set_threaded(&self, folder_id: i64, threaded: bool) -> Result<()> {
        self.write(|tx| {
            tx.prepare_cached("UPDATE folders SET threaded = ?2 WHERE id = ?1")?
                .execute(params![folder_id, threaded])?;
            Ok(())
        })
    }
}
