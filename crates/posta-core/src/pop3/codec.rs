//! Reading POP3 replies off the wire: status lines with a length limit, and
//! multi-line replies whose dot-stuffing (RFC 1939 §3) is undone as the
//! bytes arrive, so a message of any size streams through in constant memory
//! and linear time.
//!
//! Deadlines: every read of a reply shares one deadline for the whole reply
//! ([`deadline_for`]), so a server that trickles a byte now and then cannot
//! keep a command alive for ever.
//!
//! Line ends: a line ends at LF. A CR before it is kept exactly as received,
//! so CRLF messages come out byte-identical. Bare LF is tolerated (some
//! servers and test tools send it), also in the terminator (`.` LF).

use std::io;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};
use tokio::time::Instant;

use crate::error::{Error, Result};
use crate::net::transfer_time;

/// Longest single line accepted outside a streamed message body (RFC 2449
/// allows 512 octets for a status line; servers add text, so be generous).
pub const MAX_LINE: usize = 64 * 1024;

/// Output is handed to the sink in chunks of about this size: big enough
/// that a file sink costs few system calls, small enough to stay constant.
const CHUNK: usize = 128 * 1024;

/// The step named in a timeout while a reply is awaited.
pub const READING_REPLY: &str = "waiting for the server's reply";

/// The moment by which a reply expected to carry about `bytes` must have
/// arrived completely: `limit`, plus `bytes` at
/// [`FLOOR_RATE`](crate::net::FLOOR_RATE).
pub fn deadline_for(limit: Duration, bytes: u64) -> Instant {
    Instant::now() + limit + transfer_time(bytes)
}

/// The error for a connection the server closed before its reply ended.
pub fn closed_early() -> Error {
    Error::Io(Arc::new(io::Error::new(
        io::ErrorKind::UnexpectedEof,
        "the server closed the connection in the middle of a reply",
    )))
}

/// Waits (until `deadline`) for buffered input; end of stream is an error,
/// because every POP3 reply has a defined end.
async fn fill<'a, R>(reader: &'a mut R, deadline: Instant, step: &str) -> Result<&'a [u8]>
where
    R: AsyncBufRead + Unpin,
{
    match tokio::time::timeout_at(deadline, reader.fill_buf()).await {
        Ok(Ok([])) => Err(closed_early()),
        Ok(Ok(buf)) => Ok(buf),
        Ok(Err(err)) => Err(err.into()),
        Err(_) => Err(Error::timed_out(step)),
    }
}

/// Reads one line of at most `max` bytes (without its CRLF or LF), all of
/// it by `deadline`. A longer line is a protocol error, found before more
/// than `max` bytes are held.
pub async fn read_line<R>(
    reader: &mut R,
    deadline: Instant,
    max: usize,
    step: &str,
) -> Result<Vec<u8>>
where
    R: AsyncBufRead + Unpin,
{
    let mut line = Vec::new();
    loop {
        let buf = fill(reader, deadline, step).await?;
        let (take, complete) = match buf.iter().position(|&b| b == b'\n') {
            Some(at) => (at, true),
            None => (buf.len(), false),
        };
        if line.len() + take > max {
            return Err(Error::protocol(format!(
                "the server sent a line longer than {max} bytes"
            )));
        }
        line.extend_from_slice(&buf[..take]);
        reader.consume(if complete { take + 1 } else { take });
        if complete {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(line);
        }
    }
}

/// Where the unstuffer is within the current line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    /// At the first byte of a line.
    #[default]
    LineStart,
    /// After a `.` that began a line.
    Dot,
    /// After `.` CR at the start of a line.
    DotCr,
    /// Anywhere else in a line: copy through to LF.
    Inside,
}

/// What [`Unstuffer::feed`] did with its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fed {
    /// Input bytes used; the rest belongs to the next reply.
    pub consumed: usize,
    /// True when the terminating `.` line was seen (and consumed).
    pub done: bool,
}

/// Undoes dot-stuffing incrementally: input may be split anywhere, even
/// between a line-initial dot and what follows it.
#[derive(Debug, Clone, Default)]
pub struct Unstuffer {
    state: State,
}

