//! lettre's errors in the account layer's kinds, and whether trying again
//! later may help.

use crate::error::{Error, ErrorKind};

/// A message that did not go out, and whether it is worth another try.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{error}")]
pub struct SendFailure {
    /// What went wrong, in the account layer's kinds.
    pub error: Error,
    /// True when the same message may go through later unchanged: the
    /// network or the server is away, or the server said "try later"
    /// (4xx). False when something must change first (password,
    /// certificate, a recipient the server refuses).
    pub transient: bool,
}

impl SendFailure {
    /// A failure that waiting will not fix.
    pub fn permanent(error: Error) -> Self {
        SendFailure {
            error,
            transient: false,
        }
    }
}

impl From<Error> for SendFailure {
    /// Network trouble is transient; everything else is not.
    fn from(error: Error) -> Self {
        let transient = matches!(
            error.kind(),
            ErrorKind::HostNotFound
                | ErrorKind::ConnectionRefused
                | ErrorKind::TimedOut
                | ErrorKind::Io
        );
        SendFailure { error, transient }
    }
}

/// Maps a lettre error: reply codes 530/534/535 are about the login, other
/// 4xx are transient and 5xx permanent server refusals (kept with the
/// server's words), and the rest is network trouble.
pub(super) fn from_lettre(err: lettre::transport::smtp::Error) -> SendFailure {
    let text = err.to_string();
    if let Some(code) = err.status() {
        let code = u16::from(code);
        let error = match code {
            530 | 534 | 535 => Error::AuthenticationFailed(text),
            _ => Error::protocol(text),
        };
        return SendFailure {
            error,
            transient: (400..500).contains(&code),
        };
    }
    if err.is_timeout() {
        return Error::timed_out("sending the message").into();
    }
    if err.is_client() && text.contains("authentication mechanism") {
        return SendFailure::permanent(Error::AuthenticationFailed(
            "the server offers no way to log in that Posta can use (PLAIN or LOGIN)".into(),
        ));
    }
    if err.is_client() || err.is_response() {
        return SendFailure::permanent(Error::protocol(text));
    }
    Error::from(std::io::Error::new(
        std::io::ErrorKind::ConnectionAborted,
        text,
    ))
    .into()
}
