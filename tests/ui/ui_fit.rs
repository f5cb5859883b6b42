//! What fits and what gives way: a long sender name or subject ends in "…"
//! instead of being cut mid-letter, and at 800×600 the open message still
//! reads as text rather than a line or two.

use posta_testkit::language;
use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::click;

use std::sync::{Arc, Mutex};

use iced::{Rectangle, Size};
use iced_test::selector::Candidate;
use iced_test::Simulator;
use posta_core::account::Protocol;
use posta_core::message::{Address, Envelope, Headers, RemoteId};
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::mailbox::{reader, Mailbox};
use posta_ui::theme;

use crate::ui_mailbox_local::dom_with_inbox;

const SMALL: Size = Size::new(800.0, 600.0);
const NAME: &str = "Grzegorz Brzęczyszczykiewicz-Chrząszczyżewoszycki z Łękołodów";

/// A mailbox whose Inbox holds one message from a very long Polish name.
fn long_sender() -> (tempfile::TempDir, Mailbox) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, inbox) = dom_with_inbox(&dir);
    let envelope = Envelope {
        id: RemoteId::Uidl("u1".into()),
        flags: Vec::new(),
        size: 1000,
        headers: Headers {
            subject: "Zażółć gęślą jaźń: sprawozdanie kwartalne z działalności spółdzielni \
                      mieszkaniowej za trzeci kwartał"
                .into(),
            from: vec![Address {
                name: Some(NAME.into()),
                email: "grzegorz@example.pl".into(),
            }],
            date: Some(1_795_424_400),
            ..Headers::default()
        },
    };
    store.upsert_messages(inbox, &[envelope]).expect("mail");
    let store = Arc::new(Mutex::new(store));
    let account = fixture::account(2, "Dom", "jan@example.pl", Protocol::Pop3);
    (dir, Mailbox::new(store, vec![account]))
}

/// The shortened text starting with `start` drawn on the screen, and where.
fn shown(mailbox: &Mailbox, start: &'static str) -> (String, Rectangle) {
    let mut ui = Simulator::with_size(theme::settings(), SMALL, mailbox.view());
    ui.find(move |candidate: Candidate<'_>| match candidate {
        Candidate::Text {
            content, bounds, ..
        } if content.starts_with(start) && content.ends_with('…') => {
            Some((content.to_owned(), bounds))
        }
        _ => None,
    })
    .unwrap_or_else(|e| panic!("{start:?} not shown: {e:?}"))
}

#[test]
fn a_long_sender_and_subject_end_in_an_ellipsis_at_800_by_600() {
    let _language = language(Language::Polish);
    let (_dir, mailbox) = long_sender();
    let (sender, bounds) = shown(&mailbox, "Grz");
    assert!(NAME.starts_with(sender.trim_end_matches('…')), "{sender:?}");
    assert!(sender.len() < NAME.len(), "{sender:?}");
    assert!(bounds.x + bounds.width <= SMALL.width, "{bounds:?}");
    let (subject, bounds) = shown(&mailbox, "Zażółć");
    assert!(subject.chars().count() > 8, "{subject:?}");
    assert!(bounds.x + bounds.width <= SMALL.width, "{bounds:?}");
}

#[test]
fn the_open_message_reads_at_800_by_600() {
    let _language = language(Language::Polish);
    let (_dir, _store, mut mailbox) = fixture::demo();
    let first = mailbox.row(0).map(|r| r.subject.clone()).expect("row");
    click(&mut mailbox, &first);
    let mut ui = Simulator::with_size(theme::settings(), SMALL, mailbox.view());
    let body = ui
        .find(iced_test::selector::id(reader::BODY))
        .expect("body");
    let height = body.visible_bounds().map_or(0.0, |b| b.height);
    // Six lines of 14-px text at least, not one or two.
    assert!(height >= 6.0 * 14.0 * 1.3, "the message gets {height} px");
    // The counts over the list are whole, on one line: not "3 wia…".
    let counts = format!(
        "{} · {}",
        t!("mailbox-message-count", count = 20),
        t!("mailbox-unread-count", count = 3)
    );
    let counts = ui.find(counts.as_str()).expect("the counts, whole");
    let bounds = counts.bounds();
    let visible = counts.visible_bounds().expect("on screen");
    // Visible bounds are an intersection in floating point.
    let cut = (bounds.width - visible.width) + (bounds.height - visible.height);
    assert!(
        cut < 0.5,
        "the counts are cut: {bounds:?} shows {visible:?}"
    );
    assert!(bounds.height < 2.0 * 13.0 * 1.3, "one line: {bounds:?}");
}

/// Saves the demo mailbox at 800×600 in every language, the list and then
/// the first message open, as `fit-<lang>.png` and `fit-reader-<lang>.png`
/// under `$OUT` (default `target/shots`), to be looked at.
#[test]
#[ignore = "writes screenshots"]
fn shoot_800_by_600() {
    let out = std::path::PathBuf::from(std::env::var("OUT").unwrap_or("target/shots".into()));
    std::fs::create_dir_all(&out).expect("out");
    for lang in Language::ALL {
        let _language = language(lang);
        let (_dir, _store, mut mailbox) = fixture::demo();
        let save = |mailbox: &Mailbox, name: String| {
            // iced_test adds the renderer's name: `<name>-tiny-skia.png`.
            let path = out.join(&name);
            let _ = std::fs::remove_file(out.join(format!("{name}-tiny-skia.png")));
            let mut ui = Simulator::with_size(theme::settings(), SMALL, mailbox.view());
            let shot = ui.snapshot(&posta_ui::theme::theme()).expect("snapshot");
            assert!(shot.matches_image(&path).expect("png"));
        };
        save(&mailbox, format!("fit-{}", lang.code()));
        let first = mailbox.row(0).map(|r| r.subject.clone()).expect("row");
        click(&mut mailbox, &first);
        save(&mailbox, format!("fit-reader-{}", lang.code()));
    }
}
