//! Undo through the account worker against a real Dovecot, with a proxy
//! counting what the client says: undoing an archive sends the MOVE back
//! (from the UID the server gave the archived copy), undoing Junk takes
//! `$Junk` off again, and the server agrees. Offline, an undo taken before
//! the move left the queue takes it out: nothing reaches the server and
//! the message keeps its UID. A message that is gone is never reported
//! as undone.

use posta_testkit as support;

use std::sync::{Arc, Mutex};

use posta_core::store::{MessageRow, Op, PostaHome, Sort, Store};
use posta_core::sync::actions;
use posta_core::sync::everyday::{self, Everyday};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::sync::undo::{self, Before};
use posta_core::worker::{self, Command, Event, Handle};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;
use support::wire_count::CountingProxy;

fn mail(n: usize) -> Vec<u8> {
    format!(
        "From: a@example.org\r\nSubject: u{n}\r\nMessage-ID: <undo{n}@x>\r\n\
         Date: Mon, 7 Dec 2026 10:0{n}:00 +0000\r\n\r\nbody {n}\r\n"
    )
    .into_bytes()
}

fn row(store: &SharedStore, folder: &str, subject: &str) -> Option<MessageRow> {
    with_store(store, |s| {
        let Some(id) = s.folder_id(1, folder)? else {
            return Ok(None);
        };
        Ok(s.messages(id, 100, 0, Sort::DateAsc)?
            .into_iter()
            .find(|m| m.subject == subject))
    })
    .expect("store")
}

fn folder_id(store: &SharedStore, folder: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(1, folder)?))
        .expect("store")
        .expect("folder")
}

/// The flags of `folder`'s messages on the server, one line each.
fn server_flags(d: &Dovecot, folder: &str) -> String {
    d.doveadm(&["fetch", "-u", ALICE.name, "flags", "mailbox", folder])
}

fn new_store(dir: &std::path::Path) -> SharedStore {
    Arc::new(Mutex::new(Store::open(&PostaHome::at(dir)).expect("store")))
}

async fn send_and_wait(
    proxy: &CountingProxy,
    handle: &Handle,
    events: &mut (impl futures::Stream<Item = Event> + Unpin),
    command: Command,
) -> Vec<String> {
    let mark = proxy.mark();
    handle.send(command);
    let commands = proxy
        .until(mark, |seen| seen.iter().any(|c| c == "IDLE"))
        .await;
    let _ = until(events, |e| matches!(e, Event::SyncDone(_))).await;
    commands
}

