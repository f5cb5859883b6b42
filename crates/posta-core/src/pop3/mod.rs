//! Posta's own POP3 client: RFC 1939, `CAPA` (RFC 2449), `STLS` (RFC 2595)
//! and SASL PLAIN (RFC 5034).
//!
//! Written instead of async-pop, whose RETR is quadratic, keeps the
//! dot-stuffing, hangs on an empty message, has no STLS and falls back from
//! AUTH PLAIN to USER/PASS behind the user's back. Here a message streams
//! through [`Pop3Session::retr_to`] in constant memory and linear time; every
//! network step has the endpoint's timeout; every line and every reply held
//! in memory has a size limit, so a hostile server can neither hang the
//! client nor exhaust its memory.

mod auth;
mod capabilities;
mod codec;
mod connection;
mod envelopes;
mod reply;
mod starttls;
mod utf8;

use std::fmt;

use tokio::io::AsyncWrite;

use self::connection::Connection;
use self::reply::Status;
use crate::error::{Error, ErrorKind, Result};
use crate::net::{self, Endpoint, MailStream, Security};
use crate::secret::Secret;

/// Largest multi-line reply held in memory (`TOP`, `LIST`, `UIDL`): about a
/// million listing lines. `RETR` is streamed and bounded by the size the
/// server announced for the message.
const MAX_BUFFERED_REPLY: u64 = 32 * 1024 * 1024;

/// Bytes a listing line may take, for the listing's time allowance.
const LISTING_LINE: u64 = 80;

/// A logged-in POP3 session (the TRANSACTION state of RFC 1939).
///
/// One command at a time. If a reply is cut short (a network error, a
/// timeout, or the caller dropping the future mid-way), later calls fail
/// with [`Error::Protocol`]: reconnect.
pub struct Pop3Session {
    conn: Connection<MailStream>,
    capabilities: Vec<String>,
    host: String,
    /// Set while a command's reply is read. Still set when the next command
    /// starts means a reply was cut short (an error, or a cancelled future):
    /// the rest of it may still arrive, so the connection is out of step.
    in_flight: bool,
    /// The message count `STAT` gave: listing lines beyond it are ignored.
    count: Option<u32>,
    /// Sizes `LIST` announced, by message number: `RETR` may not exceed them.
    sizes: std::collections::HashMap<u32, u64>,
    /// The server took `UTF8` (RFC 6856): messages come as they are.
    utf8: bool,
}

impl fmt::Debug for Pop3Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pop3Session")
            .field("host", &self.host)
            .field("encrypted", &self.is_encrypted())
            .field("capabilities", &self.capabilities)
            .finish()
    }
}

impl Pop3Session {
    /// Connects, secures the connection as `endpoint.security` says (STLS is
    /// required for [`Security::StartTls`]), and logs in with SASL PLAIN when
    /// offered, else USER/PASS.
    pub async fn connect(
        endpoint: &Endpoint,
        user: &str,
        password: &Secret,
    ) -> Result<Pop3Session> {
        let limit = endpoint.timeout;
        let host = endpoint.host.as_str();
        let stream = net::open(endpoint, |tcp| starttls::upgrade(tcp, host, limit)).await?;
        let mut conn = Connection::new(stream, limit);
        if endpoint.security != Security::StartTls {
            // With STLS the greeting was read before the handshake.
            conn.read_greeting().await?;
        }
        // Asked again after STLS: what was said in plain text may have been
        // forged (RFC 2595 §4).
        let before_login = capabilities::query(&mut conn).await?;
        // RFC 6856 §2: in the AUTHORIZATION state, before logging in.
        let mut utf8 = utf8::enable(&mut conn, &before_login).await?;
        let channel = auth::Channel {
            security: endpoint.security,
            host,
        };
        auth::login(&mut conn, &before_login, channel, user, password).await?;
        // Servers may list more once logged in (RFC 2449 §5).
        let after_login = capabilities::query(&mut conn).await?;
        if !utf8 {
            // Some servers list it only once logged in; a refusal is fine.
            utf8 = utf8::enable(&mut conn, &after_login).await?;
        }
        Ok(Pop3Session {
            utf8,
            conn,
            capabilities: if after_login.is_empty() {
                before_login
            } else {
                after_login
            },
            host: host.to_owned(),
            in_flight: false,
            count: None,
            sizes: std::collections::HashMap::new(),
        })
    }

