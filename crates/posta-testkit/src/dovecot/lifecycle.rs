//! A Dovecot instance's life: its directories and configuration, launch,
//! readiness, stop, and doveadm as the mail user.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::setup::*;
use super::*;

impl Dovecot {
    pub(super) fn tls_dir(&self) -> PathBuf {
        self.dir().join("tls")
    }

    pub(super) fn base_dir(&self) -> PathBuf {
        self.dir().join("run")
    }

    pub(super) fn pid_file(&self) -> PathBuf {
        self.base_dir().join("master.pid")
    }

    /// Creates the directory layout, the users and the certificates.
    pub(super) fn prepare(&self) {
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
        if self.sieve {
            self.create_owned_dir(&dir.join("sent"));
            let sendmail = dir.join("sendmail.sh");
            let script = SENDMAIL_SCRIPT.replace("@DIR@", &dir.display().to_string());
            fs::write(&sendmail, script).expect("write sendmail.sh");
            set_mode(&sendmail, 0o755);
        }
    }

    /// Writes `dovecot.conf` and validates it with `doveconf -n`.
    pub(super) fn write_config(&self) {
        fs::write(self.config_path(), self.config()).expect("write dovecot.conf");
        if let Some(url) = &self.oauth_introspection {
            // Dovecot's oauth2 passdb asks the provider whether a token is
            // live and whose it is (RFC 7662), on every login.
            let ext = format!(
                "introspection_mode = post\nintrospection_url = {url}\n\
                 force_introspection = yes\nusername_attribute = sub\n\
                 active_attribute = active\nactive_value = true\n"
            );
            fs::write(self.dir().join("oauth2.conf.ext"), ext).expect("write oauth2.conf.ext");
        }

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
    pub(super) fn config(&self) -> String {
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
            for service in [
                "anvil",
                "ipc",
                "imap-login",
                "pop3-login",
                "managesieve-login",
            ] {
                text += &format!("service {service} {{\n  chroot =\n}}\n");
            }
            text
        };
        let (oauth_mechanisms, oauth_passdb) = match &self.oauth_introspection {
            Some(_) => (
                " xoauth2 oauthbearer",
                format!(
                    "passdb {{\n  driver = oauth2\n  args = {}/oauth2.conf.ext\n}}\n",
                    self.dir().display()
                ),
            ),
            None => ("", String::new()),
        };
        let (protocols, sieve) = if self.sieve {
            ("lmtp sieve", SIEVE_TEMPLATE)
        } else {
            ("", "")
        };
        CONFIG_TEMPLATE
            .replace("@PROTOCOLS@", protocols)
            .replace("@SIEVE@", sieve)
            .replace("@INSTANCE@", &instance.to_string_lossy())
            .replace("@DIR@", &self.dir().display().to_string())
            .replace("@UID@", &self.owner.uid.to_string())
            .replace("@GID@", &self.owner.gid.to_string())
            .replace("@UNPRIVILEGED@", &unprivileged)
            .replace("@OAUTH_MECHANISMS@", oauth_mechanisms)
            .replace("@OAUTH_PASSDB@", &oauth_passdb)
            .replace("@SPECIAL_FOLDERS@", &special)
            .replace("@IMAP@", &self.ports.imap.to_string())
            .replace("@IMAPS@", &self.ports.imaps.to_string())
            .replace("@POP3@", &self.ports.pop3.to_string())
            .replace("@POP3S@", &self.ports.pop3s.to_string())
            .replace("@MANAGESIEVE@", &self.ports.managesieve.to_string())
            .replace("@LMTP@", &self.ports.lmtp.to_string())
    }

    /// Runs `dovecot -c CONF` and waits until every port answers.
    pub(super) fn launch(&mut self) -> Result<(), String> {
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
    pub(super) fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + START_TIMEOUT;
        let mut checks = vec![
            (self.ports.imap, Some("* OK")),
            (self.ports.pop3, Some("+OK")),
            (self.ports.imaps, None),
            (self.ports.pop3s, None),
        ];
        if self.sieve {
            checks.push((self.ports.managesieve, Some("\"IMPLEMENTATION\"")));
            checks.push((self.ports.lmtp, Some("220 ")));
        }
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
    pub(super) fn try_stop(&mut self, sig: &str) -> Result<(), String> {
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

    pub(super) fn checked_doveadm(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
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

    pub(super) fn doveadm_output(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
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
    pub(super) fn create_owned_dir(&self, path: &Path) {
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

    pub(super) fn chown(&self, path: &Path) {
        std::os::unix::fs::chown(path, Some(self.owner.uid), Some(self.owner.gid))
            .unwrap_or_else(|e| panic!("chown {}: {e}", path.display()));
    }
}
