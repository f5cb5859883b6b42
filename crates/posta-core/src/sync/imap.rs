//! IMAP sync of one account into the store: folders, then each folder's
//! messages — newest first in batches on the first sync, then only what
//! changed (QRESYNC, CONDSTORE, or a full comparison where the server has
//! neither).

use std::collections::{HashMap, HashSet};

use super::progress::check;
use super::{CancelToken, ChangeDetection, Event, SyncOptions, SyncSummary};
use crate::error::{Error, Result};
use crate::imap::ImapSession;
use crate::message::Flag;
use crate::store::{FolderRow, Sort};
// The old path, still used by the window and the tests (other engineers are
// editing those files now; the imports move once their work is merged).
pub use super::shared::{with_store, SharedStore};

fn store_err(err: crate::store::StoreError) -> Error {
    Error::from(err)
}

/// Syncs every folder of `account`: first the offline queue is replayed, so
/// the server sees the user's changes before we read its state.
pub async fn sync_account(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    options: &SyncOptions,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let mut summary = SyncSummary::default();
    let (replayed, refused) = super::replay::replay(session, store, account, events).await?;
    summary.replayed = replayed;
    summary.refused = refused;
    let folders = sync_folder_list(session, store, account).await?;
    if replayed + refused > 0 {
        drop_placeholders(store, account, &folders)?;
    }
    super::tags::pull_tags(session, store, account).await?;
    for folder in folders.iter().filter(|f| f.selectable && f.subscribed) {
        check(cancel)?;
        let counts = sync_folder(session, store, folder, options, cancel, events).await?;
        summary.folders += 1;
        summary.new_messages += counts.new_messages;
        summary.flag_changes += counts.flag_changes;
        summary.removed += counts.removed;
        events(Event::FolderSynced {
            account,
            folder: folder.name.clone(),
        });
    }
    Ok(summary)
}

/// A message moved while offline sits in its target folder without a UID
/// until the server gives it one. Once the queue is replayed the server's
/// copy is the truth: the placeholders go and the folder sync brings the
/// real messages (or, for a refused move, the message back where it was).
pub(super) fn drop_placeholders(
    store: &SharedStore,
    account: i64,
    folders: &[FolderRow],
) -> Result<()> {
    with_store(store, |s| {
        if !s.pending_ops(account).map_err(store_err)?.is_empty() {
            return Ok(());
        }
        for folder in folders {
            let rows = s
                .messages(folder.id, usize::MAX >> 1, 0, Sort::DateDesc)
                .map_err(store_err)?;
            for row in rows.iter().filter(|m| m.uid.is_none()) {
                s.delete_message(row.id).map_err(store_err)?;
            }
        }
        Ok(())
    })
}

/// Brings the local folder list in line with the server's and returns it.
pub async fn sync_folder_list(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
) -> Result<Vec<FolderRow>> {
    let remote = session.list_folders().await?;
    // Every IMAP server has an INBOX (RFC 3501). A list without one is cut
    // short (a connection that died under the parser answers an empty
    // list): trusting it would remove every folder here.
    if !remote.iter().any(|f| f.name.eq_ignore_ascii_case("INBOX")) {
        return Err(Error::protocol(
            "the server's folder list has no INBOX, so it is incomplete; nothing was changed",
        ));
    }
    let subscribed = subscriptions(session, &remote).await?;
    // What the user may do in folders others share: the UI hides the rest.
    let mut rights = Vec::new();
    if session.has_capability("ACL") {
        for folder in remote.iter().filter(|f| f.shared && f.selectable) {
            if let Ok(r) = session.my_rights(&folder.name).await {
                rights.push((folder.name.clone(), r));
            }
        }
    }
    with_store(store, |s| {
        let known = s.folders(account).map_err(store_err)?;
        let names: HashSet<&str> = remote.iter().map(|f| f.name.as_str()).collect();
        for gone in known
            .iter()
            .filter(|f| !f.local && !names.contains(f.name.as_str()))
        {
            s.remove_folder(gone.id).map_err(store_err)?;
        }
        let rows: Vec<FolderRow> = remote
            .iter()
            .map(|f| FolderRow::from_folder(account, f))
            .collect();
        let ids = s.upsert_folders(account, &rows).map_err(store_err)?;
        for ((folder, id), subscribed) in remote.iter().zip(ids).zip(&subscribed) {
            if let Some((_, r)) = rights.iter().find(|(name, _)| *name == folder.name) {
                s.set_folder_rights(id, Some(r)).map_err(store_err)?;
            }
            s.set_folder_subscribed(id, *subscribed)
                .map_err(store_err)?;
        }
        s.folders(account).map_err(store_err)
    })
    .map(|all| all.into_iter().filter(|f| !f.local).collect())
}

