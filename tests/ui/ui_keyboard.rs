//! The main window with the keyboard, headless with `iced_test` and real
//! key events on the kept widget state, over a home filled by the mailbox
//! fixture: Ctrl+F puts the cursor in search and "faktura" typed there is
//! a search, not the `f` (Forward) shortcut; Ctrl+N opens a new message
//! with the cursor in To, `r` a reply with the cursor in the text; Tab
//! moves on from To; the `?` list names Ctrl+F, Tab and Enter; Ctrl+,
//! opens the settings, whose account page starts in its first field,
//! saves on Return and goes back on Escape.

use posta_testkit::mailbox_fixture::fill;
use posta_testkit::wizard::{language, Harness};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use posta_core::store::PostaHome;
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::compose;
use posta_ui::screen::mailbox::{MOVE_MENU, SEARCH_INPUT};
use posta_ui::screen::wizard;
use posta_ui::widget::folder_tree::Selected;
use posta_ui::WINDOW_SIZE;

fn window(home: &std::path::Path) -> Harness {
    let _store = fill(home);
    let h = Harness::booted(wizard::Options::new(PostaHome::at(home)), WINDOW_SIZE);
    assert!(
        matches!(
            h.app.mailbox().map(|m| m.selected()),
            Some(Selected::Folder(_))
        ),
        "the Inbox is open"
    );
    h
}

fn ch(c: &str) -> Key {
    Key::Character(c.into())
}

#[test]
fn ctrl_f_goes_to_search_and_typing_there_fires_no_shortcut() {
    let _language = language(Language::Polish);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    assert_eq!(h.focused(), None);
    h.press(ch("f"), Modifiers::CTRL);
    assert_eq!(h.focused(), Some(SEARCH_INPUT), "Ctrl+F: the search field");
    h.typewrite("faktura");
    assert!(h.sees("faktura"), "typed into search");
    assert!(
        !h.sees(&t!("compose-send")),
        "no compose window: `f`, `a` and `r` went into the field"
    );
    assert!(h.app.mailbox().is_some());
    // Escape leaves the field; then `?` is a shortcut again and lists it.
    h.tap(Named::Escape);
    assert_eq!(h.focused(), None);
    h.press(ch("?"), Modifiers::SHIFT);
    for id in ["keys-search", "keys-fields", "keys-submit"] {
        h.expect_words(&t!(id));
    }
}

#[test]
fn a_new_message_starts_in_to_and_a_reply_in_the_text() {
    let _language = language(Language::Slovak);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    h.press(ch("n"), Modifiers::CTRL);
    h.expect_words(&t!("compose-send"));
    assert_eq!(h.focused(), Some(compose::ids::TO));
    h.typewrite("piotr@example.pl");
    h.tap(Named::Tab);
    assert_eq!(h.focused(), Some(compose::ids::CC), "Tab: the next field");
    assert!(h.sees("piotr@example.pl"), "what was typed is in To");

    let mut h = window(home.path());
    h.tap(Named::ArrowDown);
    h.press(ch("r"), Modifiers::default());
    h.expect_words(&t!("compose-send"));
    assert_eq!(
        h.focused(),
        Some(compose::ids::BODY),
        "a reply starts in the text"
    );
}

#[test]
fn escape_closes_the_move_menu_before_the_message() {
    let _language = language(Language::Bulgarian);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    h.tap(Named::ArrowDown);
    h.tap(Named::Enter);
    let open = |h: &Harness| h.app.mailbox().is_some_and(|m| m.reader().is_some());
    assert!(open(&h), "Enter opened the message");
    h.click_kept(MOVE_MENU);
    assert!(
        h.app.mailbox().is_some_and(|m| m.menu_open()),
        "the menu is open"
    );
    h.tap(Named::Escape);
    assert!(
        !h.app.mailbox().is_some_and(|m| m.menu_open()),
        "Escape closed the menu"
    );
    assert!(open(&h), "and only the menu");
    // Closed for real: a click opens it again (on a menu still open, it
    // would close it).
    h.click_kept(MOVE_MENU);
    assert!(h.app.mailbox().is_some_and(|m| m.menu_open()));
    h.tap(Named::Escape);
    assert!(!h.app.mailbox().is_some_and(|m| m.menu_open()));
    assert!(open(&h));
    h.tap(Named::Escape);
    assert!(!open(&h), "the next Escape closes the message");
}

