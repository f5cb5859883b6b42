//! The periodic check of every folder (what keeps folders the user is not
//! looking at fresh): LIST for created, renamed and deleted folders, the
//! counters of every folder in one round trip where the server offers
//! LIST-STATUS, and a CONDSTORE/QRESYNC resync only of the folders whose
//! counters moved. Tag definitions shared through METADATA come with it.

use std::collections::HashMap;

use super::imap::{drop_placeholders, sync_folder, sync_folder_list};
use super::{with_store, CancelToken, Event, SharedStore, SyncOptions, SyncSummary};
use crate::error::{Error, Result};
use crate::imap::{FolderCounters, ImapSession};
use crate::store::FolderRow;

/// What one check found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckSummary {
    /// Folders whose counters had moved and were resynced.
    pub resynced: usize,
    /// Folders created, renamed or deleted elsewhere.
    pub folders_changed: bool,
    /// Tag definitions changed elsewhere.
    pub tags_changed: bool,
    /// The resyncs' counts, added up.
    pub sync: SyncSummary,
}

impl CheckSummary {
    /// True when the store changed and views should reload.
    pub fn changed(&self) -> bool {
        self.folders_changed
            || self.tags_changed
            || self.sync.new_messages + self.sync.flag_changes + self.sync.removed > 0
            || self.sync.replayed + self.sync.refused > 0
    }
}

/// True when the server's counters say `folder` changed since its last
/// sync; `local` is the store's (total, unread) for it. UNSEEN and the
/// message count catch reads and deletions on servers without CONDSTORE.
pub fn needs_resync(folder: &FolderRow, server: &FolderCounters, local: (u64, u64)) -> bool {
    folder.uid_validity.is_none()
        || folder.uid_validity != server.uid_validity
        || folder.uid_next != server.uid_next
        || server
            .highest_modseq
            .is_some_and(|m| Some(m) != folder.highest_modseq)
        || u64::from(server.messages) != local.0
        || server.unseen.is_some_and(|u| u64::from(u) != local.1)
}

/// Checks every folder of `account` and resyncs those that changed; the
/// offline queue goes first so the server sees the user's changes.
pub async fn check_account(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<CheckSummary> {
    let mut out = CheckSummary::default();
    let (replayed, refused) = super::replay::replay(session, store, account, events).await?;
    out.sync.replayed = replayed;
    out.sync.refused = refused;
    let before = folder_names(store, account)?;
    let folders = sync_folder_list(session, store, account).await?;
    if replayed + refused > 0 {
        drop_placeholders(store, account, &folders)?;
    }
    out.folders_changed = folder_names(store, account)? != before;
    let tags_before = with_store(store, |s| Ok(s.tags(account)?))?;
    super::tags::pull_tags(session, store, account).await?;
    out.tags_changed = with_store(store, |s| Ok(s.tags(account)?))? != tags_before;
    // Unsubscribed folders are not checked (the user chose not to see them).
    let selectable: Vec<&FolderRow> = folders
        .iter()
        .filter(|f| f.selectable && f.subscribed)
        .collect();
    let names: Vec<String> = selectable.iter().map(|f| f.name.clone()).collect();
    let counters = session.counters_of_all(&names).await?;
    let local: HashMap<i64, (u64, u64)> = with_store(store, |s| {
        selectable
            .iter()
            .map(|f| Ok((f.id, s.message_count(f.id)?)))
            .collect::<Result<_>>()
    })?;
    for folder in selectable {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let Some(server) = counters.get(&folder.name) else {
            continue;
        };
        let here = local.get(&folder.id).copied().unwrap_or_default();
        if !needs_resync(folder, server, here) {
            continue;
        }
        let counts = sync_folder(
            session,
            store,
            folder,
            &SyncOptions::default(),
            cancel,
            events,
        )
        .await?;
        out.resynced += 1;
        out.sync.folders += 1;
        out.sync.new_messages += counts.new_messages;
        out.sync.flag_changes += counts.flag_changes;
        out.sync.removed += counts.removed;
        events(Event::FolderSynced {
            account,
            folder: folder.name.clone(),
        });
    }
    Ok(out)
}

/// Each folder's name and whether it is subscribed: a subscription changed
/// on another device changes the tree as a new folder does.
fn folder_names(store: &SharedStore, account: i64) -> Result<Vec<(String, bool)>> {
    with_store(store, |s| {
        let mut names: Vec<(String, bool)> = s
            .folders(account)?
            .into_iter()
            .map(|f| (f.name, f.subscribed))
            .collect();
        names.sort();
        Ok(names)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synced() -> FolderRow {
        FolderRow {
            uid_validity: Some(1),
            uid_next: Some(10),
            highest_modseq: Some(50),
            ..FolderRow::default()
        }
    }

    fn counters() -> FolderCounters {
        FolderCounters {
            messages: 9,
            uid_validity: Some(1),
            uid_next: Some(10),
            highest_modseq: Some(50),
            unseen: Some(2),
        }
    }

    #[test]
    fn unchanged_counters_mean_no_resync() {
        assert!(!needs_resync(&synced(), &counters(), (9, 2)));
    }

    #[test]
    fn any_moved_counter_means_a_resync() {
        let folder = synced();
        let cases = [
            FolderCounters {
                uid_next: Some(11),
                ..counters()
            },
            FolderCounters {
                highest_modseq: Some(51),
                ..counters()
            },
            FolderCounters {
                uid_validity: Some(2),
                ..counters()
            },
            FolderCounters {
                messages: 8,
                ..counters()
            },
            FolderCounters {
                unseen: Some(1),
                ..counters()
            },
        ];
        for server in cases {
            assert!(needs_resync(&folder, &server, (9, 2)), "{server:?}");
        }
        // Never synced: always.
        assert!(needs_resync(&FolderRow::default(), &counters(), (0, 0)));
    }

    #[test]
    fn a_server_without_condstore_is_judged_by_counts() {
        let folder = FolderRow {
            highest_modseq: None,
            ..synced()
        };
        let server = FolderCounters {
            highest_modseq: None,
            ..counters()
        };
        assert!(!needs_resync(&folder, &server, (9, 2)));
        assert!(needs_resync(&folder, &server, (9, 3)));
    }
}
