//! Why a message still waits in the outbox, in words that fit after "2
//! messages wait to be sent: …". Only for failures waiting may fix (the
//! server away, the network down, "try later"); a refusal the user must
//! fix is said by [`crate::describe_error`] as a whole sentence.

use crate::t;
use posta_core::error::{server_words, Error};

/// A short clause for a failure that waiting may fix; `host` is the
/// outgoing server. Anything else gets [`crate::describe_error`]'s
/// sentence.
pub fn describe_wait(err: &Error, host: &str) -> String {
    match err {
        Error::ConnectionRefused { host, port } => {
            t!("outbox-why-refused", host = host.as_str(), port = *port)
        }
        Error::TimedOut { .. } => t!("outbox-why-timeout", host = host),
        Error::HostNotFound { host } => t!("outbox-why-not-found", host = host.as_str()),
        Error::Io(_) => t!("outbox-why-network", host = host),
        Error::Protocol(details) => t!(
            "outbox-why-later",
            host = host,
            details = server_words(details)
        ),
        other => crate::describe_error(other, host),
    }
}

/// A sentence for a message the outgoing server refused for good (a
/// recipient it will not take, a message it will not carry): the server's
/// words and what to check, never "try again later". Other failures get
/// [`crate::describe_error`]'s sentence.
pub fn describe_refusal(err: &Error, host: &str) -> String {
    match err {
        Error::Protocol(details) => t!(
            "outbox-refused-by-server",
            host = host,
            details = server_words(details)
        ),
        other => crate::describe_error(other, host),
    }
}
