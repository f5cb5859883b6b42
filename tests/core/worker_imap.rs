//! The account worker against a real Dovecot: it syncs on start, applies
//! user commands locally then on the server, idles on the open folder so
//! new mail arrives by itself, and reconnects after the server went away.

use posta_testkit as support;

use posta_core::message::Flag;
use posta_core::store::AccountConfig;
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;

fn account(d: &Dovecot) -> AccountConfig {
    AccountConfig {
        name: "Alice".into(),
        display_name: "Alice".into(),
        ..accounts::imap(d, &ALICE)
    }
}

fn mail(n: usize) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: m{n}\r\nMessage-ID: <w{n}@x>\r\n\r\nbody {n}\r\n")
        .into_bytes()
}

fn subjects(store: &SharedStore, folder: &str) -> Vec<String> {
    posta_testkit::stores::subjects(store, folder).expect("folder")
}

#[tokio::test]
async fn idles_applies_commands_and_reconnects() {
    let mut d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let (_dir, store) = posta_testkit::stores::shared_store();
    let (handle, events) = worker::spawn(account(&d), Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(subjects(&store, "INBOX"), ["m1"]);

    // New mail reaches the open folder through IDLE, with no command.
    let inbox = with_store(&store, |s| Ok(s.folder_id(1, "INBOX")?))
        .expect("db")
        .expect("inbox");
    handle.send(Command::OpenFolder { folder_id: inbox });
    until(&mut events, |e| matches!(e, Event::StoreChanged)).await;
    let mut other = accounts::login(&d, &ALICE).await;
    other.append("INBOX", &[], &mail(2)).await.expect("append");
    until(&mut events, |_| subjects(&store, "INBOX").len() == 2).await;

    // A command changes the store at once and the server soon after.
    let first = with_store(&store, |s| Ok(s.message_by_uid(inbox, 1)?))
        .expect("db")
        .expect("m1")
        .id;
    handle.send(Command::SetFlags {
        message_ids: vec![first],
        add: vec![Flag::Flagged],
        remove: vec![],
    });
    until(&mut events, |e| matches!(e, Event::Queued(0))).await;
    other.examine("INBOX").await.expect("examine");
    assert_eq!(
        other.fetch_flags("1").await.expect("flags")[0].1,
        vec![Flag::Flagged]
    );

    // The server dies: the worker goes offline, then comes back by itself.
    d.kill();
    until(&mut events, |e| matches!(e, Event::Online(false))).await;
    d.restart();
    d.deliver(&ALICE, "INBOX", &mail(3));
    until(&mut events, |e| matches!(e, Event::Online(true))).await;
    until(&mut events, |_| subjects(&store, "INBOX").len() == 3).await;
    assert_eq!(subjects(&store, "INBOX"), ["m1", "m2", "m3"]);
    assert!(handle.send(Command::Shutdown));
}
