//! The password bar in the main window, through `iced_test`'s simulator
//! with the account's real worker against a real Dovecot: the provider
//! changes the password, the worker is refused once and stops, the bar on
//! that account asks for the new password; a wrong one is refused again in
//! place, the right one is tested, kept in the keyring, and sync resumes
//! without a restart. A changed certificate gets its bar too: both
//! fingerprints, and accepting pins the new one. The keyring is the session's (run under
//! `dbus-run-session` with an unlocked gnome-keyring).

use posta_testkit as support;
use posta_testkit::window::{apply, click, runtime, sees, simulator};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced_test::selector::id;
use posta_core::error::Fingerprint;
use posta_core::store::{keyring, AccountConfig, Config, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_i18n::Language;
use posta_ui::screen::mailbox::{FromWorker, Mailbox, Message, PASSWORD_INPUT};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

fn mail(n: usize) -> Vec<u8> {
    format!(
        "From: a@example.org\r\nSubject: Wiadomość {n}\r\nMessage-ID: <bar{n}@x>\r\n\r\nbody\r\n"
    )
    .into_bytes()
}

fn type_password(mailbox: &mut Mailbox, password: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(mailbox);
        ui.click(id(PASSWORD_INPUT)).expect("the password field");
        let _ = ui.typewrite(password);
        ui.into_messages().collect()
    };
    apply(mailbox, messages);
}

/// Messages in INBOX here; 0 before the first sync made the folder.
fn inbox_count(store: &SharedStore) -> u64 {
    with_store(store, |s| match s.folder_id(1, "INBOX")? {
        Some(id) => Ok(s.message_count(id)?.0),
        None => Ok(0),
    })
    .expect("store")
}

/// Feeds the worker's events to the window until `stop` says one was the
/// last (that one included); at most 60 s.
fn pump(
    rt: &tokio::runtime::Runtime,
    events: &mut (impl futures::Stream<Item = Event> + Unpin),
    mailbox: &mut Mailbox,
    account: i64,
    stop: &dyn Fn(&Event) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let event = posta_testkit::events::next_before(rt, events, deadline);
        let last = stop(&event);
        let _ = mailbox.update(Message::Worker(FromWorker::event(account, event)));
        if last {
            return;
        }
    }
}

/// Saves `account` as the only one in `home`, spawns its worker (call it
/// inside the entered runtime) and opens the window on it.
fn open_window(
    home: &PostaHome,
    account: &AccountConfig,
) -> (
    SharedStore,
    Mailbox,
    std::pin::Pin<Box<dyn futures::Stream<Item = Event> + Send>>,
) {
    posta_testkit::accounts::save(home, vec![account.clone()]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(home).expect("store")));
    let (handle, events) =
        worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone());
    let mut mailbox = Mailbox::new(store.clone(), vec![account.clone()]).with_home(home.clone());
    mailbox.attach_worker(account.id, handle);
    (store, mailbox, Box::pin(events))
}

/// English words, a runtime, Dovecot with one message for Alice, a home.
fn one_message_home() -> (
    std::sync::MutexGuard<'static, ()>,
    tokio::runtime::Runtime,
    Dovecot,
    tempfile::TempDir,
) {
    let language = posta_testkit::language(Language::English);
    let rt = runtime();
    let dovecot = Dovecot::start();
    dovecot.deliver(&ALICE, "INBOX", &mail(1));
    let home_dir = tempfile::tempdir().expect("home");
    (language, rt, dovecot, home_dir)
}

