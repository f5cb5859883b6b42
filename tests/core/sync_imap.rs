//! IMAP sync into the store against a real Dovecot: first sync newest
//! first, UIDVALIDITY reset, incremental changes found alike by QRESYNC,
//! CONDSTORE and the full comparison, offline changes replayed when the
//! server is back (refusals kept and reported), and two devices agreeing.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::imap::{FlagChange, ImapSession};
use posta_core::message::Flag;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::store::{PostaHome, Sort, Store};
use posta_core::sync::imap::{sync_account, with_store, SharedStore};
use posta_core::sync::{actions, CancelToken, ChangeDetection, Event, SyncOptions};
use posta_core::{ErrorKind, Secret};
use support::dovecot::{Dovecot, User, ALICE};

const ACCOUNT: i64 = 1;

fn endpoint(d: &Dovecot) -> Endpoint {
    Endpoint {
        host: d.host().to_owned(),
        port: d.imaps_port(),
        security: Security::Tls,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(std::fs::read(d.ca_pem()).expect("CA"))),
            pinned: None,
        },
        timeout: Duration::from_secs(20),
    }
}

async fn login(d: &Dovecot, user: &User) -> posta_core::Result<ImapSession> {
    ImapSession::connect(&endpoint(d), user.name, &Secret::new(user.password)).await
}

fn detecting(mode: ChangeDetection) -> SyncOptions {
    SyncOptions {
        detection: mode,
        ..SyncOptions::default()
    }
}

fn device() -> (tempfile::TempDir, SharedStore) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(ACCOUNT, "alice").expect("account");
    (dir, Arc::new(Mutex::new(store)))
}

fn mail(n: usize, subject: &str) -> Vec<u8> {
    format!(
        "From: Jan Nowak <jan@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
Date: Mon, 23 Nov 2026 10:{:02}:{:02} +0100\r\nMessage-ID: <m{n}@example.pl>\r\n\r\nTreść {n}\r\n",
        (n / 60) % 60,
        n % 60
    )
    .into_bytes()
}

async fn sync(
    d: &Dovecot,
    store: &SharedStore,
    options: &SyncOptions,
) -> posta_core::Result<posta_core::sync::SyncSummary> {
    let mut session = login(d, &ALICE).await?;
    sync_account(
        &mut session,
        store,
        ACCOUNT,
        options,
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
}

fn folder_id(store: &SharedStore, name: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(ACCOUNT, name)?))
        .expect("db")
        .expect("folder known")
}

/// (uid, subject, flags) of every message in a folder, by UID.
fn snapshot(store: &SharedStore, name: &str) -> Vec<(Option<u32>, String, Vec<Flag>)> {
    let id = folder_id(store, name);
    let mut rows: Vec<_> = with_store(store, |s| {
        Ok(s.messages(id, 1_000_000, 0, Sort::DateDesc)?)
    })
    .expect("messages")
    .into_iter()
    .map(|m| (m.uid, m.subject, m.flags))
    .collect();
    rows.sort();
    rows
}

#[tokio::test]
async fn first_sync_fills_newest_first_and_resync_changes_nothing() {
    let d = Dovecot::start();
    d.bulk_fill(
        &ALICE,
        "INBOX",
        (0..2500).map(|n| mail(n, &format!("Wiadomość {n}"))),
    );
    let (_dir, store) = device();
    let options = SyncOptions {
        batch: 1000,
        ..SyncOptions::default()
    };
    let mut session = login(&d, &ALICE).await.expect("login");
    let probe = store.clone();
    let mut progress = Vec::new();
    let summary = sync_account(
        &mut session,
        &store,
        ACCOUNT,
        &options,
        &CancelToken::new(),
        &mut |event| {
            if let Event::Progress(p) = event {
                if p.folder == "INBOX" && p.done == 1000 {
                    // The first batch holds the newest mail, so the list shows it at once.
                    let inbox = with_store(&probe, |s| Ok(s.folder_id(ACCOUNT, "INBOX")?))
                        .ok()
                        .flatten();
                    let uids =
                        inbox.map(|id| with_store(&probe, |s| Ok(s.uids(id)?)).unwrap_or_default());
                    progress.push(uids.unwrap_or_default());
                }
            }
        },
    )
    .await
    .expect("first sync");
    assert_eq!(summary.new_messages, 2500);
    assert_eq!(
        progress.len(),
        1,
        "one progress event after the first batch"
    );
    assert_eq!(progress[0].first().copied(), Some(1501));
    assert_eq!(progress[0].last().copied(), Some(2500));
    let inbox = folder_id(&store, "INBOX");
    assert_eq!(
        with_store(&store, |s| Ok(s.message_count(inbox)?)).expect("count"),
        (2500, 2500)
    );
    let again = sync(&d, &store, &options).await.expect("resync");
    assert_eq!(
        (again.new_messages, again.flag_changes, again.removed),
        (0, 0, 0)
    );
}

