//! The account worker when the provider changes the password or the server
//! its certificate, against a real Dovecot: one refused login, then no
//! more attempts (no lock-out) until a new password is given, which is
//! tested, kept in the keyring, and sync resumes without a restart; a
//! certificate other than the pinned one is never used until the user
//! accepts it, and the event carries both fingerprints.
//!
//! The keyring is the session's (run under `dbus-run-session` with an
//! unlocked gnome-keyring, as packaging/dev.sh does).

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::error::Fingerprint;
use posta_core::store::{keyring, AccountConfig, Config, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;

fn mail(n: usize) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: m{n}\r\nMessage-ID: <p{n}@x>\r\n\r\nbody {n}\r\n")
        .into_bytes()
}

fn inbox_count(store: &SharedStore) -> u64 {
    with_store(store, |s| {
        let id = s.folder_id(1, "INBOX")?.expect("INBOX");
        Ok(s.message_count(id)?.0)
    })
    .expect("store")
}

/// Dovecot's "Password mismatch" lines for alice.
fn refusals(d: &Dovecot) -> usize {
    std::fs::read_to_string(d.log_path())
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains("Password mismatch") && l.contains("(alice,"))
        .count()
}

/// Waits until Dovecot's log shows `count` refusals (its log process
/// writes a little after the connection closed).
fn wait_for_refusals(d: &Dovecot, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while refusals(d) < count {
        assert!(Instant::now() < deadline, "{}", d.log_tail(30));
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn shared_store(dir: &std::path::Path) -> SharedStore {
    Arc::new(Mutex::new(Store::open(&PostaHome::at(dir)).expect("store")))
}

#[tokio::test]
async fn a_refused_password_stops_the_worker_until_a_new_one_works() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let dir = tempfile::tempdir().expect("tempdir");
    let store = shared_store(dir.path());
    // POP3 logs in for every sync, so the next one meets the new password
    // (an IMAP worker keeps its session until it ends).
    let account = accounts::pop3(&d, &ALICE);
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox_count(&store), 1);

    // The provider changes the password.
    let new_password = "nowe-hasło-3";
    d.set_password(&ALICE, new_password);
    handle.send(Command::SyncNow);
    until(&mut events, |e| matches!(e, Event::PasswordRefused)).await;
    wait_for_refusals(&d, 1);

    // While it waits, nothing reaches the server: no retry, no lock-out.
    let inbox = with_store(&store, |s| Ok(s.folder_id(1, "INBOX")?))
        .expect("db")
        .expect("inbox");
    handle.send(Command::SyncNow);
    handle.send(Command::OpenFolder { folder_id: inbox });
    handle.send(Command::SyncNow);

    // A wrong new password: refused once more, still waiting.
    handle.send(Command::NewPassword {
        password: Secret::new("zle"),
        keep: true,
    });
    until(&mut events, |e| matches!(e, Event::PasswordRefused)).await;

    d.deliver(&ALICE, "INBOX", &mail(2));
    handle.send(Command::NewPassword {
        password: Secret::new(new_password),
        keep: true,
    });
    until(&mut events, |e| {
        matches!(e, Event::PasswordAccepted { stored: true })
    })
    .await;
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox_count(&store), 2, "sync resumed without a restart");
    assert_eq!(refusals(&d), 2, "{}", d.log_tail(40));
    let kept = keyring::load_password(1, ALICE.name)
        .await
        .expect("keyring");
    assert_eq!(kept.expose(), new_password);
    let _ = keyring::delete_password(1, ALICE.name).await;
    handle.send(Command::Shutdown);
}

#[tokio::test]
async fn a_changed_certificate_waits_for_the_user() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    // The user accepted another certificate for this host earlier; the
    // server's is not signed by anything trusted here.
    let old = Fingerprint::of_der(b"the certificate accepted last year");
    let account = AccountConfig {
        extra_ca_file: None,
        pinned_fingerprint: Some(old.to_string()),
        ..accounts::imap(&d, &ALICE)
    };
    posta_testkit::accounts::save(&home, vec![account.clone()]);
    let store = shared_store(dir.path());
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    let changed = until(&mut events, |e| {
        matches!(e, Event::CertificateChanged { .. })
    })
    .await;
    let new = Fingerprint::of_der(&d.server_cert_der());
    match changed {
        Event::CertificateChanged {
            old: said_old,
            new: said_new,
            host,
        } => {
            assert_eq!((said_old, said_new.clone()), (old.clone(), new.clone()));
            assert_eq!(host, d.host());
        }
        other => panic!("{other:?}"),
    }

    // Keeping on refusing: nothing is synced, whatever is asked.
    handle.send(Command::SyncNow);
    // Only the certificate asked about can be accepted.
    handle.send(Command::AcceptCertificate {
        fingerprint: Fingerprint::of_der(b"something else"),
        home: home.clone(),
    });
    handle.send(Command::AcceptCertificate {
        fingerprint: new.clone(),
        home: home.clone(),
    });
    let next = until(&mut events, |e| {
        matches!(
            e,
            Event::CertificateAccepted | Event::SyncDone(_) | Event::Failed(_)
        )
    })
    .await;
    assert!(matches!(next, Event::CertificateAccepted), "{next:?}");
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox_count(&store), 1);
    let pinned = Config::load(&home).expect("config").accounts[0]
        .pinned_fingerprint
        .clone();
    assert_eq!(pinned, Some(new.to_string()));
    handle.send(Command::Shutdown);
}

#[tokio::test]
async fn saved_settings_reach_a_running_worker() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let dir = tempfile::tempdir().expect("tempdir");
    let store = shared_store(dir.path());
    let right = accounts::imap(&d, &ALICE);
    // A port nothing listens on: the worker goes offline.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let wrong = AccountConfig {
        port: closed,
        ..right.clone()
    };
    let (handle, events) = worker::spawn(wrong, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::Online(false))).await;
    // The settings screen saved the right port: no restart needed.
    handle.send(Command::Settings {
        account: Box::new(right),
    });
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox_count(&store), 1);
    handle.send(Command::Shutdown);
}
