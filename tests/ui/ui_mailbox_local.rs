//! The main window on a local store (no server): POP3 mail filed and
//! tagged in local folders without anything queued for a server; mouse and
//! keyboard selection; search and the unified inbox; all inboxes and a tag
//! filter paged from the store; a folder of 30,000 messages that scrolls to
//! its end without loading them all; and every language's toolbar fitting
//! the window.
//!
//! The demo mailbox comes from `crates/posta-testkit/src/mailbox_fixture.rs`.

use posta_testkit::language;
use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::{char_key, click, press, sees, simulator};

use std::sync::{Arc, Mutex};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{Config, FolderRow, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::mailbox::{
    DialogMessage, FilterChoice, FolderChoice, Mailbox, Message, Source,
};
use posta_ui::widget::folder_tree;
use posta_ui::widget::message_list::{self, ROW_HEIGHT};
use posta_ui::WINDOW_SIZE;

fn demo() -> (tempfile::TempDir, SharedStore, Mailbox) {
    fixture::demo()
}

fn queued(store: &SharedStore, account: i64) -> usize {
    with_store(store, |s| Ok(s.pending_ops(account)?.len())).expect("queue")
}

/// A store in `dir` with the POP3 account 2 (`Dom`) and its INBOX (a
/// server folder); the INBOX's id.
pub(crate) fn dom_with_inbox(dir: &tempfile::TempDir) -> (Store, i64) {
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(2, "Dom").expect("account");
    let mut inbox = FolderRow::local(2, "INBOX", Some(SpecialUse::Inbox));
    inbox.local = false;
    let inbox = store.upsert_folder(2, &inbox).expect("inbox");
    (store, inbox)
}

#[test]
fn pop3_mail_is_filed_and_tagged_in_local_folders() {
    let _language = language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, inbox) = dom_with_inbox(&dir);
    let envelopes: Vec<Envelope> = ["Nedeľný obed", "Výpis z účtu"]
        .iter()
        .enumerate()
        .map(|(i, subject)| Envelope {
            id: RemoteId::Uidl(format!("u{i}")),
            flags: Vec::new(),
            size: 1000,
            headers: Headers {
                subject: (*subject).into(),
                from: vec![Address {
                    name: Some("Mama".into()),
                    email: "mama@example.sk".into(),
                }],
                date: Some(1_795_424_400 + i as i64),
                ..Headers::default()
            },
        })
        .collect();
    store.upsert_messages(inbox, &envelopes).expect("mail");
    let store = Arc::new(Mutex::new(store));
    let pop3 = fixture::account(2, "Dom", "jan@example.sk", Protocol::Pop3);
    let mut mailbox = Mailbox::new(store.clone(), vec![pop3]);
    assert!(sees(&mailbox, "Nedeľný obed"));
    assert!(!sees(&mailbox, "Local folders"));

    // A new folder of a POP3 account is a local one.
    let _ = mailbox.update(Message::NewFolder);
    assert!(sees(&mailbox, "New folder"));
    let _ = mailbox.update(Message::Dialog(DialogMessage::Name("Rodina".into())));
    click(&mut mailbox, "Create");
    let rodina = with_store(&store, |s| Ok(s.folder_id(2, "Rodina")?))
        .expect("store")
        .expect("created");
    assert!(sees(&mailbox, "Local folders") && sees(&mailbox, "Rodina"));

    // Tagging (key 2: "Work") and filing stay on this computer.
    click(&mut mailbox, "Nedeľný obed");
    press(&mut mailbox, char_key("2"), Modifiers::empty());
    let row = mailbox.reader().expect("open").message().clone();
    assert!(
        row.flags.contains(&Flag::Keyword("$label2".into())),
        "{:?}",
        row.flags
    );
    assert!(row.flags.contains(&Flag::Seen), "opened means read");
    assert!(sees(&mailbox, "Work"));
    let _ = mailbox.update(Message::MoveTo(FolderChoice {
        id: rodina,
        label: "Rodina".into(),
    }));
    assert_eq!(mailbox.total(), 1);
    click(&mut mailbox, "Rodina");
    assert!(sees(&mailbox, "Nedeľný obed") && sees(&mailbox, "Work"));
    assert_eq!(queued(&store, 2), 0, "nothing for a POP3 server");

    // Rename and delete the local folder.
    let _ = mailbox.update(Message::RenameFolder);
    let _ = mailbox.update(Message::Dialog(DialogMessage::Name("Rodzina".into())));
    click(&mut mailbox, "Rename");
    assert!(sees(&mailbox, "Rodzina"));
    let _ = mailbox.update(Message::DeleteFolder);
    assert!(sees(
        &mailbox,
        "Delete the folder “Rodzina” and the 1 message in it? This cannot be undone."
    ));
    click(&mut mailbox, "Delete folder");
    assert!(with_store(&store, |s| Ok(s.folder_id(2, "Rodzina")?))
        .expect("store")
        .is_none());
    assert!(!sees(&mailbox, "Local folders"));
}

