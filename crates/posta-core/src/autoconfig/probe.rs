//! The last detection step: knock on the usual host names and ports, all at
//! once with short time limits, and keep what answers like a mail server.
//! Only the greeting and the capability list are read: nothing is logged in
//! and no password is sent.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use async_native_tls::{Certificate, TlsConnector};
use futures::future::{join_all, BoxFuture};
use futures::FutureExt;
use tokio::io::{AsyncRead, AsyncWrite, BufReader};
use tokio::net::TcpStream;

use super::server::{Address, IncomingServer, OutgoingServer};
use crate::error::{Error, Result};
use crate::net::wire;
use crate::net::Security;
use crate::protocol::Protocol;
use crate::smtp::reply as smtp;

/// Turns a host name and port into addresses to connect to.
pub trait Resolve: Send + Sync + fmt::Debug {
    /// The addresses of `host` for `port`.
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, io::Result<Vec<SocketAddr>>>;
}

/// The operating system's resolver.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, io::Result<Vec<SocketAddr>>> {
        async move { Ok(tokio::net::lookup_host((host, port)).await?.collect()) }.boxed()
    }
}

/// A fixed table, for tests: `(host, port)` → address; anything else does
/// not exist. Lets a test probe `imap.example.test:993` and reach a server
/// on `127.0.0.1` at whatever port it really listens on.
#[derive(Debug, Clone, Default)]
pub struct StaticResolver {
    /// The table.
    pub map: HashMap<(String, u16), SocketAddr>,
}

impl Resolve for StaticResolver {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, io::Result<Vec<SocketAddr>>> {
        let found = self.map.get(&(host.to_ascii_lowercase(), port)).copied();
        async move {
            found
                .map(|addr| vec![addr])
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such host"))
        }
        .boxed()
    }
}

/// How probing runs.
#[derive(Debug, Clone)]
pub struct ProbeOptions {
    /// Host resolution.
    pub resolver: Arc<dyn Resolve>,
    /// Limit for each probe (connect, handshake and the replies together).
    pub timeout: Duration,
    /// An extra certificate authority (PEM) to trust besides the system's.
    pub extra_ca_pem: Option<Arc<Vec<u8>>>,
}

impl Default for ProbeOptions {
    fn default() -> Self {
        ProbeOptions {
            resolver: Arc::new(SystemResolver),
            timeout: Duration::from_secs(6),
            extra_ca_pem: None,
        }
    }
}

/// The service a candidate should speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Service {
    Imap,
    Pop3,
    Smtp,
}

/// One host and port to try.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    service: Service,
    host: String,
    port: u16,
    /// TLS from the first byte (993/995/465) or plain to upgrade.
    implicit_tls: bool,
}

/// What answered.
#[derive(Debug, Clone)]
struct Answer {
    candidate: Candidate,
    security: Security,
    trusted: bool,
    order: usize,
}

/// What to try for one service: host name prefixes and (port, implicit TLS).
type Plan = (Service, &'static [&'static str], [(u16, bool); 2]);

/// Every candidate in the order Posta prefers among equals.
fn candidates(domain: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let plan: [Plan; 3] = [
        (
            Service::Imap,
            &["imap.", "mail.", ""],
            [(993, true), (143, false)],
        ),
        (
            Service::Pop3,
            &["pop3.", "pop.", "mail.", ""],
            [(995, true), (110, false)],
        ),
        (
            Service::Smtp,
            &["smtp.", "mail.", ""],
            [(465, true), (587, false)],
        ),
    ];
    for (service, prefixes, ports) in plan {
        for prefix in prefixes {
            for (port, implicit_tls) in ports {
                out.push(Candidate {
                    service,
                    host: format!("{prefix}{domain}"),
                    port,
                    implicit_tls,
                });
            }
        }
    }
    out
}

/// What probing found: incoming and outgoing servers, best first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProbeResult {
    /// IMAP and POP3 servers that answered.
    pub incoming: Vec<IncomingServer>,
    /// SMTP submission servers that answered.
    pub outgoing: Vec<OutgoingServer>,
}

/// Probes every usual host name and port of `address`'s domain at once.
pub async fn probe(address: &Address, options: &ProbeOptions) -> ProbeResult {
    let probes =
        candidates(&address.domain)
            .into_iter()
            .enumerate()
            .map(|(order, candidate)| async move {
                let limit = options.timeout;
                match tokio::time::timeout(limit, probe_one(&candidate, options)).await {
                    Ok(Ok((security, trusted))) => Some(Answer {
                        candidate,
                        security,
                        trusted,
                        order,
                    }),
                    _ => None,
                }
            });
    let mut answers: Vec<Answer> = join_all(probes).await.into_iter().flatten().collect();
    answers.sort_by_key(|a| {
        let security = match a.security {
            Security::Tls => 0,
            Security::StartTls => 1,
            Security::Insecure => 2,
        };
        (
            security,
            a.candidate.service == Service::Pop3,
            !a.trusted,
            a.order,
        )
    });
    let mut result = ProbeResult::default();
    for answer in answers {
        let Candidate {
            service,
            host,
            port,
            ..
        } = answer.candidate;
        let user = address.email.clone();
        match service {
            Service::Smtp => result.outgoing.push(OutgoingServer {
                host,
                port,
                security: answer.security,
                user,
                authentication: Vec::new(),
            }),
            Service::Imap | Service::Pop3 => result.incoming.push(IncomingServer {
                protocol: if service == Service::Imap {
                    Protocol::Imap
                } else {
                    Protocol::Pop3
                },
                host,
                port,
                security: answer.security,
                user,
                authentication: Vec::new(),
                leave_on_server: None,
            }),
        }
    }
    result
}

