//! A raw command exchange next to async-imap, for replies its parser cannot
//! read (NAMESPACE kills its connection: see shared/STACK.md).
//!
//! It writes one tagged command on the underlying stream and reads the reply
//! byte by byte up to and including the tagged completion line, so not one
//! byte past it is consumed and async-imap's own buffer stays in step.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::ImapSession;
use crate::error::{Error, Result};

/// A reply larger than this is hostile, not a NAMESPACE answer.
const MAX_REPLY: usize = 1 << 20;

/// The untagged lines of a reply, with literals inlined.
pub(super) type Lines = Vec<Vec<u8>>;

/// Reads one logical line (literals inlined), never a byte beyond it.
pub(super) async fn read_line<S: AsyncRead + Unpin>(
    stream: &mut S,
    total: &mut usize,
) -> Result<Vec<u8>> {
    let mut line = Vec::new();
    loop {
        let byte = stream.read_u8().await?;
        *total += 1;
        if *total > MAX_REPLY {
            return Err(Error::protocol("the server's reply is far too long"));
        }
        if byte != b'\n' {
            line.push(byte);
            continue;
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        // A literal `{n}` at the end of a line: its n bytes follow, then the
        // rest of the logical line.
        if let Some(n) = literal_length(&line) {
            if *total + n > MAX_REPLY {
                return Err(Error::protocol("the server's reply is far too long"));
            }
            let mut data = vec![0u8; n];
            stream.read_exact(&mut data).await?;
            *total += n;
            line.extend_from_slice(b"\r\n");
            line.extend_from_slice(&data);
            continue;
        }
        return Ok(line);
    }
}

fn literal_length(line: &[u8]) -> Option<usize> {
    let body = line.strip_suffix(b"}")?;
    let open = body.iter().rposition(|b| *b == b'{')?;
    let digits = body[open + 1..]
        .strip_suffix(b"+")
        .unwrap_or(&body[open + 1..]);
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// Writes `tag command` and returns the untagged lines up to the tagged
/// completion; a NO/BAD completion is an error with the server's words.
pub(super) async fn exchange<S>(stream: &mut S, tag: &str, command: &str) -> Result<Lines>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    stream
        .write_all(format!("{tag} {command}\r\n").as_bytes())
        .await?;
    stream.flush().await?;
    let mut total = 0;
    let mut lines = Vec::new();
    let prefix = format!("{tag} ");
    loop {
        let line = read_line(stream, &mut total).await?;
        if let Some(rest) = line.strip_prefix(prefix.as_bytes()) {
            let text = String::from_utf8_lossy(rest).into_owned();
            return if text.len() >= 2 && text[..2].eq_ignore_ascii_case("OK") {
                Ok(lines)
            } else {
                Err(Error::protocol(text))
            };
        }
        lines.push(line);
    }
}

impl ImapSession {
    /// Runs `command` outside async-imap's parser and returns its untagged
    /// lines; a NO/BAD completion is an error with the server's words.
    pub(super) async fn raw_exchange(&mut self, command: &str) -> Result<Lines> {
        self.raw_tags += 1;
        let tag = format!("P{}", self.raw_tags);
        let limit = self.timeout;
        let stream = self.inner()?.get_mut();
        match tokio::time::timeout(limit, exchange(stream, &tag, command)).await {
            Ok(Ok(lines)) => Ok(lines),
            Ok(Err(Error::Protocol(words))) => Err(Error::Protocol(words)),
            Ok(Err(err)) => {
                self.inner = None;
                Err(err)
            }
            Err(_) => {
                self.inner = None;
                Err(Error::timed_out("waiting for the server"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_markers() {
        assert_eq!(literal_length(b"* NAMESPACE (({5}"), Some(5));
        assert_eq!(literal_length(b"x {12+}"), Some(12));
        assert_eq!(literal_length(b"x {abc}"), None);
        assert_eq!(literal_length(b"no literal"), None);
    }
}
