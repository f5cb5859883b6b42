//! The stream lettre is handed: Posta's [`MailStream`], with the server's
//! greeting replayed in front when STARTTLS already consumed it.
//!
//! lettre's `connect_with_transport` expects a fresh connection: it reads a
//! greeting, then says EHLO. After STARTTLS the server sends no new
//! greeting — it waits for the client's EHLO (RFC 3207 §4.2) —; the real
//! greeting was read on the plain connection by [`super::starttls`]. So
//! lettre is given a local 220 line to read first. Nothing is sent to the
//! server on lettre's behalf, and nothing the server sends is skipped.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use lettre::transport::smtp::client::AsyncTokioStream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::net::MailStream;

/// A mail stream with bytes to read before the network's.
#[derive(Debug)]
pub struct Resumed {
    replay: Vec<u8>,
    at: usize,
    inner: MailStream,
}

impl Resumed {
    /// `inner`, whose first reads return `replay`.
    pub fn new(inner: MailStream, replay: Vec<u8>) -> Self {
        Resumed {
            replay,
            at: 0,
            inner,
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
        Pin::new(&mut this.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Resumed {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
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
}
