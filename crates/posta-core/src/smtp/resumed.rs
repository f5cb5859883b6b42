//! The stream lettre is handed: Posta's [`MailStream`], with the server's
//! greeting replayed in front when STARTTLS already consumed it.
//!
//! lettre's `connect_with_transport` expects a fresh connection: it reads a
//! greeting, then says EHLO. After STARTTLS the server sends no new
//! greeting — it waits for the client's EHLO (RFC 3207 §4.2) —; the real
//! greeting was read on the plain connection by [`super::starttls`]. So
//! lettre is given a local 220 line to read first. Nothing is sent to the
//! server on lettre's behalf, and nothing the server sends is skipped.
//!
//! lettre reads a reply until it parses, however long it grows; a hostile
//! server could fill the memory before the time limit. So the server may
//! send at most [`REPLY_MAX`] bytes between two things Posta says: more is
//! an error, the connection's end.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use lettre::transport::smtp::client::AsyncTokioStream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::net::MailStream;

/// The most a server may send between two writes of Posta's: far more
/// than any reply (RFC 5321 §4.5.3.1.5: a reply line is at most 512 bytes;
/// a long EHLO list is a few kilobytes).
pub const REPLY_MAX: usize = 64 * 1024;

/// A mail stream with bytes to read before the network's.
#[derive(Debug)]
pub struct Resumed {
    replay: Vec<u8>,
    at: usize,
    inner: MailStream,
    /// Bytes the server sent since Posta last wrote.
    heard: usize,
}

impl Resumed {
    /// `inner`, whose first reads return `replay`.
    pub fn new(inner: MailStream, replay: Vec<u8>) -> Self {
        Resumed {
            replay,
            at: 0,
            inner,
            heard: 0,
        }
    }
}

impl AsyncRead for Resumed {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.at < this.replay.len() {
            let n = buf.remaining().min(this.replay.len() - this.at);
            buf.put_slice(&this.replay[this.at..this.at + n]);
            this.at += n;
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            this.heard += buf.filled().len() - before;
            if this.heard > REPLY_MAX {
                // An error read returns nothing.
                buf.set_filled(before);
                return Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the server's reply is longer than {REPLY_MAX} bytes"),
                )));
            }
        }
        polled
    }
}

impl AsyncWrite for Resumed {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.inner).poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = written {
            if n > 0 {
                this.heard = 0;
            }
        }
        written
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for Resumed {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        match &self.inner {
            MailStream::Plain(tcp) => tcp.peer_addr(),
            MailStream::Tls(tls) => tls.get_ref().peer_addr(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn replayed_bytes_come_first_then_the_network() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            socket.write_all(b"250 live\r\n").await.unwrap();
        });
        let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut stream = Resumed::new(MailStream::Plain(tcp), b"220 hello\r\n".to_vec());
        assert_eq!(stream.peer_addr().unwrap(), addr);
        let mut all = Vec::new();
        stream.read_to_end(&mut all).await.unwrap();
        assert_eq!(all, b"220 hello\r\n250 live\r\n");
        server.await.unwrap();
    }

    #[tokio::test]
    async fn a_reply_that_never_ends_is_cut_off_and_a_write_starts_anew() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let half = vec![b'x'; REPLY_MAX / 2 + 1];
            socket.write_all(&half).await.unwrap();
            let mut byte = [0u8; 1];
            socket.read_exact(&mut byte).await.unwrap();
            // After Posta spoke, as much again is fine; then it never ends.
            socket.write_all(&half).await.unwrap();
            let _ = socket.write_all(&vec![b'y'; 4 * REPLY_MAX]).await;
        });
        let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut stream = Resumed::new(MailStream::Plain(tcp), Vec::new());
        let mut first = vec![0u8; REPLY_MAX / 2 + 1];
        stream.read_exact(&mut first).await.unwrap();
        stream.write_all(b"Q").await.unwrap();
        let mut rest = Vec::new();
        let err = stream.read_to_end(&mut rest).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(rest.len() <= REPLY_MAX + 64 * 1024, "{}", rest.len());
        assert!(rest.len() > REPLY_MAX / 2, "the second half was allowed");
        drop(stream);
        let _ = server.await;
    }
}
