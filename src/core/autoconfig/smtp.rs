//! A small SMTP submission check (RFC 5321, 3207, 4954, 8314): connect,
//! greeting, EHLO, STARTTLS or implicit TLS, and a login with AUTH PLAIN or
//! LOGIN. It sends no mail: it is how the wizard tells the user that
//! sending will work. Sending itself is [`crate::core::smtp`] (lettre); the
//! STARTTLS step is shared with it.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tokio::io::{AsyncBufRead, AsyncRead, AsyncWrite, BufReader};

use super::wire;
use crate::core::error::{Error, Result};
use crate::core::net::{self, Endpoint, Security};
use crate::core::secret::Secret;
use crate::core::smtp::starttls;

/// The name Posta introduces itself with: RFC 5321 allows an address
/// literal when the client has no meaningful host name.
const EHLO: &str = "EHLO [127.0.0.1]";

/// One SMTP reply: its code and the text of each line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The three-digit code.
    pub code: u16,
    /// Each line's text after the code and separator.
    pub lines: Vec<String>,
}

impl Reply {
    /// True for 2xx.
    pub fn is_positive(&self) -> bool {
        (200..300).contains(&self.code)
    }

    /// The whole reply as one line, for error messages.
    pub fn text(&self) -> String {
        format!("{} {}", self.code, self.lines.join(" "))
    }
}

/// What an SMTP server offers after EHLO.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions {
    /// `STARTTLS` is offered.
    pub starttls: bool,
    /// `AUTH` mechanisms, upper case.
    pub auth: Vec<String>,
}

impl Extensions {
    fn from_ehlo(reply: &Reply) -> Self {
        let mut ext = Extensions::default();
        // The first line is the greeting; each further line one extension.
        for line in reply.lines.iter().skip(1) {
            let mut words = line.split_ascii_whitespace();
            match words.next().map(str::to_ascii_uppercase).as_deref() {
                Some("STARTTLS") => ext.starttls = true,
                Some("AUTH") => ext.auth.extend(words.map(str::to_ascii_uppercase)),
                _ => {}
            }
        }
        ext
    }
}

/// Reads one (possibly multi-line) reply.
pub async fn read_reply<R: AsyncBufRead + Unpin>(reader: &mut R, limit: Duration) -> Result<Reply> {
    let mut lines = Vec::new();
    let mut code = None;
    loop {
        let line = wire::read_line(reader, limit).await?;
        let parsed = line
            .get(..3)
            .and_then(|c| c.parse::<u16>().ok())
            .filter(|c| (200..600).contains(c));
        let Some(this) = parsed else {
            return Err(Error::protocol(format!("not an SMTP reply: {line}")));
        };
        if code.is_some_and(|c| c != this) {
            return Err(Error::protocol(format!(
                "mixed codes in one SMTP reply: {line}"
            )));
        }
        code = Some(this);
        lines.push(line.get(4..).unwrap_or_default().to_owned());
        if lines.len() > 200 {
            return Err(Error::protocol("the server's reply has too many lines"));
        }
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(Reply { code: this, lines });
        }
    }
}

/// Sends a command and reads its reply.
async fn command<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    line: &str,
    limit: Duration,
) -> Result<Reply> {
    wire::send(io.get_mut(), line, limit).await?;
    read_reply(io, limit).await
}

/// Reads the greeting and says EHLO; returns what the server offers.
pub async fn greet<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    limit: Duration,
) -> Result<Extensions> {
    let greeting = read_reply(io, limit).await?;
    if greeting.code != 220 {
        return Err(Error::protocol(greeting.text()));
    }
    ehlo(io, limit).await
}

async fn ehlo<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    limit: Duration,
) -> Result<Extensions> {
    let reply = command(io, EHLO, limit).await?;
    if !reply.is_positive() {
        return Err(Error::protocol(reply.text()));
    }
    Ok(Extensions::from_ehlo(&reply))
}

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

/// 535 (and 534, 530) are about the credentials; anything else is the
/// server's own trouble.
fn refusal(reply: Reply) -> Error {
    match reply.code {
        530 | 534 | 535 => Error::AuthenticationFailed(reply.text()),
        _ => Error::protocol(reply.text()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn multi_line_replies_and_extensions_are_read() {
        let data: &[u8] = b"250-mail.example.org Hello\r\n250-PIPELINING\r\n250-AUTH PLAIN login\r\n250-STARTTLS\r\n250 8BITMIME\r\n";
        let mut reader = BufReader::new(data);
        let reply = read_reply(&mut reader, Duration::from_secs(1))
            .await
            .unwrap();
        assert_eq!(reply.code, 250);
        assert_eq!(reply.lines.len(), 5);
        let ext = Extensions::from_ehlo(&reply);
        assert!(ext.starttls);
        assert_eq!(ext.auth, ["PLAIN", "LOGIN"]);
    }

    #[tokio::test]
    async fn malformed_replies_are_refused() {
        for data in [&b"hello\r\n"[..], b"250-a\r\n354 b\r\n", b"999 x\r\n"] {
            let mut reader = BufReader::new(data);
            assert!(
                read_reply(&mut reader, Duration::from_secs(1))
                    .await
                    .is_err(),
                "{data:?}"
            );
        }
    }

    #[test]
    fn credential_refusals_are_authentication_failures() {
        let reply = |code| Reply {
            code,
            lines: vec!["no".into()],
        };
        assert_eq!(
            refusal(reply(535)).kind(),
            crate::core::ErrorKind::AuthenticationFailed
        );
        assert_eq!(refusal(reply(454)).kind(), crate::core::ErrorKind::Protocol);
    }
}
