//! Waiting for an account worker's events, bounded so a worker that never
//! says the awaited thing fails the test instead of hanging it.

use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use posta_core::store::AccountConfig;
use posta_core::sync::SharedStore;
use posta_core::worker::{self, Event, Handle};
use posta_core::Secret;

use super::dovecot::User;

/// Waits at most `within` for the first event that `want` accepts.
pub async fn until_within(
    events: &mut (impl Stream<Item = Event> + Unpin),
    within: Duration,
    mut want: impl FnMut(&Event) -> bool,
) -> Event {
    let wait = async {
        while let Some(event) = events.next().await {
            if want(&event) {
                return event;
            }
        }
        panic!("the worker stopped");
    };
    tokio::time::timeout(within, wait)
        .await
        .unwrap_or_else(|_| panic!("no such event within {within:?}"))
}

/// Waits at most 60 s for the first event that `want` accepts.
pub async fn until(
    events: &mut (impl Stream<Item = Event> + Unpin),
    want: impl FnMut(&Event) -> bool,
) -> Event {
    until_within(events, Duration::from_secs(60), want).await
}

/// An account worker's events, boxed so tests can keep and pass them.
pub type Events = std::pin::Pin<Box<dyn Stream<Item = Event> + Send>>;

/// `user`'s worker for `account` on `store`, after its first sync (waited
/// for at most `within`).
pub async fn synced_worker(
    account: AccountConfig,
    user: &User,
    store: &SharedStore,
    within: Duration,
) -> (Handle, Events) {
    let (handle, events) = worker::spawn(account, Secret::new(user.password), store.clone());
    let mut events: Events = Box::pin(events);
    until_within(&mut events, within, |e| matches!(e, Event::SyncDone(_))).await;
    (handle, events)
}

/// The next event, waiting until `deadline` at the most (the tests give
/// a worker 60 s).
pub fn next_before(
    rt: &tokio::runtime::Runtime,
    events: &mut (impl Stream<Item = Event> + Unpin),
    deadline: Instant,
) -> Event {
    let left = deadline.saturating_duration_since(Instant::now());
    rt.block_on(tokio::time::timeout(left, events.next()))
        .expect("an event within 60 s")
        .expect("the worker runs")
}
