//! The store as sync, replay, tags, the worker and the window share it.

use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::store::Store;

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

/// Waits for a background task of the sync (store work on the blocking
/// pool); a task that died is an I/O error.
pub async fn joined<T>(task: tokio::task::JoinHandle<Result<T>>) -> Result<T> {
    task.await.map_err(died)?
}

/// A background task that panicked or was cancelled, as an I/O error.
pub fn died(err: tokio::task::JoinError) -> Error {
    Error::from(std::io::Error::other(err.to_string()))
}
