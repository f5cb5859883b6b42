//! Linear parsing of long IMAP answers (issue 11): a `UID SEARCH` of
//! 100,000 and 1,000,000 UIDs and a `LIST` of 10,000 and 100,000 folders,
//! read by Posta's IMAP client from a scripted server on loopback. Before
//! the async-imap patch (vendor/async-imap/PATCHED.md) the whole buffer was
//! re-parsed after every 4 KiB read: 500,000 UIDs took 6 s.
//!
//! Run: `cargo bench --bench parse`
//!
//! Each size runs three times on a fresh connection; the best time counts.
//! It prints the times, the ratio of the larger size's time to the
//! smaller's (linear is 10.0) and the peak memory, and exits with status 1
//! when a ratio is above 15 (1.5× linear).

use posta_testkit as support;

use std::time::{Duration, Instant};

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security};
use posta_core::Secret;
use support::fake_server::Reply;
use support::imap_script::{imap_server, select_reply};
use support::memory::status_mb;

const RUNS: usize = 3;
const LIMIT_RATIO: f64 = 15.0;

fn search_answer(count: u32) -> String {
    let mut out = String::with_capacity(count as usize * 8);
    out.push_str("* SEARCH");
    for uid in 1..=count {
        out.push(' ');
        out.push_str(&uid.to_string());
    }
    out.push_str("\r\n");
    out
}

fn list_answer(count: u32) -> String {
    (0..count)
        .map(|n| {
            format!(
                "* LIST (\\HasNoChildren) \"/\" \"Archiwum/{:04}/Faktury {n:07}\"\r\n",
                n % 20 + 2000
            )
        })
        .collect()
}

/// The best of [`RUNS`] times of `work` on a fresh session to a server
/// answering the command starting with `verb` with `answer`.
async fn best<T>(
    verb: &'static str,
    answer: &str,
    mut work: impl AsyncFnMut(&mut ImapSession) -> T,
) -> (Duration, T) {
    let mut best: Option<(Duration, T)> = None;
    for _ in 0..RUNS {
        let answer = answer.to_owned();
        let server = imap_server(move |tag, command| {
            if command.starts_with("SELECT") {
                // As many messages as the SEARCH lists.
                return Some(select_reply(tag, 1_000_000, 1_000_001));
            }
            command
                .starts_with(verb)
                .then(|| Reply::from(format!("{answer}{tag} OK done\r\n")))
        });
        let mut endpoint = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
        endpoint.timeout = Duration::from_secs(120);
        let mut session = ImapSession::connect(&endpoint, "alice", &Secret::new("hunter2"))
            .await
            .expect("log in");
        let started = Instant::now();
        let out = work(&mut session).await;
        let took = started.elapsed();
        if best.as_ref().is_none_or(|(b, _)| took < *b) {
            best = Some((took, out));
        }
    }
    best.expect("at least one run")
}

#[tokio::main]
async fn main() {
    let mut failed = false;
    let mut report = |what: &str, small: (u32, Duration), large: (u32, Duration)| {
        let ratio = large.1.as_secs_f64() / small.1.as_secs_f64();
        println!(
            "{what}: {} in {:.1} ms, {} in {:.1} ms; ratio {ratio:.1} for {}× the size (linear {:.1})",
            small.0,
            small.1.as_secs_f64() * 1000.0,
            large.0,
            large.1.as_secs_f64() * 1000.0,
            large.0 / small.0,
            f64::from(large.0 / small.0),
        );
        if ratio > LIMIT_RATIO {
            println!("{what}: FAIL, ratio above {LIMIT_RATIO}");
            failed = true;
        }
    };

    let mut times = Vec::new();
    for count in [100_000u32, 1_000_000] {
        let answer = search_answer(count);
        let (took, uids) = best("UID SEARCH", &answer, async |s: &mut ImapSession| {
            s.all_uids().await.expect("SEARCH")
        })
        .await;
        assert_eq!(uids.len(), count as usize);
        times.push((count, took));
    }
    report("UID SEARCH", times[0], times[1]);

    let mut times = Vec::new();
    for count in [10_000u32, 100_000] {
        let answer = list_answer(count);
        let (took, folders) = best("LIST", &answer, async |s: &mut ImapSession| {
            s.list_folders().await.expect("LIST")
        })
        .await;
        assert_eq!(folders.len(), count as usize);
        times.push((count, took));
    }
    report("LIST", times[0], times[1]);
    println!("peak memory: {:.0} MB", status_mb("VmHWM:"));
    if failed {
        std::process::exit(1);
    }
}