#[test]
fn escape_cancels_a_dialog_once_its_field_lets_go() {
    let _language = language(Language::English);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    h.update(posta_ui::Message::Mailbox(
        posta_ui::screen::mailbox::Message::NewFolder,
    ));
    let dialog = |h: &Harness| h.app.mailbox().is_some_and(|m| m.dialog().is_some());
    assert!(dialog(&h), "the new-folder dialog is open");
    assert_eq!(
        h.focused(),
        Some(posta_ui::screen::mailbox::NAME_INPUT),
        "the dialog's field has the cursor"
    );
    h.tap(Named::Escape);
    assert!(dialog(&h), "the first Escape leaves the field");
    assert_eq!(h.focused(), None);
    h.tap(Named::Escape);
    assert!(!dialog(&h), "Escape cancels the dialog");
    assert!(h.app.mailbox().is_some_and(|m| m.reader().is_none()));
}

#[test]
fn compose_buttons_take_tab_and_return() {
    let _language = language(Language::Polish);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    h.press(ch("n"), Modifiers::CTRL);
    assert_eq!(h.focused(), Some(compose::ids::TO));
    h.typewrite("piotr@example.pl");
    // Back from To leaves the fields; once more, the last button (Send),
    // once more, Save draft: buttons, so no field has the cursor.
    for _ in 0..3 {
        h.press(Key::Named(Named::Tab), Modifiers::SHIFT);
        assert_eq!(h.focused(), None, "Shift+Tab: no field");
    }
    assert!(!h.sees(&t!("compose-draft-saved")));
    h.tap(Named::Enter);
    assert!(
        h.sees(&t!("compose-draft-saved")) || h.sees(&t!("compose-saving")),
        "Return on Save draft saved the draft"
    );
    assert!(h.sees(&t!("compose-send")), "and the window stays open");
}

#[test]
fn dialogs_take_tab_to_their_buttons_and_return_confirms() {
    let _language = language(Language::Slovak);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    let dialog = |h: &Harness| h.app.mailbox().is_some_and(|m| m.dialog().is_some());

    // New folder: the cursor in the name; Tab to Cancel, Return cancels.
    h.update(posta_ui::Message::Mailbox(
        posta_ui::screen::mailbox::Message::NewFolder,
    ));
    assert_eq!(
        h.focused(),
        Some(posta_ui::screen::mailbox::NAME_INPUT),
        "the name field has the cursor"
    );
    h.typewrite("Faktúry");
    // Tab goes round the dialog (Cancel, Create, then the name again),
    // never to the window behind it.
    for _ in 0..4 {
        h.tap(Named::Tab);
        assert_ne!(h.focused(), Some(SEARCH_INPUT), "Tab left the dialog");
    }
    assert_eq!(
        h.focused(),
        Some(posta_ui::screen::mailbox::NAME_INPUT),
        "round to the name field"
    );
    h.tap(Named::Tab);
    assert_eq!(h.focused(), None, "Tab: the Cancel button");
    h.tap(Named::Enter);
    assert!(!dialog(&h), "Return pressed Cancel");

    // Delete folder has no field: Return is its main button.
    h.update(posta_ui::Message::Mailbox(
        posta_ui::screen::mailbox::Message::DeleteFolder,
    ));
    assert!(dialog(&h), "the delete dialog is open");
    h.tap(Named::Enter);
    assert!(!dialog(&h), "Return deleted (the dialog's main action)");
}

#[test]
fn settings_start_in_the_first_field_return_saves_and_escape_goes_back() {
    use posta_core::store::Config;
    use posta_ui::screen::settings::Field;
    let _language = language(Language::Polish);
    let home = tempfile::tempdir().expect("home");
    let mut h = window(home.path());
    h.press(ch(","), Modifiers::CTRL);
    assert!(h.app.settings().is_some(), "Ctrl+, opened the settings");
    h.expect_words(&t!("settings-title"));
    h.tap(Named::Escape);
    assert!(h.app.settings().is_none(), "Escape went back to the mail");

    // An account's settings: the cursor waits in its first field.
    h.click("⚙");
    assert_eq!(h.focused(), Some(Field::Name.id()), "the name field");
    let before = Config::load(&PostaHome::at(home.path())).expect("config");
    let id = before.accounts[0].id;
    let name = before.account(id).expect("account").name.clone();
    h.typewrite(" (praca)");
    h.tap(Named::Enter);
    h.expect_words(&t!("settings-saved"));
    let after = Config::load(&PostaHome::at(home.path())).expect("config");
    assert_eq!(
        after.account(id).map(|a| a.name.clone()),
        Some(format!("{name} (praca)")),
        "Return saved what was typed"
    );
    // Escape first lets go of the field, then goes back to the mail.
    h.tap(Named::Escape);
    assert!(h.app.settings().is_some());
    h.tap(Named::Escape);
    assert!(h.app.settings().is_none(), "back to the mail");
    assert!(h.app.mailbox().is_some());
}
