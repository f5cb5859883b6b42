//! The one error type of the account layer. Every failure maps to one
//! [`ErrorKind`], which the UI turns into a translated sentence that tells
//! the user what to do.

use std::fmt;
use std::io;
use std::sync::Arc;

/// A SHA-256 certificate fingerprint, shown to users as colon-separated hex.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    /// The fingerprint of a DER-encoded certificate.
    pub fn of_der(der: &[u8]) -> Self {
        use sha2::{Digest, Sha256};
        Fingerprint(Sha256::digest(der).into())
    }

    /// Parses `AB:CD:…` or plain hex (64 digits), case-insensitive.
    pub fn parse(text: &str) -> Option<Self> {
        let hex: String = text
            .chars()
            .filter(|c| *c != ':' && !c.is_whitespace())
            .collect();
        if hex.len() != 64 || !hex.is_ascii() {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).ok()?;
        }
        Some(Fingerprint(out))
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, byte) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{byte:02X}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// Why a certificate was not trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustProblem {
    /// Signed by an authority that is not trusted (or self-signed).
    UnknownIssuer,
    /// Out of its validity period.
    Expired,
    /// Issued for another host name.
    HostnameMismatch,
    /// Any other verification failure.
    Other,
}

impl TrustProblem {
    /// Classifies OpenSSL's verification message.
    pub fn from_verify_message(message: &str) -> Self {
        let m = message.to_ascii_lowercase();
        if m.contains("hostname mismatch") || m.contains("ip address mismatch") {
            TrustProblem::HostnameMismatch
        } else if m.contains("expired") || m.contains("not yet valid") {
            TrustProblem::Expired
        } else if m.contains("issuer") || m.contains("self-signed") || m.contains("self signed") {
            TrustProblem::UnknownIssuer
        } else {
            TrustProblem::Other
        }
    }
}

impl fmt::Display for TrustProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TrustProblem::UnknownIssuer => "unknown issuer",
            TrustProblem::Expired => "expired",
            TrustProblem::HostnameMismatch => "issued for another host name",
            TrustProblem::Other => "verification failed",
        })
    }
}

/// A certificate the user has not (yet) trusted: what the UI needs to let
/// them decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntrustedCertificate {
    /// The host we connected to.
    pub host: String,
    /// SHA-256 of the server certificate.
    pub fingerprint: Fingerprint,
    /// What verification found wrong.
    pub problem: TrustProblem,
    /// The certificate itself (DER), to show its issuer and validity.
    pub der: Arc<Vec<u8>>,
}

/// The kinds of failure a user is told about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The host name does not resolve.
    HostNotFound,
    /// Nothing listens on that port.
    ConnectionRefused,
    /// A step took longer than its timeout.
    TimedOut,
    /// The certificate is not trusted.
    TlsUntrusted,
    /// The TLS handshake failed for another reason.
    TlsFailed,
    /// The server does not offer STARTTLS/STLS on a port where it is required.
    StartTlsUnavailable,
    /// The server rejected the user name or password.
    AuthenticationFailed,
    /// The server answered something we cannot work with.
    Protocol,
    /// A local or network I/O error.
    Io,
    /// The account's protocol cannot do this (e.g. server folders on POP3).
    Unsupported,
    /// The user stopped the work.
    Cancelled,
    /// The folder's rights (MYRIGHTS) do not allow the action.
    NotAllowed,
    /// Another Posta (the window, a command) is working on this account.
    AccountBusy,
}

impl ErrorKind {
    /// A stable machine-readable name (used by `posta check` and in logs).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::HostNotFound => "host-not-found",
            ErrorKind::ConnectionRefused => "connection-refused",
            ErrorKind::TimedOut => "timed-out",
            ErrorKind::TlsUntrusted => "tls-untrusted",
            ErrorKind::TlsFailed => "tls-failed",
            ErrorKind::StartTlsUnavailable => "starttls-unavailable",
            ErrorKind::AuthenticationFailed => "authentication-failed",
            ErrorKind::Protocol => "protocol",
            ErrorKind::Io => "io",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::NotAllowed => "not-allowed",
            ErrorKind::AccountBusy => "account-busy",
        }
    }
}

