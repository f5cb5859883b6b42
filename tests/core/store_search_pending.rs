//! Search after a big first sync: envelopes stored without their text in
//! the index are found once indexed, whatever happened to them meanwhile
//! (deleted, their body downloaded), never twice; results come newest
//! first by date across folders and accounts.

use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{RealFiles, Store, WrittenBody};

/// Minutes in seconds.
const MIN: i64 = 60;

fn envelope(uid: u32, subject: &str, date: Option<i64>) -> Envelope {
    Envelope {
        id: RemoteId::Uid(uid),
        flags: vec![Flag::Seen],
        size: 100,
        headers: Headers {
            subject: subject.to_owned(),
            from: vec![Address {
                name: Some("Мария Георгиева".into()),
                email: "maria@example.bg".into(),
            }],
            date,
            ..Headers::default()
        },
    }
}

fn store() -> (tempfile::TempDir, Store, i64, i64) {
    posta_testkit::stores::two_inboxes("a", "b")
}

fn subjects(store: &Store, text: &str) -> Vec<String> {
    store
        .search(text, 50)
        .unwrap()
        .into_iter()
        .map(|m| m.subject)
        .collect()
}

fn id_of(store: &Store, folder: i64, uid: u32) -> i64 {
    store
        .messages(folder, 100, 0, Default::default())
        .unwrap()
        .into_iter()
        .find(|m| m.uid == Some(uid))
        .unwrap()
        .id
}

#[test]
fn messages_stored_unindexed_are_found_once_indexed() {
    let (_dir, store, inbox, _) = store();
    let batch: Vec<Envelope> = (1..=5)
        .map(|uid| envelope(uid, &format!("Фактура {uid}"), Some(uid as i64 * MIN)))
        .collect();
    store.upsert_messages_unindexed(inbox, &batch).unwrap();
    assert_eq!(store.search_pending().unwrap(), 5);
    assert!(subjects(&store, "фактура").is_empty());

    assert_eq!(store.index_pending(2).unwrap(), 2);
    assert_eq!(subjects(&store, "фактура").len(), 2);
    assert_eq!(store.index_all_pending().unwrap(), 3);
    assert_eq!(store.index_pending(2).unwrap(), 0);
    assert_eq!(
        subjects(&store, "ФАКТ"),
        [
            "Фактура 5",
            "Фактура 4",
            "Фактура 3",
            "Фактура 2",
            "Фактура 1"
        ]
    );
    // Stored again (a resync): no second entry.
    store.upsert_messages(inbox, &batch).unwrap();
    store.upsert_messages_unindexed(inbox, &batch).unwrap();
    assert_eq!(store.search_pending().unwrap(), 0);
    assert_eq!(subjects(&store, "георгиева").len(), 5);
}

#[test]
fn a_pending_message_that_leaves_or_gets_its_body_is_not_indexed_again() {
    let (_dir, store, inbox, _) = store();
    store
        .upsert_messages_unindexed(
            inbox,
            &[
                envelope(1, "Zmluva o dielo", Some(MIN)),
                envelope(2, "Zmluva o nájme", Some(2 * MIN)),
                envelope(3, "Zmluva o úvere", Some(3 * MIN)),
            ],
        )
        .unwrap();
    let gone = id_of(&store, inbox, 1);
    let with_body = id_of(&store, inbox, 2);
    store.delete_message(gone).unwrap();
    assert_eq!(store.search_pending().unwrap(), 2);
    store
        .store_body(
            with_body,
            "Subject: Zmluva o nájme\r\n\r\nNájomné je splatné do pätnásteho.\r\n".as_bytes(),
        )
        .unwrap();
    // Only the third still waits: the body took the second's mark along.
    assert_eq!(store.search_pending().unwrap(), 1);
    assert_eq!(subjects(&store, "splatne"), ["Zmluva o nájme"]);

    assert_eq!(store.index_all_pending().unwrap(), 1);
    assert_eq!(
        subjects(&store, "zmluva"),
        ["Zmluva o úvere", "Zmluva o nájme"]
    );
    // The body's text stayed: the indexer did not overwrite it.
    assert_eq!(subjects(&store, "splatne"), ["Zmluva o nájme"]);
}

