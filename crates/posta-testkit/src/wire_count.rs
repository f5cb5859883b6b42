//! A TCP proxy that counts what an IMAP client says: put between the code
//! under test and a real server (plain IMAP, so the lines can be read), it
//! forwards every byte both ways and notes each command the client sends
//! by name (`SELECT`, `UID MOVE`, `IDLE`, `DONE`, …), literals skipped. A
//! test then asks what one user action put on the wire.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// How long [`CountingProxy::until`] waits for a condition at most.
const PATIENCE: Duration = Duration::from_secs(60);

/// The commands seen so far, shared by every connection through the proxy.
#[derive(Debug, Default)]
struct Tally {
    commands: Mutex<Vec<String>>,
}

/// A running counting proxy; it stops with the runtime it was started on.
#[derive(Debug, Clone)]
pub struct CountingProxy {
    port: u16,
    tally: Arc<Tally>,
    seen: watch::Receiver<usize>,
}

impl CountingProxy {
    /// Listens on a free loopback port and forwards each connection to
    /// `upstream` (host, port). Call inside a tokio runtime.
    pub async fn start(upstream: (String, u16)) -> CountingProxy {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind the counting proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let tally = Arc::new(Tally::default());
        let (notify, seen) = watch::channel(0);
        let notify = Arc::new(notify);
        let shared = tally.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect((upstream.0.as_str(), upstream.1)).await else {
                    continue;
                };
                tokio::spawn(relay(client, server, shared.clone(), notify.clone()));
            }
        });
        CountingProxy { port, tally, seen }
    }

    /// A proxy in front of `dovecot`'s IMAP port, and `user`'s account
    /// that reaches the server through it (plain IMAP, on 127.0.0.1).
    pub async fn for_imap(
        dovecot: &crate::dovecot::Dovecot,
        user: &crate::dovecot::User,
    ) -> (CountingProxy, posta_core::store::AccountConfig) {
        let proxy = CountingProxy::start((dovecot.host().to_owned(), dovecot.imap_port())).await;
        let account = posta_core::store::AccountConfig {
            host: "127.0.0.1".into(),
            port: proxy.port(),
            security: posta_core::net::Security::Insecure,
            ..crate::accounts::imap(dovecot, user)
        };
        (proxy, account)
    }

    /// The port to connect to instead of the server's.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Every command seen so far, in order.
    pub fn commands(&self) -> Vec<String> {
        self.tally
            .commands
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// How many commands were seen so far: a mark for [`Self::since`].
    pub fn mark(&self) -> usize {
        self.commands().len()
    }

    /// The commands seen after `mark`.
    pub fn since(&self, mark: usize) -> Vec<String> {
        self.commands().into_iter().skip(mark).collect()
    }

    /// Waits until the commands after `mark` satisfy `done`, and returns
    /// them; panics with what was seen after [`PATIENCE`].
    pub async fn until(&self, mark: usize, done: impl Fn(&[String]) -> bool) -> Vec<String> {
        let mut seen = self.seen.clone();
        let wait = async {
            loop {
                let now = self.since(mark);
                if done(&now) {
                    return now;
                }
                if seen.changed().await.is_err() {
                    return self.since(mark);
                }
            }
        };
        match tokio::time::timeout(PATIENCE, wait).await {
            Ok(commands) if done(&commands) => commands,
            _ => panic!(
                "the client's commands never met the condition; after the mark: {:?}",
                self.since(mark)
            ),
        }
    }
}

/// Forwards both ways; the client's bytes are read as commands too.
async fn relay(
    client: TcpStream,
    server: TcpStream,
    tally: Arc<Tally>,
    notify: Arc<watch::Sender<usize>>,
) {
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let down = async move {
        let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
        let _ = client_write.shutdown().await;
    };
    let up = async move {
        let mut reader = Commands::default();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_read.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let found = reader.feed(&buf[..n]);
            if !found.is_empty() {
                let total = {
                    let mut commands = tally.commands.lock().unwrap_or_else(|p| p.into_inner());
                    commands.extend(found);
                    commands.len()
                };
                notify.send_replace(total);
            }
            if server_write.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
        let _ = server_write.shutdown().await;
    };
    tokio::join!(down, up);
}

/// Splits the client's byte stream into commands.
#[derive(Debug, Default)]
struct Commands {
    line: Vec<u8>,
    /// Bytes of a literal still to skip.
    literal: usize,
    /// The line being read continues a command after a literal.
    continued: bool,
}

impl Commands {
    fn feed(&mut self, bytes: &[u8]) -> Vec<String> {
        let mut found = Vec::new();
        for &byte in bytes {
            if self.literal > 0 {
                self.literal -= 1;
                continue;
            }
            if byte != b'\n' {
                self.line.push(byte);
                continue;
            }
            let line = String::from_utf8_lossy(&self.line).trim_end().to_owned();
            self.line.clear();
            if !self.continued {
                if let Some(name) = command_name(&line) {
                    found.push(name);
                }
            }
            match literal_length(&line) {
                Some(length) => {
                    self.literal = length;
                    self.continued = true;
                }
                None => self.continued = false,
            }
        }
        found
    }
}

/// `A12 UID MOVE 4 Archive` → `UID MOVE`; `DONE` → `DONE`.
fn command_name(line: &str) -> Option<String> {
    let mut words = line.split_ascii_whitespace();
    let first = words.next()?;
    if first.eq_ignore_ascii_case("DONE") {
        return Some("DONE".to_owned());
    }
    let name = words.next()?.to_ascii_uppercase();
    if name == "UID" {
        let sub = words.next().unwrap_or_default().to_ascii_uppercase();
        return Some(format!("UID {sub}"));
    }
    Some(name)
}

/// A line ending in `{N}` or `{N+}` is followed by N bytes of literal.
fn literal_length(line: &str) -> Option<usize> {
    let open = line.strip_suffix('}')?;
    let start = open.rfind('{')?;
    open[start + 1..].trim_end_matches('+').parse().ok()
}
