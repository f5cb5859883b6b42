//! The setup wizard, clicked through headless with `iced_test` against a
//! real Dovecot, a loopback HTTPS autoconfig server and a loopback SMTP
//! server: an IMAP account and a POP3 account end up saved and working; a
//! wrong password, a refused port and an untrusted certificate (trusted, and
//! refused) are each explained; nothing is clipped at the window's size in
//! any language; and the password is never written under POSTA_HOME.
//!
//! The keyring: where a Secret Service answers (CI runs the tests inside
//! `dbus-run-session` with an unlocked gnome-keyring) the password goes
//! there; where none does, the wizard says so and the "this session only"
//! path is taken. `tests/no_keyring/wizard_keyring.rs` forces the second case.

use posta_testkit as support;
use posta_testkit::servers;
use posta_testkit::wizard as harness;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use harness::{assert_not_on_disk, keyring_works, language, Harness};
use posta_cli::describe_error;
use posta_core::account::{Connection, ConnectionSettings, Protocol};
use posta_core::autoconfig::http::HttpOptions;
use posta_core::autoconfig::{DetectOptions, Step as DetectStep};
use posta_core::error::Fingerprint;
use posta_core::net::Security;
use posta_core::store::config::{AccountConfig, Config, KeepCopy};
use posta_core::store::keyring;
use posta_core::store::PostaHome;
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::wizard::{self, ids, Step};
use posta_ui::WINDOW_SIZE;
use servers::{Https, Reply, Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE, BOB};

/// The servers one test talks to, and its POSTA_HOME.
struct World {
    dovecot: Dovecot,
    smtp: Smtp,
    https: Https,
    home: tempfile::TempDir,
    /// The SMTP server's own certificate, when it has one.
    _smtp_tls: Option<tempfile::TempDir>,
}

/// A self-signed certificate for `localhost` (`server.pem`, `server.key`),
/// unrelated to the test CA: a server with a certificate of its own.
fn self_signed_localhost() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tls dir");
    let status = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
        ])
        .args([
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ])
        .arg("-keyout")
        .arg(dir.path().join("server.key"))
        .arg("-out")
        .arg(dir.path().join("server.pem"))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success(), "openssl made the certificate");
    dir
}

fn tls_dir(d: &Dovecot) -> PathBuf {
    d.server_cert_pem().parent().expect("tls dir").to_owned()
}

/// What the provider "example.test" publishes: IMAP and POP3 on the local
/// Dovecot (implicit TLS), SMTP on the local submission server.
fn client_config(d: &Dovecot, smtp_port: u16) -> String {
    format!(
        r#"<clientConfig version="1.1"><emailProvider id="example.test">
  <domain>example.test</domain><displayName>Example Test Mail</displayName>
  <incomingServer type="imap"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
  <incomingServer type="pop3"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><daysToLeaveMessagesOnServer>7</daysToLeaveMessagesOnServer></pop3></incomingServer>
  <outgoingServer type="smtp"><hostname>localhost</hostname><port>{smtp_port}</port><socketType>STARTTLS</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
        d.imaps_port(),
        d.pop3s_port(),
    )
}

impl World {
    fn start() -> World {
        World::start_with(None)
    }

    /// `smtp_tls`: the SMTP server's own certificate (else Dovecot's).
    fn start_with(smtp_tls: Option<tempfile::TempDir>) -> World {
        let dovecot = Dovecot::start();
        let smtp_dir = smtp_tls
            .as_ref()
            .map_or_else(|| tls_dir(&dovecot), |dir| dir.path().to_owned());
        let smtp = Smtp::start(&smtp_dir, SmtpMode::Upgrade, ALICE.name, ALICE.password);
        let config = client_config(&dovecot, smtp.port);
        let routes = HashMap::from([(
            "/autoconfig/example.test/mail/config-v1.1.xml".to_owned(),
            Reply::xml(config),
        )]);
        let https = Https::start(&tls_dir(&dovecot), routes);
        let home = tempfile::tempdir().expect("POSTA_HOME");
        World {
            dovecot,
            smtp,
            https,
            home,
            _smtp_tls: smtp_tls,
        }
    }

