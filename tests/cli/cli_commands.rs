//! The headless commands end to end, as a script would use them: the real
//! `posta` binary with `POSTA_HOME` in a temporary directory, a real
//! Dovecot, and a real keyring (gnome-keyring on a private session bus this
//! test starts): `account add`/`list`, `sync` of an IMAP and a POP3 account,
//! `folders`, `messages`, `search`; a missing keyring refuses to store the
//! password, and `--password-stdin` is the documented fallback.

use posta_testkit as support;
use posta_testkit::cli::{
    self, any_file_contains, assert_code, assert_stderr_has, assert_stdout_has, stderr, stdout,
};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use posta_core::store::{Config, PostaHome};
use support::dovecot::{Dovecot, ALICE, BOB};

/// A session bus with an unlocked gnome-keyring on it, private to this
/// test; stopped on drop (the keyring daemon leaves with its bus).
struct Keyring {
    dir: tempfile::TempDir,
    address: String,
    bus_pid: u32,
}

impl Keyring {
    fn start() -> Keyring {
        let dir = tempfile::tempdir().expect("keyring dir");
        let runtime = dir.path().join("run");
        std::fs::create_dir_all(&runtime).unwrap();
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .env("HOME", dir.path())
            .output()
            .expect("dbus-daemon (apt-get install dbus)");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = text.lines();
        let address = lines.next().unwrap_or_default().trim().to_owned();
        let bus_pid = lines
            .next()
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or(0);
        assert!(
            out.status.success() && !address.is_empty() && bus_pid > 0,
            "dbus-daemon failed: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let keyring = Keyring {
            dir,
            address,
            bus_pid,
        };
        let mut daemon = Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
            .env("HOME", keyring.dir.path())
            .env("XDG_DATA_HOME", keyring.dir.path().join("data"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon (apt-get install gnome-keyring)");
        daemon
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"keyring-unlock-password")
            .unwrap();
        assert!(daemon.wait().unwrap().success(), "gnome-keyring-daemon");
        keyring.wait_for_secret_service();
        keyring
    }

    /// Waits (bounded) until the Secret Service owns its bus name.
    fn wait_for_secret_service(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let out = Command::new("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ])
                .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                .output()
                .expect("dbus-send");
            if String::from_utf8_lossy(&out.stdout).contains("boolean true") {
                return;
            }
            assert!(Instant::now() < deadline, "the keyring never came up");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.bus_pid.to_string()).status();
    }
}

/// Runs `posta` with `POSTA_HOME` = `home`, English messages, the given
/// session bus (`None`: no bus at all) and `stdin`.
fn posta(home: &Path, bus: Option<&str>, args: &[&str], stdin: &str) -> Output {
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command.args(args).env("POSTA_HOME", home);
    match bus {
        Some(address) => command.env("DBUS_SESSION_BUS_ADDRESS", address),
        None => command
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/posta-test-bus",
            )
            .env_remove("XDG_RUNTIME_DIR"),
    };
    cli::run(&mut command, stdin)
}

fn message(subject_header: &str, id: &str, body: &str) -> Vec<u8> {
    format!(
        "From: Zofia =?UTF-8?Q?=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>\r\n\
To: someone@localhost\r\n\
Subject: {subject_header}\r\n\
Message-ID: <{id}@example.pl>\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
{body}\r\n"
    )
    .into_bytes()
}

