//! The POP3 ledger: which server messages (by UIDL) were downloaded, when,
//! and whether they have been deleted here or on the server. It is what
//! lets an interrupted session resume, keeps deleted messages from coming
//! back, and drives the keep-copy policy. Its writes are durable at commit.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{params, OptionalExtension};

use super::config::KeepCopy;
use super::error::{Result, StoreError};
use super::maildir::{self, Delivered};
use super::messages::address_line;
use super::search_index::{index_text, SearchText};
use super::search_text::{body_text, INDEXED_PREFIX};
use super::{unix_now, Store};
use crate::message::{parse_headers, Headers};

/// What the ledger knows about one UIDL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerEntry {
    /// The local message, while it exists.
    pub message_id: Option<i64>,
    /// When it was downloaded (Unix seconds).
    pub downloaded_at: i64,
    /// The user deleted it here.
    pub deleted_locally: bool,
    /// It was deleted on the server (DELE and QUIT succeeded).
    pub deleted_on_server: bool,
    /// It stays on the server whatever the policy (see [`KeptOnServer`]).
    pub kept_on_server: bool,
}

/// Why a downloaded message stays on the POP3 server whatever the
/// keep-copy policy: what arrived may not be the message itself, so the
/// server's copy is the only sure one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptOnServer {
    /// `RETR` gave a size that disagrees with `LIST`'s beyond what line
    /// ends explain.
    Size,
    /// A stand-in the server made for a client not in UTF-8 mode (RFC
    /// 6856/6858): no Message-ID, the original attached as
    /// `message/global`.
    StandIn,
}

impl KeptOnServer {
    /// The ledger's word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            KeptOnServer::Size => "size",
            KeptOnServer::StandIn => "stand-in",
        }
    }
}

/// Whether `raw` (a message's start) looks like a server-made stand-in:
/// no `Message-ID` of its own, and a `message/global` part (RFC 6532's
/// type for an internationalised message, which RFC 6856/6858 downgrading
/// attaches the original as).
pub fn is_stand_in(raw: &[u8], headers: &Headers) -> bool {
    const GLOBAL: &[u8] = b"message/global";
    headers.message_id.is_none()
        && raw
            .windows(GLOBAL.len())
            .any(|w| w.eq_ignore_ascii_case(GLOBAL))
}

impl LedgerEntry {
    /// Whether the keep-copy policy says to delete the server's copy now.
    /// Only downloaded messages are in the ledger, so the local copy is
    /// already safe.
    pub fn due_for_server_deletion(&self, policy: KeepCopy, now: i64) -> bool {
        if self.deleted_on_server || self.kept_on_server {
            return false;
        }
        match policy {
            KeepCopy::Keep => false,
            KeepCopy::DeleteAfterDays(days) => now >= self.downloaded_at + i64::from(days) * 86_400,
            KeepCopy::UntilDeletedHere => self.deleted_locally,
            KeepCopy::DeleteAfterDownload => true,
        }
    }
}

/// A downloaded body read back for its record: header fields and the text
/// to index. Reading it needs no store, so it is done before the store is
/// locked; only the start of the file is read ([`INDEXED_PREFIX`]).
#[derive(Debug, Clone)]
pub struct Pop3Download {
    uidl: String,
    body: Delivered,
    headers: Headers,
    text: String,
    sender: String,
    recipients: String,
    kept: Option<KeptOnServer>,
}

impl Pop3Download {
    /// Reads back a batch of bodies delivered for their UIDLs. If one
    /// cannot be read, every body file of the batch is removed (as a failed
    /// record would), so the next sync downloads them again cleanly.
    pub fn read_all<'a>(
        bodies: impl IntoIterator<Item = (&'a str, &'a Delivered)> + Clone,
    ) -> Result<Vec<Pop3Download>> {
        let read: Result<Vec<Pop3Download>> = bodies
            .clone()
            .into_iter()
            .map(|(uidl, body)| Pop3Download::read(uidl, body))
            .collect();
        if read.is_err() {
            for (_, body) in bodies {
                let _ = fs::remove_file(&body.path);
            }
        }
        read
    }

    /// Reads and parses the start of a body delivered for `uidl`.
    fn read(uidl: &str, body: &Delivered) -> Result<Pop3Download> {
        let mut raw = Vec::new();
        fs::File::open(&body.path)?
            .take(INDEXED_PREFIX as u64)
            .read_to_end(&mut raw)?;
        let mut headers = parse_headers(&raw);
        let stand_in = is_stand_in(&raw, &headers);
        // A whole body read says for sure; a longer one keeps the header's guess.
        if (raw.len() as u64) < INDEXED_PREFIX as u64 {
            headers.attachments = crate::message::counts_attachments(&raw);
        }
        Ok(Pop3Download {
            kept: stand_in.then_some(KeptOnServer::StandIn),
            uidl: uidl.to_owned(),
            body: body.clone(),
            text: body_text(&raw),
            sender: address_line(&headers.from),
            recipients: address_line(headers.to.iter().chain(&headers.cc)),
            headers,
        })
    }
}

