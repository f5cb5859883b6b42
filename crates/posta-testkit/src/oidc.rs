//! A real OpenID provider on loopback for the OAuth2 tests: panva's
//! `oidc-provider` (npm, pinned in `oidc/package-lock.json`) run by Node
//! from `oidc/server.mjs`, and a test "browser" (`oidc/browser.mjs`) that
//! Posta starts through `$BROWSER` and that signs in and consents over HTTP.
//!
//! The npm packages are installed (`npm ci`) into `target/oidc-node`, not
//! into the source tree; `packaging/dev.sh test` does it up front, and the
//! first [`Provider::start`] does it when it was not done.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The native (public) client every test signs in with.
pub const CLIENT_ID: &str = "posta-test";
/// The confidential client the mail servers introspect tokens with.
pub const SERVERS_CLIENT: &str = "mail-servers";
/// Its secret.
pub const SERVERS_SECRET: &str = "dovecot-secret";

const HINT: &str = "the OAuth2 tests need Node.js and npm: \
    run `apt-get install nodejs npm` (or `bash packaging/dev.sh test`)";
const FILES: [&str; 4] = [
    "package.json",
    "package-lock.json",
    "server.mjs",
    "browser.mjs",
];
static INSTALL: Mutex<()> = Mutex::new(());

/// A running provider; stopped on drop.
pub struct Provider {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
    dir: PathBuf,
}

impl Provider {
    /// Starts the provider with access tokens that live `access_ttl`
    /// seconds, and waits until it listens.
    pub fn start(access_ttl: u64) -> Provider {
        let dir = install();
        let mut child = Command::new("node")
            .arg(dir.join("server.mjs"))
            .current_dir(&dir)
            .env("ACCESS_TTL", access_ttl.to_string())
            .env("INTROSPECTION_SECRET", SERVERS_SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("start node: {err}. {HINT}"));
        let stdout = child.stdout.take().expect("provider stdout");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(port) = line.strip_prefix("listening ") {
                    let _ = port_tx.send(port.trim().parse::<u16>().ok());
                }
                lines.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            }
        });
        let port = match port_rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Some(port)) => port,
            _ => {
                let _ = child.kill();
                panic!("the OpenID provider did not start");
            }
        };
        Provider {
            child,
            port,
            log,
            dir,
        }
    }

    /// The issuer (`http://127.0.0.1:PORT`), also the `iss` of its answers.
    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The authorization endpoint.
    pub fn authorization_url(&self) -> String {
        format!("{}/auth", self.issuer())
    }

    /// The token endpoint.
    pub fn token_url(&self) -> String {
        format!("{}/token", self.issuer())
    }

    /// The introspection endpoint with the mail servers' credentials in it,
    /// as Dovecot's `introspection_url` takes it.
    pub fn introspection_url(&self) -> String {
        format!(
            "http://{SERVERS_CLIENT}:{SERVERS_SECRET}@127.0.0.1:{}/token/introspection",
            self.port
        )
    }

    /// `$BROWSER` for Posta: the test browser, which signs in as the
    /// `login_hint` and appends `opened URL` to `log`.
    pub fn browser(&self) -> String {
        format!("node {}", self.dir.join("browser.mjs").display())
    }

    /// Writes `DIR/oauth/test.toml`, an organisation's provider file (the
    /// format of `/etc/posta/oauth`) for this provider serving `hosts`.
    pub fn write_etc(&self, dir: &Path, hosts: &[&str]) {
        let oauth = dir.join("oauth");
        std::fs::create_dir_all(&oauth).expect("create oauth dir");
        let hosts: Vec<String> = hosts.iter().map(|h| format!("{h:?}")).collect();
        let text = format!(
            "name = \"Uczelnia\"\nhosts = [{}]\nauthorization_url = \"{}\"\n\
             token_url = \"{}\"\nissuer = \"{}\"\n\
             scopes = [\"openid\", \"email\", \"offline_access\"]\n\
             client_id = \"{CLIENT_ID}\"\nclient_secret = \"\"\n\
             [authorization_parameters]\nprompt = \"consent\"\n",
            hosts.join(", "),
            self.authorization_url(),
            self.token_url(),
            self.issuer()
        );
        std::fs::write(oauth.join("test.toml"), text).expect("write test.toml");
    }

    /// Every access and refresh token it issued so far (for "no token in
    /// any file" checks).
    pub fn issued(&self) -> Vec<String> {
        self.log()
            .iter()
            .filter_map(|line| line.strip_prefix("issued "))
            .map(str::to_owned)
            .collect()
    }

    /// Revokes one token (RFC 7009), as the native client may.
    pub fn revoke(&self, token: &str) {
        let body = format!("token={token}&client_id={CLIENT_ID}");
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect provider");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        write!(
            stream,
            "POST /token/revocation HTTP/1.1\r\nHost: 127.0.0.1\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("revoke");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    /// How many token requests of `grant_type` succeeded so far.
    pub fn grants(&self, grant_type: &str) -> usize {
        let wanted = format!("token {grant_type}");
        self.log().iter().filter(|line| **line == wanted).count()
    }

    /// Every line the provider logged.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Forgets every grant, code and token, as a provider does when the
    /// user revokes access or changes the password.
    pub fn forget_every_grant(&self) {
        self.post_test("/test/forget");
    }

    /// Ends every access token now (the grants and refresh tokens stay),
    /// as time does.
    pub fn expire_access_tokens(&self) {
        self.post_test("/test/expire-access");
    }

    fn post_test(&self, path: &str) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect provider");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .expect("ask the provider");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 204"), "{answer}");
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The provider's files in `target/oidc-node`, with `npm ci` run there
/// whenever the lock file changed.
fn install() -> PathBuf {
    let _guard = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("oidc");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("oidc-node");
    std::fs::create_dir_all(&dir).expect("create target/oidc-node");
    for file in FILES {
        std::fs::copy(source.join(file), dir.join(file)).expect("copy the provider's files");
    }
    let lock = std::fs::read(dir.join("package-lock.json")).expect("lock file");
    let installed = dir.join("node_modules/.posta-lock");
    if std::fs::read(&installed).ok().as_deref() != Some(&lock[..]) {
        let started = Instant::now();
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .current_dir(&dir)
            .stdout(Stdio::null())
            .status()
            .unwrap_or_else(|err| panic!("run npm: {err}. {HINT}"));
        assert!(
            status.success(),
            "npm ci failed after {:?}. {HINT}",
            started.elapsed()
        );
        std::fs::write(&installed, &lock).expect("mark the install");
    }
    dir
}
