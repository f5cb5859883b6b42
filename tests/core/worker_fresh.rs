//! Every folder fresh: with the window open on INBOX only, what another
//! client does to other folders (a move to Archive, a copy appended to
//! Sent, folders created, renamed and deleted, tag definitions changed in
//! METADATA) reaches the store by the account's check interval; POP3
//! accounts fetch at their interval too. Real Dovecot.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::imap::ImapSession;
use posta_core::store::{AccountConfig, PostaHome, Store, TagDef};
use posta_core::sync::tags::{tags_to_json, TAGS_ENTRY};
use posta_core::sync::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::{until_within, Events};

/// Long enough for a check on a loaded machine, far below the default.
const WITHIN: Duration = Duration::from_secs(40);

fn mail(n: usize) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: m{n}\r\nMessage-ID: <f{n}@x>\r\n\r\nbody {n}\r\n")
        .into_bytes()
}

fn subjects(store: &SharedStore, folder: &str) -> Vec<String> {
    posta_testkit::stores::subjects(store, folder).unwrap_or_default()
}

fn has_folder(store: &SharedStore, folder: &str) -> bool {
    with_store(store, |s| Ok(s.folder_id(1, folder)?.is_some())).expect("store")
}

fn tag_names(store: &SharedStore) -> Vec<String> {
    with_store(store, |s| Ok(s.tags(1)?))
        .expect("store")
        .into_iter()
        .map(|t| t.name)
        .collect()
}

fn open_store() -> (tempfile::TempDir, SharedStore) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(dir.path())).expect("store"),
    ));
    (dir, store)
}

/// Alice's worker for `account` on `store`, after its first sync.
async fn synced_worker(account: AccountConfig, store: &SharedStore) -> (worker::Handle, Events) {
    posta_testkit::events::synced_worker(account, &ALICE, store, WITHIN).await
}

fn folder_id(store: &SharedStore, name: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(1, name)?))
        .expect("db")
        .unwrap_or_else(|| panic!("no folder {name}"))
}

async fn other_client(d: &Dovecot) -> ImapSession {
    posta_testkit::accounts::login(d, &ALICE).await
}

#[tokio::test]
async fn other_folders_follow_without_being_opened() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    d.deliver(&ALICE, "INBOX", &mail(2));
    d.ensure_folder(&ALICE, "Stary");
    let (_dir, store) = open_store();
    let account = AccountConfig {
        check_interval: 1,
        ..accounts::imap(&d, &ALICE)
    };
    let (handle, mut events) = synced_worker(account, &store).await;
    assert_eq!(subjects(&store, "INBOX"), ["m1", "m2"]);
    assert!(subjects(&store, "Archive").is_empty() && has_folder(&store, "Stary"));
    let inbox = folder_id(&store, "INBOX");
    handle.send(Command::OpenFolder { folder_id: inbox });

    // Another device files m1 in Archive, keeps a copy of a reply in Sent,
    // makes, renames and deletes folders, and new mail comes to INBOX.
    let mut other = other_client(&d).await;
    other.select("INBOX").await.expect("select");
    let uid = other.all_uids().await.expect("uids")[0];
    other.move_messages(&[uid], "Archive").await.expect("move");
    other.append("Sent", &[], &mail(3)).await.expect("append");
    other.create_folder("Projekty/Żółć").await.expect("create");
    other.rename_folder("Stary", "Nowy").await.expect("rename");
    other.append("INBOX", &[], &mail(4)).await.expect("append");
    until_within(&mut events, WITHIN, |_| {
        subjects(&store, "Archive") == ["m1"]
            && subjects(&store, "Sent") == ["m3"]
            && subjects(&store, "INBOX") == ["m2", "m4"]
            && has_folder(&store, "Projekty/Żółć")
            && has_folder(&store, "Nowy")
            && !has_folder(&store, "Stary")
    })
    .await;

    // A folder deleted elsewhere goes; tag definitions changed elsewhere
    // arrive with the same check.
    other.delete_folder("Projekty/Żółć").await.expect("delete");
    let tags = [TagDef {
        keyword: "projekt".into(),
        name: "Projekt Żółć".into(),
        color: "#12ab34".into(),
    }];
    other
        .set_metadata("", TAGS_ENTRY, Some(&tags_to_json(&tags)))
        .await
        .expect("metadata");
    until_within(&mut events, WITHIN, |_| {
        !has_folder(&store, "Projekty/Żółć")
            && tag_names(&store).contains(&"Projekt Żółć".to_owned())
    })
    .await;
    assert!(handle.send(Command::Shutdown));
}

