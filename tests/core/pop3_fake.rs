//! The POP3 client against a scripted fake server: what a real server will
//! not do on demand — refuse STLS, reject AUTH PLAIN, send an empty message,
//! send hostile or truncated replies, or say nothing at all. Each test here
//! guards against one of async-pop's defects (see STACK.md) or an attack.

use posta_testkit as support;

use std::time::Duration;

use posta_core::net::{Endpoint, Security};
use posta_core::pop3::Pop3Session;
use posta_core::{Error, ErrorKind, Secret};
use support::fake_server::{crlf, FakeServer, Reply};

const USER: &str = "zofia";
const PASSWORD: &str = "Żółw hasło-1";
const GREETING: &str = "+OK fake POP3 ready\r\n";

fn endpoint(server: &FakeServer, security: Security) -> Endpoint {
    let mut endpoint = Endpoint::new("127.0.0.1", server.port(), security);
    endpoint.timeout = Duration::from_secs(10);
    endpoint
}

async fn connect(server: &FakeServer, security: Security) -> Result<Pop3Session, Error> {
    Pop3Session::connect(&endpoint(server, security), USER, &Secret::new(PASSWORD)).await
}

/// A plain POP3 server offering `capa`; `special` answers first, anything
/// it leaves (`None`) gets the ordinary answer.
fn pop3_server<F>(capa: &'static [&'static str], mut special: F) -> FakeServer
where
    F: FnMut(&str) -> Option<Reply> + Send + 'static,
{
    FakeServer::start(GREETING, move |line: &str| {
        if let Some(reply) = special(line) {
            return reply;
        }
        let verb = line
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        match verb.as_str() {
            "CAPA" => {
                let mut lines = vec!["+OK capabilities follow"];
                lines.extend_from_slice(capa);
                lines.push(".");
                Reply::from(crlf(&lines))
            }
            "USER" => Reply::from("+OK\r\n"),
            "PASS" | "AUTH" => Reply::from("+OK logged in\r\n"),
            "NOOP" | "RSET" => Reply::from("+OK\r\n"),
            // RETR asks the size first (`LIST n`) to bound the message, and
            // listings ask STAT's count: generous answers for both.
            "STAT" => Reply::from("+OK 3 9000\r\n"),
            "LIST" if line.len() > 5 => Reply::from(format!("+OK {} 10000000\r\n", &line[5..])),
            "QUIT" => Reply::then_close("+OK bye\r\n"),
            _ => Reply::from("-ERR unknown command\r\n"),
        }
    })
}

/// True when any logged line carries (or announces) a credential.
fn sent_credentials(log: &[String]) -> bool {
    log.iter().any(|line| {
        let verb = line
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        matches!(verb.as_str(), "USER" | "PASS" | "AUTH" | "APOP") || line.contains(PASSWORD)
    })
}

/// RFC 1939 byte-stuffing plus the terminator: what a server puts on the
/// wire for `message`.
fn on_the_wire(message: &[u8]) -> Vec<u8> {
    let mut wire = Vec::with_capacity(message.len() + 16);
    for line in message.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b".") {
            wire.push(b'.');
        }
        wire.extend_from_slice(line);
    }
    wire.extend_from_slice(b".\r\n");
    wire
}

fn retr_reply(message: &[u8]) -> Reply {
    let mut reply = format!("+OK {} octets\r\n", message.len()).into_bytes();
    reply.extend(on_the_wire(message));
    Reply::Send(reply)
}

const DOTTED: &[u8] =
    b"From: a@example.pl\r\nSubject: dots\r\n\r\n.\r\n..\r\n...\r\n.leading dot\r\n..two dots\r\n\
in.the.middle\r\n. space after dot\r\n\r\n.\r\nlast line\r\n";

