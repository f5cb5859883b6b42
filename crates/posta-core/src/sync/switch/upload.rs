//! The upload: a journal of every local message, then APPEND of each one
//! the server lacks, recorded durably as soon as the server accepted it.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::imap::{FlagChange, ImapSession};
use crate::message::{Flag, RemoteId};
use crate::store::{Sort, Store, SwitchEntry};
use crate::sync::CancelToken;
use crate::sync::{with_store, SharedStore};

/// What an upload run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UploadReport {
    /// Local messages in the journal.
    pub total: usize,
    /// Uploaded in this run.
    pub uploaded: usize,
    /// Found on the server already (same Message-ID and content).
    pub found: usize,
}

/// SHA-256 of a message, hex.
pub fn content_hash(raw: &[u8]) -> String {
    Sha256::digest(raw)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Puts every local message of the account with a body into the journal
/// (those already there keep their state).
fn plan(store: &Store, account: i64) -> Result<()> {
    // Their originals are on the server already; what arrived instead (a
    // stand-in, a copy of another size) must not join them.
    let kept = store.pop3_kept_messages(account)?;
    let mut entries = Vec::new();
    for folder in store.folders(account)?.into_iter().filter(|f| !f.shared) {
        let (total, _) = store.message_count(folder.id)?;
        for row in store.messages(folder.id, total as usize, 0, Sort::DateAsc)? {
            if kept.contains(&row.id) {
                continue;
            }
            if let Some(raw) = store.body(row.id)? {
                entries.push((row.id, folder.name.clone(), content_hash(&raw)));
            }
        }
    }
    let rows: Vec<(i64, &str, &str)> = entries
        .iter()
        .map(|(id, folder, hash)| (*id, folder.as_str(), hash.as_str()))
        .collect();
    Ok(store.switch_plan(account, &rows)?)
}

/// The flags a message is uploaded with: its state and tags, never
/// `\Deleted` or `\Recent`.
fn upload_flags(flags: &[Flag]) -> Vec<Flag> {
    flags
        .iter()
        .filter(|f| !matches!(f, Flag::Deleted))
        .filter(|f| match f {
            Flag::Keyword(k) => crate::message::is_valid_keyword(k),
            _ => true,
        })
        .cloned()
        .collect()
}

/// Uploads what the server lacks; `progress(done, total)` after each
/// message. Stops at the first refusal (a full mailbox says so in its
/// words) or lost connection; the journal keeps what was done.
pub async fn upload_local_mail(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<UploadReport> {
    let journal = with_store(store, |s| {
        plan(s, account)?;
        Ok(s.switch_journal(account)?)
    })?;
    let mut report = UploadReport {
        total: journal.len(),
        ..UploadReport::default()
    };
    let mut done = journal.iter().filter(|e| e.appended).count();
    progress(done, report.total);
    let mut by_folder: Vec<(String, Vec<SwitchEntry>)> = Vec::new();
    for entry in journal.into_iter().filter(|e| !e.appended) {
        match by_folder.iter_mut().find(|(f, _)| *f == entry.folder) {
            Some((_, entries)) => entries.push(entry),
            None => by_folder.push((entry.folder.clone(), vec![entry])),
        }
    }
    let existing: HashSet<String> = session
        .list_folders()
        .await?
        .into_iter()
        .map(|f| f.name)
        .collect();
    for (folder, entries) in by_folder {
        if !folder.eq_ignore_ascii_case("INBOX") {
            if !existing.contains(&folder) {
                session.create_folder(&folder).await?;
            }
            // Every time, not only after CREATE: a kill between the two
            // left a folder that later syncs would never show.
            // A server refusing SUBSCRIBE still gets the mail.
            let _ = session.subscribe(&folder).await;
        }
        let on_server = ServerCopies::read(session, &folder).await?;
        for entry in entries {
            if cancel.is_cancelled() {
                return Err(Error::Cancelled);
            }
            let (row, raw) = with_store(store, |s| {
                Ok((s.message(entry.message_id)?, s.body(entry.message_id)?))
            })?;
            let (Some(row), Some(raw)) = (row, raw) else {
                // Gone from here meanwhile (deleted by the user): nothing
                // to keep.
                with_store(store, |s| {
                    Ok(s.switch_appended(account, entry.message_id, None)?)
                })?;
                continue;
            };
            let uid = match on_server
                .find(session, row.message_id.as_deref(), &entry.hash)
                .await?
            {
                Some(uid) => {
                    // Already there (POP3 kept a copy, or an earlier run):
                    // its state becomes this one, set and cleared.
                    match_flags(session, uid, &upload_flags(&row.flags)).await?;
                    report.found += 1;
                    Some(uid)
                }
                None => {
                    let uid = session
                        .append_with_uid(&folder, &upload_flags(&row.flags), &raw)
                        .await?;
                    report.uploaded += 1;
                    uid
                }
            };
            with_store(store, |s| {
                Ok(s.switch_appended(account, entry.message_id, uid)?)
            })?;
            done += 1;
            progress(done, report.total);
        }
    }
    Ok(report)
}

/// Makes the flags of server message `uid` (in the selected folder) those
/// of `wanted`: read, answered, flagged, draft and tags as they are here,
/// whatever the server had (POP3's RETR may have marked it `\Seen`).
/// `\Deleted` is left as the server has it.
async fn match_flags(session: &mut ImapSession, uid: u32, wanted: &[Flag]) -> Result<()> {
    let on_server: Vec<Flag> = session
        .fetch_flags(&uid.to_string())
        .await?
        .into_iter()
        .filter(|(u, _)| *u == uid)
        .flat_map(|(_, flags)| flags)
        .filter(|f| *f != Flag::Deleted)
        .collect();
    let add: Vec<Flag> = wanted
        .iter()
        .filter(|f| !on_server.contains(f))
        .cloned()
        .collect();
    let remove: Vec<Flag> = on_server
        .iter()
        .filter(|f| !wanted.contains(f))
        .cloned()
        .collect();
    session.store_flags(&[uid], FlagChange::Add, &add).await?;
    session
        .store_flags(&[uid], FlagChange::Remove, &remove)
        .await
}

/// The messages already in a server folder, by Message-ID, to find a copy
/// an interrupted run uploaded without recording it.
struct ServerCopies {
    folder: String,
    by_id: HashMap<String, Vec<u32>>,
    without_id: Vec<u32>,
}

impl ServerCopies {
    async fn read(session: &mut ImapSession, folder: &str) -> Result<ServerCopies> {
        let status = session.select(folder).await?;
        let mut copies = ServerCopies {
            folder: folder.to_owned(),
            by_id: HashMap::new(),
            without_id: Vec::new(),
        };
        if status.exists == 0 {
            return Ok(copies);
        }
        for envelope in session.fetch_envelopes("1:*").await? {
            let RemoteId::Uid(uid) = envelope.id else {
                continue;
            };
            match envelope.headers.message_id {
                Some(id) => copies.by_id.entry(id).or_default().push(uid),
                None => copies.without_id.push(uid),
            }
        }
        Ok(copies)
    }

    /// The UID of a server message with this Message-ID and content.
    async fn find(
        &self,
        session: &mut ImapSession,
        message_id: Option<&str>,
        hash: &str,
    ) -> Result<Option<u32>> {
        let candidates = match message_id {
            Some(id) => self.by_id.get(id).map(Vec::as_slice).unwrap_or_default(),
            None => self.without_id.as_slice(),
        };
        if candidates.is_empty() {
            return Ok(None);
        }
        session.select(&self.folder).await?;
        for uid in candidates {
            if content_hash(&session.fetch_message(*uid).await?) == hash {
                return Ok(Some(*uid));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_carry_state_and_tags_but_not_deletion() {
        let flags = [
            Flag::Seen,
            Flag::Deleted,
            Flag::Keyword("$label1".into()),
            Flag::Keyword("two words".into()),
        ];
        assert_eq!(
            upload_flags(&flags),
            [Flag::Seen, Flag::Keyword("$label1".into())]
        );
        assert_eq!(content_hash(b"").len(), 64);
    }
}
