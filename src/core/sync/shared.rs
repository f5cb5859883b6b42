//! The store as sync, replay, tags, the worker and the window share it.

use std::sync::{Arc, Mutex};

use crate::core::error::Result;
use crate::core::store::Store;

/// The store, shared between the UI thread and sync tasks. Locked only for
/// single, short calls, never across a network wait.
pub type SharedStore = Arc<Mutex<Store>>;

/// Runs `f` with the store locked.
pub fn with_store<T>(store: &SharedStore, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
    let guard = store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&guard)
}