#[tokio::test]
async fn incremental_changes_are_found_alike_by_every_detection_mode() {
    let d = Dovecot::start();
    d.bulk_fill(&ALICE, "INBOX", (0..20).map(|n| mail(n, &format!("m{n}"))));
    let modes = [
        ChangeDetection::Qresync,
        ChangeDetection::Condstore,
        ChangeDetection::Full,
    ];
    let devices: Vec<_> = modes.iter().map(|_| device()).collect();
    for ((_, store), mode) in devices.iter().zip(modes) {
        sync(&d, store, &detecting(mode)).await.expect("first sync");
    }
    // Another client changes flags, expunges and delivers.
    let mut other = login(&d, &ALICE).await.expect("login");
    other.select("INBOX").await.expect("select");
    other
        .store_flags(
            &[2, 3],
            FlagChange::Add,
            &[Flag::Seen, Flag::Keyword("$label2".into())],
        )
        .await
        .expect("flags");
    other.delete_messages(&[5, 6]).await.expect("expunge");
    other
        .append("INBOX", &[Flag::Flagged], &mail(100, "nowa"))
        .await
        .expect("append");
    let mut results = Vec::new();
    for ((_, store), mode) in devices.iter().zip(modes) {
        let summary = sync(&d, store, &detecting(mode)).await.expect("sync");
        assert_eq!(
            (summary.new_messages, summary.removed, summary.flag_changes),
            (1, 2, 2),
            "{mode:?}"
        );
        results.push(snapshot(store, "INBOX"));
    }
    assert_eq!(results[0], results[1], "QRESYNC and CONDSTORE agree");
    assert_eq!(
        results[0], results[2],
        "QRESYNC and the full comparison agree"
    );
    let inbox = &results[0];
    assert_eq!(inbox.len(), 19);
    assert!(!inbox
        .iter()
        .any(|(uid, _, _)| matches!(uid, Some(5) | Some(6))));
    let two = inbox
        .iter()
        .find(|(uid, _, _)| *uid == Some(2))
        .expect("uid 2");
    assert_eq!(two.2, vec![Flag::Seen, Flag::Keyword("$label2".into())]);
    let new = inbox
        .iter()
        .find(|(_, s, _)| s == "nowa")
        .expect("new mail");
    assert_eq!(new.2, vec![Flag::Flagged]);
}

#[tokio::test]
async fn uidvalidity_change_resets_the_cached_folder() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "Projekty", &mail(1, "stara"));
    let (_dir, store) = device();
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("sync");
    assert_eq!(snapshot(&store, "Projekty").len(), 1);
    // Recreating the folder gives it a new UIDVALIDITY and restarts its UIDs.
    let mut other = login(&d, &ALICE).await.expect("login");
    other.delete_folder("Projekty").await.expect("delete");
    other.create_folder("Projekty").await.expect("create");
    other
        .append("Projekty", &[], &mail(2, "nowa A"))
        .await
        .expect("append");
    other
        .append("Projekty", &[], &mail(3, "nowa B"))
        .await
        .expect("append");
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("resync");
    let subjects: Vec<String> = snapshot(&store, "Projekty")
        .into_iter()
        .map(|(_, s, _)| s)
        .collect();
    assert_eq!(subjects, ["nowa A", "nowa B"]);
}

