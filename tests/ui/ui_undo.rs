//! Undo in the window (iced_test, keys as the keyboard subscription
//! delivers them): select a message, press Delete, the line says what
//! happened with Undo, the next message is selected, Ctrl+Z brings it back
//! — with the account worker on a real Dovecot, which agrees. On the demo
//! mailbox (no server): archiving three says so in every language with
//! its plural, Undo takes the queued moves back out of the queue, and the
//! notice is written out for a person to look at; a tag says so and Ctrl+Z
//! takes it off again; marking read and starring too, in Polish.

use posta_testkit as support;

use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use iced_test::Simulator;
use posta_core::store::{AccountConfig, Config, Op, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_i18n::{self as i18n, Language};
use posta_ui::screen::mailbox::{FromWorker, Mailbox, Message, UndoState};
use posta_ui::{theme, WINDOW_SIZE};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::mailbox_fixture as fixture;
use support::window::look_at;
use support::LANGUAGE;

use crate::ui_mailbox::{forward, pump};

fn language(language: Language) -> MutexGuard<'static, ()> {
    let guard = LANGUAGE.lock().unwrap_or_else(|p| p.into_inner());
    i18n::set_language(language);
    guard
}

fn simulator(mailbox: &Mailbox) -> Simulator<'_, Message> {
    Simulator::with_size(theme::settings(), WINDOW_SIZE, mailbox.view())
}

fn sees(mailbox: &Mailbox, text: &str) -> bool {
    simulator(mailbox).find(text).is_ok()
}

fn click(mailbox: &mut Mailbox, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(mailbox);
        ui.click(label)
            .unwrap_or_else(|e| panic!("{label:?} not clickable: {e:?}"));
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for message in messages {
        let _ = mailbox.update(message);
    }
}

/// A key as the keyboard subscription delivers it: modifiers first.
fn press(mailbox: &mut Mailbox, key: Key, modifiers: Modifiers) {
    let _ = mailbox.update(Message::Modifiers(modifiers));
    let _ = mailbox.update(Message::Key(key, modifiers));
    let _ = mailbox.update(Message::Modifiers(Modifiers::empty()));
}

fn down(mailbox: &mut Mailbox, modifiers: Modifiers) {
    press(mailbox, Key::Named(Named::ArrowDown), modifiers);
}

fn ctrl_z(mailbox: &mut Mailbox) {
    press(mailbox, Key::Character("z".into()), Modifiers::CTRL);
}

fn ids(mailbox: &Mailbox) -> Vec<i64> {
    (0..mailbox.total())
        .filter_map(|i| mailbox.row(i).map(|r| r.id))
        .collect()
}

fn shown(mailbox: &Mailbox) -> Option<i64> {
    mailbox.reader().map(|r| r.message().id)
}

fn notice(mailbox: &Mailbox) -> String {
    mailbox.undo_notice().map(|n| n.text()).unwrap_or_default()
}

fn mail(n: u32) -> Vec<u8> {
    format!(
        "From: Zofia Nowak <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Undo {n}\r\n\
Date: Mon, 23 Nov 2026 10:{n:02}:00 +0100\r\nMessage-ID: <undo-ui-{n}@example.pl>\r\n\r\nText {n}\r\n"
    )
    .into_bytes()
}

/// Applies worker events until the window (and the server) are as `done`
/// wants (bounded).
fn settle(mailbox: &mut Mailbox, events: &mpsc::Receiver<Event>, done: impl Fn(&Mailbox) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(mailbox) {
        let left = deadline.saturating_duration_since(Instant::now());
        let event = events
            .recv_timeout(left)
            .expect("a worker event within 60 s");
        let _ = mailbox.update(Message::Worker(FromWorker::event(1, event)));
    }
}

