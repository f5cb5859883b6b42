//! Conversations in the window (iced_test): a folder grouped by
//! conversation shows one row per conversation with its counts, the user's
//! reply in Sent joins it, a reply whose headers were lost joins by
//! subject; the setting is kept per folder; the reader shows the
//! conversation as a stack whose older messages are collapsed lines; an
//! action on a conversation row applies to its messages in the folder.

#[path = "ui_mailbox_fixture.rs"]
mod fixture;

use std::sync::{Arc, Mutex, MutexGuard};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use iced_test::Simulator;
use posta::core::account::Protocol;
use posta::core::imap::SpecialUse;
use posta::core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta::core::store::{FolderRow, PostaHome, Store};
use posta::core::sync::imap::{with_store, SharedStore};
use posta::i18n::{self, Language};
use posta::ui::screen::mailbox::{Mailbox, Message};
use posta::ui::{theme, WINDOW_SIZE};

static LANGUAGE: Mutex<()> = Mutex::new(());

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

struct Mail<'a> {
    uid: u32,
    id: &'a str,
    refs: &'a [&'a str],
    from: &'a str,
    subject: &'a str,
    date: i64,
    read: bool,
}

fn envelope(mail: &Mail<'_>) -> Envelope {
    Envelope {
        id: RemoteId::Uid(mail.uid),
        flags: if mail.read { vec![Flag::Seen] } else { vec![] },
        size: 2000,
        headers: Headers {
            subject: mail.subject.into(),
            from: vec![Address {
                name: Some(mail.from.into()),
                email: format!("{}@example.pl", mail.uid),
            }],
            date: Some(1_795_000_000 + mail.date * 3600),
            message_id: Some(mail.id.into()),
            in_reply_to: mail
                .refs
                .last()
                .map(|r| (*r).to_owned())
                .into_iter()
                .collect(),
            references: mail.refs.iter().map(|r| (*r).to_owned()).collect(),
            ..Headers::default()
        },
    }
}

/// INBOX with a conversation (one reply of it in Sent), a reply that lost
/// its headers and the message it answers, and one on its own.
fn mailbox(dir: &std::path::Path) -> (SharedStore, Mailbox, i64) {
    let store = Store::open(&PostaHome::at(dir)).expect("store");
    store.ensure_account(1, "Praca").expect("account");
    let folder = |name: &str, role| {
        let mut row = FolderRow::local(1, name, Some(role));
        row.local = false;
        store.upsert_folder(1, &row).expect("folder")
    };
    let inbox = folder("INBOX", SpecialUse::Inbox);
    let sent = folder("Sent", SpecialUse::Sent);
    let inbox_mail = [
        Mail {
            uid: 1,
            id: "plan@x",
            refs: &[],
            from: "Zofia Żółkiewska",
            subject: "Plan wycieczki",
            date: 1,
            read: false,
        },
        Mail {
            uid: 2,
            id: "plan3@x",
            refs: &["plan@x", "plan2@x"],
            from: "Ján Novák",
            subject: "Re: Plan wycieczki",
            date: 5,
            read: false,
        },
        Mail {
            uid: 3,
            id: "obed@x",
            refs: &[],
            from: "Mária",
            subject: "Obed v piatok",
            date: 2,
            read: true,
        },
        Mail {
            uid: 4,
            id: "",
            refs: &[],
            from: "Иван Петров",
            subject: "RE: Obed v piatok",
            date: 3,
            read: true,
        },
        Mail {
            uid: 5,
            id: "sam@x",
            refs: &[],
            from: "GitLab",
            subject: "Pipeline passed",
            date: 4,
            read: true,
        },
    ];
    let envelopes: Vec<Envelope> = inbox_mail.iter().map(envelope).collect();
    store.upsert_messages(inbox, &envelopes).expect("inbox");
    let reply = Mail {
        uid: 1,
        id: "plan2@x",
        refs: &["plan@x"],
        from: "Alicja",
        subject: "Re: Plan wycieczki",
        date: 3,
        read: true,
    };
    store
        .upsert_messages(sent, &[envelope(&reply)])
        .expect("sent");
    let store = Arc::new(Mutex::new(store));
    let account = fixture::account(1, "Praca", "alicja@example.pl", Protocol::Imap);
    let mailbox = Mailbox::new(store.clone(), vec![account]);
    (store, mailbox, inbox)
}

