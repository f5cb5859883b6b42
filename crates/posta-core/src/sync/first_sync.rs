//! The first sync of a folder: envelopes newest first, in growing batches
//! of UID ranges counted down from UIDNEXT, so the newest mail shows at
//! once and no `UID SEARCH ALL` (64 ms and 400 KB at 100,000 messages)
//! comes first. Three stages overlap: the network fetches a batch while
//! the batches before have their headers decoded and are stored, in order,
//! with up to [`QUEUED_BATCHES`] waiting for the store.

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::progress::check;
use super::shared::{died, joined, with_store, SharedStore};
use super::{CancelToken, Event, Progress, SyncOptions};
use crate::error::{Error, Result};
use crate::imap::ImapSession;
use crate::message::Envelope;
use crate::store::FolderRow;

/// Fetches and stores every message of the selected `folder`; returns how
/// many were stored. `status_uid_next` is what STATUS said, for a SELECT
/// without UIDNEXT.
pub(super) async fn first_sync(
    session: &mut ImapSession,
    store: &SharedStore,
    folder: &FolderRow,
    status_uid_next: Option<u32>,
    options: &SyncOptions,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<usize> {
    let Some((exists, uid_next)) = session.selected_counts() else {
        return Err(Error::protocol("no folder is selected for its first sync"));
    };
    if exists == 0 {
        return Ok(0);
    }
    let total = exists as usize;
    // A big first sync stores faster with the list orders' indexes built
    // once afterwards than kept up row by row, and with the search index
    // filled afterwards too ([`super::indexer`]): the list is complete
    // sooner, and sorting by date (the list's order) needs neither.
    let bulk = with_store(store, |s| s.bulk_load_pays(total).map_err(Error::from))?;
    if bulk {
        with_store(store, |s| {
            s.suspend_bulk_indexes()?;
            Ok(s.bulk_checkpoints(true)?)
        })?;
    }
    let uid_next = match uid_next.or(status_uid_next) {
        Some(next) => next,
        // Neither SELECT nor STATUS said (RFC 3501 requires both to): the
        // highest UID in one command, rather than ranges probed down from
        // the top of the UID space.
        None => session
            .top_uid()
            .await?
            .map_or(u32::MAX, |top| top.saturating_add(1)),
    };
    let spans = Spans::below(uid_next, options.batch.max(1));
    let batches = Batches {
        folder,
        total,
        bulk,
    };
    // The dropped indexes and the search index are the indexer's, after.
    let stored = store_envelopes(session, store, &batches, spans, cancel, events).await;
    if bulk {
        // The sync's own error, if any, is the one to report.
        let usual = with_store(store, |s| Ok(s.bulk_checkpoints(false)?));
        if stored.is_ok() {
            usual?;
        }
    }
    stored
}

/// The UID ranges of a first sync, newest first: each one reaches down
/// from where the last ended. A range aims at `size` messages (growing to
/// 16 times the first); where UIDs are sparse (much mail deleted) the next
/// range widens by the shortfall, so a folder whose UIDs run to millions
/// still takes a handful of commands.
#[derive(Debug, Clone)]
struct Spans {
    /// Every UID not yet asked for is below this.
    below: u32,
    /// Messages the next range should bring.
    size: u32,
    /// The most a range should bring.
    max: u32,
    /// How many UIDs the next range spans.
    width: u32,
}

impl Spans {
    fn below(uid_next: u32, first: usize) -> Spans {
        let size = u32::try_from(first).unwrap_or(u32::MAX).max(1);
        Spans {
            below: uid_next,
            size,
            max: size.saturating_mul(16),
            width: size,
        }
    }

    /// The next range (`low:high`), or `None` once UID 1 was asked for.
    fn next_range(&mut self) -> Option<String> {
        if self.below <= 1 {
            return None;
        }
        let high = self.below - 1;
        let low = self.below.saturating_sub(self.width).max(1);
        self.below = low;
        Some(format!("{low}:{high}"))
    }

    /// Learns from how many messages the last range brought.
    fn got(&mut self, messages: usize) {
        let messages = u32::try_from(messages).unwrap_or(u32::MAX);
        let asked = self.width;
        self.size = self.size.saturating_mul(2).min(self.max);
        self.width = if messages == 0 {
            asked.saturating_mul(16)
        } else {
            // UIDs per message so far in this range, times what is wanted.
            let per_message = (u64::from(asked) / u64::from(messages)).max(1);
            u32::try_from(per_message * u64::from(self.size)).unwrap_or(u32::MAX)
        };
    }
}

/// Where the batches of a first sync go.
struct Batches<'a> {
    folder: &'a FolderRow,
    /// How many messages SELECT announced.
    total: usize,
    /// A bulk load: the bulk-load indexes are dropped and the messages
    /// wait for the search index ([`crate::sync::indexer`]).
    bulk: bool,
}

/// How many fetched batches may wait for the store (each 8,000 envelopes
/// at most): the network goes on fetching while a slow batch is stored,
/// instead of leaving the server idle.
const QUEUED_BATCHES: usize = 2;

/// A stored batch's count, and the storer's wait for it to be reported.
type Stored = (usize, oneshot::Sender<()>);

