//! The wizard with the keyboard only, headless with `iced_test` and real key
//! events on the window's kept widget state (focus and scrolling live from
//! one key to the next, as in the running window), against a real Dovecot
//! and SMTP server on loopback found through `/etc/posta/providers`:
//! Return on the welcome page, Return on the protocol page, name, Tab,
//! address, Tab, password (masked), Return, then Return on every page until
//! the main window, which opens on the Inbox. Escape goes back one page,
//! Shift+Tab goes back one field, and each page opens at its top.

use posta_testkit as support;
use posta_testkit::servers;
use posta_testkit::wizard as harness;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use harness::{keyring_works, language, Harness};
use iced::keyboard::key::Named;
use iced::keyboard::Modifiers;
use posta_core::account::Protocol;
use posta_core::autoconfig::{DetectOptions, Step as DetectStep};
use posta_core::etc::Etc;
use posta_core::store::keyring;
use posta_core::store::{PostaHome, Store};
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::mailbox::{self, FromWorker};
use posta_ui::screen::wizard::{self, ids, Step};
use posta_ui::widget::folder_tree::Selected;
use posta_ui::WINDOW_SIZE;
use servers::{Smtp, SmtpMode};
use support::dovecot::{Dovecot, ALICE};

/// `/etc/posta/providers` with the test Dovecot (IMAP over TLS) and the
/// SMTP server (STARTTLS) for `example.test`.
pub(crate) fn etc(dovecot: &Dovecot, smtp_port: u16) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("etc");
    std::fs::create_dir(dir.path().join("providers")).expect("providers");
    let xml = format!(
        r#"<clientConfig version="1.1"><emailProvider id="example.test">
  <domain>example.test</domain><displayName>Example Test Mail</displayName>
  <incomingServer type="imap"><hostname>localhost</hostname><port>{}</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>localhost</hostname><port>{smtp_port}</port><socketType>STARTTLS</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
        dovecot.imaps_port()
    );
    std::fs::write(dir.path().join("providers/example.xml"), xml).expect("provider");
    dir
}

/// Detection from the provider list only (the organisation's first); the
/// test CA trusted, as a company CA would be.
pub(crate) fn options(dovecot: &Dovecot, etc_dir: &Path, home: &Path) -> wizard::Options {
    let mut options = wizard::Options::new(PostaHome::at(home));
    let etc = Etc::load(etc_dir);
    assert!(etc.problems.is_empty(), "{:?}", etc.problems);
    options.detect = DetectOptions {
        skip: DetectStep::ALL
            .into_iter()
            .filter(|s| *s != DetectStep::ProviderList)
            .collect(),
        etc: Arc::new(etc),
        ..DetectOptions::default()
    };
    options.extra_ca_file = Some(dovecot.ca_pem());
    options.timeout = Duration::from_secs(20);
    options
}

/// The wizard open on its first page, nothing detected or set up yet.
fn blank_wizard(home: &Path) -> Harness {
    let mut h = Harness::with_size(wizard::Options::new(PostaHome::at(home)), WINDOW_SIZE);
    h.app.open_wizard();
    h
}

fn tls_dir(d: &Dovecot) -> std::path::PathBuf {
    d.server_cert_pem().parent().expect("tls dir").to_owned()
}

#[test]
fn the_whole_setup_works_with_the_keyboard_alone_and_opens_the_inbox() {
    let _language = language(Language::Polish);
    let dovecot = Dovecot::start();
    let smtp = Smtp::start(
        &tls_dir(&dovecot),
        SmtpMode::Upgrade,
        ALICE.name,
        ALICE.password,
    );
    let etc_dir = etc(&dovecot, smtp.port);
    let home = tempfile::tempdir().expect("home");
    let mut h = Harness::with_size(options(&dovecot, etc_dir.path(), home.path()), WINDOW_SIZE);
    h.app.open_wizard();
    assert_eq!(h.step(), Some(Step::Welcome));

    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Protocol));
    assert_eq!(
        h.app.wizard().map(|w| w.draft().protocol),
        Some(Protocol::Imap)
    );
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Details));
    assert_eq!(
        h.focused(),
        Some(ids::NAME),
        "the first field has the cursor"
    );

    // "Find settings" is greyed out, and the page says why.
    h.expect_words(&t!("wizard-why-email"));
    h.typewrite("Alicja Żółkiewska");
    h.tap(Named::Tab);
    assert_eq!(h.focused(), Some(ids::EMAIL));
    h.typewrite("alice@example.test");
    h.expect_words(&t!("wizard-why-password"));
    h.tap(Named::Tab);
    assert_eq!(h.focused(), Some(ids::PASSWORD));
    h.typewrite(ALICE.password);
    assert!(!h.sees(&t!("wizard-why-password")));
    assert!(!h.sees(ALICE.password), "the password is masked");
    // Shift+Tab goes back a field, and Tab forward again.
    h.press(Named::Tab, Modifiers::SHIFT);
    assert_eq!(h.focused(), Some(ids::EMAIL));
    h.tap(Named::Tab);
    let draft = h.app.wizard().expect("wizard").draft();
    assert_eq!(
        (draft.display_name.as_str(), draft.email.as_str()),
        ("Alicja Żółkiewska", "alice@example.test"),
        "each field got what was typed into it"
    );

    // Return in the password field: the servers are looked up.
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Review));
    h.expect_words(&t!("provider-source-etc"));
    assert_eq!(h.focused(), Some(ids::HOST));
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Test));
    h.expect_words(&t!("wizard-test-title-ok"));
    assert!(!h.sees_words(&t!("wizard-cert-title")), "the CA is trusted");

    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Save));
    let in_keyring = keyring_works(&h);
    if !in_keyring {
        // No Secret Service: Return takes the page's main button, keeping
        // the password for this session.
        h.expect_words(&t!("wizard-keyring-session-explained"));
        h.tap(Named::Enter);
    }
    h.expect_words(&t!("wizard-save-done-title"));
    h.tap(Named::Enter);
    assert_eq!(h.step(), None, "the main window is open");
    let account = h.app.accounts().last().expect("an account").clone();
    assert_eq!(account.name, "alice@example.test");

    // The account's worker brings the folders; the Inbox opens by itself.
    let store = Store::open(&PostaHome::at(home.path())).expect("store");
    let store = Arc::new(Mutex::new(store));
    let (handle, events) = h.block_on(async {
        posta_core::worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone())
    });
    let mut events = Box::pin(events);
    let deadline = Instant::now() + Duration::from_secs(60);
    let inbox = loop {
        if let Some(Selected::Folder(id)) = h.app.mailbox().map(|m| m.selected()) {
            break id;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        let event = h
            .block_on(async { tokio::time::timeout(left, events.next()).await })
            .expect("the Inbox opened within 60 s")
            .expect("the worker runs");
        h.update(posta_ui::Message::Mailbox(mailbox::Message::Worker(
            FromWorker::event(account.id, event),
        )));
    };
    let name = store
        .lock()
        .expect("store")
        .folder(inbox)
        .expect("folder")
        .expect("exists")
        .name;
    assert!(name.eq_ignore_ascii_case("INBOX"), "opened {name}");
    assert!(!h.sees(&t!("mailbox-choose-folder")));
    drop(handle);
    if in_keyring {
        let _ = h.block_on(keyring::delete_password(account.id, &account.user));
    }
}

