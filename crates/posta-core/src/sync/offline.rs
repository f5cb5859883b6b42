//! Downloading an IMAP folder's bodies for reading offline, as mbsync and
//! Dovecot's own tools do it: whole groups of messages in one pipelined
//! `UID FETCH` (no round trip per message), each body written and synced
//! into the Maildir on the blocking pool while the next group streams in,
//! then one directory sync and one transaction for the group. A body
//! counts as downloaded only once its file, its name and its row are
//! recorded; a crash before that leaves at most a file the next sync
//! replaces. The bodies' text enters the search index afterwards, through
//! the indexer that runs after every sync (`super::indexer`).

use std::sync::Arc;

use super::shared::joined;
use super::{with_store, SharedStore};
use super::{CancelToken, Event, Progress};
use crate::error::{Error, Result};
use crate::imap::ImapSession;
use crate::message::Flag;
use crate::store::{FolderRow, Maildir, RealFiles, Sort, WrittenBody};

/// At most this many messages in one `UID FETCH`.
const GROUP_MESSAGES: usize = 64;
/// At most this many announced bytes in one `UID FETCH` (a larger message
/// is a group of its own): what is held in memory per group.
const GROUP_BYTES: u64 = 8 << 20;

/// A message whose body the store lacks.
#[derive(Debug, Clone)]
struct Missing {
    id: i64,
    uid: u32,
    size: u64,
    flags: Vec<Flag>,
}

/// Whether `folder` has messages on the server whose whole body the store
/// lacks (a cheap look before selecting the folder for them).
pub(super) fn lacks_bodies(store: &SharedStore, folder: &FolderRow) -> Result<bool> {
    with_store(store, |s| Ok(s.lacks_bodies(folder.id)?))
}

/// Downloads the bodies the store lacks in the selected `folder`, newest
/// first; progress (bodies here of those missing) after each group.
pub(super) async fn download_bodies(
    session: &mut ImapSession,
    store: &SharedStore,
    folder: &FolderRow,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<()> {
    let (maildir, missing) = with_store(store, |s| {
        let rows = s.messages(folder.id, usize::MAX >> 1, 0, Sort::DateDesc)?;
        let missing: Vec<Missing> = rows
            .into_iter()
            .filter(|m| !m.has_body)
            .filter_map(|m| {
                Some(Missing {
                    id: m.id,
                    uid: m.uid?,
                    size: m.size,
                    flags: m.flags,
                })
            })
            .collect();
        if missing.is_empty() {
            return Ok((None, missing));
        }
        Ok((Some(s.folder_maildir(folder.id)?), missing))
    })?;
    let Some(maildir) = maildir else {
        return Ok(());
    };
    let total = missing.len();
    let mut done = 0;
    let mut recording: Option<tokio::task::JoinHandle<Result<()>>> = None;
    for group in groups(missing) {
        if cancel.is_cancelled() {
            break;
        }
        let fetched = fetch(session, &group).await?;
        if let Some(previous) = recording.take() {
            joined(previous).await?;
        }
        done += group.len();
        events(Event::Progress(Progress {
            account: folder.account,
            folder: folder.name.clone(),
            done,
            total,
        }));
        let (store, maildir) = (Arc::clone(store), maildir.clone());
        recording = Some(tokio::task::spawn_blocking(move || {
            record(&store, &maildir, &group, fetched)
        }));
    }
    if let Some(previous) = recording {
        joined(previous).await?;
    }
    if cancel.is_cancelled() {
        return Err(Error::Cancelled);
    }
    Ok(())
}

/// Splits the messages into groups of at most [`GROUP_MESSAGES`] and
/// [`GROUP_BYTES`]; a message whose size is not known is a group of its own.
fn groups(missing: Vec<Missing>) -> Vec<Vec<Missing>> {
    let mut groups: Vec<Vec<Missing>> = Vec::new();
    let mut bytes = 0;
    for message in missing {
        let fits = groups.last().is_some_and(|open| {
            open.len() < GROUP_MESSAGES
                && bytes + message.size <= GROUP_BYTES
                && message.size > 0
                && open[0].size > 0
        });
        if fits {
            bytes += message.size;
            if let Some(open) = groups.last_mut() {
                open.push(message);
            }
        } else {
            bytes = message.size;
            groups.push(vec![message]);
        }
    }
    groups
}

/// The group's bodies, by UID.
async fn fetch(session: &mut ImapSession, group: &[Missing]) -> Result<Vec<(u32, Vec<u8>)>> {
    match group {
        [one] if one.size == 0 => {
            let raw = session.fetch_message_sized(one.uid, 0).await?;
            Ok(vec![(one.uid, raw)])
        }
        _ => {
            let wanted: Vec<(u32, u64)> = group.iter().map(|m| (m.uid, m.size)).collect();
            session.fetch_messages(&wanted).await
        }
    }
}

/// Writes and syncs each body into `cur/`, syncs the directory once, and
/// records the lot. On a failure nothing of the group stays on disk.
fn record(
    store: &SharedStore,
    maildir: &Maildir,
    group: &[Missing],
    fetched: Vec<(u32, Vec<u8>)>,
) -> Result<()> {
    let mut written = Vec::with_capacity(fetched.len());
    let delivered = fetched.into_iter().try_for_each(|(uid, raw)| {
        let Some(message) = group.iter().find(|m| m.uid == uid) else {
            return Ok(());
        };
        let mut delivery = maildir.begin(&RealFiles)?;
        delivery.write_body(&raw)?;
        let body = delivery.finish_unsynced(&message.flags)?;
        written.push(WrittenBody {
            message_id: message.id,
            body,
            // The indexer reads it from the file, after the download.
            text: String::new(),
        });
        Ok::<_, crate::store::StoreError>(())
    });
    let synced = delivered.and_then(|()| maildir.sync_cur());
    if let Err(err) = synced {
        for body in &written {
            let _ = std::fs::remove_file(&body.body.path);
        }
        return Err(err.into());
    }
    with_store(store, |s| Ok(s.record_bodies_unindexed(&written)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(uid: u32, size: u64) -> Missing {
        Missing {
            id: i64::from(uid),
            uid,
            size,
            flags: Vec::new(),
        }
    }

    #[test]
    fn groups_are_bounded_by_count_and_bytes() {
        let many: Vec<Missing> = (1..=130).map(|uid| missing(uid, 1000)).collect();
        let sizes: Vec<usize> = groups(many).iter().map(Vec::len).collect();
        assert_eq!(sizes, [64, 64, 2]);

        let big = vec![
            missing(1, 5 << 20),
            missing(2, 4 << 20),
            missing(3, 20 << 20),
            missing(4, 10),
        ];
        let uids: Vec<Vec<u32>> = groups(big)
            .iter()
            .map(|g| g.iter().map(|m| m.uid).collect())
            .collect();
        assert_eq!(uids, [vec![1], vec![2], vec![3], vec![4]]);
    }

    #[test]
    fn a_message_of_unknown_size_is_fetched_alone() {
        let list = vec![
            missing(1, 10),
            missing(2, 0),
            missing(3, 10),
            missing(4, 10),
        ];
        let uids: Vec<Vec<u32>> = groups(list)
            .iter()
            .map(|g| g.iter().map(|m| m.uid).collect())
            .collect();
        assert_eq!(uids, [vec![1], vec![2], vec![3, 4]]);
    }
}
