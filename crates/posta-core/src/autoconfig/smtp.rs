//! A small SMTP submission check (RFC 5321, 3207, 4954, 8314): connect,
//! greeting, EHLO, STARTTLS or implicit TLS, and a login with AUTH PLAIN or
//! LOGIN. It sends no mail: it is how the wizard tells the user that
//! sending will work. Sending itself is [`crate::smtp`] (lettre); the
//! STARTTLS step is shared with it.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tokio::io::{AsyncRead, AsyncWrite, BufReader};

use crate::error::{Error, Result};
use crate::net::{self, Endpoint, Security};
use crate::secret::Secret;
use crate::smtp::reply::{command, ehlo, greet, refusal, Extensions};
use crate::smtp::starttls;

/// What the check found on a working submission server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpReport {
    /// The connection was encrypted.
    pub encrypted: bool,
    /// The server asked for a login and accepted ours.
    pub logged_in: bool,
    /// `AUTH` mechanisms offered.
    pub auth: Vec<String>,
}

/// Connects as `endpoint` says, logs in with `user`/`password` when the
/// server offers AUTH, and says goodbye. Sends no mail.
pub async fn check(endpoint: &Endpoint, user: &str, password: &Secret) -> Result<SmtpReport> {
    let limit = endpoint.timeout;
    let host = endpoint.host.clone();
    let stream = net::open(endpoint, |tcp| starttls::upgrade(tcp, host.clone(), limit)).await?;
    let encrypted = stream.is_tls();
    if !encrypted && endpoint.security != Security::Insecure {
        return Err(Error::StartTlsUnavailable {
            host: endpoint.host.clone(),
            detail: "the connection is not encrypted".into(),
        });
    }
    let mut io = BufReader::new(stream);
    // After STARTTLS the greeting was read on the plain connection; the
    // extensions must be asked again (RFC 3207 §4.2).
    let ext = match endpoint.security {
        Security::StartTls => ehlo(&mut io, limit).await?,
        _ => greet(&mut io, limit).await?,
    };
    let logged_in = if ext.auth.is_empty() {
        false
    } else {
        login(&mut io, &ext, user, password, limit).await?;
        true
    };
    // A polite goodbye; its answer does not matter.
    let _ = command(&mut io, "QUIT", limit).await;
    Ok(SmtpReport {
        encrypted,
        logged_in,
        auth: ext.auth,
    })
}

async fn login<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    ext: &Extensions,
    user: &str,
    password: &Secret,
    limit: Duration,
) -> Result<()> {
    let bad = |s: &str| s.bytes().any(|b| matches!(b, b'\r' | b'\n' | 0));
    if bad(user) || bad(password.expose()) {
        return Err(Error::AuthenticationFailed(
            "the user name or password contains a line break or NUL character".into(),
        ));
    }
    let offers = |m: &str| ext.auth.iter().any(|a| a == m);
    let reply = if offers("PLAIN") {
        let mut raw = Vec::with_capacity(user.len() + password.expose().len() + 2);
        raw.push(0);
        raw.extend_from_slice(user.as_bytes());
        raw.push(0);
        raw.extend_from_slice(password.expose().as_bytes());
        command(io, &format!("AUTH PLAIN {}", STANDARD.encode(raw)), limit).await?
    } else if offers("LOGIN") {
        let first = command(io, "AUTH LOGIN", limit).await?;
        if first.code != 334 {
            return Err(refusal(first));
        }
        let second = command(io, &STANDARD.encode(user), limit).await?;
        if second.code != 334 {
            return Err(refusal(second));
        }
        command(io, &STANDARD.encode(password.expose()), limit).await?
    } else {
        return Err(Error::AuthenticationFailed(format!(
            "the server offers only {} to log in, which Posta cannot use",
            ext.auth.join(", ")
        )));
    };
    if reply.code == 235 {
        Ok(())
    } else {
        Err(refusal(reply))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_login_with_a_line_break_is_refused_before_sending() {
        let (client, _server) = tokio::io::duplex(64);
        let mut io = BufReader::new(client);
        let ext = Extensions {
            starttls: false,
            auth: vec!["PLAIN".into()],
        };
        let err = login(
            &mut io,
            &ext,
            "a\r\nRCPT",
            &Secret::new("x"),
            Duration::from_secs(1),
        )
        .await
        .expect_err("line break");
        assert_eq!(err.kind(), crate::ErrorKind::AuthenticationFailed);
    }
}
