//! Why a message is still in the outbox, kept on disk beside it so the
//! window and `posta outbox` can say it in the user's language long after
//! the try (and after a restart): the error's kind and the data a sentence
//! needs (host, port, the server's words), not an English text.

use std::sync::Arc;

use crate::error::{Error, Fingerprint, TrustProblem, UntrustedCertificate};

/// An [`Error`] as the outbox stores it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// The host name does not resolve.
    HostNotFound {
        /// The host.
        host: String,
    },
    /// Nothing listens on that port.
    ConnectionRefused {
        /// The host.
        host: String,
        /// The port.
        port: u16,
    },
    /// A step took too long.
    TimedOut {
        /// What was being done.
        step: String,
    },
    /// The certificate is not trusted.
    TlsUntrusted {
        /// The host.
        host: String,
        /// Its SHA-256 fingerprint, as shown.
        fingerprint: String,
        /// What verification found wrong.
        problem: String,
    },
    /// The TLS handshake failed.
    TlsFailed {
        /// Details.
        details: String,
    },
    /// No STARTTLS on a port that requires it.
    StartTlsUnavailable {
        /// The host.
        host: String,
        /// What the server lacked.
        detail: String,
    },
    /// The server refused the login.
    AuthenticationFailed {
        /// The server's words.
        details: String,
    },
    /// The server refused something else (a recipient, the message).
    Protocol {
        /// The server's words.
        details: String,
    },
    /// A local or network I/O error.
    Io {
        /// Details.
        details: String,
        /// The operating system's error number, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        os: Option<i32>,
    },
    /// Anything else.
    Other {
        /// Details.
        details: String,
    },
}

impl From<&Error> for Reason {
    fn from(err: &Error) -> Reason {
        match err {
            Error::HostNotFound { host } => Reason::HostNotFound { host: host.clone() },
            Error::ConnectionRefused { host, port } => Reason::ConnectionRefused {
                host: host.clone(),
                port: *port,
            },
            Error::TimedOut { step } => Reason::TimedOut { step: step.clone() },
            Error::TlsUntrusted(cert) => Reason::TlsUntrusted {
                host: cert.host.clone(),
                fingerprint: cert.fingerprint.to_string(),
                problem: cert.problem.to_string(),
            },
            Error::TlsFailed(details) => Reason::TlsFailed {
                details: details.clone(),
            },
            Error::StartTlsUnavailable { host, detail } => Reason::StartTlsUnavailable {
                host: host.clone(),
                detail: detail.clone(),
            },
            Error::AuthenticationFailed(details) => Reason::AuthenticationFailed {
                details: details.clone(),
            },
            Error::Protocol(details) => Reason::Protocol {
                details: details.clone(),
            },
            Error::Io(io) => Reason::Io {
                details: io.to_string(),
                os: io.raw_os_error(),
            },
            other => Reason::Other {
                details: other.to_string(),
            },
        }
    }
}

impl Reason {
    /// The error again, for the sentence that describes it. What cannot
    /// be kept (the certificate itself) is left out.
    pub fn to_error(&self) -> Error {
        match self.clone() {
            Reason::HostNotFound { host } => Error::HostNotFound { host },
            Reason::ConnectionRefused { host, port } => Error::ConnectionRefused { host, port },
            Reason::TimedOut { step } => Error::TimedOut { step },
            Reason::TlsUntrusted {
                host,
                fingerprint,
                problem,
            } => match Fingerprint::parse(&fingerprint) {
                Some(fingerprint) => Error::TlsUntrusted(Box::new(UntrustedCertificate {
                    host,
                    fingerprint,
                    problem: TrustProblem::from_verify_message(&problem),
                    der: Arc::new(Vec::new()),
                })),
                None => Error::TlsFailed(problem),
            },
            Reason::TlsFailed { details } => Error::TlsFailed(details),
            Reason::StartTlsUnavailable { host, detail } => {
                Error::StartTlsUnavailable { host, detail }
            }
            Reason::AuthenticationFailed { details } => Error::AuthenticationFailed(details),
            Reason::Protocol { details } | Reason::Other { details } => Error::Protocol(details),
            Reason::Io { details, os } => Error::Io(Arc::new(match os {
                Some(code) => std::io::Error::from_raw_os_error(code),
                None => std::io::Error::other(details),
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn reasons_survive_the_disk_with_their_kind_and_data() {
        let errors = [
            Error::ConnectionRefused {
                host: "smtp.example.pl".into(),
                port: 587,
            },
            Error::AuthenticationFailed("535 5.7.8 nope".into()),
            Error::protocol("550 5.1.1 <x@example.pl>: Recipient address rejected"),
            Error::timed_out("sending the message"),
            Error::HostNotFound {
                host: "nowhere.invalid".into(),
            },
        ];
        for err in errors {
            let json = serde_json::to_string(&Reason::from(&err)).expect("json");
            let back: Reason = serde_json::from_str(&json).expect("parses");
            let again = back.to_error();
            assert_eq!(again.kind(), err.kind(), "{json}");
            assert_eq!(again.to_string(), err.to_string(), "{json}");
        }
        let full = Error::Io(Arc::new(std::io::Error::from_raw_os_error(28)));
        let back = Reason::from(&full).to_error();
        assert_eq!(back.kind(), ErrorKind::Io);
        assert!(matches!(back, Error::Io(io) if io.raw_os_error() == Some(28)));
    }
}
