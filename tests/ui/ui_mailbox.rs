//! The main window on a store synced from a real Dovecot, driven through
//! `iced_test`'s simulator: opening a folder shows its messages (and Bob's
//! shared folder appears under "Shared with me"); reading a message marks
//! it read, on the server after the queue is replayed, with and without the
//! account worker; a default and a custom tag become keywords on the
//! server, and the custom tag's name and colour reach a second device
//! through METADATA; moving a message moves it on the server.
//!
//! Store-only behaviour (POP3 local folders, keyboard, selection, search,
//! 100k rows) is in `tests/ui/ui_mailbox_local.rs`.

use posta_testkit as support;
use posta_testkit::english;
use posta_testkit::window::{click, runtime, sees, simulator};

use std::sync::mpsc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use iced::keyboard::{Key, Modifiers};
use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::store::{AccountConfig, Op};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::sync::{tags, SyncOptions};
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_ui::screen::mailbox::{
    Action, Compose, DialogMessage, FilterChoice, FolderChoice, FromWorker, Mailbox, Message,
    TagChoice,
};
use posta_ui::widget::folder_tree;
use support::accounts;
use support::dovecot::{Dovecot, User, ALICE, BOB};

const ACCOUNT: i64 = 1;

fn account(dovecot: &Dovecot, user: &User) -> AccountConfig {
    AccountConfig {
        id: ACCOUNT,
        name: "Praca".into(),
        ..accounts::imap(dovecot, user)
    }
}

fn mail(subject: &str, minute: u32, body: &str) -> Vec<u8> {
    format!(
        "From: Zofia Nowak <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
Date: Mon, 23 Nov 2026 10:{minute:02}:00 +0100\r\nMessage-ID: <{minute}@example.pl>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// Alice's mailbox on the server: three messages in INBOX, two in
/// "Archiwum", and Bob's "Zespół" shared with her.
fn server(rt: &tokio::runtime::Runtime) -> Dovecot {
    let dovecot = Dovecot::start();
    dovecot.deliver(
        &ALICE,
        "INBOX",
        &mail("Faktura 11/2026", 1, "Dzień dobry, w załączniku faktura."),
    );
    dovecot.deliver(
        &ALICE,
        "INBOX",
        &mail("Stretnutie v piatok", 2, "Dobrý deň, stretneme sa o 10:00."),
    );
    dovecot.deliver(
        &ALICE,
        "INBOX",
        &mail("Отчет за тримесечието", 3, "Добър ден, ето отчета."),
    );
    dovecot.deliver(
        &ALICE,
        "Archiwum",
        &mail("Stara umowa", 4, "Umowa z 2025 roku."),
    );
    dovecot.deliver(
        &ALICE,
        "Archiwum",
        &mail("Zdjęcia z wyjazdu", 5, "Zdjęcia w załączniku."),
    );
    dovecot.deliver(
        &BOB,
        "Zespół",
        &mail("Plan sprintu", 6, "Plan na ten tydzień."),
    );
    rt.block_on(async {
        let mut bob = login(&dovecot, &BOB).await;
        bob.set_acl("Zespół", ALICE.name, "lrswi")
            .await
            .expect("SETACL");
    });
    dovecot
}

async fn login(dovecot: &Dovecot, user: &User) -> ImapSession {
    let endpoint = account(dovecot, user).endpoint().expect("endpoint");
    ImapSession::connect(&endpoint, user.name, &Secret::new(user.password))
        .await
        .expect("login")
}

/// A device of Alice's: a store, synced with bodies.
fn device(rt: &tokio::runtime::Runtime, dovecot: &Dovecot) -> (tempfile::TempDir, SharedStore) {
    let (dir, store) = posta_testkit::stores::shared_store();
    with_store(&store, |s| Ok(s.ensure_account(ACCOUNT, "Praca")?)).expect("account");
    sync(rt, dovecot, &store);
    (dir, store)
}

/// Replays the offline queue and syncs, as the worker would.
fn sync(rt: &tokio::runtime::Runtime, dovecot: &Dovecot, store: &SharedStore) {
    rt.block_on(async {
        let mut session = login(dovecot, &ALICE).await;
        let options = SyncOptions {
            download_bodies: true,
            ..SyncOptions::default()
        };
        posta_testkit::accounts::sync_over(&mut session, store, ACCOUNT, &options).await;
    });
}

/// Flags of the message with `subject` in `folder`, as the server has them.
fn server_flags(
    rt: &tokio::runtime::Runtime,
    dovecot: &Dovecot,
    folder: &str,
    subject: &str,
) -> Vec<Flag> {
    rt.block_on(async {
        let mut session = login(dovecot, &ALICE).await;
        session.select(folder).await.expect("select");
        let envelopes = session.fetch_envelopes("1:*").await.expect("fetch");
        envelopes
            .into_iter()
            .find(|e| e.headers.subject == subject)
            .unwrap_or_else(|| panic!("{subject:?} is not in {folder} on the server"))
            .flags
    })
}

fn folder_id(store: &SharedStore, name: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(ACCOUNT, name)?))
        .expect("store")
        .unwrap_or_else(|| panic!("no folder {name}"))
}

