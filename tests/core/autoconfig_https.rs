//! The detection steps that read what a provider publishes over HTTPS:
//! its autoconfig host, then the well-known path, verified against the test
//! CA and size-capped, served by a server on loopback. What they find then
//! logs in to the real Dovecot and the loopback SMTP server.

use posta_testkit as support;
use posta_testkit::detection::{ca, only, settings, tls_dir};
use posta_testkit::servers;

use std::collections::HashMap;
use std::sync::Arc;

use posta_core::account::check::{check_incoming, check_outgoing};
use posta_core::account::Protocol;
use posta_core::autoconfig::http::HttpOptions;
use posta_core::autoconfig::{
    detect, AutoconfigError, DetectOptions, LeaveOnServer, Progress, Source, Step, StepOutcome,
};
use posta_core::net::Endpoint;
use posta_core::Secret;
use servers::{Https, Reply, Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE};

/// A provider's clientConfig pointing at the local Dovecot and SMTP server.
fn client_config(d: &Dovecot, smtp_port: u16) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Test Mail</displayName>
    <incomingServer type="imap">
      <hostname>localhost</hostname><port>{imaps}</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>localhost</hostname><port>{imap}</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>localhost</hostname><port>{pop3s}</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
      <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><daysToLeaveMessagesOnServer>7</daysToLeaveMessagesOnServer></pop3>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>localhost</hostname><port>{smtp_port}</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#,
        imaps = d.imaps_port(),
        imap = d.imap_port(),
        pop3s = d.pop3s_port(),
    )
}

const AUTOCONFIG_PATH: &str = "/autoconfig/example.test/mail/config-v1.1.xml";
const WELL_KNOWN_PATH: &str = "/example.test/.well-known/autoconfig/mail/config-v1.1.xml";

fn http(server: &Https, ca: Option<Arc<Vec<u8>>>) -> HttpOptions {
    HttpOptions {
        autoconfig_url: server
            .url("/autoconfig/{domain}/mail/config-v1.1.xml?emailaddress={email}"),
        well_known_url: server.url("/{domain}/.well-known/autoconfig/mail/config-v1.1.xml"),
        extra_ca_pem: ca,
        ..HttpOptions::default()
    }
}

/// Only `steps`, asking `https` and trusting the harness CA.
fn only_over(steps: &[Step], https: &Https, d: &Dovecot) -> DetectOptions {
    only(
        steps,
        DetectOptions {
            http: http(https, Some(ca(d))),
            ..DetectOptions::default()
        },
    )
}

