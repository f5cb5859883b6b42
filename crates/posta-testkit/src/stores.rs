//! Local stores in throw-away homes, the way each test starts one.

use std::sync::{Arc, Mutex};

use posta_core::store::{FolderRow, PostaHome, Sort, Store};
use posta_core::sync::{with_store, SharedStore};
use tempfile::TempDir;

/// A new store in a throw-away home (kept while the directory lives).
pub fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    (dir, store)
}

/// A new store in a throw-away home, shared the way the engines take it.
pub fn shared_store() -> (TempDir, SharedStore) {
    let (dir, store) = temp_store();
    (dir, Arc::new(Mutex::new(store)))
}

/// The store in `home`, shared, with account 1 named `Alice` in it.
pub fn alice_in(home: &PostaHome) -> SharedStore {
    let store = Store::open(home).expect("store");
    store.ensure_account(1, "Alice").expect("account");
    Arc::new(Mutex::new(store))
}

/// A new store with accounts 1 and 2 named `first` and `second`, each with a
/// local INBOX; the two INBOXes' folder ids.
pub fn two_inboxes(first: &str, second: &str) -> (TempDir, Store, i64, i64) {
    let (dir, store) = temp_store();
    store.ensure_account(1, first).expect("account");
    store.ensure_account(2, second).expect("account");
    let inbox = store
        .upsert_folder(1, &FolderRow::local(1, "INBOX", None))
        .expect("folder");
    let other = store
        .upsert_folder(2, &FolderRow::local(2, "INBOX", None))
        .expect("folder");
    (dir, store, inbox, other)
}

/// The subjects in account 1's `folder`, sorted; `None` when there is no
/// such folder.
pub fn subjects(store: &SharedStore, folder: &str) -> Option<Vec<String>> {
    with_store(store, |s| {
        let Some(id) = s.folder_id(1, folder)? else {
            return Ok(None);
        };
        let mut v: Vec<String> = s
            .messages(id, 1000, 0, Sort::DateAsc)?
            .into_iter()
            .map(|m| m.subject)
            .collect();
        v.sort();
        Ok(Some(v))
    })
    .expect("store")
}
