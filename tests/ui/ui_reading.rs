//! The reader with a partly read message (issue 34): the scan still on
//! the server is listed at once with its name and size; opening or saving
//! it asks the worker for it, shows how far it got with a Stop button,
//! and once it is here it is opened or saved as asked. Pictures in pl, sk
//! and bg (`POSTA_SNAPSHOT_DIR`) of the reader with the scan on the server
//! and on its way.

use std::sync::MutexGuard;

use iced_test::Simulator;
use posta_core::reading::skeleton::{fill, UNFETCHED};
use posta_core::store::MessageRow;
use posta_i18n::{self as i18n, format_size, Language};
use posta_testkit::window::keep_picture;
use posta_testkit::LANGUAGE;
use posta_ui::screen::mailbox::reader::{Action, Message, Reader};
use posta_ui::{theme, WINDOW_SIZE};

fn language(language: Language) -> MutexGuard<'static, ()> {
    let guard = LANGUAGE.lock().unwrap_or_else(|p| p.into_inner());
    i18n::set_language(language);
    guard
}

fn row() -> MessageRow {
    MessageRow {
        id: 7,
        folder_id: 1,
        uid: Some(7),
        uidl: None,
        flags: Vec::new(),
        size: 28_698_000,
        date: Some(1_796_373_000),
        subject: "Umowa najmu".into(),
        from: "Zofia Wiśniewska <zofia@example.pl>".into(),
        to: "alice@example.org".into(),
        message_id: None,
        has_body: false,
        has_attachments: false,
    }
}

/// What the store keeps of the message after opening it: the text, the
/// scan marked as on the server (section 2, 20 MiB decoded).
fn document() -> Vec<u8> {
    format!(
        "From: Zofia Wiśniewska <zofia@example.pl>\r\nTo: alice@example.org\r\n\
Subject: Umowa najmu\r\nDate: Mon, 07 Dec 2026 09:30:00 +0100\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n--p\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
Dzień dobry, w załączniku skan umowy najmu. Proszę o podpis do piątku.\r\n\
Pozdrawiam, Zofia\r\n--p\r\n\
Content-Type: application/pdf; name=\"skan-umowy.pdf\"\r\n\
Content-Disposition: attachment; filename=\"skan-umowy.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n{UNFETCHED}: 2 28697870 20971520\r\n\r\n\r\n--p--\r\n"
    )
    .into_bytes()
}

#[test]
fn an_attachment_on_the_server_is_listed_then_fetched_when_opened() {
    let _language = language(Language::English);
    let mut reader = Reader::open_read(row(), Some((&document(), true)), false);
    assert!(reader.body_text().contains("Proszę o podpis do piątku."));
    assert_eq!(reader.attachments().len(), 1);
    assert_eq!(reader.attachments()[0].unfetched.as_deref(), Some("2"));
    let size = format_size(20_971_520, Language::English);
    let chip = format!("skan-umowy.pdf ({size}, on the server)");
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    ui.click(chip.as_str()).expect("the chip");
    let clicked: Vec<Message> = ui.into_messages().collect::<Vec<_>>();
    assert_eq!(clicked, [Message::OpenAttachment(0)]);

    // Opening asks for it and shows its progress with Stop.
    let asked = reader.update(Message::OpenAttachment(0));
    assert!(matches!(asked, Action::FetchPart { ref section } if section == "2"));
    reader.part_progress("2", 14_348_935, 28_697_870);
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    assert!(ui.find("skan-umowy.pdf: downloading, 50 %").is_ok());
    ui.click("Stop").expect("Stop");
    let stopped: Vec<Message> = ui.into_messages().collect();
    assert_eq!(stopped, [Message::CancelFetch]);
    assert!(matches!(
        reader.update(Message::CancelFetch),
        Action::CancelFetch
    ));
    assert!(sees(&reader, &chip), "back on the server");

    // Saving asks again; once here it is saved as asked, bytes and all.
    assert!(matches!(
        reader.update(Message::Save(0)),
        Action::FetchPart { .. }
    ));
    let filled = fill(&document(), "2", b"JVBERi0xLjQK").expect("filled");
    let then = reader.part_ready("2", Some((&filled, true)), Ok(()));
    assert!(matches!(then, Action::Run(_)), "the save starts");
    let attachment = &reader.attachments()[0];
    assert!(attachment.unfetched.is_none());
    assert_eq!(attachment.name, "skan-umowy.pdf");
    assert_eq!(attachment.size, 9);

    // A forward carries the scan: fetched first, then the forward opens.
    let mut reader = Reader::open_read(row(), Some((&document(), true)), false);
    assert!(matches!(
        reader.update(Message::Forward),
        Action::FetchPart { ref section } if section == "2"
    ));
    let then = reader.part_ready("2", Some((&filled, true)), Ok(()));
    assert!(matches!(then, Action::Compose(_)), "the forward opens");

    // A fetch that failed says so and leaves it on the server.
    let mut reader = Reader::open_read(row(), Some((&document(), true)), false);
    let _ = reader.update(Message::Save(0));
    let failed = reader.part_ready(
        "2",
        Some((&document(), true)),
        Err(posta_core::Error::timed_out("waiting for the server")),
    );
    assert!(matches!(failed, Action::None));
    assert!(sees(&reader, &chip));
    let said = posta_i18n::t!(
        "reading-attachment-failed",
        details =
            posta_i18n::describe_error(&posta_core::Error::timed_out("waiting for the server"), "")
    );
    assert!(said.starts_with("The attachment could not be downloaded"));
    assert!(sees(&reader, &said), "{said}");
}