/// Fetches the ranges of `spans` and stores what comes back.
async fn store_envelopes(
    session: &mut ImapSession,
    store: &SharedStore,
    batches: &Batches<'_>,
    spans: Spans,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<usize> {
    let (queue, waiting) = mpsc::channel(QUEUED_BATCHES);
    let (stored, mut stored_counts) = mpsc::unbounded_channel();
    let storer = tokio::spawn(store_in_order(
        store.clone(),
        batches.folder.id,
        batches.bulk,
        waiting,
        stored,
    ));
    let mut done = 0;
    let mut report = |count: usize| {
        done += count;
        events(progress(batches.folder, done, batches.total.max(done)));
    };
    let fetched = fetch_batches(
        session,
        batches.total,
        spans,
        cancel,
        &queue,
        (&mut stored_counts, &mut report),
    )
    .await;
    // Whatever stopped the fetching, what was fetched is stored before
    // this returns: nothing writes behind the caller's back.
    drop(queue);
    while let Some((count, reported)) = stored_counts.recv().await {
        report(count);
        let _ = reported.send(());
    }
    let stored_all = joined(storer).await;
    fetched?;
    stored_all?;
    Ok(done)
}

/// Waits for `work` while reporting each batch stored meanwhile, so
/// progress comes as soon as a batch is in the store, and the storer goes
/// on only once it was reported (what the window reads at a progress event
/// is what the event says).
async fn reporting<T>(
    work: impl std::future::Future<Output = T>,
    (counts, report): (&mut mpsc::UnboundedReceiver<Stored>, &mut impl FnMut(usize)),
) -> T {
    tokio::pin!(work);
    loop {
        tokio::select! {
            done = &mut work => return done,
            Some((count, reported)) = counts.recv() => {
                report(count);
                let _ = reported.send(());
            }
        }
    }
}

/// Fetches range after range and queues each batch for the store, decoding
/// as it goes, reporting stored batches all the while.
async fn fetch_batches(
    session: &mut ImapSession,
    total: usize,
    mut spans: Spans,
    cancel: &CancelToken,
    queue: &mpsc::Sender<JoinHandle<Vec<Envelope>>>,
    (counts, report): (&mut mpsc::UnboundedReceiver<Stored>, &mut impl FnMut(usize)),
) -> Result<()> {
    let mut received = 0;
    // Once all of SELECT's messages came (replies beyond its count are not
    // taken), no lower range can hold more.
    while received < total {
        let Some(range) = spans.next_range() else {
            break;
        };
        check(cancel)?;
        let fetch = session.fetch_raw_envelopes(&range);
        let raw = reporting(fetch, (&mut *counts, &mut *report)).await?;
        let count = raw.len();
        received += count;
        spans.got(count);
        if count == 0 {
            continue;
        }
        // Decoding starts at once, beside the store of the batches before.
        let decoding = tokio::task::spawn_blocking(move || raw.parse());
        let sent = reporting(queue.send(decoding), (&mut *counts, &mut *report)).await;
        if sent.is_err() {
            // The store failed; its error is the one to report.
            break;
        }
    }
    Ok(())
}

/// Stores the queued batches in the order they came, each once decoded;
/// sends each one's count when it is stored and waits for it to be
/// reported. Stops at the first failure.
async fn store_in_order(
    store: SharedStore,
    folder_id: i64,
    bulk: bool,
    mut waiting: mpsc::Receiver<JoinHandle<Vec<Envelope>>>,
    stored: mpsc::UnboundedSender<Stored>,
) -> Result<()> {
    while let Some(decoding) = waiting.recv().await {
        let envelopes = decoding.await.map_err(died)?;
        let store = store.clone();
        let count = joined(tokio::task::spawn_blocking(move || {
            with_store(&store, |s| {
                let written = if bulk {
                    s.upsert_messages_unindexed(folder_id, &envelopes)
                } else {
                    s.upsert_messages(folder_id, &envelopes)
                };
                written.map_err(Error::from)?;
                Ok(envelopes.len())
            })
        }))
        .await?;
        let (reported, wait) = oneshot::channel();
        if stored.send((count, reported)).is_ok() {
            let _ = wait.await;
        }
    }
    Ok(())
}

/// Progress of a first sync: `done` of `total` messages stored.
fn progress(folder: &FolderRow, done: usize, total: usize) -> Event {
    Event::Progress(Progress {
        account: folder.account,
        folder: folder.name.clone(),
        done,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::Spans;

    fn ranges(mut spans: Spans, mut brought: impl FnMut(u32, u32) -> usize) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(range) = spans.next_range() {
            let (low, high) = range.split_once(':').expect("low:high");
            let got = brought(low.parse().expect("low"), high.parse().expect("high"));
            spans.got(got);
            out.push(range);
        }
        out
    }

    #[test]
    fn dense_uids_come_in_growing_batches_down_to_one() {
        let all = ranges(Spans::below(20_001, 500), |low, high| {
            (high - low + 1) as usize
        });
        assert_eq!(
            all[..4],
            ["19501:20000", "18501:19500", "16501:18500", "12501:16500"]
        );
        assert_eq!(all.last().map(String::as_str), Some("1:4500"));
        // Every UID once.
        let mut next = 20_000;
        for range in &all {
            let (low, high) = range.split_once(':').unwrap();
            assert_eq!(high.parse::<u32>().unwrap(), next);
            next = low.parse::<u32>().unwrap() - 1;
        }
        assert_eq!(next, 0);
    }

    #[test]
    fn sparse_or_unknown_uids_take_a_handful_of_commands() {
        // 1,000 messages spread over UIDs up to 10,000,000.
        let sparse = ranges(Spans::below(10_000_001, 500), |low, high| {
            ((high / 10_000) - (low.saturating_sub(1) / 10_000)) as usize
        });
        assert!(sparse.len() <= 8, "{sparse:?}");
        // No UIDNEXT: from the top of the UID space.
        let unknown = ranges(Spans::below(u32::MAX, 500), |low, high| {
            usize::from(low <= 42 && 42 <= high)
        });
        assert!(unknown.len() <= 10, "{unknown:?}");
        assert!(unknown.last().unwrap().starts_with("1:"));
    }
}