#[tokio::test]
async fn offline_changes_are_replayed_when_the_server_is_back() {
    let mut d = Dovecot::start();
    d.bulk_fill(&ALICE, "INBOX", (0..5).map(|n| mail(n, &format!("m{n}"))));
    let (dir, store) = device();
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("sync");
    d.stop();
    let inbox = folder_id(&store, "INBOX");
    let archive = folder_id(&store, "Archive");
    let by_uid = |uid: u32| {
        with_store(&store, |s| Ok(s.message_by_uid(inbox, uid)?))
            .expect("db")
            .expect("message")
            .id
    };
    let (one, two, three) = (by_uid(1), by_uid(2), by_uid(3));
    with_store(&store, |s| {
        actions::set_flags(s, one, &[Flag::Seen, Flag::Keyword("$label1".into())], &[])?;
        actions::move_message(s, two, archive)?;
        actions::delete_message(s, three)?;
        Ok(())
    })
    .expect("offline actions");
    // Shown at once, while offline.
    assert_eq!(snapshot(&store, "INBOX").len(), 3);
    let err = sync(&d, &store, &SyncOptions::default())
        .await
        .expect_err("server is down");
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
    // The queue survives closing and reopening the store (a restart).
    drop(store);
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(dir.path())).expect("reopen"),
    ));
    assert_eq!(
        with_store(&store, |s| Ok(s.pending_ops(ACCOUNT)?))
            .expect("ops")
            .len(),
        3
    );

    d.restart();
    let summary = sync(&d, &store, &SyncOptions::default())
        .await
        .expect("sync after restart");
    assert_eq!((summary.replayed, summary.refused), (3, 0));
    let mut check = login(&d, &ALICE).await.expect("login");
    check.examine("INBOX").await.expect("examine");
    assert_eq!(check.all_uids().await.expect("uids"), vec![1, 4, 5]);
    assert_eq!(
        check.fetch_flags("1").await.expect("flags")[0].1,
        vec![Flag::Seen, Flag::Keyword("$label1".into())]
    );
    assert_eq!(d.message_count(&ALICE, "Archive"), 1);
    assert!(with_store(&store, |s| Ok(s.pending_ops(ACCOUNT)?))
        .expect("ops")
        .is_empty());
    let archived: Vec<String> = snapshot(&store, "Archive")
        .into_iter()
        .map(|(_, s, _)| s)
        .collect();
    assert_eq!(
        archived,
        ["m1"],
        "the moved message appears once in Archive"
    );
}

#[tokio::test]
async fn a_change_the_server_refuses_is_kept_and_reported_not_retried() {
    let d = Dovecot::start();
    d.bulk_fill(&ALICE, "INBOX", (0..2).map(|n| mail(n, &format!("m{n}"))));
    let (_dir, store) = device();
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("sync");
    with_store(&store, |s| {
        s.enqueue(
            ACCOUNT,
            &posta_core::store::Op::Move {
                folder: "INBOX".into(),
                uid: 1,
                to: "Nie ma takiego".into(),
                message: None,
            },
        )?;
        s.enqueue(
            ACCOUNT,
            &posta_core::store::Op::SetFlags {
                folder: "INBOX".into(),
                uid: 2,
                add: vec![Flag::Flagged],
                remove: vec![],
            },
        )?;
        Ok(())
    })
    .expect("enqueue");
    let mut session = login(&d, &ALICE).await.expect("login");
    let mut refused = Vec::new();
    let summary = sync_account(
        &mut session,
        &store,
        ACCOUNT,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |e| {
            if let Event::ChangeRefused { op, .. } = e {
                refused.push(op);
            }
        },
    )
    .await
    .expect("sync");
    assert_eq!((summary.replayed, summary.refused), (1, 1));
    assert_eq!(refused.len(), 1);
    let failed = with_store(&store, |s| Ok(s.failed_ops(ACCOUNT)?)).expect("failed");
    assert_eq!(failed.len(), 1);
    assert!(!failed[0].2.is_empty(), "the server's words are kept");
    // Not retried on the next sync.
    let again = sync(&d, &store, &SyncOptions::default())
        .await
        .expect("sync");
    assert_eq!((again.replayed, again.refused), (0, 0));
    assert_eq!(
        with_store(&store, |s| Ok(s.failed_ops(ACCOUNT)?))
            .expect("failed")
            .len(),
        1
    );
}

#[tokio::test]
async fn two_devices_see_each_others_changes() {
    let d = Dovecot::start();
    d.bulk_fill(&ALICE, "INBOX", (0..4).map(|n| mail(n, &format!("m{n}"))));
    let (_a_dir, laptop) = device();
    let (_b_dir, phone) = device();
    for store in [&laptop, &phone] {
        sync(&d, store, &SyncOptions::default())
            .await
            .expect("sync");
    }
    let inbox = folder_id(&laptop, "INBOX");
    let trash = folder_id(&laptop, "Trash");
    let id = |uid| {
        with_store(&laptop, |s| Ok(s.message_by_uid(inbox, uid)?))
            .expect("db")
            .expect("msg")
            .id
    };
    let (a, b, c) = (id(1), id(2), id(3));
    with_store(&laptop, |s| {
        actions::set_flags(
            s,
            a,
            &[Flag::Seen, Flag::Answered, Flag::Keyword("$label3".into())],
            &[],
        )?;
        actions::move_message(s, b, trash)?;
        actions::delete_message(s, c)?;
        Ok(())
    })
    .expect("laptop changes");
    sync(&d, &laptop, &SyncOptions::default())
        .await
        .expect("laptop sync");
    sync(&d, &phone, &SyncOptions::default())
        .await
        .expect("phone sync");
    assert_eq!(snapshot(&phone, "INBOX"), snapshot(&laptop, "INBOX"));
    let phone_inbox = snapshot(&phone, "INBOX");
    assert_eq!(phone_inbox.len(), 2);
    assert_eq!(
        phone_inbox[0].2,
        vec![Flag::Seen, Flag::Answered, Flag::Keyword("$label3".into())]
    );
    let trash_subjects: Vec<String> = snapshot(&phone, "Trash")
        .into_iter()
        .map(|(_, s, _)| s)
        .collect();
    assert_eq!(trash_subjects, ["m1"]);
    assert_eq!(snapshot(&phone, "Trash"), snapshot(&laptop, "Trash"));
}

