//! Bringing messages in: into a local folder (written as Maildir bodies
//! and recorded in batches), or into an IMAP account's server folder by
//! APPEND (made when missing), each with its state and tags. The import
//! journal makes every run after the first — even after `kill -9` — bring
//! in only what is not there yet.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use super::source::{Incoming, Source, SourceError};
use crate::error::Error;
use crate::imap::ImapSession;
use crate::message::Flag;
use crate::store::{FolderRow, ImportedBody, Journaled, RealFiles, Store};
use crate::sync::CancelToken;

/// Messages recorded in one transaction when importing to a local folder.
const BATCH: usize = 200;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Messages brought in by this run.
    pub imported: usize,
    /// Messages already there (an earlier run, or the same message twice).
    pub already: usize,
    /// Messages left out because they were deleted where they came from.
    pub deleted: usize,
    /// Brought in although they have no header fields (where each was).
    pub headerless: Vec<String>,
    /// Brought in although the file ended inside them (where each was).
    pub cut_off: Vec<String>,
}

/// Why an import stopped.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A source could not be read on.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// The store or the server failed (or the user cancelled).
    #[error(transparent)]
    Account(#[from] Error),
}

impl From<crate::store::StoreError> for ImportError {
    fn from(err: crate::store::StoreError) -> ImportError {
        ImportError::Account(err.into())
    }
}

/// SHA-256 of a message, hex: the journal's key.
pub fn content_hash(raw: &[u8]) -> String {
    hex(&Sha256::digest(raw))
}

