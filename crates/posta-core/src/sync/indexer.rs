//! The indexer: after a sync, in the background, builds what a big first
//! sync left out so the list would be complete sooner: the list orders'
//! and `Message-ID` indexes it dropped
//! ([`crate::store::Store::restore_bulk_index`]),
//! then the search index of the messages it stored unindexed and of the
//! bodies downloaded for reading offline
//! ([`crate::store::Store::index_pending`]). One step per
//! transaction, so the window and the workers get the store in between.
//! One indexer runs at a time for every account of a store.

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use super::shared::{with_store, SharedStore};
use crate::error::Error;
use crate::store::INDEX_BATCH;

/// The stores (by database file) an indexer is running on.
static RUNNING: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Marks a store's indexer as running until dropped (a panic included).
struct Running(String);

impl Running {
    /// `None` when an indexer already runs on that store.
    fn start(database: String) -> Option<Running> {
        let mut running = RUNNING.lock().unwrap_or_else(|p| p.into_inner());
        running
            .insert(database.clone())
            .then_some(Running(database))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let mut running = RUNNING.lock().unwrap_or_else(|p| p.into_inner());
        running.remove(&self.0);
    }
}

/// How long the indexer leaves the store to others between batches (the
/// store's lock is not fair: without a pause it could take it back first).
const PAUSE: Duration = Duration::from_millis(2);

/// Builds the missing bulk-load indexes and indexes every pending message for
/// search, unless an indexer is already at it; returns how many messages
/// it indexed. Runs on the blocking pool.
pub async fn catch_up(store: SharedStore) -> usize {
    let Ok(database) = with_store(&store, |s| Ok(s.database_key())) else {
        return 0;
    };
    let Some(running) = Running::start(database) else {
        return 0;
    };
    let indexed = tokio::task::spawn_blocking(move || index_all(&store))
        .await
        .unwrap_or(0);
    drop(running);
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
