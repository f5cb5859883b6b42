//! The reader drawing the rendered document through `iced_test`: headers
//! as text, the invoice's table without cells run together, a link
//! clickable where it is drawn (and a `javascript:` one not), a
//! deceptive link's warning in the text, and the remote tracking pixel
//! never drawn.

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard};

use iced::Point;
use iced_test::Simulator;
use posta::core::store::MessageRow;
use posta::i18n::{self, Language};
use posta::ui::screen::mailbox::reader::{Action, Message, Reader};
use posta::ui::{theme, WINDOW_SIZE};

static LANGUAGE: Mutex<()> = Mutex::new(());

/// The UI language is global: one test at a time sets it.
fn language(language: Language) -> MutexGuard<'static, ()> {
    let guard = LANGUAGE.lock().unwrap_or_else(|p| p.into_inner());
    i18n::set_language(language);
    guard
}

fn row(subject: &str) -> MessageRow {
    MessageRow {
        id: 1,
        folder_id: 1,
        uid: Some(1),
        uidl: None,
        flags: Vec::new(),
        size: 1,
        date: Some(1_795_424_400),
        subject: subject.into(),
        from: "Bank <security@bank-polski.example>".into(),
        to: String::new(),
        message_id: None,
        has_body: true,
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/reading/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

/// Clicks down the left edge of the window and returns every message
/// the clicks produced.
fn click_down_the_left(reader: &Reader) -> Vec<Message> {
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    for x in [24.0, 36.0, 48.0] {
        let mut y = 0.0;
        while y < WINDOW_SIZE.height {
            ui.point_at(Point::new(x, y));
            let _ = ui.simulate(iced_test::simulator::click());
            y += 4.0;
        }
    }
    ui.into_messages().collect()
}

#[test]
fn links_open_where_drawn_and_javascript_never() {
    let _language = language(Language::English);
    let raw = b"From: Bank <security@bank-polski.example>\r\nSubject: Pilne\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n\
<p><a href=\"https://bank-pl.evil.example/login\">bank.pl</a> zaloguj sie</p>\
<p><a href=\"javascript:alert(1)\">tutaj</a> kliknij</p>\
<p><img src=\"https://track.example/p.gif\" width=1 height=1></p>";
    let reader = Reader::open(row("Pilne"), Some(raw), false);
    let text = reader.body_text();
    assert!(
        text.contains("does not go to bank.pl but to bank-pl.evil.example"),
        "{text}"
    );
    let clicked: BTreeSet<String> = click_down_the_left(&reader)
        .into_iter()
        .map(|m| match m {
            Message::OpenLink(target) => target,
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(
        clicked,
        BTreeSet::from(["https://bank-pl.evil.example/login".to_owned()])
    );
    let mut reader = reader;
    assert!(matches!(
        reader.update(Message::OpenLink("javascript:alert(1)".into())),
        Action::None
    ));
}

#[test]
fn invoice_reads_as_sent() {
    let _language = language(Language::Polish);
    let reader = Reader::open(row("Faktura"), Some(&fixture("invoice-pl.eml")), false);
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    assert!(ui
        .find("Od: Hosting Pomorze sp. z o.o. <faktury@hosting-pomorze.pl>")
        .is_ok());
    assert!(ui.find("Odpowiedz").is_ok());
    let text = reader.body_text();
    assert!(!text.contains("Hosting149"), "{text}");
    assert!(
        text.contains("Hosting                       │1    │49,00 zł"),
        "{text}"
    );
    assert_eq!(reader.attachments().len(), 1);
    let newsletter = Reader::open(row("Novinky"), Some(&fixture("newsletter-sk.eml")), false);
    // The cid: logo is drawn in the text, not listed.
    assert!(newsletter.attachments().is_empty());
    let document = newsletter.document().expect("parsed");
    assert!(document.has_remote_images());
}
