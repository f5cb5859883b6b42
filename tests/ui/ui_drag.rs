//! Dragging messages onto a folder with the mouse, through the whole
//! window (iced_test, real pointer events on the kept widget state, over
//! the mailbox fixture): the selection follows the pointer with a label
//! in the user's language, a folder of the same account takes it with
//! Undo; a short wobble stays a click, and Escape or letting go elsewhere
//! moves nothing.

use posta_testkit::mailbox_fixture::{self as fixture, fill};
use posta_testkit::wizard::{language, Harness};

use iced::keyboard::key::Named;
use iced::Point;
use posta_core::store::{MessageRow, PostaHome, Store};
use posta_i18n::{t, Language};
use posta_ui::screen::wizard;
use posta_ui::WINDOW_SIZE;

fn window(home: &std::path::Path) -> Harness {
    let _store = fill(home);
    Harness::booted(wizard::Options::new(PostaHome::at(home)), WINDOW_SIZE)
}

/// The middle of the first text on screen that reads `words`.
fn at(h: &mut Harness, words: &str) -> Point {
    h.kept_texts()
        .into_iter()
        .find(|t| t.content == words)
        .and_then(|t| t.visible)
        .unwrap_or_else(|| panic!("{words:?} is not on screen"))
        .center()
}

/// The window over the fixture; its first message, where that message's
/// subject and the Archive folder are on screen.
fn first_row_and_archive() -> (tempfile::TempDir, Harness, MessageRow, Point, Point) {
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    let first = h
        .app
        .mailbox()
        .and_then(|m| m.row(0).cloned())
        .expect("a row");
    let from = at(&mut h, &first.subject);
    let archive = at(&mut h, &t!("folder-archive"));
    (home, h, first, from, archive)
}

fn folder_of(home: &std::path::Path, message: i64) -> i64 {
    let store = Store::open(&PostaHome::at(home)).expect("store");
    store.message(message).expect("db").expect("row").folder_id
}

fn folder_id(home: &std::path::Path, name: &str) -> i64 {
    let store = Store::open(&PostaHome::at(home)).expect("store");
    store
        .folder_id(fixture::WORK, name)
        .expect("db")
        .expect("folder")
}

#[test]
fn a_message_dragged_onto_archive_moves_there_with_undo() {
    let _language = language(Language::Polish);
    let (home, mut h, first, from, archive) = first_row_and_archive();
    h.drag(from, archive);
    assert_eq!(
        folder_of(home.path(), first.id),
        folder_id(home.path(), "Archive"),
        "the message is in Archive"
    );
    let said = h
        .app
        .mailbox()
        .and_then(|m| m.undo_notice().map(|n| n.text()))
        .expect("a notice with Undo");
    assert!(said.contains(&t!("folder-archive")), "{said}");
    assert!(!h.app.mailbox().is_some_and(|m| m.dragging()));
}

#[test]
fn a_wobble_is_a_click_and_escape_or_letting_go_elsewhere_moves_nothing() {
    let _language = language(Language::Slovak);
    let (home, mut h, first, from, archive) = first_row_and_archive();
    let inbox = first.folder_id;

    // Three pixels: a click, not a drag.
    h.drag(from, Point::new(from.x + 3.0, from.y));
    assert_eq!(folder_of(home.path(), first.id), inbox);
    assert_eq!(
        h.app.mailbox().map(|m| m.selection()),
        Some(vec![first.id]),
        "the click selected it"
    );

    // Let go over the list: nothing moves.
    let elsewhere = Point::new(from.x + 200.0, from.y + 60.0);
    h.drag(from, elsewhere);
    assert_eq!(folder_of(home.path(), first.id), inbox);
    assert!(!h.app.mailbox().is_some_and(|m| m.dragging()));

    // While dragging, the label speaks Slovak; Escape ends the drag, and
    // letting go over Archive then moves nothing.
    h.press_and_move(from, Point::new(from.x + 40.0, from.y + 40.0));
    assert!(h.app.mailbox().is_some_and(|m| m.dragging()));
    h.expect_words(&t!("drag-messages", count = 1));
    posta_testkit::window::keep_picture(h.app.view(), "drag-sk");
    h.tap(Named::Escape);
    assert!(!h.app.mailbox().is_some_and(|m| m.dragging()), "Escape");
    h.release(archive);
    assert_eq!(folder_of(home.path(), first.id), inbox);
}
