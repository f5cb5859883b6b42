//! The window, driven headless through `iced_test`'s simulator: it greets
//! in English, and picking "Polski" in the language picker switches it to
//! Polish without a restart.
//!
//! Run with `ICED_TEST_BACKEND=tiny-skia` if more than one renderer is
//! compiled in; Posta builds only tiny-skia, so the default works too.

use std::sync::MutexGuard;

use iced::{mouse, Event, Point};
use iced_test::selector::id;
use iced_test::{Error, Simulator};
use posta_core::store::PostaHome;
use posta_i18n::{self as i18n, Language};
use posta_ui::screen::wizard;
use posta_ui::{theme, App, Message, LANGUAGE_PICKER, WINDOW_SIZE};

/// The current language is process-wide and tests run on parallel threads,
/// so each test holds this while it depends on the language.
use posta_testkit::LANGUAGE;

/// The language lock, and the home the app saves its language in: a fresh
/// one, never the data directory of whoever runs the tests.
type Held = (MutexGuard<'static, ()>, tempfile::TempDir);

/// Locks the language, sets `language` and builds the app in it.
fn app_in(language: Language) -> (Held, App) {
    let guard = LANGUAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    i18n::set_language(language);
    let home = tempfile::tempdir().expect("home");
    let options = wizard::Options::new(PostaHome::at(home.path()));
    ((guard, home), App::with_options(options))
}

/// The window as the user sees it at the default size, with the real fonts.
fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(theme::settings(), WINDOW_SIZE, app.view())
}

const ENGLISH_WELCOME: &str = "Posta is ready. Add your first mail account to begin.";
const POLISH_WELCOME: &str = "Posta jest gotowa. Dodaj pierwsze konto pocztowe, aby zacząć.";

#[test]
fn shows_welcome_version_and_language_in_english() -> Result<(), Error> {
    let (_guard, app) = app_in(Language::English);
    let mut ui = simulator(&app);

    let _ = ui.find(ENGLISH_WELCOME)?;
    let _ = ui.find(format!("Version {}", env!("CARGO_PKG_VERSION")))?;
    let _ = ui.find("Language: English")?;
    let _ = ui.find("Language")?;
    assert_eq!(app.title(), "Posta");
    assert_eq!(app.language(), Language::English);
    Ok(())
}

#[test]
fn picking_polish_in_the_picker_switches_the_window() -> Result<(), Error> {
    let ((_guard, home), mut app) = app_in(Language::English);
    let mut ui = simulator(&app);

    // Open the menu, then click "Polski" in it. The menu opens right under
    // the picker and each option is as tall as the picker itself (same text
    // size and padding); iced's menu exposes no text to selectors.
    let picker = ui.click(id(LANGUAGE_PICKER))?.bounds();
    let index = Language::ALL
        .iter()
        .position(|language| *language == Language::Polish)
        .expect("Polish is offered");
    let option = Point::new(
        picker.center_x(),
        picker.y + picker.height * (1.0 + index as f32 + 0.5),
    );
    ui.point_at(option);
    let _ = ui.simulate([
        Event::Mouse(mouse::Event::CursorMoved { position: option }),
        Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
        Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
    ]);

    let messages: Vec<Message> = ui.into_messages().collect();
    assert_eq!(messages, [Message::LanguageSelected(Language::Polish)]);
    for message in messages {
        let _ = app.update(message);
    }

    let mut ui = simulator(&app);
    let _ = ui.find(POLISH_WELCOME)?;
    let _ = ui.find("Język: Polski")?;
    let _ = ui.find(format!("Wersja {}", env!("CARGO_PKG_VERSION")))?;
    assert!(
        ui.find(ENGLISH_WELCOME).is_err(),
        "English text left behind"
    );
    assert_eq!(app.title(), "Posta");
    assert_eq!(i18n::current_language(), Language::Polish);
    // Remembered in the app's own home, for the next start.
    let saved = posta_core::store::Config::load(&PostaHome::at(home.path())).expect("config");
    assert_eq!(saved.language.as_deref(), Some("pl"));
    Ok(())
}

#[test]
fn every_language_can_be_selected_at_run_time() -> Result<(), Error> {
    let (_guard, mut app) = app_in(Language::English);
    let expected = [
        (Language::Polish, POLISH_WELCOME, "Język: Polski"),
        (
            Language::Slovak,
            "Posta je pripravená. Začnite pridaním svojho prvého e-mailového konta.",
            "Jazyk: Slovenčina",
        ),
        (
            Language::Bulgarian,
            "Posta е готова за работа. Добавете първия си пощенски акаунт, за да започнете.",
            "Език: Български",
        ),
        (Language::English, ENGLISH_WELCOME, "Language: English"),
    ];
    for (language, welcome, language_line) in expected {
        let _ = app.update(Message::LanguageSelected(language));
        assert_eq!(app.language(), language);
        let mut ui = simulator(&app);
        let _ = ui.find(welcome)?;
        let _ = ui.find(language_line)?;
    }
    Ok(())
}

#[test]
fn nothing_is_clipped_at_the_default_window_size() -> Result<(), Error> {
    // The longest lines (Bulgarian) must fit inside the window, fully visible.
    let (_guard, app) = app_in(Language::Bulgarian);
    let mut ui = simulator(&app);
    let hint = ui.find("Езикът се сменя веднага, без да рестартирате програмата.")?;
    let welcome =
        ui.find("Posta е готова за работа. Добавете първия си пощенски акаунт, за да започнете.")?;
    for target in [hint, welcome] {
        let bounds = iced_test::selector::Bounded::bounds(&target);
        let visible =
            iced_test::selector::Bounded::visible_bounds(&target).expect("the text is on screen");
        // Visible bounds are an intersection in floating point; allow for
        // rounding, not for clipping.
        let cut = (bounds.width - visible.width) + (bounds.height - visible.height);
        assert!(
            cut < 0.5,
            "text is cut off: {bounds:?} shows only {visible:?}"
        );
        assert!(bounds.x + bounds.width <= WINDOW_SIZE.width);
        assert!(bounds.y + bounds.height <= WINDOW_SIZE.height);
    }
    Ok(())
}
