//! What the user does to mail, offline-first: every change is written to
//! the store (so the UI shows it at once) and, for IMAP, queued durably for
//! the server; the next sync replays the queue. POP3 and local folders keep
//! their state here only.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::message::Flag;
use crate::rights::{self, Denied};
use crate::store::{FolderRow, MessageRow, Op, Store};

/// Refuses what the folder's rights (MYRIGHTS, for folders others share)
/// do not allow, before anything is written or queued.
fn allowed(folder: &FolderRow, action: Denied) -> Result<()> {
    Ok(rights::of_folder(folder.my_rights.as_deref()).check(action)?)
}

/// The rights a flag change needs: `s` for read/unread, `w` for the rest.
pub fn flag_rights(folder: &FolderRow, add: &[Flag], remove: &[Flag]) -> Result<()> {
    for flag in add.iter().chain(remove) {
        match flag {
            Flag::Seen => allowed(folder, Denied::KeepSeen)?,
            _ => allowed(folder, Denied::WriteFlags)?,
        }
    }
    Ok(())
}

fn message_row(store: &Store, message_id: i64) -> Result<MessageRow> {
    store
        .message(message_id)?
        .ok_or_else(|| Error::protocol(format!("message {message_id} is not in the store")))
}

fn folder_row(store: &Store, folder_id: i64) -> Result<FolderRow> {
    store
        .folder(folder_id)?
        .ok_or_else(|| Error::protocol(format!("folder {folder_id} is not in the store")))
}

fn message_and_folder(store: &Store, message_id: i64) -> Result<(MessageRow, FolderRow)> {
    let message = message_row(store, message_id)?;
    let folder = folder_row(store, message.folder_id)?;
    Ok((message, folder))
}

/// Each message with its folder, reading every folder once: a folder's
/// row carries its counts, two counts of the folder at every read (10,000
/// messages of a 1,000,000-message folder took minutes read one by one).
fn messages_and_folders(
    store: &Store,
    message_ids: &[i64],
) -> Result<Vec<(MessageRow, FolderRow)>> {
    let mut folders: HashMap<i64, FolderRow> = HashMap::new();
    message_ids
        .iter()
        .map(|id| {
            let message = message_row(store, *id)?;
            let folder = match folders.get(&message.folder_id) {
                Some(folder) => folder.clone(),
                None => {
                    let folder = folder_row(store, message.folder_id)?;
                    folders.insert(folder.id, folder.clone());
                    folder
                }
            };
            Ok((message, folder))
        })
        .collect()
}

/// True when changes to this folder's messages go to a server.
fn on_server(folder: &FolderRow) -> bool {
    !folder.local
}

/// Adds and removes flags or tags on a message.
pub fn set_flags(
    store: &Store,
    message_id: i64,
    add: &[Flag],
    remove: &[Flag],
) -> Result<Vec<Flag>> {
    let (message, folder) = message_and_folder(store, message_id)?;
    flag_rights(&folder, add, remove)?;
    let flags = store.apply_flag_change(message_id, add, remove)?;
    if let (true, Some(uid)) = (on_server(&folder), message.uid) {
        store.enqueue(
            folder.account,
            &Op::SetFlags {
                folder: folder.name.clone(),
                uid,
                add: add.to_vec(),
                remove: remove.to_vec(),
            },
        )?;
    }
    Ok(flags)
}

/// Adds and removes flags or tags on many messages at once: each row
/// changes here, and the server gets one queued change per folder (one
/// `UID STORE` per range on replay), not one per message — tagging 10,000
/// selected messages costs one durable write, not 10,000.
pub fn set_flags_many(
    store: &Store,
    message_ids: &[i64],
    add: &[Flag],
    remove: &[Flag],
) -> Result<()> {
    if let [one] = message_ids {
        return set_flags(store, *one, add, remove).map(drop);
    }
    let mut queued = PerFolder::default();
    for (message, folder) in messages_and_folders(store, message_ids)? {
        flag_rights(&folder, add, remove)?;
        queued.note(&message, folder);
    }
    store.apply_flag_change_many(message_ids, add, remove)?;
    for (folder, uids) in queued.0 {
        store.enqueue(
            folder.account,
            &Op::FlagMany {
                folder: folder.name,
                uids,
                add: add.to_vec(),
                remove: remove.to_vec(),
            },
        )?;
    }
    Ok(())
}

/// Deletes many messages at once, with one queued change per folder (see
/// [`set_flags_many`]).
pub fn delete_many(store: &Store, message_ids: &[i64]) -> Result<()> {
    if let [one] = message_ids {
        return delete_message(store, *one);
    }
    let mut queued = PerFolder::default();
    for (message, folder) in messages_and_folders(store, message_ids)? {
        allowed(&folder, Denied::Delete)?;
        queued.note(&message, folder);
    }
    // Queued first: once a row is gone, only the queue remembers it.
    for (folder, uids) in queued.0 {
        store.enqueue(
            folder.account,
            &Op::DeleteMany {
                folder: folder.name,
                uids,
                message_ids: Vec::new(),
            },
        )?;
    }
    store.delete_messages(message_ids)?;
    Ok(())
}

/// The server UIDs of messages, by folder, in the order first seen.
#[derive(Default)]
struct PerFolder(Vec<(FolderRow, Vec<u32>)>);

impl PerFolder {
    fn note(&mut self, message: &MessageRow, folder: FolderRow) {
        let (true, Some(uid)) = (on_server(&folder), message.uid) else {
            return;
        };
        match self.0.iter_mut().find(|(f, _)| f.id == folder.id) {
            Some((_, uids)) => uids.push(uid),
            None => self.0.push((folder, vec![uid])),
        }
    }
}

/// Moves a message to another folder of the same account.
pub fn move_message(store: &Store, message_id: i64, to_folder: i64) -> Result<()> {
    let (message, folder) = message_and_folder(store, message_id)?;
    let target = folder_row(store, to_folder)?;
    allowed(&folder, Denied::Delete)?;
    allowed(&target, Denied::Insert)?;
    if let (true, true, Some(uid)) = (on_server(&folder), on_server(&target), message.uid) {
        store.enqueue(
            folder.account,
            &Op::Move {
                folder: folder.name.clone(),
                uid,
                to: target.name.clone(),
                message: Some(message_id),
            },
        )?;
    }
    store.move_message_local(message_id, to_folder)?;
    Ok(())
}

/// Deletes a message (from the server too, for IMAP; for POP3 the ledger
/// remembers it, so the keep-copy policy can act on it).
pub fn delete_message(store: &Store, message_id: i64) -> Result<()> {
    let (message, folder) = message_and_folder(store, message_id)?;
    allowed(&folder, Denied::Delete)?;
    if let (true, Some(uid)) = (on_server(&folder), message.uid) {
        store.enqueue(
            folder.account,
            &Op::Delete {
                folder: folder.name.clone(),
                uid,
            },
        )?;
    }
    store.delete_message(message_id)?;
    Ok(())
}