#[tokio::test]
async fn undo_of_archive_and_junk_reverses_them_on_the_server() {
    let d = Dovecot::start();
    for n in 1..=3 {
        d.deliver(&ALICE, "INBOX", &mail(n));
    }
    d.ensure_folder(&ALICE, "Junk");
    let (proxy, account) = CountingProxy::for_imap(&d, &ALICE).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let store = new_store(dir.path());
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    let inbox = folder_id(&store, "INBOX");
    let mark = proxy.mark();
    handle.send(Command::OpenFolder { folder_id: inbox });
    proxy
        .until(mark, |seen| seen.iter().any(|c| c == "IDLE"))
        .await;

    // Archive u1: on the server, the archived copy knows its UID.
    let u1 = row(&store, "INBOX", "u1").expect("u1");
    let before = vec![Before::of(&u1)];
    let archive = Command::Everyday(Everyday::Archive {
        message_ids: vec![u1.id],
    });
    send_and_wait(&proxy, &handle, &mut events, archive).await;
    assert_eq!(d.message_count(&ALICE, "Archive"), 1);
    assert!(row(&store, "Archive", "u1").is_some_and(|r| r.uid.is_some()));

    // Undo: the MOVE back, and the worker says it is undone.
    let mark = proxy.mark();
    handle.send(Command::Undo { before });
    let undone = until(&mut events, |e| matches!(e, Event::Undone(_))).await;
    assert!(matches!(undone, Event::Undone(Ok(()))), "{undone:?}");
    let wire = proxy
        .until(mark, |seen| seen.iter().any(|c| c == "IDLE"))
        .await;
    eprintln!("undo of archive: {wire:?}");
    assert!(wire.iter().any(|c| c == "UID MOVE"), "{wire:?}");
    // The change only, not a sync: DONE, SELECT Archive, the MOVE, SELECT
    // the open INBOX again, IDLE.
    for sync_only in ["LIST", "STATUS", "NAMESPACE", "GETMETADATA", "UID FETCH"] {
        assert!(!wire.iter().any(|c| c == sync_only), "{wire:?}");
    }
    assert!(wire.len() <= 5, "{wire:?}");
    assert_eq!(d.message_count(&ALICE, "Archive"), 0);
    assert_eq!(d.message_count(&ALICE, "INBOX"), 3);
    let back = row(&store, "INBOX", "u1").expect("u1 back in INBOX");
    assert_eq!(back.id, u1.id);
    assert!(back.uid.is_some(), "{back:?}");

    // Junk u2, then undo: back in INBOX without $Junk, here and there.
    let u2 = row(&store, "INBOX", "u2").expect("u2");
    let before = vec![Before::of(&u2)];
    let junk = Command::Everyday(Everyday::Junk {
        message_ids: vec![u2.id],
        junk: true,
    });
    send_and_wait(&proxy, &handle, &mut events, junk).await;
    assert_eq!(d.message_count(&ALICE, "Junk"), 1);
    assert!(server_flags(&d, "Junk").contains(everyday::JUNK));
    handle.send(Command::Undo { before });
    let undone = until(&mut events, |e| matches!(e, Event::Undone(_))).await;
    assert!(matches!(undone, Event::Undone(Ok(()))), "{undone:?}");
    assert_eq!(d.message_count(&ALICE, "Junk"), 0);
    assert_eq!(d.message_count(&ALICE, "INBOX"), 3);
    let flags = server_flags(&d, "INBOX");
    assert!(!flags.contains(everyday::JUNK), "{flags}");
    let back = row(&store, "INBOX", "u2").expect("u2 back");
    assert_eq!(back.flags, u2.flags);

    // A message deleted for good cannot come back: never "undone".
    let u3 = row(&store, "INBOX", "u3").expect("u3");
    let before = vec![Before::of(&u3)];
    let delete = Command::Delete {
        message_ids: vec![u3.id],
    };
    send_and_wait(&proxy, &handle, &mut events, delete).await;
    handle.send(Command::Undo { before });
    let undone = until(&mut events, |e| matches!(e, Event::Undone(_))).await;
    assert!(matches!(undone, Event::Undone(Err(_))), "{undone:?}");
    handle.send(Command::Shutdown);
}

#[tokio::test]
async fn undo_before_the_move_left_the_queue_sends_nothing() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    d.ensure_folder(&ALICE, "Archive");
    let account = accounts::imap(&d, &ALICE);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = new_store(dir.path());
    {
        let (handle, events) =
            worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone());
        let mut events = Box::pin(events);
        until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
        handle.send(Command::Shutdown);
    }

    // Offline: archived here and queued, then undone.
    let u1 = row(&store, "INBOX", "u1").expect("u1");
    let archive = folder_id(&store, "Archive");
    with_store(&store, |s| actions::move_message(s, u1.id, archive)).expect("move");
    assert!(row(&store, "Archive", "u1").is_some_and(|r| r.uid.is_none()));
    let changed = with_store(&store, |s| undo::undo(s, &[Before::of(&u1)])).expect("undo");
    assert_eq!(changed, 1);
    let queued = with_store(&store, |s| Ok(s.pending_ops(1)?)).expect("queue");
    assert!(
        !queued.iter().any(|(_, op)| matches!(op, Op::Move { .. })),
        "{queued:?}"
    );
    let back = row(&store, "INBOX", "u1").expect("back in INBOX");
    assert_eq!((back.id, back.uid), (u1.id, u1.uid));

    // The next connection finds nothing to do, and the server agrees.
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(d.message_count(&ALICE, "INBOX"), 1);
    assert_eq!(d.message_count(&ALICE, "Archive"), 0);
    let after = row(&store, "INBOX", "u1").expect("still in INBOX");
    assert_eq!((after.id, after.uid), (u1.id, u1.uid));
    handle.send(Command::Shutdown);
}
