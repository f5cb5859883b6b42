//! A real, throw-away Dovecot (IMAP + POP3, plain and TLS) for integration
//! tests.
//!
//! Every [`Dovecot::start`] writes a self-contained configuration (never
//! including `/etc/dovecot`), a private CA and a server certificate into a
//! fresh temporary directory, picks free loopback ports and starts the daemon.
//! Instances are fully independent, so tests may run in parallel. Dropping
//! the value stops the daemon and removes the directory.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::net::{Ipv4Addr, TcpListener};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tempfile::TempDir;

mod lifecycle;
mod lmtp;
mod setup;
use setup::*;

/// A mail account on the test server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct User {
    pub name: &'static str,
    pub password: &'static str,
}

pub const ALICE: User = User {
    name: "alice",
    password: "alice-pass-1",
};
pub const BOB: User = User {
    name: "bob",
    password: "bob-pass-2",
};
/// Every account the server knows.
pub const USERS: [User; 2] = [ALICE, BOB];

/// System user owning the mail files when the tests run as root (Dovecot
/// refuses to run mail processes as root).
pub const MAIL_SYSTEM_USER: &str = "posta-test";

/// How long `start`/`restart` may take before giving up.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// How long `stop` waits for the processes to exit after SIGTERM.
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
/// Special-use folders created (and subscribed) automatically.
pub const SPECIAL_FOLDERS: [(&str, &str); 5] = [
    ("Sent", "\\Sent"),
    ("Drafts", "\\Drafts"),
    ("Trash", "\\Trash"),
    ("Junk", "\\Junk"),
    ("Archive", "\\Archive"),
];

/// A running Dovecot instance; stopped on drop.
pub struct Dovecot {
    dir: TempDir,
    ports: Ports,
    owner: Owner,
    tools: Tools,
    /// `dovecot -F`, our own child, so that we reap it ourselves.
    master: Option<Child>,
    /// The OAuth2 provider's introspection URL (with the mail servers'
    /// client credentials), when logins with a bearer token are accepted.
    oauth_introspection: Option<String>,
    /// Sieve on: ManageSieve, LMTP delivery through the sieve plugin, and
    /// a `sendmail` that records what Sieve sends (see [`Dovecot::start_with_sieve`]).
    sieve: bool,
}

#[derive(Debug, Clone, Copy)]
struct Ports {
    imap: u16,
    imaps: u16,
    pop3: u16,
    pop3s: u16,
    managesieve: u16,
    lmtp: u16,
}

/// Who runs the mail processes and owns the mail files.
#[derive(Debug, Clone)]
struct Owner {
    uid: u32,
    gid: u32,
    /// Running as root: mail belongs to [`MAIL_SYSTEM_USER`], and the login
    /// and internal users stay Debian's `dovenull` and `dovecot`.
    as_root: bool,
}

#[derive(Debug, Clone)]
struct Tools {
    dovecot: PathBuf,
    doveconf: PathBuf,
    doveadm: PathBuf,
}

impl Dovecot {
    /// Writes a self-contained config into a fresh temp dir, makes a CA and a
    /// server certificate, starts Dovecot and waits until all four ports
    /// answer. Panics with a clear message if Dovecot is not installed.
    pub fn start() -> Dovecot {
        Self::start_with(None, false)
    }

    /// Like [`Dovecot::start`], and also accepts XOAUTH2 and OAUTHBEARER
    /// logins whose token `introspection_url` (RFC 7662, e.g.
    /// [`crate::oidc::Provider::introspection_url`]) says is live and is the
    /// user's (`sub`).
    pub fn start_with_oauth(introspection_url: &str) -> Dovecot {
        Self::start_with(Some(introspection_url.to_owned()), false)
    }

    /// [`Dovecot::start`] with Pigeonhole: ManageSieve (STARTTLS) on
    /// [`Dovecot::managesieve_port`], LMTP on [`Dovecot::lmtp_port`] with
    /// the sieve plugin, and a `sendmail` that records every message Sieve
    /// sends (vacation replies, redirects) for [`Dovecot::sent_by_sieve`].
    pub fn start_with_sieve() -> Dovecot {
        Self::start_with(None, true)
    }

