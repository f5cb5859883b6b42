//! Tags complete, on every device (real Dovecot): a tag renamed or deleted
//! on another device is renamed or deleted here by the folder check (and
//! not pushed back); a tag deleted here comes off every message on the
//! server, in every folder, and out of the shared list; a rename here keeps
//! the keyword and reaches the shared list.

use posta_testkit as support;

use std::time::Duration;

use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::store::{AccountConfig, TagDef};
use posta_core::sync::tags::{tags_from_json, tags_to_json, TAGS_ENTRY};
use posta_core::sync::{tag_admin, with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until_within;

const WITHIN: Duration = Duration::from_secs(40);

fn mail(n: &str) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: {n}\r\nMessage-ID: <{n}@x>\r\n\r\nbody\r\n")
        .into_bytes()
}

fn tag(keyword: &str, name: &str) -> TagDef {
    TagDef {
        keyword: keyword.into(),
        name: name.into(),
        color: "#12ab34".into(),
    }
}

fn names(store: &SharedStore) -> Vec<(String, String)> {
    with_store(store, |s| Ok(s.tags(1)?))
        .expect("store")
        .into_iter()
        .map(|t| (t.keyword, t.name))
        .collect()
}

fn has(store: &SharedStore, keyword: &str, name: &str) -> bool {
    names(store).contains(&(keyword.to_owned(), name.to_owned()))
}

fn defined(store: &SharedStore, keyword: &str) -> bool {
    names(store).iter().any(|(k, _)| k == keyword)
}

async fn other_client(d: &Dovecot) -> ImapSession {
    posta_testkit::accounts::login(d, &ALICE).await
}

async fn server_keywords(other: &mut ImapSession, folder: &str) -> Vec<Vec<Flag>> {
    other.examine(folder).await.expect("examine");
    other
        .fetch_flags("1:*")
        .await
        .expect("flags")
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

async fn server_tags(other: &mut ImapSession) -> Vec<TagDef> {
    let json = other
        .get_metadata("", TAGS_ENTRY)
        .await
        .expect("metadata")
        .unwrap_or_default();
    tags_from_json(&json)
}

/// The server's shared list once `want` accepts it (the worker pushes
/// it after the queue; waits at most 10 s).
async fn server_list_until(
    other: &mut ImapSession,
    want: impl Fn(&[TagDef]) -> bool,
) -> Vec<TagDef> {
    for _ in 0..200 {
        let list = server_tags(other).await;
        if want(&list) {
            return list;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "the server's tag list never became as expected: {:?}",
        server_tags(other).await
    );
}

#[tokio::test]
async fn tag_changes_follow_every_device() {
    let d = Dovecot::start();
    let mut other = other_client(&d).await;
    let projekt = Flag::Keyword("projekt".into());
    other
        .append("INBOX", std::slice::from_ref(&projekt), &mail("m1"))
        .await
        .expect("append");
    other
        .append("Archive", std::slice::from_ref(&projekt), &mail("m2"))
        .await
        .expect("append");
    let shared = [
        tag("projekt", "Projekt"),
        tag("stary", "Stary"),
        tag("inny", "Inny"),
    ];
    other
        .set_metadata("", TAGS_ENTRY, Some(&tags_to_json(&shared)))
        .await
        .expect("metadata");

    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = AccountConfig {
        check_interval: 1,
        ..accounts::imap(&d, &ALICE)
    };
    let (handle, events) = worker::spawn(account, Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    until_within(&mut events, WITHIN, |e| matches!(e, Event::SyncDone(_))).await;
    assert!(has(&store, "projekt", "Projekt") && has(&store, "stary", "Stary"));

    // Another device deletes "stary" and renames "inny": both follow here.
    let elsewhere = [tag("projekt", "Projekt"), tag("inny", "Inny (nowy)")];
    other
        .set_metadata("", TAGS_ENTRY, Some(&tags_to_json(&elsewhere)))
        .await
        .expect("metadata");
    until_within(&mut events, WITHIN, |_| {
        !defined(&store, "stary") && has(&store, "inny", "Inny (nowy)")
    })
    .await;

    // Deleted here: off both messages on the server and out of the list.
    handle.send(Command::DeleteTag {
        keyword: "projekt".into(),
    });
    until_within(&mut events, WITHIN, |e| matches!(e, Event::Queued(0))).await;
    assert!(!defined(&store, "projekt"));
    for folder in ["INBOX", "Archive"] {
        let flags = server_keywords(&mut other, folder).await;
        assert_eq!(flags.len(), 1, "{folder}");
        assert!(!flags[0].contains(&projekt), "{folder}: {flags:?}");
    }
    let on_server = server_list_until(&mut other, |list| {
        list.iter().all(|t| t.keyword != "projekt")
    })
    .await;
    assert!(
        on_server.iter().all(|t| t.keyword != "stary"),
        "not pushed back"
    );

    // Renamed here: the keyword stays, the shared list has the new name.
    with_store(&store, |s| tag_admin::rename_tag(s, 1, "inny", "Różne")).expect("rename");
    handle.send(Command::SaveTags);
    server_list_until(&mut other, |list| list.contains(&tag("inny", "Różne"))).await;
    // A pull afterwards keeps it (the server's list is what was seen).
    handle.send(Command::SyncNow);
    until_within(&mut events, WITHIN, |e| matches!(e, Event::SyncDone(_))).await;
    assert!(has(&store, "inny", "Różne"));
    assert!(handle.send(Command::Shutdown));
}
