//! Spell checking in the compose window, driven through `iced_test`'s
//! simulator with Debian's real dictionaries: a misspelled word typed key
//! by key is marked, Ctrl+. (and a right-click) opens the menu with its
//! corrections, choosing one replaces the word; "Ignore" and "Add to
//! dictionary" unmark it; the language bar switches a language on.
//! With `POSTA_SNAPSHOT_DIR` set, the marked text and the open menu are
//! saved in Polish, Slovak and Bulgarian (`compose-spell-{pl,sk,bg}.png`).

use iced::keyboard::{Key, Modifiers};
use iced::Point;
use posta_core::compose::Draft;
use posta_core::message::Address;
use posta_core::spell::Language as Spelling;
use posta_core::store::PostaHome;
use posta_i18n::{t, Language};
use posta_testkit::window::{apply, look_at, runtime, settle, simulator};
use posta_testkit::{accounts, language, stores};
use posta_ui::screen::compose::{self, ids, spelling, Action, Compose, Context, Kind, Message};

fn compose_in(home: &std::path::Path, to: &str) -> Compose {
    compose_about(home, to, "Umowa")
}

fn compose_about(home: &std::path::Path, to: &str, subject: &str) -> Compose {
    let (_, store) = stores::shared_store();
    let account = posta_core::store::AccountConfig {
        display_name: "Alicja Żółw".into(),
        email: "alicja@example.pl".into(),
        ..accounts::base()
    };
    let context = Context {
        home: PostaHome::at(home),
        store,
        account: account.clone(),
        password: None,
    };
    let draft = Draft {
        from: Address {
            name: Some(account.display_name.clone()),
            email: account.email.clone(),
        },
        to: posta_core::compose::parse_addresses(to).unwrap_or_default(),
        subject: subject.into(),
        ..Draft::default()
    };
    Compose::new(context, Kind::New, draft)
}

/// Types `text` into the body key by key, running each keystroke's check
/// to its end (as the window's runtime would).
fn type_body(rt: &tokio::runtime::Runtime, compose: &mut Compose, text: &str) {
    for c in text.chars() {
        let messages: Vec<Message> = {
            let mut ui = simulator(compose);
            ui.click(iced_test::selector::id(ids::BODY)).expect("body");
            ui.typewrite(&c.to_string());
            ui.into_messages().collect()
        };
        for message in messages {
            let action = compose.update(message);
            settle(rt, compose, action);
        }
    }
}

fn run(rt: &tokio::runtime::Runtime, compose: &mut Compose, message: Message) {
    let action = compose.update(message);
    settle(rt, compose, action);
}

fn marked(compose: &Compose) -> Vec<String> {
    let mut words: Vec<String> = compose.spelling().marks().words.iter().cloned().collect();
    words.sort();
    words
}

fn ctrl_dot() -> Message {
    compose::shortcut(&Key::Character(".".into()), Modifiers::CTRL).expect("Ctrl+. is a shortcut")
}

#[test]
fn a_misspelled_word_is_marked_and_a_suggestion_replaces_it() {
    let _language = language(Language::Polish);
    let rt = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut compose = compose_in(dir.path(), "marta@example.pl");
    let start = Action::Run(compose.start_spelling());
    settle(&rt, &mut compose, start);
    type_body(&rt, &mut compose, "Orgomne dzienki");
    assert_eq!(marked(&compose), ["Orgomne", "dzienki"]);
    assert_eq!(compose.spelling().active(), [Spelling::Polish]);

    // Ctrl+. on the word just typed: its corrections, then the two choices.
    run(&rt, &mut compose, ctrl_dot());
    let menu = compose.spelling().menu().expect("menu open");
    assert_eq!(menu.word, "dzienki");
    assert_eq!(menu.suggestions[0], "dzięki");
    let ui_sees = |c: &Compose, words: &str| simulator(c).find(words).is_ok();
    assert!(ui_sees(&compose, &t!("compose-spell-add")));
    assert!(ui_sees(&compose, &t!("compose-spell-ignore")));
    let messages = posta_testkit::window::clicked(&compose, "dzięki");
    for action in apply(&mut compose, messages) {
        settle(&rt, &mut compose, action);
    }
    assert_eq!(compose.body(), "Orgomne dzięki");
    assert_eq!(marked(&compose), ["Orgomne"]);
    assert!(compose.spelling().menu().is_none());

    // A right-click on the first word opens its menu there (on the text
    // as last drawn).
    drop(simulator(&compose));
    run(
        &rt,
        &mut compose,
        Message::Spell(spelling::Message::Pointer(Point::new(20.0, 14.0))),
    );
    run(
        &rt,
        &mut compose,
        Message::Spell(spelling::Message::MenuAtPointer),
    );
    let menu = compose.spelling().menu().expect("menu at the pointer");
    assert_eq!(menu.word, "Orgomne");
    assert_eq!(menu.suggestions[0], "Ogromne");
    // Escape closes the menu, not the window.
    let escape = compose::shortcut(
        &Key::Named(iced::keyboard::key::Named::Escape),
        Modifiers::empty(),
    );
    run(&rt, &mut compose, escape.expect("Escape"));
    assert!(compose.spelling().menu().is_none());
    assert_eq!(compose.body(), "Orgomne dzięki");

    // "Ignore" unmarks it for the session; "Add to dictionary" for good.
    run(
        &rt,
        &mut compose,
        Message::Spell(spelling::Message::MenuAtPointer),
    );
    let messages = posta_testkit::window::clicked(&compose, &t!("compose-spell-ignore"));
    let _ = apply(&mut compose, messages);
    assert!(marked(&compose).is_empty());
    type_body(&rt, &mut compose, " Zbyszkowo");
    assert_eq!(marked(&compose), ["Zbyszkowo"]);
    run(&rt, &mut compose, ctrl_dot());
    let messages = posta_testkit::window::clicked(&compose, &t!("compose-spell-add"));
    let _ = apply(&mut compose, messages);
    assert!(marked(&compose).is_empty());
    let list = std::fs::read_to_string(dir.path().join("spell/personal-pl.txt")).expect("list");
    assert_eq!(list, "Zbyszkowo\n");
}