/// A message for the offline download: Polish text, and for some a large
/// part, so groups split by size as well as by count.
fn offline_mail(n: usize) -> Vec<u8> {
    let filler = match n {
        77 => 9 << 20,
        n if n % 10 == 3 => 300 << 10,
        _ => 0,
    };
    let mut raw = format!(
        "From: Jan Nowak <jan@example.pl>\r\nTo: alice@example.org\r\nSubject: Faktura {n}\r\n\
Date: Mon, 23 Nov 2026 10:{:02}:{:02} +0100\r\nMessage-ID: <offline{n}@example.pl>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nZażółć gęślą jaźń, słowo{n}.\r\n",
        (n / 60) % 60,
        n % 60
    )
    .into_bytes();
    for line in 0..filler / 64 {
        raw.extend_from_slice(format!("{line:062}\r\n").as_bytes());
    }
    raw
}

#[tokio::test(flavor = "multi_thread")]
async fn offline_download_stores_every_body_once_and_exactly_as_sent() {
    let d = Dovecot::start();
    let originals: Vec<Vec<u8>> = (0..150).map(offline_mail).collect();
    d.bulk_fill(&ALICE, "INBOX", originals.clone());
    let (_dir, store) = device();
    let options = SyncOptions {
        download_bodies: true,
        ..SyncOptions::default()
    };
    sync(&d, &store, &options).await.expect("first sync");
    // Twice: the second finds nothing missing and writes nothing.
    sync(&d, &store, &options).await.expect("second sync");

    // The bodies' text waits for the indexer, off the download's path.
    with_store(&store, |s| {
        assert_eq!(s.search_pending()?, 150);
        assert!(s.search("słowo42", 10)?.is_empty());
        assert_eq!(s.index_all_pending()?, 150);
        Ok(())
    })
    .expect("store");

    let inbox = folder_id(&store, "INBOX");
    with_store(&store, |s| {
        assert_eq!(s.search_pending()?, 0);
        let rows = s.messages(inbox, 1000, 0, Sort::DateDesc)?;
        assert_eq!(rows.len(), 150);
        for row in &rows {
            let n: usize = row.subject["Faktura ".len()..].parse().expect("number");
            let body = s.body(row.id)?.expect("body on disk");
            assert!(
                body == originals[n],
                "message {n}: {} bytes stored, {} sent",
                body.len(),
                originals[n].len()
            );
        }
        // One file per message: nothing written twice, nothing left over.
        let files = std::fs::read_dir(s.folder_maildir(inbox)?.cur())?.count();
        assert_eq!(files, 150);
        // Every body is in the search index.
        let found = s.search("słowo42", 10)?;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].subject, "Faktura 42");
        Ok(())
    })
    .expect("store");
}

/// Lines `doveadm search` prints for `query` in Alice's INBOX.
fn server_count(d: &Dovecot, query: &[&str]) -> usize {
    let mut args = vec!["search", "-u", ALICE.name, "mailbox", "INBOX"];
    args.extend_from_slice(query);
    d.doveadm(&args).lines().count()
}

