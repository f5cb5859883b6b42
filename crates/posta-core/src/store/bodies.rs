//! Message bodies: written durably into the folder's Maildir, indexed for
//! search, read back, moved with their message, renamed when flags change.

use std::fs;
use std::io;
use std::path::PathBuf;

use rusqlite::{params, OptionalExtension};

use super::error::{Result, StoreError};
use super::maildir::{self, BodyWriter, Delivered, RealFiles};
use super::messages::BodyRename;
use super::search_index::{defer_text, index_text, SearchText};
use super::search_text::body_text;
use super::{flags, Store};

/// A body already in its folder's `cur/`, file and directory synced, with
/// its search text: recorded with others in one transaction by
/// [`Store::record_bodies`].
#[derive(Debug)]
pub struct WrittenBody {
    /// The message (row id) it is the body of.
    pub message_id: i64,
    /// Where it is.
    pub body: Delivered,
    /// Its text for the search index.
    pub text: String,
}

impl Store {
    /// Writes a message's body (tmp → fsync → rename into `cur/` → fsync the
    /// directory), records its path and indexes its text; returns the path.
    /// A body stored before is replaced.
    pub fn store_body(&self, message_id: i64, raw: &[u8]) -> Result<PathBuf> {
        self.store_body_with(message_id, raw, &RealFiles)
    }

