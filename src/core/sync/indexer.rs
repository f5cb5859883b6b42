//! The indexer: after a sync, in the background, builds what a big first
//! sync left out so the list would be complete sooner: the list orders'
//! and `Message-ID` indexes it dropped
//! ([`crate::core::store::Store::restore_bulk_index`]),
//! then the search index of the messages it stored unindexed and of the
//! bodies downloaded for reading offline
//! ([`crate::core::store::Store::index_pending`]). One step per
//! transaction, so the window and the workers get the store in between.
//! One indexer runs at a time for every account.

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

/// Builds the missing bulk-load indexes and indexes every pending message for
/// search, unless an indexer is already at it; returns how many messages
/// it indexed. Runs on the blocking pool.
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

/// Builds index after index and indexes batch after batch until none is
/// left or the store fails (a full disk: what is missing stays missing, and
/// the indexer after the next sync tries again).
fn index_all(store: &SharedStore) -> usize {
    loop {
        match with_store(store, |s| s.restore_bulk_index().map_err(Error::from)) {
            Ok(true) => std::thread::sleep(PAUSE),
            Ok(false) => break,
            Err(_) => return 0,
        }
    }
    let mut total = 0;
    loop {
        let Ok(mut texts) =
            with_store(store, |s| s.pending_texts(INDEX_BATCH).map_err(Error::from))
        else {
            return total;
        };
        if texts.is_empty() {
            return total;
        }
        // Bodies are read and rendered to text without the store: the
        // window and the workers go on meanwhile.
        texts.read_bodies();
        match with_store(store, |s| s.index_texts(&texts).map_err(Error::from)) {
            Ok(indexed) => total += indexed,
            Err(_) => return total,
        }
        std::thread::sleep(PAUSE);
    }
}
