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
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tempfile::TempDir;

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
}

#[derive(Debug, Clone, Copy)]
struct Ports {
    imap: u16,
    imaps: u16,
    pop3: u16,
    pop3s: u16,
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
        let tmp = path.with_extension("new");
        fs::write(&tmp, lines.join("\n") + "\n").expect("write passwd file");
        set_mode(&tmp, 0o644);
        fs::rename(&tmp, &path).expect("replace passwd file");
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
        let tmp = path.with_extension("new");
        fs::write(&tmp, lines.join("\n") + "\n").expect("write passwd file");
        set_mode(&tmp, 0o644);
        fs::rename(&tmp, &path).expect("replace passwd file");
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

    /// The last `lines` lines of Dovecot's log file.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = fs::read_to_string(self.log_path()).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    fn tls_dir(&self) -> PathBuf {
        self.dir().join("tls")
    }

    fn base_dir(&self) -> PathBuf {
        self.dir().join("run")
    }

    fn pid_file(&self) -> PathBuf {
        self.base_dir().join("master.pid")
    }

    /// Creates the directory layout, the users and the certificates.
    fn prepare(&self) {
        let dir = self.dir();
        fs::create_dir_all(dir.join("state")).expect("create state dir");
        fs::create_dir_all(self.tls_dir()).expect("create tls dir");
        self.create_owned_dir(&dir.join("home"));
        self.create_owned_dir(&dir.join("shared"));
        for user in USERS {
            self.create_owned_dir(&self.home(&user));
        }

        // user:password:uid:gid:gecos:home:shell:extra
        let (uid, gid) = (self.owner.uid, self.owner.gid);
        let passwd: String = USERS
            .iter()
            .map(|user| {
                let home = self.home(user);
                let (name, password) = (user.name, user.password);
                format!(
                    "{name}:{{PLAIN}}{password}:{uid}:{gid}::{}::\n",
                    home.display()
                )
            })
            .collect();
        let passwd_path = dir.join("passwd");
        fs::write(&passwd_path, passwd).expect("write passwd file");
        set_mode(&passwd_path, 0o644);

        make_certificates(&self.tls_dir());
    }

    /// Writes `dovecot.conf` and validates it with `doveconf -n`.
    fn write_config(&self) {
        fs::write(self.config_path(), self.config()).expect("write dovecot.conf");

        let out = run_output(
            Command::new(&self.tools.doveconf)
                .arg("-c")
                .arg(self.config_path())
                .arg("-n"),
        );
        if !out.status.success() {
            panic!(
                "doveconf rejected the generated config ({}):\n{}\n{}\n--- config ---\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout),
                self.config()
            );
        }
    }

    /// The complete `dovecot.conf`.
    fn config(&self) -> String {
        let instance = self.dir().file_name().expect("temp dir name");
        let mut special = String::new();
        for (name, flag) in SPECIAL_FOLDERS {
            special += &format!(
                "  mailbox {name} {{\n    special_use = {flag}\n    auto = subscribe\n  }}\n"
            );
        }
        let unprivileged = if self.owner.as_root {
            String::new()
        } else {
            // Not root: every process runs as the current user, no chroot.
            let (me, group) = (id_of_current("-un"), id_of_current("-gn"));
            let mut text = format!(
                "default_login_user = {me}\ndefault_internal_user = {me}\n\
                 default_internal_group = {group}\n"
            );
            for service in ["anvil", "ipc", "imap-login", "pop3-login"] {
                text += &format!("service {service} {{\n  chroot =\n}}\n");
            }
            text
        };
        CONFIG_TEMPLATE
            .replace("@INSTANCE@", &instance.to_string_lossy())
            .replace("@DIR@", &self.dir().display().to_string())
            .replace("@UID@", &self.owner.uid.to_string())
            .replace("@GID@", &self.owner.gid.to_string())
            .replace("@UNPRIVILEGED@", &unprivileged)
            .replace("@SPECIAL_FOLDERS@", &special)
            .replace("@IMAP@", &self.ports.imap.to_string())
            .replace("@IMAPS@", &self.ports.imaps.to_string())
            .replace("@POP3@", &self.ports.pop3.to_string())
            .replace("@POP3S@", &self.ports.pop3s.to_string())
    }

    /// Runs `dovecot -c CONF` and waits until every port answers.
    fn launch(&mut self) -> Result<(), String> {
        let _ = fs::remove_file(self.pid_file());
        let start_log = self.dir().join("dovecot-start.log");
        let log = fs::File::create(&start_log).expect("create dovecot-start.log");
        // In the foreground (-F) the master stays our child: we reap it, so
        // no zombie waits for a PID 1 that may not reap. Output goes to a
        // file: a pipe could fill up, nobody would read it.
        let master = Command::new(&self.tools.dovecot)
            .arg("-F")
            .arg("-c")
            .arg(self.config_path())
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone log handle"))
            .stderr(log)
            .spawn()
            .expect("run dovecot");
        self.master = Some(master);
        self.wait_ready().map_err(|message| {
            let _ = self.try_stop("KILL");
            format!(
                "dovecot did not become ready: {message}\n--- {} ---\n{}\n--- log ---\n{}",
                start_log.display(),
                fs::read_to_string(&start_log).unwrap_or_default(),
                self.log_tail(40)
            )
        })
    }

    /// Polls every port until the plain ones greet and the TLS ones accept.
    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + START_TIMEOUT;
        let checks = [
            (self.ports.imap, Some("* OK")),
            (self.ports.pop3, Some("+OK")),
            (self.ports.imaps, None),
            (self.ports.pop3s, None),
        ];
        for (port, greeting) in checks {
            loop {
                let error = match probe(port, greeting, deadline) {
                    Ok(()) => break,
                    Err(e) => e,
                };
                if Instant::now() >= deadline {
                    return Err(format!("port {port}: {error} after {START_TIMEOUT:?}"));
                }
                if let Some(master) = self.master.as_mut() {
                    if let Ok(Some(status)) = master.try_wait() {
                        self.master = None;
                        return Err(format!("dovecot exited ({status}); port {port}: {error}"));
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        Ok(())
    }

    /// Sends `SIG<sig>` to the master and its children, then waits for them
    /// to exit (escalating to SIGKILL for stragglers).
    fn try_stop(&mut self, sig: &str) -> Result<(), String> {
        let Some(mut child) = self.master.take() else {
            return Ok(());
        };
        // The pid in `base_dir/master.pid`, but known for sure: our child.
        let master = child.id();
        // Children are re-parented once the master exits, so note them now.
        // They get SIGTERM too: login processes holding a client connection
        // outlive the master otherwise. The log process is left to the
        // master so that the final log lines are written.
        let mut pids = children_of(master);
        signal(master, sig);
        for &child in &pids {
            if sig != "TERM" || !process_title(child).ends_with("/log") {
                signal(child, sig);
            }
        }
        pids.extend(children_of(master));
        pids.push(master);
        pids.sort_unstable();
        pids.dedup();

        let alive = |pids: &[u32]| -> Vec<u32> {
            pids.iter().copied().filter(|&p| process_alive(p)).collect()
        };
        let deadline = Instant::now() + STOP_TIMEOUT;
        let mut remaining = alive(&pids);
        while !remaining.is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
            remaining = alive(&remaining);
        }
        if !remaining.is_empty() {
            for &pid in &remaining {
                signal(pid, "KILL");
            }
            let deadline = Instant::now() + Duration::from_secs(2);
            while !remaining.is_empty() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
                remaining = alive(&remaining);
            }
        }
        // Reap the master (it is dead, or its SIGKILL is pending).
        if !remaining.contains(&master) {
            let _ = child.wait();
        }
        let _ = fs::remove_file(self.pid_file());
        if remaining.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "dovecot processes {remaining:?} survived SIGTERM and SIGKILL"
            ))
        }
    }

    fn checked_doveadm(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let out = self.doveadm_output(args, stdin);
        if !out.status.success() {
            panic!(
                "`doveadm {}` failed ({}):\n{}{}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout)
            );
        }
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn doveadm_output(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut command = Command::new(&self.tools.doveadm);
        command.arg("-c").arg(self.config_path()).args(args);
        match stdin {
            None => run_output(&mut command),
            Some(input) => {
                let mut child = command
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn doveadm");
                let mut pipe = child.stdin.take().expect("doveadm stdin");
                let input = input.to_vec();
                // Write from another thread so a full stdout pipe cannot
                // deadlock us.
                let writer = std::thread::spawn(move || pipe.write_all(&input));
                let out = child.wait_with_output().expect("wait for doveadm");
                writer
                    .join()
                    .expect("stdin writer thread")
                    .unwrap_or_else(|e| panic!("write to doveadm stdin: {e}"));
                out
            }
        }
    }

    /// Creates `path` (and missing parents) owned by the mail user.
    fn create_owned_dir(&self, path: &Path) {
        if path.is_dir() {
            return;
        }
        if let Some(parent) = path.parent() {
            self.create_owned_dir(parent);
        }
        fs::create_dir(path).unwrap_or_else(|e| panic!("mkdir {}: {e}", path.display()));
        set_mode(path, 0o700);
        self.chown(path);
    }

    fn chown(&self, path: &Path) {
        std::os::unix::fs::chown(path, Some(self.owner.uid), Some(self.owner.gid))
            .unwrap_or_else(|e| panic!("chown {}: {e}", path.display()));
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
    /// Four distinct free loopback ports (all held at once while choosing).
    fn free() -> Ports {
        let listeners: Vec<TcpListener> = (0..4)
            .map(|_| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0"))
            .collect();
        let port = |i: usize| listeners[i].local_addr().expect("local_addr").port();
        Ports {
            imap: port(0),
            imaps: port(1),
            pop3: port(2),
            pop3s: port(3),
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

/// `dovecot.conf`; `@NAME@` placeholders are filled in by `Dovecot::config`.
const CONFIG_TEMPLATE: &str = r#"# Generated by crates/posta-testkit/src/dovecot.rs; self-contained on purpose.
instance_name = @INSTANCE@
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
auth_verbose = yes
# Without stats-writer connections, processes need not wait for the
# (already stopped) stats service at shutdown.
stats_writer_socket_path =

protocols = imap pop3
listen = 127.0.0.1

first_valid_uid = @UID@
last_valid_uid = @UID@
mail_uid = @UID@
mail_gid = @GID@
@UNPRIVILEGED@
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n @DIR@/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%n @DIR@/passwd
  default_fields = uid=@UID@ gid=@GID@ home=@DIR@/home/%n
}

ssl = yes
ssl_cert = <@DIR@/tls/server.pem
ssl_key = <@DIR@/tls/server.key

mail_location = maildir:~/Maildir
# Dovecot answers STATUS from its mailbox list index for every folder
# except INBOX, which by default it opens (and, in Maildir, rereads the
# whole dovecot-uidlist: ~1 s at 100,000 messages). Servers that serve big
# mailboxes answer STATUS INBOX from the index too; so does this one.
mailbox_list_index_include_inbox = yes
# The default 256 MB of address space per process is too little for an
# IMAP process indexing a 1,000,000-message folder (the bench's connection
# was closed); servers with such folders raise it too.
default_vsz_limit = 2G
mail_plugins = $mail_plugins acl quota
mail_attribute_dict = file:%h/dovecot-attributes
pop3_uidl_format = %08Xu%08Xv

namespace inbox {
  inbox = yes
  separator = /
@SPECIAL_FOLDERS@}
namespace shared {
  type = shared
  separator = /
  prefix = shared/%%n/
  location = maildir:%%h/Maildir:INDEX=~/Maildir/shared/%%n
  list = children
  subscriptions = no
}
plugin {
  acl = vfile
  acl_shared_dict = file:@DIR@/shared/shared-mailboxes.db
  # RFC 9208 quota, counted from the indexes; per-user limits come from
  # the passwd file's userdb_quota_rule (see Dovecot::set_quota).
  quota = count:User quota
  quota_rule = *:storage=10G
  quota_vsizes = yes
}

protocol imap {
  mail_plugins = $mail_plugins imap_acl imap_quota
  imap_metadata = yes
  # IDLE notices deliveries by other processes within a second.
  mailbox_idle_check_interval = 1 secs
}

# No growing delay for logins after a failed one (documented way to turn
# the authentication penalty off); the first failure still takes 2 s.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = @IMAP@
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = @IMAPS@
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    address = 127.0.0.1
    port = @POP3@
  }
  inet_listener pop3s {
    address = 127.0.0.1
    port = @POP3S@
    ssl = yes
  }
}
"#;

const DOVECOT_HINT: &str = "dovecot not installed: run \
    `apt-get install dovecot-core dovecot-imapd dovecot-pop3d`";

/// Finds `name` on `PATH` or in the sbin directories; panics with `hint`.
fn find_program(name: &str, hint: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let extra = ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"];
    std::env::split_paths(&path)
        .chain(extra.iter().map(PathBuf::from))
        .map(|dir| dir.join(name))
        .find(|candidate| {
            fs::metadata(candidate)
                .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
                .unwrap_or(false)
        })
        .unwrap_or_else(|| panic!("`{name}` not found. {hint}"))
}

/// Creates the system user owning the mail files, unless it exists.
fn ensure_system_user() {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let exists = || {
        Command::new("id")
            .args(["-u", MAIL_SYSTEM_USER])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let useradd = find_program("useradd", "install the `passwd` package");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if exists() {
            return;
        }
        let out = run_output(Command::new(&useradd).args([
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            MAIL_SYSTEM_USER,
        ]));
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() || stderr.contains("already exists") {
            return;
        }
        // Another process may hold the lock on /etc/passwd: try again.
        if Instant::now() >= deadline {
            panic!(
                "useradd {MAIL_SYSTEM_USER} failed ({}): {stderr}",
                out.status
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `id <flag> posta-test` as a number.
fn id_number(flag: &str) -> u32 {
    let out = run_output(Command::new("id").args([flag, MAIL_SYSTEM_USER]));
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim().parse().unwrap_or_else(|_| {
        panic!(
            "`id {flag} {MAIL_SYSTEM_USER}` gave {text:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// `id <flag>` for the user running the tests, e.g. `-un` for its name.
fn id_of_current(flag: &str) -> String {
    let out = run_output(Command::new("id").arg(flag));
    let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(!text.is_empty(), "`id {flag}` printed nothing");
    text
}

/// Writes a private CA and a leaf certificate for `DNS:localhost` only
/// (deliberately no IP SAN) into `dir`: `ca.pem`, `ca.key`, `server.pem`,
/// `server.key`, `server.der`.
fn make_certificates(dir: &Path) {
    let openssl = find_program("openssl", "run `apt-get install openssl`");
    let cnf = dir.join("openssl.cnf");
    fs::write(
        &cnf,
        "[req]\n\
         distinguished_name = dn\n\
         prompt = no\n\
         [dn]\n\
         CN = unused\n\
         [ca_ext]\n\
         basicConstraints = critical, CA:TRUE\n\
         keyUsage = critical, keyCertSign, cRLSign\n\
         subjectKeyIdentifier = hash\n\
         [leaf_ext]\n\
         basicConstraints = critical, CA:FALSE\n\
         keyUsage = critical, digitalSignature, keyEncipherment\n\
         extendedKeyUsage = serverAuth\n\
         subjectAltName = DNS:localhost\n\
         subjectKeyIdentifier = hash\n\
         authorityKeyIdentifier = keyid, issuer\n",
    )
    .expect("write openssl.cnf");
    let path = |name: &str| {
        dir.join(name)
            .into_os_string()
            .into_string()
            .expect("temp paths are UTF-8")
    };
    let (cnf, ca_key, ca_pem) = (path("openssl.cnf"), path("ca.key"), path("ca.pem"));
    let (key, csr, pem, der) = (
        path("server.key"),
        path("server.csr"),
        path("server.pem"),
        path("server.der"),
    );
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let serial = format!("0x{nanos:x}{:08x}", std::process::id());
    let ec_key = "ec_paramgen_curve:prime256v1";
    let openssl = |args: &[&str]| {
        let out = run_output(Command::new(&openssl).args(args));
        if !out.status.success() {
            panic!(
                "openssl {args:?} failed ({}):\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    };
    #[rustfmt::skip]
    openssl(&[
        "req", "-x509", "-config", &cnf, "-extensions", "ca_ext",
        "-newkey", "ec", "-pkeyopt", ec_key, "-nodes", "-keyout", &ca_key,
        "-out", &ca_pem, "-days", "3650", "-subj", "/CN=Posta Test CA",
    ]);
    #[rustfmt::skip]
    openssl(&[
        "req", "-new", "-config", &cnf,
        "-newkey", "ec", "-pkeyopt", ec_key, "-nodes", "-keyout", &key,
        "-out", &csr, "-subj", "/CN=localhost",
    ]);
    #[rustfmt::skip]
    openssl(&[
        "x509", "-req", "-in", &csr, "-CA", &ca_pem, "-CAkey", &ca_key,
        "-set_serial", &serial, "-days", "3650",
        "-extfile", &cnf, "-extensions", "leaf_ext", "-out", &pem,
    ]);
    openssl(&["x509", "-in", &pem, "-outform", "DER", "-out", &der]);
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
}

/// Runs a command to completion, capturing its output.
fn run_output(command: &mut Command) -> Output {
    command
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {command:?}: {e}"))
}

/// Size of `message` once every bare LF is written as CRLF (Maildir `W=`).
fn crlf_size(message: &[u8]) -> usize {
    let bare_lf = message
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' && (i == 0 || message[i - 1] != b'\r'))
        .count();
    message.len() + bare_lf
}

/// Connects to `port`; if `greeting` is given, reads the first line and
/// checks that it starts with it.
fn probe(port: u16, greeting: Option<&str>, deadline: Instant) -> Result<(), String> {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    // Short attempts, so that the caller notices a dead master quickly.
    let left = deadline
        .saturating_duration_since(Instant::now())
        .clamp(Duration::from_millis(100), Duration::from_secs(2));
    let mut stream = TcpStream::connect_timeout(&addr, left).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(left))
        .map_err(|e| e.to_string())?;
    let Some(expected) = greeting else {
        // TLS port: hang up at once and wait for the server to close, so the
        // login process that took the connection is done starting up (one
        // killed while still reading its settings lingers for 5 s).
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut sink = Vec::new();
        return match stream.read_to_end(&mut sink) {
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => Ok(()),
            Err(e) => Err(format!("waiting for the TLS port to hang up: {e}")),
        };
    };
    let mut line = String::new();
    BufReader::new(stream)
        .read_line(&mut line)
        .map_err(|e| format!("reading greeting: {e}"))?;
    if line.starts_with(expected) {
        Ok(())
    } else {
        Err(format!("unexpected greeting {line:?}"))
    }
}

/// Fields of `/proc/PID/stat` after the command name: state, ppid, ...
fn proc_stat(pid: u32) -> Option<Vec<String>> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    Some(rest.split_whitespace().map(str::to_owned).collect())
}

/// Whether `pid` exists and is not a zombie (a daemon's exited master may
/// stay a zombie if PID 1 does not reap).
fn process_alive(pid: u32) -> bool {
    match proc_stat(pid) {
        Some(fields) => !matches!(fields.first().map(String::as_str), Some("Z" | "X") | None),
        None => false,
    }
}

/// The process title (`argv[0]`) of `pid`, or "" if it is gone.
fn process_title(pid: u32) -> String {
    let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let first = cmdline.split(|&b| b == 0).next().unwrap_or_default();
    String::from_utf8_lossy(first).trim_end().to_owned()
}

/// Processes whose parent is `parent`.
fn children_of(parent: u32) -> Vec<u32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| {
            proc_stat(pid).and_then(|fields| fields.get(1)?.parse::<u32>().ok()) == Some(parent)
        })
        .collect()
}

/// Sends `SIG<name>` to `pid` with the `kill` command.
fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}
