//! `posta send` and `posta outbox` against the real aiosmtpd on loopback
//! and the real Dovecot: 0 when the server took the message (its copy in
//! Sent on the server after `posta sync`), 75 with the reason on standard
//! error when it waits in the outbox, 1 on a refusal (nothing kept); the
//! outbox listed TAB-separated (nothing when empty), sent with `--send`
//! once the server is back, a message removed with `--remove ID`.

use posta_testkit as support;

use std::path::Path;
use std::process::Output;

use posta_core::store::{AccountConfig, Config, PostaHome};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{SmtpServer, PASSWORD};

/// Runs `posta` in `home` with `lang`, no keyring (no session bus) and
/// `stdin`.
fn posta_in(lang: &str, home: &Path, args: &[&str], stdin: &str) -> Output {
    support::cli::run(
        support::cli::command(env!("CARGO_BIN_EXE_posta"))
            .args(args)
            .env("POSTA_HOME", home)
            .env("LANG", lang)
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/posta-test-bus",
            )
            .env_remove("XDG_RUNTIME_DIR"),
        stdin,
    )
}

fn posta(home: &Path, args: &[&str], stdin: &str) -> Output {
    posta_in("C", home, args, stdin)
}

fn out(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[track_caller]
fn assert_code(output: &Output, code: i32) {
    let (stdout, stderr) = out(output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
}

fn save(home: &Path, account: AccountConfig) {
    let config = Config {
        accounts: vec![account],
        ..Config::default()
    };
    config.save(&PostaHome::at(home)).expect("save config");
}

/// The outbox as `posta outbox` lists it: one row of fields per message.
fn outbox(home: &Path) -> Vec<Vec<String>> {
    let listed = posta(home, &["outbox"], "");
    assert_code(&listed, 0);
    out(&listed)
        .0
        .lines()
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

struct World {
    dovecot: Dovecot,
    smtp: SmtpServer,
    _home: tempfile::TempDir,
}

impl World {
    fn start() -> World {
        let dovecot = Dovecot::start();
        let tls = dovecot.dir().join("tls");
        let smtp = SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"));
        let home = tempfile::tempdir().expect("home");
        save(home.path(), accounts::imap_sending(&dovecot, &smtp));
        World {
            dovecot,
            smtp,
            _home: home,
        }
    }

    fn home(&self) -> &Path {
        self._home.path()
    }
}

/// `posta send` from Alice to `to` with the body in `body`, `stdin` (the
/// password) on standard input.
fn send_to(home: &Path, to: &str, body: &str, stdin: &str) -> Output {
    posta(
        home,
        &[
            "send",
            "--account",
            "Alice",
            "--to",
            to,
            "--body-file",
            body,
            "--password-stdin",
        ],
        stdin,
    )
}

#[test]
fn send_exits_0_when_taken_75_when_queued_and_the_outbox_sends_it_later() {
    let mut w = World::start();
    let home = w.home().to_owned();
    let body = home.join("list.txt");
    std::fs::write(&body, "Dzień dobry,\nfaktura w załączniku.\n").expect("body");
    let attachment = home.join("faktura.pdf");
    std::fs::write(&attachment, b"%PDF-1.4 faktura").expect("attachment");

    // The server takes it: 0, and nothing waits.
    let sent = posta(
        &home,
        &[
            "send",
            "--account",
            "Alice",
            "--to",
            "bob@example.org",
            "--cc",
            "carol@example.org",
            "--subject",
            "Faktura — Żółć",
            "--body-file",
            body.to_str().expect("path"),
            "--attach",
            attachment.to_str().expect("path"),
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert_code(&sent, 0);
    let received = w.smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0].rcpt_tos,
        ["bob@example.org", "carol@example.org"]
    );
    let headers = posta_core::message::parse_headers(&received[0].raw);
    assert_eq!(headers.subject, "Faktura — Żółć");
    let raw = String::from_utf8_lossy(&received[0].raw);
    assert!(raw.contains("faktura.pdf"), "the attachment went: {raw}");
    assert!(outbox(&home).is_empty(), "nothing waits after a send");
    // The copy in Sent: uploaded by the next sync (the IMAP password is
    // not the SMTP one here), as the window's worker does.
    assert!(out(&sent).1.contains("posta sync"), "{}", out(&sent).1);
    let synced = posta(&home, &["sync", "--password-stdin"], ALICE.password);
    assert_code(&synced, 0);
    assert_eq!(w.dovecot.message_count(&ALICE, "Sent"), 1);

    // The server is down: 75, the reason on standard error, the message
    // in the outbox with its try counted. The text comes from standard
    // input after the password line.
    w.smtp.stop();
    let queued = posta(
        &home,
        &[
            "send",
            "--account",
            "Alice",
            "--to",
            "dave@example.org",
            "--subject",
            "Czeka",
            "--password-stdin",
        ],
        &format!("{PASSWORD}\nJeszcze raz.\n"),
    );
    assert_code(&queued, 75);
    let (stdout, stderr) = out(&queued);
    assert!(stdout.is_empty(), "{stdout}");
    let port = w.smtp.submission_port().to_string();
    assert!(
        stderr.contains("Not sent yet")
            && stderr.contains("does not answer on port")
            && stderr.contains(&port)
            && stderr.contains("posta outbox --send"),
        "{stderr}"
    );
    // In Polish too.
    let polish = posta_in(
        "pl_PL.UTF-8",
        &home,
        &[
            "send",
            "--account",
            "Alice",
            "--to",
            "ewa@example.org",
            "--subject",
            "Usuń mnie",
            "--password-stdin",
        ],
        &format!("{PASSWORD}\nDo usunięcia.\n"),
    );
    assert_code(&polish, 75);
    assert!(
        out(&polish).1.contains("Jeszcze nie wysłano") && out(&polish).1.contains("nie odpowiada"),
        "{}",
        out(&polish).1
    );

    let waiting = outbox(&home);
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    for row in &waiting {
        assert_eq!(
            row.len(),
            5,
            "id, to, subject, attempts, last error: {row:?}"
        );
        assert_eq!(row[3], "1", "one try: {row:?}");
        assert!(row[4].contains(&port), "{row:?}");
    }
    assert_eq!(waiting[0][1], "dave@example.org");
    assert_eq!(waiting[0][2], "Czeka");
    assert_eq!(waiting[1][2], "Usuń mnie");

    // --remove ID: gone without being sent; an unknown id is a usage error.
    let removed = posta(&home, &["outbox", "--remove", &waiting[1][0]], "");
    assert_code(&removed, 0);
    assert!(out(&removed).1.contains("Usuń mnie"), "{}", out(&removed).1);
    assert_code(&posta(&home, &["outbox", "--remove", "no-such-id"], ""), 2);
    assert_eq!(outbox(&home).len(), 1);

    // Still down: --send says why and exits 75; the try is counted.
    let again = posta(&home, &["outbox", "--send", "--password-stdin"], PASSWORD);
    assert_code(&again, 75);
    assert!(out(&again).1.contains("still waits"), "{}", out(&again).1);
    assert_eq!(outbox(&home)[0][3], "2");

    // Back: --send sends it, the outbox lists nothing, the copy is in Sent.
    w.smtp.restart();
    let flushed = posta(&home, &["outbox", "--send", "--password-stdin"], PASSWORD);
    assert_code(&flushed, 0);
    assert!(
        out(&flushed).1.contains("1 message was sent"),
        "{}",
        out(&flushed).1
    );
    assert!(outbox(&home).is_empty());
    let received = w.smtp.received();
    assert_eq!(received.len(), 2, "the removed message never went");
    assert_eq!(received[1].rcpt_tos, ["dave@example.org"]);
    assert_code(
        &posta(&home, &["sync", "--password-stdin"], ALICE.password),
        0,
    );
    assert_eq!(w.dovecot.message_count(&ALICE, "Sent"), 2);
}

#[test]
fn a_refusal_exits_1_and_keeps_nothing() {
    let w = World::start();
    let home = w.home();
    let body = home.join("body.txt");
    std::fs::write(&body, "Ahoj").expect("body");
    let refused = send_to(
        home,
        "bob@example.org",
        body.to_str().expect("path"),
        "not the password\n",
    );
    assert_code(&refused, 1);
    let stderr = out(&refused).1;
    assert!(
        stderr.contains("Not sent") && stderr.contains("user name or password"),
        "{stderr}"
    );
    assert!(
        outbox(home).is_empty(),
        "a refusal keeps nothing in the outbox"
    );
    assert!(w.smtp.received().is_empty());

    // A recipient the server refuses: 1, the server's words, nothing kept.
    let recipient = send_to(
        home,
        "bob@example.org, nobody@refused.invalid",
        body.to_str().expect("path"),
        &format!("{PASSWORD}\n"),
    );
    assert_code(&recipient, 1);
    let stderr = out(&recipient).1;
    assert!(
        stderr.contains("Not sent")
            && stderr.contains("refused the message")
            && stderr.contains("Recipient address rejected"),
        "{stderr}"
    );
    assert!(!stderr.contains("Try again later"), "{stderr}");
    assert!(outbox(home).is_empty());
    assert!(w.smtp.received().is_empty());

    // Wrong arguments: a bad address, a missing body file.
    let bad = send_to(home, "not an address", body.to_str().expect("path"), "x\n");
    assert_code(&bad, 2);
    assert!(
        out(&bad).1.contains("not an e-mail address"),
        "{}",
        out(&bad).1
    );
    let missing = send_to(home, "bob@example.org", "/nonexistent/body.txt", "x\n");
    assert_code(&missing, 2);
}
