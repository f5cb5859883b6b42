//! Sending over SMTP to a real server (aiosmtpd on loopback, see
//! `support/smtp_server.rs`): STARTTLS on the submission port and implicit
//! TLS, with AUTH; the server receives exactly the message (UTF-8 subjects
//! in Polish, Slovak and Bulgarian, an attachment, no Bcc header). A server
//! without STARTTLS is refused before AUTH; an untrusted certificate is
//! refused with its fingerprint, and accepted once pinned. The outbox keeps
//! what could not be sent and sends it, once, when the server is back.

use posta_testkit as support;
use posta_testkit::runtime;

use std::sync::{Arc, Mutex};

use posta_core::account::Protocol;
use posta_core::compose::{self, Attachment, Draft, SendContext, SendOutcome};
use posta_core::error::{ErrorKind, Fingerprint};
use posta_core::message::{parse_headers, Address};
use posta_core::net::{Endpoint, Security};
use posta_core::smtp::{self, Envelope, Outbox, SmtpSettings};
use posta_core::store::{AccountConfig, PostaHome, SmtpConfig, Store};
use posta_core::Secret;
use support::fake_server::{FakeServer, Reply};
use support::smtp_server::{SmtpServer, PASSWORD, USER};

fn settings(server: &SmtpServer, port: u16, security: Security) -> SmtpSettings {
    let mut endpoint = Endpoint::new(server.host(), port, security);
    endpoint.tls.extra_ca_pem = Some(Arc::new(std::fs::read(server.ca_pem()).expect("read CA")));
    SmtpSettings {
        endpoint,
        user: USER.into(),
        password: Secret::new(PASSWORD),
    }
}

fn address(name: &str, email: &str) -> Address {
    Address {
        name: Some(name.into()),
        email: email.into(),
    }
}

/// A message with a subject in three languages, a Bcc and an attachment.
fn draft() -> Draft {
    Draft {
        from: address("Zofia Żółw", USER),
        to: vec![address("Ján Novák", "jan@example.sk")],
        cc: vec![address("Иван Петров", "ivan@example.bg")],
        bcc: vec![address("Skrytý", "hidden@example.org")],
        subject: "Zażółć gęślą jaźń — Ďakujem, päť ľudí — Здравей, свят".into(),
        body: "Dzień dobry,\nw załączniku faktura.\n.\nTa linia zaczyna się kropką.\n".into(),
        attachments: vec![Attachment::new(
            "faktúra-č.1.pdf",
            b"%PDF-1.4\n binary \x00\x01\x02 data".to_vec(),
        )],
        ..Draft::default()
    }
}

fn check_received(server: &SmtpServer, built: &compose::Built) {
    let received = server.received();
    assert_eq!(received.len(), 1, "{received:?}");
    let got = &received[0];
    assert_eq!(got.mail_from, USER);
    assert_eq!(
        got.rcpt_tos,
        ["jan@example.sk", "ivan@example.bg", "hidden@example.org"]
    );
    assert_eq!(got.login.as_deref(), Some(USER));
    assert!(got.tls);
    // Exactly what was built, minus the Bcc header.
    assert_eq!(
        String::from_utf8_lossy(&got.raw),
        String::from_utf8_lossy(&built.for_sending())
    );
    let headers = parse_headers(&got.raw);
    assert_eq!(
        headers.subject,
        "Zażółć gęślą jaźń — Ďakujem, päť ľudí — Здравей, свят"
    );
    assert_eq!(headers.from[0].name.as_deref(), Some("Zofia Żółw"));
    assert_eq!(headers.cc[0].name.as_deref(), Some("Иван Петров"));
    assert!(!String::from_utf8_lossy(&got.raw)
        .to_ascii_lowercase()
        .contains("hidden@example.org"));
    let parsed = mail_parser::MessageParser::default()
        .parse(&got.raw)
        .expect("parses");
    let attachment = parsed.attachment(0).expect("attachment");
    use mail_parser::MimeHeaders;
    assert_eq!(attachment.attachment_name(), Some("faktúra-č.1.pdf"));
    assert_eq!(
        attachment.contents(),
        b"%PDF-1.4\n binary \x00\x01\x02 data"
    );
    let text = parsed.body_text(0).expect("text").replace("\r\n", "\n");
    assert!(text.contains("\n.\nTa linia zaczyna się kropką."), "{text}");
}

fn envelope(built: &compose::Built) -> Envelope {
    Envelope {
        from: built.from.clone(),
        to: built.recipients.clone(),
    }
}

/// Sends the draft through `server` on `port` with `security`; the server
/// received it whole.
fn assert_sent(server: &SmtpServer, port: u16, security: Security) {
    let built = compose::build(&draft()).expect("builds");
    let settings = settings(server, port, security);
    runtime()
        .block_on(smtp::send_one(
            &settings,
            &envelope(&built),
            &built.for_sending(),
        ))
        .unwrap_or_else(|e| panic!("send failed: {e}\n{}", server.log()));
    check_received(server, &built);
}