impl Pop3Download {
    /// Why the server's copy must stay, if it must.
    pub fn kept(&self) -> Option<KeptOnServer> {
        self.kept
    }

    /// Keeps the server's copy, for `why` (a stand-in stays one).
    pub fn keep_on_server(&mut self, why: KeptOnServer) {
        self.kept.get_or_insert(why);
    }

    /// The size of the body as written.
    pub fn written(&self) -> u64 {
        self.body.size
    }
}

impl Store {
    /// The local messages whose original stays on the POP3 server (see
    /// [`KeptOnServer`]): a move to IMAP finds the original there and must
    /// not upload what arrived instead.
    pub fn pop3_kept_messages(&self, account: i64) -> Result<HashSet<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT message_id FROM pop3_ledger
             WHERE account_id = ?1 AND kept_on_server IS NOT NULL AND message_id IS NOT NULL",
        )?;
        let rows = stmt.query_map([account], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every UIDL the account has downloaded.
    pub fn pop3_known(&self, account: i64) -> Result<HashMap<String, LedgerEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uidl, message_id, downloaded_at, deleted_locally, deleted_on_server,
                    kept_on_server IS NOT NULL
             FROM pop3_ledger WHERE account_id = ?1",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok((
                row.get::<_, String>(0)?,
                LedgerEntry {
                    message_id: row.get(1)?,
                    downloaded_at: row.get(2)?,
                    deleted_locally: row.get(3)?,
                    deleted_on_server: row.get(4)?,
                    kept_on_server: row.get(5)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a downloaded message whose body is already durable in the
    /// folder's Maildir (see [`Store::folder_maildir`] and
    /// [`super::Maildir::begin`]): in one durable transaction, the message
    /// row (a new one, or the one its envelope made earlier) with its
    /// headers, the full-text entry, and the ledger entry. Returns the
    /// message id. If this fails the body file is removed, so a retry starts
    /// clean.
    pub fn pop3_record_download(
        &self,
        account: i64,
        folder_id: i64,
        uidl: &str,
        body: &Delivered,
    ) -> Result<i64> {
        let downloads = Pop3Download::read_all([(uidl, body)])?;
        let ids = self.pop3_record_downloads(account, folder_id, &downloads)?;
        ids.into_iter()
            .next()
            .ok_or_else(|| StoreError::Corrupt("a recorded download has no row".into()))
    }

    /// Records several downloads in one durable transaction (one sync of
    /// the database for the lot), like [`Store::pop3_record_download`]. If
    /// it fails, none is recorded and every body file is removed.
    pub fn pop3_record_downloads(
        &self,
        account: i64,
        folder_id: i64,
        downloads: &[Pop3Download],
    ) -> Result<Vec<i64>> {
        let recorded = self.record_downloads(account, folder_id, downloads);
        if recorded.is_err() {
            for download in downloads {
                let _ = fs::remove_file(&download.body.path);
            }
        }
        recorded
    }

    fn record_downloads(
        &self,
        account: i64,
        folder_id: i64,
        downloads: &[Pop3Download],
    ) -> Result<Vec<i64>> {
        if self.folder_account(folder_id)? != account {
            return Err(StoreError::Invalid(format!(
                "folder {folder_id} is not in account {account}"
            )));
        }
        let recorded = downloads
            .iter()
            .map(|d| self.relative_body_path(&d.body.path))
            .collect::<Result<Vec<String>>>()?;
        let results = self.write_durably(|tx| {
            let now = unix_now();
            let mut results = Vec::with_capacity(downloads.len());
            for (p, recorded) in downloads.iter().zip(&recorded) {
                let found: Option<(i64, Option<String>)> = tx
                    .prepare_cached("SELECT id, body_path FROM messages WHERE folder_id = ?1 AND uidl = ?2")?
                    .query_row(params![folder_id, p.uidl], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()?;
                let values = params![
                    folder_id,
                    p.uidl,
                    p.body.size as i64,
                    p.headers.date,
                    p.headers.subject,
                    p.sender,
                    p.recipients,
                    p.headers.message_id,
                    recorded,
                    p.headers.attachments,
                ];
                let (id, old_path) = match found {
                    Some((id, old_path)) => {
                        tx.prepare_cached(
                            "UPDATE messages SET size = ?3, date = ?4, subject = ?5, sender = ?6, recipients = ?7,
                                message_id = ?8, body_path = ?9, attachments = ?10
                             WHERE folder_id = ?1 AND uidl = ?2",
                        )?
                        .execute(values)?;
                        (id, old_path)
                    }
                    None => {
                        tx.prepare_cached(
                            "INSERT INTO messages (folder_id, uidl, size, date, subject, sender, recipients, message_id,
                                body_path, attachments)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        )?
                        .execute(values)?;
                        (tx.last_insert_rowid(), None)
                    }
                };
                let text = SearchText {
                    subject: &p.headers.subject,
                    sender: &p.sender,
                    recipients: &p.recipients,
                    body: &p.text,
                };
                index_text(tx, id, p.headers.date, &text)?;
                tx.prepare_cached(
                    "INSERT INTO pop3_ledger (account_id, uidl, message_id, downloaded_at, kept_on_server)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (account_id, uidl) DO UPDATE SET
                        message_id = excluded.message_id, downloaded_at = excluded.downloaded_at,
                        kept_on_server = coalesce(excluded.kept_on_server, kept_on_server)",
                )?
                .execute(params![account, p.uidl, id, now, p.kept.map(KeptOnServer::as_str)])?;
                results.push((id, old_path.filter(|old| old != recorded)));
            }
            Ok(results)
        })?;
        let mut ids = Vec::with_capacity(results.len());
        for (id, old) in results {
            self.remove_bodies(old);
            ids.push(id);
        }
        Ok(ids)
    }

    /// Body files in the folder's Maildir (`tmp/`, `new/`, `cur/`) that no
    /// message row of the account refers to: a download killed between
    /// writing its body and recording it, or one still being written.
    /// Compared by unique name, so a file whose flags part changed, or that
    /// a local move put here before a crash, still counts as recorded. The
    /// caller decides which are safe to remove (their writer is gone).
    pub fn pop3_unrecorded_bodies(&self, folder_id: i64) -> Result<Vec<PathBuf>> {
        let account = self.folder_account(folder_id)?;
        let maildir = self.folder_maildir(folder_id)?;
        let recorded: HashSet<String> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.body_path FROM messages m JOIN folders f ON f.id = m.folder_id
                 WHERE f.account_id = ?1 AND m.body_path IS NOT NULL",
            )?;
            let rows = stmt.query_map([account], |row| row.get::<_, String>(0))?;
            let mut recorded = HashSet::new();
            for path in rows {
                let path = path?;
                if let Some(name) = Path::new(&path).file_name().and_then(|n| n.to_str()) {
                    recorded.insert(maildir::unique_part(name).to_owned());
                }
            }
            recorded
        };
        let mut unrecorded = Vec::new();
        for sub in ["tmp", "new", "cur"] {
            for entry in fs::read_dir(maildir.root().join(sub))? {
                let entry = entry?;
                let name = entry.file_name();
                let known = name
                    .to_str()
                    .is_some_and(|n| recorded.contains(maildir::unique_part(n)));
                if !known && entry.file_type()?.is_file() {
                    unrecorded.push(entry.path());
                }
            }
        }
        unrecorded.sort();
        Ok(unrecorded)
    }

    /// The user deleted the message here (its row may already be gone).
    pub fn pop3_mark_deleted_locally(&self, account: i64, uidl: &str) -> Result<()> {
        self.set_ledger_mark(account, &[uidl], "deleted_locally")
    }

    /// The server deleted these messages (after a successful QUIT).
    pub fn pop3_mark_deleted_on_server(&self, account: i64, uidls: &[&str]) -> Result<()> {
        self.set_ledger_mark(account, uidls, "deleted_on_server")
    }

    fn set_ledger_mark(&self, account: i64, uidls: &[&str], column: &str) -> Result<()> {
        let sql =
            format!("UPDATE pop3_ledger SET {column} = 1 WHERE account_id = ?1 AND uidl = ?2");
        let missing = self.write_durably(|tx| {
            let mut update = tx.prepare_cached(&sql)?;
            let mut missing = None;
            for uidl in uidls {
                if update.execute(params![account, uidl])? == 0 {
                    missing = Some(uidl.to_string());
                }
            }
            Ok(missing)
        })?;
        match missing {
            Some(uidl) => Err(StoreError::NotFound(format!(
                "POP3 message {uidl} in the ledger"
            ))),
            None => Ok(()),
        }
    }

    /// Forgets UIDLs the server no longer lists (nothing left to decide
    /// about them).
    pub fn pop3_forget(&self, account: i64, uidls: &[&str]) -> Result<()> {
        self.write_durably(|tx| {
            let mut delete =
                tx.prepare_cached("DELETE FROM pop3_ledger WHERE account_id = ?1 AND uidl = ?2")?;
            for uidl in uidls {
                delete.execute(params![account, uidl])?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(downloaded_at: i64, deleted_locally: bool, deleted_on_server: bool) -> LedgerEntry {
        LedgerEntry {
            message_id: Some(1),
            downloaded_at,
            deleted_locally,
            deleted_on_server,
            kept_on_server: false,
        }
    }

    #[test]
    fn keep_copy_policy_decides_server_deletion() {
        let day = 86_400;
        let fresh = entry(1_000 * day, false, false);
        assert!(!fresh.due_for_server_deletion(KeepCopy::Keep, 2_000 * day));
        assert!(fresh.due_for_server_deletion(KeepCopy::DeleteAfterDownload, 1_000 * day));
        assert!(!fresh.due_for_server_deletion(KeepCopy::DeleteAfterDays(7), 1_006 * day));
        assert!(fresh.due_for_server_deletion(KeepCopy::DeleteAfterDays(7), 1_007 * day));
        assert!(!fresh.due_for_server_deletion(KeepCopy::UntilDeletedHere, 2_000 * day));
        assert!(entry(0, true, false).due_for_server_deletion(KeepCopy::UntilDeletedHere, 0));
        assert!(!entry(0, true, true).due_for_server_deletion(KeepCopy::DeleteAfterDownload, 0));
    }
}