#[test]
fn the_language_bar_switches_languages_and_remembers_them_for_the_recipient() {
    let _language = language(Language::English);
    let rt = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut compose = compose_in(dir.path(), "jana@example.sk");
    let start = Action::Run(compose.start_spelling());
    settle(&rt, &mut compose, start);
    type_body(&rt, &mut compose, "Posielam vám prilohy.");
    // Detected from the letters and short words: Slovak.
    assert_eq!(compose.spelling().active(), [Spelling::Slovak]);
    assert_eq!(marked(&compose), ["prilohy"]);
    // English switched on as well, from the bar under the text.
    let messages = posta_testkit::window::clicked(&compose, "English");
    for action in apply(&mut compose, messages) {
        settle(&rt, &mut compose, action);
    }
    assert_eq!(
        compose.spelling().active(),
        [Spelling::Slovak, Spelling::English]
    );
    // The next message to Jana starts with both.
    let mut again = compose_in(dir.path(), "Jana <jana@example.sk>");
    let start = Action::Run(again.start_spelling());
    settle(&rt, &mut again, start);
    assert_eq!(
        again.spelling().active(),
        [Spelling::Slovak, Spelling::English]
    );
}

#[test]
fn without_a_dictionary_compose_names_the_packages_once() {
    let _language = language(Language::Bulgarian);
    let rt = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    // No dictionary in the folders searched.
    let none = vec![dir.path().join("none")];
    let mut compose = compose_in(dir.path(), "").with_dictionary_dirs(none.clone());
    let start = Action::Run(compose.start_spelling());
    settle(&rt, &mut compose, start);
    let sentence = t!(
        "compose-spell-off",
        packages = posta_i18n::dictionary_packages()
    );
    assert!(
        simulator(&compose).find(sentence.as_str()).is_ok(),
        "{sentence}"
    );
    assert!(sentence.contains("hunspell-bg"));
    let mut again = compose_in(dir.path(), "").with_dictionary_dirs(none);
    let start = Action::Run(again.start_spelling());
    settle(&rt, &mut again, start);
    assert!(
        simulator(&again).find(sentence.as_str()).is_err(),
        "said once"
    );
}

#[test]
fn screenshots_of_marked_words_and_the_menu() {
    if std::env::var_os("POSTA_SNAPSHOT_DIR").is_none() {
        return;
    }
    let rt = runtime();
    let texts = [
        (
            Language::Polish,
            "marta.nowak@example.pl",
            "Umowa najmu",
            "Orgomne dzienki za wiadomość. Umowę prześlę jutro, ale załacznik jest już gotowy.\n\nPozdrawiam\nAlicja",
            "załacznik",
        ),
        (
            Language::Slovak,
            "jana.kovacova@example.sk",
            "Zmluva",
            "Ďakujem za správu. Posielam prilohy, zmluvu podpíšem zajtra.\n\nS pozdravom\nAlžbeta",
            "prilohy",
        ),
        (
            Language::Bulgarian,
            "ivan.petrov@example.bg",
            "Договор",
            "Благодаря за писмто. Изпращам договора, кнга ще донеса утре.\n\nПоздрави,\nАлиция",
            "кнга",
        ),
    ];
    for (lang, to, subject, text, last) in texts {
        let _language = language(lang);
        let dir = tempfile::tempdir().expect("tempdir");
        let mut compose = compose_about(dir.path(), to, subject);
        let start = Action::Run(compose.start_spelling());
        settle(&rt, &mut compose, start);
        let paste = Message::Body(iced::widget::text_editor::Action::Edit(
            iced::widget::text_editor::Edit::Paste(std::sync::Arc::new(text.to_owned())),
        ));
        run(&rt, &mut compose, paste);
        // The cursor onto the word the menu is for.
        let at = text.find(last).expect("word") + last.len();
        let back = text[at..].chars().count();
        for _ in 0..back {
            let left = Message::Body(iced::widget::text_editor::Action::Move(
                iced::widget::text_editor::Motion::Left,
            ));
            run(&rt, &mut compose, left);
        }
        run(&rt, &mut compose, ctrl_dot());
        assert!(compose.spelling().menu().is_some(), "{last}");
        look_at(&compose, &format!("compose-spell-{}", lang.code()));
    }
}