fn outcome(seen: &[Progress], step: Step) -> StepOutcome {
    seen.iter()
        .find_map(|p| match p {
            Progress::Finished(s, outcome) if *s == step => Some(outcome.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{step:?} never finished: {seen:?}"))
}

#[tokio::test]
async fn the_providers_own_document_is_fetched_over_verified_https_and_works() {
    let d = Dovecot::start();
    let smtp = Smtp::start(&tls_dir(&d), SmtpMode::Upgrade, ALICE.name, ALICE.password);
    let routes = HashMap::from([(
        AUTOCONFIG_PATH.to_owned(),
        Reply::xml(client_config(&d, smtp.port)),
    )]);
    let https = Https::start(&tls_dir(&d), routes);
    let options = only_over(
        &[Step::ProviderList, Step::Autoconfig, Step::WellKnown],
        &https,
        &d,
    );
    let mut seen = Vec::new();
    let found = detect("alice@example.test", &options, |p| seen.push(p))
        .await
        .expect("found");

    assert!(
        matches!(&found.source, Source::Published { url } if url.contains("emailaddress=alice%40example.test"))
    );
    assert_eq!(found.provider_name.as_deref(), Some("Example Test Mail"));
    assert_eq!(
        outcome(&seen, Step::ProviderList),
        StepOutcome::Nothing(AutoconfigError::NotFound)
    );
    assert_eq!(outcome(&seen, Step::Autoconfig), StepOutcome::Found);
    assert_eq!(outcome(&seen, Step::WellKnown), StepOutcome::Skipped);
    assert_eq!(
        https.requests(),
        [format!(
            "{AUTOCONFIG_PATH}?emailaddress=alice%40example.test"
        )]
    );
    let pop3 = found.best_incoming(Protocol::Pop3).expect("POP3 offered");
    assert_eq!(
        pop3.leave_on_server,
        Some(LeaveOnServer {
            leave: Some(true),
            days: Some(7)
        })
    );

    // What was found logs in, on every server listed.
    for server in &found.incoming {
        assert_eq!(server.user, "alice");
        check_incoming(&settings(server, ca(&d), ALICE.password))
            .await
            .unwrap_or_else(|e| panic!("{server:?}: {e}"));
    }
    let out = &found.outgoing[0];
    let mut endpoint = Endpoint::new(out.host.clone(), out.port, out.security);
    endpoint.tls.extra_ca_pem = Some(ca(&d));
    let report = check_outgoing(&endpoint, &out.user, &Secret::new(ALICE.password))
        .await
        .expect("SMTP check");
    assert!(report.encrypted && report.logged_in, "{report:?}");
}

#[tokio::test]
async fn the_well_known_path_is_tried_when_the_autoconfig_host_has_nothing() {
    let d = Dovecot::start();
    let routes = HashMap::from([(
        WELL_KNOWN_PATH.to_owned(),
        Reply::xml(client_config(&d, 25)),
    )]);
    let https = Https::start(&tls_dir(&d), routes);
    let options = only_over(&[Step::Autoconfig, Step::WellKnown], &https, &d);
    let mut seen = Vec::new();
    let found = detect("alice@example.test", &options, |p| seen.push(p))
        .await
        .expect("found");
    assert_eq!(
        outcome(&seen, Step::Autoconfig),
        StepOutcome::Nothing(AutoconfigError::NotFound)
    );
    assert_eq!(outcome(&seen, Step::WellKnown), StepOutcome::Found);
    assert!(matches!(&found.source, Source::Published { url } if url.ends_with(WELL_KNOWN_PATH)));
}

#[tokio::test]
async fn an_https_server_with_an_untrusted_certificate_is_not_believed() {
    let d = Dovecot::start();
    let routes = HashMap::from([
        (
            AUTOCONFIG_PATH.to_owned(),
            Reply::xml(client_config(&d, 25)),
        ),
        (
            WELL_KNOWN_PATH.to_owned(),
            Reply::xml(client_config(&d, 25)),
        ),
    ]);
    let https = Https::start(&tls_dir(&d), routes);
    // No extra CA: the test CA is not among the system's roots.
    let options = only(
        &[Step::Autoconfig, Step::WellKnown],
        DetectOptions {
            http: http(&https, None),
            ..DetectOptions::default()
        },
    );
    let mut seen = Vec::new();
    let err = detect("alice@example.test", &options, |p| seen.push(p))
        .await
        .unwrap_err();
    assert_eq!(err, AutoconfigError::NotFound);
    for step in [Step::Autoconfig, Step::WellKnown] {
        match outcome(&seen, step) {
            StepOutcome::Nothing(AutoconfigError::Http(words)) => {
                assert!(words.to_lowercase().contains("certificate"), "{words}")
            }
            other => panic!("{step:?}: {other:?}"),
        }
    }
    assert!(
        https.requests().is_empty(),
        "no request may pass an unverified handshake"
    );
}

#[tokio::test]
async fn oversized_and_malformed_documents_are_refused() {
    let d = Dovecot::start();
    let routes = HashMap::from([
        (
            AUTOCONFIG_PATH.to_owned(),
            Reply::xml("x".repeat(300 * 1024)),
        ),
        (
            WELL_KNOWN_PATH.to_owned(),
            Reply::xml("<html><body>Parked domain</body></html>"),
        ),
    ]);
    let https = Https::start(&tls_dir(&d), routes);
    let options = only_over(&[Step::Autoconfig, Step::WellKnown], &https, &d);
    let mut seen = Vec::new();
    let _ = detect("alice@example.test", &options, |p| seen.push(p))
        .await
        .unwrap_err();
    assert!(matches!(
        outcome(&seen, Step::Autoconfig),
        StepOutcome::Nothing(AutoconfigError::TooLarge(_))
    ));
    assert!(matches!(
        outcome(&seen, Step::WellKnown),
        StepOutcome::Nothing(AutoconfigError::Xml(_))
    ));
}
