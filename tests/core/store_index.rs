//! The SQLite index on a real file: migrations and reopening, bulk
//! envelopes, UIDVALIDITY resets, server flags against local changes,
//! folders, tags and local moves.

use std::time::Instant;

use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{
    schema, FolderRow, PostaHome, Sort, Store, StoreError, TagDef, DEFAULT_TAGS,
};

fn envelope(uid: u32, subject: &str, date: i64, flags: Vec<Flag>) -> Envelope {
    Envelope {
        id: RemoteId::Uid(uid),
        flags,
        size: 1000 + u64::from(uid),
        headers: Headers {
            subject: subject.to_owned(),
            from: vec![Address {
                name: Some("Zofia Żółw".into()),
                email: "zofia@example.pl".into(),
            }],
            to: vec![Address {
                name: None,
                email: "jan@example.sk".into(),
            }],
            date: Some(date),
            message_id: Some(format!("{uid}@example.pl")),
            ..Headers::default()
        },
    }
}

fn home() -> (tempfile::TempDir, PostaHome) {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path().join("posta"));
    (dir, home)
}

fn inbox(store: &Store, account: i64) -> i64 {
    store.ensure_account(account, "Test").unwrap();
    store
        .upsert_folder(
            account,
            &FolderRow::local(account, "INBOX", Some(SpecialUse::Inbox)),
        )
        .unwrap()
}

#[test]
fn an_empty_file_is_migrated_and_reopens_at_the_same_version() {
    let (_dir, home) = home();
    std::fs::create_dir_all(&home.root).unwrap();
    std::fs::write(home.database(), b"").unwrap();
    let store = Store::open(&home).unwrap();
    let folder = inbox(&store, 1);
    drop(store);

    let conn = rusqlite::Connection::open(home.database()).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, schema::VERSION);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);

    let store = Store::open(&home).unwrap();
    assert_eq!(store.folder_id(1, "INBOX").unwrap(), Some(folder));
    assert_eq!(store.accounts().unwrap(), vec![(1, "Test".to_owned())]);
}

#[test]
fn a_database_from_a_newer_posta_is_refused() {
    let (_dir, home) = home();
    drop(Store::open(&home).unwrap());
    let conn = rusqlite::Connection::open(home.database()).unwrap();
    conn.pragma_update(None, "user_version", schema::VERSION + 1)
        .unwrap();
    drop(conn);
    assert!(matches!(Store::open(&home), Err(StoreError::Corrupt(_))));
}

#[test]
fn ten_thousand_envelopes_are_kept_across_reopen() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    let folder = inbox(&store, 1);
    let envelopes: Vec<Envelope> = (1..=10_000)
        .map(|uid| {
            let flags = if uid % 3 == 0 {
                vec![Flag::Seen]
            } else {
                vec![]
            };
            envelope(
                uid,
                &format!("Faktúra číslo {uid}"),
                1_700_000_000 + i64::from(uid),
                flags,
            )
        })
        .collect();
    let started = Instant::now();
    store.upsert_messages(folder, &envelopes).unwrap();
    let elapsed = started.elapsed();
    println!(
        "upsert of 10000 envelopes: {:.3} s, {:.0} rows/s (debug build)",
        elapsed.as_secs_f64(),
        10_000.0 / elapsed.as_secs_f64()
    );
    // Upserting the same envelopes again changes nothing.
    store.upsert_messages(folder, &envelopes[..100]).unwrap();
    drop(store);

    let store = Store::open(&home).unwrap();
    assert_eq!(
        store.message_count(folder).unwrap(),
        (10_000, 10_000 - 3_333)
    );
    let uids = store.uids(folder).unwrap();
    assert_eq!(uids.len(), 10_000);
    assert_eq!((uids[0], uids[9_999]), (1, 10_000));
    let newest = store.messages(folder, 2, 0, Sort::DateDesc).unwrap();
    assert_eq!(newest[0].uid, Some(10_000));
    assert_eq!(newest[0].subject, "Faktúra číslo 10000");
    assert_eq!(newest[0].from, "Zofia Żółw <zofia@example.pl>");
    assert_eq!(newest[0].to, "jan@example.sk");
    assert_eq!(newest[0].message_id.as_deref(), Some("10000@example.pl"));
    assert!(!newest[0].has_body);
    let page = store.messages(folder, 3, 10, Sort::DateAsc).unwrap();
    assert_eq!(
        page.iter().map(|m| m.uid).collect::<Vec<_>>(),
        vec![Some(11), Some(12), Some(13)]
    );
    let folders = store.folders(1).unwrap();
    assert_eq!((folders[0].total, folders[0].unread), (10_000, 6_667));
}

