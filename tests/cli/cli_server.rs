//! `posta server`: a POP3 account's mailbox on a real Dovecot, without
//! downloading it. Two 25 MiB messages are held back by the download
//! limit, listed with their headers (from `TOP n 0`) and state; one is
//! deleted on the server without a byte of it being downloaded (Dovecot's
//! own session log says `retr=0/0`, and the local store grows by less than
//! 1 MB), the other is fetched; an unknown UIDL is refused with a sentence.

use posta_testkit as support;
use posta_testkit::cli::{self, assert_code, text as out};

use std::path::Path;
use std::process::Output;

use posta_core::store::{AccountConfig, PostaHome};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

const MIB: usize = 1024 * 1024;

fn posta(home: &Path, args: &[&str]) -> Output {
    let password = (args[0] != "messages").then_some("--password-stdin");
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command.args(args).args(password).env("POSTA_HOME", home);
    cli::run(&mut command, ALICE.password)
}

fn message(n: usize, subject: &str, size: usize) -> Vec<u8> {
    let line = "Príloha: zmluva o dielo, faktúra, fotografie zo stavby.\r\n";
    let body = line.repeat(size / line.len() + 1);
    format!(
        "From: Ján Novák <jan@example.sk>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
         Message-ID: <m{n}@example.sk>\r\nDate: Tue, 24 Nov 2026 08:30:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    )
    .into_bytes()
}

/// Bytes under `dir`.
fn size_of(dir: &Path) -> u64 {
    let mut total = 0;
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            match entry.metadata() {
                Ok(m) if m.is_dir() => pending.push(path),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}

/// One line of the listing, split at tabs.
fn listing(home: &Path) -> Vec<Vec<String>> {
    let output = posta(home, &["server", "Poczta"]);
    assert_code(&output, 0);
    out(&output)
        .0
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn held_back_messages_are_listed_deleted_unseen_and_fetched() {
    let dovecot = Dovecot::start();
    dovecot.deliver(&ALICE, "INBOX", &message(1, "Malá", 2_000));
    dovecot.deliver(&ALICE, "INBOX", &message(2, "Fotky zo stavby", 25 * MIB));
    dovecot.deliver(&ALICE, "INBOX", &message(3, "Zmluva a výkresy", 25 * MIB));
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    let account = AccountConfig {
        name: "Poczta".into(),
        max_download_size: Some(MIB as u64),
        ..accounts::pop3(&dovecot, &ALICE)
    };
    posta_testkit::accounts::save(&PostaHome::at(home), vec![account]);

    assert_code(&posta(home, &["sync"]), 0);
    let lines = listing(home);
    assert_eq!(lines.len(), 3, "{lines:?}");
    for line in &lines {
        assert_eq!(
            line.len(),
            7,
            "NUMBER UIDL SIZE DATE FROM SUBJECT STATE: {line:?}"
        );
        assert_eq!(line[3], "2026-11-24T07:30:00Z");
        assert_eq!(line[4], "Ján Novák <jan@example.sk>");
    }
    assert_eq!(
        (lines[0][5].as_str(), lines[0][6].as_str()),
        ("Malá", "downloaded")
    );
    for line in &lines[1..] {
        assert_eq!(line[6], "held-back", "{line:?}");
        assert!(line[2].parse::<usize>().expect("size") > 25 * MIB);
    }
    assert_eq!(lines[1][5], "Fotky zo stavby");
    let (big, other) = (lines[1][1].clone(), lines[2][1].clone());

    // Unknown: a sentence and exit 1, nothing deleted.
    let unknown = posta(home, &["server", "Poczta", "--delete", "no-such-uidl"]);
    assert_code(&unknown, 1);
    assert!(
        out(&unknown).1.contains("no-such-uidl"),
        "{:?}",
        out(&unknown)
    );
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 3);

    // Deleted unseen: the store hardly grows, Dovecot sent nothing of it.
    let before = size_of(home);
    let deleted = posta(home, &["server", "Poczta", "--delete", &big]);
    assert_code(&deleted, 0);
    assert!(
        out(&deleted).1.contains("1 message deleted"),
        "{:?}",
        out(&deleted)
    );
    let grown = size_of(home).saturating_sub(before);
    assert!(grown < 1_000_000, "the store grew by {grown} bytes");
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 2);
    let log = dovecot.log_tail(50);
    let session = log
        .lines()
        .rev()
        .find(|l| l.contains("pop3(alice)") && l.contains("del=1/"))
        .unwrap_or_else(|| panic!("no POP3 session that deleted one message:\n{log}"));
    assert!(session.contains("retr=0/0"), "{session}");

    // Fetched now, whatever its size.
    let fetched = posta(home, &["server", "Poczta", "--fetch", &other]);
    assert_code(&fetched, 0);
    assert!(
        out(&fetched).1.contains("1 message downloaded"),
        "{:?}",
        out(&fetched)
    );
    let lines = listing(home);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1][1], other);
    assert_eq!(lines[1][6], "downloaded");
    let messages = posta(home, &["messages", "INBOX", "--account", "Poczta"]);
    assert!(
        out(&messages).0.contains("Zmluva a výkresy"),
        "{:?}",
        out(&messages)
    );

    // Not a POP3 account: refused with a sentence.
    let imap_home = tempfile::tempdir().expect("home");
    posta_testkit::accounts::save(
        &PostaHome::at(imap_home.path()),
        vec![accounts::imap(&dovecot, &ALICE)],
    );
    let refused = posta(imap_home.path(), &["server", "alice"]);
    assert_code(&refused, 2);
    assert!(
        out(&refused).1.contains("IMAP account"),
        "{:?}",
        out(&refused)
    );
}