    fn start_with(oauth_introspection: Option<String>, sieve: bool) -> Dovecot {
        let tools = Tools {
            dovecot: find_program("dovecot", DOVECOT_HINT),
            doveconf: find_program("doveconf", DOVECOT_HINT),
            doveadm: find_program("doveadm", DOVECOT_HINT),
        };
        // Under /tmp rather than $TMPDIR: Dovecot's UNIX socket paths must
        // stay below 108 bytes, and the mail user must be able to reach it.
        // POSTA_DOVECOT_DIR (a short path) moves it, e.g. for a benchmark
        // onto a file system of its own.
        let base = std::env::var_os("POSTA_DOVECOT_DIR").unwrap_or_else(|| "/tmp".into());
        let dir = tempfile::Builder::new()
            .prefix("posta-dovecot-")
            .tempdir_in(base)
            .expect("create temp dir for dovecot");
        set_mode(dir.path(), 0o755);
        let owner = Owner::detect(dir.path());

        let mut dovecot = Dovecot {
            dir,
            ports: Ports::free(),
            owner,
            tools,
            master: None,
            oauth_introspection,
            sieve,
        };
        dovecot.prepare();
        // The free ports were released before Dovecot binds them; should
        // something else take one in between, try again with fresh ports.
        let mut attempt = 1;
        loop {
            dovecot.write_config();
            match dovecot.launch() {
                Ok(()) => return dovecot,
                Err(e) if attempt < 3 && e.contains("Address already in use") => {
                    dovecot.ports = Ports::free();
                    attempt += 1;
                }
                Err(e) => panic!("{e}"),
            }
        }
    }

    /// Host name to connect to; the certificate is valid for it.
    pub fn host(&self) -> &str {
        "localhost"
    }

    /// Plain IMAP, offering STARTTLS.
    pub fn imap_port(&self) -> u16 {
        self.ports.imap
    }

    /// IMAP over implicit TLS.
    pub fn imaps_port(&self) -> u16 {
        self.ports.imaps
    }

    /// Plain POP3, offering STLS.
    pub fn pop3_port(&self) -> u16 {
        self.ports.pop3
    }

    /// POP3 over implicit TLS.
    pub fn pop3s_port(&self) -> u16 {
        self.ports.pop3s
    }

    /// ManageSieve (RFC 5804, STARTTLS), with [`Dovecot::start_with_sieve`].
    pub fn managesieve_port(&self) -> u16 {
        self.ports.managesieve
    }

    /// LMTP delivery through the sieve plugin, with [`Dovecot::start_with_sieve`].
    pub fn lmtp_port(&self) -> u16 {
        self.ports.lmtp
    }

    /// PEM of the private CA that signed the server certificate.
    pub fn ca_pem(&self) -> PathBuf {
        self.tls_dir().join("ca.pem")
    }

    /// PEM of the server (leaf) certificate.
    pub fn server_cert_pem(&self) -> PathBuf {
        self.tls_dir().join("server.pem")
    }