/// The first-sync benchmark: `cargo test --release --test core -- --ignored --nocapture`.
#[test]
#[ignore = "benchmark; run with --ignored --nocapture"]
fn first_sync_of_100k_envelopes() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    let folder = inbox(&store, 1);
    let envelopes: Vec<Envelope> = (1..=100_000)
        .map(|uid| {
            envelope(
                uid,
                &format!("Správa {uid} o pošte"),
                1_600_000_000 + i64::from(uid) * 60,
                vec![],
            )
        })
        .collect();
    let started = Instant::now();
    for batch in envelopes.chunks(100_000) {
        store.upsert_messages(folder, batch).unwrap();
    }
    let elapsed = started.elapsed();
    println!(
        "first sync of 100000 envelopes: {:.2} s, {:.0} rows/s",
        elapsed.as_secs_f64(),
        100_000.0 / elapsed.as_secs_f64()
    );
    let started = Instant::now();
    let counts = store.message_count(folder).unwrap();
    let page = store.messages(folder, 50, 0, Sort::DateDesc).unwrap();
    let folders = store.folders(1).unwrap();
    println!("counts + first page + folder list: {:?}", started.elapsed());
    let started = Instant::now();
    let flags: Vec<(u32, Vec<Flag>)> = (1..=100_000).map(|uid| (uid, vec![Flag::Seen])).collect();
    store.set_flags_many(folder, &flags).unwrap();
    println!("flag resync of 100000: {:?}", started.elapsed());
    let started = Instant::now();
    let hits = store.search("poste", 50).unwrap();
    println!(
        "search over 100000: {:?}, {} hits",
        started.elapsed(),
        hits.len()
    );
    assert_eq!(counts, (100_000, 100_000));
    assert_eq!(page[0].uid, Some(100_000));
    assert_eq!(folders[0].total, 100_000);
    assert_eq!(hits.len(), 50);
}

#[test]
fn a_uidvalidity_reset_drops_messages_and_body_files() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    let folder = inbox(&store, 1);
    store
        .set_folder_sync_state(folder, Some(7), Some(3), Some(42))
        .unwrap();
    store
        .upsert_messages(
            folder,
            &[envelope(1, "a", 1, vec![]), envelope(2, "b", 2, vec![])],
        )
        .unwrap();
    let id = store.message_by_uid(folder, 1).unwrap().unwrap().id;
    let path = store
        .store_body(id, "Subject: a\r\n\r\nunikátne slovo\r\n".as_bytes())
        .unwrap();
    assert!(path.is_file());

    store.reset_folder(folder).unwrap();
    assert_eq!(store.message_count(folder).unwrap(), (0, 0));
    assert!(store.uids(folder).unwrap().is_empty());
    assert!(!path.exists(), "the body file survived the reset");
    assert!(
        store.search("unikatne", 10).unwrap().is_empty(),
        "the search index kept the body"
    );
    let row = store.folder(folder).unwrap().unwrap();
    assert_eq!(
        (row.uid_validity, row.uid_next, row.highest_modseq),
        (None, None, None)
    );

    // The same UIDs under the new UIDVALIDITY are new messages.
    store
        .set_folder_sync_state(folder, Some(8), Some(2), None)
        .unwrap();
    store
        .upsert_messages(folder, &[envelope(1, "new a", 1, vec![])])
        .unwrap();
    let again = store.message_by_uid(folder, 1).unwrap().unwrap();
    assert_eq!(again.subject, "new a");
    assert!(!again.has_body);
    assert_eq!(store.folder(folder).unwrap().unwrap().uid_validity, Some(8));
}

