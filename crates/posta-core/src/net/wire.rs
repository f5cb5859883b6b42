//! Line-level helpers shared by the probes and the SMTP check: read one
//! CRLF line with a size cap, send one command, all under a time limit.

use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use crate::error::{Error, Result};
use crate::net;

/// Longest line accepted from a server during probing and checking.
pub const MAX_LINE: usize = 8 * 1024;

/// Reads one line (without its CRLF); refuses lines over [`MAX_LINE`] and a
/// closed connection.
pub async fn read_line<R: AsyncBufRead + Unpin>(reader: &mut R, limit: Duration) -> Result<String> {
    net::with_timeout(limit, "waiting for the server", async {
        let mut line = Vec::new();
        loop {
            let available = reader.fill_buf().await?;
            if available.is_empty() {
                return Err(Error::from(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the server closed the connection",
                )));
            }
            let (used, done) = match available.iter().position(|b| *b == b'\n') {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            line.extend_from_slice(&available[..used]);
            reader.consume(used);
            if line.len() > MAX_LINE {
                return Err(Error::protocol("the server sent an overlong line"));
            }
            if done {
                break;
            }
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        Ok(String::from_utf8_lossy(&line).into_owned())
    })
    .await
}

/// Sends one command line; CRLF is added here.
pub async fn send<W: AsyncWrite + Unpin>(
    writer: &mut W,
    line: &str,
    limit: Duration,
) -> Result<()> {
    net::with_timeout(limit, "sending a command", async {
        writer.write_all(line.as_bytes()).await?;
        writer.write_all(b"\r\n").await?;
        writer.flush().await?;
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::BufReader;

    #[tokio::test]
    async fn lines_are_read_one_at_a_time_and_capped() {
        let data: &[u8] = b"* OK ready\r\nsecond\n";
        let mut reader = BufReader::new(data);
        let limit = Duration::from_secs(1);
        assert_eq!(read_line(&mut reader, limit).await.unwrap(), "* OK ready");
        assert_eq!(read_line(&mut reader, limit).await.unwrap(), "second");
        assert!(
            read_line(&mut reader, limit).await.is_err(),
            "end of stream"
        );
        let long = vec![b'a'; MAX_LINE + 10];
        let mut reader = BufReader::new(long.as_slice());
        assert!(read_line(&mut reader, limit).await.is_err());
    }
}
