//! Saving an account where no keyring can be reached: the wizard says so in
//! plain words, writes nothing until the user chooses, and on "this session
//! only" saves the settings while the password stays in memory and nowhere
//! on disk. The session bus is taken away for this process (one test in
//! its own binary, so no other test is affected), which is what a desktop
//! without a Secret Service looks like.

use posta_testkit as support;
use posta_testkit::servers;
use posta_testkit::wizard as harness;

use std::collections::HashMap;
use std::sync::Arc;

use harness::{assert_not_on_disk, language, Harness};
use posta_core::autoconfig::http::HttpOptions;
use posta_core::autoconfig::{DetectOptions, Step as DetectStep};
use posta_core::store::config::Config;
use posta_core::store::PostaHome;
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::wizard::{self, ids, Step};
use servers::{Https, Reply, Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE};

#[test]
fn without_a_keyring_the_password_is_kept_for_this_session_only() {
    // No session bus anywhere this process could find one.
    let runtime_dir = tempfile::tempdir().expect("empty runtime dir");
    std::env::remove_var("DBUS_SESSION_BUS_ADDRESS");
    std::env::set_var("XDG_RUNTIME_DIR", runtime_dir.path());

    let _language = language(Language::English);
    let dovecot = Dovecot::start();
    let tls = dovecot.server_cert_pem().parent().unwrap().to_owned();
    let smtp = Smtp::start(&tls, SmtpMode::Implicit, ALICE.name, ALICE.password);
    let xml = format!(
        r#"<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
  <incomingServer type="imap"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username></outgoingServer>
</emailProvider></clientConfig>"#,
        dovecot.imaps_port(),
        smtp.port
    );
    let https = Https::start(
        &tls,
        HashMap::from([("/example.test/config.xml".to_owned(), Reply::xml(xml))]),
    );
    let home = tempfile::tempdir().expect("POSTA_HOME");
    let mut options = wizard::Options::new(PostaHome::at(home.path()));
    options.detect = DetectOptions {
        http: HttpOptions {
            autoconfig_url: https.url("/{domain}/config.xml"),
            well_known_url: https.url("/{domain}/none.xml"),
            extra_ca_pem: Some(Arc::new(std::fs::read(dovecot.ca_pem()).unwrap())),
            ..HttpOptions::default()
        },
        skip: vec![DetectStep::Mx, DetectStep::Srv, DetectStep::Probe],
        ..DetectOptions::default()
    };
    options.extra_ca_file = Some(dovecot.ca_pem());

    let mut h = Harness::new(options);
    h.click(&t!("wizard-home-add-first"));
    h.click(&t!("wizard-welcome-start"));
    h.click(&t!("wizard-continue"));
    h.type_into(ids::EMAIL, "alice@example.test");
    h.type_into(ids::PASSWORD, ALICE.password);
    h.click(&t!("wizard-details-find"));
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-ok"));
    h.click(&t!("wizard-test-save"));

    // Said plainly; nothing written yet; the user chooses.
    assert_eq!(h.step(), Some(Step::Save));
    h.expect_words(&t!("wizard-keyring-unavailable"));
    h.expect_words(&t!("wizard-keyring-session-explained"));
    assert!(
        !home.path().join("config.toml").exists(),
        "nothing saved before the choice"
    );
    h.click(&t!("wizard-keyring-retry"));
    h.expect_words(&t!("wizard-keyring-unavailable"));
    h.click(&t!("wizard-keyring-session"));
    h.expect_words(&t!("wizard-save-done-session"));
    h.click(&t!("wizard-save-open"));

    let account = h.app.accounts()[0].clone();
    assert_eq!(
        h.app.session_password(account.id).map(Secret::expose),
        Some(ALICE.password)
    );
    assert_eq!(
        Config::load(&PostaHome::at(home.path())).unwrap().accounts,
        [account]
    );
    assert!(
        h.app.mailbox().is_some(),
        "the main window opened on the account"
    );
    assert_not_on_disk(home.path(), ALICE.password);
    assert!(!h.message_log().contains(ALICE.password));
}
