//! TCP and TLS for both protocols: every step has a timeout, certificates
//! are verified against the system roots plus an optional extra CA, and an
//! untrusted certificate is refused with its fingerprint unless the user
//! pinned exactly that fingerprint.

pub mod wire;

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use async_native_tls::{Certificate, TlsConnector};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::error::{Error, Fingerprint, Result, TrustProblem, UntrustedCertificate};

/// How a connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, POP3S 995, SMTPS 465).
    Tls,
    /// Plain connection upgraded with STARTTLS/STLS before any credential
    /// (IMAP 143, POP3 110, submission 587). Refused if not offered.
    StartTls,
    /// No encryption at all: only when the user explicitly chose it.
    #[serde(rename = "none")]
    Insecure,
}

impl Security {
    /// The command-line / config spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::StartTls => "starttls",
            Security::Insecure => "none",
        }
    }

    /// Parses `tls`, `starttls` or `none`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "tls" | "ssl" => Some(Security::Tls),
            "starttls" | "stls" => Some(Security::StartTls),
            "none" | "insecure" | "plain" => Some(Security::Insecure),
            _ => None,
        }
    }
}

/// What to trust beyond the system roots.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsOptions {
    /// An extra certificate authority (PEM), e.g. a company CA.
    pub extra_ca_pem: Option<Arc<Vec<u8>>>,
    /// A certificate the user accepted after seeing its fingerprint.
    pub pinned: Option<Fingerprint>,
}

/// Where a server is and how to reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Host name or address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Transport security.
    pub security: Security,
    /// Extra trust settings.
    pub tls: TlsOptions,
    /// Limit for each network step (connect, handshake, each reply).
    pub timeout: Duration,
}

impl Endpoint {
    /// The default limit for one network step.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

    /// An endpoint with no extra trust and the default timeout.
    pub fn new(host: impl Into<String>, port: u16, security: Security) -> Self {
        Endpoint {
            host: host.into(),
            port,
            security,
            tls: TlsOptions::default(),
            timeout: Self::DEFAULT_TIMEOUT,
        }
    }
}

/// The slowest transfer accepted for data whose size the server announced
/// (bytes a second): such a reply gets the step's limit plus its size at
/// this rate, for IMAP bodies and POP3 messages and listings alike.
pub const FLOOR_RATE: u64 = 16 * 1024;

/// How long `bytes` may take at [`FLOOR_RATE`]: rounded up to the next
/// second, at most a day (so no claimed size overflows a clock).
pub fn transfer_time(bytes: u64) -> Duration {
    Duration::from_secs(bytes / FLOOR_RATE + 1).min(Duration::from_secs(86_400))
}

/// The most data accepted for something the server announced as
/// `announced` bytes: an eighth more, plus 64 KiB (servers count line ends
/// differently).
pub fn announced_cap(announced: u64) -> u64 {
    announced
        .saturating_add(announced / 8)
        .saturating_add(64 * 1024)
}

/// Runs `fut` with a time limit; `step` names it in the error.
pub async fn with_timeout<T>(
    limit: Duration,
    step: &str,
    fut: impl Future<Output = Result<T>>,
) -> Result<T> {
    match tokio::time::timeout(limit, fut).await {
        Ok(result) => result,
        Err(_) => Err(Error::timed_out(step)),
    }
}

/// Resolves `host` and connects to the first address that answers.
pub async fn connect_tcp(host: &str, port: u16, limit: Duration) -> Result<TcpStream> {
    let addrs: Vec<_> = with_timeout(limit, "looking up the server", async {
        tokio::net::lookup_host((host, port))
            .await
            .map(|a| a.collect())
            .map_err(|_| Error::HostNotFound {
                host: host.to_owned(),
            })
    })
    .await?;
    if addrs.is_empty() {
        return Err(Error::HostNotFound {
            host: host.to_owned(),
        });
    }
    let mut last = None;
    for addr in addrs {
        match tokio::time::timeout(limit, TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => {
                // Mail protocols are chatty request/response: don't batch.
                stream.set_nodelay(true)?;
                return Ok(stream);
            }
            Ok(Err(err)) => last = Some(err),
            Err(_) => last = Some(io::Error::from(io::ErrorKind::TimedOut)),
        }
    }
    Err(match last {
        Some(err) if err.kind() == io::ErrorKind::ConnectionRefused => Error::ConnectionRefused {
            host: host.to_owned(),
            port,
        },
        Some(err) if err.kind() == io::ErrorKind::TimedOut => {
            Error::timed_out("connecting to the server")
        }
        Some(err) => Error::from(err),
        None => Error::HostNotFound {
            host: host.to_owned(),
        },
    })
}