#[test]
fn the_password_bar_takes_the_new_password_and_sync_resumes() {
    let (_language, rt, dovecot, home_dir) = one_message_home();
    let home = PostaHome::at(home_dir.path());
    let account = AccountConfig {
        name: "Poczta".into(),
        // POP3 logs in for every sync, so the next one meets the new
        // password (an IMAP worker keeps its session until it ends).
        ..accounts::pop3(&dovecot, &ALICE)
    };
    let _runtime = rt.enter();
    let (store, mut mailbox, mut events) = open_window(&home, &account);
    let mut pump = |mailbox: &mut Mailbox, stop: &dyn Fn(&Event) -> bool| {
        pump(&rt, &mut events, mailbox, account.id, stop)
    };
    pump(&mut mailbox, &|e| matches!(e, Event::SyncDone(_)));
    assert_eq!(inbox_count(&store), 1);

    let new_password = "nowe-hasło-4";
    dovecot.set_password(&ALICE, new_password);
    let _ = mailbox.update(Message::SyncNow);
    pump(&mut mailbox, &|e| matches!(e, Event::PasswordRefused));
    let asked = "The server refused the password for “Poczta” — enter the new password:";
    assert!(sees(&mailbox, asked), "the bar is shown");

    // A wrong password: refused in place, the bar stays.
    type_password(&mut mailbox, "zle");
    click(&mut mailbox, "Test and save");
    assert!(sees(&mailbox, "Testing…"));
    pump(&mut mailbox, &|e| matches!(e, Event::PasswordRefused));
    assert!(sees(
        &mailbox,
        "The server refused this password for “Poczta” too. Check it and try again:"
    ));

    dovecot.deliver(&ALICE, "INBOX", &mail(2));
    type_password(&mut mailbox, new_password);
    click(&mut mailbox, "Test and save");
    pump(&mut mailbox, &|e| {
        matches!(e, Event::PasswordAccepted { stored: true })
    });
    assert!(!sees(&mailbox, "Test and save"), "the bar is gone");
    pump(&mut mailbox, &|e| matches!(e, Event::SyncDone(_)));
    assert_eq!(inbox_count(&store), 2, "sync resumed without a restart");
    let kept = rt
        .block_on(keyring::load_password(account.id, ALICE.name))
        .expect("keyring");
    assert_eq!(kept.expose(), new_password);
    let _ = rt.block_on(keyring::delete_password(account.id, ALICE.name));
}

/// The server shows another certificate than the one the user accepted:
/// the worker stops before logging in, the bar shows both fingerprints,
/// and accepting the new one pins it in the config and sync resumes.
#[test]
fn the_certificate_bar_accepts_a_changed_certificate_and_sync_resumes() {
    let (_language, rt, dovecot, home_dir) = one_message_home();
    let home = PostaHome::at(home_dir.path());
    let old = Fingerprint::of_der(b"the certificate accepted last year");
    let account = AccountConfig {
        name: "Poczta".into(),
        extra_ca_file: None,
        pinned_fingerprint: Some(old.to_string()),
        ..accounts::imap(&dovecot, &ALICE)
    };
    let _runtime = rt.enter();
    let (store, mut mailbox, mut events) = open_window(&home, &account);
    pump(&rt, &mut events, &mut mailbox, account.id, &|e| {
        matches!(e, Event::CertificateChanged { .. })
    });
    let new = Fingerprint::of_der(&dovecot.server_cert_der());
    assert!(
        sees(&mailbox, "Accept the new certificate"),
        "the bar is shown"
    );
    assert!(sees(&mailbox, &old.to_string()), "the accepted fingerprint");
    assert!(
        sees(&mailbox, &new.to_string()),
        "the fingerprint shown now"
    );
    assert_eq!(
        inbox_count(&store),
        0,
        "nothing synced before the user said"
    );

    click(&mut mailbox, "Accept the new certificate");
    pump(&rt, &mut events, &mut mailbox, account.id, &|e| {
        matches!(e, Event::CertificateAccepted)
    });
    assert!(
        !sees(&mailbox, "Accept the new certificate"),
        "the bar is gone"
    );
    pump(&rt, &mut events, &mut mailbox, account.id, &|e| {
        matches!(e, Event::SyncDone(_))
    });
    assert_eq!(inbox_count(&store), 1, "sync resumed without a restart");
    let pinned = Config::load(&home).expect("config").accounts[0]
        .pinned_fingerprint
        .clone();
    assert_eq!(pinned, Some(new.to_string()));
}

#[test]
fn a_locked_keyring_asks_for_the_password_for_this_session() {
    use posta_core::store::KeyringError;
    let _language = posta_testkit::language(Language::English);
    let dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(dir.path());
    // A host that never resolves: nothing connects in this test.
    let account = AccountConfig {
        protocol: posta_core::account::Protocol::Pop3,
        port: 995,
        ..posta_testkit::accounts::unreachable("Poczta", "ja@example.pl", "ja")
    };
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let mut mailbox = Mailbox::new(store, vec![account]).with_home(home);
    let _ = mailbox.update(Message::PasswordLoaded(
        1,
        Err(KeyringError::Locked("prompt dismissed".into())),
    ));
    let asked = format!(
        "{} Enter the password of “Poczta” to use it until Posta is closed:",
        posta_i18n::t!("settings-keyring-locked")
    );
    assert!(sees(&mailbox, &asked), "the keyring bar is shown");
    assert!(sees(&mailbox, "Ask the keyring again"));
    type_password(&mut mailbox, "sesja");
    click(&mut mailbox, "Use for this session");
    assert!(
        !sees(&mailbox, &asked),
        "the bar is gone: the password is used"
    );
    assert!(!sees(&mailbox, "Use for this session"));
}
