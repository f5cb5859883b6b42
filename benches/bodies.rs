//! Offline download (`--download-bodies`) against mbsync, the peer, on the
//! same Dovecot in the same run.
//!
//! Run: `cargo bench --bench bodies` (10,000 messages of about 30 KB), or
//! `POSTA_BENCH_MESSAGES=N cargo bench --bench bodies`. mbsync comes from
//! Debian's `isync`, installed here when missing.
//!
//! Both sides start from nothing (an empty store, an empty Maildir), fetch
//! every message whole and sync each file to disk: mbsync with its default
//! `FSync yes`, Posta as always. Dovecot and the page cache are warmed by
//! one mbsync run first; then the two alternate, twice each, and the best
//! of each is compared (target: Posta ≤ 1.0× mbsync). It prints figures
//! only; it never fails on time.

use posta_testkit as support;

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::store::{PostaHome, Store};
use posta_core::sync::imap::{sync_account, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::Secret;
use support::dovecot::{Dovecot, ALICE};
use support::memory::status_mb;

const WORDS: [&str; 8] = [
    "wiadomość",
    "správa",
    "писмо",
    "umowa",
    "zmluva",
    "договор",
    "faktúra",
    "źródło",
];

/// A message of 1–60 KB: text and, for most, a base64 attachment, so the
/// average is about 30 KB as in a real mailbox.
fn message(n: usize) -> Vec<u8> {
    use base64::Engine;
    let body: String = (0..40)
        .map(|i| WORDS[(n + i) % 8])
        .collect::<Vec<_>>()
        .join(" ");
    let attachment_len = (n * 7919) % 45_000;
    let mut head = format!(
        "From: Zofia Kowalska <zofia{}@example.pl>\r\nTo: alice@example.org\r\n\
Subject: Faktura {n}\r\nDate: Mon, {} Nov 2026 10:{:02}:00 +0100\r\nMessage-ID: <body{n}@bench>\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n\
--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
        n % 97,
        1 + n % 28,
        n % 60
    )
    .into_bytes();
    if attachment_len > 0 {
        let data: Vec<u8> = (0..attachment_len).map(|i| (i * 31 + n) as u8).collect();
        let encoded = base64::engine::general_purpose::STANDARD.encode(data);
        head.extend_from_slice(
            b"--m\r\nContent-Type: application/pdf; name=f.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        );
        for line in encoded.as_bytes().chunks(76) {
            head.extend_from_slice(line);
            head.extend_from_slice(b"\r\n");
        }
    }
    head.extend_from_slice(b"--m--\r\n");
    head
}

fn endpoint(d: &Dovecot) -> Endpoint {
    Endpoint {
        host: d.host().into(),
        port: d.imaps_port(),
        security: Security::Tls,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(std::fs::read(d.ca_pem()).expect("CA"))),
            pinned: None,
        },
        timeout: Duration::from_secs(300),
    }
}