#[test]
fn sends_over_starttls_on_the_submission_port() {
    let server = SmtpServer::start();
    assert_sent(&server, server.submission_port(), Security::StartTls);
}

#[test]
fn sends_over_implicit_tls() {
    let server = SmtpServer::start();
    assert_sent(&server, server.smtps_port(), Security::Tls);
}

#[test]
fn a_wrong_password_is_an_authentication_failure() {
    let server = SmtpServer::start();
    let built = compose::build(&draft()).expect("builds");
    let mut settings = settings(&server, server.submission_port(), Security::StartTls);
    settings.password = Secret::new("wrong");
    let failure = runtime()
        .block_on(smtp::send_one(&settings, &envelope(&built), &built.raw))
        .expect_err("refused");
    assert_eq!(failure.error.kind(), ErrorKind::AuthenticationFailed);
    assert!(!failure.transient);
    assert!(server.received().is_empty());
}

/// A submission server that offers AUTH but no STARTTLS (or refuses it).
fn no_starttls_server(refuse: bool) -> FakeServer {
    let ehlo = if refuse {
        "250-fake.example\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
    } else {
        "250-fake.example\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
    };
    FakeServer::start("220 fake.example ESMTP\r\n", move |line: &str| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            Reply::from(ehlo)
        } else if upper.starts_with("STARTTLS") {
            Reply::from("454 4.7.0 TLS not available now\r\n")
        } else if upper.starts_with("QUIT") {
            Reply::then_close("221 bye\r\n")
        } else {
            Reply::from("250 ok\r\n")
        }
    })
}

#[test]
fn a_server_without_starttls_is_refused_before_auth() {
    for refuse in [false, true] {
        let server = no_starttls_server(refuse);
        let settings = SmtpSettings {
            endpoint: Endpoint::new("127.0.0.1", server.port(), Security::StartTls),
            user: USER.into(),
            password: Secret::new(PASSWORD),
        };
        let built = compose::build(&draft()).expect("builds");
        let failure = runtime()
            .block_on(smtp::send_one(&settings, &envelope(&built), &built.raw))
            .expect_err("must refuse");
        assert_eq!(failure.error.kind(), ErrorKind::StartTlsUnavailable);
        let log = server.finish();
        assert!(
            log.iter().all(|l| {
                let upper = l.to_ascii_uppercase();
                !upper.starts_with("AUTH") && !upper.starts_with("MAIL")
            }),
            "sent more than EHLO/STARTTLS in the clear: {log:?}"
        );
        assert!(log
            .iter()
            .any(|l| l.to_ascii_uppercase().starts_with("EHLO")));
    }
}

#[test]
fn an_untrusted_certificate_is_refused_with_its_fingerprint_until_pinned() {
    let server = SmtpServer::start();
    let built = compose::build(&draft()).expect("builds");
    let expected = Fingerprint::of_der(&server.server_cert_der());
    for (port, security) in [
        (server.submission_port(), Security::StartTls),
        (server.smtps_port(), Security::Tls),
    ] {
        let mut settings = settings(&server, port, security);
        settings.endpoint.tls.extra_ca_pem = None;
        let failure = runtime()
            .block_on(smtp::send_one(&settings, &envelope(&built), &built.raw))
            .expect_err("untrusted");
        match &failure.error {
            posta_core::Error::TlsUntrusted(cert) => {
                assert_eq!(cert.fingerprint, expected);
                assert_eq!(cert.host, "localhost");
            }
            other => panic!("expected TlsUntrusted, got {other:?}"),
        }
        assert!(!failure.transient);
        assert!(server.received().is_empty());

        // A wrong pin is no better.
        settings.endpoint.tls.pinned = Some(Fingerprint::of_der(b"another certificate"));
        let failure = runtime()
            .block_on(smtp::send_one(&settings, &envelope(&built), &built.raw))
            .expect_err("wrong pin");
        assert_eq!(failure.error.kind(), ErrorKind::TlsUntrusted);
    }
    let mut pinned = settings(&server, server.submission_port(), Security::StartTls);
    pinned.endpoint.tls.extra_ca_pem = None;
    pinned.endpoint.tls.pinned = Some(expected);
    runtime()
        .block_on(smtp::send_one(
            &pinned,
            &envelope(&built),
            &built.for_sending(),
        ))
        .unwrap_or_else(|e| panic!("pinned send failed: {e}"));
    check_received(&server, &built);
}