    /// DER of the server (leaf) certificate, e.g. to compute its fingerprint.
    pub fn server_cert_der(&self) -> Vec<u8> {
        let path = self.tls_dir().join("server.der");
        fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The instance's temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The generated `dovecot.conf`.
    pub fn config_path(&self) -> PathBuf {
        self.dir().join("dovecot.conf")
    }

    /// Dovecot's log file (all services log here).
    pub fn log_path(&self) -> PathBuf {
        self.dir().join("dovecot.log")
    }

    /// Home directory of `user` (its mail is in `Maildir/` below it).
    pub fn home(&self, user: &User) -> PathBuf {
        self.dir().join("home").join(user.name)
    }

    /// Whether the daemon is running (between `start`/`restart` and `stop`).
    pub fn is_running(&self) -> bool {
        self.master.is_some()
    }

    /// Delivers a raw RFC 5322 message into `user`'s `folder` with
    /// `doveadm save`, creating the folder if needed.
    pub fn deliver(&self, user: &User, folder: &str, raw: &[u8]) {
        self.ensure_folder(user, folder);
        self.doveadm_with_stdin(&["save", "-u", user.name, "-m", folder], raw);
    }

    /// Creates `folder` for `user` unless it exists already, subscribed as
    /// a client creating it would leave it (Posta hides unsubscribed
    /// folders once the account has any subscription).
    pub fn ensure_folder(&self, user: &User, folder: &str) {
        if folder.eq_ignore_ascii_case("INBOX") {
            // INBOX is created on first access.
            self.doveadm(&["mailbox", "status", "-u", user.name, "messages", "INBOX"]);
            return;
        }
        let out = self.doveadm_output(&["mailbox", "create", "-s", "-u", user.name, folder], None);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() && !stderr.contains("already exists") {
            panic!(
                "doveadm mailbox create {folder:?} for {} failed ({}):\n{stderr}",
                user.name, out.status
            );
        }
    }

    /// The folders `user` is subscribed to (`doveadm mailbox list -s`).
    pub fn subscribed(&self, user: &User) -> Vec<String> {
        self.doveadm(&["mailbox", "list", "-s", "-u", user.name])
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// Gives `user` a quota rule (`*:storage=5M`, `*:messages=100`), kept in
    /// the passwd file's extra fields; Dovecot reads it at the next login.
    pub fn set_quota(&self, user: &User, rule: &str) {
        let path = self.dir().join("passwd");
        let text = fs::read_to_string(&path).expect("read passwd file");
        let lines: Vec<String> = text
            .lines()
            .map(|line| {
                let mut fields: Vec<&str> = line.split(':').collect();
                if fields.first() != Some(&user.name) {
                    return line.to_owned();
                }
                fields.resize(8, "");
                let extra = format!("userdb_quota_rule={rule}");
                fields[7] = &extra;
                fields.join(":")
            })
            .collect();
        replace_passwd(&path, &lines);
        // Dovecot re-reads the passwd file at most once a second (its
        // passwd-file driver keeps the last check's time): ask it until
        // it answers with the new rule, so the next login has it.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let seen = self.doveadm(&["user", "-f", "quota_rule", user.name]);
            if seen.trim() == rule {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "Dovecot still answers quota_rule {seen:?} for {}, not {rule:?}",
                user.name
            );
            std::thread::yield_now();
        }
    }

    /// Changes `user`'s password in the passwd file, as a provider would,
    /// and waits until Dovecot's password database has read the new file:
    /// the line also gets a new passdb extra field (`posta_rev`), which
    /// `doveadm auth lookup` shows without a login, so no refused attempt
    /// is logged meanwhile. Dovecot re-reads the file at most once a second.
    pub fn set_password(&self, user: &User, password: &str) {
        static REVISION: AtomicU64 = AtomicU64::new(1);
        let revision = format!(
            "posta_rev={}",
            REVISION.fetch_add(1, Ordering::Relaxed) + u64::from(std::process::id()) * 1000
        );
        let path = self.dir().join("passwd");
        let text = fs::read_to_string(&path).expect("read passwd file");
        let lines: Vec<String> = text
            .lines()
            .map(|line| {
                let mut fields: Vec<String> = line.split(':').map(str::to_owned).collect();
                if fields.first().map(String::as_str) == Some(user.name) && fields.len() > 1 {
                    fields[1] = format!("{{PLAIN}}{password}");
                    fields.resize(8, String::new());
                    let kept: Vec<&str> = fields[7]
                        .split(' ')
                        .filter(|f| !f.is_empty() && !f.starts_with("posta_rev="))
                        .collect();
                    fields[7] = kept
                        .into_iter()
                        .chain(std::iter::once(revision.as_str()))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                fields.join(":")
            })
            .collect();
        replace_passwd(&path, &lines);
        let wanted = revision.trim_start_matches("posta_rev=").to_owned();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let seen = self.doveadm(&["auth", "lookup", user.name]);
            let current = seen
                .lines()
                .find(|line| line.trim_start().starts_with("posta_rev"))
                .and_then(|line| line.rsplit(':').next())
                .map(str::trim);
            if current == Some(wanted.as_str()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "Dovecot still answers {seen:?} for {}",
                user.name
            );
            std::thread::yield_now();
        }
    }

    /// Runs `doveadm -c CONF <args>` and returns its stdout; panics with its
    /// stderr on failure.
    pub fn doveadm(&self, args: &[&str]) -> String {
        self.checked_doveadm(args, None)
    }

    /// Like [`Dovecot::doveadm`], feeding `stdin` to the command.
    pub fn doveadm_with_stdin(&self, args: &[&str], stdin: &[u8]) -> String {
        self.checked_doveadm(args, Some(stdin))
    }

    /// Number of messages in `user`'s `folder`, as `doveadm` sees it.
    pub fn message_count(&self, user: &User, folder: &str) -> u32 {
        let args = [
            "-f", "tab", "mailbox", "status", "-u", user.name, "messages", folder,
        ];
        let out = self.doveadm(&args);
        // Tab format: a header line, then "<mailbox>\t<messages>".
        let value = out
            .lines()
            .nth(1)
            .and_then(|line| line.rsplit('\t').next())
            .unwrap_or_default();
        value
            .parse()
            .unwrap_or_else(|e| panic!("unexpected `doveadm mailbox status` output {out:?}: {e}"))
    }

    /// Fast bulk fill (for benchmarks): writes the messages straight into the
    /// folder's Maildir `cur/` (with `S=`/`W=` sizes in the file names, so
    /// Dovecot need not open them), fixes ownership and runs
    /// `doveadm force-resync`. Messages get UIDs in iteration order.
    pub fn bulk_fill(
        &self,
        user: &User,
        folder: &str,
        messages: impl IntoIterator<Item = Vec<u8>>,
    ) {
        static SEQUENCE: AtomicU64 = AtomicU64::new(0);

        self.ensure_folder(user, folder);
        let maildir = PathBuf::from(
            self.doveadm(&["mailbox", "path", "-u", user.name, folder])
                .trim(),
        );
        for sub in ["cur", "new", "tmp"] {
            self.create_owned_dir(&maildir.join(sub));
        }
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let pid = std::process::id();
        for (index, message) in messages.into_iter().enumerate() {
            let seq = SEQUENCE.fetch_add(1, Ordering::Relaxed);
            // Dovecot orders new files by the time, then by the `M` micro-
            // seconds field, so `M{index}` keeps the iteration order. The
            // unique part is a mixed hex number, not `Q{seq}`: Dovecot's
            // file-name hash (ELF) put up to 27,000 of 100,000 names with
            // M and Q counting together in one bucket, and its resync
            // went quadratic (over a minute, then timeouts).
            let base = format!("{secs}.M{index}P{pid}R{:016x}.posta", mix(seq));
            let name = format!("{base},S={},W={}:2,", message.len(), crlf_size(&message));
            let tmp = maildir.join("tmp").join(&base);
            fs::write(&tmp, &message).unwrap_or_else(|e| panic!("write {}: {e}", tmp.display()));
            self.chown(&tmp);
            let cur = maildir.join("cur").join(name);
            fs::rename(&tmp, &cur).unwrap_or_else(|e| panic!("rename to {}: {e}", cur.display()));
        }
        self.doveadm(&["force-resync", "-u", user.name, folder]);
    }

    /// Stops Dovecot: SIGTERM to the master and its service processes (so
    /// connected clients get a `BYE`), then waits until all are gone and the
    /// ports refuse connections. Does nothing if it is not running.
    pub fn stop(&mut self) {
        if let Err(message) = self.try_stop("TERM") {
            panic!("{message}");
        }
    }

    /// Simulates a crash: SIGKILL to the master and its processes, so
    /// clients see the connection drop without a `BYE`.
    pub fn kill(&mut self) {
        if let Err(message) = self.try_stop("KILL") {
            panic!("{message}");
        }
    }

    /// Starts Dovecot again on the same ports and data.
    pub fn restart(&mut self) {
        self.stop();
        if let Err(e) = self.launch() {
            panic!("{e}");
        }
    }

    /// What Dovecot sent to each of `user`'s IMAP sessions that ended, in
    /// bytes, from its own log (`imap(user)…: Logged out in=… out=…`).
    pub fn imap_bytes_out(&self, user: &User) -> Vec<u64> {
        let text = fs::read_to_string(self.log_path()).unwrap_or_default();
        let prefix = format!("imap({})", user.name);
        text.lines()
            .filter(|line| line.contains(&prefix) && line.contains("Logged out"))
            .filter_map(|line| {
                line.split_whitespace()
                    .find_map(|word| word.strip_prefix("out="))
                    .and_then(|n| n.parse().ok())
            })
            .collect()
    }

    /// Waits (up to a minute, polling the log) until `user` has more than
    /// `before` ended IMAP sessions logged; the bytes sent in the new ones.
    pub fn imap_bytes_out_after(&self, user: &User, before: usize) -> Vec<u64> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let all = self.imap_bytes_out(user);
            if all.len() > before {
                return all[before..].to_vec();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "Dovecot logged no new logout for {}",
                user.name
            );
            std::thread::yield_now();
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// The last `lines` lines of Dovecot's log file.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = fs::read_to_string(self.log_path()).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }
}

/// splitmix64: spreads consecutive numbers over all 64 bits.
fn mix(x: u64) -> u64 {
    let x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        if let Err(message) = self.try_stop("TERM") {
            eprintln!("warning: {message}");
        }
    }
}