/// Whether each of `remote` counts as subscribed, in order. A server that
/// refuses LSUB keeps no subscriptions: every folder counts.
async fn subscriptions(
    session: &mut ImapSession,
    remote: &[crate::imap::Folder],
) -> Result<Vec<bool>> {
    let names = match session.subscribed_names().await {
        Ok(names) => names,
        Err(err) if err.kind() == crate::error::ErrorKind::Protocol => {
            log::debug!("the server refused LSUB: {err}");
            Vec::new()
        }
        Err(err) => return Err(err),
    };
    Ok(subscribed_folders(remote, &names))
}

/// Which folders are shown and checked, as Thunderbird decides: those the
/// server lists as subscribed, and always INBOX, special-use folders and
/// folders others share (their namespace keeps no subscriptions of ours).
/// With no subscription at all (a fresh Dovecot account has none) every
/// folder counts, so nothing is ever hidden by a server that never heard
/// of subscriptions. A container counts when something under it does.
pub fn subscribed_folders(remote: &[crate::imap::Folder], names: &[String]) -> Vec<bool> {
    let set: HashSet<&str> = names.iter().map(String::as_str).collect();
    let own: Vec<bool> = remote
        .iter()
        .map(|f| {
            set.is_empty()
                || f.role.is_some()
                || f.shared
                || f.name.eq_ignore_ascii_case("INBOX")
                || set.contains(f.name.as_str())
        })
        .collect();
    remote
        .iter()
        .zip(&own)
        .map(|(f, shown)| {
            *shown
                || (!f.selectable
                    && f.delimiter.is_some_and(|d| {
                        let prefix = format!("{}{d}", f.name);
                        remote
                            .iter()
                            .zip(&own)
                            .any(|(child, on)| *on && child.name.starts_with(&prefix))
                    }))
        })
        .collect()
}

