//! Signing in with the provider (OAuth2) end to end through the `posta`
//! binary: a real OpenID provider on loopback (`oidc-provider`, started by
//! the test kit), Dovecot asking it about every token (RFC 7662
//! introspection), the session's keyring (run under `dbus-run-session` as
//! packaging/dev.sh does), and a test browser that Posta starts through
//! `$BROWSER` and that signs in and consents over HTTP.

use std::process::Output;

use posta_testkit::cli::{self, any_file_contains, assert_code, assert_stderr_has, stderr, stdout};
use posta_testkit::dovecot::{Dovecot, ALICE};
use posta_testkit::oidc::Provider;

struct Setup {
    provider: Provider,
    dovecot: Dovecot,
    home: tempfile::TempDir,
    etc: tempfile::TempDir,
    browser_log: std::path::PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let provider = Provider::start(3600);
        let dovecot = Dovecot::start_with_oauth(&provider.introspection_url());
        let home = tempfile::tempdir().expect("home");
        let etc = tempfile::tempdir().expect("etc");
        provider.write_etc(etc.path(), &[dovecot.host()]);
        let browser_log = etc.path().join("browser.log");
        Setup {
            provider,
            dovecot,
            home,
            etc,
            browser_log,
        }
    }

    fn posta(&self, args: &[&str]) -> Output {
        let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
        command
            .args(args)
            .env("POSTA_HOME", self.home.path())
            .env("POSTA_ETC", self.etc.path())
            .env("BROWSER", self.provider.browser())
            .env("POSTA_TEST_BROWSER_LOG", &self.browser_log);
        let output = cli::run(&mut command, "");
        for token in self.provider.issued() {
            assert!(
                !stdout(&output).contains(&token) && !stderr(&output).contains(&token),
                "a token was printed"
            );
        }
        output
    }

    fn browsers_opened(&self) -> usize {
        std::fs::read_to_string(&self.browser_log)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with("opened "))
            .count()
    }

    fn deliver(&self, subject: &str) {
        let raw = format!(
            "From: Zofia Wiśniewska <zofia@example.pl>\r\nTo: alice@localhost\r\n\
             Subject: {subject}\r\nMessage-ID: <{}@example.pl>\r\n\
             Date: Mon, 07 Dec 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Dzień dobry, przesyłam protokół z zebrania.\r\n",
            subject.replace(' ', "-")
        );
        self.dovecot.deliver(&ALICE, "INBOX", raw.as_bytes());
    }
}

fn add(setup: &Setup, email: &str) -> Output {
    let port = setup.dovecot.imaps_port().to_string();
    let ca = setup.dovecot.ca_pem();
    setup.posta(&[
        "account",
        "add",
        "--name",
        "Uczelnia",
        "--email",
        email,
        "--protocol",
        "imap",
        "--host",
        setup.dovecot.host(),
        "--port",
        &port,
        "--security",
        "tls",
        "--ca-file",
        ca.to_str().expect("path"),
        "--oauth",
    ])
}

