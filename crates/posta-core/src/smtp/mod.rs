//! Sending mail over SMTP submission (RFC 6409) with lettre, under the same
//! security rules as incoming mail: TLS from the first byte (465) or
//! STARTTLS that is *required* (587) — a server that does not offer it is
//! refused before any credential is sent —, certificates verified against
//! the system roots plus the account's extra CA, and a certificate the user
//! pinned accepted by its fingerprint.
//!
//! # How the connection is made
//!
//! lettre is used for the SMTP dialogue (EHLO, AUTH, MAIL/RCPT/DATA with
//! dot-stuffing, 8BITMIME/SMTPUTF8) but not for TCP and TLS: the connection
//! is opened by [`crate::net::open`], the very code IMAP and POP3 use,
//! and handed to lettre with `AsyncSmtpConnection::connect_with_transport`.
//! So trust, pinning, time limits and error kinds are the incoming side's,
//! and a pinned certificate is checked on the connection that carries the
//! password and the message. The other way — probing the fingerprint on
//! one connection, then letting lettre open a second one with
//! `dangerous_accept_invalid_certs` — would accept *any* certificate on the
//! second connection, which an attacker in the path could swap in between.
//!
//! lettre's own transport is not used, so there is no connection pool: a
//! person sends a message now and then, and [`Outbox`] flushes reuse one
//! connection for all waiting messages.

mod connection;
mod errors;
mod outbox;
mod reason;
pub mod reply;
mod resumed;
pub(crate) mod starttls;

pub use connection::SmtpSession;
pub use errors::SendFailure;
pub use outbox::{Outbox, OutboxEntry, OutboxMeta};
pub use reason::Reason;

use crate::error::{Error, Result};
use crate::net::Endpoint;
use crate::secret::Secret;
use crate::store::AccountConfig;

/// Everything needed to reach an account's outgoing server. The password
/// comes from the caller (the keyring, a prompt); it is never stored here.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// Host, port, security, trust and time limit.
    pub endpoint: Endpoint,
    /// Login name; empty for a server that wants no login.
    pub user: String,
    /// Password.
    pub password: Secret,
}

impl SmtpSettings {
    /// The outgoing server of `account`, trusting its extra CA and its
    /// pinned certificate (the outgoing server's own, else the account's),
    /// logging in with `password`.
    pub fn from_account(account: &AccountConfig, password: Secret) -> Result<SmtpSettings> {
        let smtp = account.smtp.as_ref().ok_or(Error::Unsupported(
            "sending mail needs an outgoing (SMTP) server in the account settings",
        ))?;
        let mut endpoint = Endpoint::new(smtp.host.clone(), smtp.port, smtp.security);
        endpoint.tls = account.smtp_tls_options()?;
        Ok(SmtpSettings {
            endpoint,
            user: smtp.user.clone(),
            password,
        })
    }
}

/// The envelope of one message: who sends (`MAIL FROM`) and who receives
/// (`RCPT TO`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Envelope {
    /// Sender address.
    pub from: String,
    /// Recipient addresses.
    pub to: Vec<String>,
}

/// Connects, sends one message and says goodbye.
pub async fn send_one(
    settings: &SmtpSettings,
    envelope: &Envelope,
    raw: &[u8],
) -> Result<(), SendFailure> {
    let mut session = SmtpSession::connect(settings)
        .await
        .map_err(SendFailure::from)?;
    let sent = session.send(envelope, raw).await;
    session.quit().await;
    sent
}
