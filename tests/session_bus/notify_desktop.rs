//! New-mail notifications on a private session bus (run under
//! `dbus-run-session`): a small org.freedesktop.Notifications daemon
//! records what Posta shows. Against a real Dovecot, through the account
//! worker: exactly one notification per batch, translated, with sender
//! and subject for one message; none for mail read elsewhere, filed in
//! Junk, or moved back into INBOX on another device; a click comes back as
//! the message to open.

use posta_testkit as support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{Stream, StreamExt};
use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::store::AccountConfig;
use posta_core::sync::new_mail::NewMail;
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use posta_i18n::{self as i18n, Language};
use posta_ui::notify::{Desktop, Notifier, Opened};
use posta_ui::screen::mailbox::note_for;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;

/// What the daemon was asked to show: (summary, body, actions).
type Shown = Arc<Mutex<Vec<(String, String, Vec<String>)>>>;

struct Daemon {
    shown: Shown,
    actions: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Daemon {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.shown.lock().expect("lock");
        shown.push((summary, body, actions));
        shown.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        let mut caps = vec!["body".to_owned()];
        if self.actions {
            caps.push("actions".to_owned());
        }
        caps
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("test".into(), "posta".into(), "1".into(), "1.2".into())
    }

    fn close_notification(&self, _id: u32) {}

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &zbus::object_server::SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

const PATH: &str = "/org/freedesktop/Notifications";

/// One daemon at a time owns the name on the bus: the tests take turns.
static BUS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn daemon(actions: bool) -> (zbus::Connection, Shown) {
    let shown: Shown = Arc::default();
    let connection = zbus::connection::Builder::session()
        .expect("a session bus (run under dbus-run-session)")
        .name("org.freedesktop.Notifications")
        .expect("name")
        .serve_at(
            PATH,
            Daemon {
                shown: shown.clone(),
                actions,
            },
        )
        .expect("serve")
        .build()
        .await
        .expect("daemon on the session bus");
    (connection, shown)
}

/// Waits (bounded) until the daemon was shown `n` notifications.
async fn shown_count(shown: &Shown, n: usize) -> Vec<(String, String, Vec<String>)> {
    for _ in 0..400 {
        let now = shown.lock().expect("lock").clone();
        if now.len() >= n {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the daemon was not shown {n} notifications");
}

fn mail(n: &str) -> Vec<u8> {
    format!("From: Anna <anna@example.org>\r\nSubject: {n}\r\nMessage-ID: <{n}@x>\r\n\r\nbody\r\n")
        .into_bytes()
}

async fn other_client(d: &Dovecot) -> ImapSession {
    posta_testkit::accounts::login(d, &ALICE).await
}

/// Runs a sync and returns the new-mail batches it announced (the sync
/// ends with `Queued`, after any `NewMail`).
async fn sync_batches(
    handle: &worker::Handle,
    events: &mut (impl Stream<Item = Event> + Unpin),
) -> Vec<Vec<NewMail>> {
    handle.send(Command::SyncNow);
    let mut batches = Vec::new();
    let mut done = false;
    until(events, |e| match e {
        Event::SyncDone(_) => {
            done = true;
            false
        }
        Event::NewMail(new) => {
            batches.push(new.clone());
            false
        }
        Event::Queued(_) => done,
        _ => false,
    })
    .await;
    batches
}

#[tokio::test]
async fn one_translated_notification_per_batch_and_none_for_moves() {
    let _turn = BUS.lock().await;
    i18n::set_language(Language::Polish);
    let (_bus, shown) = daemon(false).await;
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail("old"));
    d.deliver(&ALICE, "Archive", &mail("filed"));
    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = AccountConfig {
        check_interval: 3600,
        ..accounts::imap(&d, &ALICE)
    };
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events.boxed());
    // The first sync announces nothing: that mail was there before.
    let mut first = Vec::new();
    until(&mut events, |e| {
        if let Event::NewMail(new) = e {
            first.push(new.clone());
        }
        matches!(e, Event::Queued(_))
    })
    .await;
    assert!(first.is_empty(), "{first:?}");

    // Three new, one already read on the phone, one in Junk: one batch of 3.
    let mut other = other_client(&d).await;
    for n in ["n1", "n2", "n3"] {
        other.append("INBOX", &[], &mail(n)).await.expect("append");
    }
    other
        .append("INBOX", &[Flag::Seen], &mail("read"))
        .await
        .expect("append");
    other
        .append("Junk", &[], &mail("spam"))
        .await
        .expect("append");
    let batches = sync_batches(&handle, &mut events).await;
    assert_eq!(batches.len(), 1, "{batches:?}");
    let subjects: Vec<&str> = batches[0].iter().map(|n| n.subject.as_str()).collect();
    assert_eq!(subjects, ["n1", "n2", "n3"]);
    let note = note_for(1, "Praca", &batches[0]).expect("note");
    Desktop.show(note);
    let seen = shown_count(&shown, 1).await;
    assert_eq!(seen[0].0, "3 nowe wiadomości");
    assert_eq!(seen[0].1, "Praca");

    // Moved back into INBOX on another device: not new mail.
    other.select("Archive").await.expect("select");
    let uids = other.all_uids().await.expect("uids");
    other.move_messages(&uids, "INBOX").await.expect("move");
    assert!(sync_batches(&handle, &mut events).await.is_empty());

    // One message: its sender and subject (markup escaped for the daemon).
    other
        .append("INBOX", &[], &mail("single"))
        .await
        .expect("append");
    let batches = sync_batches(&handle, &mut events).await;
    assert_eq!(batches.len(), 1);
    Desktop.show(note_for(1, "Praca", &batches[0]).expect("note"));
    let seen = shown_count(&shown, 2).await;
    assert_eq!(seen[1].0, "Anna <anna@example.org>");
    assert_eq!(seen[1].1, "single");
    assert_eq!(
        shown.lock().expect("lock").len(),
        2,
        "exactly one per batch"
    );
    assert!(handle.send(Command::Shutdown));
}

#[tokio::test]
async fn a_click_comes_back_as_the_message_to_open() {
    let _turn = BUS.lock().await;
    let (bus, shown) = daemon(true).await;
    let mut clicks = posta_ui::notify::clicks().expect("the click receiver");
    let opened = Opened {
        account: 1,
        message_id: 42,
    };
    let new = [NewMail {
        message_id: 42,
        folder_id: 1,
        from: "Anna <anna@example.org>".into(),
        subject: "Faktura".into(),
    }];
    Desktop.show(note_for(1, "Praca", &new).expect("note"));
    let seen = shown_count(&shown, 1).await;
    assert!(seen[0].2.contains(&"default".to_owned()), "{:?}", seen[0].2);
    let emitter = zbus::object_server::SignalEmitter::new(&bus, PATH).expect("emitter");
    // Posta listens for the click once the notification is up: click
    // until it hears (bounded), as a user would.
    let clicked = async {
        loop {
            Daemon::action_invoked(&emitter, 1, "default")
                .await
                .expect("signal");
            if let Ok(Some(got)) =
                tokio::time::timeout(Duration::from_millis(200), clicks.recv()).await
            {
                return got;
            }
        }
    };
    let got = tokio::time::timeout(Duration::from_secs(20), clicked)
        .await
        .expect("the click reached Posta");
    assert_eq!(got, opened);
}
