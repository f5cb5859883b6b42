//! A scripted fake TCP server, for behaviour a real server won't show:
//! refusing STARTTLS, hostile replies, dropped connections, silence.
//!
//! [`FakeServer::start`] binds 127.0.0.1 on a free port before it returns,
//! so a client may connect at once (no waiting). It accepts one connection,
//! sends the greeting, then for every line the client sends (CRLF or LF
//! ended) logs it and answers with what the script returns for it. The
//! script sees each line without its line end. Protocol-neutral: a POP3
//! greeting is `"+OK ready\r\n"`, an IMAP one `"* OK ready\r\n"`.
//!
//! ```ignore
//! let server = FakeServer::start("+OK ready\r\n", |line: &str| match line {
//!     "CAPA" => Reply::from(crlf(&["+OK", "USER", "."])),
//!     "QUIT" => Reply::then_close("+OK bye\r\n"),
//!     _ => Reply::from("-ERR unknown\r\n"),
//! });
//! // connect a client to server.port() …
//! let lines = server.finish(); // every line the client sent
//! ```
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

/// The server gives up on a client that sends nothing for this long, so a
/// broken test cannot hang in [`FakeServer::finish`].
const IDLE_LIMIT: Duration = Duration::from_secs(60);

/// What the server does after a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Send these bytes exactly (include the line ends).
    Send(Vec<u8>),
    /// Send these bytes, then close the connection.
    SendThenClose(Vec<u8>),
    /// Send nothing and keep reading (a server that never answers).
    Nothing,
    /// Close the connection without a word.
    Close,
    /// Send these bytes one at a time, `interval` apart, then keep reading
    /// (a server that trickles). Ends when the client goes away.
    Trickle(Vec<u8>, Duration),
    /// Send `head`, then `chunk` again and again until the client goes away
    /// (a reply that never ends).
    Endless {
        /// Sent once first.
        head: Vec<u8>,
        /// Repeated for ever.
        chunk: Vec<u8>,
    },
}

impl Reply {
    /// Sends `bytes`, then closes the connection.
    pub fn then_close(bytes: impl Into<Vec<u8>>) -> Reply {
        Reply::SendThenClose(bytes.into())
    }
}

impl From<&str> for Reply {
    fn from(text: &str) -> Self {
        Reply::Send(text.as_bytes().to_vec())
    }
}

impl From<String> for Reply {
    fn from(text: String) -> Self {
        Reply::Send(text.into_bytes())
    }
}

impl From<Vec<u8>> for Reply {
    fn from(bytes: Vec<u8>) -> Self {
        Reply::Send(bytes)
    }
}

impl From<Option<String>> for Reply {
    /// `None` sends nothing.
    fn from(text: Option<String>) -> Self {
        text.map_or(Reply::Nothing, Reply::from)
    }
}

impl From<Option<&str>> for Reply {
    /// `None` sends nothing.
    fn from(text: Option<&str>) -> Self {
        text.map_or(Reply::Nothing, Reply::from)
    }
}

/// Joins lines with CRLF and ends the last one with CRLF too.
pub fn crlf(lines: &[&str]) -> String {
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out
}

