//! The reader drawing the rendered document through `iced_test`: headers
//! as text, the invoice's table without cells run together, a link
//! clickable where it is drawn (and a `javascript:` one not), a
//! deceptive link's warning in the text, and the remote tracking pixel
//! never drawn.

use std::collections::BTreeSet;
use std::sync::MutexGuard;

use iced::Point;
use iced_test::Simulator;
use posta_core::store::MessageRow;
use posta_i18n::{self as i18n, Language};
use posta_ui::screen::mailbox::reader::{Action, Message, Reader, Remote};
use posta_ui::{theme, WINDOW_SIZE};

use posta_testkit::LANGUAGE;

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
        has_attachments: false,
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

/// A local web server answering every request with a small PNG, counting
/// the connections it accepts.
fn image_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicUsize, Ordering};

    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("addr"));
    let count = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    let png = fixture_png();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            counted.fetch_add(1, Ordering::SeqCst);
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                png.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&png);
        }
    });
    (address, count)
}

/// The newsletter's logo (a PNG), taken from the fixture.
fn fixture_png() -> Vec<u8> {
    let rendered =
        posta_core::render::message(&fixture("newsletter-sk.eml"), posta_core::render::WIDE);
    rendered.inline.values().next().expect("logo").to_vec()
}

#[test]
fn nothing_is_fetched_until_show_is_chosen() {
    use std::sync::atomic::Ordering;

    let _language = language(Language::English);
    let (server, count) = image_server();
    let raw = format!(
        "From: Novinky <novinky@knihy.example>\r\nSubject: Novinky\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n\
<p>Ahoj</p><img src=\"{server}/banner.png\" alt=\"Banner\">\
<img src=\"{server}/open.gif?u=1\" width=1 height=1>"
    );
    let mut reader = Reader::open(row("Novinky"), Some(raw.as_bytes()), false);
    assert_eq!(reader.remote(), Remote::Blocked);
    // Drawing it and clicking everywhere on the left fetches nothing.
    assert!(click_down_the_left(&reader).is_empty());
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    assert!(ui.find("Always for this sender").is_ok());
    ui.click("Show for this message").expect("the bar's button");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert_eq!(messages, [Message::ShowRemote]);
    assert_eq!(count.load(Ordering::SeqCst), 0, "fetched before Show");
    let Action::Run(_task) = reader.update(Message::ShowRemote) else {
        panic!("Show starts loading");
    };
    assert_eq!(reader.remote(), Remote::Loading);
    // The task the window runs: the same fetch, here on a runtime of ours.
    let urls: Vec<String> = reader
        .document()
        .expect("parsed")
        .remote_images()
        .map(str::to_owned)
        .collect();
    let results = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(posta_core::remote::fetch_images(urls));
    assert_eq!(count.load(Ordering::SeqCst), 2);
    assert!(results
        .iter()
        .all(|(_, r)| matches!(r, posta_core::remote::Fetched::Image(_))));
    let _ = reader.update(Message::RemoteLoaded(results));
    assert_eq!(reader.remote(), Remote::Shown(0));
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    assert!(ui.find("Show for this message").is_err());
}

#[test]
fn always_for_this_sender_names_the_sender() {
    let _language = language(Language::Slovak);
    let reader = Reader::open(row("Novinky"), Some(&fixture("newsletter-sk.eml")), false);
    let mut reader = reader;
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    ui.click("Vždy od tohto odosielateľa")
        .expect("the bar's button");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert_eq!(messages, [Message::AlwaysRemote]);
    match reader.update(Message::AlwaysRemote) {
        Action::Remember(sender, _task) => assert_eq!(sender, "novinky@knihy-podtatrami.sk"),
        _ => panic!("the sender is remembered"),
    }
    assert_eq!(reader.remote(), Remote::Loading);
}

#[test]
fn twenty_attachments_stay_tidy_and_open_on_click() {
    let _language = language(Language::English);
    let mut raw = String::from(
        "From: Zofia <zofia@example.pl>\r\nSubject: Skany\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nW załączeniu skany.\r\n",
    );
    for n in 1..=20 {
        raw.push_str(&format!(
            "--b\r\nContent-Type: application/pdf; name=\"skan-{n:02}.pdf\"\r\n\
Content-Disposition: attachment; filename=\"skan-{n:02}.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        ));
    }
    raw.push_str("--b--\r\n");
    let reader = Reader::open(row("Skany"), Some(raw.as_bytes()), false);
    assert_eq!(reader.attachments().len(), 20);
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, reader.view(Vec::new()));
    assert!(ui.find("20 attachments:").is_ok());
    assert!(ui.find("Reply").is_ok());
    ui.click("skan-01.pdf (9 B)").expect("first chip");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert_eq!(messages, [Message::OpenAttachment(0)]);
}