#[test]
fn mouse_and_keyboard_select_mark_star_and_delete() {
    let _language = language(Language::English);
    let (_dir, store, mut mailbox) = demo();
    assert_eq!(mailbox.total(), 20);
    let subject = |m: &Mailbox, i: usize| m.row(i).map(|r| r.subject.clone()).expect("row");

    // Down opens the first message; Shift+Down twice extends to three.
    press(
        &mut mailbox,
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    );
    assert_eq!(
        mailbox.reader().map(|r| r.message().subject.clone()),
        Some(subject(&mailbox, 0))
    );
    press(&mut mailbox, Key::Named(Named::ArrowDown), Modifiers::SHIFT);
    press(&mut mailbox, Key::Named(Named::ArrowDown), Modifiers::SHIFT);
    assert_eq!(mailbox.selection().len(), 3);
    assert!(mailbox.reader().is_none(), "several selected: nothing open");
    // Ctrl+click adds a fourth.
    let fifth = subject(&mailbox, 5);
    let _ = mailbox.update(Message::Modifiers(Modifiers::CTRL));
    click(&mut mailbox, &fifth);
    let _ = mailbox.update(Message::Modifiers(Modifiers::empty()));
    assert_eq!(mailbox.selection().len(), 4);

    // m: some are unread, so all become read; again: all unread.
    press(&mut mailbox, char_key("m"), Modifiers::empty());
    let rows: Vec<_> = (0..6).filter_map(|i| mailbox.row(i).cloned()).collect();
    let selected: Vec<_> = rows
        .iter()
        .filter(|r| mailbox.selection().contains(&r.id))
        .collect();
    assert!(selected.iter().all(|r| r.flags.contains(&Flag::Seen)));
    press(&mut mailbox, char_key("m"), Modifiers::empty());
    let unread = (0..6)
        .filter_map(|i| mailbox.row(i))
        .filter(|r| mailbox.selection().contains(&r.id) && r.is_unread())
        .count();
    assert_eq!(unread, 4);
    // s stars them all.
    press(&mut mailbox, char_key("s"), Modifiers::empty());
    let starred = (0..6)
        .filter_map(|i| mailbox.row(i))
        .filter(|r| r.flags.contains(&Flag::Flagged))
        .count();
    assert!(starred >= 4);
    // Delete moves them to the Trash, queued for the server.
    let before = queued(&store, fixture::WORK);
    press(&mut mailbox, Key::Named(Named::Delete), Modifiers::empty());
    assert_eq!(mailbox.total(), 16);
    let trash = with_store(&store, |s| Ok(s.folder_id(fixture::WORK, "Trash")?))
        .expect("store")
        .expect("trash");
    assert_eq!(
        with_store(&store, |s| Ok(s.message_count(trash)?))
            .expect("count")
            .0,
        4
    );
    assert!(queued(&store, fixture::WORK) > before);
    // Ctrl+A selects everything; Escape clears.
    press(&mut mailbox, char_key("a"), Modifiers::CTRL);
    assert_eq!(mailbox.selection().len(), 16);
    press(&mut mailbox, Key::Named(Named::Escape), Modifiers::empty());
    assert!(mailbox.selection().is_empty());
}

