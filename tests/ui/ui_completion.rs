//! Recipient completion in the main window with the keyboard only, over
//! the mailbox fixture (Piotr, Zofia and Иван wrote; Jan was written to):
//! Ctrl+N, "Pio" in To, Down, Enter gives "Piotr Zieliński <piotr@…>, "
//! and typing goes on; "zol" and Tab add Zofia; Escape closes the list
//! only, and Tab moves to Cc again once the list is closed. With
//! `POSTA_SNAPSHOT_DIR` set, the open list is saved in Polish, Slovak and
//! Bulgarian.

use std::path::Path;

use posta_testkit::mailbox_fixture::fill;
use posta_testkit::wizard::{language, Harness};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use posta_core::store::PostaHome;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::{compose, wizard};
use posta_ui::WINDOW_SIZE;

fn new_message(home: &Path) -> Harness {
    let _store = fill(home);
    let mut h = Harness::booted(wizard::Options::new(PostaHome::at(home)), WINDOW_SIZE);
    h.press(Key::Character("n".into()), Modifiers::CTRL);
    h.expect_words(&t!("compose-send"));
    assert_eq!(h.focused(), Some(compose::ids::TO));
    h
}

/// Saves what the window shows as `NAME.png` in `$POSTA_SNAPSHOT_DIR`.
fn look_at(h: &Harness, name: &str) {
    posta_testkit::window::keep_picture(h.app.view(), name);
}

#[test]
fn pio_down_enter_completes_piotr_and_zol_tab_adds_zofia() {
    let _language = language(Language::Polish);
    let home = tempfile::tempdir().expect("home");
    let mut h = new_message(home.path());
    h.typewrite("Pio");
    assert!(h.sees("piotr@example.pl"), "the list shows Piotr");
    h.tap(Named::ArrowDown);
    h.tap(Named::Enter);
    assert!(
        h.sees("Piotr Zieliński <piotr@example.pl>, "),
        "Enter completed the address"
    );
    assert!(!h.sees("piotr@example.pl"), "and closed the list");
    assert_eq!(
        h.focused(),
        Some(compose::ids::TO),
        "the cursor stays in To"
    );
    h.typewrite("zol");
    assert!(h.sees("zofia@example.pl"), "the list shows Zofia");
    h.tap(Named::Tab);
    assert!(
        h.sees("Piotr Zieliński <piotr@example.pl>, Zofia Żółkiewska <zofia@example.pl>, "),
        "Tab picked Zofia after Piotr"
    );
    assert_eq!(h.focused(), Some(compose::ids::TO), "Tab picked, not moved");
    h.tap(Named::Tab);
    assert_eq!(h.focused(), Some(compose::ids::CC), "no list: Tab moves on");
}

#[test]
fn escape_closes_the_list_only() {
    let _language = language(Language::Bulgarian);
    let home = tempfile::tempdir().expect("home");
    let mut h = new_message(home.path());
    h.typewrite("ива");
    assert!(
        h.app
            .compose()
            .is_some_and(|c| c.completion().open() == Some(compose::Field::To)),
        "the list is open under To"
    );
    h.tap(Named::Escape);
    assert!(h.app.compose().is_some(), "the window stays");
    assert!(
        h.app
            .compose()
            .is_some_and(|c| c.completion().open().is_none()),
        "the list is closed"
    );
    assert_eq!(h.focused(), Some(compose::ids::TO), "the cursor is in To");
    assert!(h.sees("ива"), "what was typed stays");
    h.tap(Named::Tab);
    assert_eq!(h.focused(), Some(compose::ids::CC));
}

#[test]
fn the_list_in_polish_slovak_and_bulgarian() {
    for (lang, typed, expected) in [
        (Language::Polish, "pio", "piotr@example.pl"),
        (Language::Slovak, "zol", "zofia@example.pl"),
        (Language::Bulgarian, "ива", "Иван Петров"),
    ] {
        let _language = language(lang);
        let home = tempfile::tempdir().expect("home");
        let mut h = new_message(home.path());
        h.typewrite(typed);
        h.tap(Named::ArrowDown);
        assert!(h.sees(expected), "{typed}: {expected}");
        look_at(&h, &format!("completion-{}", lang.code()));
    }
}
