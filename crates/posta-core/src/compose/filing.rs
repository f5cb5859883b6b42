//! Copies of what was sent (and drafts) where the user will look for them:
//! for IMAP in the server's Sent/Drafts folder, uploaded with APPEND through
//! the offline op queue (so it works offline and survives a restart); for
//! POP3 in the local Sent/Drafts folder. Either way the copy shows in the
//! folder at once: a local row, which for IMAP is a placeholder the sync
//! replaces with the server's copy once the upload is done.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};
use crate::imap::SpecialUse;
use crate::message::{parse_headers, Envelope, Flag, RemoteId};
use crate::store::maildir::unique_name;
use crate::store::paths::{create_private_dir, sync_dir};
use crate::store::{AccountConfig, Op, PostaHome, Sort, Store};

/// Uploads younger than this are never pruned: their op may not be queued
/// yet.
const PRUNE_GRACE: Duration = Duration::from_secs(600);

/// Where a copy went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filed {
    /// The folder it shows in.
    pub folder_id: i64,
    /// Its row in the store.
    pub message_id: i64,
    /// The queued upload (IMAP), if any.
    pub upload: Option<i64>,
}

/// Adds `raw` to a folder as a message that exists only here (until the
/// sync brings the server's copy), body included; returns its row id.
pub(super) fn add_local_row(
    store: &Store,
    folder_id: i64,
    raw: &[u8],
    flags: &[Flag],
) -> Result<i64> {
    // A local message has neither UID nor UIDL; the store keys rows by one
    // of them, so it gets a UIDL no server hands out.
    let key = format!("posta-local-{}", unique_name());
    let envelope = Envelope {
        id: RemoteId::Uidl(key.clone()),
        flags: flags.to_vec(),
        size: raw.len() as u64,
        headers: parse_headers(raw),
    };
    store.upsert_messages(folder_id, std::slice::from_ref(&envelope))?;
    let row = store
        .messages(folder_id, usize::MAX >> 1, 0, Sort::DateDesc)?
        .into_iter()
        .find(|m| m.uidl.as_deref() == Some(key.as_str()))
        .ok_or_else(|| Error::protocol("the copy could not be added to the folder"))?;
    store.store_body(row.id, raw)?;
    Ok(row.id)
}

/// Writes an upload durably into `home/uploads` and returns its path.
pub(super) fn write_upload(home: &PostaHome, raw: &[u8]) -> io::Result<PathBuf> {
    let dir = uploads_dir(home);
    create_private_dir(&dir)?;
    let name = format!("{}.eml", unique_name());
    let tmp = dir.join(format!(".{name}.tmp"));
    let path = dir.join(&name);
    let written = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(raw)?;
        file.sync_all()?;
        fs::rename(&tmp, &path)?;
        sync_dir(&dir)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.map(|()| path)
}

fn uploads_dir(home: &PostaHome) -> PathBuf {
    home.root.join("uploads")
}

/// Files `raw` in the account's `role` folder (Sent, Drafts) with `flags`.
pub fn file_copy(
    store: &Store,
    home: &PostaHome,
    account: &AccountConfig,
    role: SpecialUse,
    raw: &[u8],
    flags: &[Flag],
) -> Result<Filed> {
    store.ensure_account(account.id, &account.name)?;
    let folder = store.special_folder_or_new(account, role)?;
    let upload = if folder.local {
        None
    } else {
        let path = write_upload(home, raw)?;
        let op = Op::Append {
            folder: folder.name.clone(),
            flags: flags.to_vec(),
            path: path.clone(),
        };
        match store.enqueue(account.id, &op) {
            Ok(id) => Some(id),
            Err(err) => {
                let _ = fs::remove_file(&path);
                return Err(err.into());
            }
        }
    };
    let message_id = add_local_row(store, folder.id, raw, flags)?;
    Ok(Filed {
        folder_id: folder.id,
        message_id,
        upload,
    })
}

/// Removes uploads no queued operation refers to any more (the replay does
/// not delete what it appended). Returns how many went.
pub fn prune_uploads(store: &Store, home: &PostaHome) -> Result<usize> {
    let dir = uploads_dir(home);
    let listing = match fs::read_dir(&dir) {
        Ok(listing) => listing,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(err) => return Err(err.into()),
    };
    let mut referenced: HashSet<PathBuf> = HashSet::new();
    for (account, _) in store.accounts()? {
        let pending = store.pending_ops(account)?.into_iter().map(|(_, op)| op);
        let failed = store.failed_ops(account)?.into_iter().map(|(_, op, _)| op);
        for op in pending.chain(failed) {
            if let Some(path) = op.upload_path() {
                referenced.insert(path.to_owned());
            }
        }
    }
    let mut removed = 0;
    for item in listing {
        let item = item?;
        let path = item.path();
        if referenced.contains(&path) || !is_old(&path) {
            continue;
        }
        if fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

fn is_old(path: &Path) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age > PRUNE_GRACE)
}
