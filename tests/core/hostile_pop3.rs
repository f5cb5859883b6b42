//! POP3 servers that log in fine and then misbehave (issue 11): a `RETR`
//! that never ends or sends more than `LIST` announced, replies trickled a
//! byte at a time, listings with lines beyond `STAT` or repeated, numbers
//! that are not numbers, hostile words. Each case ends with a clear error
//! or the right data within its deadline, in bounded memory.

use posta_testkit as support;

use std::time::{Duration, Instant};

use posta_core::net::{Endpoint, Security};
use posta_core::pop3::Pop3Session;
use posta_core::{Error, ErrorKind, Secret};
use support::fake_server::{FakeServer, Reply};
use support::memory::status_mb;
use support::pop3_script::{maildrop, multiline, pop3_server};

fn endpoint(server: &FakeServer, timeout: Duration) -> Endpoint {
    let mut e = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
    e.timeout = timeout;
    e
}

async fn connect(server: &FakeServer, timeout: Duration) -> Result<Pop3Session, Error> {
    Pop3Session::connect(&endpoint(server, timeout), "jan", &Secret::new("heslo")).await
}

fn verb_is(line: &str, verb: &str) -> bool {
    line.split(' ')
        .next()
        .is_some_and(|v| v.eq_ignore_ascii_case(verb))
}

fn assert_plain_words(err: &Error) -> String {
    let shown = posta_i18n::describe_error(err, "127.0.0.1");
    assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
    assert!(!shown.contains("Error {"), "{shown}");
    shown
}

#[tokio::test]
async fn a_retr_that_never_ends_is_cut_off_past_its_announced_size() {
    let server = pop3_server(|line| {
        verb_is(line, "RETR").then(|| Reply::Endless {
            head: b"+OK\r\nSubject: for ever\r\n\r\n".to_vec(),
            chunk: b"more and more text that never ends\r\n".repeat(100),
        })
    });
    let mut session = connect(&server, Duration::from_secs(20))
        .await
        .expect("login");
    let before = status_mb("VmHWM:");
    let started = Instant::now();
    let mut sink = Vec::new();
    let err = session.retr_to(1, &mut sink).await.expect_err("endless");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    // LIST said ~100 bytes; the cap is that plus an eighth plus 64 KiB.
    assert!(sink.len() < 200 * 1024, "{} bytes kept", sink.len());
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(status_mb("VmHWM:") - before < 64.0);
    assert_plain_words(&err);
}

#[tokio::test]
async fn a_retr_body_trickled_a_byte_at_a_time_ends_at_its_deadline() {
    let server = pop3_server(|line| {
        verb_is(line, "RETR").then(|| {
            let body = format!("+OK\r\n{}\r\n.\r\n", "x".repeat(10_000));
            Reply::Trickle(body.into_bytes(), Duration::from_millis(50))
        })
    });
    let mut session = connect(&server, Duration::from_millis(800))
        .await
        .expect("login");
    let started = Instant::now();
    let mut sink = Vec::new();
    let err = session.retr_to(2, &mut sink).await.expect_err("trickle");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
    // The limit plus ~100 announced bytes at 16 KiB/s (rounded up to 1 s).
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_listing_at_one_byte_a_tick_ends_at_its_deadline() {
    let server = pop3_server(|line| {
        verb_is(line, "LIST").then(|| {
            Reply::Trickle(
                b"+OK\r\n1 100\r\n2 100\r\n3 100\r\n.\r\n".to_vec(),
                Duration::from_millis(200),
            )
        })
    });
    let mut session = connect(&server, Duration::from_millis(500))
        .await
        .expect("login");
    let started = Instant::now();
    let err = session.list().await.expect_err("trickle");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_capa_reply_trickled_for_ever_times_out_at_login() {
    let server = pop3_server(|line| {
        verb_is(line, "CAPA").then(|| {
            let endless = "+OK\r\n".to_owned() + &"SASL PLAIN\r\n".repeat(10_000);
            Reply::Trickle(endless.into_bytes(), Duration::from_millis(20))
        })
    });
    let started = Instant::now();
    let err = connect(&server, Duration::from_millis(400))
        .await
        .expect_err("trickled CAPA");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn listing_lines_beyond_stat_and_repeats_are_ignored() {
    let server = pop3_server(|line| {
        if verb_is(line, "LIST") && line.len() == 4 {
            return Some(multiline(
                "1 120\r\n2 130\r\n2 999\r\n3 140\r\n4 150\r\n300 1\r\n0 5\r\n",
            ));
        }
        verb_is(line, "UIDL").then(|| multiline("1 a\r\n2 b\r\n3 c\r\n3 c-again\r\n4 phantom\r\n"))
    });
    let mut session = connect(&server, Duration::from_secs(10))
        .await
        .expect("login");
    let list = session.list().await.expect("LIST");
    assert_eq!(list, vec![(1, 120), (2, 130), (3, 140)]);
    let uidl = session.uidl().await.expect("UIDL");
    let ids: Vec<&str> = uidl.iter().map(|(_, u)| u.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[tokio::test]
async fn numbers_that_are_not_numbers_are_protocol_errors() {
    for stat in [
        "+OK -3 100",
        "+OK 99999999999 100",
        "+OK three 100",
        "+OK 3 18446744073709551616",
    ] {
        let answer = format!("{stat}\r\n");
        let server =
            pop3_server(move |line| verb_is(line, "STAT").then(|| Reply::from(answer.clone())));
        let mut session = connect(&server, Duration::from_secs(10))
            .await
            .expect("login");
        let err = session.stat().await.expect_err(stat);
        assert_eq!(err.kind(), ErrorKind::Protocol, "{stat}: {err}");
    }
    let server = pop3_server(|line| verb_is(line, "LIST").then(|| multiline("1 -5\r\n")));
    let mut session = connect(&server, Duration::from_secs(10))
        .await
        .expect("login");
    assert_eq!(
        session.list().await.expect_err("negative").kind(),
        ErrorKind::Protocol
    );
}

#[tokio::test]
async fn an_err_with_escape_and_bell_reaches_the_user_cleaned() {
    let server = pop3_server(|line| {
        verb_is(line, "RETR").then(|| {
            Reply::from(format!(
                "-ERR \u{1b}[5mmaildrop\u{7} busy{}\r\n",
                ", try later".repeat(60)
            ))
        })
    });
    let mut session = connect(&server, Duration::from_secs(10))
        .await
        .expect("login");
    let err = session.retr(1).await.expect_err("-ERR");
    let shown = assert_plain_words(&err);
    assert!(shown.contains("maildrop busy"), "{shown}");
    assert!(shown.chars().count() < 600, "{shown}");
}

#[tokio::test]
async fn a_retr_within_its_announced_size_still_arrives_whole() {
    let server = pop3_server(|_| None);
    let mut session = connect(&server, Duration::from_secs(10))
        .await
        .expect("login");
    for (n, _, message) in maildrop() {
        assert_eq!(session.retr(n).await.expect("RETR"), message.as_bytes());
    }
}
