//! Messages read part by part: the document the reader shows (the text
//! and what else was fetched, the rest marked; see `crate::reading`), kept
//! beside the message row and never as its body. Its text goes into the
//! search index; a whole body arriving later replaces it.

use rusqlite::{params, OptionalExtension, Transaction};

use super::error::{Result, StoreError};
use super::search_index::{index_text, SearchText};
use super::search_text::body_text;
use super::Store;

/// Drops the partial document of a message that got its whole body.
pub(super) fn forget_partial(tx: &Transaction<'_>, message_id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM partial_bodies WHERE message_id = ?1")?
        .execute([message_id])?;
    Ok(())
}

impl Store {
    /// Keeps `document` as what is known of the message (replacing an
    /// earlier one) and indexes its text. A message that has its whole
    /// body meanwhile is left alone.
    pub fn store_partial(&self, message_id: i64, document: &[u8]) -> Result<()> {
        let text = body_text(document);
        let attachments = crate::message::counts_attachments(document);
        self.write(|tx| {
            let row = tx
                .prepare_cached(
                    "SELECT subject, sender, recipients, date, body_path IS NOT NULL
                     FROM messages WHERE id = ?1",
                )?
                .query_row([message_id], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, Option<i64>>(3)?,
                        row.get::<_, bool>(4)?,
                    ))
                })
                .optional()?
                .ok_or_else(|| StoreError::NotFound(format!("message {message_id}")))?;
            let (subject, sender, recipients, date, whole) = row;
            if whole {
                return Ok(());
            }
            tx.prepare_cached(
                "INSERT INTO partial_bodies (message_id, document) VALUES (?1, ?2)
                 ON CONFLICT (message_id) DO UPDATE SET document = excluded.document",
            )?
            .execute(params![message_id, document])?;
            tx.prepare_cached("UPDATE messages SET attachments = ?2 WHERE id = ?1")?
                .execute(params![message_id, attachments])?;
            let text = SearchText {
                subject: &subject,
                sender: &sender,
                recipients: &recipients,
                body: &text,
            };
            index_text(tx, message_id, date, &text)
        })
    }

    /// What is known of a message read part by part, if anything.
    pub fn partial(&self, message_id: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached("SELECT document FROM partial_bodies WHERE message_id = ?1")?
            .query_row([message_id], |row| row.get(0))
            .optional()?)
    }

    /// Whether `folder_id` holds messages with a UID (on the server) whose
    /// whole body is not here.
    pub fn lacks_bodies(&self, folder_id: i64) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM messages
                 WHERE folder_id = ?1 AND uid IS NOT NULL AND body_path IS NULL)",
            )?
            .query_row([folder_id], |row| row.get(0))?)
    }

    /// What the reader shows: the whole body, else the partial document
    /// (`true` with it), else nothing.
    pub fn readable(&self, message_id: i64) -> Result<Option<(Vec<u8>, bool)>> {
        if let Some(raw) = self.body(message_id)? {
            return Ok(Some((raw, false)));
        }
        Ok(self.partial(message_id)?.map(|doc| (doc, true)))
    }
}
