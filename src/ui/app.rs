//! The top-level state of the window, its messages and its view.

use iced::widget::{self, column, container, pick_list, row, text};
use iced::{Center, Element, Fill, Task, Theme};

use super::theme;
use crate::i18n::{self, Language};
use crate::t;

/// The container around the language picker, for tests to find it.
pub const LANGUAGE_PICKER: widget::Id = widget::Id::new("language-picker");

/// The application's state.
#[derive(Debug)]
pub struct App {
    /// The language the window is shown in; mirrors [`i18n::current`].
    language: Language,
}

/// What can happen in the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The user picked a language in the language picker.
    LanguageSelected(Language),
}

impl App {
    /// The initial state, in whatever language [`i18n`] currently uses.
    pub fn new() -> Self {
        App {
            language: i18n::current_language(),
        }
    }

    /// The language the window is shown in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Applies a message to the state.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::LanguageSelected(language) => self.select_language(language),
        }
        Task::none()
    }

    /// Switches the process-wide language; the next view and title use it.
    fn select_language(&mut self, language: Language) {
        i18n::set_language(language);
        self.language = language;
    }

    /// The window title.
    pub fn title(&self) -> String {
        t!("app-title")
    }

    /// The theme of the window.
    pub fn theme(&self) -> Theme {
        theme::theme()
    }

    /// The placeholder home screen: welcome, version, language and a picker.
    pub fn view(&self) -> Element<'_, Message> {
        let heading = text(t!("app-title"))
            .size(theme::HEADING_SIZE)
            .font(theme::FONT_BOLD);
        let welcome = text(t!("home-welcome")).size(theme::LEAD_SIZE);
        let version = text(t!("app-version", version = env!("CARGO_PKG_VERSION")));
        let language = text(t!("app-language", language = self.language.native_name()));

        let picker = row![
            text(t!("settings-language")),
            container(
                pick_list(
                    Language::ALL,
                    Some(self.language),
                    Message::LanguageSelected
                )
                .font(theme::FONT),
            )
            .id(LANGUAGE_PICKER),
        ]
        .spacing(12)
        .align_y(Center);
        let hint = text(t!("settings-language-hint")).size(theme::SMALL_SIZE);

        let content = column![heading, welcome, version, language, picker, hint]
            .spacing(16)
            .width(Fill)
            .max_width(640);

        container(content).center_x(Fill).padding(48).into()
    }
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}