#[tokio::test]
async fn starttls_is_refused_when_capa_lacks_stls_and_no_credential_is_sent() {
    let server = pop3_server(&["USER", "SASL PLAIN", "UIDL"], |_| None);
    let err = connect(&server, Security::StartTls)
        .await
        .expect_err("no STLS offered");
    assert_eq!(err.kind(), ErrorKind::StartTlsUnavailable, "{err}");
    let log = server.finish();
    assert_eq!(log, ["CAPA"]);
    assert!(!sent_credentials(&log), "{log:?}");
}

#[tokio::test]
async fn starttls_is_refused_when_stls_gets_err_and_no_credential_is_sent() {
    let server = pop3_server(&["USER", "STLS", "SASL PLAIN"], |line| {
        (line == "STLS").then(|| Reply::from("-ERR TLS not available today\r\n"))
    });
    let err = connect(&server, Security::StartTls)
        .await
        .expect_err("STLS refused");
    assert_eq!(err.kind(), ErrorKind::StartTlsUnavailable, "{err}");
    assert!(err.to_string().contains("TLS not available today"), "{err}");
    let log = server.finish();
    assert_eq!(log, ["CAPA", "STLS"]);
    assert!(!sent_credentials(&log), "{log:?}");
}

#[tokio::test]
async fn data_injected_after_stls_is_not_trusted() {
    // A man in the middle appends a reply after `+OK` that would otherwise
    // be read as if it came through TLS.
    let server = pop3_server(&["STLS", "USER"], |line| {
        (line == "STLS").then(|| Reply::from("+OK Begin TLS\r\n+OK injected\r\n"))
    });
    let err = connect(&server, Security::StartTls)
        .await
        .expect_err("injection");
    assert!(
        matches!(err.kind(), ErrorKind::Protocol | ErrorKind::TlsFailed),
        "{err}"
    );
    assert!(!sent_credentials(&server.finish()));
}

