//! Life after setup from the command line, against a real Dovecot and the
//! session's keyring (run under `dbus-run-session` with an unlocked
//! gnome-keyring, as packaging/dev.sh does): `posta account edit` moves an
//! account between STARTTLS and TLS and sync keeps working, a refused test
//! saves nothing; a password changed at the provider is refused once, in
//! one sentence naming `posta account password`, which then sets the new
//! one; `posta account remove` removes one of two accounts and nothing
//! else; identities are added, listed and removed.

use posta_testkit as support;
use posta_testkit::cli::{
    self, any_file_contains, assert_code, assert_stderr_has, assert_stdout_has, stderr, stdout,
};

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::{Config, Op, PostaHome, Store};
use support::dovecot::{Dovecot, ALICE, BOB};

fn posta(home: &Path, args: &[&str], stdin: &str) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, stdin)
}

fn config(home: &Path) -> Config {
    Config::load(&PostaHome::at(home)).expect("config")
}

fn message(n: usize) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@localhost\r\nSubject: Wiadomość {n}\r\n\
         Message-ID: <edit-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nTreść {n}.\r\n"
    )
    .into_bytes()
}

/// Adds an IMAP account over STARTTLS logging in as `login`, with its
/// password in the keyring. Dovecot logs in `alice@anything` as alice
/// (`username_format=%n`): each test gives its own login, so the tests of
/// this file, running at once, never share a keyring entry.
fn add_imap(home: &Path, dovecot: &Dovecot, name: &str, login: &str, password: &str) {
    let port = dovecot.imap_port().to_string();
    let ca = dovecot.ca_pem();
    let email = login.to_owned();
    let user = login;
    let added = posta(
        home,
        &[
            "account",
            "add",
            "--name",
            name,
            "--email",
            &email,
            "--protocol",
            "imap",
            "--host",
            "localhost",
            "--port",
            &port,
            "--security",
            "starttls",
            "--user",
            user,
            "--ca-file",
            ca.to_str().unwrap(),
            "--password-stdin",
        ],
        password,
    );
    assert_code(&added, 0);
}

#[test]
fn starttls_and_tls_are_switched_and_a_refused_test_saves_nothing() {
    let dovecot = Dovecot::start();
    for n in 0..3 {
        dovecot.deliver(&ALICE, "INBOX", &message(n));
    }
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    add_imap(home, &dovecot, "Praca", "alice@edit.test", ALICE.password);
    assert_code(&posta(home, &["sync"], ""), 0);

    // STARTTLS on the plain port → implicit TLS on the TLS port.
    let imaps = dovecot.imaps_port().to_string();
    let tls = posta(
        home,
        &[
            "account",
            "edit",
            "Praca",
            "--security",
            "tls",
            "--port",
            &imaps,
        ],
        "",
    );
    assert_code(&tls, 0);
    assert_stdout_has(&tls, "The server accepted the new settings");
    let account = config(home).accounts[0].clone();
    assert_eq!(
        (account.security, account.port),
        (Security::Tls, dovecot.imaps_port())
    );
    dovecot.deliver(&ALICE, "INBOX", &message(3));
    let synced = posta(home, &["sync"], "");
    assert_code(&synced, 0);
    assert_stdout_has(&synced, "1 new message");

    // TLS on the plain port cannot work: refused, and nothing is saved.
    let before = std::fs::read(PostaHome::at(home).config_file()).unwrap();
    let plain = dovecot.imap_port().to_string();
    let wrong = posta(home, &["account", "edit", "Praca", "--port", &plain], "");
    assert_code(&wrong, 1);
    assert_stderr_has(&wrong, "The new settings were not saved.");
    assert_eq!(
        std::fs::read(PostaHome::at(home).config_file()).unwrap(),
        before
    );

    // Back to STARTTLS on the plain port, tested, and sync works.
    let back = posta(
        home,
        &[
            "account",
            "edit",
            "Praca",
            "--security",
            "starttls",
            "--port",
            &plain,
        ],
        "",
    );
    assert_code(&back, 0);
    let account = config(home).accounts[0].clone();
    assert_eq!(
        (account.security, account.port),
        (Security::StartTls, dovecot.imap_port())
    );
    assert_code(&posta(home, &["sync"], ""), 0);

    // --no-check keeps what it is given; invalid values are refused.
    let unchecked = posta(
        home,
        &[
            "account",
            "edit",
            "Praca",
            "--check-interval",
            "600",
            "--name",
            "Biuro",
            "--no-check",
        ],
        "",
    );
    assert_code(&unchecked, 0);
    assert_eq!(config(home).accounts[0].check_interval, 600);
    assert_eq!(config(home).accounts[0].name, "Biuro");
    let invalid = posta(
        home,
        &["account", "edit", "Biuro", "--check-interval", "5"],
        "",
    );
    assert_code(&invalid, 2);
    assert_stderr_has(&invalid, "at most every 30 seconds");
    let imap_keep = posta(
        home,
        &["account", "edit", "Biuro", "--keep-copy", "delete"],
        "",
    );
    assert_code(&imap_keep, 2);
    let nothing = posta(home, &["account", "edit", "Biuro"], "");
    assert_code(&nothing, 2);
    assert!(!any_file_contains(home, ALICE.password));
}

