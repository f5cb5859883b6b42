//! Message rows: envelopes and flags as the list shows them, keyed by
//! (folder, UID) for IMAP and (folder, UIDL) for POP3.

use std::ops::Range;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use super::error::{Result, StoreError};
use super::flags::{self, StoredFlags};
use super::search_index::{insert_text, mark_pending, search_key, SearchText};
use super::selection::{Selection, Sort};
use super::{maildir, Store};
use crate::message::{Address, Envelope, Flag, RemoteId};

/// A message as the list and the reader's header show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    /// Row id: stable while the message stays in the store.
    pub id: i64,
    /// The folder it is in.
    pub folder_id: i64,
    /// IMAP UID (`None` for POP3, and for a message moved locally until the
    /// server tells its new UID).
    pub uid: Option<u32>,
    /// POP3 UIDL.
    pub uidl: Option<String>,
    /// Flags and keywords.
    pub flags: Vec<Flag>,
    /// Size in bytes.
    pub size: u64,
    /// `Date:` as Unix seconds.
    pub date: Option<i64>,
    /// Subject, decoded.
    pub subject: String,
    /// `From:` as `Name <address>`, comma-separated.
    pub from: String,
    /// `To:` and `Cc:` as `Name <address>`, comma-separated.
    pub to: String,
    /// `Message-ID:` without angle brackets.
    pub message_id: Option<String>,
    /// True when the body is on disk.
    pub has_body: bool,
    /// True when it carries attachments (guessed from the header until the
    /// body is read).
    pub has_attachments: bool,
}

impl MessageRow {
    /// True without `\Seen`.
    pub fn is_unread(&self) -> bool {
        !self.flags.contains(&Flag::Seen)
    }
}

/// The columns [`from_row`] reads, for a query over `messages m`.
pub(super) const COLUMNS: &str =
    "m.id, m.folder_id, m.uid, m.uidl, m.flags, m.keywords, m.size, m.date, \
    m.subject, m.sender, m.recipients, m.message_id, m.body_path IS NOT NULL, m.attachments";

/// Reads a row selected with [`COLUMNS`].
pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<MessageRow> {
    let bits: i64 = row.get(4)?;
    let keywords: String = row.get(5)?;
    Ok(MessageRow {
        id: row.get(0)?,
        folder_id: row.get(1)?,
        uid: row.get(2)?,
        uidl: row.get(3)?,
        flags: flags::decode(bits, &keywords),
        size: row.get::<_, i64>(6)?.max(0) as u64,
        date: row.get(7)?,
        subject: row.get(8)?,
        from: row.get(9)?,
        to: row.get(10)?,
        message_id: row.get(11)?,
        has_body: row.get(12)?,
        has_attachments: row.get(13)?,
    })
}

