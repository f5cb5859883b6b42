//! Reading on demand (issue 34) through the real binary against the real
//! Dovecot: `posta show` of a message with a 20 MiB scan, on an account
//! without offline bodies, prints its text with under 1 MB sent by the
//! server (counted by Dovecot's own log); `--save-attachments` writes the
//! scan byte for byte; what was read stays readable offline, and a message
//! never read gives advice that works; `posta search --server` finds a
//! word in a body that was never downloaded; turning offline bodies on
//! downloads every listed body at the next sync.

use posta_testkit::cli::{self, assert_code, assert_stderr_has, stderr, stdout};
use posta_testkit::dovecot::{Dovecot, ALICE};
use posta_testkit::scan_mail::{scan_bytes, scan_message};
use posta_testkit::{accounts, mail};

use std::path::Path;
use std::process::Output;

use posta_core::store::{PostaHome, Sort, Store};

const SCAN: usize = 20 << 20;

fn posta(home: &Path, args: &[&str]) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, ALICE.password)
}

fn small(n: usize) -> Vec<u8> {
    let mut body = Vec::new();
    mail::fill_lines(&mut body, 2_000, &mail::WORDS, n as u32, 9);
    let mut out = format!(
        "From: Jan <jan@example.pl>\r\nTo: alice@example.org\r\nSubject: Krótka {n}\r\n\
         Date: Mon, 07 Dec 2026 08:0{n}:00 +0100\r\nMessage-ID: <krotka-{n}@example.pl>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

/// Every message of INBOX with whether its whole body is here.
fn bodies(home: &Path) -> Vec<(String, bool)> {
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let inbox = store
        .folders(1)
        .expect("folders")
        .into_iter()
        .find(|f| f.name == "INBOX")
        .expect("INBOX");
    store
        .messages(inbox.id, 100, 0, Sort::DateDesc)
        .expect("messages")
        .into_iter()
        .map(|m| (m.subject, m.has_body))
        .collect()
}

#[test]
fn a_big_scan_shows_its_text_for_little_and_its_attachment_when_asked() {
    let mut dovecot = Dovecot::start();
    let scan = scan_bytes(SCAN);
    dovecot.deliver(&ALICE, "INBOX", &scan_message("Umowa najmu", &scan));
    dovecot.deliver(&ALICE, "INBOX", &small(1));
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    accounts::save(&PostaHome::at(home), vec![accounts::imap(&dovecot, &ALICE)]);
    assert_code(&posta(home, &["sync", "--password-stdin"]), 0);
    assert_eq!(
        bodies(home),
        [
            ("Umowa najmu".to_owned(), false),
            ("Krótka 1".to_owned(), false)
        ]
    );

    // Not on this computer: the local index cannot find it, the server can.
    let local = posta(home, &["search", "podpis"]);
    assert_code(&local, 0);
    assert!(stdout(&local).is_empty(), "{}", stdout(&local));
    let remote = posta(home, &["search", "--server", "podpis", "--password-stdin"]);
    assert_code(&remote, 0);
    let lines: Vec<String> = stdout(&remote).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("Umowa najmu") && lines[0].contains("INBOX"));
    // Non-ASCII words go too (a literal).
    let remote = posta(home, &["search", "--server", "piątku", "--password-stdin"]);
    assert_code(&remote, 0);
    assert!(
        stdout(&remote).contains("Umowa najmu"),
        "{}",
        stderr(&remote)
    );

    // The text, for a fraction of the message.
    let before = dovecot.imap_bytes_out(&ALICE).len();
    let shown = posta(home, &["show", "INBOX", "1", "--password-stdin"]);
    assert_code(&shown, 0);
    let text = stdout(&shown);
    assert!(text.contains("Proszę o podpis do piątku."), "{text}");
    assert!(text.contains("skan-umowy.pdf\tapplication/pdf\t"), "{text}");
    let sent = dovecot.imap_bytes_out_after(&ALICE, before);
    assert_eq!(sent.len(), 1, "one session: {sent:?}");
    assert!(sent[0] < 1_000_000, "the server sent {} bytes", sent[0]);
    eprintln!(
        "posta show of a 20 MiB message: {} bytes from the server",
        sent[0]
    );
    // Kept, not pretending to be whole.
    assert_eq!(bodies(home)[0], ("Umowa najmu".to_owned(), false));
    let local = posta(home, &["search", "podpis"]);
    assert!(
        stdout(&local).contains("Umowa najmu"),
        "the text it has is indexed"
    );

    // The attachment, byte for byte.
    let saved = tempfile::tempdir().expect("saved");
    let dir = saved.path().join("załączniki");
    let dir_arg = dir.to_str().expect("utf-8");
    let shown = posta(
        home,
        &[
            "show",
            "INBOX",
            "1",
            "--save-attachments",
            dir_arg,
            "--password-stdin",
        ],
    );
    assert_code(&shown, 0);
    let written = std::fs::read(dir.join("skan-umowy.pdf")).expect("saved scan");
    assert!(written == scan, "the saved scan differs from the one sent");

    // Offline: what was read stays readable; what was not says what works.
    dovecot.stop();
    let shown = posta(home, &["show", "INBOX", "1"]);
    assert_code(&shown, 0);
    assert!(stdout(&shown).contains("Proszę o podpis do piątku."));
    let unread = posta(home, &["show", "INBOX", "2", "--password-stdin"]);
    assert_code(&unread, 1);
    assert_stderr_has(&unread, "posta account edit alice --download-bodies true");

    // The advice works: offline bodies on, one sync, every body here.
    dovecot.restart();
    let edit = posta(
        home,
        &["account", "edit", "alice", "--download-bodies", "true"],
    );
    assert_code(&edit, 0);
    assert_code(&posta(home, &["sync", "--password-stdin"]), 0);
    assert_eq!(
        bodies(home),
        [
            ("Umowa najmu".to_owned(), true),
            ("Krótka 1".to_owned(), true)
        ]
    );
    dovecot.stop();
    let shown = posta(home, &["show", "INBOX", "2"]);
    assert_code(&shown, 0);
    assert!(stdout(&shown).contains("Krótka 1"));
    let raw = posta(home, &["show", "INBOX", "1", "--raw"]);
    assert_code(&raw, 0);
    assert_eq!(raw.stdout, scan_message("Umowa najmu", &scan));
}
