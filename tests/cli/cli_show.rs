//! `posta show FOLDER N` through the real binary, on a local store filled
//! with the reading fixtures (a POP3 account that never connects: showing
//! reads only this computer): headers, the body as the reader's renderer
//! writes it (table cells apart, list items on their own lines, link
//! targets, headings, `<pre>` spaces), attachment lines, `--raw`, and a
//! translated sentence with exit 1 for an unknown folder or number.

use posta_testkit::cli;
use std::path::Path;
use std::process::Output;

use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::message::{parse_headers, Envelope, RemoteId};
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Config, FolderRow, PostaHome, Sort, Store};

const FIXTURES: &[&str] = &[
    "invoice-pl.eml",
    "newsletter-sk.eml",
    "invitation-bg.eml",
    "reply-outlook.eml",
    "reply-gmail.eml",
    "reply-thunderbird.eml",
    "flowed.eml",
    "hostile.eml",
];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/reading/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

/// A home with one POP3 account whose INBOX holds every fixture (the last
/// one's body not downloaded).
fn home() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("home");
    fill(dir.path(), None);
    dir
}

/// Fills `dir` as [`home`] does; with `remote`, the newsletter's remote
/// images point there instead (for screenshots with a local web server).
fn fill(dir: &Path, remote: Option<&str>) {
    let home = PostaHome::at(dir);
    let account = AccountConfig {
        id: 1,
        name: "Dom".into(),
        email: "jan.kowalski@example.pl".into(),
        display_name: String::new(),
        protocol: Protocol::Pop3,
        host: "mail.example.invalid".into(),
        port: 995,
        security: Security::Tls,
        user: "jan.kowalski@example.pl".into(),
        ..posta_testkit::accounts::base()
    };
    Config {
        language: None,
        notifications: true,
        accounts: vec![account],
        ..Config::default()
    }
    .save(&home)
    .expect("config");
    let store = Store::open(&home).expect("store");
    store.ensure_account(1, "Dom").expect("account");
    let inbox = store
        .upsert_folder(
            1,
            &FolderRow {
                account: 1,
                name: "INBOX".into(),
                wire_name: "INBOX".into(),
                role: Some(SpecialUse::Inbox),
                selectable: true,
                ..FolderRow::default()
            },
        )
        .expect("folder");
    let envelopes: Vec<Envelope> = FIXTURES
        .iter()
        .map(|name| {
            let raw = fixture(name);
            Envelope {
                id: RemoteId::Uidl((*name).into()),
                flags: Vec::new(),
                size: raw.len() as u64,
                headers: parse_headers(&raw),
            }
        })
        .collect();
    store.upsert_messages(inbox, &envelopes).expect("messages");
    // A message whose body never came: the same envelope, another UIDL.
    let mut missing = envelopes[0].clone();
    missing.id = RemoteId::Uidl("not-downloaded".into());
    missing.headers.subject = "Nie pobrano".into();
    missing.headers.date = Some(0);
    store.upsert_messages(inbox, &[missing]).expect("missing");
    for row in store.messages(inbox, 100, 0, Sort::DateDesc).expect("rows") {
        let Some(name) = FIXTURES.iter().find(|name| {
            parse_headers(&fixture(name)).subject == row.subject && row.date.is_some_and(|d| d > 0)
        }) else {
            continue;
        };
        let mut raw = fixture(name);
        if let (Some(base), true) = (remote, *name == "newsletter-sk.eml") {
            raw = String::from_utf8(raw)
                .expect("UTF-8 fixture")
                .replace("https://cdn.knihy-podtatrami.sk", base)
                .replace("https://track.knihy-podtatrami.sk", base)
                .into_bytes();
        }
        store.store_body(row.id, &raw).expect("body");
    }
}

/// Fills `POSTA_FIXTURE_HOME` for `packaging/screenshots-reader.sh`
/// (`POSTA_REMOTE_BASE`: where the newsletter's remote images are served).
#[test]
#[ignore = "run by packaging/screenshots-reader.sh"]
fn fill_reading_home() {
    let home = std::env::var_os("POSTA_FIXTURE_HOME").expect("set POSTA_FIXTURE_HOME");
    let remote = std::env::var("POSTA_REMOTE_BASE").ok();
    fill(Path::new(&home), remote.as_deref());
}

fn posta(home: &Path, args: &[&str]) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, "")
}

/// N of the message whose subject contains `subject`, from `posta
/// messages INBOX` itself.
fn number(home: &Path, subject: &str) -> String {
    let out = posta(home, &["messages", "INBOX"]);
    let list = String::from_utf8_lossy(&out.stdout).into_owned();
    let index = list
        .lines()
        .position(|line| line.contains(subject))
        .unwrap_or_else(|| panic!("{subject:?} not in:\n{list}"));
    (index + 1).to_string()
}

