//! A real SMTP submission server on loopback for tests: Debian's
//! `python3-aiosmtpd` (the asyncio SMTP server of the Python project,
//! RFC 5321/3207/4954 compliant), run unprivileged from a script written
//! into a temporary directory.
//!
//! One process serves two ports: *submission* (plain, STARTTLS required
//! before MAIL, AUTH offered only after STARTTLS, like port 587) and
//! *smtps* (TLS from the first byte, like 465). Both take AUTH PLAIN and
//! LOGIN for [`USER`]/[`PASSWORD`] and refuse anything else, and write
//! every accepted message into `received/` before answering `250`: once a
//! client's send returned, the message is on disk (no waiting needed).
//! Recipients at [`REFUSED_DOMAIN`] are refused with `550 5.1.1`.
//!
//! The certificate is signed by a private CA made with `openssl` for
//! `DNS:localhost`; [`SmtpServer::ca_pem`] is what a client must trust.
//! The script binds its ports (port 0 picks free ones) and prints them on
//! stdout only when it listens, so [`SmtpServer::start`] waits for that
//! line, not for a timer.
#![allow(dead_code)]

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use tempfile::TempDir;

/// The login the server accepts.
pub const USER: &str = "sender@example.org";
/// Recipients here are refused for good (`550 5.1.1`).
pub const REFUSED_DOMAIN: &str = "refused.invalid";
/// Its password.
pub const PASSWORD: &str = "smtp-pass-3 ŻÓŁĆ";

/// How long the server may take to start listening.
const START_TIMEOUT: Duration = Duration::from_secs(20);

const PYTHON: &str = "/usr/bin/python3";
const HINT: &str = "the test SMTP server needs Debian's aiosmtpd: \
    run `apt-get install python3-aiosmtpd`";

/// The server script; arguments: directory, submission port, smtps port.
const SCRIPT: &str = r#"
import asyncio, json, os, socket, ssl, sys
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

directory, submission_port, smtps_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
USER, PASSWORD = os.environ["POSTA_SMTP_USER"], os.environ["POSTA_SMTP_PASSWORD"]
received = os.path.join(directory, "received")
os.makedirs(received, exist_ok=True)

def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False, auth_data=USER if ok else None)

class Handler:
    # After a restart, numbering goes on from what was received before.
    count = len([n for n in os.listdir(received) if n.endswith(".eml")])
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # A recipient the server refuses for good, for the refusal tests.
        if address.lower().endswith("@refused.invalid"):
            return "550 5.1.1 <%s>: Recipient address rejected: no such user" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"
    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        name = os.path.join(received, "%04d" % Handler.count)
        for suffix, data in ((".eml", envelope.original_content),
                             (".json", json.dumps({
                                 "mail_from": envelope.mail_from,
                                 "rcpt_tos": envelope.rcpt_tos,
                                 "login": session.auth_data if session.authenticated else None,
                                 "tls": session.ssl is not None or server.transport.get_extra_info("sslcontext") is not None,
                             }).encode())):
            with open(name + suffix + ".tmp", "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.rename(name + suffix + ".tmp", name + suffix)
        return "250 OK queued as %d" % Handler.count

def context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(directory, "server.pem"), os.path.join(directory, "server.key"))
    return ctx

def listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(16)
    return sock

async def main():
    loop = asyncio.get_running_loop()
    handler = Handler()
    plain, implicit = listener(submission_port), listener(smtps_port)
    submission = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", tls_context=context(), require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True, auth_required=True,
                     enable_SMTPUTF8=True),
        sock=plain)
    smtps = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", authenticator=authenticator,
                     auth_require_tls=False, auth_required=True, enable_SMTPUTF8=True),
        sock=implicit, ssl=context())
    print("READY", plain.getsockname()[1], implicit.getsockname()[1], flush=True)
    await asyncio.gather(submission.serve_forever(), smtps.serve_forever())

asyncio.run(main())
"#;

/// One message the server accepted.
#[derive(Debug, Clone)]
pub struct Received {
    /// `MAIL FROM`.
    pub mail_from: String,
    /// `RCPT TO`, in order.
    pub rcpt_tos: Vec<String>,
    /// The user that logged in.
    pub login: Option<String>,
    /// Whether the connection was encrypted.
    pub tls: bool,
    /// The message exactly as received (dot-stuffing undone).
    pub raw: Vec<u8>,
}

/// A running aiosmtpd; stopped on drop.
pub struct SmtpServer {
    dir: TempDir,
    child: Option<Child>,
    submission: u16,
    smtps: u16,
}

impl SmtpServer {
    /// Starts on two free ports, with a certificate from a CA of its own.
    pub fn start() -> SmtpServer {
        SmtpServer::start_with(None)
    }

    /// Starts with a certificate signed by another harness's CA (e.g.
    /// Dovecot's `tls/ca.pem` and `tls/ca.key`), so one extra CA serves an
    /// account's incoming and outgoing servers.
    pub fn start_signed_by(ca_pem: &Path, ca_key: &Path) -> SmtpServer {
        SmtpServer::start_with(Some((ca_pem, ca_key)))
    }

    fn start_with(ca: Option<(&Path, &Path)>) -> SmtpServer {
        let dir = tempfile::Builder::new()
            .prefix("posta-smtp-")
            .tempdir()
            .expect("create temp dir for the SMTP server");
        if let Some((pem, key)) = ca {
            fs::copy(pem, dir.path().join("ca.pem")).expect("copy CA certificate");
            fs::copy(key, dir.path().join("ca.key")).expect("copy CA key");
        }
        make_certificates(dir.path());
        fs::write(dir.path().join("server.py"), SCRIPT).expect("write server.py");
        let mut server = SmtpServer {
            dir,
            child: None,
            submission: 0,
            smtps: 0,
        };
        server.launch(0, 0);
        server
    }

