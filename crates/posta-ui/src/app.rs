//! The top-level state of the window, its messages and its view: the home
//! screen, or the setup wizard (on first run, and from the home screen's
//! "add an account" button).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use iced::widget::{self, column, container, pick_list, row, text};
use iced::{Center, Element, Fill, Subscription, Task, Theme};

use super::screen::compose::{self, Compose};
use super::screen::home;
use super::screen::mailbox::{self, Mailbox};
use super::screen::settings::{self, Settings};
use super::screen::share::{self, Share};
use super::screen::wizard::{self, Wizard};
use super::theme;
use posta_core::store::config::{AccountConfig, Config};
use posta_core::store::{PostaHome, Store};
use posta_core::sync::imap::SharedStore;
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::{self as i18n, Language};

mod overlays;

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
    /// The store the mailbox shows, once open.
    store: Option<SharedStore>,
    /// The compose window or the sharing dialog, over the mailbox.
    overlay: Option<Overlay>,
}

/// What is shown over the mailbox (which keeps its state underneath).
#[derive(Debug)]
enum Overlay {
    /// The compose window.
    Compose(Box<Compose>),
    /// The folder sharing dialog.
    Share(Box<Share>),
    /// The settings screen.
    Settings(Box<Settings>),
}

/// The screens of the window.
#[derive(Debug)]
enum Screen {
    /// The home screen.
    Home,
    /// The setup wizard.
    Wizard(Box<Wizard>),
    /// The main window: folders, messages, the reader.
    Mailbox(Box<Mailbox>),
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
    /// Something happened in the mailbox.
    Mailbox(mailbox::Message),
    /// Something happened in the compose window.
    Compose(compose::Message),
    /// Something happened in the sharing dialog.
    Share(share::Message),
    /// Something happened on the settings screen.
    Settings(settings::Message),
    /// The window is asked to close.
    CloseRequested(iced::window::Id),
    /// A key was pressed (Tab, and Return or Escape on a wizard page).
    Key(crate::keyboard::Press),
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
            store: None,
            overlay: None,
        }
    }

    /// The window as Posta starts: the accounts from the config file, and
    /// the wizard when there is none yet (or the page named by
    /// `POSTA_SCREENSHOT_STEP` in a test-kit build, see `wizard::screenshot`).
    pub fn boot() -> (Self, Task<Message>) {
        App::new().start()
    }

    /// As [`App::boot`], with these wizard options (tests: another home).
    pub fn boot_with(options: wizard::Options) -> (Self, Task<Message>) {
        App::with_options(options).start()
    }

    fn start(mut self) -> (Self, Task<Message>) {
        let app = &mut self;
        // A config that cannot be read is not a first run: the home screen
        // stays, rather than a wizard that would append to a broken file.
        let config = Config::load(&app.wizard_options.home);
        app.accounts = config
            .as_ref()
            .map(|c| c.accounts.clone())
            .unwrap_or_default();
        #[cfg(feature = "test-kit")]
        if let Some(task) = app.open_screenshot() {
            return (self, task);
        }
        if config.is_ok() && app.accounts.is_empty() {
            app.open_wizard();
        }
        if !app.accounts.is_empty() {
            let task = app.open_mailbox();
            #[cfg(feature = "test-kit")]
            app.settings_screenshot_from_env();
            return (self, task);
        }
        (self, Task::none())
    }

    /// The page or window a screenshot script asked for through the
    /// environment (test kit only: release builds have none of it).
    #[cfg(feature = "test-kit")]
    fn open_screenshot(&mut self) -> Option<Task<Message>> {
        if let Some((wizard, task)) = wizard::screenshot::from_env(self.wizard_options.clone()) {
            self.screen = Screen::Wizard(Box::new(wizard));
            return Some(task.map(Message::Wizard));
        }
        let shot = compose::screenshot::from_env(&self.wizard_options.home)?;
        self.overlay = Some(match shot {
            compose::screenshot::Shot::Compose(window) => Overlay::Compose(window),
            compose::screenshot::Shot::Share(dialog) => Overlay::Share(dialog),
        });
        Some(Task::none())
    }

    /// Opens the settings screen on the page `POSTA_SCREENSHOT_SETTINGS`
    /// names (`general`, or a section of the first account: `account`,
    /// `incoming`, `outgoing`, `mail`, `identities`, `remove`; `folders` of
    /// the first IMAP account), for screenshots; test kit only.
    #[cfg(feature = "test-kit")]
    fn settings_screenshot_from_env(&mut self) {
        let Some(wanted) = std::env::var("POSTA_SCREENSHOT_SETTINGS")
            .ok()
            .filter(|w| !w.is_empty())
        else {
            return;
        };
        let section = match wanted.as_str() {
            "account" => settings::Section::Account,
            "incoming" => settings::Section::Incoming,
            "outgoing" => settings::Section::Outgoing,
            "mail" => settings::Section::Mail,
            "identities" => settings::Section::Identities,
            "remove" => settings::Section::Remove,
            "folders" => settings::Section::Folders,
            _ => {
                let _ = self.open_settings(None);
                return;
            }
        };
        let first = self
            .accounts
            .iter()
            .find(|a| {
                section != settings::Section::Folders
                    || a.protocol == posta_core::account::Protocol::Imap
            })
            .map(|a| a.id);
        let _ = self.open_settings(first);
        if let (Some(Overlay::Settings(screen)), Some(id)) = (&mut self.overlay, first) {
            let _ = screen.update(settings::Message::Open(settings::Page::Account(
                id, section,
            )));
        }
    }

    /// Shows the mailbox over the store in the Posta home, and starts
    /// reading the accounts' passwords (which starts their workers) unless
    /// `POSTA_OFFLINE` is set: then the window only shows what the store
    /// holds and never connects (screenshots, demos, a flight).
    pub fn open_mailbox(&mut self) -> Task<Message> {
        let store = match Store::open(&self.wizard_options.home) {
            Ok(store) => Arc::new(Mutex::new(store)),
            // The home screen stays; the store's error is for the log.
            Err(err) => {
                eprintln!("posta: the mail store cannot be opened: {err}");
                return Task::none();
            }
        };
        self.store = Some(store.clone());
        let mut mailbox =
            Mailbox::new(store, self.accounts.clone()).with_home(self.wizard_options.home.clone());
        if let Ok(config) = Config::load(&self.wizard_options.home) {
            mailbox.set_colors(&config);
            mailbox.add_local_sets(&config);
        }
        for (id, password) in &self.session_passwords {
            mailbox.set_password(*id, password.clone());
        }
        let task = if std::env::var_os("POSTA_OFFLINE").is_some() {
            Task::none()
        } else {
            mailbox.load_passwords()
        };
        self.screen = Screen::Mailbox(Box::new(mailbox));
        task.map(Message::Mailbox)
    }

    /// Shows the mailbox for `accounts` whose passwords are known for this
    /// session (no keyring is asked), as after the wizard; for tests.
    pub fn open_accounts(
        &mut self,
        accounts: Vec<AccountConfig>,
        passwords: Vec<(i64, Secret)>,
    ) -> Task<Message> {
        self.accounts = accounts;
        self.session_passwords.extend(passwords);
        self.open_mailbox()
    }

    /// The mailbox, when it is shown.
    pub fn mailbox(&self) -> Option<&Mailbox> {
        match &self.screen {
            Screen::Mailbox(mailbox) => Some(mailbox),
            _ => None,
        }
    }

    /// The compose window, when one is open.
    pub fn compose(&self) -> Option<&Compose> {
        match &self.overlay {
            Some(Overlay::Compose(window)) => Some(window),
            _ => None,
        }
    }

    /// Opens the setup wizard: on its welcome page for the first account,
    /// on the protocol page for another one.
    pub fn open_wizard(&mut self) {
        self.screen = Screen::Wizard(Box::new(Wizard::another(
            self.wizard_options.clone(),
            self.accounts.clone(),
        )));
    }

    /// The wizard, when it is shown.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(wizard) => Some(wizard),
            Screen::Home | Screen::Mailbox(_) => None,
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
            Message::Mailbox(message) => return self.update_mailbox(message),
            Message::Compose(message) => return self.update_compose(message),
            Message::Share(message) => return self.update_share(message),
            Message::Settings(message) => return self.update_settings(message),
            Message::CloseRequested(_) => return self.close_requested(),
            Message::Key(press) => return self.key(press),
        }
        Task::none()
    }

    /// Tab moves between fields everywhere; Return and Escape no field
    /// took are the settings page's or the wizard page's (the mailbox has
    /// its own shortcuts).
    fn key(&mut self, press: crate::keyboard::Press) -> Task<Message> {
        // An open completion list takes the arrows, Enter, Tab and Escape.
        if let Some(Overlay::Compose(window)) = &mut self.overlay {
            if let Some(task) = window.completion_key(&press) {
                return task.map(Message::Compose);
            }
        }
        if let Some(task) = crate::keyboard::move_focus(&press) {
            return task;
        }
        if let Some(Overlay::Settings(screen)) = &self.overlay {
            return match screen.key_message(&press) {
                Some(message) => self.update_settings(message),
                None => Task::none(),
            };
        }
        match crate::screen::wizard::keys::message_for(&press) {
            Some(message) if self.overlay.is_none() => self.update_wizard(message),
            _ => Task::none(),
        }
    }

    /// Passes a message to the wizard and acts on what it asks for.
    fn update_wizard(&mut self, message: wizard::Message) -> Task<Message> {
        let Screen::Wizard(wizard) = &mut self.screen else {
            return Task::none();
        };
        match wizard.update(message) {
            wizard::Action::None => Task::none(),
            wizard::Action::Run(task) => task.map(Message::Wizard),
            // Back where the user came from: the mailbox once there are
            // accounts, else the home screen.
            wizard::Action::Close if !self.accounts.is_empty() => self.open_mailbox(),
            wizard::Action::Close => {
                self.screen = Screen::Home;
                Task::none()
            }
            wizard::Action::Finished(saved) => {
                if let Some(password) = saved.session_password {
                    self.session_passwords.insert(saved.account.id, password);
                }
                self.accounts.push(saved.account);
                self.open_mailbox()
            }
        }
    }

    /// Passes a message to the mailbox and acts on what it asks for.
    fn update_mailbox(&mut self, message: mailbox::Message) -> Task<Message> {
        let Screen::Mailbox(mailbox) = &mut self.screen else {
            return Task::none();
        };
        // Keys belong to the window over the mailbox while one is open.
        let covered = self.overlay.is_some();
        if covered && matches!(message, mailbox::Message::Key(..)) {
            return Task::none();
        }
        match mailbox.update(message) {
            mailbox::Action::None => Task::none(),
            mailbox::Action::Run(task) => task.map(Message::Mailbox),
            mailbox::Action::Compose(request) => self.open_compose(&request),
            mailbox::Action::Share { folder_id } => self.open_share(folder_id),
            mailbox::Action::Language(language) => {
                self.select_language(language);
                Task::none()
            }
            mailbox::Action::AddAccount => {
                self.open_wizard();
                Task::none()
            }
            mailbox::Action::Settings(account) => self.open_settings(account),
        }
    }

    /// Opens the settings screen over the mailbox: on this account's first
    /// section, or on General, with the cursor in the page's first field.
    pub fn open_settings(&mut self, account: Option<i64>) -> Task<Message> {
        let Some(store) = &self.store else {
            return Task::none();
        };
        let page = match account {
            Some(id) => settings::Page::Account(id, settings::Section::Account),
            None => settings::Page::General,
        };
        let passwords = self
            .session_passwords
            .iter()
            .map(|(id, password)| (*id, password.clone()))
            .collect();
        let screen = Settings::new(
            self.wizard_options.home.clone(),
            store.clone(),
            page,
            passwords,
        );
        let screen = screen.with_detection(self.wizard_options.detect.clone());
        let focus = screen.focus_first_field().map(Message::Settings);
        self.overlay = Some(Overlay::Settings(Box::new(screen)));
        focus
    }

    /// The settings screen, when it is shown.
    pub fn settings(&self) -> Option<&Settings> {
        match &self.overlay {
            Some(Overlay::Settings(screen)) => Some(screen),
            _ => None,
        }
    }

    /// Passes a message to the settings screen and acts on what it asks.
    fn update_settings(&mut self, message: settings::Message) -> Task<Message> {
        let Some(Overlay::Settings(screen)) = &mut self.overlay else {
            return Task::none();
        };
        match screen.update(message) {
            settings::Action::None => Task::none(),
            settings::Action::Run(task) => task.map(Message::Settings),
            settings::Action::Close => {
                self.overlay = None;
                Task::none()
            }
            settings::Action::AccountSaved(account) => {
                self.account_saved(*account);
                Task::none()
            }
            settings::Action::StopAccount(id, task) => {
                if let Screen::Mailbox(mailbox) = &mut self.screen {
                    mailbox.forget_account(id);
                }
                task.map(Message::Settings)
            }
            settings::Action::AccountRemoved(id) => {
                self.accounts.retain(|a| a.id != id);
                self.session_passwords.remove(&id);
                if self.accounts.is_empty() {
                    self.overlay = None;
                    self.screen = Screen::Home;
                }
                Task::none()
            }
            settings::Action::Language(language) => {
                self.select_language(language);
                Task::none()
            }
            // The freshness work reads Config.notifications when it notifies.
            settings::Action::Notifications(_) => Task::none(),
            settings::Action::Subscribe {
                account,
                folder_id,
                subscribed,
            } => {
                self.subscribe(account, folder_id, subscribed);
                Task::none()
            }
        }
    }

    /// Shows or hides a folder through the account's worker; without one
    /// (not started yet) the change is kept and queued for it.
    fn subscribe(&mut self, account: i64, folder_id: i64, subscribed: bool) {
        let command = posta_core::worker::Command::Subscribe {
            folder_id,
            subscribed,
        };
        let worker = match &self.screen {
            Screen::Mailbox(mailbox) => mailbox.worker(account),
            _ => None,
        };
        if worker.is_some_and(|w| w.send(command)) {
            return;
        }
        if let Some(store) = self.store.as_ref() {
            let queued = posta_core::sync::imap::with_store(store, |s| {
                posta_core::sync::subscribe::set_subscribed(s, folder_id, subscribed)
            });
            if let Err(err) = queued {
                log::warn!("could not keep a folder subscription: {err}");
            }
        }
    }

    /// An account's new settings: kept here and given to the mailbox and
    /// its worker.
    fn account_saved(&mut self, account: AccountConfig) {
        if let Some(slot) = self.accounts.iter_mut().find(|a| a.id == account.id) {
            *slot = account.clone();
        }
        if let Screen::Mailbox(mailbox) = &mut self.screen {
            if let Ok(config) = Config::load(&self.wizard_options.home) {
                mailbox.set_colors(&config);
            }
            mailbox.account_saved(account);
        }
    }

    /// The mailbox's keyboard shortcuts and account workers.
    pub fn subscription(&self) -> Subscription<Message> {
        let screen = match &self.screen {
            Screen::Mailbox(mailbox) => mailbox.subscription().map(Message::Mailbox),
            _ => Subscription::none(),
        };
        let screen = Subscription::batch([
            screen,
            iced::window::close_requests().map(Message::CloseRequested),
            crate::keyboard::subscription().map(Message::Key),
        ]);
        match &self.overlay {
            Some(Overlay::Compose(window)) => {
                Subscription::batch([screen, window.subscription().map(Message::Compose)])
            }
            _ => screen,
        }
    }

    /// Switches the process-wide language (the next view and title use
    /// it) and remembers it in the config file for the next start.
    fn select_language(&mut self, language: Language) {
        i18n::set_language(language);
        self.language = language;
        let home = &self.wizard_options.home;
        // Only an existing, readable config is updated: never a broken one.
        if let Ok(mut config) = Config::load(home) {
            config.language = Some(language.code().to_owned());
            let _ = config.save(home);
        }
    }

    /// The window title.
    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Mailbox(mailbox) if mailbox.inbox_unread() > 0 => {
                t!("mailbox-window-title", count = mailbox.inbox_unread())
            }
            _ => t!("app-title"),
        }
    }

    /// The theme of the window.
    pub fn theme(&self) -> Theme {
        theme::theme()
    }

    /// The screen shown.
    pub fn view(&self) -> Element<'_, Message> {
        match &self.overlay {
            Some(Overlay::Compose(window)) => return window.view().map(Message::Compose),
            Some(Overlay::Share(dialog)) => return dialog.view().map(Message::Share),
            Some(Overlay::Settings(screen)) => return screen.view().map(Message::Settings),
            None => {}
        }
        match &self.screen {
            Screen::Home => self.home(),
            Screen::Wizard(wizard) => wizard.view().map(Message::Wizard),
            Screen::Mailbox(mailbox) => mailbox.view().map(Message::Mailbox),
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