/// A script answering by the first matching prefix (ASCII case-insensitive);
/// a line that matches nothing closes the connection, so a missing entry
/// fails fast instead of hanging.
pub fn by_prefix(table: Vec<(&'static str, String)>) -> impl FnMut(&str) -> Reply + Send + 'static {
    move |line: &str| {
        table
            .iter()
            .find(|(prefix, _)| {
                line.len() >= prefix.len()
                    && line.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
            })
            .map_or(Reply::Close, |(_, reply)| Reply::from(reply.clone()))
    }
}

/// A one-connection scripted server on 127.0.0.1.
pub struct FakeServer {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<String>>>,
    accepted: Arc<AtomicBool>,
    stopping: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FakeServer {
    /// Binds a free port and serves one connection in a thread: `greeting`
    /// first (empty: say nothing), then the script's reply to each line.
    pub fn start<F, R>(greeting: impl Into<Vec<u8>>, script: F) -> FakeServer
    where
        F: FnMut(&str) -> R + Send + 'static,
        R: Into<Reply>,
    {
        let (listener, addr, log, accepted) = bind();
        let greeting = greeting.into();
        let thread = {
            let log = Arc::clone(&log);
            let accepted = Arc::clone(&accepted);
            std::thread::spawn(move || {
                if let Ok((stream, _)) = listener.accept() {
                    accepted.store(true, Ordering::SeqCst);
                    serve(stream, &greeting, script, &log);
                }
            })
        };
        FakeServer {
            addr,
            log,
            accepted,
            stopping: Arc::new(AtomicBool::new(false)),
            thread: Some(thread),
        }
    }

    /// Like [`FakeServer::start`], but serves one connection after another
    /// (a client that reconnects), all with the same script, until
    /// [`FakeServer::finish`] or drop.
    pub fn start_many<F, R>(greeting: impl Into<Vec<u8>>, script: F) -> FakeServer
    where
        F: FnMut(&str) -> R + Send + 'static,
        R: Into<Reply>,
    {
        let (listener, addr, log, accepted) = bind();
        let stopping = Arc::new(AtomicBool::new(false));
        let greeting = greeting.into();
        let thread = {
            let (log, accepted, stopping) = (
                Arc::clone(&log),
                Arc::clone(&accepted),
                Arc::clone(&stopping),
            );
            std::thread::spawn(move || {
                let mut script = script;
                while let Ok((stream, _)) = listener.accept() {
                    if stopping.load(Ordering::SeqCst) {
                        return;
                    }
                    accepted.store(true, Ordering::SeqCst);
                    serve(stream, &greeting, &mut script, &log);
                }
            })
        };
        FakeServer {
            addr,
            log,
            accepted,
            stopping,
            thread: Some(thread),
        }
    }

    /// The port to connect to (on 127.0.0.1).
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The address to connect to.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The lines received so far (without line ends).
    pub fn log(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Waits until the client has closed the connection (or the server
    /// closed it), then returns every line the client sent. Call it after
    /// the client is done, so no line sent at the last moment is missed.
    pub fn finish(mut self) -> Vec<String> {
        self.stop();
        self.log()
    }

    fn stop(&mut self) {
        // Wakes a waiting `accept`: a single-connection server nobody used
        // serves this connection (closed at once), a many-connection one
        // sees `stopping` and ends.
        self.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.stopping.store(true, Ordering::SeqCst);
            let _ = TcpStream::connect(self.addr);
        }
        // Not joined here: a test that failed mid-way must not hang on drop.
    }
}

/// A listener on a free local port, its address, an empty log and "no
/// connection accepted yet".
fn bind() -> (
    TcpListener,
    SocketAddr,
    Arc<Mutex<Vec<String>>>,
    Arc<AtomicBool>,
) {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind fake server");
    let addr = listener.local_addr().expect("fake server address");
    (
        listener,
        addr,
        Arc::new(Mutex::new(Vec::new())),
        Arc::new(AtomicBool::new(false)),
    )
}

fn serve<F, R>(stream: TcpStream, greeting: &[u8], mut script: F, log: &Mutex<Vec<String>>)
where
    F: FnMut(&str) -> R,
    R: Into<Reply>,
{
    let _ = stream.set_read_timeout(Some(IDLE_LIMIT));
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    if !greeting.is_empty() && writer.write_all(greeting).is_err() {
        return;
    }
    let mut reader = BufReader::new(stream);
    let mut raw = Vec::new();
    loop {
        raw.clear();
        match reader.read_until(b'\n', &mut raw) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&raw);
        let line = text.trim_end_matches(['\r', '\n']).to_owned();
        log.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line.clone());
        match script(&line).into() {
            Reply::Send(bytes) => {
                if writer.write_all(&bytes).is_err() {
                    return;
                }
            }
            Reply::SendThenClose(bytes) => {
                let _ = writer.write_all(&bytes);
                let _ = writer.shutdown(std::net::Shutdown::Both);
                return;
            }
            Reply::Nothing => {}
            Reply::Trickle(bytes, interval) => {
                for byte in bytes {
                    if writer.write_all(&[byte]).is_err() {
                        return;
                    }
                    std::thread::sleep(interval);
                }
            }
            Reply::Endless { head, chunk } => {
                if writer.write_all(&head).is_err() {
                    return;
                }
                while writer.write_all(&chunk).is_ok() {}
                return;
            }
            Reply::Close => {
                let _ = writer.shutdown(std::net::Shutdown::Both);
                return;
            }
        }
    }
}