fn pop3_account(server: &SmtpServer) -> AccountConfig {
    AccountConfig {
        id: 1,
        name: "Pošta".into(),
        email: USER.into(),
        display_name: "Zofia Żółw".into(),
        protocol: Protocol::Pop3,
        host: "localhost".into(),
        port: 995,
        security: Security::Tls,
        user: "zofia".into(),
        extra_ca_file: Some(server.ca_pem()),
        pinned_fingerprint: None,
        smtp: Some(SmtpConfig {
            host: "localhost".into(),
            port: server.submission_port(),
            security: Security::StartTls,
            user: USER.into(),
            pinned_fingerprint: None,
        }),
        ..posta_testkit::accounts::base()
    }
}

#[test]
fn the_outbox_keeps_mail_while_the_server_is_down_and_sends_it_once() {
    let mut server = SmtpServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let home = PostaHome::at(dir.path());
    let store = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let ctx = SendContext {
        home: home.clone(),
        store: store.clone(),
        account: pop3_account(&server),
        password: Secret::new(PASSWORD),
    };
    let built = compose::build(&draft()).expect("builds");
    server.stop();

    let rt = runtime();
    let outcome = rt
        .block_on(compose::send(&ctx, &built, &draft().subject))
        .expect("queued, not failed");
    match outcome {
        SendOutcome::Queued { reason } => {
            assert_eq!(reason.kind(), ErrorKind::ConnectionRefused)
        }
        other => panic!("expected Queued, got {other:?}"),
    }
    let outbox = Outbox::new(&home);
    let waiting = outbox.entries(1).expect("outbox");
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].meta.attempts, 1);
    assert_eq!(waiting[0].meta.message_id, built.message_id);

    // Still down: the flush fails, the message stays.
    let report = rt.block_on(compose::flush_outbox(&ctx)).expect("flush");
    assert!(report.sent.is_empty());
    assert_eq!(report.waiting, 1);
    // The try is counted with its time and its reason as data, and it
    // is one waiting can fix.
    let waiting = outbox.entries(1).expect("outbox");
    assert_eq!(waiting[0].meta.attempts, 2);
    assert!(waiting[0].meta.last_attempt.is_some());
    assert!(!waiting[0].meta.needs_attention);
    assert_eq!(
        waiting[0].meta.last_failure().map(|e| e.kind()),
        Some(ErrorKind::ConnectionRefused)
    );
    assert!(report.failed.iter().all(|(_, f)| f.transient));

    server.restart();
    let report = rt.block_on(compose::flush_outbox(&ctx)).expect("flush");
    assert_eq!(report.sent, std::slice::from_ref(&built.message_id));
    assert_eq!(report.waiting, 0);
    let report = rt.block_on(compose::flush_outbox(&ctx)).expect("flush");
    assert!(report.sent.is_empty());
    assert!(outbox.is_empty(1).expect("outbox"));
    check_received(&server, &built);

    // The POP3 account's copy is in its local Sent folder, Bcc included.
    let guard = store.lock().expect("store");
    let sent = guard
        .folders(1)
        .expect("folders")
        .into_iter()
        .find(|f| f.role == Some(posta_core::imap::SpecialUse::Sent))
        .expect("a Sent folder");
    assert!(sent.local);
    let rows = guard
        .messages(sent.id, 10, 0, Default::default())
        .expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].message_id.as_deref(),
        Some(built.message_id.as_str())
    );
    let body = guard.body(rows[0].id).expect("body").expect("on disk");
    assert_eq!(body, built.raw);
}

#[test]
fn a_reply_that_never_ends_fails_the_send_at_once_in_a_few_words() {
    // A hostile server answers MAIL with a line that never ends: lettre
    // would read it until the memory runs out; the send fails once the
    // server said more than any reply can be, long before the time limit.
    let server = FakeServer::start("220 fake.example ESMTP\r\n", |line: &str| {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            Reply::from("250-fake.example\r\n250 8BITMIME\r\n")
        } else if upper.starts_with("MAIL") {
            Reply::Endless {
                head: b"550 ".to_vec(),
                chunk: vec![b'x'; 64 * 1024],
            }
        } else {
            Reply::then_close("221 bye\r\n")
        }
    });
    let mut endpoint = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
    endpoint.timeout = std::time::Duration::from_secs(120);
    let settings = SmtpSettings {
        endpoint,
        user: String::new(),
        password: Secret::new(""),
    };
    let built = compose::build(&draft()).expect("builds");
    let failure = runtime()
        .block_on(smtp::send_one(&settings, &envelope(&built), &built.raw))
        .expect_err("refused");
    assert_ne!(
        failure.error.kind(),
        ErrorKind::TimedOut,
        "{:?}",
        failure.error
    );
    let words = failure.error.to_string();
    assert!(words.contains("longer than"), "{words}");
    assert!(words.len() < 1024, "a few words, not the server's flood");
    drop(server);
}
