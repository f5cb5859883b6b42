//! What the detection tests (autoconfig over HTTPS, DNS, probing) share:
//! the harness CA, one step's options, and settings for what was found.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use posta_core::account::ConnectionSettings;
use posta_core::autoconfig::dns::StaticDns;
use posta_core::autoconfig::{DetectOptions, IncomingServer, Step};
use posta_core::net::{Endpoint, TlsOptions};
use posta_core::Secret;

use super::dovecot::Dovecot;

/// The Dovecot harness's TLS directory (its CA and certificates).
pub fn tls_dir(d: &Dovecot) -> PathBuf {
    d.server_cert_pem().parent().expect("tls dir").to_owned()
}

/// The harness CA's PEM, as detection and checks take it.
pub fn ca(d: &Dovecot) -> Arc<Vec<u8>> {
    Arc::new(std::fs::read(d.ca_pem()).expect("CA PEM"))
}

/// `base` with every step skipped but `steps`.
pub fn only(steps: &[Step], base: DetectOptions) -> DetectOptions {
    DetectOptions {
        skip: Step::ALL
            .into_iter()
            .filter(|s| !steps.contains(s))
            .collect(),
        ..base
    }
}

/// Only `steps`, with `dns` answering the lookups.
pub fn only_with_dns(steps: &[Step], dns: StaticDns) -> DetectOptions {
    only(
        steps,
        DetectOptions {
            dns: Arc::new(dns),
            ..DetectOptions::default()
        },
    )
}

/// Logging in to a found `server` with `password`, trusting `ca`, 20 s a
/// network step.
pub fn settings(server: &IncomingServer, ca: Arc<Vec<u8>>, password: &str) -> ConnectionSettings {
    ConnectionSettings {
        protocol: server.protocol,
        endpoint: Endpoint {
            tls: TlsOptions {
                extra_ca_pem: Some(ca),
                pinned: None,
            },
            timeout: Duration::from_secs(20),
            ..Endpoint::new(server.host.clone(), server.port, server.security)
        },
        user: server.user.clone(),
        password: Secret::new(password),
    }
}
