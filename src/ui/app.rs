//! The top-level state of the window, its messages and its view: the home
//! screen, or the setup wizard (on first run, and from the home screen's
//! "add an account" button).

use std::collections::HashMap;

use iced::widget::{self, column, container, pick_list, row, text};
use iced::{Center, Element, Fill, Task, Theme};

use super::screen::home;
use super::screen::wizard::{self, Wizard};
use super::theme;
use crate::core::store::config::{AccountConfig, Config};
use crate::core::store::PostaHome;
use crate::core::Secret;
use crate::i18n::{self, Language};
use crate::t;

/// The container around the language picker, for tests to find it.
pub const LANGUAGE_PICKER: widget::Id = widget::Id::new("language-picker");

/// The application's state.
#[derive(Debug)]
pub struct App {
    /// The language the window is shown in; mirrors [`i18n::current`].
    language: Language,
    /// The screen shown.
    screen: Screen,
    /// What a new wizard starts with (where the config is, detection).
    wizard_options: wizard::Options,
    /// The configured accounts.
    accounts: Vec<AccountConfig>,
    /// Passwords kept in memory because no keyring was available.
    session_passwords: HashMap<i64, Secret>,
}

/// The screens of the window.
#[derive(Debug)]
enum Screen {
    /// The home screen.
    Home,
    /// The setup wizard.
    Wizard(Box<Wizard>),
}

/// What can happen in the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The user picked a language in the language picker.
    LanguageSelected(Language),
    /// The home screen's "add an account" button.
    AddAccount,
    /// Something happened in the setup wizard.
    Wizard(wizard::Message),
}

impl App {
    /// The home screen with no accounts loaded, in whatever language
    /// [`i18n`] currently uses; the wizard would save under `POSTA_HOME`
    /// (or the platform data directory).
    pub fn new() -> Self {
        let home = PostaHome::from_env()
            .unwrap_or_else(|_| PostaHome::at(std::env::current_dir().unwrap_or_default()));
        App::with_options(wizard::Options::new(home))
    }

    /// The home screen; wizards opened from it use `options`.
    pub fn with_options(options: wizard::Options) -> Self {
        App {
            language: i18n::current_language(),
            screen: Screen::Home,
            wizard_options: options,
            accounts: Vec::new(),
            session_passwords: HashMap::new(),
        }
    }

    /// The window as Posta starts: the accounts from the config file, and
    /// the wizard when there is none yet (or the page named by
    /// `POSTA_SCREENSHOT_STEP`, see [`wizard::screenshot`]).
    pub fn boot() -> (Self, Task<Message>) {
        let mut app = App::new();
        // A config that cannot be read is not a first run: the home screen
        // stays, rather than a wizard that would append to a broken file.
        let config = Config::load(&app.wizard_options.home);
        app.accounts = config
            .as_ref()
            .map(|c| c.accounts.clone())
            .unwrap_or_default();
        if let Some((wizard, task)) = wizard::screenshot::from_env(app.wizard_options.clone()) {
            app.screen = Screen::Wizard(Box::new(wizard));
            return (app, task.map(Message::Wizard));
        }
        if config.is_ok() && app.accounts.is_empty() {
            app.open_wizard();
        }
        (app, Task::none())
    }

    /// Opens the setup wizard on its welcome page.
    pub fn open_wizard(&mut self) {
        self.screen = Screen::Wizard(Box::new(Wizard::new(self.wizard_options.clone())));
    }

    /// The wizard, when it is shown.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(wizard) => Some(wizard),
            Screen::Home => None,
        }
    }

    /// The configured accounts.
    pub fn accounts(&self) -> &[AccountConfig] {
        &self.accounts
    }

    /// The password kept for this session, for an account saved without a
    /// keyring.
    pub fn session_password(&self, account_id: i64) -> Option<&Secret> {
        self.session_passwords.get(&account_id)
    }

    /// The language the window is shown in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Applies a message to the state.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::LanguageSelected(language) => self.select_language(language),
            Message::AddAccount => self.open_wizard(),
            Message::Wizard(message) => return self.update_wizard(message),
        }
        Task::none()
    }

    /// Passes a message to the wizard and acts on what it asks for.
    fn update_wizard(&mut self, message: wizard::Message) -> Task<Message> {
        let Screen::Wizard(wizard) = &mut self.screen else {
            return Task::none();
        };
        match wizard.update(message) {
            wizard::Action::None => Task::none(),
            wizard::Action::Run(task) => task.map(Message::Wizard),
            wizard::Action::Close => {
                self.screen = Screen::Home;
                Task::none()
            }
            wizard::Action::Finished(saved) => {
                if let Some(password) = saved.session_password {
                    self.session_passwords.insert(saved.account.id, password);
                }
                self.accounts.push(saved.account);
                self.screen = Screen::Home;
                Task::none()
            }
        }
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

    /// The screen shown.
    pub fn view(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Home => self.home(),
            Screen::Wizard(wizard) => wizard.view().map(Message::Wizard),
        }
    }

    /// The placeholder home screen: welcome, version, language, a picker
    /// and the accounts.
    fn home(&self) -> Element<'_, Message> {
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

        let accounts = home::accounts(
            &self.accounts,
            |id| self.session_passwords.contains_key(&id),
            Message::AddAccount,
        );
        let content = column![heading, welcome, version, language, picker, hint, accounts]
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
