//! The detection steps that ask the network rather than the provider: the
//! provider behind the MX records, SRV records, probing the usual names on
//! the real Dovecot (host resolution overridden, so `imap.example.test:993`
//! reaches its real port on loopback), cancellation by dropping the future,
//! and the SMTP check used by the wizard's connection test.

use posta_testkit as support;
use posta_testkit::detection::{ca, only, only_with_dns, settings, tls_dir};
use posta_testkit::servers;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use posta_core::account::check::{check_incoming, check_outgoing};
use posta_core::account::Protocol;
use posta_core::autoconfig::dns::{SrvRecord, StaticDns};
use posta_core::autoconfig::probe::{ProbeOptions, StaticResolver};
use posta_core::autoconfig::{detect, AutoconfigError, DetectOptions, Progress, Source, Step};
use posta_core::error::Fingerprint;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::{ErrorKind, Secret};
use servers::{Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE};

#[tokio::test]
async fn the_mx_step_finds_the_provider_behind_a_custom_domain() {
    let mut dns = StaticDns::default();
    dns.mx.insert(
        "example.test".into(),
        vec![
            "in1-smtp.messagingengine.com".into(),
            "in2-smtp.messagingengine.com".into(),
        ],
    );
    let options = only_with_dns(&[Step::ProviderList, Step::Mx], dns);
    let found = detect("jan@example.test", &options, |_| {})
        .await
        .expect("found");
    assert_eq!(
        found.source,
        Source::MxProvider {
            mx_host: "in1-smtp.messagingengine.com".into(),
            provider: "Fastmail".into()
        }
    );
    let imap = found.best_incoming(Protocol::Imap).unwrap();
    assert_eq!(
        (imap.host.as_str(), imap.port, imap.security),
        ("imap.fastmail.com", 993, Security::Tls)
    );
    assert_eq!(imap.user, "jan@example.test");

    // A domain whose MX belongs to nobody in the list: nothing.
    let mut dns = StaticDns::default();
    dns.mx
        .insert("other.test".into(), vec!["mx.other.test".into()]);
    let options = only_with_dns(&[Step::Mx], dns);
    assert_eq!(
        detect("jan@other.test", &options, |_| {}).await,
        Err(AutoconfigError::NotFound)
    );
}

#[tokio::test]
async fn srv_records_lead_to_the_real_server() {
    let d = Dovecot::start();
    let record = |port| SrvRecord {
        priority: 0,
        weight: 1,
        port,
        target: "localhost".into(),
    };
    let mut dns = StaticDns::default();
    dns.srv.insert(
        "_imaps._tcp.example.test".into(),
        vec![record(d.imaps_port())],
    );
    dns.srv.insert(
        "_pop3._tcp.example.test".into(),
        vec![record(d.pop3_port())],
    );
    let options = only_with_dns(&[Step::Srv], dns);
    let found = detect("alice@example.test", &options, |_| {})
        .await
        .expect("found");
    assert_eq!(found.source, Source::Srv);
    assert_eq!(found.incoming.len(), 2);
    for server in &found.incoming {
        // RFC 6186 names no user; the whole address is the guess, and this
        // server wants the local part.
        assert_eq!(server.user, "alice@example.test");
        let mut login = settings(server, ca(&d), ALICE.password);
        login.user = ALICE.name.into();
        check_incoming(&login)
            .await
            .unwrap_or_else(|e| panic!("{server:?}: {e}"));
    }
}

/// Only the probing step, with `probe`.
fn probing(probe: ProbeOptions) -> DetectOptions {
    only(
        &[Step::Probe],
        DetectOptions {
            probe,
            ..DetectOptions::default()
        },
    )
}

fn resolver(entries: &[(&str, u16, u16)]) -> Arc<StaticResolver> {
    let map = entries
        .iter()
        .map(|(host, port, real)| {
            (
                (host.to_string(), *port),
                SocketAddr::from(([127, 0, 0, 1], *real)),
            )
        })
        .collect();
    Arc::new(StaticResolver { map })
}

