//! What the wizard keeps and what it says, headless with `iced_test`
//! against a real Dovecot and SMTP server found through
//! `/etc/posta/providers`: Back → fix the password → Find settings keeps
//! the manual settings; "Test connection" says why it cannot run and lets
//! sending wait; SSL/TLS on a plain port is recognised and fixed in one
//! click, with no TLS library text in the sentence; the step counter counts
//! each page once; a second account starts at the protocol page, is not
//! asked about a certificate trusted before, gets a name of its own, and
//! no page shows a file path.

use posta_testkit::servers;
use posta_testkit::wizard as harness;

use harness::{keyring_works, language, Harness};
use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::keyring;
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::Language;
use posta_testkit::dovecot::{Dovecot, ALICE};
use posta_ui::screen::wizard::{self, ids, FormMessage, Step};
use servers::{Smtp, SmtpMode};

use super::wizard_keyboard::{etc, options};

struct World {
    dovecot: Dovecot,
    _smtp: Smtp,
    etc: tempfile::TempDir,
    home: tempfile::TempDir,
}

impl World {
    fn start() -> World {
        let dovecot = Dovecot::start();
        let tls = dovecot
            .server_cert_pem()
            .parent()
            .expect("tls dir")
            .to_owned();
        let smtp = Smtp::start(&tls, SmtpMode::Upgrade, ALICE.name, ALICE.password);
        let etc = etc(&dovecot, smtp.port);
        World {
            dovecot,
            _smtp: smtp,
            etc,
            home: tempfile::tempdir().expect("home"),
        }
    }

    fn options(&self) -> wizard::Options {
        options(&self.dovecot, self.etc.path(), self.home.path())
    }
}

fn message(message: wizard::Message) -> posta_ui::Message {
    posta_ui::Message::Wizard(message)
}

/// Welcome (when shown) → protocol → details → detection → review.
fn to_review(h: &mut Harness, password: &str) {
    if h.step() == Some(Step::Welcome) {
        h.click(&t!("wizard-welcome-start"));
    }
    assert_eq!(h.step(), Some(Step::Protocol));
    h.click(&t!("wizard-continue"));
    h.type_into(ids::NAME, "Alice");
    h.type_into(ids::EMAIL, "alice@example.test");
    h.type_into(ids::PASSWORD, password);
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
}

#[test]
fn going_back_to_fix_the_password_keeps_the_manual_settings() {
    let _language = language(Language::Polish);
    let world = World::start();
    let mut h = Harness::new(world.options());
    h.app.open_wizard();
    to_review(&mut h, "wrong password");
    // By hand: the plain port with STARTTLS, and sending left for later.
    let plain = world.dovecot.imap_port().to_string();
    h.replace_in(ids::PORT, 5, &plain);
    h.update(message(wizard::Message::Form(
        FormMessage::SecuritySelected(Security::StartTls),
    )));
    h.replace_in(ids::SMTP_HOST, "localhost".len(), "");
    let before = h.app.wizard().expect("wizard").draft();
    assert_eq!(
        (before.port.to_string(), before.security),
        (plain.clone(), Security::StartTls)
    );
    assert!(before.smtp.is_none());
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-failed"));

    h.click(&t!("wizard-back"));
    h.click(&t!("wizard-back"));
    assert_eq!(h.step(), Some(Step::Details));
    h.replace_in(ids::PASSWORD, "wrong password".len(), ALICE.password);
    h.click(&t!("wizard-details-find"));
    assert_eq!(h.step(), Some(Step::Review));
    let after = h.app.wizard().expect("wizard").draft();
    assert_eq!(
        (after.host, after.port, after.security, after.smtp),
        (before.host, before.port, before.security, None),
        "what was typed by hand is still there"
    );
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-ok"));
}

