//! The store as sync, replay, tags, the worker and the window share it.

use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::store::account_lock::{AccountLock, LockError};
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

/// Takes account `id`'s lock (see [`crate::store::account_lock`]) for
/// network work, waiting up to `wait` for another Posta to finish;
/// [`Error::AccountBusy`] when it does not.
pub async fn hold_account(
    store: &SharedStore,
    id: i64,
    wait: std::time::Duration,
) -> Result<AccountLock> {
    let Some(path) = with_store(store, |s| Ok(s.account_lock_path(id)))? else {
        return Ok(AccountLock::none());
    };
    match AccountLock::take(&path, wait).await {
        Ok(lock) => Ok(lock),
        Err(LockError::Busy) => Err(Error::AccountBusy),
        Err(LockError::Io(err)) => Err(Error::from(err)),
    }
}