#[tokio::test]
async fn probing_finds_dovecot_ranks_tls_first_and_never_logs_in() {
    let d = Dovecot::start();
    let smtps = Smtp::start(&tls_dir(&d), SmtpMode::Implicit, ALICE.name, ALICE.password);
    let smtp = Smtp::start(&tls_dir(&d), SmtpMode::Upgrade, ALICE.name, ALICE.password);
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let probe = ProbeOptions {
        resolver: resolver(&[
            ("imap.example.test", 993, d.imaps_port()),
            ("imap.example.test", 143, d.imap_port()),
            ("mail.example.test", 993, d.imaps_port()),
            ("pop3.example.test", 995, d.pop3s_port()),
            ("pop.example.test", 110, d.pop3_port()),
            // Something that is not a mail server at all, and a closed port.
            ("example.test", 143, smtp.port),
            ("example.test", 993, closed),
            ("smtp.example.test", 465, smtps.port),
            ("smtp.example.test", 587, smtp.port),
        ]),
        timeout: Duration::from_secs(5),
        extra_ca_pem: Some(ca(&d)),
    };
    let options = probing(probe);
    let mut seen = Vec::new();
    let found = detect("alice@example.test", &options, |p| seen.push(p))
        .await
        .expect("found");
    assert_eq!(found.source, Source::Guess);
    let got: Vec<(&str, u16, Protocol, Security)> = found
        .incoming
        .iter()
        .map(|s| (s.host.as_str(), s.port, s.protocol, s.security))
        .collect();
    assert_eq!(
        got,
        [
            ("imap.example.test", 993, Protocol::Imap, Security::Tls),
            ("mail.example.test", 993, Protocol::Imap, Security::Tls),
            ("pop3.example.test", 995, Protocol::Pop3, Security::Tls),
            ("imap.example.test", 143, Protocol::Imap, Security::StartTls),
            ("pop.example.test", 110, Protocol::Pop3, Security::StartTls),
        ]
    );
    let out: Vec<(u16, Security)> = found
        .outgoing
        .iter()
        .map(|s| (s.port, s.security))
        .collect();
    assert_eq!(out, [(465, Security::Tls), (587, Security::StartTls)]);
    assert!(found
        .incoming
        .iter()
        .all(|s| s.user == "alice@example.test"));
    // Greeting and capabilities only: no login reached either server.
    assert!(
        !d.log_tail(200).contains("Login: user=<"),
        "{}",
        d.log_tail(50)
    );
    assert!(smtp
        .log()
        .iter()
        .chain(smtps.log().iter())
        .all(|c| !c.starts_with("AUTH")));
    assert!(seen.contains(&Progress::Started(Step::Probe)));
}

#[tokio::test]
async fn probing_prefers_a_server_whose_certificate_is_trusted() {
    let d = Dovecot::start();
    let probe = ProbeOptions {
        resolver: resolver(&[
            ("imap.localhost", 993, d.imaps_port()),
            ("localhost", 993, d.imaps_port()),
        ]),
        timeout: Duration::from_secs(5),
        extra_ca_pem: Some(ca(&d)),
    };
    let options = probing(probe);
    let found = detect("alice@localhost", &options, |_| {})
        .await
        .expect("found");
    // The certificate names "localhost", not "imap.localhost".
    assert_eq!(found.incoming[0].host, "localhost");
    assert_eq!(found.incoming[1].host, "imap.localhost");
}

