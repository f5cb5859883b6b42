//! The one-shot listener on `127.0.0.1` that catches the provider's
//! redirect (RFC 8252 §7.3): a random port, one answer, then closed. Other
//! requests (a browser's `/favicon.ico`) get a 404 and do not end it.
//! Cancelling is dropping the future: the socket closes with it.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::OAuthError;

/// How long a sign-in may wait for the browser's answer.
pub const WAIT: Duration = Duration::from_secs(5 * 60);
/// How long one connection may take to send its request.
const REQUEST_TIME: Duration = Duration::from_secs(10);
/// The largest request head read.
const REQUEST_BYTES: usize = 16 * 1024;

/// The sentences the browser shows after the redirect (already translated
/// by the caller; the core has no words of its own).
#[derive(Debug, Clone, Default)]
pub struct Pages {
    /// "You can close this tab and return to Posta."
    pub done: String,
    /// "Signing in did not work; return to Posta."
    pub failed: String,
    /// The page's language (`en`, `pl`, …).
    pub lang: String,
}

/// A listener bound to a random loopback port.
pub struct Listener {
    inner: TcpListener,
    port: u16,
}

impl Listener {
    /// Binds `127.0.0.1:0`.
    pub async fn open() -> Result<Listener, OAuthError> {
        let inner = TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|e| OAuthError::Listener(e.to_string()))?;
        let port = inner
            .local_addr()
            .map_err(|e| OAuthError::Listener(e.to_string()))?
            .port();
        Ok(Listener { inner, port })
    }

    /// The redirect URI to give the provider.
    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Waits up to `limit` for the redirect, hands its query to `check`,
    /// shows the browser the page that fits, and closes.
    pub async fn wait<T>(
        self,
        limit: Duration,
        pages: &Pages,
        check: impl Fn(&[(String, String)]) -> Result<T, OAuthError>,
    ) -> Result<T, OAuthError> {
        let work = async {
            loop {
                let (mut stream, _) = self
                    .inner
                    .accept()
                    .await
                    .map_err(|e| OAuthError::Listener(e.to_string()))?;
                let Some(target) = read_target(&mut stream).await else {
                    continue;
                };
                let (path, query) = target.split_once('?').unwrap_or((&target, ""));
                if path != "/" {
                    let _ = respond(&mut stream, "404 Not Found", "").await;
                    continue;
                }
                let params: Vec<(String, String)> =
                    reqwest::Url::parse(&format!("http://127.0.0.1/?{query}"))
                        .map(|u| u.query_pairs().into_owned().collect())
                        .unwrap_or_default();
                let result = check(&params);
                let sentence = if result.is_ok() {
                    &pages.done
                } else {
                    &pages.failed
                };
                let _ = respond(&mut stream, "200 OK", &page(&pages.lang, sentence)).await;
                return result;
            }
        };
        tokio::time::timeout(limit, work)
            .await
            .map_err(|_| OAuthError::TimedOut)?
    }
}

/// The request target of `GET TARGET HTTP/1.1`, or `None` for anything
/// else (answered with 400 where possible).
async fn read_target(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let read = async {
        let mut buf = [0u8; 2048];
        loop {
            let n = stream.read(&mut buf).await.ok()?;
            if n == 0 {
                return None;
            }
            head.extend_from_slice(&buf[..n]);
            if head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n") {
                return Some(());
            }
            if head.len() > REQUEST_BYTES {
                return None;
            }
        }
    };
    tokio::time::timeout(REQUEST_TIME, read).await.ok()??;
    let line = head.split(|b| *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim_end();
    let mut words = line.split(' ');
    match (words.next(), words.next(), words.next()) {
        (Some("GET"), Some(target), Some(version)) if version.starts_with("HTTP/") => {
            Some(target.to_owned())
        }
        _ => {
            let _ = respond(stream, "400 Bad Request", "").await;
            None
        }
    }
}

async fn respond(stream: &mut TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n\
         Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

fn page(lang: &str, sentence: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>Posta</title></head>\
         <body style=\"font-family:sans-serif;margin:4em auto;max-width:32em\"><p>{}</p></body></html>",
        escape(lang),
        escape(sentence)
    )
}
