//! One logged-in SMTP connection: opened by [`net::open`], secured before
//! anything else, then driven by lettre.

use std::net::Ipv4Addr;
use std::time::Duration;

use lettre::address::Envelope as LettreEnvelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;

use super::errors::{from_lettre, SendFailure};
use super::resumed::Resumed;
use super::starttls::{upgrade, GREETING_AFTER_STARTTLS};
use super::{Envelope, SmtpSettings};
use crate::error::{Error, Result};
use crate::net::{self, Security};

/// How we introduce ourselves: an address literal (RFC 5321 §4.1.4 allows
/// it for a client without a meaningful name), not the computer's host
/// name, which recipients would see in the `Received:` header.
const HELLO: ClientId = ClientId::Ipv4(Ipv4Addr::LOCALHOST);

/// How fast we assume the uplink is at worst when giving DATA a time
/// limit: 32 KiB/s, so a 10 MiB attachment may take five more minutes.
const SLOW_UPLINK_BYTES_PER_SEC: u64 = 32 * 1024;

/// A connection to the outgoing server, logged in when the server asks for
/// a login.
pub struct SmtpSession {
    conn: AsyncSmtpConnection,
    limit: Duration,
}

impl std::fmt::Debug for SmtpSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSession")
            .field("encrypted", &self.conn.is_encrypted())
            .finish_non_exhaustive()
    }
}

impl SmtpSession {
    /// Connects, secures the connection as the endpoint says (refusing a
    /// server without STARTTLS on a STARTTLS port, and a certificate that is
    /// neither trusted nor pinned) and logs in.
    pub async fn connect(settings: &SmtpSettings) -> Result<SmtpSession> {
        let endpoint = &settings.endpoint;
        let limit = endpoint.timeout;
        let host = endpoint.host.clone();
        let stream = net::open(endpoint, |tcp| upgrade(tcp, host.clone(), limit)).await?;
        // The rule that must never break: no password and no mail in the
        // clear unless the user explicitly chose an unencrypted connection.
        if !stream.is_tls() && endpoint.security != Security::Insecure {
            return Err(Error::StartTlsUnavailable {
                host: endpoint.host.clone(),
                detail: "the connection is not encrypted".into(),
            });
        }
        let replay = match endpoint.security {
            Security::StartTls => GREETING_AFTER_STARTTLS.to_vec(),
            Security::Tls | Security::Insecure => Vec::new(),
        };
        let stream = Box::new(Resumed::new(stream, replay));
        let conn = net::with_timeout(limit, "waiting for the server", async {
            AsyncSmtpConnection::connect_with_transport(stream, &HELLO)
                .await
                .map_err(|e| from_lettre(e).error)
        })
        .await?;
        let mut session = SmtpSession { conn, limit };
        session.login(settings).await?;
        Ok(session)
    }

    /// AUTH PLAIN or LOGIN when there is a user name; a server that offers
    /// no AUTH at all (a relay that knows us by address) is used without.
    async fn login(&mut self, settings: &SmtpSettings) -> Result<()> {
        if settings.user.is_empty() {
            return Ok(());
        }
        // An OAuth2 access token goes only with XOAUTH2 (lettre's; it has
        // no OAUTHBEARER, and the providers that sign in take XOAUTH2).
        let mechanisms: &[Mechanism] = if settings.password.is_bearer() {
            &[Mechanism::Xoauth2]
        } else {
            &[Mechanism::Plain, Mechanism::Login]
        };
        let info = self.conn.server_info();
        let offers_auth = [Mechanism::Plain, Mechanism::Login, Mechanism::Xoauth2]
            .into_iter()
            .any(|m| info.supports_auth_mechanism(m));
        if !offers_auth {
            return Ok(());
        }
        let credentials =
            Credentials::new(settings.user.clone(), settings.password.expose().to_owned());
        let limit = self.limit;
        let auth = self.conn.auth(mechanisms, &credentials);
        match tokio::time::timeout(limit, auth).await {
            Err(_) => Err(Error::timed_out("logging in")),
            Ok(Err(err)) => {
                let failure = from_lettre(err);
                Err(match failure.error {
                    Error::Protocol(words) if !failure.transient => {
                        Error::AuthenticationFailed(words)
                    }
                    other => other,
                })
            }
            Ok(Ok(_)) => Ok(()),
        }
    }

    /// Sends one message. The time limit grows with its size.
    pub async fn send(&mut self, envelope: &Envelope, raw: &[u8]) -> Result<(), SendFailure> {
        let parse = |a: &str| {
            a.parse().map_err(|_| {
                SendFailure::permanent(Error::protocol(format!(
                    "{a:?} is not an address the server can deliver to"
                )))
            })
        };
        let from = parse(&envelope.from)?;
        let to = envelope
            .to
            .iter()
            .map(|a| parse(a))
            .collect::<Result<Vec<_>, _>>()?;
        let envelope = LettreEnvelope::new(Some(from), to)
            .map_err(|e| SendFailure::permanent(Error::protocol(e.to_string())))?;
        let limit = self.limit + Duration::from_secs(raw.len() as u64 / SLOW_UPLINK_BYTES_PER_SEC);
        // lettre ends DATA with CRLF "." CRLF whatever the message ends
        // with; the message's own final line break is that first CRLF
        // (RFC 5321 §4.1.1.4), or the server would receive an extra empty
        // line.
        let raw = raw.strip_suffix(b"\r\n").unwrap_or(raw);
        match tokio::time::timeout(limit, self.conn.send(&envelope, raw)).await {
            Err(_) => Err(Error::timed_out("sending the message").into()),
            Ok(Err(err)) => Err(from_lettre(err)),
            Ok(Ok(_)) => Ok(()),
        }
    }

    /// True while the server still answers (NOOP).
    pub async fn is_alive(&mut self) -> bool {
        tokio::time::timeout(self.limit, self.conn.test_connected())
            .await
            .unwrap_or(false)
    }

    /// Says goodbye; the answer does not matter.
    pub async fn quit(mut self) {
        let _ = tokio::time::timeout(self.limit, self.conn.quit()).await;
    }
}
