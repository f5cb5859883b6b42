//! What one user action puts on the wire: the account worker talks to a
//! real Dovecot through a proxy that counts the client's commands, with the
//! window's open folder idling as it does in use. Archiving, deleting,
//! flagging or tagging one message sends the change (and the DONE before
//! it, the IDLE after it) — never a whole sync with LIST, NAMESPACE,
//! METADATA and a STATUS of every folder.

use posta_testkit as support;

use std::sync::{Arc, Mutex};

use posta_core::message::Flag;
use posta_core::store::{PostaHome, Sort, Store};
use posta_core::sync::everyday::Everyday;
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event, Handle};
use posta_core::Secret;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;
use support::wire_count::CountingProxy;

/// Commands that belong to a sync or a check, never to one change.
const SYNC_ONLY: [&str; 9] = [
    "NAMESPACE",
    "LIST",
    "LSUB",
    "STATUS",
    "GETMETADATA",
    "GETQUOTAROOT",
    "FETCH",
    "UID FETCH",
    "EXAMINE",
];

fn mail(n: usize) -> Vec<u8> {
    format!(
        "From: a@example.org\r\nSubject: w{n}\r\nMessage-ID: <wire{n}@x>\r\n\
         Date: Mon, 7 Dec 2026 10:0{n}:00 +0000\r\n\r\nbody {n}\r\n"
    )
    .into_bytes()
}

fn message_id(store: &SharedStore, folder: &str, subject: &str) -> i64 {
    with_store(store, |s| {
        let id = s.folder_id(1, folder)?.expect("folder");
        Ok(s.messages(id, 100, 0, Sort::DateAsc)?
            .into_iter()
            .find(|m| m.subject == subject)
            .map(|m| m.id))
    })
    .expect("store")
    .unwrap_or_else(|| panic!("{subject} is not in {folder}"))
}

fn folder_id(store: &SharedStore, folder: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(1, folder)?))
        .expect("store")
        .expect("folder")
}

/// Sends `command` and returns the commands the worker sent for it: from
/// the DONE that ends the open folder's IDLE to the next IDLE.
async fn on_the_wire(proxy: &CountingProxy, handle: &Handle, command: Command) -> Vec<String> {
    let mark = proxy.mark();
    handle.send(command);
    proxy
        .until(mark, |seen| seen.iter().any(|c| c == "IDLE"))
        .await
}

#[tokio::test]
async fn one_change_sends_only_the_change() {
    let d = Dovecot::start();
    for folder in ["Work", "Family", "Lists"] {
        d.ensure_folder(&ALICE, folder);
    }
    for n in 1..=5 {
        d.deliver(&ALICE, "INBOX", &mail(n));
    }
    let (proxy, account) = CountingProxy::for_imap(&d, &ALICE).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(dir.path())).expect("store"),
    ));
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    let inbox = folder_id(&store, "INBOX");
    let first = on_the_wire(&proxy, &handle, Command::OpenFolder { folder_id: inbox }).await;
    assert!(first.contains(&"SELECT".to_owned()), "{first:?}");

    let archive = on_the_wire(
        &proxy,
        &handle,
        Command::Everyday(Everyday::Archive {
            message_ids: vec![message_id(&store, "INBOX", "w1")],
        }),
    )
    .await;
    // The copy shown in Archive carries its UID on the server already, so
    // a flag set on it before the next check reaches the server too.
    let archived = message_id(&store, "Archive", "w1");
    let row = with_store(&store, |s| Ok(s.message(archived)?))
        .expect("store")
        .expect("row");
    assert!(row.uid.is_some(), "{row:?}");
    let trash = folder_id(&store, "Trash");
    let delete = on_the_wire(
        &proxy,
        &handle,
        Command::Move {
            message_ids: vec![message_id(&store, "INBOX", "w2")],
            to_folder: trash,
        },
    )
    .await;
    let flag = on_the_wire(
        &proxy,
        &handle,
        Command::SetFlags {
            message_ids: vec![message_id(&store, "INBOX", "w3")],
            add: vec![Flag::Flagged],
            remove: Vec::new(),
        },
    )
    .await;
    let tag = on_the_wire(
        &proxy,
        &handle,
        Command::SetFlags {
            message_ids: vec![message_id(&store, "INBOX", "w4")],
            add: vec![Flag::Keyword("$label1".into())],
            remove: Vec::new(),
        },
    )
    .await;
    let for_good = on_the_wire(
        &proxy,
        &handle,
        Command::Delete {
            message_ids: vec![message_id(&store, "INBOX", "w5")],
        },
    )
    .await;
    for (action, commands) in [
        ("open folder", &first),
        ("archive", &archive),
        ("delete (to Trash)", &delete),
        ("flag", &flag),
        ("tag", &tag),
        ("delete for good", &for_good),
    ] {
        eprintln!("{action}: {} commands: {commands:?}", commands.len());
    }

    // The server has each change.
    assert_eq!(d.message_count(&ALICE, "Archive"), 1);
    assert_eq!(d.message_count(&ALICE, "Trash"), 1);
    assert_eq!(d.message_count(&ALICE, "INBOX"), 2);

    // Before: archive 23, delete 22, flag 5, tag 5, delete for good 22.
    for (action, commands, change, most) in [
        ("archive", &archive, "UID MOVE", 3),
        ("delete", &delete, "UID MOVE", 3),
        ("flag", &flag, "UID STORE", 3),
        ("tag", &tag, "UID STORE", 3),
        ("delete for good", &for_good, "UID EXPUNGE", 4),
    ] {
        assert!(
            commands.iter().any(|c| c == change),
            "{action}: {commands:?}"
        );
        for sync_only in SYNC_ONLY {
            assert!(
                !commands.iter().any(|c| c == sync_only),
                "{action} sent {sync_only}: {commands:?}"
            );
        }
        // DONE, the change (a STORE before an EXPUNGE), IDLE: the open
        // folder is selected already.
        assert!(commands.len() <= most, "{action}: {commands:?}");
    }
}