    /// Starts again on the same ports (after [`SmtpServer::stop`]), with the
    /// messages received so far kept.
    pub fn restart(&mut self) {
        self.stop();
        let (submission, smtps) = (self.submission, self.smtps);
        self.launch(submission, smtps);
    }

    fn launch(&mut self, submission: u16, smtps: u16) {
        assert!(Path::new(PYTHON).exists(), "{PYTHON} not found: {HINT}");
        let stderr = fs::File::create(self.dir.path().join("server.log")).expect("server.log");
        let mut child = Command::new(PYTHON)
            .arg(self.dir.path().join("server.py"))
            .arg(self.dir.path())
            .arg(submission.to_string())
            .arg(smtps.to_string())
            .env("POSTA_SMTP_USER", USER)
            .env("POSTA_SMTP_PASSWORD", PASSWORD)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("run {PYTHON}: {e}. {HINT}"));
        let stdout = child.stdout.take().expect("server stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        self.child = Some(child);
        let line = rx.recv_timeout(START_TIMEOUT).unwrap_or_default();
        let ports: Vec<u16> = line
            .strip_prefix("READY ")
            .map(|rest| {
                rest.split_whitespace()
                    .filter_map(|p| p.parse().ok())
                    .collect()
            })
            .unwrap_or_default();
        if ports.len() != 2 {
            self.stop();
            panic!(
                "the SMTP server did not start ({line:?}); {HINT}\n--- log ---\n{}",
                self.log()
            );
        }
        self.submission = ports[0];
        self.smtps = ports[1];
    }

    /// Stops the server (its ports then refuse connections).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Host name the certificate is valid for.
    pub fn host(&self) -> &'static str {
        "localhost"
    }

    /// The STARTTLS port (like 587).
    pub fn submission_port(&self) -> u16 {
        self.submission
    }

    /// The implicit-TLS port (like 465).
    pub fn smtps_port(&self) -> u16 {
        self.smtps
    }

    /// PEM of the CA that signed the server certificate.
    pub fn ca_pem(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// DER of the server certificate (its fingerprint is what one pins).
    pub fn server_cert_der(&self) -> Vec<u8> {
        fs::read(self.dir.path().join("server.der")).expect("read server.der")
    }

    /// The server's log (Python's stderr).
    pub fn log(&self) -> String {
        fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// Every message accepted so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let dir = self.dir.path().join("received");
        let mut names: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|list| {
                list.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .into_iter()
            .map(|eml| {
                let meta: serde_json::Value = serde_json::from_slice(
                    &fs::read(eml.with_extension("json")).expect("read envelope"),
                )
                .expect("envelope JSON");
                Received {
                    mail_from: meta["mail_from"].as_str().unwrap_or_default().to_owned(),
                    rcpt_tos: meta["rcpt_tos"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default(),
                    login: meta["login"].as_str().map(str::to_owned),
                    tls: meta["tls"].as_bool().unwrap_or(false),
                    raw: fs::read(&eml).expect("read message"),
                }
            })
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A `DNS:localhost` leaf signed by the CA in `dir` (made first when
/// `ca.pem` is not there): `server.pem`, `server.key`, `server.der`.
fn make_certificates(dir: &Path) {
    let cnf = dir.join("openssl.cnf");
    fs::write(
        &cnf,
        "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = unused\n\
         [ca_ext]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n\
         subjectKeyIdentifier = hash\n\
         [leaf_ext]\nbasicConstraints = critical, CA:FALSE\n\
         keyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n\
         subjectAltName = DNS:localhost\nsubjectKeyIdentifier = hash\n\
         authorityKeyIdentifier = keyid, issuer\n",
    )
    .expect("write openssl.cnf");
    let p = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("run openssl (apt-get install openssl): {e}"));
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let curve = "ec_paramgen_curve:prime256v1";
    if !dir.join("ca.pem").exists() {
        #[rustfmt::skip]
        run(&["req", "-x509", "-config", &p("openssl.cnf"), "-extensions", "ca_ext",
        "-newkey", "ec", "-pkeyopt", curve, "-nodes", "-keyout", &p("ca.key"),
        "-out", &p("ca.pem"), "-days", "3650", "-subj", "/CN=Posta SMTP Test CA"]);
    }
    #[rustfmt::skip]
    run(&["req", "-new", "-config", &p("openssl.cnf"), "-newkey", "ec", "-pkeyopt", curve,
        "-nodes", "-keyout", &p("server.key"), "-out", &p("server.csr"), "-subj", "/CN=localhost"]);
    #[rustfmt::skip]
    run(&["x509", "-req", "-in", &p("server.csr"), "-CA", &p("ca.pem"), "-CAkey", &p("ca.key"),
        "-CAcreateserial", "-days", "3650", "-extfile", &p("openssl.cnf"),
        "-extensions", "leaf_ext", "-out", &p("server.pem")]);
    run(&[
        "x509",
        "-in",
        &p("server.pem"),
        "-outform",
        "DER",
        "-out",
        &p("server.der"),
    ]);
}

/// A short draft ("Dzień dobry.") from [`USER`] to `to`, titled `subject`.
pub fn draft_to(to: posta_core::message::Address, subject: &str) -> posta_core::compose::Draft {
    posta_core::compose::Draft {
        from: posta_core::message::Address {
            name: None,
            email: USER.into(),
        },
        to: vec![to],
        subject: subject.into(),
        body: "Dzień dobry.\n".into(),
        ..posta_core::compose::Draft::default()
    }
}