async fn connect(candidate: &Candidate, options: &ProbeOptions) -> Result<TcpStream> {
    let addrs = options
        .resolver
        .resolve(&candidate.host, candidate.port)
        .await
        .map_err(|_| Error::HostNotFound {
            host: candidate.host.clone(),
        })?;
    let mut last = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(stream) => return Ok(stream),
            Err(err) => last = Some(err),
        }
    }
    Err(last
        .map(Error::from)
        .unwrap_or_else(|| Error::HostNotFound {
            host: candidate.host.clone(),
        }))
}

fn connector(options: &ProbeOptions, verify: bool) -> Result<TlsConnector> {
    let mut connector = TlsConnector::new();
    if let Some(pem) = &options.extra_ca_pem {
        let cert = Certificate::from_pem(pem).map_err(|e| Error::TlsFailed(e.to_string()))?;
        connector = connector.add_root_certificate(cert);
    }
    if !verify {
        connector = connector
            .danger_accept_invalid_certs(true)
            .danger_accept_invalid_hostnames(true);
    }
    Ok(connector)
}

/// Probes one candidate: the security it supports and whether its
/// certificate is trusted (for STARTTLS ports, not checked: no handshake).
async fn probe_one(candidate: &Candidate, options: &ProbeOptions) -> Result<(Security, bool)> {
    let limit = options.timeout;
    if candidate.implicit_tls {
        let tcp = connect(candidate, options).await?;
        match connector(options, true)?
            .connect(&candidate.host, tcp)
            .await
        {
            Ok(tls) => {
                speaks(candidate.service, tls, limit).await?;
                return Ok((Security::Tls, true));
            }
            Err(err) if !err.to_string().contains("certificate verify failed") => {
                return Err(Error::TlsFailed(err.to_string()));
            }
            Err(_) => {}
        }
        // An untrusted certificate still marks a mail server here; the
        // connection test shows the certificate and lets the user decide.
        let tcp = connect(candidate, options).await?;
        let tls = connector(options, false)?
            .connect(&candidate.host, tcp)
            .await
            .map_err(|e| Error::TlsFailed(e.to_string()))?;
        speaks(candidate.service, tls, limit).await?;
        return Ok((Security::Tls, false));
    }
    let tcp = connect(candidate, options).await?;
    let starttls = speaks(candidate.service, tcp, limit).await?;
    Ok((
        if starttls {
            Security::StartTls
        } else {
            Security::Insecure
        },
        true,
    ))
}

/// Reads the greeting and the capabilities; true when STARTTLS/STLS is
/// offered. An error means the service is not there.
async fn speaks<S: AsyncRead + AsyncWrite + Unpin>(
    service: Service,
    stream: S,
    limit: Duration,
) -> Result<bool> {
    let mut io = BufReader::new(stream);
    match service {
        Service::Imap => {
            let greeting = wire::read_line(&mut io, limit).await?.to_ascii_uppercase();
            if !(greeting.starts_with("* OK") || greeting.starts_with("* PREAUTH")) {
                return Err(Error::protocol(greeting));
            }
            wire::send(io.get_mut(), "P1 CAPABILITY", limit).await?;
            let mut starttls = false;
            for _ in 0..100 {
                let line = wire::read_line(&mut io, limit).await?.to_ascii_uppercase();
                if line.starts_with("* CAPABILITY ") {
                    starttls |= line.split_ascii_whitespace().any(|w| w == "STARTTLS");
                } else if line.starts_with("P1 ") {
                    let _ = wire::send(io.get_mut(), "P2 LOGOUT", limit).await;
                    return Ok(starttls);
                }
            }
            Err(Error::protocol("endless CAPABILITY reply"))
        }
        Service::Pop3 => {
            let greeting = wire::read_line(&mut io, limit).await?;
            if !greeting.starts_with("+OK") {
                return Err(Error::protocol(greeting));
            }
            wire::send(io.get_mut(), "CAPA", limit).await?;
            let mut starttls = false;
            if wire::read_line(&mut io, limit).await?.starts_with("+OK") {
                for _ in 0..200 {
                    let line = wire::read_line(&mut io, limit).await?;
                    if line == "." {
                        break;
                    }
                    starttls |= line.trim().eq_ignore_ascii_case("STLS");
                }
            }
            let _ = wire::send(io.get_mut(), "QUIT", limit).await;
            Ok(starttls)
        }
        Service::Smtp => {
            let ext = smtp::greet(&mut io, limit).await?;
            let _ = wire::send(io.get_mut(), "QUIT", limit).await;
            Ok(ext.starttls)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_cover_the_usual_names_and_ports() {
        let all = candidates("example.sk");
        let has = |service, host: &str, port| {
            all.iter()
                .any(|c| c.service == service && c.host == host && c.port == port)
        };
        for host in ["imap.example.sk", "mail.example.sk", "example.sk"] {
            assert!(
                has(Service::Imap, host, 993) && has(Service::Imap, host, 143),
                "{host}"
            );
        }
        for host in [
            "pop3.example.sk",
            "pop.example.sk",
            "mail.example.sk",
            "example.sk",
        ] {
            assert!(
                has(Service::Pop3, host, 995) && has(Service::Pop3, host, 110),
                "{host}"
            );
        }
        for host in ["smtp.example.sk", "mail.example.sk", "example.sk"] {
            assert!(
                has(Service::Smtp, host, 465) && has(Service::Smtp, host, 587),
                "{host}"
            );
        }
        assert_eq!(all.len(), 20);
    }
}