    /// [`Store::store_body`] through a given writer (tests inject a full
    /// disk here).
    pub fn store_body_with(
        &self,
        message_id: i64,
        raw: &[u8],
        writer: &dyn BodyWriter,
    ) -> Result<PathBuf> {
        let (folder_id, bits, keywords, old_path, subject, sender, recipients, date) = self
            .conn
            .prepare_cached(
                "SELECT folder_id, flags, keywords, body_path, subject, sender, recipients, date
                 FROM messages WHERE id = ?1",
            )?
            .query_row([message_id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, Option<i64>>(7)?,
                ))
            })
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("message {message_id}")))?;
        let maildir = self.folder_maildir(folder_id)?;
        let delivered = maildir.deliver(raw, &flags::decode(bits, &keywords), writer)?;
        let recorded = self.relative_body_path(&delivered.path)?;
        let text = body_text(raw);
        let attachments = crate::message::counts_attachments(raw);
        let written = self.write(|tx| {
            tx.prepare_cached(
                "UPDATE messages SET body_path = ?2, size = max(size, ?3), attachments = ?4 WHERE id = ?1",
            )?
            .execute(params![message_id, recorded, raw.len() as i64, attachments])?;
            super::partial::forget_partial(tx, message_id)?;
            let text = SearchText {
                subject: &subject,
                sender: &sender,
                recipients: &recipients,
                body: &text,
            };
            index_text(tx, message_id, date, &text)
        });
        if let Err(err) = written {
            let _ = fs::remove_file(&delivered.path);
            return Err(err);
        }
        self.remove_bodies(old_path.filter(|old| *old != recorded));
        // Best effort: only conversations of rows stored before V_THREADS gain.
        let _ = self.fill_thread_headers(message_id, raw);
        Ok(delivered.path)
    }

    /// Records bodies written durably into `cur/` (see [`WrittenBody`]):
    /// their paths and search text, in one transaction. A message that
    /// meanwhile got its body another way or left the store is skipped and
    /// the file removed; if the record fails, every file is removed, so
    /// nothing stays behind unrecorded.
    pub fn record_bodies(&self, bodies: &[WrittenBody]) -> Result<()> {
        self.record(bodies, true)
    }

    /// [`Store::record_bodies`] for a download of many bodies: their text
    /// (`WrittenBody::text` is not read) is left for the indexer, which
    /// reads it from the files afterwards ([`Store::index_pending`]).
    /// Meanwhile the messages wait in `search_pending`, out of the index.
    pub fn record_bodies_unindexed(&self, bodies: &[WrittenBody]) -> Result<()> {
        self.record(bodies, false)
    }

    fn record(&self, bodies: &[WrittenBody], index: bool) -> Result<()> {
        let recorded = self.write(|tx| {
            let mut lookup = tx.prepare_cached(
                "SELECT subject, sender, recipients, date FROM messages WHERE id = ?1 AND body_path IS NULL",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE messages SET body_path = ?2, size = max(size, ?3) WHERE id = ?1",
            )?;
            let mut skipped = Vec::new();
            for written in bodies {
                let row = lookup
                    .query_row([written.message_id], |row| {
                        Ok((
                            row.get::<_, String>(0)?,
                            row.get::<_, String>(1)?,
                            row.get::<_, String>(2)?,
                            row.get::<_, Option<i64>>(3)?,
                        ))
                    })
                    .optional()?;
                let Some((subject, sender, recipients, date)) = row else {
                    skipped.push(&written.body.path);
                    continue;
                };
                let path = self.relative_body_path(&written.body.path)?;
                update.execute(params![written.message_id, path, written.body.size as i64])?;
                super::partial::forget_partial(tx, written.message_id)?;
                if !index {
                    defer_text(tx, written.message_id, date)?;
                    continue;
                }
                let text = SearchText {
                    subject: &subject,
                    sender: &sender,
                    recipients: &recipients,
                    body: &written.text,
                };
                index_text(tx, written.message_id, date, &text)?;
            }
            Ok(skipped)
        });
        match recorded {
            Ok(skipped) => {
                for path in skipped {
                    let _ = fs::remove_file(path);
                }
                Ok(())
            }
            Err(err) => {
                for written in bodies {
                    let _ = fs::remove_file(&written.body.path);
                }
                Err(err)
            }
        }
    }

    /// The raw body, if it is on disk. A body that vanished (deleted by
    /// another program) is forgotten, so the sync fetches it again.
    pub fn body(&self, message_id: i64) -> Result<Option<Vec<u8>>> {
        let Some(path) = self.body_path(message_id)? else {
            return Ok(None);
        };
        match fs::read(&path) {
            Ok(raw) => Ok(Some(raw)),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    /// Where the body is on disk, if it is. A recorded name whose flags
    /// part went stale is found again by its unique part and re-recorded.
    pub fn body_path(&self, message_id: i64) -> Result<Option<PathBuf>> {
        let recorded: Option<String> = self
            .conn
            .prepare_cached("SELECT body_path FROM messages WHERE id = ?1")?
            .query_row([message_id], |row| row.get(0))
            .optional()?
            .flatten();
        let Some(recorded) = recorded else {
            return Ok(None);
        };
        let path = self.absolute_body_path(&recorded)?;
        if path.is_file() {
            return Ok(Some(path));
        }
        let found = maildir::find(&path);
        let now = match &found {
            Some(found) => Some(self.relative_body_path(found)?),
            None => None,
        };
        self.conn
            .prepare_cached("UPDATE messages SET body_path = ?2 WHERE id = ?1")?
            .execute(params![message_id, now])?;
        Ok(found)
    }

    /// Moves a message to another folder of the same store (a POP3 account's
    /// local folders, or IMAP's optimistic move before the server's). The
    /// body moves into the target's Maildir. An IMAP UID belongs to its
    /// folder, so the moved row has none until the target folder syncs.
    pub fn move_message_local(&self, message_id: i64, to_folder: i64) -> Result<()> {
        let row = self
            .message(message_id)?
            .ok_or_else(|| StoreError::NotFound(format!("message {message_id}")))?;
        if row.folder_id == to_folder {
            return Ok(());
        }
        let target_account = self.folder_account(to_folder)?;
        if target_account != self.folder_account(row.folder_id)? {
            return Err(StoreError::Invalid(
                "a message cannot move to another account's folder".into(),
            ));
        }
        let old_path = self.body_path(message_id)?;
        let new_path = match &old_path {
            Some(path) => Some(self.folder_maildir(to_folder)?.take(path)?),
            None => None,
        };
        let recorded = new_path
            .as_deref()
            .map(|p| self.relative_body_path(p))
            .transpose()?;
        // Durable: for POP3 this is the only copy. A crash between the
        // rename and this commit is recovered by `maildir::find`.
        let moved = self.write_durably(|tx| {
            tx.prepare_cached(
                "UPDATE messages SET folder_id = ?2, uid = NULL, body_path = ?3 WHERE id = ?1",
            )?
            .execute(params![message_id, to_folder, recorded])?;
            Ok(())
        });
        if let (Err(_), Some(old), Some(new)) = (&moved, &old_path, &new_path) {
            // Put the body back where the index still says it is.
            let _ = fs::rename(new, old);
        }
        moved
    }

    /// Gives a message moved to the folder `to` (shown there at once,
    /// without a UID) the UID the server reported for it. Nothing changes
    /// when the row is gone, elsewhere or has a UID already, when the
    /// folder's known UIDVALIDITY differs, or when that UID is taken: the
    /// next sync of the folder decides then. True when it was set.
    pub fn assign_moved_uid(
        &self,
        message_id: i64,
        to: &str,
        uid_validity: u32,
        uid: u32,
    ) -> Result<bool> {
        let changed = self.write(|tx| {
            Ok(tx
                .prepare_cached(
                    "UPDATE OR IGNORE messages SET uid = ?2
                     WHERE id = ?1 AND uid IS NULL AND folder_id IN (
                         SELECT f.id FROM folders f
                         JOIN folders here ON here.account_id = f.account_id
                         JOIN messages m ON m.folder_id = here.id AND m.id = ?1
                         WHERE f.name = ?3 AND NOT f.local
                           AND (f.uid_validity IS NULL OR f.uid_validity = ?4))",
                )?
                .execute(params![message_id, uid, to, uid_validity])?)
        })?;
        Ok(changed > 0)
    }

    /// Renames body files so their Maildir flags follow the index; best
    /// effort (see [`maildir`]).
    pub(super) fn rename_bodies(&self, renames: impl IntoIterator<Item = BodyRename>) {
        let mut done = Vec::new();
        for (id, recorded, flags) in renames {
            let Ok(path) = self.absolute_body_path(&recorded) else {
                continue;
            };
            if let Ok(new) = maildir::rename_for_flags(&path, &flags) {
                if let Ok(new) = self.relative_body_path(&new) {
                    if new != recorded {
                        done.push((id, new));
                    }
                }
            }
        }
        if done.is_empty() {
            return;
        }
        let _ = self.write(|tx| {
            let mut update =
                tx.prepare_cached("UPDATE messages SET body_path = ?2 WHERE id = ?1")?;
            for (id, path) in &done {
                update.execute(params![id, path])?;
            }
            Ok(())
        });
    }
}