impl Unstuffer {
    /// Appends the unstuffed form of `input` to `out`, stopping right after
    /// the terminator. A line-initial dot followed by anything other than a
    /// line end is removed (RFC 1939 §3: "the first octet of the line ... is
    /// stripped away"); everything else is copied exactly.
    pub fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) -> Fed {
        let mut at = 0;
        while at < input.len() {
            match self.state {
                State::Inside => match input[at..].iter().position(|&b| b == b'\n') {
                    Some(lf) => {
                        out.extend_from_slice(&input[at..=at + lf]);
                        at += lf + 1;
                        self.state = State::LineStart;
                    }
                    None => {
                        out.extend_from_slice(&input[at..]);
                        at = input.len();
                    }
                },
                State::LineStart if input[at] == b'.' => {
                    at += 1;
                    self.state = State::Dot;
                }
                State::LineStart => self.state = State::Inside,
                State::Dot => match input[at] {
                    b'\r' => {
                        at += 1;
                        self.state = State::DotCr;
                    }
                    b'\n' => {
                        return Fed {
                            consumed: at + 1,
                            done: true,
                        }
                    }
                    // The stuffed dot is dropped; the rest of the line is copied.
                    _ => self.state = State::Inside,
                },
                State::DotCr => {
                    if input[at] == b'\n' {
                        return Fed {
                            consumed: at + 1,
                            done: true,
                        };
                    }
                    // `.` CR then something else: not the end; keep the CR.
                    out.push(b'\r');
                    self.state = State::Inside;
                }
            }
        }
        Fed {
            consumed: at,
            done: false,
        }
    }
}

/// Copies the body of a multi-line reply (after its status line) into
/// `sink`, unstuffed, and returns the number of bytes written. More than
/// `cap` bytes is a protocol error. Memory use stays constant whatever the
/// size; the whole body must have arrived by `deadline`.
pub async fn copy_multiline<R, W>(
    reader: &mut R,
    sink: &mut W,
    deadline: Instant,
    cap: u64,
) -> Result<u64>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut unstuffer = Unstuffer::default();
    let mut chunk = Vec::with_capacity(CHUNK + MAX_LINE);
    let mut total: u64 = 0;
    loop {
        let input = fill(reader, deadline, READING_REPLY).await?;
        let fed = unstuffer.feed(input, &mut chunk);
        reader.consume(fed.consumed);
        if total + chunk.len() as u64 > cap {
            return Err(Error::protocol(format!(
                "the server's reply is longer than the {cap} bytes accepted for it"
            )));
        }
        if fed.done || chunk.len() >= CHUNK {
            sink.write_all(&chunk).await?;
            total += chunk.len() as u64;
            chunk.clear();
        }
        if fed.done {
            sink.flush().await?;
            return Ok(total);
        }
    }
}

/// Reads the body of a multi-line reply into memory, at most `cap` bytes.
pub async fn read_multiline<R>(reader: &mut R, deadline: Instant, cap: u64) -> Result<Vec<u8>>
where
    R: AsyncBufRead + Unpin,
{
    let mut body = Vec::new();
    copy_multiline(reader, &mut body, deadline, cap).await?;
    Ok(body)
}