/// Types `text` into the focused dialog field and confirms with the button
/// labelled `button`.
fn fill_dialog(mailbox: &mut Mailbox, text: &str, button: &str) {
    let _ = mailbox.update(Message::Dialog(DialogMessage::Name(text.into())));
    click(mailbox, button);
}

fn key(mailbox: &mut Mailbox, key: &str) -> Action {
    mailbox.update(Message::Key(Key::Character(key.into()), Modifiers::empty()))
}

#[test]
fn opening_a_folder_shows_its_messages_and_shared_folders() {
    let _language = english();
    let rt = runtime();
    let dovecot = server(&rt);
    let (_dir, store) = device(&rt, &dovecot);
    let mut mailbox = Mailbox::new(store.clone(), vec![account(&dovecot, &ALICE)]);

    // The inbox opens first, newest first, with its unread count.
    assert_eq!(mailbox.total(), 3);
    assert_eq!(
        mailbox.row(0).map(|r| r.subject.as_str()),
        Some("Отчет за тримесечието")
    );
    for text in [
        "Inbox",
        "3",
        "Faktura 11/2026",
        "Stretnutie v piatok",
        "Отчет за тримесечието",
    ] {
        assert!(sees(&mailbox, text), "{text:?} not shown");
    }
    assert!(!sees(&mailbox, "Stara umowa"));
    // Bob's folder, under "Shared with me".
    for text in ["Shared with me", "bob", "Zespół", "Archiwum", "Trash"] {
        assert!(sees(&mailbox, text), "{text:?} not in the folder pane");
    }

    click(&mut mailbox, "Archiwum");
    assert_eq!(mailbox.total(), 2);
    assert!(sees(&mailbox, "Stara umowa") && sees(&mailbox, "Zdjęcia z wyjazdu"));
    assert!(!sees(&mailbox, "Faktura 11/2026"));

    click(&mut mailbox, "Zespół");
    assert!(sees(&mailbox, "Plan sprintu"));
}

#[test]
fn reading_a_message_marks_it_read_on_the_server() {
    let _language = english();
    let rt = runtime();
    let dovecot = server(&rt);
    let (_dir, store) = device(&rt, &dovecot);
    let mut mailbox = Mailbox::new(store.clone(), vec![account(&dovecot, &ALICE)]);

    click(&mut mailbox, "Faktura 11/2026");
    let reader = mailbox.reader().expect("the message is open");
    assert!(
        reader.body_text().contains("w załączniku faktura"),
        "{:?}",
        reader.body_text()
    );
    assert!(sees(&mailbox, "From: Zofia Nowak <zofia@example.pl>"));
    assert!(sees(&mailbox, "Reply") && sees(&mailbox, "Reply all") && sees(&mailbox, "Forward"));
    // Read here at once, and queued for the server (no worker runs).
    assert!(reader.message().flags.contains(&Flag::Seen));
    let pending = with_store(&store, |s| Ok(s.pending_ops(ACCOUNT)?)).expect("queue");
    assert!(
        matches!(pending.as_slice(), [(_, Op::SetFlags { add, .. })] if add == &[Flag::Seen]),
        "{pending:?}"
    );
    assert!(sees(&mailbox, "1 change waiting to be sent"));
    assert!(!server_flags(&rt, &dovecot, "INBOX", "Faktura 11/2026").contains(&Flag::Seen));

    sync(&rt, &dovecot, &store);
    assert!(server_flags(&rt, &dovecot, "INBOX", "Faktura 11/2026").contains(&Flag::Seen));
    assert!(with_store(&store, |s| Ok(s.pending_ops(ACCOUNT)?))
        .expect("queue")
        .is_empty());

    // Reply, Reply all and Forward are handed to the compose screen.
    let id = mailbox.reader().map(|r| r.message().id).expect("open");
    let messages: Vec<Message> = {
        let mut ui = simulator(&mailbox);
        ui.click("Reply all").expect("button");
        ui.into_messages().collect()
    };
    let actions: Vec<Action> = messages.into_iter().map(|m| mailbox.update(m)).collect();
    assert!(matches!(
        actions.as_slice(),
        [Action::Compose(Compose::ReplyAll { message_id })] if *message_id == id
    ));
}