#[test]
fn test_says_why_it_cannot_run_and_sending_can_wait() {
    let _language = language(Language::English);
    let world = World::start();
    let mut h = Harness::new(world.options());
    h.app.open_wizard();
    to_review(&mut h, ALICE.password);
    h.replace_in(ids::HOST, "localhost".len(), "");
    assert!(h.click_does_nothing(&t!("wizard-review-test")));
    h.expect_words(&t!("wizard-why-host"));
    h.type_into(ids::HOST, "localhost");
    assert!(!h.sees(&t!("wizard-why-host")));
    h.replace_in(ids::SMTP_USER, "alice".len(), "");
    h.expect_words(&t!("wizard-why-smtp-user"));
    assert!(h.click_does_nothing(&t!("wizard-review-test")));
    // No outgoing server at all: allowed, and said so.
    h.replace_in(ids::SMTP_HOST, "localhost".len(), "");
    h.expect_words(&t!("wizard-review-outgoing-later"));
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-outgoing-skipped"));
    h.expect_words(&t!("wizard-test-title-ok"));
    assert!(h.app.wizard().expect("wizard").draft().smtp.is_none());
}

#[test]
fn ssl_on_a_plain_port_is_recognised_and_fixed_in_one_click() {
    let _language = language(Language::Polish);
    let world = World::start();
    let mut h = Harness::new(world.options());
    h.app.open_wizard();
    to_review(&mut h, ALICE.password);
    // 143 with SSL/TLS: recognised before any test.
    h.replace_in(ids::PORT, 5, "143");
    let switch = t!(
        "wizard-mismatch-switch",
        security = t!("wizard-security-starttls")
    );
    h.expect_words(&t!(
        "wizard-mismatch-title",
        port = "143",
        expected = t!("wizard-security-starttls")
    ));
    h.click(&switch);
    assert_eq!(
        h.app.wizard().expect("wizard").draft().security,
        Security::StartTls
    );
    // The test server's plain port with SSL/TLS: the TLS library's words
    // stay out of the sentence, and one click switches and tests again.
    h.update(message(wizard::Message::Form(
        FormMessage::SecuritySelected(Security::Tls),
    )));
    h.replace_in(ids::PORT, 3, &world.dovecot.imap_port().to_string());
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-test-title-failed"));
    h.expect_words(&t!("error-tls-failed"));
    for text in h.texts() {
        for library in ["SSL routines", "error:", "wrong version", "ssl3_", ".c:"] {
            assert!(
                !text.content.contains(library),
                "TLS library text on screen: {:?}",
                text.content
            );
        }
    }
    h.click(&switch);
    h.expect_words(&t!("wizard-test-title-ok"));
    assert_eq!(
        h.app.wizard().expect("wizard").draft().security,
        Security::StartTls
    );
}

/// The "Step N of M" line on screen, if any.
fn counter(h: &Harness) -> Option<(usize, usize)> {
    h.texts().into_iter().find_map(|text| {
        (1..=9).find_map(|total| {
            (1..=total).find_map(|step| {
                let words = t!(
                    "wizard-step-counter",
                    step = step as i64,
                    total = total as i64
                );
                (text.content == words).then_some((step, total))
            })
        })
    })
}

#[test]
fn the_step_counter_counts_every_page_once() {
    let _language = language(Language::Slovak);
    let world = World::start();
    for protocol in [Protocol::Imap, Protocol::Pop3] {
        let mut h = Harness::new(world.options());
        h.app.open_wizard();
        let mut seen = vec![counter(&h)];
        h.update(message(wizard::Message::Start));
        // Picking POP3 adds its keep-a-copy page to the count at once.
        h.update(message(wizard::Message::ProtocolSelected(protocol)));
        seen.push(counter(&h));
        h.update(message(wizard::Message::ProtocolConfirmed));
        if protocol == Protocol::Pop3 {
            seen.push(counter(&h));
            h.update(message(wizard::Message::KeepConfirmed));
        }
        h.update(message(wizard::Message::NameChanged("Alice".into())));
        h.update(message(wizard::Message::EmailChanged(
            "alice@example.test".into(),
        )));
        h.update(message(wizard::Message::PasswordChanged(Secret::new(
            ALICE.password,
        ))));
        seen.push(counter(&h));
        h.update_without_running(message(wizard::Message::DetailsConfirmed));
        assert_eq!(h.step(), Some(Step::Detect));
        seen.push(counter(&h));
        h.update(message(wizard::Message::DetailsConfirmed));
        seen.push(counter(&h));
        h.update_without_running(message(wizard::Message::ReviewConfirmed));
        seen.push(counter(&h));
        let total = if protocol == Protocol::Pop3 { 6 } else { 5 };
        let mut expected = vec![None];
        expected.extend((1..total).map(|n| Some((n, total))));
        // The search passes by itself and has no number of its own.
        expected.insert(expected.len() - 2, None);
        assert_eq!(seen, expected, "{protocol:?}");
    }
}

