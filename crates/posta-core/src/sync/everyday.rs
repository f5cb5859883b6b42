//! The everyday actions on top of [`super::actions`]: Archive, Junk / Not
//! junk, Empty Trash and Mark all as read. Offline-first like a move or a
//! delete: the store changes at once, the server learns it through the
//! durable queue (one op per folder for the bulk actions, so emptying a
//! Trash of thousands is one round trip, not thousands).

use std::collections::BTreeMap;

use super::actions::{move_message, set_flags};
use crate::error::{Error, Result};
use crate::imap::SpecialUse;
use crate::message::Flag;
use crate::store::{AccountConfig, FolderRow, Op, Sort, Store};

/// The keyword other mail programs (Thunderbird, Apple Mail, Dovecot's
/// antispam plugins) read as "this is junk".
pub const JUNK: &str = "$Junk";
/// The keyword that says "this is not junk" (a trained exception).
pub const NOT_JUNK: &str = "$NotJunk";

/// The account each message belongs to, with its messages, in order.
fn by_account<'a>(
    store: &Store,
    accounts: &'a [AccountConfig],
    message_ids: &[i64],
) -> Result<Vec<(&'a AccountConfig, Vec<i64>)>> {
    let mut grouped: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for &id in message_ids {
        let message = store
            .message(id)?
            .ok_or_else(|| Error::protocol(format!("message {id} is not in the store")))?;
        let folder = store.folder(message.folder_id)?.ok_or_else(|| {
            Error::protocol(format!("folder {} is not in the store", message.folder_id))
        })?;
        grouped.entry(folder.account).or_default().push(id);
    }
    grouped
        .into_iter()
        .map(|(account, ids)| {
            let config = accounts
                .iter()
                .find(|a| a.id == account)
                .ok_or_else(|| Error::protocol(format!("account {account} is not configured")))?;
            Ok((config, ids))
        })
        .collect()
}

/// Moves messages to their account's `role` folder (created when missing:
/// on the server through the queue for IMAP, here for POP3). Messages
/// already there stay. Returns how many moved.
fn move_to_role(
    store: &Store,
    accounts: &[AccountConfig],
    message_ids: &[i64],
    role: SpecialUse,
    flags: Option<(&[Flag], &[Flag])>,
) -> Result<usize> {
    let mut moved = 0;
    for (account, ids) in by_account(store, accounts, message_ids)? {
        let target = store.special_folder_or_new(account, role)?;
        for id in ids {
            if let Some((add, remove)) = flags {
                set_flags(store, id, add, remove)?;
            }
            if store.message(id)?.is_some_and(|m| m.folder_id != target.id) {
                move_message(store, id, target.id)?;
                moved += 1;
            }
        }
    }
    Ok(moved)
}

/// Archive: to the account's Archive folder (made when missing).
pub fn archive(store: &Store, accounts: &[AccountConfig], message_ids: &[i64]) -> Result<usize> {
    move_to_role(store, accounts, message_ids, SpecialUse::Archive, None)
}

/// Junk (`junk`) moves to the Junk folder with `$Junk`; Not junk moves to
/// the Inbox with `$NotJunk`. Returns how many moved.
pub fn mark_junk(
    store: &Store,
    accounts: &[AccountConfig],
    message_ids: &[i64],
    junk: bool,
) -> Result<usize> {
    let (yes, no) = (Flag::Keyword(JUNK.into()), Flag::Keyword(NOT_JUNK.into()));
    let (role, add, remove) = if junk {
        (SpecialUse::Junk, [yes], [no])
    } else {
        (SpecialUse::Inbox, [no], [yes])
    };
    move_to_role(store, accounts, message_ids, role, Some((&add, &remove)))
}

/// The account's own Trash folder, if it has one.
pub fn trash_folder(store: &Store, account: i64) -> Result<Option<FolderRow>> {
    Ok(store.special_folder(account, SpecialUse::Trash)?)
}

/// Every message in a folder, as rows.
fn every_message(store: &Store, folder: &FolderRow) -> Result<Vec<crate::store::MessageRow>> {
    Ok(store.messages(folder.id, usize::MAX >> 1, 0, Sort::DateDesc)?)
}

/// Deletes every message of the account's Trash (the ones counted for the
/// confirmation: mail arriving meanwhile stays). Returns how many went.
pub fn empty_trash(store: &Store, account: i64) -> Result<usize> {
    let Some(trash) = trash_folder(store, account)? else {
        return Ok(0);
    };
    let rows = every_message(store, &trash)?;
    let uids: Vec<u32> = rows.iter().filter_map(|m| m.uid).collect();
    // Moved here while offline: no UID yet, found by Message-ID once the
    // queued move has put them there.
    let message_ids: Vec<String> = rows
        .iter()
        .filter(|m| m.uid.is_none())
        .filter_map(|m| m.message_id.clone())
        .collect();
    let nothing = uids.is_empty() && message_ids.is_empty();
    if !trash.local && !nothing {
        store.enqueue(
            account,
            &Op::DeleteMany {
                folder: trash.name.clone(),
                uids,
                message_ids,
            },
        )?;
    }
    for row in &rows {
        store.delete_message(row.id)?;
    }
    Ok(rows.len())
}

/// Marks every unread message of a folder read. Returns how many.
pub fn mark_all_read(store: &Store, folder_id: i64) -> Result<usize> {
    let folder = store
        .folder(folder_id)?
        .ok_or_else(|| Error::protocol(format!("folder {folder_id} is not in the store")))?;
    let unread: Vec<_> = every_message(store, &folder)?
        .into_iter()
        .filter(|m| !m.flags.contains(&Flag::Seen))
        .collect();
    let uids: Vec<u32> = unread.iter().filter_map(|m| m.uid).collect();
    if !folder.local && !uids.is_empty() {
        store.enqueue(
            folder.account,
            &Op::FlagMany {
                folder: folder.name.clone(),
                uids,
                add: vec![Flag::Seen],
                remove: Vec::new(),
            },
        )?;
    }
    for row in &unread {
        store.apply_flag_change(row.id, &[Flag::Seen], &[])?;
    }
    Ok(unread.len())
}

/// One everyday action, as the window asks an account worker for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Everyday {
    /// Archive these messages.
    Archive {
        /// Store message ids.
        message_ids: Vec<i64>,
    },
    /// Junk (`junk`) or Not junk.
    Junk {
        /// Store message ids.
        message_ids: Vec<i64>,
        /// True for Junk, false for Not junk.
        junk: bool,
    },
    /// Empty the account's Trash.
    EmptyTrash {
        /// Account id.
        account: i64,
    },
    /// Mark every message of a folder read.
    MarkAllRead {
        /// Store folder id.
        folder_id: i64,
    },
}

impl Everyday {
    /// Does it in the store (and the queue); returns how many messages.
    pub fn apply(&self, store: &Store, accounts: &[AccountConfig]) -> Result<usize> {
        match self {
            Everyday::Archive { message_ids } => archive(store, accounts, message_ids),
            Everyday::Junk { message_ids, junk } => mark_junk(store, accounts, message_ids, *junk),
            Everyday::EmptyTrash { account } => empty_trash(store, *account),
            Everyday::MarkAllRead { folder_id } => mark_all_read(store, *folder_id),
        }
    }
}
