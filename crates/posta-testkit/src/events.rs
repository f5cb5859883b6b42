//! Waiting for an account worker's events, bounded so a worker that never
//! says the awaited thing fails the test instead of hanging it.

use std::time::Duration;

use futures::{Stream, StreamExt};
use posta_core::worker::Event;

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
