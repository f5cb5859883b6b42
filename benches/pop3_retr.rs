//! RETR throughput and linearity of Posta's POP3 client against a real
//! Dovecot over POP3S (async-pop took 26 s for 4 MiB and grew quadratically).
//!
//! Run: `cargo bench --bench pop3_retr`
//!
//! It stores one 5 MiB and one 25 MiB message (varied text, some lines
//! starting with `.`), retrieves each five times through `retr_to` into a
//! file with fsync, keeps the best time, checks the bytes, and prints MB/s
//! and the ratio time(25 MiB) / time(5 MiB). Linear is 5.0; the run passes
//! at ≤ 6.5 (1.3× linear) and exits with status 1 otherwise.
//!
//! Then it downloads both with Posta's POP3 sync into a store and prints the
//! peak memory that took, against the size of the larger message.

use posta_testkit as support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::pop3::Pop3Session;
use posta_core::store::{PostaHome, Store};
use posta_core::sync::pop3::sync_pop3;
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::memory::status_mb;

const MIB: usize = 1024 * 1024;
const RUNS: usize = 5;
const LIMIT_RATIO: f64 = 6.5;

/// About `size` bytes of varied CRLF text, every seventh line or so
/// starting with a dot (dot-stuffed on the wire).
fn message(size: usize, tag: &str) -> Vec<u8> {
    let words: Vec<&str> = posta_testkit::mail::WORDS
        .into_iter()
        .chain(["the", "quick"])
        .collect();
    let mut out =
        format!("Subject: bench {tag}\r\nMessage-ID: <{tag}@bench.example>\r\n\r\n").into_bytes();
    posta_testkit::mail::fill_lines(&mut out, size, &words, 0x5eed, 16);
    out
}

/// Retrieves message `n` into a fresh file, fsynced; returns the time and
/// the file's bytes.
async fn retrieve(session: &mut Pop3Session, n: u32, dir: &std::path::Path) -> (Duration, Vec<u8>) {
    let path = dir.join(format!("message-{n}.eml"));
    let start = Instant::now();
    let mut file = tokio::fs::File::create(&path).await.expect("create file");
    session.retr_to(n, &mut file).await.expect("retr_to");
    file.sync_all().await.expect("fsync");
    let elapsed = start.elapsed();
    drop(file);
    (elapsed, std::fs::read(&path).expect("read back"))
}

fn main() {
    let dovecot = Dovecot::start();
    let small = message(5 * MIB, "5mib");
    let large = message(25 * MIB, "25mib");
    dovecot.bulk_fill(&ALICE, "INBOX", [small.clone(), large.clone()]);

    let endpoint = Endpoint {
        host: dovecot.host().to_owned(),
        port: dovecot.pop3s_port(),
        security: Security::Tls,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(std::fs::read(dovecot.ca_pem()).expect("read CA"))),
            pinned: None,
        },
        timeout: Duration::from_secs(60),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let dir = tempfile::tempdir().expect("temp dir");

    let best = runtime.block_on(async {
        let mut session = Pop3Session::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("POP3S login");
        let mut best = Vec::new();
        for (n, expected) in [(1, &small), (2, &large)] {
            let mut fastest = Duration::MAX;
            for _ in 0..RUNS {
                let (elapsed, got) = retrieve(&mut session, n, dir.path()).await;
                assert!(&got == expected, "message {n} differs from what was stored");
                fastest = fastest.min(elapsed);
            }
            best.push((expected.len(), fastest));
        }
        session.quit().await.expect("quit");
        best
    });

    for (size, time) in &best {
        let mb_per_s = *size as f64 / 1e6 / time.as_secs_f64();
        println!(
            "RETR {:>2} MiB: best of {RUNS} {:>8.1} ms  {:>7.1} MB/s",
            size / MIB,
            time.as_secs_f64() * 1e3,
            mb_per_s
        );
    }
    // Memory of a real download into the store (body streamed to disk,
    // read back for the index). The peak is reset first (Linux clear_refs),
    // so it is this step's own.
    let home = tempfile::tempdir().expect("temp dir");
    let store = Arc::new(std::sync::Mutex::new(
        Store::open(&PostaHome::at(home.path())).expect("store"),
    ));
    let account = accounts::pop3(&dovecot, &ALICE);
    let before = status_mb("VmRSS:");
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let summary = runtime
        .block_on(sync_pop3(
            &posta_core::sync::pop3::Pop3Account {
                endpoint: &endpoint,
                user: ALICE.name,
                password: &Secret::new(ALICE.password),
                store: &store,
                account: &account,
            },
            &SyncOptions::default(),
            &CancelToken::new(),
            &mut |_| {},
        ))
        .expect("POP3 sync");
    assert_eq!(summary.new_messages, 2);
    let peak = status_mb("VmHWM:");
    println!(
        "POP3 sync of both into the store: peak RSS {peak:.0} MB, {:.0} MB above the {before:.0} MB before{} = {:.2}x the 25 MiB message",
        peak - before,
        if reset { "" } else { " (peak not reset: figure includes the RETR runs)" },
        (peak - before) * 1024.0 * 1024.0 / large.len() as f64
    );

    let ratio = best[1].1.as_secs_f64() / best[0].1.as_secs_f64();
    let verdict = if ratio <= LIMIT_RATIO { "PASS" } else { "FAIL" };
    println!(
        "time(25 MiB) / time(5 MiB) = {ratio:.2} (linear 5.0, limit {LIMIT_RATIO}): {verdict}"
    );
    if verdict == "FAIL" {
        std::process::exit(1);
    }
}
