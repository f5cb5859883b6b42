//! The wizard's connection test: log in to the incoming server for real and
//! log out again, and check the outgoing server with
//! [`smtp::check`](crate::autoconfig::smtp::check). Errors are the account layer's own,
//! so the UI words them like every other connection failure.

use super::{Capabilities, Connection, ConnectionSettings};
use crate::autoconfig::smtp::{self, SmtpReport};
use crate::error::Result;
use crate::net::Endpoint;
use crate::secret::Secret;

/// Logs in to the incoming server, proves the account usable (folders
/// listed and INBOX opened read-only; POP3 `STAT` and `UIDL`) and logs out
/// again; returns what the account can do there. POP3 leaves every message
/// as it was (QUIT after no DELE).
pub async fn check_incoming(settings: &ConnectionSettings) -> Result<Capabilities> {
    let mut connection = Connection::connect(settings).await?;
    connection.verify().await?;
    let capabilities = connection.capabilities();
    // The login worked; a failed goodbye does not change that.
    let _ = connection.close().await;
    Ok(capabilities)
}

/// Connects to the outgoing server, secures the connection and logs in if
/// it asks for a login. Sends no mail.
pub async fn check_outgoing(
    endpoint: &Endpoint,
    user: &str,
    password: &Secret,
) -> Result<SmtpReport> {
    smtp::check(endpoint, user, password).await
}
