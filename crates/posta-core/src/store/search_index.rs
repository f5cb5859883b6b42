//! Keeping the full-text index.
//!
//! - Its rows are keyed by date: a message's key is its date in minutes
//!   above its row id ([`search_key`]), so "newest first" is the index's own
//!   order. A search reads the matches' keys in descending order and stops at
//!   its limit, instead of joining every match to its message and sorting
//!   them (351 ms for a common word in a 1,000,000-message store).
//! - A big first sync stores envelopes without indexing them and marks them
//!   in `search_pending`; [`Store::index_pending`] indexes them afterwards,
//!   in small batches, so the list fills sooner. The mark is removed in the
//!   transaction that indexes the message, so a message is either indexed or
//!   marked, whatever stops in between.
//! - Bodies downloaded for reading offline are marked the same way
//!   ([`defer_text`]): the download writes files, and the indexer reads
//!   their text afterwards, off the download's path.

use std::fs;
use std::path::PathBuf;

use rusqlite::{params, Transaction};

use super::error::Result;
use super::search_text::{body_text, fold};
use super::Store;

/// The latest date a key keeps apart (minutes must fit in 31 bits): later
/// dates count as this one. Dates before 1970 count as 1970.
const MAX_SECONDS: i64 = ((1 << 31) - 1) * 60;

/// Row ids must fit below the date in a key (4 billion messages).
pub(super) const ID_MASK: i64 = 0xFFFF_FFFF;

/// A message's key in the full-text index: its date in minutes (0 when it
/// has none) above its row id. The same as the SQL of the triggers in
/// [`super::schema`] (`V_SEARCH_ORDER`).
pub(super) fn search_key(date: Option<i64>, id: i64) -> i64 {
    let minutes = date.unwrap_or(0).clamp(0, MAX_SECONDS) / 60;
    (minutes << 32) | (id & ID_MASK)
}

/// Replaces a message's entry in the full-text index (and clears its
/// pending mark): the message as it is now, with `date` its stored date.
pub(super) fn index_text(
    tx: &Transaction<'_>,
    id: i64,
    date: Option<i64>,
    text: &SearchText<'_>,
) -> Result<()> {
    let key = search_key(date, id);
    tx.prepare_cached("DELETE FROM messages_fts WHERE rowid = ?1")?
        .execute([key])?;
    insert_text(tx, key, text)?;
    tx.prepare_cached("DELETE FROM search_pending WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// What of a message is searchable.
pub(super) struct SearchText<'a> {
    pub subject: &'a str,
    pub sender: &'a str,
    pub recipients: &'a str,
    pub body: &'a str,
}

/// Adds an entry to the full-text index (the key must have none).
pub(super) fn insert_text(tx: &Transaction<'_>, key: i64, text: &SearchText<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO messages_fts (rowid, subject, sender, recipients, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        key,
        fold(text.subject),
        fold(text.sender),
        fold(text.recipients),
        fold(text.body)
    ])?;
    Ok(())
}

/// Marks messages as not yet in the full-text index, in one statement
/// (their ids as a JSON array: one insertion per row cost a statement each).
pub(super) fn mark_pending(tx: &Transaction<'_>, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut list = String::with_capacity(ids.len() * 8 + 2);
    list.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        list.push_str(&id.to_string());
    }
    list.push(']');
    tx.prepare_cached("INSERT OR IGNORE INTO search_pending (id) SELECT value FROM json_each(?1)")?
        .execute([list])?;
    Ok(())
}

/// Takes a message's entry out of the full-text index and marks it
/// pending, so the indexer indexes it again (with its body, now on disk).
pub(super) fn defer_text(tx: &Transaction<'_>, id: i64, date: Option<i64>) -> Result<()> {
    tx.prepare_cached("DELETE FROM messages_fts WHERE rowid = ?1")?
        .execute([search_key(date, id)])?;
    tx.prepare_cached("INSERT OR IGNORE INTO search_pending (id) VALUES (?1)")?
        .execute([id])?;
    Ok(())
}

/// The most bytes of body files read for one batch of the indexer (the
/// rest of the batch waits for the next): what a batch holds in memory.
const BODY_BYTES: u64 = 16 << 20;

/// A pending message as read for indexing.
#[derive(Debug)]
struct Pending {
    id: i64,
    date: Option<i64>,
    subject: String,
    sender: String,
    recipients: String,
    /// Its body file, if it has one.
    path: Option<PathBuf>,
    body: String,
}

/// A batch of messages waiting for the full-text index, read from the
/// store ([`Store::pending_texts`]); their bodies are read from their files
/// without the store ([`PendingTexts::read_bodies`]), and the batch is
/// indexed in one transaction ([`Store::index_texts`]).
#[derive(Debug, Default)]
pub struct PendingTexts {
    batch: Vec<Pending>,
}

impl PendingTexts {
    /// True when no message waits.
    pub fn is_empty(&self) -> bool {
        self.batch.is_empty()
    }

    /// Reads the text of the bodies on disk. Past [`BODY_BYTES`] of files
    /// the rest of the batch is left for the next one. A body file that is
    /// gone counts as empty.
    pub fn read_bodies(&mut self) {
        let mut read = 0u64;
        for (index, pending) in self.batch.iter_mut().enumerate() {
            let Some(path) = &pending.path else { continue };
            if read >= BODY_BYTES {
                self.batch.truncate(index);
                return;
            }
            if let Ok(raw) = fs::read(path) {
                read += raw.len() as u64;
                pending.body = body_text(&raw);
            }
        }
    }
}