/// Installs Debian's isync when mbsync is missing.
fn ensure_mbsync() {
    if Command::new("mbsync").arg("--version").output().is_ok() {
        return;
    }
    println!("installing isync (mbsync)");
    let sudo = if is_root() { vec![] } else { vec!["sudo"] };
    let mut install: Vec<&str> = sudo;
    install.extend(["apt-get", "install", "-y", "-q", "isync"]);
    let status = Command::new(install[0])
        .args(&install[1..])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .expect("apt-get");
    assert!(status.success(), "could not install isync");
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// One mbsync run of INBOX into an empty Maildir under `dir`, timed.
fn mbsync(d: &Dovecot, dir: &Path) -> Duration {
    let maildir = dir.join("mail");
    std::fs::create_dir_all(&maildir).expect("maildir");
    let rc = dir.join("mbsyncrc");
    std::fs::write(
        &rc,
        format!(
            "IMAPAccount bench\nHost {host}\nPort {port}\nUser {user}\nPass {pass}\nSSLType IMAPS\n\
CertificateFile {ca}\n\nIMAPStore remote\nAccount bench\n\nMaildirStore local\nPath {dir}/\nInbox {dir}/INBOX\n\n\
Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX\nCreate Near\nSync Pull\nSyncState *\n",
            host = d.host(),
            port = d.imaps_port(),
            user = ALICE.name,
            pass = ALICE.password,
            ca = d.ca_pem().display(),
            dir = maildir.display(),
        ),
    )
    .expect("mbsyncrc");
    let start = Instant::now();
    let out = Command::new("mbsync")
        .arg("-q")
        .arg("-c")
        .arg(&rc)
        .arg("-a")
        .output()
        .expect("mbsync");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "mbsync failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = std::fs::read_dir(maildir.join("INBOX").join("cur"))
        .map(|d| d.count())
        .unwrap_or(0)
        + std::fs::read_dir(maildir.join("INBOX").join("new"))
            .map(|d| d.count())
            .unwrap_or(0);
    assert!(files > 0, "mbsync fetched nothing");
    took
}

/// One Posta first sync into an empty store, timed; bodies or not. Then,
/// timed apart, what the indexer does after it in the background (the
/// bodies' text into the search index).
async fn posta(d: &Dovecot, dir: &Path, bodies: bool) -> (Duration, Duration) {
    let store = Store::open(&PostaHome::at(dir)).expect("store");
    store.ensure_account(1, "bench").expect("account");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let options = SyncOptions {
        download_bodies: bodies,
        ..SyncOptions::default()
    };
    let start = Instant::now();
    let mut session = ImapSession::connect(&endpoint(d), ALICE.name, &Secret::new(ALICE.password))
        .await
        .expect("login");
    sync_account(
        &mut session,
        &store,
        1,
        &options,
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("sync");
    let synced = start.elapsed();
    let indexing = Instant::now();
    posta_core::sync::indexer::catch_up(store).await;
    (synced, indexing.elapsed())
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

#[tokio::main]
async fn main() {
    ensure_mbsync();
    let count: usize = std::env::var("POSTA_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let d = Dovecot::start();
    // Generated as they are written, so the bench's own memory stays small.
    let bytes = std::cell::Cell::new(0usize);
    d.bulk_fill(
        &ALICE,
        "INBOX",
        (0..count)
            .map(message)
            .inspect(|m| bytes.set(bytes.get() + m.len())),
    );
    let bytes = bytes.get();
    println!("INBOX: {count} messages, {:.0} MB", bytes as f64 / 1e6);

    let warm = tempfile::tempdir().expect("tempdir");
    println!("warm-up mbsync: {:.2} s", secs(mbsync(&d, warm.path())));
    drop(warm);
    let mut best_mbsync = Duration::MAX;
    let mut best_posta = Duration::MAX;
    for round in 1..=2 {
        let dir = tempfile::tempdir().expect("tempdir");
        let m = mbsync(&d, dir.path());
        drop(dir);
        let dir = tempfile::tempdir().expect("tempdir");
        let (p, indexer) = posta(&d, dir.path(), true).await;
        drop(dir);
        println!(
            "round {round}: mbsync {:.2} s, Posta {:.2} s = {:.2}× (then the indexer, in the background: {:.2} s)",
            secs(m),
            secs(p),
            secs(p) / secs(m),
            secs(indexer)
        );
        best_mbsync = best_mbsync.min(m);
        best_posta = best_posta.min(p);
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (envelopes, _) = posta(&d, dir.path(), false).await;
    drop(dir);
    println!(
        "best: mbsync {:.2} s, Posta {:.2} s = {:.2}× (target ≤ 1.0×); of Posta's, the envelope sync alone {:.2} s",
        secs(best_mbsync),
        secs(best_posta),
        secs(best_posta) / secs(best_mbsync),
        secs(envelopes)
    );
    println!("peak RSS: {:.0} MB", status_mb("VmHWM:"));
}
