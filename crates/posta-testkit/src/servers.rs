//! Small servers on loopback for the detection and wizard tests, using the
//! Dovecot harness's certificate (issued for `localhost` by its private CA):
//!
//! - [`Https`]: serves clientConfig XML (or any status and body) per path,
//!   and records every request line, as a provider's autoconfig host would;
//! - [`Smtp`]: an SMTP submission server with STARTTLS or implicit TLS and
//!   AUTH PLAIN/LOGIN that accepts one user and password, as the outgoing
//!   server the wizard checks. Dovecot here has no submission service.
//!
//! Included with `#[path]` by the test files that need it; on its own it
//! only tests itself.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;

use async_native_tls::TlsAcceptor;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// A TLS acceptor for the certificate and key in `tls_dir` (`server.pem`,
/// `server.key`, as the Dovecot harness writes them), made through a
/// PKCS#12 bundle because that is what async-native-tls accepts.
pub async fn acceptor(tls_dir: &Path) -> TlsAcceptor {
    // Several servers of one test share the directory: make the bundle once.
    static MAKING: Mutex<()> = Mutex::new(());
    let guard = MAKING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let p12 = tls_dir.join("bundle.p12");
    if !p12.exists() {
        let status = Command::new("openssl")
            .args(["pkcs12", "-export", "-passout", "pass:posta", "-inkey"])
            .arg(tls_dir.join("server.key"))
            .arg("-in")
            .arg(tls_dir.join("server.pem"))
            .arg("-out")
            .arg(&p12)
            .status()
            .expect("run openssl pkcs12");
        assert!(status.success(), "openssl pkcs12 failed");
    }
    let bytes = std::fs::read(&p12).expect("read the PKCS#12 bundle");
    drop(guard);
    TlsAcceptor::new(bytes.as_slice(), "posta")
        .await
        .expect("TLS acceptor")
}

/// Runs `serve` on its own thread and runtime until the value is dropped.
struct Background {
    stop: Option<oneshot::Sender<()>>,
}

impl Background {
    fn start<F>(serve: impl FnOnce(TcpListener) -> F + Send + 'static) -> (Background, u16)
    where
        F: std::future::Future<Output = ()>,
    {
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        std_listener.set_nonblocking(true).expect("non-blocking");
        let port = std_listener.local_addr().expect("address").port();
        let (stop, stopped) = oneshot::channel::<()>();
        thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = TcpListener::from_std(std_listener).expect("tokio listener");
                tokio::select! {
                    _ = serve(listener) => {}
                    _ = stopped => {}
                }
            });
        });
        (Background { stop: Some(stop) }, port)
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// One answer of the HTTPS server.
#[derive(Debug, Clone)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Body.
    pub body: String,
}

impl Reply {
    /// 200 with an XML body.
    pub fn xml(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            body: body.into(),
        }
    }
}

/// An HTTPS server answering GET requests by path.
pub struct Https {
    _background: Background,
    /// The port it listens on (host `localhost`).
    pub port: u16,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Https {
    /// Serves `routes` (path without query → reply; anything else is 404).
    pub fn start(tls_dir: &Path, routes: HashMap<String, Reply>) -> Https {
        let tls_dir = tls_dir.to_owned();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let (background, port) = Background::start(move |listener| async move {
            let acceptor = Arc::new(acceptor(&tls_dir).await);
            let routes = Arc::new(routes);
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    break;
                };
                let (acceptor, routes, log) = (acceptor.clone(), routes.clone(), log.clone());
                tokio::spawn(async move {
                    // A client that refuses the certificate ends here.
                    if let Ok(tls) = acceptor.accept(tcp).await {
                        let _ = answer(tls, &routes, &log).await;
                    }
                });
            }
        });
        Https {
            _background: background,
            port,
            requests,
        }
    }

    /// `https://localhost:<port>` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("https://localhost:{}{path}", self.port)
    }

    /// Every request target received (path and query), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

async fn answer<S: AsyncRead + AsyncWrite + Unpin>(
    stream: S,
    routes: &HashMap<String, Reply>,
    log: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut io = BufReader::new(stream);
    let mut request_line = String::new();
    io.read_line(&mut request_line).await?;
    loop {
        let mut header = String::new();
        if io.read_line(&mut header).await? == 0 || header == "\r\n" {
            break;
        }
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    log.lock().unwrap().push(target.clone());
    let path = target.split('?').next().unwrap_or("/");
    let reply = routes.get(path).cloned().unwrap_or(Reply {
        status: 404,
        body: "not here".into(),
    });
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.body.len()
    );
    let stream = io.get_mut();
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(reply.body.as_bytes()).await?;
    stream.flush().await?;
    stream.shutdown().await
}

/// How the SMTP server secures connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpMode {
    /// TLS from the first byte (port 465 style).
    Implicit,
    /// Plain, offering STARTTLS (port 587 style).
    Upgrade,
    /// Plain, not offering STARTTLS (a broken server).
    PlainOnly,
}