    /// Wizard options: detection reads the local autoconfig server (the
    /// network steps after it are off); `trust_ca` makes new accounts trust
    /// the test CA, as a company CA would be trusted.
    fn options(&self, trust_ca: bool) -> wizard::Options {
        let ca = Arc::new(std::fs::read(self.dovecot.ca_pem()).expect("CA"));
        let mut options = wizard::Options::new(PostaHome::at(self.home.path()));
        options.detect = DetectOptions {
            http: HttpOptions {
                autoconfig_url: self
                    .https
                    .url("/autoconfig/{domain}/mail/config-v1.1.xml?emailaddress={email}"),
                well_known_url: self
                    .https
                    .url("/{domain}/.well-known/autoconfig/mail/config-v1.1.xml"),
                extra_ca_pem: Some(ca),
                ..HttpOptions::default()
            },
            skip: vec![DetectStep::Mx, DetectStep::Srv, DetectStep::Probe],
            ..DetectOptions::default()
        };
        options.extra_ca_file = trust_ca.then(|| self.dovecot.ca_pem());
        options.timeout = Duration::from_secs(20);
        options
    }

    fn config(&self) -> Config {
        Config::load(&PostaHome::at(self.home.path())).expect("config")
    }
}

/// Home → welcome → protocol (and keep-a-copy for POP3) → details →
/// detection → review.
fn to_review(h: &mut Harness, protocol: Protocol, email: &str, password: &str) {
    h.click(&t!("wizard-home-add-first"));
    assert_eq!(h.step(), Some(Step::Welcome));
    h.click(&t!("wizard-welcome-start"));
    assert_eq!(h.step(), Some(Step::Protocol));
    // IMAP is recommended and preselected; the comparison covers the points.
    for id in [
        "wizard-compare-devices-pop3",
        "wizard-compare-connections-pop3",
        "wizard-compare-quota-imap",
    ] {
        h.expect_words(&t!(id));
    }
    if protocol == Protocol::Pop3 {
        h.click_id(ids::CHOOSE_POP3);
        h.click(&t!("wizard-continue"));
        assert_eq!(h.step(), Some(Step::KeepCopy));
        h.expect_words(&t!("wizard-keep-delete-means"));
        h.click_id(ids::KEEP[1].clone());
        h.replace_in(ids::KEEP_DAYS, 2, "30");
        h.click(&t!("wizard-continue"));
    } else {
        h.click(&t!("wizard-continue"));
    }
    assert_eq!(h.step(), Some(Step::Details));
    h.type_into(ids::NAME, "Alice Example");
    h.type_into(ids::EMAIL, email);
    h.type_into(ids::PASSWORD, password);
    assert!(!h.sees(password), "the password is masked");
    h.click(&t!("wizard-password-show"));
    assert!(h.sees(password), "shown on request");
    h.click(&t!("wizard-password-show"));
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
}

/// Test page → save → (keyring, or this session only) → home. Returns the
/// saved account and whether the keyring took the password.
fn save(h: &mut Harness) -> (AccountConfig, bool) {
    h.click(&t!("wizard-test-save"));
    assert_eq!(h.step(), Some(Step::Save));
    let in_keyring = keyring_works(h);
    eprintln!(
        "the keyring {} here",
        if in_keyring {
            "works"
        } else {
            "is not available"
        }
    );
    if !in_keyring {
        // No Secret Service here: said plainly, and nothing written yet.
        h.expect_words(&t!("wizard-keyring-session-explained"));
        h.click(&t!("wizard-keyring-session"));
    }
    h.expect_words(&t!("wizard-save-done-title"));
    h.click(&t!("wizard-save-open"));
    assert_eq!(h.step(), None, "the wizard made way for the main window");
    let account = h.app.accounts().last().expect("an account").clone();
    assert_eq!(h.app.session_password(account.id).is_some(), !in_keyring);
    (account, in_keyring)
}

