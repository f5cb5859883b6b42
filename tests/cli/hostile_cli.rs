//! An honest `posta check` (issue 11): logging in is not enough. It
//! succeeds only once the folders list and INBOX opens read-only (POP3:
//! `STAT` and `UIDL` answered); otherwise it exits 1 with a translated
//! sentence, and never prints the success line.

use posta_testkit as support;
use posta_testkit::cli;

use std::process::Output;

use support::fake_server::{FakeServer, Reply};
use support::imap_script::imap_server;
use support::pop3_script::pop3_server;

fn check(server: &FakeServer, protocol: &str) -> Output {
    let port = server.port().to_string();
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .arg("check")
        .args([
            "--protocol",
            protocol,
            "--host",
            "127.0.0.1",
            "--port",
            &port,
        ])
        .args([
            "--security",
            "none",
            "--user",
            "alice",
            "--password-stdin",
            "--timeout",
            "10",
        ])
        .env(
            "POSTA_HOME",
            std::env::temp_dir().join("posta-hostile-cli-none"),
        );
    cli::run(&mut command, "hunter2\n")
}

/// Exit 1, no success line, the error kind and a sentence with the
/// server's cleaned words on stderr.
fn assert_refused(output: &Output, words: &str) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(!stdout.contains("logged in"), "success claimed: {stdout}");
    assert!(stderr.contains("error: protocol"), "{stderr}");
    assert!(stderr.contains(words), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

#[test]
fn imap_check_fails_when_inbox_cannot_be_opened_read_only() {
    let server = imap_server(|tag, command| {
        command.starts_with("EXAMINE").then(|| {
            Reply::from(format!(
                "{tag} NO \u{1b}[1mMailbox INBOX is unavailable\r\n"
            ))
        })
    });
    assert_refused(&check(&server, "imap"), "Mailbox INBOX is unavailable");
}

#[test]
fn imap_check_fails_when_the_folders_cannot_be_listed() {
    let server = imap_server(|tag, command| {
        command
            .starts_with("LIST")
            .then(|| Reply::from(format!("{tag} NO Listing is disabled\r\n")))
    });
    assert_refused(&check(&server, "imap"), "Listing is disabled");
}

#[test]
fn pop3_check_fails_when_uidl_is_refused() {
    let server = pop3_server(|line| {
        line.eq_ignore_ascii_case("UIDL")
            .then(|| Reply::from("-ERR UIDL is broken here\r\n"))
    });
    assert_refused(&check(&server, "pop3"), "UIDL is broken here");
}

#[test]
fn a_usable_account_passes_the_check() {
    let server = imap_server(|_, _| None);
    let output = check(&server, "imap");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pop3 = pop3_server(|_| None);
    let output = check(&pop3, "pop3");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
