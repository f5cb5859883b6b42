//! Certificate trust against a real Dovecot whose certificate comes from a
//! private CA: unknown CA refused with the fingerprint, accepted once that
//! fingerprint is pinned, a certificate for another host refused, and the
//! extra-CA setting trusted. Both protocols share this code path.

use posta_testkit as support;

use std::sync::Arc;
use std::time::Duration;

use posta_core::account::{Connection, ConnectionSettings, Protocol};
use posta_core::error::{Error, Fingerprint, TrustProblem};
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::{ErrorKind, Secret};
use support::dovecot::{Dovecot, ALICE};

fn settings(
    protocol: Protocol,
    host: &str,
    port: u16,
    security: Security,
    tls: TlsOptions,
) -> ConnectionSettings {
    ConnectionSettings {
        protocol,
        endpoint: Endpoint {
            host: host.into(),
            port,
            security,
            tls,
            timeout: Duration::from_secs(20),
        },
        user: ALICE.name.into(),
        password: Secret::new(ALICE.password),
    }
}

fn untrusted(err: Error) -> (Fingerprint, TrustProblem) {
    match err {
        Error::TlsUntrusted(cert) => (cert.fingerprint, cert.problem),
        other => panic!("expected an untrusted certificate, got {other:?}"),
    }
}

#[tokio::test]
async fn unknown_ca_is_refused_with_its_fingerprint_and_accepted_when_pinned() {
    let d = Dovecot::start();
    let expected = Fingerprint::of_der(&d.server_cert_der());
    let cases = [
        (Protocol::Imap, d.imaps_port(), Security::Tls),
        (Protocol::Imap, d.imap_port(), Security::StartTls),
        (Protocol::Pop3, d.pop3s_port(), Security::Tls),
        (Protocol::Pop3, d.pop3_port(), Security::StartTls),
    ];
    for (protocol, port, security) in cases {
        let refused = Connection::connect(&settings(
            protocol,
            d.host(),
            port,
            security,
            TlsOptions::default(),
        ))
        .await
        .expect_err("a certificate from an unknown CA must be refused");
        assert_eq!(refused.kind(), ErrorKind::TlsUntrusted);
        let (fingerprint, problem) = untrusted(refused);
        assert_eq!(fingerprint, expected, "{protocol:?} {security:?}");
        assert_eq!(problem, TrustProblem::UnknownIssuer);

        let pinned = TlsOptions {
            extra_ca_pem: None,
            pinned: Some(fingerprint),
        };
        let c = Connection::connect(&settings(protocol, d.host(), port, security, pinned))
            .await
            .unwrap_or_else(|e| panic!("pinned {protocol:?} {security:?}: {e}"));
        c.close().await.expect("close");
    }
    // A pin for some other certificate does not help.
    let wrong_pin = TlsOptions {
        extra_ca_pem: None,
        pinned: Some(Fingerprint::of_der(b"another")),
    };
    let err = Connection::connect(&settings(
        Protocol::Imap,
        d.host(),
        d.imaps_port(),
        Security::Tls,
        wrong_pin,
    ))
    .await
    .expect_err("wrong pin");
    assert_eq!(err.kind(), ErrorKind::TlsUntrusted);
}

#[tokio::test]
async fn a_certificate_for_another_host_name_is_refused() {
    let d = Dovecot::start();
    let ca = Some(Arc::new(std::fs::read(d.ca_pem()).expect("CA")));
    let trusted = TlsOptions {
        extra_ca_pem: ca,
        pinned: None,
    };
    // The CA is trusted, and the certificate is for "localhost" only.
    let ok = Connection::connect(&settings(
        Protocol::Imap,
        "localhost",
        d.imaps_port(),
        Security::Tls,
        trusted.clone(),
    ))
    .await
    .expect("trusted CA, right name");
    ok.close().await.expect("close");
    for (protocol, port) in [
        (Protocol::Imap, d.imaps_port()),
        (Protocol::Pop3, d.pop3s_port()),
    ] {
        let err = Connection::connect(&settings(
            protocol,
            "127.0.0.1",
            port,
            Security::Tls,
            trusted.clone(),
        ))
        .await
        .expect_err("certificate is not for 127.0.0.1");
        let (fingerprint, problem) = untrusted(err);
        assert_eq!(problem, TrustProblem::HostnameMismatch);
        assert_eq!(fingerprint, Fingerprint::of_der(&d.server_cert_der()));
    }
}

#[tokio::test]
async fn connection_failures_have_their_own_kinds() {
    let d = Dovecot::start();
    let trusted = TlsOptions {
        extra_ca_pem: Some(Arc::new(std::fs::read(d.ca_pem()).expect("CA"))),
        pinned: None,
    };
    // Nothing listens on a port we just freed.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let err = Connection::connect(&settings(
        Protocol::Imap,
        "127.0.0.1",
        closed,
        Security::Tls,
        trusted.clone(),
    ))
    .await
    .expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused, "{err}");
    let err = Connection::connect(&settings(
        Protocol::Imap,
        "no-such-host.invalid",
        993,
        Security::Tls,
        trusted.clone(),
    ))
    .await
    .expect_err("unknown host");
    assert_eq!(err.kind(), ErrorKind::HostNotFound, "{err}");
    // TLS spoken to the plain port: the handshake fails, not "untrusted".
    let err = Connection::connect(&settings(
        Protocol::Imap,
        d.host(),
        d.imap_port(),
        Security::Tls,
        trusted,
    ))
    .await
    .expect_err("TLS on a plain port");
    assert!(
        matches!(err.kind(), ErrorKind::TlsFailed | ErrorKind::TimedOut),
        "{err:?}"
    );
}