#[tokio::test]
async fn pop3_accounts_fetch_at_their_interval() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let (_dir, store) = open_store();
    let account = AccountConfig {
        check_interval: 1,
        ..accounts::pop3(&d, &ALICE)
    };
    let (handle, mut events) = synced_worker(account, &store).await;
    assert_eq!(subjects(&store, "INBOX"), ["m1"]);
    d.deliver(&ALICE, "INBOX", &mail(2));
    until_within(&mut events, WITHIN, |_| {
        subjects(&store, "INBOX") == ["m1", "m2"]
    })
    .await;
    assert!(handle.send(Command::Shutdown));
}

#[tokio::test]
async fn with_notify_other_folders_follow_at_once() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &mail(1));
    let (_dir, store) = open_store();
    // An hour between checks: only NOTIFY can bring the changes in time.
    let account = AccountConfig {
        check_interval: 3600,
        ..accounts::imap(&d, &ALICE)
    };
    let (handle, mut events) = synced_worker(account, &store).await;
    let inbox = folder_id(&store, "INBOX");
    handle.send(Command::OpenFolder { folder_id: inbox });
    until_within(&mut events, WITHIN, |e| matches!(e, Event::StoreChanged)).await;
    let mut other = other_client(&d).await;
    assert!(
        other.server_capabilities().contains("NOTIFY"),
        "this Dovecot offers NOTIFY"
    );
    other.append("Sent", &[], &mail(3)).await.expect("append");
    other.create_folder("Nowy").await.expect("create");
    until_within(&mut events, Duration::from_secs(20), |_| {
        subjects(&store, "Sent") == ["m3"] && has_folder(&store, "Nowy")
    })
    .await;
    assert!(handle.send(Command::Shutdown));
}

fn subscribed(store: &SharedStore, folder: &str) -> Option<bool> {
    with_store(store, |s| {
        let Some(id) = s.folder_id(1, folder)? else {
            return Ok(None);
        };
        Ok(s.folder(id)?.map(|f| f.subscribed))
    })
    .expect("store")
}

/// Subscriptions are the server's: a folder another client unsubscribes
/// from is hidden and no longer checked after the next check, and comes
/// back with its mail when subscribed again; `Command::Subscribe` changes
/// them on the server (the worker's way; the settings screen uses it).
#[tokio::test]
async fn subscriptions_follow_the_server_and_are_changed_on_it() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "Projekty", &mail(1));
    d.deliver(&ALICE, "Stare", &mail(2));
    let (_dir, store) = open_store();
    let account = AccountConfig {
        check_interval: 1,
        ..accounts::imap(&d, &ALICE)
    };
    let (handle, mut events) = synced_worker(account, &store).await;
    assert_eq!(subscribed(&store, "Stare"), Some(true));
    assert_eq!(subjects(&store, "Stare"), ["m2"]);

    let mut other = other_client(&d).await;
    other.unsubscribe("Stare").await.expect("unsubscribe");
    until_within(&mut events, WITHIN, |_| {
        subscribed(&store, "Stare") == Some(false)
    })
    .await;
    // From now on every check knows: mail for Stare is not fetched, mail
    // for a subscribed folder is.
    // Appended, not delivered: `Dovecot::deliver` subscribes what it saves to.
    other.append("Stare", &[], &mail(3)).await.expect("append");
    d.deliver(&ALICE, "Projekty", &mail(4));
    until_within(&mut events, WITHIN, |_| {
        subjects(&store, "Projekty") == ["m1", "m4"]
    })
    .await;
    assert_eq!(
        subjects(&store, "Stare"),
        ["m2"],
        "an unsubscribed folder was checked"
    );
    other.subscribe("Stare").await.expect("subscribe");
    until_within(&mut events, WITHIN, |_| {
        subjects(&store, "Stare") == ["m2", "m3"]
    })
    .await;

    // Through the worker: the server's list changes.
    let projekty = folder_id(&store, "Projekty");
    handle.send(Command::Subscribe {
        folder_id: projekty,
        subscribed: false,
    });
    until_within(&mut events, WITHIN, |e| matches!(e, Event::SyncDone(_))).await;
    assert!(!d.subscribed(&ALICE).contains(&"Projekty".to_owned()));
    assert_eq!(subscribed(&store, "Projekty"), Some(false));
    handle.send(Command::Subscribe {
        folder_id: projekty,
        subscribed: true,
    });
    until_within(&mut events, WITHIN, |e| matches!(e, Event::SyncDone(_))).await;
    assert!(d.subscribed(&ALICE).contains(&"Projekty".to_owned()));
    assert!(handle.send(Command::Shutdown));
}