#[test]
fn a_second_account_starts_at_the_protocol_page_trusts_the_same_certificate_and_has_its_own_name() {
    let _language = language(Language::Bulgarian);
    let world = World::start();
    let mut trusting_nothing = world.options();
    trusting_nothing.extra_ca_file = None;
    let mut h = Harness::new(trusting_nothing);
    h.app.open_wizard();
    to_review(&mut h, ALICE.password);
    h.click(&t!("wizard-review-test"));
    h.expect_words(&t!("wizard-cert-title"));
    h.click(&t!("wizard-cert-trust"));
    h.expect_words(&t!("wizard-test-title-ok"));
    let in_keyring = keyring_works(&h);
    let save = |h: &mut Harness| {
        h.click(&t!("wizard-test-save"));
        if !in_keyring {
            h.click(&t!("wizard-keyring-session"));
        }
        h.expect_words(&t!("wizard-save-done-title"));
        // No file path for the user, only where to change things.
        h.expect_words(&t!("wizard-save-done-settings"));
        let home = world.home.path().display().to_string();
        assert!(!h.sees_words(&home), "a path on the done page");
        assert!(!h.sees_words("config.toml"));
        h.click(&t!("wizard-save-open"));
        assert_eq!(h.step(), None);
        h.app.accounts().last().expect("an account").clone()
    };
    let first = save(&mut h);
    assert!(first.pinned_fingerprint.is_some());

    h.update(posta_ui::Message::AddAccount);
    assert_eq!(h.step(), Some(Step::Protocol), "no second welcome");
    assert!(!h.sees(&t!("wizard-welcome-title")));
    to_review(&mut h, ALICE.password);
    h.click(&t!("wizard-review-test"));
    assert!(
        !h.sees_words(&t!("wizard-cert-title")),
        "the certificate trusted for the first account is not asked about again"
    );
    h.expect_words(&t!("wizard-test-title-ok"));
    let second = save(&mut h);
    assert_eq!(second.pinned_fingerprint, first.pinned_fingerprint);
    assert_ne!(second.name, first.name, "the two can be told apart");
    assert_eq!(first.name, "alice@example.test");
    assert_eq!(
        second.name,
        t!(
            "wizard-account-name-twin",
            email = "alice@example.test",
            protocol = t!("wizard-imap"),
            host = "localhost"
        )
    );
    if in_keyring {
        for account in [first, second] {
            let _ = h.block_on(keyring::delete_password(account.id, &account.user));
        }
    }
}

#[test]
fn pop3_advice_names_pop3_settings() {
    let _language = language(Language::Polish);
    let home = tempfile::tempdir().expect("home");
    let mut h = Harness::new(wizard::Options::new(posta_core::store::PostaHome::at(
        home.path(),
    )));
    h.app.open_wizard();
    for step in [
        wizard::Message::Start,
        wizard::Message::ProtocolSelected(Protocol::Pop3),
        wizard::Message::ProtocolConfirmed,
        wizard::Message::KeepConfirmed,
        wizard::Message::EmailChanged("jan@nowhere.test".into()),
        wizard::Message::PasswordChanged(Secret::new("secret")),
    ] {
        h.update(message(step));
    }
    h.update_without_running(message(wizard::Message::DetailsConfirmed));
    h.update(message(wizard::Message::StopDetection));
    assert_eq!(h.step(), Some(Step::Review));
    h.expect_words(&t!(
        "wizard-source-manual-body",
        protocol = t!("wizard-pop3")
    ));
    assert!(!h.sees_words(&t!(
        "wizard-source-manual-body",
        protocol = t!("wizard-imap")
    )));
}