fn connector(tls: &TlsOptions) -> Result<TlsConnector> {
    let mut connector = TlsConnector::new();
    if let Some(pem) = &tls.extra_ca_pem {
        let cert = Certificate::from_pem(pem)
            .map_err(|e| Error::TlsFailed(format!("the extra CA certificate is unusable: {e}")))?;
        connector = connector.add_root_certificate(cert);
    }
    Ok(connector)
}

/// Performs the TLS handshake on a stream made by `open`.
///
/// `open` yields a fresh stream that is ready for the handshake (for
/// STARTTLS, one on which the upgrade was already agreed). It is called a
/// second time only when verification fails, to read the certificate the
/// server presents: that certificate is either the pinned one, and the
/// connection is used, or it is refused with its fingerprint. Nothing is sent
/// over a connection whose certificate was not accepted.
pub async fn tls_handshake<S, F, Fut>(
    endpoint: &Endpoint,
    mut open: F,
) -> Result<async_native_tls::TlsStream<S>>
where
    S: AsyncRead + AsyncWrite + Unpin,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<S>>,
{
    let limit = endpoint.timeout;
    let host = endpoint.host.as_str();
    let stream = open().await?;
    let verified =
        tokio::time::timeout(limit, connector(&endpoint.tls)?.connect(host, stream)).await;
    let failure = match verified {
        Ok(Ok(tls)) => return Ok(tls),
        Ok(Err(err)) => err.to_string(),
        Err(_) => return Err(Error::timed_out("TLS handshake")),
    };
    if !failure.contains("certificate verify failed") {
        return Err(Error::TlsFailed(failure));
    }

    // Verification failed: look at the certificate without trusting it.
    let stream = open().await?;
    let probe_connector = connector(&endpoint.tls)?
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true);
    let probe = probe_connector.connect(host, stream);
    let tls = match tokio::time::timeout(limit, probe).await {
        Ok(Ok(tls)) => tls,
        Ok(Err(_)) => return Err(Error::TlsFailed(failure)),
        Err(_) => return Err(Error::timed_out("TLS handshake")),
    };
    let der = tls
        .peer_certificate()
        .ok()
        .flatten()
        .and_then(|c| c.to_der().ok())
        .ok_or_else(|| Error::TlsFailed(failure.clone()))?;
    let fingerprint = Fingerprint::of_der(&der);
    if endpoint.tls.pinned.as_ref() == Some(&fingerprint) {
        return Ok(tls);
    }
    Err(Error::TlsUntrusted(Box::new(UntrustedCertificate {
        host: host.to_owned(),
        fingerprint,
        problem: TrustProblem::from_verify_message(&failure),
        der: Arc::new(der),
    })))
}

/// A connection to a mail server: plain (only before STARTTLS, or when the
/// user chose no encryption) or TLS.
pub enum MailStream {
    /// Unencrypted TCP.
    Plain(TcpStream),
    /// TLS over TCP.
    Tls(Box<async_native_tls::TlsStream<TcpStream>>),
}

impl MailStream {
    /// True when the connection is encrypted.
    pub fn is_tls(&self) -> bool {
        matches!(self, MailStream::Tls(_))
    }
}

impl std::fmt::Debug for MailStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MailStream::Plain(_) => "MailStream::Plain",
            MailStream::Tls(_) => "MailStream::Tls",
        })
    }
}

impl AsyncRead for MailStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for MailStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_flush(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            MailStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            MailStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// Opens a connection for `endpoint`: TLS right away for [`Security::Tls`];
/// for [`Security::StartTls`], `upgrade` runs the protocol's STARTTLS
/// exchange on the plain stream (and must fail if the server does not offer
/// it) before the handshake; for [`Security::Insecure`], the plain stream.
pub async fn open<F, Fut>(endpoint: &Endpoint, upgrade: F) -> Result<MailStream>
where
    F: Fn(TcpStream) -> Fut,
    Fut: Future<Output = Result<TcpStream>>,
{
    let limit = endpoint.timeout;
    let tcp = || connect_tcp(&endpoint.host, endpoint.port, limit);
    match endpoint.security {
        Security::Insecure => Ok(MailStream::Plain(tcp().await?)),
        Security::Tls => {
            let tls = tls_handshake(endpoint, tcp).await?;
            Ok(MailStream::Tls(Box::new(tls)))
        }
        Security::StartTls => {
            let tls = tls_handshake(endpoint, || async {
                let plain = tcp().await?;
                upgrade(plain).await
            })
            .await?;
            Ok(MailStream::Tls(Box::new(tls)))
        }
    }
}