/// Lines of Dovecot's log saying a password did not match (each test has
/// its own Dovecot).
fn refusals(dovecot: &Dovecot) -> usize {
    let log = std::fs::read_to_string(dovecot.log_path()).unwrap_or_default();
    log.lines()
        .filter(|line| line.contains("Password mismatch"))
        .count()
}

/// Waits until Dovecot's log has a line containing all of `words`.
fn wait_for_log(dovecot: &Dovecot, words: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let log = std::fs::read_to_string(dovecot.log_path()).unwrap_or_default();
        if log
            .lines()
            .any(|line| words.iter().all(|w| line.contains(w)))
        {
            return;
        }
        assert!(Instant::now() < deadline, "no {words:?} in Dovecot's log");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_password_changed_at_the_provider_is_refused_once_and_set_again() {
    let dovecot = Dovecot::start();
    dovecot.deliver(&ALICE, "INBOX", &message(0));
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    add_imap(
        home,
        &dovecot,
        "Praca",
        "alice@password.test",
        ALICE.password,
    );
    assert_code(&posta(home, &["sync"], ""), 0);

    let new_password = "nowe-hasło-2";
    dovecot.set_password(&ALICE, new_password);
    let refused = posta(home, &["sync"], "");
    assert_code(&refused, 1);
    let said = stderr(&refused);
    // The error kind for scripts, then one sentence for people.
    let lines: Vec<&str> = said.trim().lines().collect();
    assert_eq!(lines.len(), 2, "{said}");
    assert_eq!(lines[0], "error: authentication-failed");
    assert!(
        said.contains("refused the password for “Praca”")
            && said.contains("posta account password Praca --password-stdin"),
        "{said}"
    );
    wait_for_log(&dovecot, &["Password mismatch"]);

    // A wrong new password changes nothing.
    let still = posta(
        home,
        &["account", "password", "Praca", "--password-stdin"],
        "zle",
    );
    assert_code(&still, 1);
    assert_stderr_has(&still, "refused this password too");

    let set = posta(
        home,
        &["account", "password", "Praca", "--password-stdin"],
        new_password,
    );
    assert_code(&set, 0);
    assert_stdout_has(&set, "accepted the new password");
    wait_for_log(&dovecot, &["Login: user=<alice"]);
    // The sync refused once, the wrong password once: no retrying.
    assert_eq!(refusals(&dovecot), 2, "{}", dovecot.log_tail(40));

    dovecot.deliver(&ALICE, "INBOX", &message(1));
    let synced = posta(home, &["sync"], "");
    assert_code(&synced, 0);
    assert_stdout_has(&synced, "1 new message");
    assert!(!any_file_contains(home, new_password));
    assert!(!any_file_contains(home, ALICE.password));
}

#[test]
fn removing_one_of_two_accounts_leaves_the_other_whole() {
    let dovecot = Dovecot::start();
    for n in 0..2 {
        dovecot.deliver(&ALICE, "INBOX", &message(n));
        dovecot.deliver(&BOB, "INBOX", &message(10 + n));
    }
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    add_imap(home, &dovecot, "Praca", "alice@remove.test", ALICE.password);
    add_imap(home, &dovecot, "Dom", "bob@remove.test", BOB.password);
    let bodies = posta(
        home,
        &["account", "edit", "Dom", "--download-bodies", "true"],
        "",
    );
    assert_code(&bodies, 0);
    assert!(config(home).accounts[1].download_bodies);
    assert_code(&posta(home, &["sync"], ""), 0);
    let (alice_id, bob_id) = (config(home).accounts[0].id, config(home).accounts[1].id);
    // A change made here that has not reached the server.
    {
        let store = Store::open(&PostaHome::at(home)).expect("store");
        store
            .enqueue(
                alice_id,
                &Op::CreateFolder {
                    name: "Nowy".into(),
                },
            )
            .expect("queue");
    }

    let removed = posta(home, &["account", "remove", "Praca"], "");
    assert_code(&removed, 0);
    let said = stdout(&removed);
    for words in [
        "2 messages are deleted from this computer",
        "1 change made here that has not reached the server is dropped",
        "The password is removed from the keyring",
        "The mail on the server is not deleted",
        "The account “Praca” was removed",
    ] {
        assert!(said.contains(words), "{words:?} in {said}");
    }

    let left = config(home);
    assert_eq!(left.accounts.len(), 1);
    assert_eq!(left.accounts[0].name, "Dom");
    let list = posta(home, &["account", "list"], "");
    assert_code(&list, 0);
    assert!(!stdout(&list).contains("Praca"), "{}", stdout(&list));
    let gone = posta(home, &["messages", "INBOX", "--account", "Praca"], "");
    assert_code(&gone, 2);
    assert_stderr_has(&gone, "There is no account called “Praca”");
    assert!(!PostaHome::at(home).maildir(alice_id).exists());
    let store = Store::open(&PostaHome::at(home)).expect("store");
    assert!(store.folders(alice_id).unwrap().is_empty());
    assert!(store.pending_ops(alice_id).unwrap().is_empty());
    drop(store);

    // The other account: its mail, and its password (sync uses it).
    let other = posta(home, &["messages", "INBOX", "--account", "Dom"], "");
    assert_code(&other, 0);
    assert_eq!(stdout(&other).lines().count(), 2, "{}", stdout(&other));
    assert_code(&posta(home, &["sync", "--account", "Dom"], ""), 0);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use posta_core::store::keyring;
        assert!(keyring::load_password(bob_id, "bob@remove.test")
            .await
            .is_ok());
        assert_eq!(
            keyring::load_password(alice_id, "alice@remove.test")
                .await
                .unwrap_err(),
            keyring::KeyringError::NotFound
        );
    });
    assert!(!any_file_contains(home, ALICE.password));
    assert!(!any_file_contains(home, BOB.password));

    // Keeping the local mail: it stays as a local folder set.
    let kept = posta(home, &["account", "remove", "Dom", "--keep-local-mail"], "");
    assert_code(&kept, 0);
    let config = config(home);
    assert!(config.accounts.is_empty());
    assert_eq!(config.local_sets.len(), 1);
    assert_eq!(config.local_sets[0].name, "Dom");
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let folders = store.folders(bob_id).unwrap();
    assert!(folders.iter().all(|f| f.local), "{folders:?}");
    let inbox = folders.iter().find(|f| f.name == "INBOX").expect("INBOX");
    assert_eq!(inbox.total, 2, "the downloaded messages stay");
    assert!(store.pending_ops(bob_id).unwrap().is_empty());
    drop(store);
    // Readable from the command line under the old name, never synced.
    let kept_mail = posta(home, &["messages", "INBOX", "--account", "Dom"], "");
    assert_code(&kept_mail, 0);
    assert_eq!(
        stdout(&kept_mail).lines().count(),
        2,
        "{}",
        stdout(&kept_mail)
    );
    let hits = posta(home, &["search", "Treść"], "");
    assert_code(&hits, 0);
    assert_stdout_has(&hits, "\tDom");
    let no_sync = posta(home, &["sync", "--account", "Dom"], "");
    assert_code(&no_sync, 2);
    // `posta account list` names the kept set, marked as such.
    let list = posta(home, &["account", "list"], "");
    assert_code(&list, 0);
    assert_eq!(
        stdout(&list),
        format!("{bob_id}. Dom: local folders only (the account was removed; its mail was kept on this computer)\n")
    );
    runtime.block_on(async {
        use posta_core::store::keyring;
        assert!(keyring::load_password(bob_id, "bob@remove.test")
            .await
            .is_err());
    });
}