#[test]
fn tags_default_and_custom_become_keywords_on_the_server() {
    let _language = english();
    let rt = runtime();
    let dovecot = server(&rt);
    let (_dir, store) = device(&rt, &dovecot);
    let mut mailbox = Mailbox::new(store.clone(), vec![account(&dovecot, &ALICE)]);

    click(&mut mailbox, "Stretnutie v piatok");
    // Key 1: Thunderbird's first tag, "Important" ($label1).
    let _ = key(&mut mailbox, "1");
    assert!(sees(&mailbox, "Important"), "the chip is drawn");
    // A tag of her own, from the tag menu, with a colour from the palette.
    let _ = mailbox.update(Message::Tag(TagChoice::New));
    assert!(sees(&mailbox, "New tag"));
    let _ = mailbox.update(Message::Dialog(DialogMessage::Color("#0099cc".into())));
    fill_dialog(&mut mailbox, "Projekt Żółć", "Create");
    assert!(mailbox.dialog().is_none());
    let tags = with_store(&store, |s| Ok(s.tags(ACCOUNT)?)).expect("tags");
    let custom = tags
        .iter()
        .find(|t| t.name == "Projekt Żółć")
        .expect("tag defined");
    assert_eq!(
        (custom.keyword.as_str(), custom.color.as_str()),
        ("projektzolc", "#0099cc")
    );
    assert!(sees(&mailbox, "Projekt Żółć"), "the custom chip is drawn");

    sync(&rt, &dovecot, &store);
    let flags = server_flags(&rt, &dovecot, "INBOX", "Stretnutie v piatok");
    assert!(
        flags.contains(&Flag::Keyword("$label1".into())),
        "{flags:?}"
    );
    assert!(
        flags.contains(&Flag::Keyword("projektzolc".into())),
        "{flags:?}"
    );

    // The tag filter shows only tagged mail.
    let _ = mailbox.update(Message::Filter(FilterChoice::Tag {
        keyword: "projektzolc".into(),
        name: "Projekt Żółć".into(),
    }));
    assert_eq!(mailbox.total(), 1);
    // Key 1 again removes "Important".
    click(&mut mailbox, "Stretnutie v piatok");
    let _ = key(&mut mailbox, "1");
    sync(&rt, &dovecot, &store);
    let flags = server_flags(&rt, &dovecot, "INBOX", "Stretnutie v piatok");
    assert!(
        !flags.contains(&Flag::Keyword("$label1".into())),
        "{flags:?}"
    );
}

#[test]
fn moving_a_message_moves_it_on_the_server() {
    let _language = english();
    let rt = runtime();
    let dovecot = server(&rt);
    let (_dir, store) = device(&rt, &dovecot);
    let mut mailbox = Mailbox::new(store.clone(), vec![account(&dovecot, &ALICE)]);

    click(&mut mailbox, "Отчет за тримесечието");
    let archiwum = folder_id(&store, "Archiwum");
    let _ = mailbox.update(Message::MoveTo(FolderChoice {
        id: archiwum,
        label: "Archiwum".into(),
    }));
    assert_eq!(mailbox.total(), 2, "gone from the inbox at once");
    assert!(!sees(&mailbox, "Отчет за тримесечието"));
    click(&mut mailbox, "Archiwum");
    assert!(
        sees(&mailbox, "Отчет за тримесечието"),
        "in Archiwum at once"
    );

    sync(&rt, &dovecot, &store);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 2);
    assert_eq!(dovecot.message_count(&ALICE, "Archiwum"), 3);
    // After the sync the moved message has its server UID in Archiwum.
    let _ = mailbox.update(Message::Folders(folder_tree::Event::Folder(archiwum)));
    assert_eq!(mailbox.total(), 3);
    assert!((0..3)
        .filter_map(|i| mailbox.row(i))
        .all(|r| r.uid.is_some()));
}

