//! The POP3 client against a real Dovecot: POP3S and STLS logins, wrong
//! passwords, listings and envelopes with Polish, Slovak and Bulgarian
//! subjects, byte-identical RETR of dot-stuffed lines, DELE/RSET/QUIT and a
//! 25 MiB message streamed to a file. Each test starts its own Dovecot.

use posta_testkit as support;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use posta_core::message::RemoteId;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::pop3::Pop3Session;
use posta_core::{ErrorKind, Secret};
use support::dovecot::{Dovecot, User, ALICE, BOB};
use tokio::io::AsyncWriteExt;

fn endpoint(dovecot: &Dovecot, port: u16, security: Security) -> Endpoint {
    let ca = std::fs::read(dovecot.ca_pem()).expect("read the test CA");
    Endpoint {
        host: dovecot.host().to_owned(),
        port,
        security,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(ca)),
            pinned: None,
        },
        timeout: Duration::from_secs(30),
    }
}

async fn login(dovecot: &Dovecot, user: &User) -> Pop3Session {
    let endpoint = endpoint(dovecot, dovecot.pop3s_port(), Security::Tls);
    Pop3Session::connect(&endpoint, user.name, &Secret::new(user.password))
        .await
        .expect("POP3S login")
}

/// Joins lines with CRLF (Dovecot serves CRLF; delivering CRLF makes the
/// delivered bytes and the retrieved bytes comparable).
fn crlf_message(lines: &[&str]) -> Vec<u8> {
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out.into_bytes()
}

fn message(subject_header: &str, id: &str, body: &[&str]) -> Vec<u8> {
    let subject = format!("Subject: {subject_header}");
    let message_id = format!("Message-ID: <{id}@example.org>");
    let mut lines = vec![
        "From: Zofia =?UTF-8?Q?=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>",
        "To: alice@localhost",
        subject.as_str(),
        message_id.as_str(),
        "Date: Mon, 23 Nov 2026 10:00:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
    ];
    lines.extend_from_slice(body);
    crlf_message(&lines)
}

/// The message of the dot-stuffing test: lines that start with `.`, `..`
/// and a line that is only `.`, all dot-stuffed on the wire.
fn dotted_message() -> Vec<u8> {
    message(
        "Kropki na začiatku riadkov",
        "dots",
        &[
            ".",
            "..",
            "...",
            ".leading dot",
            "..two leading dots",
            " . not at the start",
            "",
            ".",
            "Кирилица в тялото.",
            "the end.",
        ],
    )
}

#[tokio::test]
async fn logs_in_over_pop3s_and_over_stls() {
    let dovecot = Dovecot::start();
    for (port, security) in [
        (dovecot.pop3s_port(), Security::Tls),
        (dovecot.pop3_port(), Security::StartTls),
    ] {
        let endpoint = endpoint(&dovecot, port, security);
        let mut session = Pop3Session::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .unwrap_or_else(|e| panic!("{security:?} login: {e}"));
        assert!(session.is_encrypted(), "{security:?}");
        assert!(
            session.has_capability("UIDL") && session.has_capability("TOP"),
            "{session:?}"
        );
        assert!(!format!("{session:?}").contains(ALICE.password));
        assert_eq!(session.stat().await.expect("stat"), (0, 0));
        session.noop().await.expect("noop");
        session.quit().await.expect("quit");
    }
}

#[tokio::test]
async fn a_wrong_password_is_authentication_failed() {
    let dovecot = Dovecot::start();
    for (port, security) in [
        (dovecot.pop3s_port(), Security::Tls),
        (dovecot.pop3_port(), Security::StartTls),
    ] {
        let endpoint = endpoint(&dovecot, port, security);
        let wrong = Secret::new("not-the-password");
        let err = Pop3Session::connect(&endpoint, ALICE.name, &wrong)
            .await
            .expect_err("wrong password");
        assert_eq!(
            err.kind(),
            ErrorKind::AuthenticationFailed,
            "{security:?}: {err}"
        );
        assert!(!err.to_string().contains("not-the-password"));
    }
}