#[test]
fn server_flags_replace_and_local_changes_apply() {
    let store = Store::open_in_memory().unwrap();
    let folder = inbox(&store, 1);
    let label = Flag::Keyword("$label1".into());
    store
        .upsert_messages(
            folder,
            &[envelope(5, "x", 1, vec![Flag::Seen, label.clone()])],
        )
        .unwrap();
    let id = store.message_by_uid(folder, 5).unwrap().unwrap().id;
    assert_eq!(store.message_count(folder).unwrap(), (1, 0));

    // Server truth replaces the whole set.
    store.set_flags(folder, 5, &[Flag::Flagged]).unwrap();
    assert_eq!(
        store.message(id).unwrap().unwrap().flags,
        vec![Flag::Flagged]
    );
    assert_eq!(store.message_count(folder).unwrap(), (1, 1));

    // A re-listed envelope also carries server truth.
    store
        .upsert_messages(folder, &[envelope(5, "x", 1, vec![Flag::Answered])])
        .unwrap();
    assert_eq!(
        store.message(id).unwrap().unwrap().flags,
        vec![Flag::Answered]
    );

    // A local change adds and removes, keeping the rest.
    let now = store
        .apply_flag_change(id, &[Flag::Seen, label.clone()], &[])
        .unwrap();
    assert_eq!(now, vec![Flag::Seen, Flag::Answered, label.clone()]);
    let now = store
        .apply_flag_change(id, &[], &[Flag::Answered, label])
        .unwrap();
    assert_eq!(now, vec![Flag::Seen]);
    assert_eq!(store.message(id).unwrap().unwrap().flags, vec![Flag::Seen]);
    assert_eq!(
        store.uid_flags(folder).unwrap(),
        vec![(5, vec![Flag::Seen])]
    );
    assert_eq!(store.message_count(folder).unwrap(), (1, 0));

    assert!(matches!(
        store.apply_flag_change(999, &[Flag::Seen], &[]),
        Err(StoreError::NotFound(_))
    ));
    // Flags for a UID that is not stored are ignored.
    store.set_flags(folder, 404, &[Flag::Seen]).unwrap();
}

#[test]
fn expunged_messages_are_removed() {
    let store = Store::open_in_memory().unwrap();
    let folder = inbox(&store, 1);
    let envelopes: Vec<_> = (1..=5)
        .map(|uid| envelope(uid, "m", i64::from(uid), vec![]))
        .collect();
    store.upsert_messages(folder, &envelopes).unwrap();
    store.remove_messages(folder, &[2, 4, 99]).unwrap();
    assert_eq!(store.uids(folder).unwrap(), vec![1, 3, 5]);
}

#[test]
fn folders_upsert_by_name_keep_sync_state_and_cascade() {
    let store = Store::open_in_memory().unwrap();
    store.ensure_account(1, "Work").unwrap();
    store.ensure_account(2, "Home").unwrap();
    let mut row = FolderRow::local(1, "Projekty/Żółć", None);
    row.wire_name = "Projekty/&AXsA8wFCAQc-".into();
    let id = store.upsert_folder(1, &row).unwrap();
    store
        .set_folder_sync_state(id, Some(1), Some(10), Some(5))
        .unwrap();
    row.shared = true;
    row.my_rights = Some("lrs".into());
    assert_eq!(store.upsert_folder(1, &row).unwrap(), id);
    let stored = store.folder(id).unwrap().unwrap();
    assert!(stored.shared);
    assert_eq!(stored.my_rights.as_deref(), Some("lrs"));
    assert_eq!(stored.wire_name, "Projekty/&AXsA8wFCAQc-");
    assert_eq!(stored.delimiter, Some('/'));
    assert_eq!(
        (stored.uid_validity, stored.uid_next, stored.highest_modseq),
        (Some(1), Some(10), Some(5))
    );

    let inbox_id = store
        .upsert_folder(1, &FolderRow::local(1, "INBOX", Some(SpecialUse::Inbox)))
        .unwrap();
    let names: Vec<_> = store
        .folders(1)
        .unwrap()
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(names, vec!["INBOX", "Projekty/Żółć"]);
    assert_eq!(store.folders(1).unwrap()[0].role, Some(SpecialUse::Inbox));
    assert_eq!(store.folder_id(2, "INBOX").unwrap(), None);

    store
        .rename_folder(id, "Projekty/Hotové", "Projekty/Hotov&AOk-")
        .unwrap();
    assert_eq!(store.folder_id(1, "Projekty/Hotové").unwrap(), Some(id));

    store
        .upsert_messages(inbox_id, &[envelope(1, "x", 1, vec![])])
        .unwrap();
    store.remove_folder(inbox_id).unwrap();
    assert_eq!(store.folder_id(1, "INBOX").unwrap(), None);
    assert_eq!(store.folders(1).unwrap().len(), 1);
    assert!(store.search("x", 10).unwrap().is_empty());
}