#[test]
fn sent_mail_lists_whom_it_went_to() {
    let _language = language(Language::English);
    let (_dir, _store, mut mailbox) = demo();
    assert!(sees(&mailbox, "From"));
    click(&mut mailbox, "Sent");
    assert_eq!(mailbox.total(), 1);
    assert!(sees(&mailbox, "Jan Kowalski"));
    assert!(sees(&mailbox, "To"));
    assert!(!sees(&mailbox, "From"));
    // The heading sorts by recipients.
    click(&mut mailbox, "To");
    assert!(sees(&mailbox, "To ▲"));
}

#[test]
fn search_finds_mail_in_every_account_and_all_inboxes_merge() {
    let _language = language(Language::English);
    let (_dir, store, mut mailbox) = demo();
    // Without diacritics, across accounts, as you type.
    let _ = mailbox.update(Message::SearchChanged("faktu".into()));
    assert!(matches!(mailbox.source(), Source::Search(_)));
    let found: Vec<String> = (0..mailbox.total())
        .filter_map(|i| mailbox.row(i).map(|r| r.subject.clone()))
        .collect();
    assert!(
        found.contains(&"Faktura 11/2026 – proszę o akceptację".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"Faktúra za október".to_owned()),
        "{found:?}"
    );
    assert!(sees(&mailbox, "Search: “faktu”"));
    // Results from several places say where each one is: the account
    // (there are two) and the folder.
    assert!(sees(&mailbox, "Folder"), "a Folder column");
    let places: Vec<(i64, String)> = with_store(&store, |s| {
        Ok([(fixture::WORK, "Praca"), (fixture::HOME, "Dom")]
            .into_iter()
            .flat_map(|(a, name)| {
                s.folders(a)
                    .expect("folders")
                    .into_iter()
                    .map(move |f| (f.id, format!("{} · {name}", folder_tree::label(&f))))
            })
            .collect())
    })
    .expect("folders");
    let mut shown: Vec<&str> = (0..mailbox.total())
        .filter_map(|i| mailbox.row(i))
        .filter_map(|r| places.iter().find(|(id, _)| *id == r.folder_id))
        .map(|(_, place)| place.as_str())
        .collect();
    shown.sort_unstable();
    shown.dedup();
    assert!(!shown.is_empty());
    for place in shown {
        assert!(sees(&mailbox, place), "{place}");
    }
    assert!(sees(&mailbox, "Inbox · Praca"));
    let _ = mailbox.update(Message::SearchChanged("vypis".into()));
    assert_eq!(
        mailbox.row(0).map(|r| r.subject.as_str()),
        Some("Výpis z účtu – november")
    );
    let _ = mailbox.update(Message::SearchChanged(String::new()));
    assert!(matches!(mailbox.source(), Source::Folder(_)));
    assert_eq!(mailbox.total(), 20);
    assert!(
        !sees(&mailbox, "Folder"),
        "one folder needs no Folder column"
    );

    click(&mut mailbox, "All inboxes");
    assert_eq!(mailbox.total(), 23);
    let first: Vec<&str> = (0..3)
        .filter_map(|i| mailbox.row(i))
        .map(|r| r.subject.as_str())
        .collect();
    assert_eq!(
        first,
        [
            "Faktura 11/2026 – proszę o akceptację",
            "Nedeľný obed",
            "Stretnutie v piatok o 10:00"
        ]
    );
    // Both accounts' tags are drawn beside their own messages.
    assert!(sees(&mailbox, "Important"));
    // And each message says whose inbox it is in (the account's name).
    assert!(sees(&mailbox, "Account"));
    posta_testkit::window::look_at(&mailbox, "all-inboxes-folder-column");
}