/// Logs in with what was saved, as the account worker will.
fn saved_account_works(h: &Harness, account: &AccountConfig, password: &str) {
    let settings = ConnectionSettings {
        protocol: account.protocol,
        endpoint: account.endpoint().expect("endpoint from the config"),
        user: account.user.clone(),
        password: Secret::new(password),
    };
    h.block_on(async {
        let mut connection = Connection::connect(&settings)
            .await
            .expect("the saved account logs in");
        // The wizard's own check: the folders listed and INBOX opened.
        assert!(connection.verify().await.expect("folders") >= 1);
        connection.close().await.expect("close");
    });
}

/// The password is in the keyring (and removed again) or in this session.
fn password_kept(h: &Harness, account: &AccountConfig, in_keyring: bool, password: &str) {
    if in_keyring {
        let stored = h
            .block_on(keyring::load_password(account.id, &account.user))
            .expect("in the keyring");
        assert_eq!(stored.expose(), password);
        let _ = h.block_on(keyring::delete_password(account.id, &account.user));
    } else {
        assert_eq!(
            h.app.session_password(account.id).map(Secret::expose),
            Some(password)
        );
    }
}

#[test]
fn an_imap_account_is_detected_tested_saved_and_works() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(true));
    to_review(&mut h, Protocol::Imap, "alice@example.test", ALICE.password);

    h.expect_words(&t!("wizard-source-published"));
    h.expect_words("emailaddress=alice%40example.test");
    h.click(&t!("wizard-review-test"));
    assert_eq!(h.step(), Some(Step::Test));
    h.expect_words(&t!("wizard-test-title-ok"));
    h.expect_words(&t!("wizard-test-incoming-ok-imap"));
    h.expect_words(&t!("wizard-test-outgoing-ok"));
    h.expect_words(&t!("capability-push"));

    let (account, in_keyring) = save(&mut h);
    h.expect_words("alice@example.test");
    let config = world.config();
    assert_eq!(config.accounts, std::slice::from_ref(&account));
    assert_eq!(account.protocol, Protocol::Imap);
    assert_eq!(
        (account.host.as_str(), account.port, account.security),
        ("localhost", world.dovecot.imaps_port(), Security::Tls)
    );
    assert_eq!(account.user, "alice");
    assert_eq!(account.display_name, "Alice Example");
    assert_eq!(
        account.extra_ca_file.as_deref(),
        Some(world.dovecot.ca_pem().as_path())
    );
    assert_eq!(account.pinned_fingerprint, None);
    let smtp = account.smtp.clone().expect("outgoing server");
    assert_eq!(
        (smtp.port, smtp.security, smtp.user.as_str()),
        (world.smtp.port, Security::StartTls, "alice")
    );

    saved_account_works(&h, &account, ALICE.password);
    assert_not_on_disk(world.home.path(), ALICE.password);
    assert!(
        !h.message_log().contains(ALICE.password),
        "a message's Debug shows the password"
    );
    password_kept(&h, &account, in_keyring, ALICE.password);

    // The main window opened on the new account; the wizard opens again
    // for another one.
    assert!(h.app.mailbox().is_some());
    h.update(posta_ui::Message::AddAccount);
    assert_eq!(
        h.step(),
        Some(Step::Protocol),
        "the welcome is for the first account"
    );
    h.click(&t!("wizard-cancel"));
    assert!(
        h.app.mailbox().is_some(),
        "cancelling returns to the mailbox"
    );
    assert_eq!(world.config().accounts.len(), 1);
}

#[test]
fn a_pop3_account_gets_its_keep_a_copy_policy_and_works() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(true));
    to_review(&mut h, Protocol::Pop3, "alice@example.test", ALICE.password);

    // The review page is on POP3, with the provider's suggestion shown
    // next to the policy the user chose.
    h.expect_words(&t!("wizard-keep-provider-days", days = 7));
    assert_eq!(
        h.app.wizard().unwrap().draft().keep_copy,
        KeepCopy::DeleteAfterDays(30)
    );
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-incoming-ok-pop3"));

    let (account, in_keyring) = save(&mut h);
    assert_eq!(account.protocol, Protocol::Pop3);
    assert_eq!(account.port, world.dovecot.pop3s_port());
    assert_eq!(account.keep_copy, KeepCopy::DeleteAfterDays(30));
    assert_eq!(world.config().accounts, std::slice::from_ref(&account));
    saved_account_works(&h, &account, ALICE.password);
    assert_not_on_disk(world.home.path(), ALICE.password);
    password_kept(&h, &account, in_keyring, ALICE.password);
}