/// SHA-256 with line endings made LF, for finding a message again on a
/// server that stores it with CRLF.
fn line_neutral_hash(raw: &[u8]) -> String {
    let mut hasher = Sha256::new();
    for chunk in raw.split(|&b| b == b'\r') {
        hasher.update(chunk);
    }
    hex(&hasher.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl ImportReport {
    /// Counts what is special about a message being brought in.
    fn note(&mut self, message: &Incoming) {
        if message.headerless {
            self.headerless.push(message.origin.clone());
        }
        if message.cut_off {
            self.cut_off.push(message.origin.clone());
        }
    }
}

/// The local folder `name` of `account`, made when missing.
pub fn local_folder(store: &Store, account: i64, name: &str) -> Result<i64, ImportError> {
    if let Some(id) = store.folder_id(account, name)? {
        return Ok(id);
    }
    let role = name
        .eq_ignore_ascii_case("INBOX")
        .then_some(crate::imap::SpecialUse::Inbox);
    Ok(store.upsert_folder(account, &FolderRow::local(account, name, role))?)
}

/// Imports everything `source` reads into the local folder `folder_id`;
/// `progress(read)` after each message. Bodies are synced to disk before
/// they are recorded, and each batch is recorded with its journal entries
/// in one transaction, so a kill loses at most the batch in flight (which
/// the next run brings in).
pub fn import_local(
    store: &Store,
    folder_id: i64,
    source: &mut Source,
    cancel: &CancelToken,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport, ImportError> {
    let folder = store
        .folder(folder_id)?
        .ok_or_else(|| Error::protocol("the folder is gone"))?;
    let maildir = store.folder_maildir(folder_id)?;
    let mut report = ImportReport::default();
    let mut batch: Vec<(String, crate::store::Delivered, Vec<Flag>)> = Vec::new();
    let mut in_batch = HashSet::new();
    let mut read = 0;
    let flush = |batch: &mut Vec<(String, crate::store::Delivered, Vec<Flag>)>,
                 in_batch: &mut HashSet<String>|
     -> Result<usize, ImportError> {
        if batch.is_empty() {
            return Ok(0);
        }
        let bodies = std::mem::take(batch);
        in_batch.clear();
        if let Err(err) = maildir.sync_cur() {
            for (_, body, _) in &bodies {
                let _ = std::fs::remove_file(&body.path);
            }
            return Err(err.into());
        }
        let mut read_back = Vec::with_capacity(bodies.len());
        for (hash, body, flags) in bodies {
            let path = body.path.clone();
            match ImportedBody::read(&hash, body, flags) {
                Ok(read) => read_back.push(read),
                Err(err) => {
                    let _ = std::fs::remove_file(path);
                    return Err(err.into());
                }
            }
        }
        Ok(store.import_record_local(folder_id, &read_back)?.len())
    };
    while let Some(message) = source.next_message()? {
        if cancel.is_cancelled() {
            report.imported += flush(&mut batch, &mut in_batch)?;
            return Err(Error::Cancelled.into());
        }
        read += 1;
        if message.deleted {
            report.deleted += 1;
            progress(read);
            continue;
        }
        let hash = content_hash(&message.raw);
        if in_batch.contains(&hash)
            || store.import_state(folder.account, &folder.name, &hash)? == Journaled::Done
        {
            report.already += 1;
            progress(read);
            continue;
        }
        report.note(&message);
        let delivered = maildir
            .begin(&RealFiles)
            .and_then(|mut d| d.write_body(&message.raw).map(|()| d))
            .and_then(|d| d.finish_unsynced(&message.flags))?;
        in_batch.insert(hash.clone());
        batch.push((hash, delivered, message.flags));
        if batch.len() >= BATCH {
            report.imported += flush(&mut batch, &mut in_batch)?;
        }
        progress(read);
    }
    report.imported += flush(&mut batch, &mut in_batch)?;
    Ok(report)
}

/// The flags a message is appended with: never `\Deleted`, only keywords
/// that are IMAP atoms.
fn append_flags(flags: &[Flag]) -> Vec<Flag> {
    flags
        .iter()
        .filter(|f| match f {
            Flag::Deleted => false,
            Flag::Keyword(k) => crate::message::is_valid_keyword(k),
            _ => true,
        })
        .cloned()
        .collect()
}

/// The message with CRLF line endings, as IMAP carries mail (RFC 3501).
pub fn with_crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 40);
    let mut previous = 0u8;
    for &b in raw {
        if b == b'\n' && previous != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        previous = b;
    }
    out
}

/// Imports everything `source` reads into the server folder `folder` of
/// the account the session is logged in to (made and subscribed when
/// missing); `progress(read)` after each message. Each APPEND is journaled
/// as started before it is sent and done once the server answered; a
/// started one from a killed run is looked for on the server (Message-ID,
/// then content) before it is sent again.
pub async fn import_to_server(
    session: &mut ImapSession,
    store: &Store,
    account: i64,
    folder: &str,
    source: &mut Source,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportReport, ImportError> {
    let exists = session.list_folders().await?.iter().any(|f| {
        f.name == folder
            || (folder.eq_ignore_ascii_case("INBOX") && f.name.eq_ignore_ascii_case("INBOX"))
    });
    if !exists {
        session.create_folder(folder).await?;
    }
    if !folder.eq_ignore_ascii_case("INBOX") {
        // A server refusing SUBSCRIBE still gets the mail.
        let _ = session.subscribe(folder).await;
    }
    let mut report = ImportReport::default();
    let mut read = 0;
    while let Some(message) = source.next_message()? {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled.into());
        }
        read += 1;
        if message.deleted {
            report.deleted += 1;
            progress(read);
            continue;
        }
        let hash = content_hash(&message.raw);
        let state = store.import_state(account, folder, &hash)?;
        if state == Journaled::Done {
            report.already += 1;
            progress(read);
            continue;
        }
        let message_id = crate::message::parse_headers(&message.raw).message_id;
        if state == Journaled::Started {
            if let Some(uid) =
                find_on_server(session, folder, message_id.as_deref(), &message.raw).await?
            {
                store.import_done(account, folder, &hash, Some(uid))?;
                report.already += 1;
                progress(read);
                continue;
            }
        }
        report.note(&message);
        store.import_started(account, folder, &hash, message_id.as_deref())?;
        let uid = session
            .append_with_uid(
                folder,
                &append_flags(&message.flags),
                &with_crlf(&message.raw),
            )
            .await?;
        store.import_done(account, folder, &hash, uid)?;
        report.imported += 1;
        progress(read);
    }
    Ok(report)
}

/// The UID of a copy of `raw` in the server folder, if an interrupted run
/// put one there.
async fn find_on_server(
    session: &mut ImapSession,
    folder: &str,
    message_id: Option<&str>,
    raw: &[u8],
) -> Result<Option<u32>, Error> {
    session.select(folder).await?;
    let candidates = match message_id {
        Some(id) => session.uids_with_message_id(id).await?,
        // Without a Message-ID only the content tells; this happens for
        // at most one message per interrupted run.
        None => session.all_uids().await?,
    };
    let wanted = line_neutral_hash(raw);
    for uid in candidates {
        if line_neutral_hash(&session.fetch_message(uid).await?) == wanted {
            return Ok(Some(uid));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_is_added_once() {
        assert_eq!(with_crlf(b"a\nb\r\nc"), b"a\r\nb\r\nc");
        assert_eq!(
            line_neutral_hash(b"a\r\nb\n"),
            line_neutral_hash(b"a\nb\r\n")
        );
        assert_ne!(content_hash(b"a\r\n"), content_hash(b"a\n"));
        assert_eq!(
            append_flags(&[Flag::Seen, Flag::Deleted, Flag::Keyword("a b".into())]),
            [Flag::Seen]
        );
    }
}