#[test]
fn an_account_signed_in_with_the_provider_syncs_and_signs_in_again_once_the_grant_is_gone() {
    let setup = Setup::new();
    setup.deliver("Protokół 1");
    // Dovecot logs in `alice@…` as alice; the provider's `sub` is the
    // address the browser signed in with (the login_hint).
    let email = "alice@oauth-cli.test";

    let added = add(&setup, email);
    assert_code(&added, 0);
    assert_stderr_has(&added, "Opening Uczelnia’s sign-in page");
    assert!(stderr(&added).contains(&setup.provider.authorization_url()));
    assert_eq!(setup.browsers_opened(), 1);
    assert_eq!(setup.provider.grants("authorization_code"), 1);
    let config = std::fs::read_to_string(setup.home.path().join("config.toml")).unwrap();
    assert!(config.contains("oauth = \"test\""), "{config}");

    // Each sync renews the access token once (a new process holds none in
    // memory) and logs in with it.
    let synced = setup.posta(&["sync"]);
    assert_code(&synced, 0);
    assert!(stdout(&synced).contains("Uczelnia"), "{}", stdout(&synced));
    assert_eq!(setup.provider.grants("refresh_token"), 1);
    setup.deliver("Protokół 2");
    assert_code(&setup.posta(&["sync"]), 0);
    assert_eq!(setup.provider.grants("refresh_token"), 2);
    let listed = setup.posta(&["messages", "INBOX"]);
    assert!(
        stdout(&listed).contains("Protokół 2"),
        "{}",
        stdout(&listed)
    );

    // The provider forgets every grant: one sentence, exit 1, no browser,
    // and the dead refresh token is not tried again.
    setup.provider.forget_every_grant();
    let refused = setup.posta(&["sync"]);
    assert_code(&refused, 1);
    assert_stderr_has(&refused, "Sign in again: posta account signin \"Uczelnia\"");
    let tries = setup.provider.log().len();
    let again = setup.posta(&["sync"]);
    assert_code(&again, 1);
    assert_stderr_has(&again, "Sign in again");
    assert_eq!(
        setup.provider.log().len(),
        tries,
        "the provider was asked again"
    );
    assert_eq!(setup.browsers_opened(), 1, "a browser opened by itself");
    // Nothing was deleted.
    let listed = setup.posta(&["messages", "INBOX"]);
    assert!(stdout(&listed).contains("Protokół 1"));

    // Signing in again makes it work again.
    let signed = setup.posta(&["account", "signin", "Uczelnia"]);
    assert_code(&signed, 0);
    assert_eq!(setup.browsers_opened(), 2);
    setup.deliver("Protokół 3");
    let synced = setup.posta(&["sync"]);
    assert_code(&synced, 0);
    let listed = setup.posta(&["messages", "INBOX"]);
    assert!(stdout(&listed).contains("Protokół 3"));

    // No token in any file of Posta's home.
    let issued = setup.provider.issued();
    assert!(issued.len() >= 6, "{issued:?}");
    for token in &issued {
        assert!(
            !any_file_contains(setup.home.path(), token),
            "a token is in a file"
        );
    }
}

#[test]
fn detect_says_oauth2_for_gmail_outlook_and_yahoo() {
    let etc = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    for address in ["ola@gmail.com", "jan@outlook.com", "ivan@yahoo.com"] {
        let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
        command
            .args(["detect", address, "--bundled-only"])
            .env("POSTA_ETC", etc.path())
            .env("POSTA_HOME", home.path());
        let output = cli::run(&mut command, "");
        assert_code(&output, 0);
        let out = stdout(&output);
        let imap = out
            .lines()
            .find(|l| l.starts_with("imap\t"))
            .unwrap_or_else(|| panic!("{address}: {out}"));
        assert!(imap.ends_with("\toauth2"), "{address}: {imap}");
    }
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(["detect", "jan@interia.pl", "--bundled-only"])
        .env("POSTA_ETC", etc.path())
        .env("POSTA_HOME", home.path());
    let output = cli::run(&mut command, "");
    assert!(stdout(&output).lines().all(|l| l.ends_with("\tpassword")));
}

#[test]
fn a_provider_without_a_client_id_offers_only_the_app_password() {
    let etc = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args([
            "account",
            "add",
            "--name",
            "Gmail",
            "--email",
            "ola@gmail.com",
            "--protocol",
            "imap",
            "--host",
            "imap.gmail.com",
            "--oauth",
        ])
        .env("POSTA_ETC", etc.path())
        .env("POSTA_HOME", home.path())
        .env("BROWSER", "false");
    let output = cli::run(&mut command, "");
    assert_code(&output, 1);
    assert_stderr_has(
        &output,
        "Signing in with Google is not available in this copy of Posta",
    );
    assert!(
        !home.path().join("config.toml").exists()
            || !std::fs::read_to_string(home.path().join("config.toml"))
                .unwrap()
                .contains("Gmail")
    );
}

#[test]
fn a_broken_provider_file_is_named_with_its_line() {
    let etc = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(etc.path().join("oauth")).unwrap();
    std::fs::write(
        etc.path().join("oauth/firma.toml"),
        "name = \"Firma\"\nhosts = [\"mail.firma.sk\"\nclient_id = \"x\"\n",
    )
    .unwrap();
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(["detect", "jana@azet.sk", "--bundled-only"])
        .env("POSTA_ETC", etc.path())
        .env("POSTA_HOME", home.path())
        .env("LANG", "sk_SK.UTF-8");
    let output = cli::run(&mut command, "");
    assert_code(&output, 0);
    let err = stderr(&output);
    assert!(
        err.contains("firma.toml") && err.contains("riadok 3"),
        "{err}"
    );
}