#[test]
fn a_wrong_password_is_explained_and_can_be_corrected() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(true));
    to_review(
        &mut h,
        Protocol::Imap,
        "alice@example.test",
        "not-the-password",
    );
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-failed"));
    h.expect_words(&describe_error(
        &posta_core::Error::AuthenticationFailed(String::new()),
        "localhost",
    ));
    assert!(
        h.click_does_nothing(&t!("wizard-test-save")),
        "cannot save a failing account"
    );

    // Back to the details, fix the password, and it works.
    h.click(&t!("wizard-back"));
    h.click(&t!("wizard-back"));
    assert_eq!(h.step(), Some(Step::Details));
    h.replace_in(ids::PASSWORD, "not-the-password".len(), ALICE.password);
    h.click(&t!("wizard-details-find"));
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-ok"));
    assert!(
        world.config().accounts.is_empty(),
        "nothing saved before the user asks"
    );
}

#[test]
fn a_refused_port_is_explained_with_what_to_check() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(true));
    // An address nobody publishes anything for: manual settings.
    to_review(&mut h, Protocol::Imap, "bob@nowhere.test", BOB.password);
    h.expect_words(&t!("wizard-source-none"));
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    h.type_into(ids::HOST, "localhost");
    h.replace_in(ids::PORT, 3, &closed.to_string());
    h.replace_in(ids::USER, "bob@nowhere.test".len(), BOB.name);
    h.replace_in(ids::SMTP_HOST, "smtp.nowhere.test".len(), "localhost");
    h.click(&submission_preset());
    h.replace_in(ids::SMTP_PORT, 3, &world.smtp.port.to_string());
    h.click(&t!("wizard-review-test"));
    h.expect_words(&describe_error(
        &posta_core::Error::ConnectionRefused {
            host: "localhost".into(),
            port: closed,
        },
        "localhost",
    ));
    // The preset sets the usual port with its security; then the test
    // server's real port, and it works.
    h.click(&t!("wizard-back"));
    h.click(&t!(
        "wizard-preset",
        port = "143",
        protocol = t!("wizard-imap"),
        security = t!("wizard-security-starttls")
    ));
    let draft = h.app.wizard().unwrap().draft();
    assert_eq!((draft.port, draft.security), (143, Security::StartTls));
    h.replace_in(ids::PORT, 3, &world.dovecot.imap_port().to_string());
    h.click(&t!("wizard-review-test"));
    // Bob is on the server, but the SMTP server only knows Alice: the
    // incoming side works, the outgoing one is explained, saving is allowed.
    h.expect_words(&t!("wizard-test-incoming-ok-imap"));
    h.expect_words(&describe_error(
        &posta_core::Error::AuthenticationFailed(String::new()),
        "localhost",
    ));
    h.expect_words(&t!("wizard-test-outgoing-later"));
    assert!(!h.click_does_nothing(&t!("wizard-test-save")));
}

#[test]
fn an_untrusted_certificate_is_shown_and_can_be_trusted_for_this_account() {
    let _language = language(Language::English);
    let world = World::start();
    // The account does not trust the test CA: its certificate is unknown.
    let mut h = Harness::new(world.options(false));
    to_review(&mut h, Protocol::Imap, "alice@example.test", ALICE.password);
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-cert-title"));
    let fingerprint = Fingerprint::of_der(&world.dovecot.server_cert_der()).to_string();
    h.expect_words(&fingerprint[..47]);
    h.expect_words(&t!("error-tls-reason-unknown-issuer"));
    h.expect_words("Posta Test CA");
    assert!(h.click_does_nothing(&t!("wizard-test-save")));

    h.click(&t!("wizard-cert-trust"));
    h.expect_words(&t!("wizard-test-title-ok"));
    let (account, in_keyring) = save(&mut h);
    assert_eq!(
        account.pinned_fingerprint.as_deref(),
        Some(fingerprint.as_str())
    );
    assert_eq!(account.extra_ca_file, None);
    saved_account_works(&h, &account, ALICE.password);
    assert_not_on_disk(world.home.path(), ALICE.password);
    password_kept(&h, &account, in_keyring, ALICE.password);
}