    /// The server's `CAPA` lines, as of the login.
    pub fn capabilities(&self) -> &[String] {
        &self.capabilities
    }

    /// True when `CAPA` lists `name` (compared without case).
    pub fn has_capability(&self, name: &str) -> bool {
        capabilities::has(&self.capabilities, name)
    }

    /// True when the server is in UTF-8 mode (RFC 6856).
    pub fn is_utf8(&self) -> bool {
        self.utf8
    }

    /// True when the connection is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.conn.stream().is_tls()
    }

    /// Marks a command as started; refuses if an earlier reply was cut short.
    fn begin(&mut self) -> Result<()> {
        if self.in_flight {
            return Err(Error::protocol(
                "the connection is out of step after an interrupted command; reconnect",
            ));
        }
        self.in_flight = true;
        Ok(())
    }

    /// Marks the current command's reply as completely read.
    fn end(&mut self) {
        self.in_flight = false;
    }

    /// Sends a single-line command and returns its `+OK` text.
    async fn simple(&mut self, command: &str, verb: &str) -> Result<String> {
        self.begin()?;
        let status = self.conn.command(command).await?;
        self.end();
        status.ok(verb)
    }

    /// Sends a multi-line command and reads its body into memory; it gets
    /// the time `expected` bytes take at the floor rate, beyond the limit.
    async fn multiline(&mut self, command: &str, verb: &str, expected: u64) -> Result<Vec<u8>> {
        self.begin()?;
        let status = self.conn.command(command).await?;
        if let Status::Ok(_) = status {
            let body = self.conn.read_body(MAX_BUFFERED_REPLY, expected).await?;
            self.end();
            return Ok(body);
        }
        self.end();
        status.ok(verb).map(|_| Vec::new())
    }

    /// `STAT`: (message count, total size in octets).
    pub async fn stat(&mut self) -> Result<(u32, u64)> {
        let text = self.simple("STAT", "STAT").await?;
        let (count, size) = reply::parse_stat(&text)?;
        self.count = Some(count);
        Ok((count, size))
    }

    /// The message count, from `STAT` (asked once per session); `None`
    /// from a server that refuses `STAT` (RFC 1939 requires it, but a
    /// listing is still usable without the bound).
    async fn message_count(&mut self) -> Result<Option<u32>> {
        if self.count.is_some() {
            return Ok(self.count);
        }
        match self.stat().await {
            Ok((count, _)) => Ok(Some(count)),
            // A refusal is a complete reply: the session is in step.
            Err(err) if err.kind() == ErrorKind::Protocol && !self.in_flight => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The time allowance of a listing of `count` lines (a million when the
    /// count is not known).
    fn listing_bytes(count: Option<u32>) -> u64 {
        u64::from(count.unwrap_or(1_000_000)).saturating_mul(LISTING_LINE)
    }

    /// `LIST`: every message's (number, size in octets). Lines for numbers
    /// beyond `STAT`'s count, and repeats, are ignored.
    pub async fn list(&mut self) -> Result<Vec<(u32, u64)>> {
        let count = self.message_count().await?;
        let body = self
            .multiline("LIST", "LIST", Self::listing_bytes(count))
            .await?;
        let listing: Vec<(u32, u64)> = codec::lines(&body)
            .map(reply::parse_scan_listing)
            .collect::<Result<_>>()?;
        let listing = only_counted(listing, count, |(n, _)| *n);
        self.sizes = listing.iter().copied().collect();
        Ok(listing)
    }

    /// `LIST n`: the size of message `n` in octets.
    pub async fn list_one(&mut self, n: u32) -> Result<u64> {
        let text = self.simple(&format!("LIST {n}"), "LIST").await?;
        let (msgno, size) = reply::parse_scan_listing(text.as_bytes())?;
        if msgno != n {
            return Err(Error::protocol(format!(
                "LIST {n} answered for message {msgno}"
            )));
        }
        self.sizes.insert(n, size);
        Ok(size)
    }

    /// `UIDL`: every message's (number, unique id).
    /// Lines for numbers beyond `STAT`'s count, and repeats, are ignored.
    pub async fn uidl(&mut self) -> Result<Vec<(u32, String)>> {
        let count = self.message_count().await?;
        let body = self
            .multiline("UIDL", "UIDL", Self::listing_bytes(count))
            .await?;
        let listing: Vec<(u32, String)> = codec::lines(&body)
            .map(reply::parse_unique_id_listing)
            .collect::<Result<_>>()?;
        Ok(only_counted(listing, count, |(n, _)| *n))
    }

    /// `UIDL n`: the unique id of message `n`.
    pub async fn uidl_one(&mut self, n: u32) -> Result<String> {
        let text = self.simple(&format!("UIDL {n}"), "UIDL").await?;
        let (msgno, uid) = reply::parse_unique_id_listing(text.as_bytes())?;
        if msgno != n {
            return Err(Error::protocol(format!(
                "UIDL {n} answered for message {msgno}"
            )));
        }
        Ok(uid)
    }

    /// `TOP n lines`: the header and the first `lines` body lines of
    /// message `n`, unstuffed.
    pub async fn top(&mut self, n: u32, lines: u32) -> Result<Vec<u8>> {
        // A header is small; 64 KiB of time allowance is plenty.
        self.multiline(&format!("TOP {n} {lines}"), "TOP", 64 * 1024)
            .await
    }

    /// `RETR n`, streamed into `sink` exactly as the server stores it (dot-
    /// stuffing undone, line ends untouched); returns the bytes written. The
    /// sink is flushed; syncing a file to disk is the caller's job.
    ///
    /// The message may not be much larger than the size `LIST` announced
    /// for it (asked here if not yet known), and must arrive within the time
    /// limit plus that size at the floor rate.
    pub async fn retr_to<W: AsyncWrite + Unpin>(&mut self, n: u32, sink: &mut W) -> Result<u64> {
        let announced = match self.sizes.get(&n) {
            Some(size) => *size,
            None => self.list_one(n).await?,
        };
        self.begin()?;
        let status = self.conn.command(&format!("RETR {n}")).await?;
        if let Status::Ok(_) = status {
            let written = self
                .conn
                .copy_body(sink, announced, net::announced_cap(announced))
                .await?;
            self.end();
            return Ok(written);
        }
        self.end();
        status.ok("RETR").map(|_| 0)
    }

    /// `RETR n` into memory; for large messages prefer [`Self::retr_to`].
    pub async fn retr(&mut self, n: u32) -> Result<Vec<u8>> {
        let mut message = Vec::new();
        self.retr_to(n, &mut message).await?;
        Ok(message)
    }

    /// `DELE n`: marks message `n` for deletion at `QUIT`.
    pub async fn dele(&mut self, n: u32) -> Result<()> {
        self.simple(&format!("DELE {n}"), "DELE").await.map(drop)
    }

    /// `RSET`: unmarks every message marked for deletion.
    pub async fn rset(&mut self) -> Result<()> {
        self.simple("RSET", "RSET").await.map(drop)
    }

    /// `NOOP`: keeps the connection alive.
    pub async fn noop(&mut self) -> Result<()> {
        self.simple("NOOP", "NOOP").await.map(drop)
    }

    /// `QUIT`: ends the session; only now are messages marked with `DELE`
    /// removed. An error means they may not have been.
    pub async fn quit(mut self) -> Result<()> {
        self.simple("QUIT", "QUIT").await?;
        // The server closes its side; ours closing cleanly is a courtesy.
        let _ = self.conn.shutdown().await;
        Ok(())
    }
}

/// Keeps the listing lines whose message number is within `1..=count` (any
/// number when the count is not known), the first of each number; logs how
/// many were dropped.
fn only_counted<T>(listing: Vec<T>, count: Option<u32>, number: impl Fn(&T) -> u32) -> Vec<T> {
    let count = count.unwrap_or(u32::MAX);
    let total = listing.len();
    let mut seen = std::collections::HashSet::new();
    let kept: Vec<T> = listing
        .into_iter()
        .filter(|line| {
            let n = number(line);
            (1..=count).contains(&n) && seen.insert(n)
        })
        .collect();
    if kept.len() < total {
        log::debug!(
            "ignored {} listing lines beyond STAT's {count} messages or repeated",
            total - kept.len()
        );
    }
    kept
}