#[tokio::test]
async fn dropping_the_detection_cancels_it_at_once() {
    // A server that accepts and never says a word: every probe would wait
    // for its whole time limit.
    let tarpit = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = tarpit.local_addr().unwrap().port();
    let held = Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = tarpit.accept().await {
            keep.lock().unwrap().push(socket);
        }
    });
    let probe = ProbeOptions {
        resolver: resolver(&[
            ("imap.slow.test", 993, port),
            ("imap.slow.test", 143, port),
            ("slow.test", 110, port),
        ]),
        timeout: Duration::from_secs(60),
        extra_ca_pem: None,
    };
    let options = probing(probe);
    let started = Instant::now();
    let result = tokio::time::timeout(
        Duration::from_millis(500),
        detect("a@slow.test", &options, |_| {}),
    )
    .await;
    assert!(result.is_err(), "the tarpit cannot have answered");
    assert!(started.elapsed() < Duration::from_secs(3));
    // The dropped future closed its connections: the tarpit reads EOF.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sockets: Vec<_> = held.lock().unwrap().drain(..).collect();
    assert!(!sockets.is_empty());
    for mut socket in sockets {
        use tokio::io::AsyncReadExt;
        let mut buf = [0u8; 64];
        let read = tokio::time::timeout(Duration::from_secs(2), socket.read(&mut buf)).await;
        // TLS probes sent a ClientHello first; what matters is the close.
        let closed = match read {
            Ok(Ok(0)) | Ok(Err(_)) => true,
            Ok(Ok(_)) => {
                tokio::time::timeout(Duration::from_secs(2), socket.read_to_end(&mut Vec::new()))
                    .await
                    .is_ok()
            }
            Err(_) => false,
        };
        assert!(closed, "a connection outlived the cancelled detection");
    }
}

#[tokio::test]
async fn the_smtp_check_reports_every_outcome() {
    let d = Dovecot::start();
    let password = Secret::new(ALICE.password);
    let endpoint =
        |port, security, ca: Option<Arc<Vec<u8>>>, pinned: Option<Fingerprint>| Endpoint {
            tls: TlsOptions {
                extra_ca_pem: ca,
                pinned,
            },
            timeout: Duration::from_secs(10),
            ..Endpoint::new("localhost", port, security)
        };
    let starttls = Smtp::start(&tls_dir(&d), SmtpMode::Upgrade, ALICE.name, ALICE.password);
    let implicit = Smtp::start(&tls_dir(&d), SmtpMode::Implicit, ALICE.name, ALICE.password);
    let broken = Smtp::start(
        &tls_dir(&d),
        SmtpMode::PlainOnly,
        ALICE.name,
        ALICE.password,
    );

    for (port, security) in [
        (starttls.port, Security::StartTls),
        (implicit.port, Security::Tls),
    ] {
        let report = check_outgoing(
            &endpoint(port, security, Some(ca(&d)), None),
            ALICE.name,
            &password,
        )
        .await
        .unwrap_or_else(|e| panic!("{security:?}: {e}"));
        assert!(report.encrypted && report.logged_in);
        assert_eq!(report.auth, ["PLAIN", "LOGIN"]);
    }
    let wrong = check_outgoing(
        &endpoint(implicit.port, Security::Tls, Some(ca(&d)), None),
        ALICE.name,
        &Secret::new("nope"),
    )
    .await
    .unwrap_err();
    assert_eq!(wrong.kind(), ErrorKind::AuthenticationFailed);
    let plain = check_outgoing(
        &endpoint(broken.port, Security::StartTls, Some(ca(&d)), None),
        ALICE.name,
        &password,
    )
    .await
    .unwrap_err();
    assert_eq!(plain.kind(), ErrorKind::StartTlsUnavailable);
    assert!(
        broken.log().iter().all(|c| !c.starts_with("AUTH")),
        "no login without TLS"
    );

    // Untrusted: refused with the certificate's fingerprint; pinned: accepted.
    let untrusted = check_outgoing(
        &endpoint(implicit.port, Security::Tls, None, None),
        ALICE.name,
        &password,
    )
    .await
    .unwrap_err();
    let expected = Fingerprint::of_der(&d.server_cert_der());
    match &untrusted {
        posta_core::Error::TlsUntrusted(cert) => assert_eq!(cert.fingerprint, expected),
        other => panic!("{other}"),
    }
    check_outgoing(
        &endpoint(implicit.port, Security::Tls, None, Some(expected)),
        ALICE.name,
        &password,
    )
    .await
    .expect("pinned certificate accepted");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = check_outgoing(
        &endpoint(closed, Security::Tls, None, None),
        ALICE.name,
        &password,
    )
    .await
    .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::ConnectionRefused);
}
