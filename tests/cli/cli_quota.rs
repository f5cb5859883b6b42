//! `posta quota` and the quota warning after `posta sync`, against a real
//! Dovecot with its quota plugin and a per-user limit: the lines are in
//! bytes (RFC 9208 counts KiB), the warning sentence with the percentage
//! comes at 80 % and the urgent one at 95 %, on standard error; a server
//! or account without quota says so in a sentence and exits 0.

use posta_testkit as support;
use posta_testkit::cli::{self, assert_code, text as out};

use std::path::Path;
use std::process::Output;

use posta_core::store::{AccountConfig, PostaHome, Store};
use support::accounts;
use support::dovecot::{Dovecot, ALICE, BOB};

fn posta(home: &Path, args: &[&str], password: &str) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, password)
}

fn save(home: &Path, accounts: Vec<AccountConfig>) {
    posta_testkit::accounts::save(&PostaHome::at(home), accounts);
}

/// A message of about `kib` KiB.
fn message(n: usize, kib: usize) -> Vec<u8> {
    let line = "Zažltnutý kôň úpel ďábelské ódy, pójdźże kiń tę chmurność.\r\n";
    let body = line.repeat(kib * 1024 / line.len() + 1);
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Duża {n}\r\n\
         Message-ID: <big-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    )
    .into_bytes()
}

/// The `storage` line's numbers.
fn storage(stdout: &str) -> (u64, u64, u64) {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("storage\t"))
        .unwrap_or_else(|| panic!("no storage line in {stdout:?}"));
    let fields: Vec<u64> = line
        .split('\t')
        .skip(1)
        .map(|f| f.parse().expect("a number"))
        .collect();
    assert_eq!(fields.len(), 3, "{line:?}");
    (fields[0], fields[1], fields[2])
}

#[test]
fn quota_lines_are_in_bytes_and_warn_at_80_and_95_percent() {
    let dovecot = Dovecot::start();
    dovecot.set_quota(&ALICE, "*:storage=1M");
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    let alice = AccountConfig {
        name: "Alice".into(),
        ..accounts::imap(&dovecot, &ALICE)
    };
    save(home, vec![alice.clone()]);

    // Nearly empty: one line, no warning.
    dovecot.deliver(&ALICE, "INBOX", &message(0, 100));
    let quota = posta(home, &["quota", "--password-stdin"], ALICE.password);
    assert_code(&quota, 0);
    let (stdout, stderr) = out(&quota);
    let (used, limit, percent) = storage(&stdout);
    assert_eq!(limit, 1024 * 1024, "RFC 9208 KiB become bytes");
    assert!(used > 100 * 1024 && used < 120 * 1024, "{used}");
    assert_eq!(percent, used * 100 / limit);
    assert!(stderr.trim().is_empty(), "no warning under 80 %: {stderr}");

    // 85 %: the warning, with its percentage, on standard error.
    for n in 1..9 {
        dovecot.deliver(&ALICE, "INBOX", &message(n, 100));
    }
    let quota = posta(
        home,
        &["quota", "--account", "Alice", "--password-stdin"],
        ALICE.password,
    );
    assert_code(&quota, 0);
    let (stdout, stderr) = out(&quota);
    let (_, _, percent) = storage(&stdout);
    assert!((80..95).contains(&percent), "{percent}");
    assert!(
        stderr.contains(&format!("{percent}% full")) && stderr.contains("make room"),
        "{stderr}"
    );
    // The sync says the same after its summary.
    let sync = posta(home, &["sync", "--password-stdin"], ALICE.password);
    assert_code(&sync, 0);
    assert!(
        out(&sync).1.contains(&format!("{percent}% full")),
        "{:?}",
        out(&sync)
    );
    // And the store keeps it for the window.
    let kept = Store::open(&PostaHome::at(home))
        .expect("store")
        .quota(alice.id)
        .expect("quota");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].percent(), percent);

    // 95 % and more: the urgent sentence.
    dovecot.deliver(&ALICE, "INBOX", &message(9, 100));
    let quota = posta(home, &["quota", "--password-stdin"], ALICE.password);
    assert_code(&quota, 0);
    let (stdout, stderr) = out(&quota);
    let (_, _, percent) = storage(&stdout);
    assert!(percent >= 95, "{percent}");
    assert!(
        stderr.contains(&format!("{percent}% full")) && stderr.contains("Make room now"),
        "{stderr}"
    );
}

#[test]
fn no_quota_is_a_sentence_and_success() {
    let dovecot = Dovecot::start();
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    // Bob keeps the server's 10 GB default: a line at 0 %, no warning.
    let bob = AccountConfig {
        name: "Bob".into(),
        ..accounts::imap(&dovecot, &BOB)
    };
    let pop3 = AccountConfig {
        id: 2,
        name: "Poczta".into(),
        ..accounts::pop3(&dovecot, &ALICE)
    };
    save(home, vec![bob, pop3]);
    let quota = posta(
        home,
        &["quota", "--account", "Bob", "--password-stdin"],
        BOB.password,
    );
    assert_code(&quota, 0);
    let (stdout, stderr) = out(&quota);
    assert_eq!(storage(&stdout), (0, 10 * 1024 * 1024 * 1024, 0));
    assert!(stderr.trim().is_empty(), "{stderr}");

    let quota = posta(
        home,
        &["quota", "--account", "Poczta", "--password-stdin"],
        ALICE.password,
    );
    assert_code(&quota, 0);
    let (stdout, stderr) = out(&quota);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("sets no limit"), "{stderr}");
}