/// An account-layer error. `Clone` so it can travel in UI events.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// The host name does not resolve.
    #[error("host {host} not found")]
    HostNotFound {
        /// The host that did not resolve.
        host: String,
    },
    /// The connection was refused.
    #[error("connection to {host}:{port} refused")]
    ConnectionRefused {
        /// The host.
        host: String,
        /// The port.
        port: u16,
    },
    /// A step timed out.
    #[error("{step} timed out")]
    TimedOut {
        /// What was being done.
        step: String,
    },
    /// The server certificate is not trusted.
    #[error("certificate of {} not trusted ({}); SHA-256 fingerprint {}", .0.host, .0.problem, .0.fingerprint)]
    TlsUntrusted(Box<UntrustedCertificate>),
    /// The TLS handshake failed.
    #[error("TLS failed: {0}")]
    TlsFailed(String),
    /// STARTTLS/STLS is required but not offered or refused.
    #[error("{host} does not offer a secure connection on this port ({detail})")]
    StartTlsUnavailable {
        /// The host.
        host: String,
        /// What the server said or lacked.
        detail: String,
    },
    /// Login rejected.
    #[error("authentication failed: {0}")]
    AuthenticationFailed(String),
    /// The server said something unexpected (its words are kept).
    #[error("server error: {0}")]
    Protocol(String),
    /// I/O error.
    #[error("I/O error: {0}")]
    Io(Arc<io::Error>),
    /// Not possible with this account's protocol.
    #[error("not supported by this account: {0}")]
    Unsupported(&'static str),
    /// The user stopped the work.
    #[error("cancelled")]
    Cancelled,
    /// The folder's rights do not allow this (the missing right is named).
    #[error("not allowed in this folder: the {} right is missing", .0.right())]
    NotAllowed(crate::rights::Denied),
    /// Another Posta holds the account's lock: nothing was done, nothing
    /// is wrong with the server.
    #[error("another Posta is working on this account")]
    AccountBusy,
}

impl Error {
    /// The kind the user is told about.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::HostNotFound { .. } => ErrorKind::HostNotFound,
            Error::ConnectionRefused { .. } => ErrorKind::ConnectionRefused,
            Error::TimedOut { .. } => ErrorKind::TimedOut,
            Error::TlsUntrusted(_) => ErrorKind::TlsUntrusted,
            Error::TlsFailed(_) => ErrorKind::TlsFailed,
            Error::StartTlsUnavailable { .. } => ErrorKind::StartTlsUnavailable,
            Error::AuthenticationFailed(_) => ErrorKind::AuthenticationFailed,
            Error::Protocol(_) => ErrorKind::Protocol,
            Error::Io(_) => ErrorKind::Io,
            Error::Unsupported(_) => ErrorKind::Unsupported,
            Error::Cancelled => ErrorKind::Cancelled,
            Error::NotAllowed(_) => ErrorKind::NotAllowed,
            Error::AccountBusy => ErrorKind::AccountBusy,
        }
    }

    /// A protocol error carrying the server's words (cleaned with
    /// [`server_words`]).
    pub fn protocol(words: impl Into<String>) -> Self {
        Error::Protocol(server_words(&words.into()))
    }

    /// A timeout of the named step.
    pub fn timed_out(step: impl Into<String>) -> Self {
        Error::TimedOut { step: step.into() }
    }
}

impl From<crate::rights::Denied> for Error {
    fn from(denied: crate::rights::Denied) -> Error {
        Error::NotAllowed(denied)
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::TimedOut => Error::timed_out("network read"),
            // What the protocol readers say of a reply they refuse.
            io::ErrorKind::InvalidData => Error::protocol(err.to_string()),
            _ => Error::Io(Arc::new(err)),
        }
    }
}

/// The most of a server's own words shown to a user (characters).
pub const SERVER_WORDS_MAX: usize = 200;

/// A server's words made fit to show: control characters (ESC, BEL, …)
/// removed, runs of white space made one space, at most
/// [`SERVER_WORDS_MAX`] characters (then `…`).
pub fn server_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(SERVER_WORDS_MAX + 4));
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        {
            continue;
        }
        if count + usize::from(space) >= SERVER_WORDS_MAX {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// Result with the account-layer error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_words_lose_control_characters_and_length() {
        assert_eq!(
            server_words("-ERR \u{1b}[31mno\u{7}  way\r\n"),
            "-ERR [31mno way"
        );
        let long = "x".repeat(5000);
        let shown = server_words(&long);
        assert_eq!(shown.chars().count(), SERVER_WORDS_MAX + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(server_words("  \u{202e}evil  "), "evil");
    }

    #[test]
    fn fingerprint_round_trips_through_text() {
        let fp = Fingerprint::of_der(b"certificate");
        let shown = fp.to_string();
        assert_eq!(shown.len(), 32 * 3 - 1);
        assert_eq!(Fingerprint::parse(&shown), Some(fp.clone()));
        assert_eq!(
            Fingerprint::parse(&shown.replace(':', "").to_lowercase()),
            Some(fp)
        );
        assert_eq!(Fingerprint::parse("AB:CD"), None);
        assert_eq!(Fingerprint::parse(&"zz".repeat(32)), None);
    }

    #[test]
    fn trust_problems_are_classified_from_openssl_words() {
        use TrustProblem::*;
        let cases = [
            (
                "certificate verify failed (unable to get local issuer certificate)",
                UnknownIssuer,
            ),
            (
                "certificate verify failed (self-signed certificate in certificate chain)",
                UnknownIssuer,
            ),
            (
                "certificate verify failed (certificate has expired)",
                Expired,
            ),
            (
                "certificate verify failed (Hostname mismatch)",
                HostnameMismatch,
            ),
            (
                "certificate verify failed (IP address mismatch)",
                HostnameMismatch,
            ),
            ("something else", Other),
        ];
        for (message, expected) in cases {
            assert_eq!(
                TrustProblem::from_verify_message(message),
                expected,
                "{message}"
            );
        }
    }
}