#[test]
fn escape_goes_back_one_page_and_every_page_opens_at_its_top() {
    let _language = language(Language::English);
    let home = tempfile::tempdir().expect("home");
    let mut h = blank_wizard(home.path());
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Protocol));
    // The comparison is taller than the window: scroll to its end.
    h.scroll_at(iced::Point::new(WINDOW_SIZE.width / 2.0, 500.0), 40.0);
    let first_row = t!("wizard-compare-where");
    let shown = |h: &mut Harness, words: &str| {
        h.kept_texts()
            .into_iter()
            .find(|t| t.content == words)
            .is_some_and(|t| t.visible.is_some_and(|v| v.height >= t.bounds.height - 0.5))
    };
    assert!(!shown(&mut h, &first_row), "scrolled away from the top");
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Details));
    h.tap(Named::Escape);
    assert_eq!(
        h.step(),
        Some(Step::Details),
        "Escape first leaves the field"
    );
    assert_eq!(h.focused(), None);
    h.tap(Named::Escape);
    assert_eq!(h.step(), Some(Step::Protocol), "then goes back one page");
    assert!(shown(&mut h, &first_row), "the page opens at its top");
    h.tap(Named::Escape);
    assert_eq!(h.step(), Some(Step::Welcome));
}

#[test]
fn the_arrows_choose_pop3_and_what_happens_to_the_servers_copy() {
    let _language = language(Language::Slovak);
    let home = tempfile::tempdir().expect("home");
    let mut h = blank_wizard(home.path());
    h.tap(Named::Enter);
    h.tap(Named::ArrowDown);
    assert_eq!(
        h.app.wizard().map(|w| w.draft().protocol),
        Some(Protocol::Pop3)
    );
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::KeepCopy));
    h.tap(Named::ArrowDown);
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Details));
    assert_eq!(
        h.app.wizard().map(|w| w.draft().keep_copy),
        Some(posta_core::store::config::KeepCopy::DeleteAfterDays(14))
    );
    h.tap(Named::Escape);
    h.tap(Named::Escape);
    h.tap(Named::Escape);
    assert_eq!(h.step(), Some(Step::Protocol));
    h.tap(Named::ArrowUp);
    assert_eq!(
        h.app.wizard().map(|w| w.draft().protocol),
        Some(Protocol::Imap)
    );
}

#[test]
fn tab_reaches_the_buttons_and_return_presses_the_one_with_the_focus() {
    let _language = language(Language::English);
    let home = tempfile::tempdir().expect("home");
    let mut h = blank_wizard(home.path());
    h.tap(Named::Enter);
    h.tap(Named::Enter);
    assert_eq!(h.step(), Some(Step::Details));
    h.tap(Named::Tab);
    h.typewrite("jan@example.test");
    h.tap(Named::Tab);
    h.typewrite("secret");
    // Past the last field: the footer's buttons, Back first.
    h.tap(Named::Tab);
    assert_eq!(h.focused(), None, "no field has the focus");
    h.tap(Named::Enter);
    assert_eq!(
        h.step(),
        Some(Step::Protocol),
        "Return pressed Back, the button with the focus, not Find settings"
    );
    // Shift+Tab from nothing: the last button, the page's way forward.
    h.press(Named::Tab, Modifiers::SHIFT);
    h.tap(Named::Space);
    assert_eq!(h.step(), Some(Step::Details), "Space pressed Continue");
}