#[test]
fn a_grouped_folder_shows_conversations_and_the_reader_their_stack() {
    let _language = language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, mut mailbox, inbox) = mailbox(dir.path());
    assert_eq!(mailbox.total(), 5);
    assert!(sees(&mailbox, "Group by conversation"));
    click(&mut mailbox, "Group by conversation");
    assert_eq!(
        mailbox.total(),
        3,
        "plan (with the reply in Sent), obed, gitlab"
    );
    assert!(sees(&mailbox, "3 messages, 2 unread"));
    assert!(sees(&mailbox, "2 messages"));
    // Newest conversation first, shown by its newest message here.
    assert_eq!(
        mailbox.row(0).map(|r| r.subject.clone()).as_deref(),
        Some("Re: Plan wycieczki")
    );

    // The reader: the conversation above it, older messages collapsed.
    let _ = mailbox.update(Message::Key(
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    ));
    let open = mailbox.reader().expect("open").message().clone();
    assert_eq!(open.subject, "Re: Plan wycieczki");
    assert!(sees(&mailbox, "▸") && sees(&mailbox, "▾"));
    assert!(sees(&mailbox, "Zofia Żółkiewska") && sees(&mailbox, "Alicja"));
    click(&mut mailbox, "Zofia Żółkiewska");
    assert_eq!(
        mailbox.reader().expect("open").message().subject,
        "Plan wycieczki",
        "a collapsed line opens its message"
    );

    // Kept for the folder: a new window shows it grouped.
    let account = fixture::account(1, "Praca", "alicja@example.pl", Protocol::Imap);
    let again = Mailbox::new(store.clone(), vec![account]);
    assert_eq!(again.total(), 3);

    // Delete on a conversation row deletes its messages in INBOX, not the
    // reply in Sent (no Trash here: for good).
    let _ = mailbox.update(Message::Key(Key::Named(Named::Home), Modifiers::empty()));
    let _ = mailbox.update(Message::Delete);
    let left = with_store(&store, |s| Ok(s.message_count(inbox)?))
        .expect("count")
        .0;
    assert_eq!(left, 3, "both INBOX messages of the conversation went");
    let sent = with_store(&store, |s| {
        let id = s.folder_id(1, "Sent")?.expect("sent");
        Ok(s.message_count(id)?.0)
    })
    .expect("count");
    assert_eq!(sent, 1);

    // Ungrouped again: one row per message.
    click(&mut mailbox, "Group by conversation");
    assert_eq!(mailbox.total(), 3);
    assert!(!sees(&mailbox, "2 messages"));
}

#[test]
fn conversation_counts_are_translated_with_plurals() {
    let cases = [
        (Language::English, 3, 1, "3 messages, 1 unread"),
        (Language::English, 2, 0, "2 messages"),
        (Language::Polish, 3, 2, "3 wiadomości, 2 nieprzeczytane"),
        (Language::Polish, 5, 1, "5 wiadomości, 1 nieprzeczytana"),
        (Language::Polish, 22, 5, "22 wiadomości, 5 nieprzeczytanych"),
        (Language::Slovak, 2, 1, "2 správy, 1 neprečítaná"),
        (Language::Slovak, 5, 5, "5 správ, 5 neprečítaných"),
        (Language::Bulgarian, 1, 1, "1 съобщение, 1 непрочетено"),
        (Language::Bulgarian, 4, 2, "4 съобщения, 2 непрочетени"),
    ];
    for (lang, count, unread, expected) in cases {
        let _language = language(lang);
        assert_eq!(
            posta::t!("conversation-count", count = count, unread = unread),
            expected
        );
    }
}
