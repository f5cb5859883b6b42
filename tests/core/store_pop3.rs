//! The POP3 ledger: a download is recorded with its message in one durable
//! step after the body is on disk; deletions here and on the server are
//! remembered; known UIDLs never come back as new messages.

use std::io::Write;

use posta_core::message::{Envelope, Headers, RemoteId};
use posta_core::store::{FolderRow, KeepCopy, PostaHome, RealFiles, Store};

const RAW: &[u8] = "From: =?UTF-8?Q?Zofia_=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>\r\n\
To: jan@example.sk\r\n\
Subject: =?UTF-8?Q?Zam=C3=B3wienie?=\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
Message-ID: <order-1@example.pl>\r\n\
\r\n\
Potwierdzamy zamówienie numer 42.\r\n"
    .as_bytes();

struct Fixture {
    _dir: tempfile::TempDir,
    home: PostaHome,
    store: Store,
    inbox: i64,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let home = PostaHome::at(dir.path());
    let store = Store::open(&home).unwrap();
    store.ensure_account(3, "pop").unwrap();
    let inbox = store
        .upsert_folder(3, &FolderRow::local(3, "INBOX", None))
        .unwrap();
    Fixture {
        _dir: dir,
        home,
        store,
        inbox,
    }
}

fn download(store: &Store, folder: i64, raw: &[u8]) -> posta_core::store::Delivered {
    let maildir = store.folder_maildir(folder).unwrap();
    let mut delivery = maildir.begin(&RealFiles).unwrap();
    for chunk in raw.chunks(7) {
        delivery.write_all(chunk).unwrap();
    }
    delivery.finish(&[]).unwrap()
}

#[test]
fn a_download_records_message_ledger_and_search_together() {
    let f = fixture();
    let body = download(&f.store, f.inbox, RAW);
    let id = f
        .store
        .pop3_record_download(3, f.inbox, "uidl-1", &body)
        .unwrap();
    drop(f.store);

    let store = Store::open(&f.home).unwrap();
    let known = store.pop3_known(3).unwrap();
    let entry = known["uidl-1"];
    assert_eq!(entry.message_id, Some(id));
    assert!(!entry.deleted_locally && !entry.deleted_on_server);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((now - entry.downloaded_at).abs() < 60);

    let message = store.message(id).unwrap().unwrap();
    assert_eq!(message.subject, "Zamówienie");
    assert_eq!(message.from, "Zofia Żółw <zofia@example.pl>");
    assert_eq!(message.uidl.as_deref(), Some("uidl-1"));
    assert_eq!(message.uid, None);
    assert_eq!(message.message_id.as_deref(), Some("order-1@example.pl"));
    assert_eq!(message.size, RAW.len() as u64);
    assert!(message.has_body && message.is_unread());
    assert_eq!(store.body(id).unwrap().as_deref(), Some(RAW));
    assert_eq!(store.search("zamowienie numer", 5).unwrap().len(), 1);
    assert!(store.pop3_known(4).unwrap().is_empty());
}

#[test]
fn an_envelope_listed_first_gets_its_body_attached() {
    let f = fixture();
    let listed = Envelope {
        id: RemoteId::Uidl("uidl-2".into()),
        flags: vec![],
        size: 999,
        headers: Headers {
            subject: "from TOP".into(),
            ..Headers::default()
        },
    };
    f.store
        .upsert_messages(f.inbox, std::slice::from_ref(&listed))
        .unwrap();
    let before = f
        .store
        .messages(f.inbox, 10, 0, Default::default())
        .unwrap();
    assert_eq!(before.len(), 1);
    assert!(!before[0].has_body);

    let body = download(&f.store, f.inbox, RAW);
    let id = f
        .store
        .pop3_record_download(3, f.inbox, "uidl-2", &body)
        .unwrap();
    assert_eq!(id, before[0].id);
    assert_eq!(f.store.message_count(f.inbox).unwrap(), (1, 1));
    assert!(f.store.message(id).unwrap().unwrap().has_body);
    // The search entry moved with its new date: found once, by what the
    // download brought, not by what TOP said.
    assert_eq!(f.store.search("zamowienie", 5).unwrap().len(), 1);
    assert!(f.store.search("TOP", 5).unwrap().is_empty());
    assert_eq!(f.store.search_pending().unwrap(), 0);

    // Listing it again (next session) neither duplicates nor resets it.
    f.store
        .upsert_messages(f.inbox, std::slice::from_ref(&listed))
        .unwrap();
    assert_eq!(f.store.message_count(f.inbox).unwrap(), (1, 1));
    // Even after it moved to another folder or was deleted here.
    let other = f
        .store
        .upsert_folder(3, &FolderRow::local(3, "Faktúry", None))
        .unwrap();
    f.store.move_message_local(id, other).unwrap();
    f.store
        .upsert_messages(f.inbox, std::slice::from_ref(&listed))
        .unwrap();
    assert_eq!(f.store.message_count(f.inbox).unwrap(), (0, 0));
    f.store.delete_message(id).unwrap();
    f.store.upsert_messages(f.inbox, &[listed]).unwrap();
    assert_eq!(f.store.message_count(f.inbox).unwrap(), (0, 0));
}

