//! Searching on the server (issue 34): `UID SEARCH CHARSET UTF-8 TEXT` in
//! each folder of an account, for words in mail whose text is not on this
//! computer. What is found and not listed here yet (newer than the last
//! sync) is listed first, so every hit opens like a local one. Bounded in
//! count (newest first) and in time (what was found by then is kept).

use std::time::Instant;

use crate::error::{Error, Result};
use crate::imap::{uid_set, ImapSession};
use crate::store::MessageRow;
use crate::sync::{with_store, SharedStore};

/// What a search on the server found.
#[derive(Debug, Default)]
pub struct ServerFound {
    /// The messages, newest first.
    pub rows: Vec<MessageRow>,
    /// More were found than the limit let through.
    pub cut: bool,
    /// The time ran out before every folder was searched.
    pub timed_out: bool,
}

/// Searches `account`'s folders (only `folder` when given, by name) for
/// `text`, keeping at most `limit` messages; stops at `deadline`.
pub async fn search_on_server(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    folder: Option<&str>,
    text: &str,
    limit: usize,
    deadline: Instant,
) -> Result<ServerFound> {
    let folders = with_store(store, |s| Ok(s.folders(account)?))?;
    let folders: Vec<_> = folders
        .into_iter()
        .filter(|f| f.selectable && !f.local)
        .filter(|f| match folder {
            Some(name) => f.name == name,
            None => f.subscribed,
        })
        .collect();
    let mut found = ServerFound::default();
    for row in folders {
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            found.timed_out = true;
            break;
        };
        let searched = tokio::time::timeout(left, async {
            session.examine(&row.name).await?;
            session.search_text(text).await
        })
        .await;
        let mut uids = match searched {
            Ok(uids) => uids?,
            Err(_) => {
                found.timed_out = true;
                break;
            }
        };
        // Newest first: the highest UIDs.
        if uids.len() > limit {
            found.cut = true;
            uids.drain(..uids.len() - limit);
        }
        let unknown: Vec<u32> = with_store(store, |s| {
            let mut unknown = Vec::new();
            for uid in &uids {
                if s.message_by_uid(row.id, *uid)?.is_none() {
                    unknown.push(*uid);
                }
            }
            Ok(unknown)
        })?;
        if let Some(set) = uid_set(&unknown) {
            let envelopes = session.fetch_envelopes(&set).await?;
            with_store(store, |s| Ok(s.upsert_messages(row.id, &envelopes)?))?;
        }
        with_store(store, |s| {
            for uid in &uids {
                if let Some(message) = s.message_by_uid(row.id, *uid)? {
                    found.rows.push(message);
                }
            }
            Ok(())
        })?;
    }
    found.rows.sort_by_key(|row| std::cmp::Reverse(row.date));
    if found.rows.len() > limit {
        found.cut = true;
        found.rows.truncate(limit);
    }
    if found.rows.is_empty() && found.timed_out {
        return Err(Error::timed_out("searching on the server"));
    }
    Ok(found)
}