impl Store {
    /// How many messages are not in the full-text index yet.
    pub fn search_pending(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM search_pending", [], |row| row.get(0))?;
        Ok(count as usize)
    }

    /// Indexes up to `limit` of the messages waiting for the full-text index
    /// (see [`Store::pending_texts`]); returns how many it indexed, 0 when
    /// none waits.
    pub fn index_pending(&self, limit: usize) -> Result<usize> {
        let mut texts = self.pending_texts(limit)?;
        if texts.is_empty() {
            return Ok(0);
        }
        texts.read_bodies();
        self.index_texts(&texts)
    }

    /// Up to `limit` of the messages waiting for the full-text index, the
    /// newest rows first: a first sync stores the newest mail first, so
    /// these are the oldest mail, and batch after batch the keys rise, the
    /// order the index writes fastest. Bodies downloaded for offline
    /// reading wait here too, to be indexed with their text.
    pub fn pending_texts(&self, limit: usize) -> Result<PendingTexts> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT m.id, m.date, m.subject, m.sender, m.recipients, m.body_path
                 FROM search_pending p JOIN messages m ON m.id = p.id ORDER BY p.id DESC LIMIT ?1",
            )?
            .query_map([limit as i64], |row| {
                Ok((
                    Pending {
                        id: row.get(0)?,
                        date: row.get(1)?,
                        subject: row.get(2)?,
                        sender: row.get(3)?,
                        recipients: row.get(4)?,
                        path: None,
                        body: String::new(),
                    },
                    row.get::<_, Option<String>>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if rows.is_empty() {
            // Marks whose message is gone (none should be: the delete
            // trigger takes them along) end here too. Only then a write:
            // the indexer asks after every sync.
            if self.search_pending()? > 0 {
                self.write(|tx| Ok(tx.execute("DELETE FROM search_pending", [])?))?;
            }
        }
        let mut batch = Vec::with_capacity(rows.len());
        for (mut pending, recorded) in rows {
            pending.path = match recorded {
                Some(recorded) => Some(self.absolute_body_path(&recorded)?),
                None => None,
            };
            batch.push(pending);
        }
        Ok(PendingTexts { batch })
    }

    /// Indexes a batch read by [`Store::pending_texts`] in one transaction;
    /// returns how many were in it. A message that changed since it was
    /// read (another process indexed it, its body came or its date
    /// changed) is left as it is: it is either indexed or still marked.
    pub fn index_texts(&self, texts: &PendingTexts) -> Result<usize> {
        let mut batch: Vec<&Pending> = texts.batch.iter().collect();
        // In key order: FTS5 writes out what it holds whenever a key comes
        // lower than the last.
        batch.sort_unstable_by_key(|pending| search_key(pending.date, pending.id));
        self.write(|tx| {
            let mut unmark = tx.prepare_cached(
                "DELETE FROM search_pending WHERE id = ?1 AND EXISTS (SELECT 1 FROM messages m
                 WHERE m.id = ?1 AND (m.body_path IS NOT NULL) = ?2 AND m.date IS ?3)",
            )?;
            for pending in &batch {
                if unmark.execute(params![pending.id, pending.path.is_some(), pending.date])? == 0 {
                    continue;
                }
                let text = SearchText {
                    subject: &pending.subject,
                    sender: &pending.sender,
                    recipients: &pending.recipients,
                    body: &pending.body,
                };
                insert_text(tx, search_key(pending.date, pending.id), &text)?;
            }
            Ok(())
        })?;
        Ok(batch.len())
    }

    /// Indexes every message waiting for the full-text index (the CLI, which
    /// has no background to do it in).
    pub fn index_all_pending(&self) -> Result<usize> {
        let mut total = 0;
        loop {
            let indexed = self.index_pending(INDEX_BATCH)?;
            if indexed == 0 {
                return Ok(total);
            }
            total += indexed;
        }
    }
}

/// Messages indexed per transaction in the background: 35–70 ms of
/// holding the write lock at a million messages (window and workers wait
/// that long at most), and 14–17 s for the million (8,000 and 2,000).
pub const INDEX_BATCH: usize = 4000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_by_date_then_row() {
        assert!(search_key(Some(120), 1) > search_key(Some(60), 9));
        assert!(search_key(Some(61), 2) > search_key(Some(60), 1));
        assert!(search_key(None, 5) < search_key(Some(60), 1));
        assert_eq!(search_key(Some(-5), 3), search_key(None, 3));
        assert_eq!(search_key(Some(i64::MAX), 7) & ID_MASK, 7);
        assert!(search_key(Some(i64::MAX), 7) > 0);
    }

    #[test]
    fn the_triggers_compute_the_same_keys() {
        let store = Store::open_in_memory().unwrap();
        for (date, id) in [
            (Some(0i64), 1i64),
            (Some(1_765_000_000), 42),
            (None, 7),
            (Some(-86_400), 3),
            (Some(i64::MAX), 99),
            (Some(59), 4_000_000),
        ] {
            let sql: i64 = store
                .conn
                .query_row(
                    concat!(
                        "SELECT ",
                        super::super::schema::search_key_of!("t"),
                        " FROM (SELECT ?1 AS date, ?2 AS id) t"
                    ),
                    params![date, id],
                    |row| row.get(0),
                )
                .unwrap();
            assert_eq!(sql, search_key(date, id), "{date:?} {id}");
        }
    }
}
