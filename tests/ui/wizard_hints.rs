//! The provider's hint in the wizard, headless with `iced_test` against a
//! real Dovecot: an organisation's `/etc/posta/providers` entry (which keeps
//! IMAP off until switched on) is found before the bundled list, its hint is
//! on the review page before the connection test, and a refused login says
//! again what to do and that access is off by default. With
//! `allow_other_accounts = false`, an address elsewhere cannot be set up.

use posta_testkit as support;
use posta_testkit::wizard as harness;

use crate::wizard_keyboard::options;
use harness::{language, Harness};
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::wizard::{ids, Step};
use support::dovecot::{Dovecot, ALICE};

/// `/etc/posta` with one provider file for `example.test` (the test
/// Dovecot) and `defaults`.
fn etc(dovecot: &Dovecot, defaults: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("etc");
    std::fs::create_dir(dir.path().join("providers")).expect("providers");
    let xml = format!(
        r#"<clientConfig version="1.1"><emailProvider id="urzad.example">
  <domain>example.test</domain><displayName>Urząd Miasta</displayName>
  <incomingServer type="imap"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
  <enable visiturl="https://intranet.example.test/imap">
    <instruction>Switch IMAP on at the intranet first.</instruction>
    <instruction lang="pl">Najpierw włącz IMAP w intranecie.</instruction>
  </enable>
</emailProvider></clientConfig>"#,
        dovecot.imaps_port()
    );
    std::fs::write(dir.path().join("providers/urzad.xml"), xml).expect("provider");
    std::fs::write(dir.path().join("defaults.toml"), defaults).expect("defaults");
    dir
}

fn to_details(h: &mut Harness, email: &str, password: &str) {
    h.click(&t!("wizard-home-add-first"));
    h.click(&t!("wizard-welcome-start"));
    h.click(&t!("wizard-continue"));
    assert_eq!(h.step(), Some(Step::Details));
    h.type_into(ids::NAME, "Jan Kowalski");
    h.type_into(ids::EMAIL, email);
    h.type_into(ids::PASSWORD, password);
}

#[test]
fn the_hint_is_shown_before_the_test_and_again_when_the_login_is_refused() {
    let _language = language(Language::Polish);
    let dovecot = Dovecot::start();
    let etc_dir = etc(&dovecot, "");
    let home = tempfile::tempdir().expect("home");
    let mut h = Harness::new(options(&dovecot, etc_dir.path(), home.path()));
    to_details(&mut h, "alice@example.test", "not-the-password");
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
    // Where the settings came from, and what to do first.
    h.expect_words(&t!("provider-source-etc"));
    h.expect_words(&t!("provider-hint-title", provider = "Urząd Miasta"));
    let hint = t!(
        "provider-hint-visit",
        hint = "Najpierw włącz IMAP w intranecie.",
        url = "https://intranet.example.test/imap"
    );
    h.expect_words(&hint);

    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-failed"));
    h.expect_words(&format!(
        "{} {hint}",
        t!("provider-access-off", provider = "Urząd Miasta")
    ));

    // With the right password the refusal (and its advice) is gone.
    h.click(&t!("wizard-back"));
    h.click(&t!("wizard-back"));
    h.replace_in(ids::PASSWORD, "not-the-password".len(), ALICE.password);
    h.click(&t!("wizard-details-find"));
    h.click(&t!("wizard-review-test"));
    assert!(!h.sees_words(&t!("provider-access-off", provider = "Urząd Miasta")));
}

#[test]
fn a_bundled_providers_hint_is_in_the_users_language() {
    let _language = language(Language::Polish);
    let dovecot = Dovecot::start();
    let etc_dir = etc(&dovecot, "");
    let home = tempfile::tempdir().expect("home");
    let mut h = Harness::new(options(&dovecot, etc_dir.path(), home.path()));
    to_details(&mut h, "jan.kowalski@interia.pl", "secret");
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
    h.expect_words(&t!("wizard-source-list"));
    h.expect_words(&t!("provider-hint-interia-pl"));
    assert!(t!("provider-hint-interia-pl").starts_with("Interia: najpierw włącz dostęp IMAP"));
}

#[test]
fn only_the_organisations_addresses_can_be_set_up_when_the_administrator_says_so() {
    let _language = language(Language::English);
    let dovecot = Dovecot::start();
    let etc_dir = etc(
        &dovecot,
        "allow_other_accounts = false\ncheck_interval = 900\n",
    );
    let home = tempfile::tempdir().expect("home");
    let mut h = Harness::new(options(&dovecot, etc_dir.path(), home.path()));
    to_details(&mut h, "jan@gmail.com", "secret");
    h.expect_words(&t!("provider-not-allowed", domain = "gmail.com"));
    assert!(h.click_does_nothing(&t!("wizard-details-find")));
    assert_eq!(h.step(), Some(Step::Details));

    h.replace_in(ids::EMAIL, "jan@gmail.com".len(), "alice@example.test");
    assert!(!h.sees_words(&t!("provider-not-allowed", domain = "gmail.com")));
    h.replace_in(ids::PASSWORD, "secret".len(), ALICE.password);
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
    h.click(&t!("wizard-review-test"));
    // The provider file names no outgoing server and the guessed one does
    // not exist: the title says receiving works, not "It works".
    h.expect_words(&t!("wizard-test-title-receive-only"));
    let draft = h.app.wizard().expect("the wizard").draft();
    assert_eq!(
        draft.check_interval, 900,
        "new accounts take the administrator's interval"
    );
}