/// The worker's events, read on `rt` into a channel the test can wait on.
pub(crate) fn forward(
    rt: &tokio::runtime::Runtime,
    stream: impl futures::Stream<Item = Event> + Send + 'static,
) -> mpsc::Receiver<Event> {
    let (tx, events) = mpsc::channel();
    rt.spawn(async move {
        let mut stream = std::pin::pin!(stream);
        while let Some(event) = stream.next().await {
            if tx.send(event).is_err() {
                break;
            }
        }
    });
    events
}

/// Applies worker events until `done` accepts one (bounded).
pub(crate) fn pump(
    mailbox: &mut Mailbox,
    events: &mpsc::Receiver<Event>,
    mut done: impl FnMut(&Event) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let event = events
            .recv_timeout(left)
            .expect("a worker event within 60 s");
        let stop = done(&event);
        let _ = mailbox.update(Message::Worker(FromWorker::event(ACCOUNT, event)));
        if stop {
            return;
        }
    }
}

#[test]
fn with_the_worker_reading_and_tagging_reach_the_server_and_a_second_device() {
    let _language = english();
    let rt = runtime();
    let dovecot = server(&rt);
    let (_dir, store) = device(&rt, &dovecot);
    let mut mailbox = Mailbox::new(store.clone(), vec![account(&dovecot, &ALICE)]);

    let (handle, stream) = {
        let _guard = rt.enter();
        worker::spawn(
            account(&dovecot, &ALICE),
            Secret::new(ALICE.password),
            store.clone(),
        )
    };
    let events = forward(&rt, stream);
    mailbox.attach_worker(ACCOUNT, handle);
    pump(&mut mailbox, &events, |e| matches!(e, Event::SyncDone(_)));

    // Opening sends SetFlags to the worker; it replays at once.
    click(&mut mailbox, "Faktura 11/2026");
    pump(&mut mailbox, &events, |e| matches!(e, Event::SyncDone(_)));
    assert!(server_flags(&rt, &dovecot, "INBOX", "Faktura 11/2026").contains(&Flag::Seen));

    // A custom tag: keyword on the server, definition in METADATA.
    let _ = mailbox.update(Message::Tag(TagChoice::New));
    let _ = mailbox.update(Message::Dialog(DialogMessage::Color("#993399".into())));
    fill_dialog(&mut mailbox, "Klient Żółć", "Create");
    pump(&mut mailbox, &events, |e| matches!(e, Event::SyncDone(_)));
    let flags = server_flags(&rt, &dovecot, "INBOX", "Faktura 11/2026");
    assert!(
        flags.contains(&Flag::Keyword("klientzolc".into())),
        "{flags:?}"
    );
    let metadata = rt.block_on(async {
        let mut session = login(&dovecot, &ALICE).await;
        session
            .get_metadata("", tags::TAGS_ENTRY)
            .await
            .expect("GETMETADATA")
    });
    assert!(
        metadata
            .as_deref()
            .is_some_and(|m| m.contains("Klient Żółć")),
        "{metadata:?}"
    );

    // A second device shows the same name and colour.
    let (_dir2, second) = device(&rt, &dovecot);
    let tags = with_store(&second, |s| Ok(s.tags(ACCOUNT)?)).expect("tags");
    assert!(
        tags.iter()
            .any(|t| t.keyword == "klientzolc" && t.name == "Klient Żółć" && t.color == "#993399"),
        "{tags:?}"
    );
    let other = Mailbox::new(second, vec![account(&dovecot, &ALICE)]);
    assert!(sees(&other, "Klient Żółć"), "the chip on the second device");
    let read = (0..other.total())
        .filter_map(|i| other.row(i))
        .find(|r| r.subject == "Faktura 11/2026")
        .expect("listed");
    assert!(read.flags.contains(&Flag::Seen));
}
