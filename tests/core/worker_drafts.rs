//! The account worker sends a saved draft to the server at once when asked
//! (Command::SendQueue, which the window sends after each save), not at
//! the next check; and the everyday actions go through it the same way.

use posta_testkit as support;

use std::sync::{Arc, Mutex};

use posta_core::compose::{self, Draft};
use posta_core::message::Address;
use posta_core::store::{AccountConfig, PostaHome, Store};
use posta_core::sync::everyday::Everyday;
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;

fn account(d: &Dovecot) -> AccountConfig {
    AccountConfig {
        name: "Alice".into(),
        ..accounts::imap(d, &ALICE)
    }
}

#[tokio::test]
async fn a_saved_draft_reaches_the_server_when_the_queue_is_sent() {
    let d = Dovecot::start();
    d.deliver(
        &ALICE,
        "INBOX",
        b"From: z@example.pl\r\nSubject: Do archiwum\r\nMessage-ID: <arch@x>\r\n\r\nx\r\n",
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let account = account(&d);
    let (handle, events) =
        worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;

    let draft = Draft {
        from: Address {
            name: None,
            email: account.email.clone(),
        },
        subject: "Koncept od razu".into(),
        body: "Treść\n".into(),
        ..Draft::default()
    };
    let built = compose::build_draft(&draft).expect("builds");
    with_store(&store, |s| {
        compose::file_draft(s, &home, &account, &built.raw, &built.message_id, &[]).map(drop)
    })
    .expect("saved");
    assert_eq!(d.message_count(&ALICE, "Drafts"), 0);
    handle.send(Command::SendQueue);
    until(
        &mut events,
        |e| matches!(e, Event::SyncDone(s) if s.replayed > 0),
    )
    .await;
    assert_eq!(d.message_count(&ALICE, "Drafts"), 1);

    // Archive through the worker: moved on the server too.
    let id = with_store(&store, |s| {
        Ok(s.messages_with_message_id(account.id, "arch@x")?[0])
    })
    .expect("row");
    handle.send(Command::Everyday(Everyday::Archive {
        message_ids: vec![id],
    }));
    until(
        &mut events,
        |e| matches!(e, Event::SyncDone(s) if s.replayed > 0),
    )
    .await;
    assert_eq!(d.message_count(&ALICE, "Archive"), 1);
    assert_eq!(d.message_count(&ALICE, "INBOX"), 0);
    handle.send(Command::Shutdown);
}
