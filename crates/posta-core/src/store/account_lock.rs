//! One Posta at a time per account: an advisory lock on
//! `root/locks/<account>.lock`, held by whatever does network work for the
//! account (the window's worker, `posta sync`, `switch-to-imap`, `server`,
//! the outbox). Two of them at once would download, delete or upload the
//! same mail twice — two moves to IMAP each uploading what the server
//! lacks — or one would find the other's deletions and blame the server.
//!
//! The lock is `flock(2)` through the standard library's
//! [`File::try_lock`] (stable since Rust 1.89; no crate needed): the kernel
//! drops it when the process ends, however it ends, so a crash or
//! `kill -9` never leaves an account locked. Within one process the lock
//! is shared: a worker holding it and the same window's compose path
//! taking it again get the same guard (flock would refuse a second open
//! file in the same process).

// `File::try_lock` is Rust 1.89; the workspace says 1.85, but notify-rust
// 4.19 (in the tree) already needs 1.89, so nothing older builds Posta.
#![allow(clippy::incompatible_msrv)]

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use super::paths::create_private_dir;

/// How long a second Posta waits for the first before saying the account
/// is busy.
pub const BRIEF_WAIT: Duration = Duration::from_secs(2);

/// How often a waiting Posta tries again.
const RETRY: Duration = Duration::from_millis(50);

/// The locks this process holds, by file: taken again, they are shared.
static HELD: Mutex<Vec<(PathBuf, Weak<Held>)>> = Mutex::new(Vec::new());

/// An open, locked lock file; the lock goes with the last guard.
#[derive(Debug)]
struct Held {
    _file: File,
}

/// A held account lock (or, for a store in memory, nothing to hold).
/// Dropping the last guard of the process releases it.
#[derive(Debug, Clone)]
pub struct AccountLock(Option<Arc<Held>>);

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another process holds it.
    Busy,
    /// The lock file could not be made or opened.
    Io(io::Error),
}

impl AccountLock {
    /// A guard that holds nothing: for a store without files (in memory).
    pub fn none() -> AccountLock {
        AccountLock(None)
    }

    /// The lock file of account `id` in a home whose root is `root`.
    pub fn path(root: &Path, id: i64) -> PathBuf {
        root.join("locks").join(format!("{id}.lock"))
    }

    /// Takes the lock at `path` if no other process holds it, at once.
    pub fn try_take(path: &Path) -> Result<AccountLock, LockError> {
        let mut held = HELD.lock().unwrap_or_else(|p| p.into_inner());
        held.retain(|(_, weak)| weak.strong_count() > 0);
        if let Some(guard) = held
            .iter()
            .find(|(p, _)| p == path)
            .and_then(|(_, weak)| weak.upgrade())
        {
            return Ok(AccountLock(Some(guard)));
        }
        if let Some(dir) = path.parent() {
            create_private_dir(dir).map_err(LockError::Io)?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy),
            Err(TryLockError::Error(err)) => return Err(LockError::Io(err)),
        }
        let guard = Arc::new(Held { _file: file });
        held.push((path.to_owned(), Arc::downgrade(&guard)));
        Ok(AccountLock(Some(guard)))
    }

    /// Takes the lock at `path`, waiting up to `wait` for another process
    /// to let it go.
    pub async fn take(path: &Path, wait: Duration) -> Result<AccountLock, LockError> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match AccountLock::try_take(path) {
                Err(LockError::Busy) if tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(RETRY).await;
                }
                other => return other,
            }
        }
    }

    /// Whether this guard holds a lock file (false for a store in memory).
    pub fn holds(&self) -> bool {
        self.0.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_shared_in_the_process_and_released_with_its_last_guard() {
        let dir = tempfile::tempdir().unwrap();
        let path = AccountLock::path(dir.path(), 7);
        let first = AccountLock::try_take(&path).unwrap();
        let second = AccountLock::try_take(&path).unwrap();
        assert!(first.holds() && second.holds());
        // Another open file of the same lock (as another process has) is
        // refused while a guard lives.
        let other = File::open(&path).unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(first);
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(second);
        other.try_lock().unwrap();
        assert!(matches!(AccountLock::try_take(&path), Err(LockError::Busy)));
    }
}
