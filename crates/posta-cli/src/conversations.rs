//! `posta messages FOLDER --conversations`: the folder grouped the way the
//! window groups it (the account's Sent folder joins), one line per
//! conversation: its newest message in the folder as `posta messages`
//! prints it, then the number of messages and of unread ones.

use super::context::store_failed;
use super::message_line::{message_line, tag_names};
use posta_core::imap::SpecialUse;
use posta_core::store::{AccountConfig, Store};
use posta_core::thread;

/// Prints the conversations; returns the exit code.
pub fn print(store: &Store, account: &AccountConfig, folder_id: i64, limit: usize) -> i32 {
    let sent: Vec<i64> = match store.folders(account.id) {
        Ok(folders) => folders
            .into_iter()
            .filter(|f| f.role == Some(SpecialUse::Sent) && !f.shared && f.id != folder_id)
            .map(|f| f.id)
            .collect(),
        Err(err) => return store_failed(err),
    };
    let items = match store.thread_items(folder_id, &sent) {
        Ok(items) => items,
        Err(err) => return store_failed(err),
    };
    let tags = match tag_names(store, account.id) {
        Ok(tags) => tags,
        Err(code) => return code,
    };
    for conversation in thread::threads(&items).iter().take(limit) {
        let row = match store.message(conversation.latest) {
            Ok(Some(row)) => row,
            Ok(None) => continue,
            Err(err) => return store_failed(err),
        };
        println!(
            "{}\t{}\t{}",
            message_line(&row, &tags),
            conversation.count(),
            conversation.unread
        );
    }
    0
}