#[test]
fn identities_are_added_listed_and_removed() {
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    let added = posta(
        home,
        &[
            "account",
            "add",
            "--name",
            "Dom",
            "--email",
            "jan@example.sk",
            "--display-name",
            "Ján",
            "--protocol",
            "pop3",
            "--host",
            "pop.example.sk",
        ],
        "",
    );
    assert_code(&added, 0);
    let identity = posta(
        home,
        &[
            "identity",
            "add",
            "Dom",
            "predaj@example.sk",
            "--name",
            "Predaj",
            "--reply-to",
            "info@example.sk",
            "--signature=--\nJán Novák",
        ],
        "",
    );
    assert_code(&identity, 0);
    let list = posta(home, &["identity", "list", "Dom"], "");
    assert_code(&list, 0);
    assert_eq!(
        stdout(&list),
        "jan@example.sk\tJán\t\t\npredaj@example.sk\tPredaj\tinfo@example.sk\t--\\nJán Novák\n"
    );
    let bad = posta(home, &["identity", "add", "Dom", "predaj"], "");
    assert_code(&bad, 2);
    assert_stderr_has(&bad, "is not an e-mail address");
    assert_code(
        &posta(
            home,
            &["identity", "remove", "Dom", "predaj@example.sk"],
            "",
        ),
        0,
    );
    let missing = posta(
        home,
        &["identity", "remove", "Dom", "predaj@example.sk"],
        "",
    );
    assert_code(&missing, 2);
    assert_eq!(config(home).identities, vec![]);
    assert_eq!(config(home).accounts[0].protocol, Protocol::Pop3);
}