#[test]
fn local_and_server_deletions_are_remembered() {
    let f = fixture();
    let a = f
        .store
        .pop3_record_download(3, f.inbox, "a", &download(&f.store, f.inbox, RAW))
        .unwrap();
    f.store
        .pop3_record_download(3, f.inbox, "b", &download(&f.store, f.inbox, RAW))
        .unwrap();
    f.store
        .pop3_record_download(3, f.inbox, "c", &download(&f.store, f.inbox, RAW))
        .unwrap();

    // Deleting the message row marks its ledger entry.
    let body = f.store.body_path(a).unwrap().unwrap();
    f.store.delete_message(a).unwrap();
    assert!(!body.exists());
    f.store.pop3_mark_deleted_locally(3, "b").unwrap();
    f.store.pop3_mark_deleted_on_server(3, &["b", "c"]).unwrap();
    assert!(f.store.pop3_mark_deleted_on_server(3, &["nope"]).is_err());
    drop(f.store);

    let store = Store::open(&f.home).unwrap();
    let known = store.pop3_known(3).unwrap();
    assert_eq!(known.len(), 3);
    assert!(known["a"].deleted_locally && !known["a"].deleted_on_server);
    assert_eq!(known["a"].message_id, None);
    assert!(known["b"].deleted_locally && known["b"].deleted_on_server);
    assert!(!known["c"].deleted_locally && known["c"].deleted_on_server);
    assert!(known["a"].due_for_server_deletion(KeepCopy::UntilDeletedHere, 0));
    assert!(!known["b"].due_for_server_deletion(KeepCopy::UntilDeletedHere, 0));

    store.pop3_forget(3, &["b", "c"]).unwrap();
    assert_eq!(
        store.pop3_known(3).unwrap().keys().collect::<Vec<_>>(),
        vec!["a"]
    );
}

#[test]
fn a_failed_record_removes_the_body_so_a_retry_starts_clean() {
    let f = fixture();
    let body = download(&f.store, f.inbox, RAW);
    assert!(body.path.exists());
    // Account 4 does not own this folder.
    assert!(f
        .store
        .pop3_record_download(4, f.inbox, "x", &body)
        .is_err());
    assert!(!body.path.exists());
    assert!(f.store.pop3_known(3).unwrap().is_empty());
    assert_eq!(f.store.message_count(f.inbox).unwrap(), (0, 0));
}

#[test]
fn bodies_written_but_never_recorded_are_listed_for_the_sweep() {
    let f = fixture();
    let recorded = f
        .store
        .pop3_record_download(3, f.inbox, "a", &download(&f.store, f.inbox, RAW))
        .unwrap();
    // Its flags change, so its file name changes: still recorded.
    f.store
        .apply_flag_change(recorded, &[posta_core::message::Flag::Seen], &[])
        .unwrap();
    // A sync killed after the body was durable but before it was recorded.
    let orphan = download(&f.store, f.inbox, RAW);
    // And one still being written.
    let maildir = f.store.folder_maildir(f.inbox).unwrap();
    let mut writing = maildir.begin(&RealFiles).unwrap();
    writing.write_all(b"Subject: half").unwrap();

    let unrecorded = f.store.pop3_unrecorded_bodies(f.inbox).unwrap();
    assert_eq!(unrecorded.len(), 2, "{unrecorded:?}");
    assert!(unrecorded.contains(&orphan.path));
    assert!(unrecorded
        .iter()
        .any(|p| p.parent() == Some(maildir.root().join("tmp").as_path())));
    drop(writing);
    assert_eq!(
        f.store.pop3_unrecorded_bodies(f.inbox).unwrap(),
        vec![orphan.path]
    );
}