#[test]
fn delete_shows_a_notice_selects_the_next_and_ctrl_z_brings_it_back_on_the_server() {
    let _language = language(Language::English);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dovecot = Dovecot::start();
    for n in 1..=3 {
        dovecot.deliver(&ALICE, "INBOX", &mail(n));
    }
    for folder in ["Trash", "Archive"] {
        dovecot.ensure_folder(&ALICE, folder);
    }
    let account = AccountConfig {
        id: 1,
        ..accounts::imap(&dovecot, &ALICE)
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(dir.path())).expect("store"),
    ));
    let (handle, stream) = {
        let _guard = rt.enter();
        worker::spawn(account.clone(), Secret::new(ALICE.password), store.clone())
    };
    let events = forward(&rt, stream);
    // The first sync, then the window on the inbox with the worker.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !matches!(
        events.recv_timeout(deadline.saturating_duration_since(Instant::now())),
        Ok(Event::SyncDone(_))
    ) {}
    let mut mailbox = Mailbox::new(store.clone(), vec![account]);
    mailbox.attach_worker(1, handle);
    assert_eq!(mailbox.total(), 3);
    let before = ids(&mailbox);

    // Select the first message and press Delete.
    down(&mut mailbox, Modifiers::empty());
    assert_eq!(mailbox.selection(), [before[0]]);
    press(&mut mailbox, Key::Named(Named::Delete), Modifiers::empty());
    assert_eq!(notice(&mailbox), "Moved 1 message to Trash");
    assert!(sees(&mailbox, "Moved 1 message to Trash"));
    assert!(sees(&mailbox, "Undo"));
    // The next one is selected and shown, not nothing.
    assert_eq!(mailbox.selection(), [before[1]]);
    assert_eq!(shown(&mailbox), Some(before[1]));
    // (Reading the next one is sent too: wait for the move's replay.)
    settle(&mut mailbox, &events, |m| {
        ids(m) == before[1..] && dovecot.message_count(&ALICE, "Trash") == 1
    });
    assert_eq!(mailbox.selection(), [before[1]]);
    assert_eq!(dovecot.message_count(&ALICE, "Trash"), 1);

    // Ctrl+Z: back here at once, "Undone" once the server has it.
    ctrl_z(&mut mailbox);
    assert_eq!(
        mailbox.undo_notice().map(|n| n.state().clone()),
        Some(UndoState::Undoing(1))
    );
    pump(&mut mailbox, &events, |e| matches!(e, Event::Undone(_)));
    assert_eq!(notice(&mailbox), "Undone.");
    assert!(sees(&mailbox, "Undone."));
    assert!(!sees(&mailbox, "Undo"), "no second Undo");
    assert_eq!(ids(&mailbox), before);
    assert_eq!(dovecot.message_count(&ALICE, "Trash"), 0);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 3);

    // The last message archived: the one above is selected; the Undo
    // button puts it back.
    press(&mut mailbox, Key::Named(Named::End), Modifiers::empty());
    let last = *before.last().expect("rows");
    assert_eq!(mailbox.selection(), [last]);
    press(&mut mailbox, Key::Character("a".into()), Modifiers::empty());
    assert_eq!(notice(&mailbox), "Moved 1 message to Archive");
    assert_eq!(mailbox.selection(), [before[1]]);
    settle(&mut mailbox, &events, |m| {
        m.total() == 2 && dovecot.message_count(&ALICE, "Archive") == 1
    });
    click(&mut mailbox, "Undo");
    pump(&mut mailbox, &events, |e| matches!(e, Event::Undone(_)));
    assert_eq!(notice(&mailbox), "Undone.");
    assert_eq!(dovecot.message_count(&ALICE, "Archive"), 0);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 3);
    assert_eq!(ids(&mailbox), before);
}

fn demo() -> (tempfile::TempDir, SharedStore, Mailbox) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fixture::fill(dir.path());
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let store = Arc::new(Mutex::new(store));
    let mailbox = Mailbox::new(store.clone(), config.accounts);
    (dir, store, mailbox)
}

#[test]
fn offline_archive_of_three_says_so_in_every_language_and_undo_unqueues_it() {
    for (lang, said, undo) in [
        (Language::English, "Moved 3 messages to Archive", "Undo"),
        (
            Language::Polish,
            "Przeniesiono 3 wiadomości do folderu „Archiwum”",
            "Cofnij",
        ),
        (
            Language::Slovak,
            "3 správy presunuté do priečinka „Archív“",
            "Späť",
        ),
        (
            Language::Bulgarian,
            "3 съобщения са преместени в „Архив“",
            "Отмяна",
        ),
    ] {
        let _language = language(lang);
        let (_dir, store, mut mailbox) = demo();
        let before = ids(&mailbox);
        down(&mut mailbox, Modifiers::empty());
        down(&mut mailbox, Modifiers::SHIFT);
        down(&mut mailbox, Modifiers::SHIFT);
        press(&mut mailbox, Key::Character("a".into()), Modifiers::empty());
        assert_eq!(notice(&mailbox), said, "{lang:?}");
        assert!(sees(&mailbox, said), "{lang:?}");
        assert!(sees(&mailbox, undo), "{lang:?}");
        assert_eq!(mailbox.selection(), [before[3]], "the next one");
        look_at(&mailbox, &format!("undo-{}", lang.code()));

        // Nothing reached a server: Undo takes the moves out of the queue.
        let moves = |store: &SharedStore| {
            with_store(store, |s| Ok(s.pending_ops(fixture::WORK)?))
                .expect("queue")
                .into_iter()
                .filter(|(_, op)| matches!(op, Op::Move { .. }))
                .count()
        };
        assert_eq!(moves(&store), 3);
        click(&mut mailbox, undo);
        assert_eq!(moves(&store), 0, "{lang:?}");
        assert_eq!(ids(&mailbox), before);
        assert!(!sees(&mailbox, said));
        // Ctrl+Z once more does nothing: there is nothing left to undo.
        ctrl_z(&mut mailbox);
        assert_eq!(ids(&mailbox), before);
    }
}