#[test]
fn accounts_sync_folders_messages_and_search_end_to_end() {
    let dovecot = Dovecot::start();
    let keyring = Keyring::start();
    let bus = Some(keyring.address.as_str());
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let ca = dovecot.ca_pem();
    let ca = ca.to_str().unwrap();
    let imaps = dovecot.imaps_port().to_string();
    let pop3 = dovecot.pop3_port().to_string();

    dovecot.deliver(
        &ALICE,
        "INBOX",
        &message("Faktura 42", "imap-1", "Proszę o zapłatę."),
    );
    dovecot.deliver(
        &ALICE,
        "Projekty/Żółć",
        &message(
            "=?UTF-8?Q?=C5=BB=C3=B3=C5=82=C4=87_i_po=C5=A1ta?=",
            "imap-2",
            "Projekt.",
        ),
    );
    for n in 0..3 {
        dovecot.deliver(
            &BOB,
            "INBOX",
            &message(
                &format!("Dobrý deň {n}"),
                &format!("pop-{n}"),
                "Ahoj z POP3.",
            ),
        );
    }

    let none = posta(home, bus, &["account", "list"], "");
    assert_code(&none, 0);
    assert_stderr_has(&none, "There are no accounts yet");

    let add_imap = posta(
        home,
        bus,
        &[
            "account",
            "add",
            "--name",
            "Praca",
            "--email",
            "alice@localhost",
            "--protocol",
            "imap",
            "--host",
            "localhost",
            "--port",
            &imaps,
            "--security",
            "tls",
            "--user",
            ALICE.name,
            "--ca-file",
            ca,
            "--password-stdin",
        ],
        &format!("{}\n", ALICE.password),
    );
    assert_code(&add_imap, 0);
    assert_eq!(
        stdout(&add_imap).trim(),
        "Account “Praca” added as number 1."
    );
    let add_pop3 = posta(
        home,
        bus,
        &[
            "account",
            "add",
            "--name",
            "Domov",
            "--email",
            "bob@localhost",
            "--protocol",
            "pop3",
            "--host",
            "localhost",
            "--port",
            &pop3,
            "--security",
            "starttls",
            "--user",
            BOB.name,
            "--ca-file",
            ca,
            "--keep-copy",
            "delete",
            "--password-stdin",
        ],
        &format!("{}\n", BOB.password),
    );
    assert_code(&add_pop3, 0);
    let duplicate = posta(
        home,
        bus,
        &[
            "account",
            "add",
            "--name",
            "praca",
            "--email",
            "x@y",
            "--protocol",
            "imap",
            "--host",
            "h",
        ],
        "",
    );
    assert_code(&duplicate, 2);
    assert_stderr_has(&duplicate, "already exists");

    // Settings on disk, passwords only in the keyring.
    let config = Config::load(&PostaHome::at(home)).unwrap();
    assert_eq!(config.accounts.len(), 2);
    assert!(!any_file_contains(home, ALICE.password));
    assert!(!any_file_contains(home, BOB.password));

    let list = posta(home, bus, &["account", "list"], "");
    assert_code(&list, 0);
    let lines: Vec<String> = stdout(&list).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            format!("1. Praca <alice@localhost>: IMAP, localhost port {imaps}, SSL/TLS"),
            format!(
                "2. Domov <bob@localhost>: POP3, localhost port {pop3}, STARTTLS; \
                 mail is deleted from the server right after download"
            ),
        ]
    );

    let sync = posta(home, bus, &["sync"], "");
    assert_code(&sync, 0);
    let out = stdout(&sync);
    let summaries: Vec<&str> = out.lines().collect();
    assert_eq!(summaries.len(), 2, "{out}");
    assert!(
        summaries[0].starts_with("Praca: 2 new messages in "),
        "{out}"
    );
    assert_eq!(
        summaries[1],
        "Domov: 3 new messages downloaded. As the account's settings say, 3 messages were \
         deleted from the server."
    );
    assert_stderr_has(&sync, "Domov, INBOX: 3 of 3 messages");
    assert_eq!(dovecot.message_count(&BOB, "INBOX"), 0);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 1);

    let again = posta(home, bus, &["sync", "--account", "Domov"], "");
    assert_code(&again, 0);
    assert_eq!(stdout(&again).trim(), "Domov: 0 new messages downloaded.");

    let folders = posta(home, bus, &["folders"], "");
    assert_code(&folders, 0);
    let out = stdout(&folders);
    assert!(
        out.contains("Account “Praca”:\n  INBOX: 1 message, 1 unread\tsubscribed\n"),
        "{out}"
    );
    assert!(
        out.contains("  Projekty/Żółć: 1 message, 1 unread\tsubscribed\n"),
        "{out}"
    );
    assert!(
        out.contains("Account “Domov”:\n  INBOX: 3 messages, 3 unread\n"),
        "{out}"
    );
    let one = posta(home, bus, &["folders", "--account", "2"], "");
    assert_eq!(stdout(&one), "INBOX: 3 messages, 3 unread\n");

    let ambiguous = posta(home, bus, &["messages", "INBOX"], "");
    assert_code(&ambiguous, 2);
    assert_stderr_has(&ambiguous, "Several accounts");
    let inbox = posta(
        home,
        bus,
        &["messages", "INBOX", "--account", "Domov", "--limit", "2"],
        "",
    );
    assert_code(&inbox, 0);
    let lines: Vec<String> = stdout(&inbox).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    for line in &lines {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line:?}");
        assert_eq!(fields[0], "2026-11-23");
        assert_eq!(fields[1], "Zofia Żółw <zofia@example.pl>");
        assert!(fields[2].starts_with("Dobrý deň "), "{line:?}");
        assert_eq!((fields[3], fields[4]), ("-", "-"));
    }
    let project = posta(home, bus, &["messages", "projekty/żółć"], "");
    assert_code(&project, 0);
    assert_stdout_has(&project, "\tŻółć i pošta\t");
    let missing = posta(
        home,
        bus,
        &["messages", "Nowhere", "--account", "Praca"],
        "",
    );
    assert_code(&missing, 1);
    assert!(stderr(&missing).contains("has no folder called “Nowhere”"));

    let search = posta(home, bus, &["search", "zolc", "posta"], "");
    assert_code(&search, 0);
    let hits: Vec<String> = stdout(&search).lines().map(str::to_owned).collect();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(
        hits[0].ends_with("\tŻółć i pošta\t-\t-\tProjekty/Żółć\tPraca"),
        "{hits:?}"
    );
    let pop_hits = posta(home, bus, &["search", "ahoj", "--account", "Domov"], "");
    assert_eq!(
        stdout(&pop_hits).lines().count(),
        3,
        "{}",
        stdout(&pop_hits)
    );
    let nothing = posta(home, bus, &["search", "nonexistentword"], "");
    assert_code(&nothing, 0);
    assert!(stdout(&nothing).is_empty());
    assert!(stderr(&nothing).contains("Nothing was found for “nonexistentword”"));

    // A wrong password: the error kind for scripts, a sentence for people,
    // and never the password itself.
    let wrong = posta(
        home,
        None,
        &["sync", "--account", "Praca", "--password-stdin"],
        "wrong-pass\n",
    );
    assert_code(&wrong, 1);
    assert_stderr_has(&wrong, "error: authentication-failed");
    assert!(!stderr(&wrong).contains("wrong-pass"));
}

