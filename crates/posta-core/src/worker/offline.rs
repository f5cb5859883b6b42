//! A command to an account that has no worker (no password yet, the
//! demo, `POSTA_OFFLINE`): what changes on this computer at once, the same
//! store changes a worker makes before it tells the server. Server folders
//! cannot be made, renamed or removed without a connection.

use crate::account::Protocol;
use crate::error::{Error, Result};
use crate::store::{AccountConfig, FolderRow, Store};
use crate::sync::actions;

use super::Command;

/// Applies `change` to the store of `config`'s account; commands that only
/// mean something to a server (tags shared with other devices, sending)
/// change nothing here.
pub fn apply_here(store: &Store, config: &AccountConfig, change: &Command) -> Result<()> {
    let local = config.protocol == Protocol::Pop3;
    let account = config.id;
    let configs = [config.clone()];
    match change {
        Command::SetFlags {
            message_ids,
            add,
            remove,
        } => actions::set_flags_many(store, message_ids, add, remove),
        Command::Move {
            message_ids,
            to_folder,
        } => message_ids
            .iter()
            .try_for_each(|id| actions::move_message(store, *id, *to_folder)),
        Command::Delete { message_ids } => actions::delete_many(store, message_ids),
        Command::CreateFolder { parent, name } => {
            let parent = match parent {
                Some(id) => store.folder(*id)?,
                None => None,
            };
            if !(local || parent.as_ref().is_some_and(|p| p.local)) {
                return Err(Error::Unsupported("server folders need a connection"));
            }
            let full = match &parent {
                Some(p) => format!("{}{}{name}", p.name, p.delimiter.unwrap_or('/')),
                None => name.clone(),
            };
            store.upsert_folder(account, &FolderRow::local(account, &full, None))?;
            Ok(())
        }
        Command::RenameFolder { folder_id, name } => {
            let folder = store
                .folder(*folder_id)?
                .filter(|f| f.local)
                .ok_or(Error::Unsupported("server folders need a connection"))?;
            let full = match folder.delimiter.and_then(|d| folder.name.rfind(d)) {
                Some(end) => format!("{}{name}", &folder.name[..=end]),
                None => name.clone(),
            };
            Ok(store.rename_folder(*folder_id, &full, &full)?)
        }
        Command::DeleteFolder { folder_id } => {
            let folder = store
                .folder(*folder_id)?
                .filter(|f| f.local)
                .ok_or(Error::Unsupported("server folders need a connection"))?;
            Ok(store.remove_folder(folder.id)?)
        }
        Command::Everyday(action) => action.apply(store, &configs).map(drop),
        // Tags: the worker shares definitions with other devices when
        // it runs; the store has them already. Nothing else is sent here.
        _ => Ok(()),
    }
}