#[tokio::test]
async fn listings_and_envelopes_agree_with_what_was_delivered() {
    let dovecot = Dovecot::start();
    let delivered = [
        message(
            "=?UTF-8?Q?Za=C5=BC=C3=B3=C5=82=C4=87_g=C4=99=C5=9Bl=C4=85_ja=C5=BA=C5=84?=",
            "pl",
            &["Dzień dobry!"],
        ),
        // Raw UTF-8 in the header (RFC 6532), as some Slovak senders do.
        message(
            "Príliš žltučký kôň úpel ďábelské ódy",
            "sk",
            &["Dobrý deň."],
        ),
        message(
            "=?UTF-8?B?0JfQtNGA0LDQstC10LnRgtC1LCDQutCw0Log0YHRgtC1Pw==?=",
            "bg",
            &["Здравейте."],
        ),
    ];
    for raw in &delivered {
        dovecot.deliver(&ALICE, "INBOX", raw);
    }
    let mut session = login(&dovecot, &ALICE).await;

    let total: u64 = delivered.iter().map(|m| m.len() as u64).sum();
    assert_eq!(session.stat().await.expect("stat"), (3, total));
    let sizes: Vec<(u32, u64)> = (1..)
        .zip(delivered.iter().map(|m| m.len() as u64))
        .collect();
    assert_eq!(session.list().await.expect("list"), sizes);
    assert_eq!(
        session.list_one(2).await.expect("list 2"),
        delivered[1].len() as u64
    );

    let uidl = session.uidl().await.expect("uidl");
    assert_eq!(uidl.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(
        uidl.iter().map(|(_, id)| id).collect::<HashSet<_>>().len(),
        3
    );
    assert_eq!(session.uidl_one(3).await.expect("uidl 3"), uidl[2].1);

    let top = session.top(1, 0).await.expect("top");
    let header_end = delivered[0]
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end")
        + 4;
    assert_eq!(top, delivered[0][..header_end]);

    let envelopes = session.envelopes().await.expect("envelopes");
    let subjects: Vec<&str> = envelopes
        .iter()
        .map(|e| e.headers.subject.as_str())
        .collect();
    assert_eq!(
        subjects,
        [
            "Zażółć gęślą jaźń",
            "Príliš žltučký kôň úpel ďábelské ódy",
            "Здравейте, как сте?",
        ]
    );
    for ((envelope, (_, uid)), raw) in envelopes.iter().zip(&uidl).zip(&delivered) {
        assert_eq!(envelope.id, RemoteId::Uidl(uid.clone()));
        assert_eq!(envelope.size, raw.len() as u64);
        assert!(envelope.flags.is_empty());
        assert_eq!(envelope.headers.from[0].name.as_deref(), Some("Zofia Żółw"));
    }
    assert_eq!(
        envelopes[2].headers.message_id.as_deref(),
        Some("bg@example.org")
    );
    session.quit().await.expect("quit");
}

#[tokio::test]
async fn retr_is_byte_identical_for_dot_stuffed_lines() {
    let dovecot = Dovecot::start();
    let raw = dotted_message();
    dovecot.deliver(&ALICE, "INBOX", &raw);
    dovecot.deliver(&ALICE, "INBOX", &crlf_message(&["Subject: empty body", ""]));

    let endpoint = endpoint(&dovecot, dovecot.pop3_port(), Security::StartTls);
    let mut session = Pop3Session::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
        .await
        .expect("STLS login");
    let got = session.retr(1).await.expect("retr");
    assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&raw));
    assert_eq!(got, raw);

    let mut sink = Vec::new();
    assert_eq!(
        session.retr_to(1, &mut sink).await.expect("retr_to"),
        raw.len() as u64
    );
    assert_eq!(sink, raw);
    assert_eq!(
        session.retr(2).await.expect("header-only message"),
        b"Subject: empty body\r\n\r\n"
    );
    session.quit().await.expect("quit");
}

#[tokio::test]
async fn dele_takes_effect_at_quit_and_rset_undoes_it() {
    let dovecot = Dovecot::start();
    for id in ["one", "two", "three"] {
        dovecot.deliver(&BOB, "INBOX", &message(id, id, &["text"]));
    }

    let mut session = login(&dovecot, &BOB).await;
    let before = session.uidl().await.expect("uidl");
    session.dele(2).await.expect("dele");
    let err = session
        .retr(2)
        .await
        .expect_err("deleted messages are gone for the session");
    assert_eq!(err.kind(), ErrorKind::Protocol);
    assert_eq!(session.stat().await.expect("stat").0, 2);
    session.rset().await.expect("rset");
    assert_eq!(session.stat().await.expect("stat").0, 3);
    session.quit().await.expect("quit");
    assert_eq!(dovecot.message_count(&BOB, "INBOX"), 3);

    let mut session = login(&dovecot, &BOB).await;
    assert_eq!(session.uidl().await.expect("uidl"), before);
    session.dele(2).await.expect("dele");
    session.quit().await.expect("quit");
    assert_eq!(dovecot.message_count(&BOB, "INBOX"), 2);

    let mut session = login(&dovecot, &BOB).await;
    let after: Vec<String> = session
        .uidl()
        .await
        .expect("uidl")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(after, [before[0].1.clone(), before[2].1.clone()]);
    let envelopes = session.envelopes().await.expect("envelopes");
    assert_eq!(envelopes[1].headers.subject, "three");
    session.quit().await.expect("quit");
}

/// About `size` bytes of varied CRLF text, some lines starting with dots.
fn large_message(size: usize) -> Vec<u8> {
    let mut out = crlf_message(&["Subject: large", "Message-ID: <large@example.org>", ""]);
    posta_testkit::mail::fill_lines(&mut out, size, &posta_testkit::mail::WORDS, 12345, 14);
    out
}

#[tokio::test]
async fn a_25_mib_message_streams_into_a_file() {
    let dovecot = Dovecot::start();
    let raw = large_message(25 * 1024 * 1024);
    dovecot.bulk_fill(&ALICE, "INBOX", [raw.clone()]);
    let mut session = login(&dovecot, &ALICE).await;
    assert_eq!(session.list_one(1).await.expect("list"), raw.len() as u64);

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.eml");
    let mut file = tokio::fs::File::create(&path).await.expect("create");
    let written = session.retr_to(1, &mut file).await.expect("retr_to");
    file.sync_all().await.expect("fsync");
    file.shutdown().await.expect("close");
    assert_eq!(written, raw.len() as u64);
    let stored = std::fs::read(&path).expect("read back");
    assert!(
        stored == raw,
        "the stored message differs from the delivered one"
    );
    session.quit().await.expect("quit");
}
