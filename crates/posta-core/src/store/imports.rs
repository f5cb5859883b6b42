//! The import journal: which messages (by content hash, with their
//! Message-ID) were brought into which folder of an account, so an import
//! run again — after a kill, or on purpose — brings nothing in twice.
//! A local folder's message is recorded together with its journal entry in
//! one transaction; a server folder's is marked started before APPEND and
//! done after, and a started one is looked for on the server.

use std::fs;
use std::io::Read;

use rusqlite::{params, OptionalExtension};

use super::error::{Result, StoreError};
use super::flags::encode;
use super::maildir::Delivered;
use super::messages::address_line;
use super::search_index::{index_text, SearchText};
use super::search_text::{body_text, INDEXED_PREFIX};
use super::{unix_now, Store};
use crate::message::{parse_headers, Flag, Headers};

/// Where a message stands in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journaled {
    /// Not brought in yet.
    New,
    /// APPEND was sent and its answer not recorded: the server may have it.
    Started,
    /// Brought in.
    Done,
}

/// A body written into a local folder's Maildir, waiting to be recorded.
#[derive(Debug, Clone)]
pub struct ImportedBody {
    hash: String,
    body: Delivered,
    flags: Vec<Flag>,
    headers: Headers,
    text: String,
    sender: String,
    recipients: String,
}

impl ImportedBody {
    /// Reads back the start of a delivered body for its record.
    pub fn read(hash: &str, body: Delivered, flags: Vec<Flag>) -> Result<ImportedBody> {
        let mut raw = Vec::new();
        fs::File::open(&body.path)?
            .take(INDEXED_PREFIX as u64)
            .read_to_end(&mut raw)?;
        let headers = parse_headers(&raw);
        Ok(ImportedBody {
            hash: hash.to_owned(),
            text: body_text(&raw),
            sender: address_line(&headers.from),
            recipients: address_line(headers.to.iter().chain(&headers.cc)),
            headers,
            body,
            flags,
        })
    }
}

impl Store {
    /// Where a message with this content hash stands for `folder`.
    pub fn import_state(&self, account: i64, folder: &str, hash: &str) -> Result<Journaled> {
        let done: Option<bool> = self
            .conn
            .prepare_cached(
                "SELECT done_at IS NOT NULL FROM import_journal
                 WHERE account_id = ?1 AND folder = ?2 AND hash = ?3",
            )?
            .query_row(params![account, folder, hash], |row| row.get(0))
            .optional()?;
        Ok(match done {
            None => Journaled::New,
            Some(false) => Journaled::Started,
            Some(true) => Journaled::Done,
        })
    }

    /// Records, durably, that an APPEND of this message is about to be sent.
    pub fn import_started(
        &self,
        account: i64,
        folder: &str,
        hash: &str,
        message_id: Option<&str>,
    ) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO import_journal (account_id, folder, hash, message_id, started_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![account, folder, hash, message_id, unix_now()],
            )?;
            Ok(())
        })
    }

    /// Records, durably, that the server has the message (under `uid`).
    pub fn import_done(
        &self,
        account: i64,
        folder: &str,
        hash: &str,
        uid: Option<u32>,
    ) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute(
                "INSERT INTO import_journal (account_id, folder, hash, started_at, done_at, uid)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5)
                 ON CONFLICT (account_id, folder, hash) DO UPDATE SET done_at = ?4, uid = ?5",
                params![account, folder, hash, unix_now(), uid],
            )?;
            Ok(())
        })
    }

    /// Adds bodies delivered into a local folder's Maildir as its messages,
    /// each with its journal entry, in one durable transaction (the caller
    /// synced the Maildir first). On failure the body files are removed.
    pub fn import_record_local(&self, folder_id: i64, bodies: &[ImportedBody]) -> Result<Vec<i64>> {
        let recorded = self.record_local(folder_id, bodies);
        if recorded.is_err() {
            for body in bodies {
                let _ = fs::remove_file(&body.body.path);
            }
        }
        recorded
    }

    fn record_local(&self, folder_id: i64, bodies: &[ImportedBody]) -> Result<Vec<i64>> {
        let account = self.folder_account(folder_id)?;
        let folder = self
            .folder(folder_id)?
            .ok_or_else(|| StoreError::NotFound(format!("folder {folder_id}")))?;
        let paths = bodies
            .iter()
            .map(|b| self.relative_body_path(&b.body.path))
            .collect::<Result<Vec<String>>>()?;
        self.write_durably(|tx| {
            let now = unix_now();
            let mut ids = Vec::with_capacity(bodies.len());
            for (b, path) in bodies.iter().zip(&paths) {
                let flags = encode(&b.flags);
                // A local message has neither UID nor UIDL from a server;
                // the store keys rows by one, so it gets one no server
                // hands out.
                let key = format!("posta-import-{}", b.hash);
                tx.prepare_cached(
                    "INSERT INTO messages (folder_id, uidl, flags, keywords, size, date, subject, sender,
                        recipients, message_id, body_path)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )?
                .execute(params![
                    folder_id,
                    key,
                    flags.bits,
                    flags.keywords,
                    b.body.size as i64,
                    b.headers.date,
                    b.headers.subject,
                    b.sender,
                    b.recipients,
                    b.headers.message_id,
                    path,
                ])?;
                let id = tx.last_insert_rowid();
                let text = SearchText {
                    subject: &b.headers.subject,
                    sender: &b.sender,
                    recipients: &b.recipients,
                    body: &b.text,
                };
                index_text(tx, id, b.headers.date, &text)?;
                tx.prepare_cached(
                    "INSERT INTO import_journal (account_id, folder, hash, message_id, started_at, done_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                     ON CONFLICT (account_id, folder, hash) DO UPDATE SET done_at = ?5",
                )?
                .execute(params![account, folder.name, b.hash, b.headers.message_id, now])?;
                ids.push(id);
            }
            Ok(ids)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_moves_from_new_to_started_to_done() {
        let store = Store::open_in_memory().unwrap();
        store.ensure_account(1, "a").unwrap();
        assert_eq!(
            store.import_state(1, "Rodzina", "aa").unwrap(),
            Journaled::New
        );
        store
            .import_started(1, "Rodzina", "aa", Some("x@y"))
            .unwrap();
        assert_eq!(
            store.import_state(1, "Rodzina", "aa").unwrap(),
            Journaled::Started
        );
        store.import_done(1, "Rodzina", "aa", Some(4)).unwrap();
        assert_eq!(
            store.import_state(1, "Rodzina", "aa").unwrap(),
            Journaled::Done
        );
        // Another folder is another journal.
        assert_eq!(
            store.import_state(1, "INBOX", "aa").unwrap(),
            Journaled::New
        );
        store.import_done(1, "INBOX", "bb", None).unwrap();
        assert_eq!(
            store.import_state(1, "INBOX", "bb").unwrap(),
            Journaled::Done
        );
    }
}
