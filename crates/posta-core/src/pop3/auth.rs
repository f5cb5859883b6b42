//! Logging in: SASL PLAIN (RFC 5034) when the server lists it, else
//! USER/PASS. A rejected AUTH PLAIN is final — there is no quiet retry with
//! USER/PASS — and no credential is ever written to an unencrypted stream
//! unless the user chose no encryption.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use super::capabilities;
use super::connection::Connection;
use super::reply::{response_code, Status};
use crate::error::{Error, Result};
use crate::net::{MailStream, Security};
use crate::secret::Secret;

/// RFC 5034 §4: a command with its initial response must fit in 255 octets.
const MAX_AUTH_LINE: usize = 255;

/// How the credentials will travel.
#[derive(Debug, Clone, Copy)]
pub struct Channel<'a> {
    /// What the user chose for this endpoint.
    pub security: Security,
    /// The server's host, for the error message.
    pub host: &'a str,
}

/// True when credentials may be written to this stream.
pub fn may_send_credentials(encrypted: bool, security: Security) -> bool {
    encrypted || security == Security::Insecure
}

/// The last check before a credential leaves: the stream must be encrypted
/// unless the user explicitly chose no encryption.
fn ensure_private(stream: &MailStream, channel: Channel<'_>) -> Result<()> {
    if may_send_credentials(stream.is_tls(), channel.security) {
        Ok(())
    } else {
        Err(Error::StartTlsUnavailable {
            host: channel.host.to_owned(),
            detail: "the connection is not encrypted; the password was not sent".to_owned(),
        })
    }
}

/// The SASL PLAIN initial response: base64 of `\0user\0password`.
pub fn plain_response(user: &str, password: &Secret) -> String {
    let mut raw = Vec::with_capacity(user.len() + password.expose().len() + 2);
    raw.push(0);
    raw.extend_from_slice(user.as_bytes());
    raw.push(0);
    raw.extend_from_slice(password.expose().as_bytes());
    STANDARD.encode(raw)
}

/// A refusal during login: `[IN-USE]`, `[LOGIN-DELAY]` and `[SYS/…]` are
/// not about the password (RFC 2449 §8.1, RFC 3206); anything else is.
fn refused(text: String) -> Error {
    match response_code(&text).map(str::to_ascii_uppercase).as_deref() {
        Some("IN-USE" | "LOGIN-DELAY") => Error::Protocol(text),
        Some(code) if code.starts_with("SYS/") => Error::Protocol(text),
        _ => Error::AuthenticationFailed(text),
    }
}

/// Credentials that cannot be sent safely: a line break would end the
/// command early and let the rest be read as another command.
fn check_sendable(user: &str, password: &Secret) -> Result<()> {
    let bad = |s: &str| s.bytes().any(|b| matches!(b, b'\r' | b'\n' | 0));
    if bad(user) || bad(password.expose()) {
        return Err(Error::AuthenticationFailed(
            "the user name or password contains a line break or NUL character, which POP3 cannot send".to_owned(),
        ));
    }
    Ok(())
}

/// Logs in with the best method `capabilities` offer.
pub async fn login(
    conn: &mut Connection<MailStream>,
    capabilities: &[String],
    channel: Channel<'_>,
    user: &str,
    password: &Secret,
) -> Result<()> {
    check_sendable(user, password)?;
    if password.is_bearer() {
        return auth_bearer(conn, capabilities, channel, user, password).await;
    }
    if capabilities::has_sasl(capabilities, "PLAIN") {
        auth_plain(conn, channel, user, password).await
    } else {
        user_pass(conn, channel, user, password).await
    }
}

async fn auth_plain(
    conn: &mut Connection<MailStream>,
    channel: Channel<'_>,
    user: &str,
    password: &Secret,
) -> Result<()> {
    let response = plain_response(user, password);
    let with_initial = format!("AUTH PLAIN {response}");
    let status = if with_initial.len() + 2 <= MAX_AUTH_LINE {
        ensure_private(conn.stream(), channel)?;
        conn.command(&with_initial).await?
    } else {
        match conn.command("AUTH PLAIN").await? {
            Status::Continuation(_) => {
                ensure_private(conn.stream(), channel)?;
                conn.command(&response).await?
            }
            other => other,
        }
    };
    match status {
        Status::Ok(_) => Ok(()),
        Status::Err(text) => Err(refused(text)),
        Status::Continuation(_) => {
            // PLAIN has a single step; a further challenge means the server
            // is confused. Cancel (RFC 5034 §4) and stop.
            conn.send("*").await?;
            let _ = conn.read_status().await;
            Err(Error::protocol(
                "unexpected second SASL challenge during AUTH PLAIN",
            ))
        }
    }
}

