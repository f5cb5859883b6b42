//! Undo of what the user did to messages (delete to Trash, move, archive,
//! junk, tags): the window keeps each message as it was before
//! ([`Before`]) and [`undo`] puts it back.
//!
//! Offline-first like every change: a move still waiting in the queue is
//! taken out of it (nothing reaches the server, and the message keeps its
//! UID in the folder it never left); a move the server has done is
//! reversed by a queued `MOVE` back, from the UID the server gave it
//! (COPYUID, [`crate::store::Store::assign_moved_uid`]); flags and tags go
//! back by a queued `STORE`. The worker replays the queue as for any
//! change, so a refusal is reported as one, never as undone.

use crate::error::{Error, Result};
use crate::message::Flag;
use crate::store::{MessageRow, Op, Store};

use super::actions::{move_message, set_flags};

/// A message as it was before a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Before {
    /// Store message id (a move keeps it).
    pub message_id: i64,
    /// The folder it was in.
    pub folder_id: i64,
    /// Its UID there.
    pub uid: Option<u32>,
    /// Its flags and tags.
    pub flags: Vec<Flag>,
}

impl Before {
    /// The message as it is now, to put back later.
    pub fn of(row: &MessageRow) -> Before {
        Before {
            message_id: row.id,
            folder_id: row.folder_id,
            uid: row.uid,
            flags: row.flags.clone(),
        }
    }
}

/// How a message comes back to its folder.
enum Back {
    /// It is there.
    Stays,
    /// Its move is still queued (this queue entry): taken out.
    Unqueue(i64),
    /// The server moved it: a move back is queued.
    Reverse,
}

/// Puts every message back as it was: folder, UID and flags. Checks all
/// first and changes nothing when one cannot be put back (gone, or moved
/// on the server without telling where). Returns how many changed.
pub fn undo(store: &Store, before: &[Before]) -> Result<usize> {
    let mut plan = Vec::with_capacity(before.len());
    for was in before {
        let now = store
            .message(was.message_id)?
            .ok_or_else(|| Error::protocol(format!("message {} is gone", was.message_id)))?;
        let back = if now.folder_id == was.folder_id {
            Back::Stays
        } else {
            let folder = store
                .folder(now.folder_id)?
                .ok_or_else(|| Error::protocol("the message's folder is gone"))?;
            match queued_move(store, folder.account, was.message_id)? {
                Some(op) if now.uid.is_none() => Back::Unqueue(op),
                _ if now.uid.is_some() || folder.local => Back::Reverse,
                _ => {
                    return Err(Error::Unsupported(
                        "the server moved the message without saying where",
                    ))
                }
            }
        };
        plan.push((was, now, back));
    }
    let mut changed = 0;
    for (was, now, back) in plan {
        let (add, remove) = difference(&now.flags, &was.flags);
        let flags = !(add.is_empty() && remove.is_empty());
        match back {
            Back::Stays => {}
            Back::Unqueue(op) => {
                store.complete_op(op)?;
                store.move_message_local(was.message_id, was.folder_id)?;
                if let (Some(uid), Some(folder)) = (was.uid, store.folder(was.folder_id)?) {
                    store.assign_moved_uid(
                        was.message_id,
                        &folder.name,
                        folder.uid_validity.unwrap_or_default(),
                        uid,
                    )?;
                }
            }
            // Flags first, on the UID the server gave it where it is now;
            // the move back carries them.
            Back::Reverse => {
                if flags {
                    set_flags(store, was.message_id, &add, &remove)?;
                }
                move_message(store, was.message_id, was.folder_id)?;
                changed += 1;
                continue;
            }
        }
        if flags {
            set_flags(store, was.message_id, &add, &remove)?;
        }
        changed += usize::from(flags || !matches!(back, Back::Stays));
    }
    Ok(changed)
}

/// The queued, not yet sent move of this message, if any.
fn queued_move(store: &Store, account: i64, message_id: i64) -> Result<Option<i64>> {
    Ok(store
        .pending_ops(account)?
        .into_iter()
        .rev()
        .find(|(_, op)| matches!(op, Op::Move { message: Some(m), .. } if *m == message_id))
        .map(|(id, _)| id))
}

/// What to add and remove to turn `now` into `was`.
fn difference(now: &[Flag], was: &[Flag]) -> (Vec<Flag>, Vec<Flag>) {
    let add = was.iter().filter(|f| !now.contains(f)).cloned().collect();
    let remove = now.iter().filter(|f| !was.contains(f)).cloned().collect();
    (add, remove)
}
