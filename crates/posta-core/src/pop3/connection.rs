//! One POP3 connection at the command level: send a command, read its
//! status line or multi-line body, each whole reply under one deadline (the
//! endpoint's timeout, plus the expected size at the floor rate).
//! Generic over the stream so the STLS exchange can run on the plain TCP
//! stream before TLS.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};

use super::codec::{self, MAX_LINE, READING_REPLY};
use super::reply::Status;
use crate::error::{Error, Result};
use crate::net;

/// Read buffer size: a whole TLS record and then some.
const BUFFER: usize = 64 * 1024;

/// A buffered POP3 connection over `S` with a per-step time limit.
pub struct Connection<S> {
    io: BufReader<S>,
    limit: Duration,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Connection<S> {
    /// Wraps a stream; `limit` bounds every network step.
    pub fn new(stream: S, limit: Duration) -> Self {
        Connection {
            io: BufReader::with_capacity(BUFFER, stream),
            limit,
        }
    }

    /// The underlying stream.
    pub fn stream(&self) -> &S {
        self.io.get_ref()
    }

    /// Reads the server's greeting; anything but `+OK` is an error.
    pub async fn read_greeting(&mut self) -> Result<String> {
        let line = codec::read_line(
            &mut self.io,
            codec::deadline_for(self.limit, 0),
            MAX_LINE,
            "waiting for the server's greeting",
        )
        .await?;
        match Status::parse(&line)? {
            Status::Ok(text) => Ok(text),
            Status::Err(text) => Err(Error::protocol(format!(
                "the server refused the connection: {text}"
            ))),
            Status::Continuation(_) => Err(Error::protocol(format!(
                "unexpected greeting from the server: {}",
                super::reply::shown(&line)
            ))),
        }
    }

    /// Sends raw bytes (one or more complete command lines).
    pub async fn send_raw(&mut self, bytes: &[u8]) -> Result<()> {
        let stream = self.io.get_mut();
        net::with_timeout(self.limit, "sending a command", async move {
            stream.write_all(bytes).await?;
            stream.flush().await?;
            Ok(())
        })
        .await
    }

    /// Sends one command line; CRLF is added here.
    pub async fn send(&mut self, line: &str) -> Result<()> {
        let mut bytes = Vec::with_capacity(line.len() + 2);
        bytes.extend_from_slice(line.as_bytes());
        bytes.extend_from_slice(b"\r\n");
        self.send_raw(&bytes).await
    }

    /// Reads one status line.
    pub async fn read_status(&mut self) -> Result<Status> {
        let deadline = codec::deadline_for(self.limit, 0);
        let line = codec::read_line(&mut self.io, deadline, MAX_LINE, READING_REPLY).await?;
        Status::parse(&line)
    }

    /// Sends a command and reads its status line.
    pub async fn command(&mut self, line: &str) -> Result<Status> {
        self.send(line).await?;
        self.read_status().await
    }

    /// Reads a multi-line body into memory, at most `cap` bytes, all of it
    /// within the time limit plus `expected` bytes at the floor rate.
    pub async fn read_body(&mut self, cap: u64, expected: u64) -> Result<Vec<u8>> {
        let deadline = codec::deadline_for(self.limit, expected);
        codec::read_multiline(&mut self.io, deadline, cap).await
    }

    /// Streams a multi-line body of about `announced` bytes into `sink`;
    /// more than `cap` bytes is an error. Returns the bytes written.
    pub async fn copy_body<W: AsyncWrite + Unpin>(
        &mut self,
        sink: &mut W,
        announced: u64,
        cap: u64,
    ) -> Result<u64> {
        let deadline = codec::deadline_for(self.limit, announced);
        codec::copy_multiline(&mut self.io, sink, deadline, cap).await
    }

    /// Gives the stream back for a TLS handshake. Bytes already received
    /// would bypass TLS (a STARTTLS command-injection attack), so any are
    /// refused.
    pub fn into_stream(self) -> Result<S> {
        if !self.io.buffer().is_empty() {
            return Err(Error::protocol(
                "the server sent data before the TLS handshake; refusing to continue",
            ));
        }
        Ok(self.io.into_inner())
    }

    /// Closes the sending side (after `QUIT`), within the time limit.
    pub async fn shutdown(&mut self) -> Result<()> {
        let stream = self.io.get_mut();
        net::with_timeout(self.limit, "closing the connection", async move {
            stream.shutdown().await?;
            Ok(())
        })
        .await
    }
}