/// The lines of a listing body, without line ends, skipping empty lines.
pub fn lines(body: &[u8]) -> impl Iterator<Item = &[u8]> {
    body.split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .filter(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, BufReader};

    const LIMIT: Duration = Duration::from_secs(5);

    fn soon() -> Instant {
        deadline_for(LIMIT, 0)
    }

    /// Runs the streaming copy with every buffer size from 1 to `input.len()`
    /// (so every split point is exercised) and checks each gives `expected`
    /// and leaves `rest` unread.
    async fn unstuffs_at_every_split(input: &[u8], expected: &[u8], rest: &[u8]) {
        for capacity in 1..=input.len().max(1) {
            let mut reader = BufReader::with_capacity(capacity, input);
            let mut out = Vec::new();
            let n = copy_multiline(&mut reader, &mut out, soon(), u64::MAX)
                .await
                .unwrap_or_else(|e| panic!("capacity {capacity}: {e}"));
            assert_eq!(out, expected, "capacity {capacity}");
            assert_eq!(n, expected.len() as u64);
            let mut left = Vec::new();
            reader.read_to_end(&mut left).await.expect("read rest");
            assert_eq!(
                left, rest,
                "capacity {capacity}: bytes after the terminator"
            );
        }
    }

    #[tokio::test]
    async fn undoes_dot_stuffing_across_buffer_boundaries() {
        let wire = b"Subject: dots\r\n\r\n..leading dot\r\n...two dots\r\n..\r\nmid.dle\r\n.\r\n+OK next\r\n";
        let want = b"Subject: dots\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nmid.dle\r\n";
        unstuffs_at_every_split(wire, want, b"+OK next\r\n").await;
    }

    #[tokio::test]
    async fn an_empty_body_is_zero_bytes() {
        unstuffs_at_every_split(b".\r\n", b"", b"").await;
        unstuffs_at_every_split(b".\r\n+OK\r\n", b"", b"+OK\r\n").await;
    }

    #[tokio::test]
    async fn a_line_that_is_only_two_dots_becomes_one_dot() {
        unstuffs_at_every_split(b"..\r\n.\r\n", b".\r\n", b"").await;
    }

    #[tokio::test]
    async fn an_unstuffed_leading_dot_is_stripped_as_the_rfc_says() {
        unstuffs_at_every_split(b".x\r\n.\r\n", b"x\r\n", b"").await;
    }

    #[tokio::test]
    async fn bare_lf_is_tolerated_and_kept() {
        unstuffs_at_every_split(b"a\n..b\n\n.\n+OK\n", b"a\n.b\n\n", b"+OK\n").await;
    }

    #[tokio::test]
    async fn dot_cr_without_lf_is_not_the_end() {
        unstuffs_at_every_split(b".\rx\r\n.\r\n", b"\rx\r\n", b"").await;
    }

    #[tokio::test]
    async fn lines_longer_than_the_buffer_pass_through() {
        let long = "x".repeat(10_000);
        let wire = format!("{long}\r\n..{long}\r\n.\r\n");
        let want = format!("{long}\r\n.{long}\r\n");
        for capacity in [1, 7, 64, 4096] {
            let mut reader = BufReader::with_capacity(capacity, wire.as_bytes());
            let body = read_multiline(&mut reader, soon(), u64::MAX)
                .await
                .expect("body");
            assert_eq!(body, want.as_bytes(), "capacity {capacity}");
        }
    }

    #[tokio::test]
    async fn a_large_body_streams_exactly() {
        // More than one output chunk, with stuffed lines everywhere.
        let mut want = Vec::new();
        let mut wire = Vec::new();
        for i in 0..40_000 {
            let line = match i % 4 {
                0 => format!(".line {i}\r\n"),
                1 => ".\r\n".to_owned(),
                2 => format!("plain {i} text\r\n"),
                _ => "\r\n".to_owned(),
            };
            want.extend_from_slice(line.as_bytes());
            if line.starts_with('.') {
                wire.push(b'.');
            }
            wire.extend_from_slice(line.as_bytes());
        }
        wire.extend_from_slice(b".\r\n");
        let mut reader = BufReader::with_capacity(1000, wire.as_slice());
        let mut out = Vec::new();
        let n = copy_multiline(&mut reader, &mut out, soon(), u64::MAX)
            .await
            .expect("copy");
        assert_eq!(n, want.len() as u64);
        assert!(out == want, "output differs");
    }

    #[tokio::test]
    async fn a_missing_terminator_is_an_error_not_a_hang() {
        let mut reader = BufReader::new(&b"half a message\r\n"[..]);
        let err = read_multiline(&mut reader, soon(), u64::MAX)
            .await
            .expect_err("eof");
        assert_eq!(err.kind(), crate::ErrorKind::Io);
    }

    #[tokio::test]
    async fn a_reply_over_its_cap_is_refused() {
        let wire = format!("{}.\r\n", "0123456789\r\n".repeat(100));
        let mut reader = BufReader::with_capacity(16, wire.as_bytes());
        let err = read_multiline(&mut reader, soon(), 500)
            .await
            .expect_err("cap");
        assert_eq!(err.kind(), crate::ErrorKind::Protocol);
    }

    #[tokio::test]
    async fn status_lines_are_bounded() {
        let mut reader = BufReader::with_capacity(8, &b"+OK fine\r\n+OK also\n"[..]);
        assert_eq!(
            read_line(&mut reader, soon(), 100, "t")
                .await
                .expect("line"),
            b"+OK fine"
        );
        assert_eq!(
            read_line(&mut reader, soon(), 100, "t")
                .await
                .expect("line"),
            b"+OK also"
        );
        let long = vec![b'A'; 1000];
        let mut reader = BufReader::with_capacity(64, long.as_slice());
        let err = read_line(&mut reader, soon(), 100, "t")
            .await
            .expect_err("too long");
        assert_eq!(err.kind(), crate::ErrorKind::Protocol);
        let mut reader = BufReader::new(&b"+OK no end"[..]);
        let err = read_line(&mut reader, soon(), 100, "t")
            .await
            .expect_err("eof");
        assert_eq!(err.kind(), crate::ErrorKind::Io);
    }

    #[tokio::test]
    async fn a_silent_peer_times_out() {
        let (client, _server) = tokio::io::duplex(64);
        let mut reader = BufReader::new(client);
        let err = read_line(
            &mut reader,
            Instant::now() + Duration::from_millis(50),
            100,
            "greeting",
        )
        .await
        .expect_err("timeout");
        assert_eq!(err.kind(), crate::ErrorKind::TimedOut);
    }

    #[tokio::test]
    async fn a_trickle_cannot_stretch_the_deadline() {
        // A byte every 20 ms, for ever, never ending the reply: each read
        // is quick, but the whole reply has 200 ms.
        let (client, mut server) = tokio::io::duplex(64);
        tokio::spawn(async move {
            loop {
                if server.write_all(b"x").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        });
        let mut reader = BufReader::new(client);
        let started = std::time::Instant::now();
        let deadline = Instant::now() + Duration::from_millis(200);
        let err = read_multiline(&mut reader, deadline, u64::MAX)
            .await
            .expect_err("the trickle must end");
        assert_eq!(err.kind(), crate::ErrorKind::TimedOut);
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn deadlines_grow_with_the_size_at_the_floor_rate() {
        let small = deadline_for(LIMIT, 0);
        let big = deadline_for(LIMIT, 160 * crate::net::FLOOR_RATE);
        let gap = big.duration_since(small).as_secs();
        assert!((159..=161).contains(&gap), "{gap}");
        // A claim of u64::MAX bytes stays a day away, not an overflow.
        let _ = deadline_for(LIMIT, u64::MAX);
    }

    #[test]
    fn feeding_byte_by_byte_matches_feeding_at_once() {
        let wire = b"..a\r\n.\rb\r\n..\r\nc\n.\r\nafter";
        let mut whole = Vec::new();
        let fed = Unstuffer::default().feed(wire, &mut whole);
        assert!(fed.done);
        assert_eq!(&wire[fed.consumed..], b"after");

        let mut unstuffer = Unstuffer::default();
        let mut pieces = Vec::new();
        let mut used = 0;
        for byte in wire.chunks(1) {
            let fed = unstuffer.feed(byte, &mut pieces);
            used += fed.consumed;
            if fed.done {
                break;
            }
        }
        assert_eq!(pieces, whole);
        assert_eq!(used, wire.len() - b"after".len());
        assert_eq!(whole, b".a\r\n\rb\r\n.\r\nc\n");
    }

    #[test]
    fn listing_lines_skip_line_ends_and_blanks() {
        let got: Vec<&[u8]> = lines(b"1 120\r\n2 300\n\r\n").collect();
        assert_eq!(got, vec![&b"1 120"[..], &b"2 300"[..]]);
    }
}