/// Syncs one folder; see the module documentation for the strategy.
pub async fn sync_folder(
    session: &mut ImapSession,
    store: &SharedStore,
    folder: &FolderRow,
    options: &SyncOptions,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let mut counts = SyncSummary::default();
    let detection = effective_detection(session, options.detection);
    // Cheap check first: unchanged counters mean nothing to do at all.
    let counters = session.counters(&folder.name).await?;
    let same_validity =
        folder.uid_validity.is_some() && folder.uid_validity == counters.uid_validity;
    if same_validity
        && detection != ChangeDetection::Full
        && counters.highest_modseq.is_some()
        && counters.highest_modseq == folder.highest_modseq
        && counters.uid_next == folder.uid_next
    {
        // Nothing changed, but offline reading may just have been turned
        // on: the bodies of what is listed still come.
        if options.download_bodies && super::offline::lacks_bodies(store, folder)? {
            session.select(&folder.name).await?;
            super::offline::download_bodies(session, store, folder, cancel, events).await?;
        }
        return Ok(counts);
    }
    if !same_validity && folder.uid_validity.is_some() {
        // UIDVALIDITY changed: every cached UID is void.
        with_store(store, |s| s.reset_folder(folder.id).map_err(store_err))?;
    }
    let local = with_store(store, |s| s.uid_flags(folder.id).map_err(store_err))?;
    // Synced before (messages here, or an empty folder whose MODSEQ we know).
    let incremental = same_validity && (!local.is_empty() || folder.highest_modseq.is_some());
    let known_modseq = folder.highest_modseq.filter(|_| incremental);

    let (state, server_uids, changed) = match (detection, known_modseq, counters.uid_validity) {
        (ChangeDetection::Qresync, Some(modseq), Some(validity)) => {
            session.enable_qresync().await?;
            let resync = session
                .select_qresync(&folder.name, validity, modseq)
                .await?;
            let vanished = &resync.vanished;
            let state = (resync.uid_validity, resync.uid_next, resync.highest_modseq);
            // Local UIDs minus the vanished ones are what the server still has.
            let uids: Option<HashSet<u32>> = Some(
                local
                    .iter()
                    .map(|(u, _)| *u)
                    .filter(|u| !vanished.contains(*u))
                    .collect(),
            );
            (state, uids, resync.changed)
        }
        (ChangeDetection::Condstore, Some(modseq), _) => {
            let status = session.select(&folder.name).await?;
            let changed = session.changed_since(modseq).await?;
            let uids: HashSet<u32> = session.all_uids().await?.into_iter().collect();
            (
                (status.uid_validity, status.uid_next, status.highest_modseq),
                Some(uids),
                changed,
            )
        }
        _ => {
            let status = session.select(&folder.name).await?;
            let state = (status.uid_validity, status.uid_next, status.highest_modseq);
            if incremental {
                let flags = session.fetch_flags("1:*").await?;
                let uids: HashSet<u32> = flags.iter().map(|(u, _)| *u).collect();
                (state, Some(uids), flags)
            } else {
                (state, None, Vec::new())
            }
        }
    };

    match server_uids {
        None => {
            counts.new_messages = super::first_sync::first_sync(
                session,
                store,
                folder,
                counters.uid_next,
                options,
                cancel,
                events,
            )
            .await?;
        }
        Some(server_uids) => {
            let local_flags: HashMap<u32, &Vec<Flag>> =
                local.iter().map(|(u, f)| (*u, f)).collect();
            let removed: Vec<u32> = local_flags
                .keys()
                .copied()
                .filter(|u| !server_uids.contains(u))
                .collect();
            let updates: Vec<(u32, Vec<Flag>)> = changed
                .into_iter()
                .filter(|(uid, flags)| local_flags.get(uid).is_some_and(|f| *f != flags))
                .collect();
            let max_local = local_flags.keys().copied().max().unwrap_or(0);
            with_store(store, |s| {
                s.remove_messages(folder.id, &removed).map_err(store_err)?;
                for (uid, flags) in &updates {
                    s.set_flags(folder.id, *uid, flags).map_err(store_err)?;
                }
                Ok(())
            })?;
            counts.removed = removed.len();
            counts.flag_changes = updates.len();
            // New mail: everything above the highest UID we have.
            if state.1.is_some_and(|next| next > max_local + 1) || state.1.is_none() {
                let envelopes = session
                    .fetch_envelopes(&format!("{}:*", max_local + 1))
                    .await?;
                let new: Vec<_> = envelopes
                    .into_iter()
                    .filter(|e| matches!(e.id, crate::message::RemoteId::Uid(u) if u > max_local))
                    .collect();
                counts.new_messages = new.len();
                with_store(store, |s| {
                    s.upsert_messages(folder.id, &new).map_err(store_err)
                })?;
            }
        }
    }
    if options.download_bodies {
        super::offline::download_bodies(session, store, folder, cancel, events).await?;
    }
    with_store(store, |s| {
        s.set_folder_sync_state(folder.id, state.0, state.1, state.2)
            .map_err(store_err)
    })?;
    Ok(counts)
}

fn effective_detection(session: &ImapSession, wanted: ChangeDetection) -> ChangeDetection {
    let qresync = session.has_capability("QRESYNC");
    let condstore = session.has_capability("CONDSTORE") || qresync;
    match wanted {
        ChangeDetection::Auto if qresync => ChangeDetection::Qresync,
        ChangeDetection::Auto if condstore => ChangeDetection::Condstore,
        ChangeDetection::Auto => ChangeDetection::Full,
        ChangeDetection::Qresync if !qresync => effective_detection(session, ChangeDetection::Auto),
        ChangeDetection::Condstore if !condstore => ChangeDetection::Full,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::subscribed_folders;
    use crate::imap::{Folder, SpecialUse};

    fn folder(name: &str, role: Option<SpecialUse>, selectable: bool) -> Folder {
        Folder {
            name: name.into(),
            wire_name: name.into(),
            delimiter: Some('/'),
            role,
            selectable,
            shared: false,
        }
    }

    #[test]
    fn subscriptions_decide_except_for_inbox_special_and_none_at_all() {
        let remote = vec![
            folder("INBOX", Some(SpecialUse::Inbox), true),
            folder("Sent", Some(SpecialUse::Sent), true),
            folder("Projekty", None, true),
            folder("Stare", None, true),
            folder("Lata", None, false),
            folder("Lata/2019", None, true),
            folder("Puste", None, false),
            folder("Puste/x", None, true),
        ];
        let names = vec!["Projekty".to_owned(), "Lata/2019".to_owned()];
        assert_eq!(
            subscribed_folders(&remote, &names),
            [true, true, true, false, true, true, false, false]
        );
        // No subscription at all: nothing is hidden.
        assert!(subscribed_folders(&remote, &[]).iter().all(|s| *s));
    }
}