/// `AUTH OAUTHBEARER` (else `AUTH XOAUTH2`) with an access token (RFC
/// 7628 and RFC 5034): the initial response with the command when the line
/// allows, the error challenge read and acknowledged.
async fn auth_bearer(
    conn: &mut Connection<MailStream>,
    capabilities: &[String],
    channel: Channel<'_>,
    user: &str,
    token: &Secret,
) -> Result<()> {
    use crate::oauth::sasl::{Exchange, Mechanism};
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mechanism = Mechanism::choose(|m| capabilities::has_sasl(capabilities, m));
    let initial = b64.encode(mechanism.initial_response(user, token));
    let with_initial = format!("AUTH {} {initial}", mechanism.name());
    ensure_private(conn.stream(), channel)?;
    // RFC 5034 allows 255 octets for the AUTH line; tokens are longer, so
    // they go after an empty challenge unless they fit.
    let sent_initial = with_initial.len() + 2 <= MAX_AUTH_LINE;
    let mut exchange = Exchange::new(mechanism, user, token, sent_initial);
    let mut status = if sent_initial {
        conn.command(&with_initial).await?
    } else {
        conn.command(&format!("AUTH {}", mechanism.name())).await?
    };
    for _ in 0..3 {
        let Status::Continuation(challenge) = &status else {
            break;
        };
        let challenge = b64.decode(challenge.trim()).unwrap_or_default();
        let answer = b64.encode(exchange.answer(&challenge));
        ensure_private(conn.stream(), channel)?;
        status = conn.command(&answer).await?;
    }
    let refusal = exchange
        .refusal
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    match status {
        Status::Ok(_) => Ok(()),
        Status::Err(text) => Err(refused(match refusal {
            Some(r) if !r.status.is_empty() => format!("{text} [{}]", r.status),
            _ => text,
        })),
        Status::Continuation(_) => {
            conn.send("*").await?;
            let _ = conn.read_status().await;
            Err(Error::protocol("too many SASL challenges during AUTH"))
        }
    }
}

async fn user_pass(
    conn: &mut Connection<MailStream>,
    channel: Channel<'_>,
    user: &str,
    password: &Secret,
) -> Result<()> {
    ensure_private(conn.stream(), channel)?;
    if let Status::Err(text) = conn.command(&format!("USER {user}")).await? {
        return Err(refused(text));
    }
    ensure_private(conn.stream(), channel)?;
    match conn.command(&format!("PASS {}", password.expose())).await? {
        Status::Ok(_) => Ok(()),
        Status::Err(text) => Err(refused(text)),
        Status::Continuation(_) => Err(Error::protocol(
            "unexpected SASL challenge in reply to PASS",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn credentials_need_encryption_unless_the_user_chose_none() {
        assert!(may_send_credentials(true, Security::Tls));
        assert!(may_send_credentials(true, Security::StartTls));
        assert!(!may_send_credentials(false, Security::Tls));
        assert!(!may_send_credentials(false, Security::StartTls));
        assert!(may_send_credentials(false, Security::Insecure));
    }

    #[test]
    fn plain_response_is_base64_of_nul_user_nul_password() {
        assert_eq!(
            plain_response("tim", &Secret::new("tanstaaftanstaaf")),
            "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"
        );
        assert_eq!(
            plain_response("zofia", &Secret::new("żółw")),
            STANDARD.encode("\0zofia\0żółw")
        );
    }

    #[test]
    fn refusals_are_classified_by_response_code() {
        assert_eq!(
            refused("[AUTH] Authentication failed.".into()).kind(),
            ErrorKind::AuthenticationFailed
        );
        assert_eq!(
            refused("Authentication failed.".into()).kind(),
            ErrorKind::AuthenticationFailed
        );
        assert_eq!(
            refused("[IN-USE] Mailbox locked".into()).kind(),
            ErrorKind::Protocol
        );
        assert_eq!(
            refused("[SYS/TEMP] try later".into()).kind(),
            ErrorKind::Protocol
        );
        assert_eq!(
            refused("[LOGIN-DELAY] too soon".into()).kind(),
            ErrorKind::Protocol
        );
    }

    #[test]
    fn line_breaks_in_credentials_are_refused_before_sending() {
        assert!(check_sendable("alice", &Secret::new("pass word")).is_ok());
        let err = check_sendable("alice", &Secret::new("x\r\nDELE 1")).expect_err("injection");
        assert_eq!(err.kind(), ErrorKind::AuthenticationFailed);
        assert!(!err.to_string().contains("DELE"));
        assert!(check_sendable("al\nice", &Secret::new("p")).is_err());
        assert!(check_sendable("alice", &Secret::new("p\0")).is_err());
    }
}