fn show(home: &Path, subject: &str) -> String {
    let n = number(home, subject);
    let out = posta(home, &["show", "INBOX", &n]);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no {needle:?} in:\n{text}"))
}

#[test]
fn show_prints_headers_body_and_attachments() {
    let home = home();
    let home = home.path();

    let invoice = show(home, "Faktura VAT");
    let mut lines = invoice.lines();
    assert_eq!(
        lines.next(),
        Some("From: Hosting Pomorze sp. z o.o. <faktury@hosting-pomorze.pl>")
    );
    assert_eq!(
        lines.next(),
        Some("To: Jan Kowalski <jan.kowalski@example.pl>")
    );
    assert_eq!(lines.next(), Some("Cc: "));
    assert!(lines
        .next()
        .is_some_and(|l| l.starts_with("Date: Tue, 24 Nov 2026")));
    assert_eq!(
        lines.next(),
        Some("Subject: Faktura VAT FV/2026/11/0042 za listopad")
    );
    assert_eq!(lines.next(), Some(""));
    // The heading is its own line; table cells never run together.
    assert_eq!(lines.next(), Some("Faktura VAT nr FV/2026/11/0042"));
    let hosting: Vec<&str> = line_with(&invoice, "49,00 zł")
        .split('│')
        .map(str::trim)
        .collect();
    assert_eq!(hosting, ["Hosting", "1", "49,00 zł"]);
    assert!(invoice.contains("<https://panel.hosting-pomorze.pl/faktury/FV-2026-11-0042>"));
    assert_eq!(
        invoice.lines().last(),
        Some("FV-2026-11-0042.pdf\tapplication/pdf\t77")
    );

    let newsletter = show(home, "Zimné novinky");
    assert!(line_with(&newsletter, "Tatarka").starts_with("• "));
    assert!(line_with(&newsletter, "ZIMA20").starts_with("2. "));
    // The logo is drawn in the text, not an attachment; no tracking pixel.
    assert!(!newsletter.contains("logo.png"), "{newsletter}");
    assert!(!newsletter.contains("track."), "{newsletter}");

    let invitation = show(home, "Покана");
    assert!(invitation.contains("\nПрограма\n"), "{invitation}");
    assert!(invitation.contains("10:00  Доклади, първа сесия     зала А\n"));

    let hostile = show(home, "Pilne");
    assert!(line_with(&hostile, "Zaloguj").contains("bank-pl.evil.example"));
    assert!(!hostile.contains("javascript"), "{hostile}");
}

#[test]
fn raw_is_the_message_as_stored() {
    let home = home();
    let n = number(home.path(), "Stretnutie");
    let out = posta(home.path(), &["show", "INBOX", &n, "--raw"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, fixture("reply-gmail.eml"));
}

#[test]
fn unknown_folder_number_or_body_is_a_sentence_and_exit_1() {
    let home = home();
    let home = home.path();
    let out = posta(home, &["show", "Nieistniejący", "1"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Nieistniejący"), "{err}");
    assert!(out.stdout.is_empty());

    let out = posta(home, &["show", "INBOX", "99"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("There is no message 99 in “INBOX”: it holds 9 messages."),
        "{err}"
    );
    let out = posta(home, &["show", "INBOX", "0"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");

    let n = number(home, "Nie pobrano");
    let out = posta(home, &["show", "INBOX", &n]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    // A POP3 message whose body never came: no server copy to fetch, and
    // the sentence says so instead of advising a sync that cannot help.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not on this computer"), "{err}");

    // Polish, too.
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command.env("LANG", "pl_PL.UTF-8");
    let out = cli::run(
        command
            .args(["show", "INBOX", "99"])
            .env("POSTA_HOME", home),
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nie ma wiadomości 99"), "{err}");
}

#[test]
fn remote_content_senders_are_listed_allowed_and_removed() {
    let home = home();
    let home = home.path();
    let list = |home: &Path| String::from_utf8(posta(home, &["remote-content", "list"]).stdout);
    assert_eq!(list(home).expect("UTF-8"), "");
    let out = posta(
        home,
        &["remote-content", "allow", "Novinky@Knihy-PodTatrami.sk"],
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(list(home).expect("UTF-8"), "novinky@knihy-podtatrami.sk\n");
    let out = posta(home, &["remote-content", "allow", "not an address"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a mail address"));
    let out = posta(
        home,
        &["remote-content", "remove", "novinky@knihy-podtatrami.sk"],
    );
    assert!(out.status.success(), "{out:?}");
    let out = posta(
        home,
        &["remote-content", "remove", "novinky@knihy-podtatrami.sk"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("posta remote-content list"));
    assert_eq!(list(home).expect("UTF-8"), "");
}