#[test]
fn tags_start_with_thunderbirds_and_take_custom_ones() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    store.ensure_account(1, "Work").unwrap();
    let tags = store.tags(1).unwrap();
    let expected = [
        ("$label1", "Important", "#ff0000"),
        ("$label2", "Work", "#ff9900"),
        ("$label3", "Personal", "#009900"),
        ("$label4", "To Do", "#3333ff"),
        ("$label5", "Later", "#993399"),
    ];
    assert_eq!(DEFAULT_TAGS, expected);
    let got: Vec<_> = tags
        .iter()
        .map(|t| (t.keyword.as_str(), t.name.as_str(), t.color.as_str()))
        .collect();
    assert_eq!(got, expected);

    let custom = TagDef {
        keyword: "projekt".into(),
        name: "Projekt Žltý".into(),
        color: "#FFCC00".into(),
    };
    store.upsert_tag(1, &custom).unwrap();
    store
        .upsert_tag(
            1,
            &TagDef {
                keyword: "$label1".into(),
                name: "Важно".into(),
                color: "#ff0000".into(),
            },
        )
        .unwrap();
    store.remove_tag(1, "$label5").unwrap();
    // Ensuring the account again neither duplicates nor restores tags.
    store.ensure_account(1, "Work renamed").unwrap();
    drop(store);

    let store = Store::open(&home).unwrap();
    let tags = store.tags(1).unwrap();
    assert_eq!(tags.len(), 5);
    assert_eq!(tags[0].name, "Важно");
    assert_eq!(
        tags[4],
        TagDef {
            keyword: "projekt".into(),
            name: "Projekt Žltý".into(),
            color: "#ffcc00".into()
        }
    );
    assert!(!tags.iter().any(|t| t.keyword == "$label5"));
    assert_eq!(
        store.accounts().unwrap(),
        vec![(1, "Work renamed".to_owned())]
    );

    for bad in [
        TagDef {
            keyword: "two words".into(),
            name: "x".into(),
            color: "#000000".into(),
        },
        TagDef {
            keyword: "ok".into(),
            name: "x".into(),
            color: "red".into(),
        },
        TagDef {
            keyword: "ok".into(),
            name: " ".into(),
            color: "#000000".into(),
        },
    ] {
        assert!(
            matches!(store.upsert_tag(1, &bad), Err(StoreError::Invalid(_))),
            "{bad:?}"
        );
    }
    assert_eq!(store.tags(2).unwrap(), vec![]);
}

#[test]
fn a_local_move_carries_the_body_and_drops_the_uid() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    let inbox = inbox(&store, 1);
    let archive = store
        .upsert_folder(1, &FolderRow::local(1, "Archív", Some(SpecialUse::Archive)))
        .unwrap();
    store
        .upsert_messages(inbox, &[envelope(9, "presun", 1, vec![Flag::Seen])])
        .unwrap();
    let id = store.message_by_uid(inbox, 9).unwrap().unwrap().id;
    let old = store
        .store_body(id, b"Subject: presun\r\n\r\ntelo\r\n")
        .unwrap();

    store.move_message_local(id, archive).unwrap();
    let moved = store.message(id).unwrap().unwrap();
    assert_eq!((moved.folder_id, moved.uid), (archive, None));
    assert!(!old.exists());
    let new = store.body_path(id).unwrap().unwrap();
    assert!(
        new.starts_with(home.folder_maildir(1, archive)),
        "{}",
        new.display()
    );
    assert_eq!(
        store.body(id).unwrap().unwrap(),
        b"Subject: presun\r\n\r\ntelo\r\n"
    );
    assert_eq!(store.message_count(inbox).unwrap(), (0, 0));
    assert_eq!(store.message_count(archive).unwrap(), (1, 0));

    store.ensure_account(2, "Other").unwrap();
    let foreign = store
        .upsert_folder(2, &FolderRow::local(2, "INBOX", None))
        .unwrap();
    assert!(matches!(
        store.move_message_local(id, foreign),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn removing_an_account_removes_everything_of_it() {
    let (_dir, home) = home();
    let store = Store::open(&home).unwrap();
    let folder = inbox(&store, 1);
    store
        .upsert_messages(folder, &[envelope(1, "x", 1, vec![])])
        .unwrap();
    let id = store.message_by_uid(folder, 1).unwrap().unwrap().id;
    store.store_body(id, b"Subject: x\r\n\r\ny\r\n").unwrap();
    assert!(home.maildir(1).is_dir());
    store.remove_account(1).unwrap();
    assert!(store.accounts().unwrap().is_empty());
    assert!(store.folders(1).unwrap().is_empty());
    assert!(store.tags(1).unwrap().is_empty());
    assert!(!home.maildir(1).exists());
}
