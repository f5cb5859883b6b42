//! SMTP replies, read under one deadline for the whole reply (a server that
//! trickles its lines cannot stretch it), with a line and line-count limit:
//! the one reader the set-up check ([`crate::autoconfig`]) and the
//! STARTTLS step of sending share. Also the greeting and EHLO exchange.

use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncRead, AsyncWrite, BufReader};

use crate::error::{Error, Result};
use crate::net;
use crate::net::wire;

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
    pub(crate) fn from_ehlo(reply: &Reply) -> Self {
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

/// Reads one (possibly multi-line) reply; all of it must arrive within
/// `limit`.
pub async fn read_reply<R: AsyncBufRead + Unpin>(reader: &mut R, limit: Duration) -> Result<Reply> {
    net::with_timeout(limit, "waiting for the server", read_lines(reader, limit)).await
}

async fn read_lines<R: AsyncBufRead + Unpin>(reader: &mut R, limit: Duration) -> Result<Reply> {
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
pub(crate) async fn command<S: AsyncRead + AsyncWrite + Unpin>(
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

pub(crate) async fn ehlo<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    limit: Duration,
) -> Result<Extensions> {
    let reply = command(io, EHLO, limit).await?;
    if !reply.is_positive() {
        return Err(Error::protocol(reply.text()));
    }
    Ok(Extensions::from_ehlo(&reply))
}

/// 535 (and 534, 530) are about the credentials; anything else is the
/// server's own trouble.
pub(crate) fn refusal(reply: Reply) -> Error {
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
    async fn a_trickled_reply_ends_at_its_deadline() {
        let (client, mut server) = tokio::io::duplex(64);
        tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            // Each line on time, the reply never ending.
            while server.write_all(b"250-still here\r\n").await.is_ok() {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        });
        let mut reader = BufReader::new(client);
        let started = std::time::Instant::now();
        let err = read_reply(&mut reader, Duration::from_millis(300))
            .await
            .expect_err("a reply that never ends");
        assert!(
            matches!(
                err.kind(),
                crate::ErrorKind::TimedOut | crate::ErrorKind::Protocol
            ),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(3));
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
            crate::ErrorKind::AuthenticationFailed
        );
        assert_eq!(refusal(reply(454)).kind(), crate::ErrorKind::Protocol);
    }
}