#[test]
fn servers_with_two_different_certificates_are_each_trusted() {
    let _language = language(Language::English);
    let smtp_tls = self_signed_localhost();
    let smtp_cert = std::fs::read_to_string(smtp_tls.path().join("server.pem")).expect("pem");
    let world = World::start_with(Some(smtp_tls));
    let mut h = Harness::new(world.options(false));
    to_review(&mut h, Protocol::Imap, "alice@example.test", ALICE.password);
    h.click(&t!("wizard-review-test"));
    let incoming = Fingerprint::of_der(&world.dovecot.server_cert_der()).to_string();
    h.expect_words(&incoming[..47]);
    h.click(&t!("wizard-cert-trust"));

    // The incoming server is trusted now; the outgoing one shows its own.
    h.expect_words(&t!("wizard-cert-second"));
    let outgoing = Fingerprint::of_der(&pem_to_der(&smtp_cert)).to_string();
    assert_ne!(incoming, outgoing);
    h.expect_words(&outgoing[..47]);
    h.click(&t!("wizard-cert-trust"));
    h.expect_words(&t!("wizard-test-title-ok"));

    let (account, in_keyring) = save(&mut h);
    assert_eq!(
        account.pinned_fingerprint.as_deref(),
        Some(incoming.as_str())
    );
    let smtp = account.smtp.clone().expect("outgoing server");
    assert_eq!(smtp.pinned_fingerprint.as_deref(), Some(outgoing.as_str()));
    saved_account_works(&h, &account, ALICE.password);
    // Sending trusts the outgoing server's own pin: the saved settings log
    // in there too.
    let settings =
        posta_core::smtp::SmtpSettings::from_account(&account, Secret::new(ALICE.password))
            .expect("SMTP settings");
    h.block_on(async {
        posta_core::autoconfig::smtp::check(&settings.endpoint, &settings.user, &settings.password)
            .await
            .expect("the outgoing server accepts the saved settings");
    });
    password_kept(&h, &account, in_keyring, ALICE.password);
}

/// The DER bytes of the first certificate in a PEM text.
fn pem_to_der(pem: &str) -> Vec<u8> {
    use base64::Engine as _;
    let body: String = pem
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .expect("base64")
}

#[test]
fn an_untrusted_certificate_can_be_refused() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(false));
    to_review(&mut h, Protocol::Imap, "alice@example.test", ALICE.password);
    h.click(&t!("wizard-review-test"));
    h.click(&t!("wizard-cert-distrust"));
    h.expect_words(&t!("wizard-cert-refused"));
    assert!(!h.sees(&t!("wizard-cert-trust")), "the choice is made");
    assert!(h.click_does_nothing(&t!("wizard-test-save")));
    h.click(&t!("wizard-back"));
    assert_eq!(h.step(), Some(Step::Review));
    assert!(world.config().accounts.is_empty());
}