#[tokio::test(flavor = "multi_thread")]
async fn thousands_of_selected_messages_change_with_one_queued_change_each_way() {
    let d = Dovecot::start();
    d.bulk_fill(
        &ALICE,
        "INBOX",
        (0..10_000).map(|n| mail(n, &format!("m{n}"))),
    );
    let (_dir, store) = device();
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("first sync");
    let inbox = folder_id(&store, "INBOX");
    let rows = with_store(&store, |s| {
        Ok(s.messages(inbox, 20_000, 0, Sort::DateDesc)?)
    })
    .expect("rows");
    assert_eq!(rows.len(), 10_000);
    // Every message tagged, then every other one (odd UIDs: no range
    // compresses them, so the replay needs several bounded commands).
    let all: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let odd: Vec<i64> = rows
        .iter()
        .filter(|m| m.uid.is_some_and(|u| u % 2 == 1))
        .map(|m| m.id)
        .collect();
    let label1 = [Flag::Keyword("$label1".into())];
    let label2 = [Flag::Keyword("$label2".into())];
    with_store(&store, |s| {
        actions::set_flags_many(s, &all, &label1, &[])?;
        actions::set_flags_many(s, &odd, &label2, &[])?;
        assert_eq!(s.pending_ops(ACCOUNT)?.len(), 2);
        Ok(())
    })
    .expect("tag");
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("replay");
    assert_eq!(server_count(&d, &["keyword", "$label1"]), 10_000);
    assert_eq!(server_count(&d, &["keyword", "$label2"]), 5_000);

    // Deleting the odd half: one queued change, 5,000 gone on the server.
    with_store(&store, |s| {
        actions::delete_many(s, &odd)?;
        assert_eq!(s.pending_ops(ACCOUNT)?.len(), 1);
        Ok(())
    })
    .expect("delete");
    sync(&d, &store, &SyncOptions::default())
        .await
        .expect("replay");
    assert_eq!(server_count(&d, &["all"]), 5_000);
    assert_eq!(server_count(&d, &["keyword", "$label2"]), 0);
    let left = with_store(&store, |s| {
        Ok(s.messages(inbox, 20_000, 0, Sort::DateDesc)?)
    })
    .expect("rows");
    assert_eq!(left.len(), 5_000);
}

/// The indexes a bulk first sync drops (`Store::suspend_bulk_indexes`)
/// that are present in the database file.
fn bulk_indexes(dir: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(PostaHome::at(dir).database()).expect("database");
    let mut stmt = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN
             ('messages_folder_subject', 'messages_folder_sender',
              'messages_folder_recipients', 'messages_folder_size', 'messages_message_id')
             ORDER BY name",
        )
        .expect("query");
    let names = stmt
        .query_map([], |row| row.get::<_, String>(0))
        .expect("names");
    names.map(|n| n.expect("name")).collect()
}

#[tokio::test]
async fn a_big_first_sync_leaves_sort_and_search_indexes_to_the_indexer_and_sorting_works_meanwhile(
) {
    const MANY: usize = posta_core::store::BULK_MESSAGES;
    let d = Dovecot::start();
    d.bulk_fill(
        &ALICE,
        "INBOX",
        (0..MANY).map(|n| mail(n, &format!("Temat {:05}", MANY - n))),
    );
    let (dir, store) = device();
    assert_eq!(bulk_indexes(dir.path()).len(), 5, "a new store has them");
    let mut session = login(&d, &ALICE).await.expect("login");
    let probe = store.clone();
    let mut during = Vec::new();
    sync_account(
        &mut session,
        &store,
        ACCOUNT,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |event| {
            if let Event::Progress(p) = event {
                if p.folder == "INBOX" && p.done > 0 && p.done < p.total && during.is_empty() {
                    let inbox = with_store(&probe, |s| Ok(s.folder_id(ACCOUNT, "INBOX")?))
                        .ok()
                        .flatten()
                        .expect("INBOX");
                    let first =
                        with_store(&probe, |s| Ok(s.messages(inbox, 1, 0, Sort::Subject)?))
                            .expect("sorted page");
                    during.push((bulk_indexes(dir.path()).len(), first[0].subject.clone()));
                }
            }
        },
    )
    .await
    .expect("first sync");
    // Mid-sync the indexes were gone, and sorting by subject still worked
    // (the newest batch is stored first: its smallest subject is Temat 00001).
    assert_eq!(during, [(0, "Temat 00001".to_string())]);
    // The list is complete; the indexer builds the rest afterwards.
    assert!(bulk_indexes(dir.path()).is_empty());
    let pending = with_store(&store, |s| Ok(s.search_pending()?)).expect("pending");
    assert_eq!(pending, MANY);
    assert!(with_store(&store, |s| Ok(s.search("temat", 5)?))
        .expect("search")
        .is_empty());
    assert_eq!(
        posta_core::sync::indexer::catch_up(store.clone()).await,
        MANY
    );
    assert_eq!(bulk_indexes(dir.path()).len(), 5, "built again after");
    let found = with_store(&store, |s| Ok(s.search("temat", 5)?)).expect("search");
    assert_eq!(found.len(), 5);
    let inbox = folder_id(&store, "INBOX");
    let last = with_store(&store, |s| {
        Ok(s.messages(inbox, 1, MANY - 1, Sort::Subject)?)
    })
    .expect("last page");
    assert_eq!(last[0].subject, format!("Temat {MANY:05}"));
}