#[test]
fn one_and_five_take_their_plural_forms() {
    for (lang, one, five) in [
        (
            Language::English,
            "Moved 1 message to Trash",
            "Moved 5 messages to Trash",
        ),
        (
            Language::Polish,
            "Przeniesiono 1 wiadomość do folderu „Kosz”",
            "Przeniesiono 5 wiadomości do folderu „Kosz”",
        ),
        (
            Language::Slovak,
            "1 správa presunutá do priečinka „Kôš“",
            "5 správ presunutých do priečinka „Kôš“",
        ),
        (
            Language::Bulgarian,
            "1 съобщение е преместено в „Кошче“",
            "5 съобщения са преместени в „Кошче“",
        ),
    ] {
        let _language = language(lang);
        let (_dir, _store, mut mailbox) = demo();
        down(&mut mailbox, Modifiers::empty());
        press(&mut mailbox, Key::Named(Named::Delete), Modifiers::empty());
        assert_eq!(notice(&mailbox), one);
        for _ in 0..4 {
            down(&mut mailbox, Modifiers::SHIFT);
        }
        assert_eq!(mailbox.selection().len(), 5);
        press(&mut mailbox, Key::Named(Named::Delete), Modifiers::empty());
        assert_eq!(notice(&mailbox), five);
    }
}

#[test]
fn a_tag_says_so_and_ctrl_z_takes_it_off_again() {
    let _language = language(Language::English);
    let (_dir, store, mut mailbox) = demo();
    down(&mut mailbox, Modifiers::empty());
    let id = mailbox.selection()[0];
    let flags = |store: &SharedStore| {
        with_store(store, |s| Ok(s.message(id)?))
            .expect("db")
            .expect("row")
            .flags
    };
    let before = flags(&store);
    press(&mut mailbox, Key::Character("1".into()), Modifiers::empty());
    let tagged = flags(&store);
    assert_ne!(tagged, before);
    let said = notice(&mailbox);
    assert!(
        said.starts_with("Tagged 1 message “") || said.starts_with("Removed “"),
        "{said}"
    );
    // The tag does not move the message: it stays selected.
    assert_eq!(mailbox.selection(), [id]);
    ctrl_z(&mut mailbox);
    assert_eq!(flags(&store), before);
    assert_eq!(notice(&mailbox), "Undone.");
}

#[test]
fn read_and_star_say_so_and_ctrl_z_puts_them_back() {
    use posta_core::message::Flag;
    let _language = language(Language::Polish);
    let (_dir, store, mut mailbox) = demo();
    down(&mut mailbox, Modifiers::empty());
    let id = mailbox.selection()[0];
    let has = |store: &SharedStore, flag: &Flag| {
        with_store(store, |s| Ok(s.message(id)?))
            .expect("db")
            .expect("row")
            .flags
            .contains(flag)
    };
    let read = has(&store, &Flag::Seen);
    press(&mut mailbox, Key::Character("m".into()), Modifiers::empty());
    assert_ne!(has(&store, &Flag::Seen), read, "`m` changed the read state");
    let expected = if read {
        "Oznaczono 1 wiadomość jako nieprzeczytaną"
    } else {
        "Oznaczono 1 wiadomość jako przeczytaną"
    };
    assert_eq!(notice(&mailbox), expected);
    ctrl_z(&mut mailbox);
    assert_eq!(has(&store, &Flag::Seen), read, "Ctrl+Z put it back");
    assert_eq!(notice(&mailbox), "Cofnięto.");

    let starred = has(&store, &Flag::Flagged);
    press(&mut mailbox, Key::Character("s".into()), Modifiers::empty());
    assert_ne!(has(&store, &Flag::Flagged), starred);
    let expected = if starred {
        "Usunięto gwiazdkę z 1 wiadomości"
    } else {
        "Oznaczono gwiazdką 1 wiadomość"
    };
    assert_eq!(notice(&mailbox), expected);
    assert_eq!(mailbox.selection(), [id], "the message stays selected");
    ctrl_z(&mut mailbox);
    assert_eq!(has(&store, &Flag::Flagged), starred);
}