/// Whether `text` is on the reader's screen.
fn sees(reader: &Reader, text: &str) -> bool {
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    ui.find(text).is_ok()
}

#[test]
fn pictures_of_an_attachment_on_the_server() {
    for (lang, code) in [
        (Language::Polish, "pl"),
        (Language::Slovak, "sk"),
        (Language::Bulgarian, "bg"),
    ] {
        let _language = language(lang);
        let mut reader = Reader::open_read(row(), Some((&document(), true)), false);
        let chip = posta_i18n::t!(
            "reading-attachment-on-server",
            name = "skan-umowy.pdf",
            size = format_size(20_971_520, lang)
        );
        assert!(sees(&reader, &chip), "{code}: {chip}");
        keep_picture(
            reader.view(Vec::new()),
            &format!("reading-on-server-{code}"),
        );
        let _ = reader.update(Message::OpenAttachment(0));
        reader.part_progress("2", 9_000_000, 28_697_870);
        keep_picture(reader.view(Vec::new()), &format!("reading-fetching-{code}"));
    }
}

/// "Search on the server" in the window, with the account's worker and a
/// real Dovecot: a word only in a body that was never downloaded is not
/// found here, then found by the server and listed.
#[test]
fn search_on_the_server_lists_what_this_computer_cannot_find() {
    use crate::ui_mailbox::{forward, pump};
    use posta_core::worker::{self, Event};
    use posta_testkit::dovecot::{Dovecot, ALICE};
    use posta_testkit::window::{click, runtime, sees};
    use posta_ui::screen::mailbox::{Mailbox, Message as MailboxMessage};

    let _language = posta_testkit::english();
    let rt = runtime();
    let dovecot = Dovecot::start();
    dovecot.deliver(
        &ALICE,
        "INBOX",
        b"From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Umowa najmu\r\n\
Date: Mon, 07 Dec 2026 09:30:00 +0100\r\nMessage-ID: <najem@example.pl>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nProsz\xc4\x99 o podpis do pi\xc4\x85tku.\r\n",
    );
    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = posta_testkit::accounts::imap(&dovecot, &ALICE);
    let mut mailbox = Mailbox::new(store.clone(), vec![account.clone()]);
    let (handle, stream) = {
        let _guard = rt.enter();
        worker::spawn(
            account.clone(),
            posta_core::Secret::new(ALICE.password),
            store,
        )
    };
    let events = forward(&rt, stream);
    mailbox.attach_worker(account.id, handle);
    pump(&mut mailbox, &events, |e| matches!(e, Event::SyncDone(_)));

    let _ = mailbox.update(MailboxMessage::SearchChanged("podpis".into()));
    assert!(sees(&mailbox, "No message matches your search."));
    click(&mut mailbox, "Search on the server");
    assert!(sees(&mailbox, "Searching on the server…"));
    pump(
        &mut mailbox,
        &events,
        |e| matches!(e, Event::ServerFound { message_ids, .. } if message_ids.len() == 1),
    );
    assert!(sees(&mailbox, "Umowa najmu"));
}
