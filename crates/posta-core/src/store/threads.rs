//! What conversations need from the store: the threading fields of a
//! folder's messages (and of the account's Sent folder, where the user's
//! replies are), and whether a folder's list is grouped by conversation.

use rusqlite::{params, OptionalExtension};

use super::error::Result;
use super::{flags, Store};
use crate::thread::Item;

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

    /// Fills a row's threading fields from its downloaded message when the
    /// row has none (rows stored before they were kept).
    pub fn fill_thread_headers(&self, message_id: i64, raw: &[u8]) -> Result<()> {
        let headers = crate::message::parse_headers(raw);
        if headers.references.is_empty() && headers.in_reply_to.is_empty() {
            return Ok(());
        }
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE messages SET in_reply_to = ?2, refs = ?3
                 WHERE id = ?1 AND in_reply_to IS NULL AND refs = ''",
            )?
            .execute(params![
                message_id,
                headers.in_reply_to.first(),
                headers.references.join(" ")
            ])?;
            Ok(())
        })
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

#[cfg(test)]
mod tests {
    use crate::message::{Envelope, Headers, RemoteId};
    use crate::store::{FolderRow, Store};

    #[test]
    fn an_old_row_gains_its_references_from_its_body_and_a_kept_one_stays() {
        let store = Store::open_in_memory().expect("store");
        store.ensure_account(1, "a").expect("account");
        let mut row = FolderRow::local(1, "INBOX", None);
        row.local = false;
        let folder = store.upsert_folder(1, &row).expect("folder");
        let old = Envelope {
            id: RemoteId::Uid(1),
            flags: Vec::new(),
            size: 10,
            headers: Headers {
                subject: "Re: x".into(),
                message_id: Some("b@x".into()),
                ..Headers::default()
            },
        };
        store.upsert_messages(folder, &[old]).expect("row");
        let raw = b"Subject: Re: x\r\nMessage-ID: <b@x>\r\nIn-Reply-To: <a@x>\r\nReferences: <r@x> <a@x>\r\n\r\nx\r\n";
        let id = store.thread_items(folder, &[]).expect("items")[0].id;
        store.fill_thread_headers(id, raw).expect("filled");
        let item = &store.thread_items(folder, &[]).expect("items")[0];
        assert_eq!(item.references, ["r@x", "a@x"]);
        assert_eq!(item.in_reply_to.as_deref(), Some("a@x"));
        // Already known: a later body does not overwrite it.
        let other = b"Message-ID: <b@x>\r\nIn-Reply-To: <z@x>\r\n\r\nx\r\n";
        store.fill_thread_headers(id, other).expect("kept");
        let item = &store.thread_items(folder, &[]).expect("items")[0];
        assert_eq!(item.in_reply_to.as_deref(), Some("a@x"));
    }
}
