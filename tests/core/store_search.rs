//! Full-text search: Polish, Slovak and Bulgarian without diacritics or
//! case, body text from plain and HTML parts, scopes, and user text that
//! would be FTS5 syntax if passed raw.

use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{Scope, Store};

fn envelope(uid: u32, subject: &str, from: &str, date: i64) -> Envelope {
    Envelope {
        id: RemoteId::Uid(uid),
        flags: vec![Flag::Seen],
        size: 100,
        headers: Headers {
            subject: subject.to_owned(),
            from: vec![Address {
                name: Some(from.to_owned()),
                email: "sender@example.org".into(),
            }],
            to: vec![Address {
                name: Some("Ján Novák".into()),
                email: "jan@example.sk".into(),
            }],
            date: Some(date),
            ..Headers::default()
        },
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    inbox: i64,
    other_account_inbox: i64,
}

fn fixture() -> Fixture {
    let (dir, store, inbox, other_account_inbox) = posta_testkit::stores::two_inboxes("pl", "bg");
    store
        .upsert_messages(
            inbox,
            &[
                envelope(1, "Żółć i gęślą jaźń", "Zofia Żółw", 100),
                envelope(2, "Nová pošta od správcu", "Ľubomír Šťastný", 200),
                envelope(3, "Plain ASCII subject", "Bob", 300),
            ],
        )
        .unwrap();
    store
        .upsert_messages(
            other_account_inbox,
            &[envelope(1, "Входящи писма", "Иван Петров", 400)],
        )
        .unwrap();
    Fixture {
        _dir: dir,
        store,
        inbox,
        other_account_inbox,
    }
}

fn subjects(found: &[posta_core::store::MessageRow]) -> Vec<&str> {
    found.iter().map(|m| m.subject.as_str()).collect()
}

#[test]
fn diacritics_and_case_are_folded_in_three_languages() {
    let f = fixture();
    let cases = [
        ("zolc", "Żółć i gęślą jaźń"),
        ("ZÓŁĆ", "Żółć i gęślą jaźń"),
        ("gesla jazn", "Żółć i gęślą jaźń"),
        ("zolw", "Żółć i gęślą jaźń"),
        ("posta", "Nová pošta od správcu"),
        ("spravcu", "Nová pošta od správcu"),
        ("stastny", "Nová pošta od správcu"),
        ("lubomir", "Nová pošta od správcu"),
        ("входящи", "Входящи писма"),
        ("ВХОДЯЩИ", "Входящи писма"),
        ("петров", "Входящи писма"),
    ];
    for (query, subject) in cases {
        assert_eq!(
            subjects(&f.store.search(query, 10).unwrap()),
            vec![subject],
            "query {query:?}"
        );
    }
}

#[test]
fn the_last_word_is_a_prefix_and_all_words_are_required() {
    let f = fixture();
    assert_eq!(
        subjects(&f.store.search("Żół", 10).unwrap()),
        vec!["Żółć i gęślą jaźń"]
    );
    assert_eq!(
        subjects(&f.store.search("вход", 10).unwrap()),
        vec!["Входящи писма"]
    );
    assert!(f.store.search("zolc posta", 10).unwrap().is_empty());
    // Only the last word is a prefix.
    assert!(f.store.search("zol gesla", 10).unwrap().is_empty());
    // Recipients are searched too, newest first.
    assert_eq!(
        subjects(&f.store.search("novak", 10).unwrap()),
        vec![
            "Входящи писма",
            "Plain ASCII subject",
            "Nová pošta od správcu",
            "Żółć i gęślą jaźń"
        ]
    );
    assert_eq!(f.store.search("novak", 2).unwrap().len(), 2);
}

#[test]
fn hostile_query_text_neither_errors_nor_becomes_syntax() {
    let f = fixture();
    let hostile = [
        "\"",
        "\"\"",
        "*",
        "**",
        "NEAR(",
        "NEAR(zolc posta)",
        "-",
        "-zolc",
        "zolc -",
        "zolc OR posta",
        "zolc AND",
        "NOT zolc",
        "subject:zolc",
        "^zolc",
        "(zolc",
        "zolc)",
        "{subject}: x",
        "'; DROP TABLE messages; --",
        "\u{0}",
        "\\",
        "+",
        ":",
        "Żółć\"*",
    ];
    for query in hostile {
        let result = f.store.search(query, 10);
        assert!(result.is_ok(), "query {query:?} failed: {result:?}");
    }
    // Operators are words, not syntax: "OR" must be in the text too.
    assert!(f.store.search("zolc OR posta", 10).unwrap().is_empty());
    // Punctuation around a word is ignored like in the text.
    assert_eq!(f.store.search("\"zolc\"", 10).unwrap().len(), 1);
    assert_eq!(f.store.search("-zolc", 10).unwrap().len(), 1);
    assert_eq!(f.store.search("(zolc", 10).unwrap().len(), 1);
    assert_eq!(f.store.search("Żółć\"*", 10).unwrap().len(), 1);
    assert!(f.store.search("\"", 10).unwrap().is_empty());
    assert!(f.store.search("*", 10).unwrap().is_empty());
    // The table survived the injection attempt.
    assert_eq!(f.store.message_count(f.inbox).unwrap().0, 3);
}

#[test]
fn bodies_are_searchable_once_stored_and_scopes_filter() {
    let f = fixture();
    let plain = f.store.message_by_uid(f.inbox, 3).unwrap().unwrap();
    f.store
        .store_body(
            plain.id,
            "Subject: Plain ASCII subject\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFaktúra za elektrinu je v prílohe.\r\n"
                .as_bytes(),
        )
        .unwrap();
    let html = f
        .store
        .message_by_uid(f.other_account_inbox, 1)
        .unwrap()
        .unwrap();
    f.store
        .store_body(
            html.id,
            "Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Сметка за <b>тока</b></p></body></html>\r\n"
                .as_bytes(),
        )
        .unwrap();

    assert_eq!(
        subjects(&f.store.search("faktura elektrinu", 10).unwrap()),
        vec!["Plain ASCII subject"]
    );
    assert_eq!(
        subjects(&f.store.search("сметка тока", 10).unwrap()),
        vec!["Входящи писма"]
    );
    assert!(
        f.store.search("body", 10).unwrap().is_empty(),
        "HTML tags were indexed"
    );

    let everywhere = f.store.search_in(Scope::Everywhere, "novak", 10).unwrap();
    assert_eq!(everywhere.len(), 4);
    let account = f.store.search_in(Scope::Account(2), "novak", 10).unwrap();
    assert_eq!(subjects(&account), vec!["Входящи писма"]);
    let folder = f
        .store
        .search_in(Scope::Folder(f.inbox), "novak", 10)
        .unwrap();
    assert_eq!(folder.len(), 3);

    // A replaced body replaces its words.
    f.store
        .store_body(
            plain.id,
            b"Subject: Plain ASCII subject\r\n\r\nsomething else\r\n",
        )
        .unwrap();
    assert!(f.store.search("elektrinu", 10).unwrap().is_empty());
    assert_eq!(f.store.search("something", 10).unwrap().len(), 1);
    // The subject is still indexed after the body replaced the entry.
    assert_eq!(f.store.search("plain ascii", 10).unwrap().len(), 1);
}

#[test]
fn deleted_messages_leave_the_index() {
    let f = fixture();
    f.store.remove_messages(f.inbox, &[1]).unwrap();
    assert!(f.store.search("zolc", 10).unwrap().is_empty());
    let id = f.store.message_by_uid(f.inbox, 2).unwrap().unwrap().id;
    f.store.delete_message(id).unwrap();
    assert!(f.store.search("posta", 10).unwrap().is_empty());
    assert_eq!(f.store.search("plain", 10).unwrap().len(), 1);
}
