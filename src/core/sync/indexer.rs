//! The search indexer: indexes, in the background, the messages a big first
//! sync stored without indexing ([`crate::core::store::Store::index_pending`]),
//! a batch at a time, so the window and the workers get the store between
//! batches. One runs at a time for every account.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::shared::{with_store, SharedStore};
use crate::core::error::Error;
use crate::core::store::INDEX_BATCH;

/// Whether an indexer is running.
static RUNNING: AtomicBool = AtomicBool::new(false);

/// How long the indexer leaves the store to others between batches (the
/// store's lock is not fair: without a pause it could take it back first).
const PAUSE: Duration = Duration::from_millis(2);

/// Indexes every pending message, unless an indexer is already at it;
/// returns how many it indexed. Runs on the blocking pool.
pub async fn catch_up(store: SharedStore) -> usize {
    if RUNNING.swap(true, Ordering::AcqRel) {
        return 0;
    }
    let indexed = tokio::task::spawn_blocking(move || index_all(&store))
        .await
        .unwrap_or(0);
    RUNNING.store(false, Ordering::Release);
    indexed
}

/// Indexes batch after batch until none is left or the store fails (a full
/// disk: the marks stay, and the next sync tries again).
fn index_all(store: &SharedStore) -> usize {
    let mut total = 0;
    loop {
        match with_store(store, |s| s.index_pending(INDEX_BATCH).map_err(Error::from)) {
            Ok(0) | Err(_) => return total,
            Ok(indexed) => total += indexed,
        }
        std::thread::sleep(PAUSE);
    }
}