#[test]
fn results_are_newest_first_across_folders_by_date_not_by_arrival() {
    let (_dir, store, inbox, other) = store();
    // Stored newest first, as a first sync brings them, then older mail
    // arriving late (a move from another folder) and undated mail.
    store
        .upsert_messages(
            inbox,
            &[
                envelope(30, "Отчет март", Some(90 * MIN)),
                envelope(20, "Отчет февруари", Some(60 * MIN)),
            ],
        )
        .unwrap();
    store
        .upsert_messages_unindexed(
            other,
            &[
                envelope(7, "Отчет април", Some(120 * MIN)),
                envelope(6, "Отчет януари", Some(30 * MIN)),
            ],
        )
        .unwrap();
    store
        .upsert_messages(inbox, &[envelope(5, "Отчет без дата", None)])
        .unwrap();
    store.index_all_pending().unwrap();
    assert_eq!(
        subjects(&store, "отчет"),
        [
            "Отчет април",
            "Отчет март",
            "Отчет февруари",
            "Отчет януари",
            "Отчет без дата"
        ]
    );
    assert_eq!(store.search("отчет", 2).unwrap().len(), 2);
    assert_eq!(
        store
            .search_in(posta_core::store::Scope::Folder(inbox), "отчет", 2)
            .unwrap()
            .into_iter()
            .map(|m| m.subject)
            .collect::<Vec<_>>(),
        ["Отчет март", "Отчет февруари"]
    );
}

/// A body written into the folder's Maildir as the offline download writes
/// it, recorded with its text left for the indexer.
fn download(store: &Store, folder: i64, id: i64, text: &str) {
    let raw = format!(
        "From: jan@example.pl\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    );
    let maildir = store.folder_maildir(folder).unwrap();
    let mut delivery = maildir.begin(&RealFiles).unwrap();
    delivery.write_body(raw.as_bytes()).unwrap();
    let body = delivery.finish_unsynced(&[Flag::Seen]).unwrap();
    maildir.sync_cur().unwrap();
    store
        .record_bodies_unindexed(&[WrittenBody {
            message_id: id,
            body,
            text: String::new(),
        }])
        .unwrap();
}

/// Bodies downloaded for offline reading leave the index until the indexer
/// has read their text from the files; a body that comes between the
/// indexer's read and its write is not lost: that message waits for the
/// next batch and is then found by its body, once.
#[test]
fn downloaded_bodies_wait_for_the_indexer_and_one_that_comes_meanwhile_is_not_lost() {
    let (_dir, store, inbox, _) = store();
    let batch: Vec<Envelope> = (1..=3)
        .map(|uid| envelope(uid, &format!("Faktura {uid}"), Some(uid as i64 * MIN)))
        .collect();
    store.upsert_messages(inbox, &batch).unwrap();
    store
        .upsert_messages_unindexed(inbox, &[envelope(4, "Faktura 4", Some(4 * MIN))])
        .unwrap();
    download(
        &store,
        inbox,
        id_of(&store, inbox, 1),
        "Zażółć gęślą jaźń, słowoA",
    );
    download(
        &store,
        inbox,
        id_of(&store, inbox, 2),
        "Отчет за месец, словоБ",
    );
    assert_eq!(store.search_pending().unwrap(), 3);
    assert_eq!(subjects(&store, "faktura"), ["Faktura 3"]);

    // The indexer's steps, as it runs them: read the batch, read the
    // bodies without the store, index. Message 4's body comes in between.
    let mut texts = store.pending_texts(10).unwrap();
    download(
        &store,
        inbox,
        id_of(&store, inbox, 4),
        "Dobrý deň, slovoŠtyri",
    );
    texts.read_bodies();
    assert_eq!(store.index_texts(&texts).unwrap(), 3);
    assert_eq!(store.search_pending().unwrap(), 1, "message 4 waits");
    assert_eq!(subjects(&store, "zazolc"), ["Faktura 1"]);
    assert_eq!(subjects(&store, "словоБ"), ["Faktura 2"]);
    assert!(subjects(&store, "slovoStyri").is_empty());

    assert_eq!(store.index_all_pending().unwrap(), 1);
    assert_eq!(subjects(&store, "slovoStyri"), ["Faktura 4"]);
    assert_eq!(
        subjects(&store, "faktura"),
        ["Faktura 4", "Faktura 3", "Faktura 2", "Faktura 1"]
    );
}
