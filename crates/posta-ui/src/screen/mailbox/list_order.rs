//! A long list's order held in memory, read in the background: once it is
//! there, a page anywhere in a folder of a million messages is a few
//! lookups by id instead of a page by offset, which steps SQLite over
//! every row before it (10–40 ms in the middle of a million, on every
//! frame of a scroll-bar drag).
//!
//! The order is read only when the list is asked for a page far from both
//! ends, on a second connection and a thread of its own, one read at a
//! time; until it is there, pages are read by offset as before. Any change
//! to the list (the store changed, another folder, order or tag) makes it
//! stale, and the next far page reads it again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use posta_core::store::{Selection, Sort, Store};

/// Rows from the nearer end beyond which a page by offset costs enough
/// (about a millisecond) to read the order instead.
pub const FAR: usize = 20_000;

/// Where each [`ListOrder`] version gets its number: unique in the
/// process, so an order read for one version is never taken for another.
static VERSIONS: AtomicU64 = AtomicU64::new(1);

fn next_version() -> u64 {
    VERSIONS.fetch_add(1, Ordering::Relaxed)
}

/// The ids of a list in order, when read for the list as it is now.
#[derive(Debug, Clone)]
pub struct ListOrder {
    /// The list's version: changed by [`ListOrder::forget`].
    version: u64,
    shared: Arc<(Mutex<Shared>, Condvar)>,
}

/// What the reading thread and the list share.
#[derive(Debug, Default)]
struct Shared {
    /// A read is under way.
    reading: bool,
    /// The ids read, with the version they were read for.
    ready: Option<(u64, Arc<[i64]>)>,
    /// The second connection, kept between reads.
    reader: Option<Store>,
}

impl Default for ListOrder {
    fn default() -> Self {
        ListOrder {
            version: next_version(),
            shared: Arc::default(),
        }
    }
}

impl ListOrder {
    fn lock(&self) -> MutexGuard<'_, Shared> {
        // A reading thread that panicked leaves nothing half-written.
        self.shared
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The list changed: the order read so far is of no use any more.
    pub fn forget(&mut self) {
        self.version = next_version();
        self.lock().ready = None;
    }

    /// The ids in order, when read for the list as it is.
    pub fn ids(&self) -> Option<Arc<[i64]>> {
        match &self.lock().ready {
            Some((version, ids)) if *version == self.version => Some(ids.clone()),
            _ => None,
        }
    }

    /// Starts reading the order of `selection` in the background, unless a
    /// read is under way. The result counts only if it has `total` ids,
    /// the count the list holds (else the store changed meanwhile, and
    /// the next refresh will forget it anyway). An in-memory store has no
    /// second connection: its lists stay paged by offset.
    pub fn read(&self, store: &Store, selection: Selection<'_>, sort: Sort, total: usize) {
        let mut shared = self.lock();
        if shared.reading {
            return;
        }
        let reader = match shared.reader.take() {
            Some(reader) => reader,
            None => match store.reopen() {
                Some(Ok(reader)) => reader,
                // No second connection: the pages are read by offset, as
                // they would be without this.
                Some(Err(_)) | None => return,
            },
        };
        let folders = selection.folders.to_vec();
        let keyword = selection.keyword.map(str::to_owned);
        let only = selection.only;
        let version = self.version;
        let shared_for_thread = self.shared.clone();
        shared.reading = true;
        let spawned = std::thread::Builder::new()
            .name("list-order".into()) // i18n-allow: a thread name, never shown
            .spawn(move || {
                let selection = Selection {
                    folders: &folders,
                    keyword: keyword.as_deref(),
                    only,
                };
                // An error leaves the list paged by offset: slower, never
                // wrong.
                let ids = reader.selected_ids(selection, sort).ok();
                let (lock, done) = &*shared_for_thread;
                let mut shared = lock.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(ids) = ids.filter(|ids| ids.len() == total) {
                    shared.ready = Some((version, ids.into()));
                }
                shared.reader = Some(reader);
                shared.reading = false;
                done.notify_all();
            });
        if spawned.is_err() {
            shared.reading = false;
        }
    }

    /// Waits until no read is under way.
    #[cfg(test)]
    pub fn wait(&self) {
        let mut shared = self.lock();
        while shared.reading {
            shared = self
                .shared
                .1
                .wait(shared)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }
}

/// True when `range` starts [`FAR`] rows or more from both ends of a list
/// `total` rows long.
pub fn is_far(start: usize, end: usize, total: usize) -> bool {
    start.min(total.saturating_sub(end)) >= FAR
}