#[test]
fn without_a_keyring_no_password_is_stored_and_stdin_is_the_fallback() {
    let dovecot = Dovecot::start();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let pop3s = dovecot.pop3s_port().to_string();
    let ca = dovecot.ca_pem();
    let add = |extra: &[&str], stdin: &str| {
        let mut args = vec![
            "account",
            "add",
            "--name",
            "Bez kľúčenky",
            "--email",
            "bob@localhost",
            "--protocol",
            "pop3",
            "--host",
            "localhost",
            "--port",
            &pop3s,
            "--user",
            BOB.name,
            "--ca-file",
            ca.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        posta(home, None, &args, stdin)
    };

    let refused = add(&["--password-stdin"], &format!("{}\n", BOB.password));
    assert_code(&refused, 1);
    assert_stderr_has(&refused, "No keyring is running");
    assert!(Config::load(&PostaHome::at(home))
        .unwrap()
        .accounts
        .is_empty());
    assert!(!any_file_contains(home, BOB.password));

    let added = add(&["--max-download-size", "1K"], "");
    assert_code(&added, 0);
    assert_stderr_has(&added, "No password was stored");
    let config = Config::load(&PostaHome::at(home)).unwrap();
    assert_eq!(config.accounts[0].max_download_size, Some(1024));

    dovecot.deliver(&BOB, "INBOX", &message("Malá", "small", "Krátka správa."));
    dovecot.deliver(
        &BOB,
        "INBOX",
        &message("Veľká", "big", &"Dlhá správa. ".repeat(200)),
    );
    let no_password = posta(home, None, &["sync"], "");
    assert_code(&no_password, 1);
    assert_stderr_has(&no_password, "No keyring is running");

    let synced = posta(
        home,
        None,
        &["sync", "--password-stdin"],
        &format!("{}\n", BOB.password),
    );
    assert_code(&synced, 0);
    assert_eq!(
        stdout(&synced).trim(),
        "Bez kľúčenky: 1 new message downloaded. 1 message is larger than the download limit \
         and was left on the server."
    );
    assert_eq!(
        dovecot.message_count(&BOB, "INBOX"),
        2,
        "the default policy keeps mail"
    );
    assert!(!any_file_contains(home, BOB.password));
}

#[test]
fn messages_are_listed_in_the_users_language() {
    let home = tempfile::tempdir().unwrap();
    let run = |lang: &str| {
        let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
        command.env("LANG", lang);
        let output = cli::run(
            command
                .args(["account", "list"])
                .env("POSTA_HOME", home.path()),
            "",
        );
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    assert!(run("pl_PL.UTF-8").contains("Nie ma jeszcze żadnych kont"));
    assert!(run("sk_SK.UTF-8").contains("Zatiaľ tu nie sú žiadne účty"));
    assert!(run("bg_BG.UTF-8").contains("Все още няма акаунти"));
}