#[test]
fn a_search_says_how_many_messages_it_cannot_see_yet() {
    let _language = language(Language::Slovak);
    let (_dir, store, mut mailbox) = demo();
    // A big first sync stores envelopes first and indexes them after.
    with_store(&store, |s| {
        let inbox = s.folder_id(fixture::WORK, "INBOX")?.expect("inbox");
        let fresh: Vec<Envelope> = (0..3u32)
            .map(|n| Envelope {
                id: RemoteId::Uid(20_000 + n),
                flags: vec![],
                size: 1000,
                headers: Headers {
                    subject: format!("Inventúra {n}"),
                    date: Some(1_700_000_000 + i64::from(n)),
                    ..Headers::default()
                },
            })
            .collect();
        Ok(s.upsert_messages_unindexed(inbox, &fresh)?)
    })
    .expect("stored");
    let _ = mailbox.update(Message::SearchChanged("inventura".into()));
    assert_eq!(mailbox.total(), 0);
    assert!(sees(&mailbox, "Hľadaniu nezodpovedá žiadna správa."));
    assert!(sees(
        &mailbox,
        "0 správ · 3 správy ešte čakajú na indexovanie pre vyhľadávanie"
    ));

    with_store(&store, |s| Ok(s.index_all_pending()?)).expect("indexed");
    let _ = mailbox.update(Message::SearchChanged("inventura 2".into()));
    assert_eq!(mailbox.total(), 1);
    assert!(!sees(
        &mailbox,
        "1 správa · 3 správy ešte čakajú na indexovanie pre vyhľadávanie"
    ));
    assert!(sees(&mailbox, "1 správa"));
}

/// 1,000 older messages alternating between the two accounts' inboxes,
/// every third tagged `stronicowanie`; message `n` is a minute newer than
/// `n - 1`, so newest first they come 999, 998, … after the demo's mail.
fn thousand_in_two_inboxes(store: &Store) {
    let inboxes = [fixture::WORK, fixture::HOME].map(|account| {
        store
            .folder_id(account, "INBOX")
            .expect("db")
            .expect("inbox")
    });
    let mut batches = [Vec::new(), Vec::new()];
    for n in 0..1000u32 {
        let account = (n % 2) as usize;
        batches[account].push(Envelope {
            id: if account == 0 {
                RemoteId::Uid(10_000 + n)
            } else {
                RemoteId::Uidl(format!("strona-{n}"))
            },
            flags: if n % 3 == 0 {
                vec![Flag::Seen, Flag::Keyword("stronicowanie".into())]
            } else {
                vec![Flag::Seen]
            },
            size: 1000,
            headers: Headers {
                subject: format!("Strona {n}"),
                date: Some(1_600_000_000 + i64::from(n) * 60),
                ..Headers::default()
            },
        });
    }
    for (folder, batch) in inboxes.iter().zip(&batches) {
        store.upsert_messages(*folder, batch).expect("messages");
    }
}

/// Scrolls the list so row `index` is at its top.
fn scroll_to_row(mailbox: &mut Mailbox, index: usize) {
    let _ = mailbox.update(Message::List(message_list::Event::Scrolled {
        offset: index as f32 * ROW_HEIGHT,
        height: 500.0,
    }));
}

/// The subjects of the rows held from `range`, by index.
fn held(mailbox: &Mailbox, range: std::ops::Range<usize>) -> Vec<(usize, String)> {
    range
        .filter_map(|i| mailbox.row(i).map(|r| (i, r.subject.clone())))
        .collect()
}

#[test]
fn all_inboxes_and_a_tag_page_from_the_store_across_accounts() {
    let _language = language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fixture::fill(dir.path());
    let before = store
        .selected_count(posta_core::store::Selection::folder(
            &[fixture::WORK, fixture::HOME].map(|account| {
                store
                    .folder_id(account, "INBOX")
                    .expect("db")
                    .expect("inbox")
            }),
        ))
        .expect("count");
    thousand_in_two_inboxes(&store);
    let accounts = Config::load(&PostaHome::at(dir.path()))
        .expect("config")
        .accounts;
    let mut mailbox = Mailbox::new(Arc::new(Mutex::new(store)), accounts);
    click(&mut mailbox, "All inboxes");
    assert_eq!(mailbox.total(), before + 1000);
    assert!(
        mailbox.row(message_list::PAGE).is_none(),
        "only a page is held"
    );

    // The second page: the rows there, from both accounts, newest first.
    scroll_to_row(&mut mailbox, 400);
    let rows = held(&mailbox, 0..mailbox.total());
    assert!(
        rows.len() >= 240 && rows.len() <= message_list::PAGE * 2,
        "{}",
        rows.len()
    );
    assert!(mailbox.row(0).is_none(), "the first page was let go");
    for (index, subject) in &rows {
        assert_eq!(*subject, format!("Strona {}", 999 - (index - before)));
    }
    assert!(rows.iter().any(|(i, _)| *i == 400));

    // A tag narrows the merged inboxes, still a page at a time.
    let _ = mailbox.update(Message::Filter(FilterChoice::Tag {
        keyword: "stronicowanie".into(),
        name: "stronicowanie".into(),
    }));
    assert_eq!(mailbox.total(), 334);
    assert!(
        mailbox.row(message_list::PAGE).is_none(),
        "only a page is held"
    );
    assert_eq!(
        mailbox.row(0).map(|r| r.subject.as_str()),
        Some("Strona 999")
    );
    scroll_to_row(&mut mailbox, 300);
    let rows = held(&mailbox, 0..334);
    assert!(rows.iter().any(|(i, _)| *i == 333), "the last page is held");
    assert!(mailbox.row(0).is_none());
    for (index, subject) in &rows {
        assert_eq!(*subject, format!("Strona {}", 999 - index * 3));
    }
}