/// A submission server that accepts one login.
pub struct Smtp {
    _background: Background,
    /// The port it listens on (host `localhost`).
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Smtp {
    /// Starts a server that accepts `user`/`password`.
    pub fn start(tls_dir: &Path, mode: SmtpMode, user: &str, password: &str) -> Smtp {
        let tls_dir = tls_dir.to_owned();
        let log = Arc::new(Mutex::new(Vec::new()));
        let seen = log.clone();
        let expected = format!("\0{user}\0{password}");
        let (user, password) = (user.to_owned(), password.to_owned());
        let (background, port) = Background::start(move |listener| async move {
            let acceptor = Arc::new(acceptor(&tls_dir).await);
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    break;
                };
                let (acceptor, seen) = (acceptor.clone(), seen.clone());
                let login = Login {
                    plain: expected.clone(),
                    user: user.clone(),
                    password: password.clone(),
                };
                tokio::spawn(async move {
                    let _ = smtp_session(tcp, acceptor, mode, login, seen).await;
                });
            }
        });
        Smtp {
            _background: background,
            port,
            log,
        }
    }

    /// Every command received (AUTH data included, as sent).
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

#[derive(Clone)]
struct Login {
    plain: String,
    user: String,
    password: String,
}

async fn smtp_session(
    tcp: TcpStream,
    acceptor: Arc<TlsAcceptor>,
    mode: SmtpMode,
    login: Login,
    log: Arc<Mutex<Vec<String>>>,
) -> std::io::Result<()> {
    match mode {
        SmtpMode::Implicit => {
            let tls = acceptor.accept(tcp).await.map_err(std::io::Error::other)?;
            smtp_dialogue(tls, true, mode, &login, &log).await.map(drop)
        }
        _ => {
            if let Some(tcp) = smtp_dialogue(tcp, false, mode, &login, &log).await? {
                let tls = acceptor.accept(tcp).await.map_err(std::io::Error::other)?;
                let mut io = BufReader::new(tls);
                smtp_commands(&mut io, true, mode, &login, &log)
                    .await
                    .map(drop)
            } else {
                Ok(())
            }
        }
    }
}

/// Greets and runs commands; returns the stream when STARTTLS was agreed.
async fn smtp_dialogue<S: AsyncRead + AsyncWrite + Unpin>(
    stream: S,
    tls: bool,
    mode: SmtpMode,
    login: &Login,
    log: &Mutex<Vec<String>>,
) -> std::io::Result<Option<S>> {
    let mut io = BufReader::new(stream);
    io.get_mut()
        .write_all(b"220 localhost ESMTP Posta test\r\n")
        .await?;
    if smtp_commands(&mut io, tls, mode, login, log).await? {
        return Ok(Some(io.into_inner()));
    }
    Ok(None)
}

/// Runs commands until QUIT (false) or an agreed STARTTLS (true).
async fn smtp_commands<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    tls: bool,
    mode: SmtpMode,
    login: &Login,
    log: &Mutex<Vec<String>>,
) -> std::io::Result<bool> {
    loop {
        let mut line = String::new();
        if io.read_line(&mut line).await? == 0 {
            return Ok(false);
        }
        let line = line.trim_end().to_owned();
        log.lock().unwrap().push(line.clone());
        let upper = line.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            let mut r = String::from("250-localhost\r\n");
            if !tls && mode == SmtpMode::Upgrade {
                r.push_str("250-STARTTLS\r\n");
            }
            if tls {
                r.push_str("250-AUTH PLAIN LOGIN\r\n");
            }
            r.push_str("250 8BITMIME\r\n");
            r
        } else if upper == "STARTTLS" && !tls && mode == SmtpMode::Upgrade {
            io.get_mut()
                .write_all(b"220 Ready to start TLS\r\n")
                .await?;
            return Ok(true);
        } else if let Some(data) = line.strip_prefix("AUTH PLAIN ") {
            let decoded = STANDARD.decode(data.trim()).unwrap_or_default();
            if decoded == login.plain.as_bytes() {
                "235 2.7.0 Authentication successful\r\n".into()
            } else {
                "535 5.7.8 Authentication credentials invalid\r\n".into()
            }
        } else if upper == "AUTH LOGIN" {
            let mut answers = Vec::new();
            for prompt in ["334 VXNlcm5hbWU6\r\n", "334 UGFzc3dvcmQ6\r\n"] {
                io.get_mut().write_all(prompt.as_bytes()).await?;
                let mut answer = String::new();
                io.read_line(&mut answer).await?;
                answers.push(STANDARD.decode(answer.trim()).unwrap_or_default());
            }
            if answers == [login.user.as_bytes(), login.password.as_bytes()] {
                "235 2.7.0 Authentication successful\r\n".into()
            } else {
                "535 5.7.8 Authentication credentials invalid\r\n".into()
            }
        } else if upper == "QUIT" {
            io.get_mut().write_all(b"221 Bye\r\n").await?;
            return Ok(false);
        } else {
            "502 5.5.2 Command not recognized\r\n".into()
        };
        io.get_mut().write_all(reply.as_bytes()).await?;
    }
}
