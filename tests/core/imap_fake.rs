//! IMAP against scripted servers, for what a real server won't do: not
//! offering STARTTLS, refusing it, hostile or silent replies. The server's
//! log proves no credential was ever sent before TLS.

use posta_testkit as support;

use std::time::Duration;

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security};
use posta_core::{ErrorKind, Secret};
use support::fake_server::{crlf, FakeServer, Reply};

fn endpoint(port: u16, security: Security, timeout: Duration) -> Endpoint {
    let mut e = Endpoint::new("127.0.0.1", port, security);
    e.timeout = timeout;
    e
}

/// Answers like an IMAP server whose capability list is `caps`, with
/// `starttls` as its reply to STARTTLS.
fn imap_script(
    caps: &'static str,
    starttls: &'static str,
) -> impl FnMut(&str) -> Reply + Send + 'static {
    move |line: &str| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("CAPABILITY") {
            Reply::from(crlf(&[
                &format!("* CAPABILITY {caps}"),
                &format!("{tag} OK done"),
            ]))
        } else if upper.starts_with("STARTTLS") {
            Reply::from(format!("{tag} {starttls}\r\n"))
        } else {
            Reply::from(format!("{tag} OK fine\r\n"))
        }
    }
}

fn assert_no_credentials(log: &[String]) {
    for line in log {
        let upper = line.to_ascii_uppercase();
        assert!(
            !(upper.contains("LOGIN")
                || upper.contains("AUTHENTICATE")
                || line.contains("hunter2")),
            "credential-bearing line sent before TLS: {line:?} in {log:?}"
        );
    }
}

async fn connect(server: &FakeServer, security: Security) -> posta_core::Error {
    ImapSession::connect(
        &endpoint(server.port(), security, Duration::from_secs(10)),
        "alice",
        &Secret::new("hunter2"),
    )
    .await
    .expect_err("the fake server must be refused")
}

#[tokio::test]
async fn refuses_a_server_that_does_not_offer_starttls() {
    let server = FakeServer::start(
        "* OK ready\r\n",
        imap_script("IMAP4rev1 AUTH=PLAIN", "OK go"),
    );
    let err = connect(&server, Security::StartTls).await;
    assert_eq!(err.kind(), ErrorKind::StartTlsUnavailable, "{err}");
    let log = server.finish();
    assert!(log.iter().any(|l| l.ends_with("CAPABILITY")), "{log:?}");
    assert_no_credentials(&log);
}

#[tokio::test]
async fn refuses_a_server_that_answers_starttls_with_an_error() {
    let server = FakeServer::start(
        "* OK ready\r\n",
        imap_script("IMAP4rev1 STARTTLS AUTH=PLAIN", "NO not today"),
    );
    let err = connect(&server, Security::StartTls).await;
    assert_eq!(err.kind(), ErrorKind::StartTlsUnavailable, "{err}");
    let log = server.finish();
    assert!(log.iter().any(|l| l.ends_with("STARTTLS")), "{log:?}");
    assert_no_credentials(&log);
}

#[tokio::test]
async fn a_failed_upgrade_after_starttls_ok_sends_nothing_in_the_clear() {
    // The server agrees to STARTTLS but then speaks plain text again.
    let server = FakeServer::start("* OK ready\r\n", move |line: &str| {
        let tag = line.split(' ').next().unwrap_or("*").to_owned();
        if line.to_ascii_uppercase().contains("STARTTLS") {
            Reply::from(format!("{tag} OK begin TLS now\r\n* OK not really TLS\r\n"))
        } else {
            imap_script("IMAP4rev1 STARTTLS", "OK")(line)
        }
    });
    let err = connect(&server, Security::StartTls).await;
    assert!(
        matches!(err.kind(), ErrorKind::TlsFailed | ErrorKind::TimedOut),
        "{err:?}"
    );
    assert_no_credentials(&server.finish());
}

#[tokio::test]
async fn hostile_and_silent_servers_fail_cleanly() {
    // A goodbye instead of a greeting: the server's words reach the user.
    let server = FakeServer::start("* BYE too many connections\r\n", |_: &str| Reply::Close);
    let err = connect(&server, Security::Insecure).await;
    assert_eq!(err.kind(), ErrorKind::Protocol);
    assert!(err.to_string().contains("too many connections"), "{err}");

    // Silence: the client's own time limit ends the wait.
    let server = FakeServer::start("", |_: &str| Reply::Nothing);
    let err = ImapSession::connect(
        &endpoint(
            server.port(),
            Security::Insecure,
            Duration::from_millis(300),
        ),
        "alice",
        &Secret::new("hunter2"),
    )
    .await
    .expect_err("silent server");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");

    // An endless line is refused, not buffered until memory runs out.
    let endless = vec![b'x'; 3 << 20];
    let server = FakeServer::start(endless, |_: &str| Reply::Close);
    let err = connect(&server, Security::Insecure).await;
    assert!(
        matches!(err.kind(), ErrorKind::Protocol | ErrorKind::Io),
        "{err:?}"
    );

    // Dropped right after the greeting.
    let server = FakeServer::start("* OK ready\r\n", |_: &str| Reply::Close);
    let err = connect(&server, Security::Insecure).await;
    assert!(
        matches!(err.kind(), ErrorKind::Io | ErrorKind::Protocol),
        "{err:?}"
    );
}

/// A QRESYNC SELECT answered with every possible UID as vanished: the range
/// is kept as one range (expanding it asked for ~17 GB), and a FETCH line
/// with the invalid UID 0 is ignored.
#[tokio::test]
async fn a_vanished_range_of_every_uid_is_not_expanded() {
    let server = FakeServer::start("* OK ready\r\n", move |line: &str| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("CAPABILITY") {
            Reply::from(crlf(&[
                "* CAPABILITY IMAP4rev1 CONDSTORE QRESYNC",
                &format!("{tag} OK done"),
            ]))
        } else if upper.starts_with("SELECT") {
            Reply::from(crlf(&[
                "* OK [UIDVALIDITY 7] ok",
                "* 3 EXISTS",
                "* VANISHED (EARLIER) 1:4294967295",
                "* 1 FETCH (UID 0 FLAGS (\\Seen) MODSEQ (9))",
                "* 2 FETCH (UID 12 FLAGS (\\Seen) MODSEQ (9))",
                "* OK [HIGHESTMODSEQ 9] ok",
                &format!("{tag} OK [READ-WRITE] done"),
            ]))
        } else {
            Reply::from(format!("{tag} OK fine\r\n"))
        }
    });
    let mut session = ImapSession::connect(
        &endpoint(server.port(), Security::Insecure, Duration::from_secs(10)),
        "alice",
        &Secret::new("hunter2"),
    )
    .await
    .expect("log in to the fake server");
    assert!(session.enable_qresync().await.expect("ENABLE QRESYNC"));
    let resync = session
        .select_qresync("INBOX", 7, 5)
        .await
        .expect("the SELECT is answered");
    assert!(resync.vanished.contains(1) && resync.vanished.contains(u32::MAX));
    assert_eq!(resync.changed.len(), 1, "{:?}", resync.changed);
    assert_eq!(resync.changed[0].0, 12);
    assert_eq!(resync.highest_modseq, Some(9));
}