/// Addresses as one searchable, displayable line.
pub(super) fn address_line<'a>(addresses: impl IntoIterator<Item = &'a Address>) -> String {
    addresses
        .into_iter()
        .map(Address::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What an upsert needs to know about a stored row.
struct Existing {
    id: i64,
    flags: StoredFlags,
    body_path: Option<String>,
}

fn existing(row: &Row<'_>) -> rusqlite::Result<Existing> {
    Ok(Existing {
        id: row.get(0)?,
        flags: StoredFlags {
            bits: row.get(1)?,
            keywords: row.get(2)?,
        },
        body_path: row.get(3)?,
    })
}

/// A body whose file name should follow a flag change: (message, recorded
/// path, new flags).
pub(super) type BodyRename = (i64, String, Vec<Flag>);

impl Store {
    /// Adds or updates envelopes in one transaction.
    ///
    /// IMAP envelopes are keyed by (folder, UID); for one already stored only
    /// the flags change (the server is the truth). POP3 envelopes are keyed
    /// by (folder, UIDL) and never overwrite local state; a UIDL already in
    /// the POP3 ledger (downloaded before, perhaps moved or deleted here) is
    /// skipped. New messages enter the full-text index.
    pub fn upsert_messages(&self, folder_id: i64, envelopes: &[Envelope]) -> Result<()> {
        self.upsert(folder_id, envelopes, true)
    }

    /// [`Store::upsert_messages`] for a big first sync: new messages are
    /// marked for the full-text index instead of entering it
    /// ([`Store::index_pending`] indexes them later), which takes about a
    /// quarter off storing an envelope.
    pub fn upsert_messages_unindexed(&self, folder_id: i64, envelopes: &[Envelope]) -> Result<()> {
        self.upsert(folder_id, envelopes, false)
    }

    fn upsert(&self, folder_id: i64, envelopes: &[Envelope], index: bool) -> Result<()> {
        let account = self.folder_account(folder_id)?;
        let renames = self.write(|tx| {
            let mut find_uid = tx.prepare_cached(
                "SELECT id, flags, keywords, body_path FROM messages WHERE folder_id = ?1 AND uid = ?2",
            )?;
            let mut find_uidl = tx.prepare_cached("SELECT 1 FROM messages WHERE folder_id = ?1 AND uidl = ?2")?;
            let mut in_ledger = tx.prepare_cached("SELECT 1 FROM pop3_ledger WHERE account_id = ?1 AND uidl = ?2")?;
            // An IMAP message is inserted unless its UID is already here:
            // a first sync of 100,000 messages then needs no lookups. (A
            // POP3 row has no UID, so it never meets this conflict.)
            let mut insert = tx.prepare_cached(
                "INSERT INTO messages
                    (folder_id, uid, uidl, flags, keywords, size, date, subject, sender, recipients, message_id,
                     in_reply_to, refs, attachments)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                 ON CONFLICT (folder_id, uid) WHERE uid IS NOT NULL DO NOTHING",
            )?;
            let mut update_flags = tx.prepare_cached("UPDATE messages SET flags = ?2, keywords = ?3 WHERE id = ?1")?;
            let mut renames: Vec<BodyRename> = Vec::new();
            let mut texts: Vec<(i64, &str, String, String)> = Vec::new();
            let mut unindexed: Vec<i64> = Vec::new();
            for envelope in envelopes {
                let stored = flags::encode(&envelope.flags);
                let headers = &envelope.headers;
                let sender = address_line(&headers.from);
                let recipients = address_line(headers.to.iter().chain(&headers.cc));
                let (uid, uidl) = match &envelope.id {
                    RemoteId::Uid(uid) => (Some(*uid), None),
                    RemoteId::Uidl(uidl) => (None, Some(uidl.as_str())),
                };
                let size = envelope.size as i64;
                let in_reply_to = headers.in_reply_to.first();
                let refs = headers.references.join(" ");
                let values = params![
                    folder_id,
                    uid,
                    uidl,
                    stored.bits,
                    stored.keywords,
                    size,
                    headers.date,
                    headers.subject,
                    sender,
                    recipients,
                    headers.message_id,
                    in_reply_to,
                    refs,
                    headers.attachments,
                ];
                match (uid, uidl) {
                    (Some(uid), _) => {
                        if insert.execute(values)? == 0 {
                            // Already here: the server's flags win.
                            let row = find_uid.query_row(params![folder_id, uid], existing)?;
                            if row.flags != stored {
                                update_flags.execute(params![row.id, stored.bits, stored.keywords])?;
                                if let Some(path) = row.body_path {
                                    renames.push((row.id, path, envelope.flags.clone()));
                                }
                            }
                            continue;
                        }
                    }
                    (None, uidl) => {
                        // A POP3 message downloaded before (even if deleted
                        // here since) is not listed again.
                        if let Some(uidl) = uidl {
                            if find_uidl.exists(params![folder_id, uidl])? || in_ledger.exists(params![account, uidl])? {
                                continue;
                            }
                        }
                        insert.execute(values)?;
                    }
                }
                let id = tx.last_insert_rowid();
                if index {
                    texts.push((search_key(headers.date, id), &headers.subject, sender, recipients));
                } else {
                    unindexed.push(id);
                }
            }
            mark_pending(tx, &unindexed)?;
            // In key order: FTS5 writes out what it holds whenever a key
            // comes lower than the last.
            texts.sort_unstable_by_key(|text| text.0);
            for (key, subject, sender, recipients) in texts {
                let text = SearchText {
                    subject,
                    sender: &sender,
                    recipients: &recipients,
                    body: "",
                };
                insert_text(tx, key, &text)?;
            }
            Ok(renames)
        })?;
        self.rename_bodies(renames);
        Ok(())
    }

    /// Replaces the flags of one message (server truth).
    pub fn set_flags(&self, folder_id: i64, uid: u32, flags: &[Flag]) -> Result<()> {
        self.set_flags_many(folder_id, &[(uid, flags.to_vec())])
    }

    /// Replaces the flags of many messages in one transaction (a flag
    /// resync without CONDSTORE touches every message).
    pub fn set_flags_many(&self, folder_id: i64, changes: &[(u32, Vec<Flag>)]) -> Result<()> {
        let renames = self.write(|tx| {
            let mut find = tx.prepare_cached(
                "SELECT id, flags, keywords, body_path FROM messages WHERE folder_id = ?1 AND uid = ?2",
            )?;
            let mut update = tx.prepare_cached("UPDATE messages SET flags = ?2, keywords = ?3 WHERE id = ?1")?;
            let mut renames: Vec<BodyRename> = Vec::new();
            for (uid, new_flags) in changes {
                let stored = flags::encode(new_flags);
                let Some(row) = find.query_row(params![folder_id, uid], existing).optional()? else {
                    continue;
                };
                if row.flags != stored {
                    update.execute(params![row.id, stored.bits, stored.keywords])?;
                    if let Some(path) = row.body_path {
                        renames.push((row.id, path, new_flags.clone()));
                    }
                }
            }
            Ok(renames)
        })?;
        self.rename_bodies(renames);
        Ok(())
    }

    /// Applies a change the user made here (adds, then removes); returns
    /// the new flags. Queue the matching [`super::Op::SetFlags`] for IMAP.
    pub fn apply_flag_change(
        &self,
        message_id: i64,
        add: &[Flag],
        remove: &[Flag],
    ) -> Result<Vec<Flag>> {
        let (flags, rename) = self.write(|tx| change_flags(tx, message_id, add, remove))?;
        self.rename_bodies(rename);
        Ok(flags)
    }

    /// [`Self::apply_flag_change`] for many messages in one transaction:
    /// tagging 10,000 selected messages is one commit, not 10,000.
    pub fn apply_flag_change_many(
        &self,
        message_ids: &[i64],
        add: &[Flag],
        remove: &[Flag],
    ) -> Result<()> {
        let renames = self.write(|tx| {
            let mut renames = Vec::new();
            for id in message_ids {
                renames.extend(change_flags(tx, *id, add, remove)?.1);
            }
            Ok(renames)
        })?;
        self.rename_bodies(renames);
        Ok(())
    }

    /// Removes messages the server expunged, with their bodies.
    pub fn remove_messages(&self, folder_id: i64, uids: &[u32]) -> Result<()> {
        let paths = self.write(|tx| {
            let mut delete = tx.prepare_cached(
                "DELETE FROM messages WHERE folder_id = ?1 AND uid = ?2 RETURNING body_path",
            )?;
            let mut paths = Vec::new();
            for uid in uids {
                let path: Option<Option<String>> = delete
                    .query_row(params![folder_id, uid], |row| row.get(0))
                    .optional()?;
                paths.extend(path.flatten());
            }
            Ok(paths)
        })?;
        self.remove_bodies(paths);
        Ok(())
    }

    /// Removes one message here (and its body); for a POP3 message the
    /// ledger remembers it was deleted locally.
    pub fn delete_message(&self, message_id: i64) -> Result<()> {
        self.delete_messages(&[message_id])
    }

    /// Removes messages here (and their bodies) in one durable transaction.
    pub fn delete_messages(&self, message_ids: &[i64]) -> Result<()> {
        // Durable before the files go: for POP3 the ledger mark may lead
        // to the server's copy being deleted next.
        let paths = self.write_durably(|tx| {
            let mut delete =
                tx.prepare_cached("DELETE FROM messages WHERE id = ?1 RETURNING body_path")?;
            let mut paths = Vec::new();
            for id in message_ids {
                let path: Option<Option<String>> =
                    delete.query_row([id], |row| row.get(0)).optional()?;
                paths.extend(path.flatten());
            }
            Ok(paths)
        })?;
        self.remove_bodies(paths);
        Ok(())
    }

    /// The folder's UIDs, ascending.
    pub fn uids(&self, folder_id: i64) -> Result<Vec<u32>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uid FROM messages WHERE folder_id = ?1 AND uid IS NOT NULL ORDER BY uid",
        )?;
        let rows = stmt.query_map([folder_id], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every UID of the folder with its flags, ascending (for a flag diff).
    pub fn uid_flags(&self, folder_id: i64) -> Result<Vec<(u32, Vec<Flag>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uid, flags, keywords FROM messages WHERE folder_id = ?1 AND uid IS NOT NULL ORDER BY uid",
        )?;
        let rows = stmt.query_map([folder_id], |row| {
            let keywords: String = row.get(2)?;
            Ok((row.get(0)?, flags::decode(row.get(1)?, &keywords)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A page of the folder's messages.
    pub fn messages(
        &self,
        folder_id: i64,
        limit: usize,
        offset: usize,
        sort: Sort,
    ) -> Result<Vec<MessageRow>> {
        self.selected_messages(Selection::folder(&[folder_id]), limit, offset, sort)
    }

    /// A page of the messages a list shows: one folder or several merged,
    /// optionally only those carrying a keyword. Paged in SQL through an
    /// index for every order, so a list over 1,000,000 messages never
    /// holds or sorts more than a page.
    pub fn selected_messages(
        &self,
        selection: Selection<'_>,
        limit: usize,
        offset: usize,
        sort: Sort,
    ) -> Result<Vec<MessageRow>> {
        self.page(selection, limit, offset, sort, false)
    }

    /// The rows in `range` of a list `total` rows long (as last counted).
    /// A page in the second half is read from the end, in the reverse
    /// order: SQLite steps over the index entries before an offset, so
    /// this way no page steps over more than half the list (a scroll-bar
    /// jump near the bottom of a million messages costs one near the top).
    pub fn selected_page(
        &self,
        selection: Selection<'_>,
        range: Range<usize>,
        total: usize,
        sort: Sort,
    ) -> Result<Vec<MessageRow>> {
        let end = range.end.min(total);
        if range.start <= total / 2 || range.start >= end {
            return self.selected_messages(selection, range.len(), range.start, sort);
        }
        let mut rows = self.page(selection, end - range.start, total - end, sort, true)?;
        rows.reverse();
        Ok(rows)
    }

    fn page(
        &self,
        selection: Selection<'_>,
        limit: usize,
        offset: usize,
        sort: Sort,
        reverse: bool,
    ) -> Result<Vec<MessageRow>> {
        let (sql, mut values) = selection.page_query(sort, reverse, COLUMNS);
        values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        values.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many messages a list shows.
    pub fn selected_count(&self, selection: Selection<'_>) -> Result<usize> {
        let (filter, values) = selection.filter();
        let sql = format!("SELECT count(*) FROM messages m WHERE {filter}");
        let count: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(values), |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// One message.
    pub fn message(&self, message_id: i64) -> Result<Option<MessageRow>> {
        let sql = format!("SELECT {COLUMNS} FROM messages m WHERE m.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([message_id], from_row)
            .optional()?)
    }

    /// The message with this UID in the folder.
    pub fn message_by_uid(&self, folder_id: i64, uid: u32) -> Result<Option<MessageRow>> {
        let sql = format!("SELECT {COLUMNS} FROM messages m WHERE m.folder_id = ?1 AND m.uid = ?2");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![folder_id, uid], from_row)
            .optional()?)
    }

    /// (total, unread) in a folder; unread means without `\Seen`. One
    /// statement (one snapshot) of two counts that each read an index
    /// alone, the partial one of unread rows for the second: a single
    /// count with a filter on `flags` read every row, 2.3 s at a million.
    pub fn message_count(&self, folder_id: i64) -> Result<(u64, u64)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT (SELECT count(*) FROM messages m WHERE m.folder_id = ?1),
                    (SELECT count(*) FROM messages m WHERE m.folder_id = ?1 AND (m.flags & 1) = 0)",
        )?;
        let (total, unread): (i64, i64) =
            stmt.query_row([folder_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok((total as u64, unread as u64))
    }

    /// Removes body files of rows that are gone (paths as recorded).
    pub(super) fn remove_bodies(&self, recorded: impl IntoIterator<Item = String>) {
        let Ok(root) = self.mail_root() else { return };
        for recorded in recorded {
            let path = root.join(recorded);
            if let Err(err) = std::fs::remove_file(&path) {
                // A failure only leaves an orphan file behind, never a row
                // pointing at nothing; a stale name is looked up once.
                if err.kind() == std::io::ErrorKind::NotFound {
                    if let Some(found) = maildir::find(&path) {
                        let _ = std::fs::remove_file(found);
                    }
                }
            }
        }
    }
}

/// Adds, then removes flags on one message inside `tx`: its new flags, and
/// the Maildir rename its body needs, if any.
fn change_flags(
    tx: &rusqlite::Transaction<'_>,
    message_id: i64,
    add: &[Flag],
    remove: &[Flag],
) -> Result<(Vec<Flag>, Option<BodyRename>)> {
    let row = tx
        .prepare_cached("SELECT id, flags, keywords, body_path FROM messages WHERE id = ?1")?
        .query_row([message_id], existing)
        .optional()?
        .ok_or_else(|| StoreError::NotFound(format!("message {message_id}")))?;
    let changed = flags::apply_change(&row.flags, add, remove);
    let list = flags::decode(changed.bits, &changed.keywords);
    if changed == row.flags {
        return Ok((list, None));
    }
    tx.prepare_cached("UPDATE messages SET flags = ?2, keywords = ?3 WHERE id = ?1")?
        .execute(params![row.id, changed.bits, changed.keywords])?;
    Ok((list.clone(), row.body_path.map(|path| (row.id, path, list))))
}