#[test]
fn thirty_thousand_messages_scroll_to_the_end_without_loading_them_all() {
    let _language = language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fixture::fill(dir.path());
    let big = fixture::big_folder(&store, fixture::WORK, "Raporty", None, 30_000);
    let accounts = Config::load(&PostaHome::at(dir.path()))
        .expect("config")
        .accounts;
    let mut mailbox = Mailbox::new(Arc::new(Mutex::new(store)), accounts);
    let _ = mailbox.update(Message::Folders(
        posta_ui::widget::folder_tree::Event::Folder(big),
    ));
    assert_eq!(mailbox.total(), 30_000);
    assert!(
        mailbox.row(message_list::PAGE).is_none(),
        "only a page is held"
    );
    assert!(
        sees(&mailbox, "Wiadomość numer 29999 – raport dzienny"),
        "newest first"
    );
    assert!(!sees(&mailbox, "Wiadomość numer 0 – raport dzienny"));

    let height = 500.0;
    let _ = mailbox.update(Message::List(message_list::Event::Scrolled {
        offset: 30_000.0 * ROW_HEIGHT - height,
        height,
    }));
    assert!(mailbox.row(29_999).is_some());
    assert!(mailbox.row(0).is_none(), "the first page was let go");
    // The simulator's scrollable is still at the top (it scrolls itself
    // in the window); the rows built are the ones at the end.
    assert!(sees(&mailbox, "Wiadomość numer 0 – raport dzienny"));
    assert!(!sees(&mailbox, "Wiadomość numer 29999 – raport dzienny"));

    // Sorting by subject starts again from the top.
    let _ = mailbox.update(Message::List(message_list::Event::Sort(
        message_list::Column::Subject,
    )));
    assert_eq!(
        mailbox.row(0).map(|r| r.subject.as_str()),
        Some("Wiadomość numer 0 – raport dzienny")
    );
}

#[test]
fn the_toolbar_and_headings_fit_in_every_language() {
    for lang in Language::ALL {
        let _language = language(lang);
        let (_dir, _store, mut mailbox) = demo();
        let first = mailbox.row(0).map(|r| r.subject.clone()).expect("row");
        click(&mut mailbox, &first);
        let labels = [
            t!("mailbox-new-message"),
            t!("mailbox-delete"),
            t!("mailbox-column-size"),
            t!("reader-forward"),
            t!("folders-shared-with-me"),
            t!("folders-local"),
            t!("tags-filter-label"),
        ];
        let mut ui = simulator(&mailbox);
        for label in labels {
            let target = ui
                .find(label.as_str())
                .unwrap_or_else(|e| panic!("{label:?}: {e:?}"));
            let bounds = target.bounds();
            let visible = target.visible_bounds().expect("on screen");
            let cut = (bounds.width - visible.width) + (bounds.height - visible.height);
            assert!(
                cut < 0.5,
                "{}: {label:?} is cut off: {bounds:?} shows {visible:?}",
                lang.code()
            );
            assert!(
                bounds.x + bounds.width <= WINDOW_SIZE.width,
                "{}: {label:?} leaves the window",
                lang.code()
            );
        }
    }
}