#[test]
fn detection_can_be_stopped_and_an_unencrypted_connection_needs_consent() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options(true));
    h.click(&t!("wizard-home-add-first"));
    h.click(&t!("wizard-welcome-start"));
    h.click(&t!("wizard-continue"));
    h.type_into(ids::EMAIL, "alice@example.test");
    h.type_into(ids::PASSWORD, ALICE.password);
    // Detection running (its task not run): progress and a way out.
    h.click_without_running(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Detect));
    h.expect_words(&t!("wizard-detect-step-probe"));
    h.click(&t!("wizard-detect-stop"));
    assert_eq!(h.step(), Some(Step::Review));
    h.expect_words(&t!("wizard-source-manual"));

    h.type_into(ids::HOST, "localhost");
    h.replace_in(ids::PORT, 3, &world.dovecot.imap_port().to_string());
    h.replace_in(ids::USER, "alice@example.test".len(), ALICE.name);
    h.replace_in(ids::SMTP_HOST, "smtp.example.test".len(), "localhost");
    h.click(&submission_preset());
    h.replace_in(ids::SMTP_PORT, 3, &world.smtp.port.to_string());
    h.update(posta_ui::Message::Wizard(wizard::Message::Form(
        wizard::FormMessage::SecuritySelected(Security::Insecure),
    )));
    h.expect_words(&t!("wizard-insecure-why"));
    assert!(
        h.click_does_nothing(&t!("wizard-review-test")),
        "not without consent"
    );
    h.click_id(ids::INSECURE_OK);
    h.click(&t!("wizard-review-test"));
    // The outgoing login (user name left as the address) is refused: the
    // title says so rather than "It works".
    h.expect_words(&t!("wizard-test-title-receive-only"));
    assert!(!h.sees(&t!("wizard-test-title-ok")));
    assert_eq!(h.app.wizard().unwrap().draft().security, Security::Insecure);
}

#[test]
fn every_page_fits_the_window_in_every_language() {
    let world = World::start();
    for language in Language::ALL {
        let _language = harness::language(language);
        let mut h = Harness::with_size(world.options(false), WINDOW_SIZE);
        let mut pages = 0;
        let mut check = |h: &Harness, what: &str| {
            pages += 1;
            for text in h.texts() {
                let Some(visible) = text.visible else {
                    continue;
                };
                let cut = text.bounds.width - visible.width;
                assert!(
                    cut < 0.5,
                    "{language:?} {what}: {:?} is cut off ({:?} of {:?})",
                    text.content,
                    visible,
                    text.bounds
                );
                assert!(
                    text.bounds.x >= 0.0
                        && text.bounds.x + text.bounds.width <= WINDOW_SIZE.width + 0.5
                );
            }
        };
        h.app.open_wizard();
        check(&h, "welcome");
        h.update(wizard_message(wizard::Message::Start));
        check(&h, "protocol");
        h.update(wizard_message(wizard::Message::ProtocolSelected(
            Protocol::Pop3,
        )));
        h.update(wizard_message(wizard::Message::ProtocolConfirmed));
        h.update(wizard_message(wizard::Message::KeepSelected(
            wizard::KeepKind::AfterDays,
        )));
        check(&h, "keep a copy");
        h.update(wizard_message(wizard::Message::KeepConfirmed));
        h.update(wizard_message(wizard::Message::NameChanged("Alice".into())));
        h.update(wizard_message(wizard::Message::EmailChanged(
            "alice@example.test".into(),
        )));
        h.update(wizard_message(wizard::Message::PasswordChanged(
            Secret::new(ALICE.password),
        )));
        check(&h, "details");
        h.update_without_running(wizard_message(wizard::Message::DetailsConfirmed));
        check(&h, "detection");
        h.update(wizard_message(wizard::Message::DetailsConfirmed));
        check(&h, "review");
        h.update(wizard_message(wizard::Message::Form(
            wizard::FormMessage::SecuritySelected(Security::Insecure),
        )));
        check(&h, "review, unencrypted");
        h.update(wizard_message(wizard::Message::Form(
            wizard::FormMessage::SecuritySelected(Security::Tls),
        )));
        h.update(wizard_message(wizard::Message::ReviewConfirmed));
        h.expect_words(&t!("wizard-cert-title"));
        check(&h, "certificate");
        h.update(wizard_message(wizard::Message::TrustCertificate));
        check(&h, "test passed");
        h.update(wizard_message(wizard::Message::SaveRequested));
        check(&h, "saving");
        assert!(pages >= 10);
        // Where a keyring took the password, take it back out.
        for account in world.config().accounts {
            let _ = h.block_on(keyring::delete_password(account.id, &account.user));
        }
    }
}

/// The label of the 587 STARTTLS preset button.
fn submission_preset() -> String {
    t!(
        "wizard-preset",
        port = "587",
        protocol = t!("wizard-smtp"),
        security = t!("wizard-security-starttls")
    )
}

fn wizard_message(message: wizard::Message) -> posta_ui::Message {
    posta_ui::Message::Wizard(message)
}
