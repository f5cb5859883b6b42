//! Replays the offline queue to the server, in order. A change the server
//! refuses is marked failed and reported — never retried forever, never
//! dropped silently; a lost connection stops the replay and leaves the rest
//! queued for next time.

use super::Event;
use super::{with_store, SharedStore};
use crate::error::{Error, ErrorKind, Result};
use crate::imap::{FlagChange, ImapSession};
use crate::store::Op;

/// Sends every pending change of `account`; returns (sent, refused).
pub async fn replay(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<(usize, usize)> {
    let pending = with_store(store, |s| s.pending_ops(account).map_err(Error::from))?;
    let (mut sent, mut refused) = (0, 0);
    for (id, op) in pending {
        match apply(session, store, &op).await {
            Ok(()) => {
                with_store(store, |s| s.complete_op(id).map_err(Error::from))?;
                sent += 1;
            }
            Err(err) if is_refusal(&err) => {
                with_store(store, |s| {
                    s.fail_op(id, &err.to_string()).map_err(Error::from)
                })?;
                events(Event::ChangeRefused {
                    account,
                    op: id,
                    error: err,
                });
                refused += 1;
            }
            Err(err) => return Err(err),
        }
    }
    Ok((sent, refused))
}

/// The server answered NO/BAD (or the change cannot be expressed): retrying
/// will not help. Anything else (network, timeout) is worth a retry later.
fn is_refusal(err: &Error) -> bool {
    matches!(err.kind(), ErrorKind::Protocol | ErrorKind::Unsupported)
}

async fn apply(session: &mut ImapSession, store: &SharedStore, op: &Op) -> Result<()> {
    match op {
        Op::SetFlags {
            folder,
            uid,
            add,
            remove,
        } => {
            session.select_for_change(folder).await?;
            session.store_flags(&[*uid], FlagChange::Add, add).await?;
            session
                .store_flags(&[*uid], FlagChange::Remove, remove)
                .await
        }
        Op::Move {
            folder,
            uid,
            to,
            message,
        } => {
            session.select_for_change(folder).await?;
            let moved = session.move_message(*uid, to).await?;
            // The copy shown in `to` gets its UID now, so a flag set on it
            // before the next check reaches the server too.
            // The move is done either way: a failure here leaves it to the
            // next sync of the folder, never sends the MOVE again.
            if let (Some(moved), Some(message)) = (moved, message) {
                let assigned = with_store(store, |s| {
                    s.assign_moved_uid(*message, to, moved.uid_validity, moved.uid)
                        .map_err(Error::from)
                });
                if let Err(err) = assigned {
                    log::debug!("the moved message's new UID was not kept: {err}");
                }
            }
            Ok(())
        }
        Op::Copy { folder, uid, to } => {
            session.select_for_change(folder).await?;
            session.copy_messages(&[*uid], to).await
        }
        Op::StoreFlags {
            folder,
            uids,
            add,
            remove,
        }
        | Op::FlagMany {
            folder,
            uids,
            add,
            remove,
        } => {
            session.select_for_change(folder).await?;
            session.store_flags(uids, FlagChange::Add, add).await?;
            session.store_flags(uids, FlagChange::Remove, remove).await
        }
        Op::DeleteMany {
            folder,
            uids,
            message_ids,
        } => super::drafts::delete_many(session, folder, uids, message_ids).await,
        Op::Delete { folder, uid } => {
            session.select_for_change(folder).await?;
            session.delete_messages(&[*uid]).await
        }
        Op::Append {
            folder,
            flags,
            path,
        } => {
            let raw = tokio::fs::read(path).await.map_err(Error::from)?;
            session.append(folder, flags, &raw).await
        }
        Op::AppendDraft {
            folder,
            flags,
            path,
            message_id,
            replaces,
        } => super::drafts::append_draft(session, folder, flags, path, message_id, replaces).await,
        Op::DeleteDrafts {
            folder,
            message_ids,
        } => super::drafts::delete_drafts(session, folder, message_ids).await,
        Op::CreateFolder { name } => session.create_folder(name).await,
        Op::RenameFolder { from, to } => session.rename_folder(from, to).await,
        Op::DeleteFolder { name } => session.delete_folder(name).await,
        Op::Subscribe {
            name,
            subscribed: true,
        } => session.subscribe(name).await,
        Op::Subscribe {
            name,
            subscribed: false,
        } => session.unsubscribe(name).await,
        Op::SetMetadata {
            folder,
            entry,
            value,
        } => session.set_metadata(folder, entry, value.as_deref()).await,
    }
}