#[tokio::test]
async fn an_empty_message_is_zero_bytes_and_does_not_hang() {
    let server = pop3_server(&["USER", "UIDL"], |line| {
        (line == "RETR 1").then(|| Reply::from("+OK 0 octets\r\n.\r\n"))
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let mut sink = Vec::new();
    assert_eq!(
        session.retr_to(1, &mut sink).await.expect("empty message"),
        0
    );
    assert!(sink.is_empty());
    // The terminator was consumed and nothing else: the next reply is in step.
    session.noop().await.expect("still in step");
    session.quit().await.expect("quit");
    assert_eq!(
        server.finish(),
        [
            "CAPA",
            "USER zofia",
            format!("PASS {PASSWORD}").as_str(),
            "CAPA",
            "LIST 1",
            "RETR 1",
            "NOOP",
            "QUIT"
        ]
    );
}

#[tokio::test]
async fn a_rejected_auth_plain_is_final_with_no_user_pass_fallback() {
    let server = pop3_server(&["USER", "SASL PLAIN LOGIN"], |line| {
        line.starts_with("AUTH ")
            .then(|| Reply::from("-ERR [AUTH] Authentication failed.\r\n"))
    });
    let err = connect(&server, Security::Insecure)
        .await
        .expect_err("rejected");
    assert_eq!(err.kind(), ErrorKind::AuthenticationFailed, "{err}");
    assert!(
        err.to_string().contains("[AUTH] Authentication failed."),
        "{err}"
    );
    assert!(!err.to_string().contains(PASSWORD) && !format!("{err:?}").contains(PASSWORD));
    let log = server.finish();
    use base64::Engine as _;
    let expected =
        base64::engine::general_purpose::STANDARD.encode(format!("\0{USER}\0{PASSWORD}"));
    assert_eq!(log, ["CAPA".to_owned(), format!("AUTH PLAIN {expected}")]);
}

#[tokio::test]
async fn auth_plain_is_used_when_offered() {
    let server = pop3_server(&["USER", "SASL PLAIN"], |_| None);
    let session = connect(&server, Security::Insecure).await.expect("login");
    assert!(session.has_capability("sasl"));
    assert!(!session.is_encrypted());
    session.quit().await.expect("quit");
    let log = server.finish();
    assert!(log[1].starts_with("AUTH PLAIN "), "{log:?}");
    assert!(!log
        .iter()
        .any(|l| l.starts_with("USER") || l.starts_with("PASS")));
}

#[tokio::test]
async fn a_wrong_password_with_user_pass_is_authentication_failed() {
    let server = pop3_server(&["USER"], |line| {
        line.starts_with("PASS ")
            .then(|| Reply::from("-ERR [AUTH] Authentication failed.\r\n"))
    });
    let err = connect(&server, Security::Insecure)
        .await
        .expect_err("wrong password");
    assert_eq!(err.kind(), ErrorKind::AuthenticationFailed, "{err}");
    assert!(!err.to_string().contains(PASSWORD));
}

#[tokio::test]
async fn a_locked_mailbox_is_a_protocol_error_not_a_wrong_password() {
    let server = pop3_server(&["USER"], |line| {
        line.starts_with("PASS ")
            .then(|| Reply::from("-ERR [IN-USE] Mailbox is locked by another session\r\n"))
    });
    let err = connect(&server, Security::Insecure)
        .await
        .expect_err("in use");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert!(
        err.to_string().contains("[IN-USE] Mailbox is locked"),
        "{err}"
    );
}

#[tokio::test]
async fn a_server_without_capa_still_gets_user_pass() {
    let server = pop3_server(&[], |line| {
        (line == "CAPA").then(|| Reply::from("-ERR what?\r\n"))
    });
    let session = connect(&server, Security::Insecure).await.expect("login");
    assert!(session.capabilities().is_empty());
    drop(session);
    let log = server.finish();
    assert_eq!(log[1], "USER zofia");
}

#[tokio::test]
async fn a_ten_megabyte_greeting_without_line_end_is_refused_not_buffered() {
    let server = FakeServer::start(vec![b'A'; 10 * 1024 * 1024], |_: &str| Reply::Close);
    let err = connect(&server, Security::Insecure)
        .await
        .expect_err("hostile greeting");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert!(err.to_string().contains("longer than"), "{err}");
}

#[tokio::test]
async fn a_ten_megabyte_status_line_is_refused_not_buffered() {
    let server = pop3_server(&["USER"], |line| {
        (line == "STAT").then(|| Reply::Send(vec![b'9'; 10 * 1024 * 1024]))
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let err = session.stat().await.expect_err("hostile reply");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    // What is left of the reply would be misread: the session says so.
    assert_eq!(
        session.noop().await.expect_err("out of step").kind(),
        ErrorKind::Protocol
    );
}

#[tokio::test]
async fn an_endless_listing_is_cut_off_at_its_cap() {
    let server = pop3_server(&["USER", "UIDL"], |line| {
        (line == "UIDL").then(|| {
            let mut reply = b"+OK\r\n".to_vec();
            let line = b"1 0000000100000001\r\n";
            while reply.len() < 40 * 1024 * 1024 {
                reply.extend_from_slice(line);
            }
            Reply::Send(reply)
        })
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let err = session.uidl().await.expect_err("over the cap");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
}

#[tokio::test]
async fn a_connection_dropped_mid_retr_is_an_error_not_a_hang() {
    let server = pop3_server(&["USER"], |line| {
        (line == "RETR 1")
            .then(|| Reply::then_close("+OK 5000 octets\r\nSubject: cut\r\n\r\nhalf a bo"))
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let mut sink = Vec::new();
    let err = session.retr_to(1, &mut sink).await.expect_err("dropped");
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    assert!(session.noop().await.is_err());
}

#[tokio::test]
async fn a_server_that_never_greets_times_out() {
    let server = FakeServer::start("", |_: &str| Reply::Nothing);
    let mut endpoint = endpoint(&server, Security::Insecure);
    endpoint.timeout = Duration::from_millis(300);
    let err = Pop3Session::connect(&endpoint, USER, &Secret::new(PASSWORD))
        .await
        .expect_err("silence");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
}

#[tokio::test]
async fn a_server_that_stops_answering_times_out() {
    let server = pop3_server(&["USER"], |line| {
        (line == "RETR 1").then_some(Reply::Nothing)
    });
    let mut endpoint = endpoint(&server, Security::Insecure);
    endpoint.timeout = Duration::from_millis(300);
    let mut session = Pop3Session::connect(&endpoint, USER, &Secret::new(PASSWORD))
        .await
        .expect("login");
    let err = session.retr(1).await.expect_err("silence");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
}

#[tokio::test]
async fn a_stalled_message_body_times_out() {
    let server = pop3_server(&["USER"], |line| match line {
        // A small message: it gets the limit plus a second, not ten minutes.
        "LIST 1" => Some(Reply::from("+OK 1 40\r\n")),
        "RETR 1" => Some(Reply::from(
            "+OK\r\nSubject: stalled\r\n\r\nand then nothing",
        )),
        _ => None,
    });
    let mut endpoint = endpoint(&server, Security::Insecure);
    endpoint.timeout = Duration::from_millis(300);
    let mut session = Pop3Session::connect(&endpoint, USER, &Secret::new(PASSWORD))
        .await
        .expect("login");
    let err = session.retr(1).await.expect_err("stalled");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
}

#[tokio::test]
async fn dot_stuffing_is_undone_byte_for_byte() {
    // A large message too, so stuffed lines fall across read boundaries.
    let mut large = b"Subject: large\r\n\r\n".to_vec();
    for i in 0..50_000 {
        large.extend_from_slice(match i % 5 {
            0 => b".\r\n".as_slice(),
            1 => b"..\r\n",
            2 => b".starts with a dot\r\n",
            3 => b"plain text line, long enough to matter\r\n",
            _ => b"\r\n",
        });
    }
    let expected_large = large.clone();
    let server = pop3_server(&["USER", "TOP"], move |line| match line {
        "RETR 1" => Some(retr_reply(DOTTED)),
        "RETR 2" => Some(retr_reply(&large)),
        "TOP 1 3" => {
            let top = b"From: a@example.pl\r\nSubject: dots\r\n\r\n.\r\n..\r\n...\r\n";
            Some(retr_reply(top))
        }
        _ => None,
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let mut sink = Vec::new();
    let written = session.retr_to(1, &mut sink).await.expect("retr 1");
    assert_eq!(written, DOTTED.len() as u64);
    assert_eq!(
        String::from_utf8_lossy(&sink),
        String::from_utf8_lossy(DOTTED)
    );
    assert!(
        session.retr(2).await.expect("retr 2") == expected_large,
        "large message differs"
    );
    let top = session.top(1, 3).await.expect("top");
    assert_eq!(
        top,
        b"From: a@example.pl\r\nSubject: dots\r\n\r\n.\r\n..\r\n...\r\n"
    );
    session.quit().await.expect("quit");
}

#[tokio::test]
async fn listings_are_parsed_and_malformed_ones_are_named() {
    let server = pop3_server(&["USER", "UIDL"], |line| {
        Some(Reply::from(match line {
            "STAT" => "+OK 2 320\r\n".to_owned(),
            "LIST" => crlf(&["+OK 2 messages", "1 120", "2 200", "."]),
            "LIST 2" => "+OK 2 200\r\n".to_owned(),
            "UIDL" => crlf(&[
                "+OK",
                "1 whqtswO00WBw418f9t5JxYwZ",
                "2 QhdPYR:00WBw1Ph7x7",
                ".",
            ]),
            "UIDL 1" => "+OK 1 whqtswO00WBw418f9t5JxYwZ\r\n".to_owned(),
            "LIST 3" => "-ERR no such message, only 2 messages in maildrop\r\n".to_owned(),
            "UIDL 2" => "+OK two\r\n".to_owned(),
            _ => return None,
        }))
    });
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    assert_eq!(session.stat().await.expect("stat"), (2, 320));
    assert_eq!(session.list().await.expect("list"), [(1, 120), (2, 200)]);
    assert_eq!(session.list_one(2).await.expect("list 2"), 200);
    let uidl = session.uidl().await.expect("uidl");
    assert_eq!(uidl[1], (2, "QhdPYR:00WBw1Ph7x7".to_owned()));
    assert_eq!(
        session.uidl_one(1).await.expect("uidl 1"),
        "whqtswO00WBw418f9t5JxYwZ"
    );
    let err = session.list_one(3).await.expect_err("no message 3");
    assert_eq!(err.kind(), ErrorKind::Protocol);
    assert!(err.to_string().contains("no such message"), "{err}");
    // A refusal is a complete reply: the session stays usable.
    session.noop().await.expect("still in step");
    let err = session.uidl_one(2).await.expect_err("malformed");
    assert!(err.to_string().contains("\"two\""), "{err}");
    session.quit().await.expect("quit");
}

/// A two-message server for `envelopes`, with or without PIPELINING.
fn mailbox_server(capa: &'static [&'static str]) -> FakeServer {
    pop3_server(capa, |line| {
        let headers = |subject: &str| {
            let mut r = b"+OK\r\n".to_vec();
            r.extend(on_the_wire(
                format!("From: Иван <ivan@example.bg>\r\nSubject: {subject}\r\n\r\n").as_bytes(),
            ));
            Reply::Send(r)
        };
        Some(match line {
            "UIDL" => Reply::from(crlf(&["+OK", "1 uid-one", "2 uid-two", "."])),
            "LIST" => Reply::from(crlf(&["+OK", "1 1200", "2 3400", "."])),
            "TOP 1 0" => headers("=?UTF-8?Q?Za=C5=BC=C3=B3=C5=82=C4=87?="),
            "TOP 2 0" => headers("=?UTF-8?B?0J/RgNC40LLQtdGC?="),
            _ => return None,
        })
    })
}

async fn check_envelopes(server: FakeServer) -> Vec<String> {
    let mut session = connect(&server, Security::Insecure).await.expect("login");
    let mut seen = Vec::new();
    let envelopes = session
        .envelopes_with_progress(|done, total| seen.push((done, total)))
        .await
        .expect("envelopes");
    assert_eq!(seen.last(), Some(&(2, 2)));
    assert_eq!(envelopes.len(), 2);
    assert_eq!(
        envelopes[0].id,
        posta_core::message::RemoteId::Uidl("uid-one".into())
    );
    assert_eq!(envelopes[0].size, 1200);
    assert_eq!(envelopes[0].headers.subject, "Zażółć");
    assert_eq!(envelopes[1].headers.subject, "Привет");
    assert_eq!(envelopes[1].headers.from[0].name.as_deref(), Some("Иван"));
    assert!(envelopes[1].flags.is_empty());
    session.quit().await.expect("quit");
    server.finish()
}

#[tokio::test]
async fn envelopes_one_by_one_without_pipelining() {
    let log = check_envelopes(mailbox_server(&["USER", "TOP", "UIDL"])).await;
    assert_eq!(
        log[4..],
        ["STAT", "UIDL", "LIST", "TOP 1 0", "TOP 2 0", "QUIT"]
    );
}

#[tokio::test]
async fn envelopes_pipelined_when_offered() {
    let log = check_envelopes(mailbox_server(&["USER", "TOP", "UIDL", "PIPELINING"])).await;
    assert_eq!(
        log[4..],
        ["STAT", "UIDL", "LIST", "TOP 1 0", "TOP 2 0", "QUIT"]
    );
}