#[test]
fn general_settings_are_shown_and_changed() {
    let home = tempfile::tempdir().expect("home");
    let xdg = tempfile::tempdir().expect("xdg config");
    let run = |args: &[&str]| {
        let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
        command.env("XDG_CONFIG_HOME", xdg.path());
        cli::run(command.args(args).env("POSTA_HOME", home.path()), "")
    };
    let shown = run(&["settings"]);
    assert_code(&shown, 0);
    assert_eq!(
        stdout(&shown),
        "language\tsystem\nnotifications\ton\nstart-on-login\toff\n"
    );
    let changed = run(&[
        "settings",
        "--language",
        "pl",
        "--notifications",
        "off",
        "--start-on-login",
        "on",
    ]);
    assert_code(&changed, 0);
    assert_eq!(
        stdout(&changed),
        "language\tpl\nnotifications\toff\nstart-on-login\ton\n"
    );
    let entry = xdg.path().join("autostart/org.posta.Posta.desktop");
    assert!(std::fs::read_to_string(entry).unwrap().contains("Exec="));
    assert!(!config(home.path()).notifications);
    // The CLI speaks the chosen language from now on.
    let bad = run(&["settings", "--language", "xx"]);
    assert_code(&bad, 2);
    assert_stderr_has(&bad, "„xx” to nie język");
}

/// `posta folder unsubscribe|subscribe`: the choice is queued, reaches
/// the server at the next sync (`doveadm mailbox list -s`), and `posta
/// folders` says it in its second column; INBOX cannot be hidden; a
/// folder unsubscribed by another client is marked so after a sync.
#[test]
fn folders_are_unsubscribed_and_subscribed_from_the_command_line() {
    let dovecot = Dovecot::start();
    dovecot.deliver(&BOB, "Projekty", &message(1));
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    add_imap(home, &dovecot, "Praca", "bob@subscribe.test", BOB.password);
    assert_code(&posta(home, &["sync"], ""), 0);
    let line = |shown: &str| format!("Projekty: 1 message, 1 unread\t{shown}\n");
    let folders = posta(home, &["folders"], "");
    assert_stdout_has(&folders, &line("subscribed"));

    let hidden = posta(home, &["folder", "unsubscribe", "Praca", "Projekty"], "");
    assert_code(&hidden, 0);
    assert_stdout_has(&hidden, "no longer be shown");
    let folders = posta(home, &["folders"], "");
    assert_stdout_has(&folders, &line("unsubscribed"));
    assert!(dovecot.subscribed(&BOB).contains(&"Projekty".to_owned()));
    assert_code(&posta(home, &["sync"], ""), 0);
    let on_server = dovecot.subscribed(&BOB);
    assert!(!on_server.contains(&"Projekty".to_owned()), "{on_server:?}");
    assert!(on_server.contains(&"Sent".to_owned()), "{on_server:?}");

    let inbox = posta(home, &["folder", "unsubscribe", "Praca", "INBOX"], "");
    assert_code(&inbox, 2);
    assert_stderr_has(&inbox, "always shown");
    let missing = posta(home, &["folder", "subscribe", "Praca", "Nie ma"], "");
    assert_code(&missing, 2);

    assert_code(
        &posta(home, &["folder", "subscribe", "Praca", "Projekty"], ""),
        0,
    );
    assert_code(&posta(home, &["sync"], ""), 0);
    assert!(dovecot.subscribed(&BOB).contains(&"Projekty".to_owned()));
    let folders = posta(home, &["folders"], "");
    assert_stdout_has(&folders, &line("subscribed"));

    // Another client hides it: the next sync follows.
    dovecot.doveadm(&["mailbox", "unsubscribe", "-u", BOB.name, "Projekty"]);
    assert_code(&posta(home, &["sync"], ""), 0);
    let folders = posta(home, &["folders"], "");
    assert_stdout_has(&folders, &line("unsubscribed"));
}
