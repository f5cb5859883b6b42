//! Time to text (issue 34): opening a message with a 20 MiB scan on an
//! account without offline bodies, on loopback against the testkit's
//! Dovecot, as the window and `posta show` do it (BODYSTRUCTURE, then the
//! header and the text parts), against the floor of fetching it whole in
//! the same run. Bytes on the wire are Dovecot's own count (`Logged out
//! out=…`), one session per round.
//!
//! Run: `cargo bench --bench reading` (`POSTA_BENCH_ROUNDS=N`, default 5).
//! It prints figures only; it never fails on time.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::reading;
use posta_core::store::{PostaHome, Store};
use posta_core::sync::imap::{sync_account, with_store, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::scan_mail::{scan_bytes, scan_message};

/// A store with the envelopes synced, and the message's row id.
async fn fresh(dovecot: &Dovecot) -> (tempfile::TempDir, SharedStore, i64) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(1, "alice").expect("account");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut session = accounts::login(dovecot, &ALICE).await;
    sync_account(
        &mut session,
        &store,
        1,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("sync");
    let _ = session.logout().await;
    let id = with_store(&store, |s| {
        let inbox = s.folder_id(1, "INBOX")?.expect("INBOX");
        Ok(s.message_by_uid(inbox, 1)?.expect("the scan").id)
    })
    .expect("store");
    (dir, store, id)
}

/// One round: login, then the text (`whole`: the whole message) into a
/// fresh store; (time from login to the stored text, bytes sent).
async fn round(dovecot: &Dovecot, whole: bool) -> (Duration, u64) {
    let (_dir, store, id) = fresh(dovecot).await;
    let before = dovecot.imap_bytes_out(&ALICE).len();
    let started = Instant::now();
    let mut session = accounts::login(dovecot, &ALICE).await;
    if whole {
        reading::fetch_whole(&mut session, &store, id)
            .await
            .expect("whole");
    } else {
        let read = reading::fetch_for_reading(&mut session, &store, id)
            .await
            .expect("text");
        assert_eq!(read, reading::Read::Partial);
    }
    let took = started.elapsed();
    session.logout().await.expect("logout");
    let sent = dovecot.imap_bytes_out_after(&ALICE, before);
    (took, sent[0])
}

fn main() {
    let rounds: usize = std::env::var("POSTA_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let dovecot = Dovecot::start();
    let scan = scan_bytes(20 << 20);
    let message = scan_message("Umowa najmu", &scan);
    dovecot.deliver(&ALICE, "INBOX", &message);
    println!(
        "a message of {} bytes (a 20 MiB scan and a few lines of text), {rounds} rounds each, alternating",
        message.len()
    );
    let (mut text, mut whole) = (Vec::new(), Vec::new());
    rt.block_on(async {
        // Warm Dovecot's cache and the page cache.
        round(&dovecot, true).await;
        for _ in 0..rounds {
            text.push(round(&dovecot, false).await);
            whole.push(round(&dovecot, true).await);
        }
    });
    let median = |v: &mut Vec<(Duration, u64)>| {
        v.sort();
        v[v.len() / 2]
    };
    let (text_time, text_bytes) = median(&mut text);
    let (whole_time, whole_bytes) = median(&mut whole);
    println!(
        "time to text, reading on demand: median {:.1} ms, {} bytes from the server",
        text_time.as_secs_f64() * 1e3,
        text_bytes
    );
    println!(
        "floor, the whole message (as before): median {:.1} ms, {} bytes from the server",
        whole_time.as_secs_f64() * 1e3,
        whole_bytes
    );
    println!(
        "ratio: {:.3}× the time, {:.5}× the bytes",
        text_time.as_secs_f64() / whole_time.as_secs_f64(),
        text_bytes as f64 / whole_bytes as f64
    );
}
