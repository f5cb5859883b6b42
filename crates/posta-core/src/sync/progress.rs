//! Progress events and cancellation for long sync work.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::error::{Error, Result};

/// Progress within one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Account id.
    pub account: i64,
    /// Folder name.
    pub folder: String,
    /// Items done.
    pub done: usize,
    /// Items in all.
    pub total: usize,
}

/// What the sync engine tells the UI (or the CLI).
#[derive(Debug, Clone)]
pub enum Event {
    /// Some work in a folder was done.
    Progress(Progress),
    /// A folder is in step with the server.
    FolderSynced {
        /// Account id.
        account: i64,
        /// Folder name.
        folder: String,
    },
    /// An offline change was refused by the server; it is kept, marked
    /// failed, and shown to the user.
    ChangeRefused {
        /// Account id.
        account: i64,
        /// Queue entry id.
        op: i64,
        /// The server's words.
        error: Error,
    },
}

/// A cancel switch shared between the UI and a running sync.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    /// A token that is not cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the work to stop at its next check.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Makes the token usable for the next piece of work.
    pub fn reset(&self) {
        self.0.store(false, Ordering::SeqCst);
    }

    /// True once [`CancelToken::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// `Err(Cancelled)` once the user cancelled.
pub(super) fn check(cancel: &CancelToken) -> Result<()> {
    if cancel.is_cancelled() {
        Err(Error::Cancelled)
    } else {
        Ok(())
    }
}