impl Ports {
    /// Six distinct free loopback ports (all held at once while choosing).
    fn free() -> Ports {
        let listeners: Vec<TcpListener> = (0..6)
            .map(|_| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0"))
            .collect();
        let port = |i: usize| listeners[i].local_addr().expect("local_addr").port();
        Ports {
            imap: port(0),
            imaps: port(1),
            pop3: port(2),
            pop3s: port(3),
            managesieve: port(4),
            lmtp: port(5),
        }
    }
}

impl Owner {
    /// Root: the dedicated system user; otherwise the current user (found
    /// as the owner of the freshly created `probe` directory).
    fn detect(probe: &Path) -> Owner {
        let meta = fs::metadata(probe).expect("stat temp dir");
        if meta.uid() != 0 {
            return Owner {
                uid: meta.uid(),
                gid: meta.gid(),
                as_root: false,
            };
        }
        ensure_system_user();
        Owner {
            uid: id_number("-u"),
            gid: id_number("-g"),
            as_root: true,
        }
    }
}

/// Writes `lines` as the passwd file at `path`, whole (a new file renamed
/// over the old one, so Dovecot never reads half of it).
fn replace_passwd(path: &Path, lines: &[String]) {
    let tmp = path.with_extension("new");
    fs::write(&tmp, lines.join("\n") + "\n").expect("write passwd file");
    set_mode(&tmp, 0o644);
    fs::rename(&tmp, path).expect("replace passwd file");
}
