//! The settings screen: General (language, start on login, notifications)
//! and, per account, its sections (account, incoming, outgoing, mail,
//! identities, removal). Each section lives in its own file, so later work
//! adds a section by adding a file and a [`Section`] entry.
//!
//! Every change goes through the same core functions as the CLI
//! ([`posta_core::account`]): a change that affects mail says what it will
//! do first, server settings are tested before they are kept, and nothing
//! is saved half-way.
//!
//! Each page saves its own fields only (Account: name, address, display
//! name, colour; Incoming: the incoming server; Outgoing: the SMTP server;
//! Mail: what happens to mail), so a refusal, or a test still running, on
//! one page does not stop another from saving. A page's notice ("Saved.",
//! why not) is its own: shown only there, and gone when the page is left
//! (a save still running keeps its page's notice until it ends).

mod account;
mod folders;
mod form;
mod general;
mod identities;
mod incoming;
mod keys;
mod mail;
mod outgoing;
mod remove;
mod save;
mod view;
mod widgets;

use std::sync::Arc;
use std::time::Duration;

use iced::widget::text_editor;
use iced::Task;

use crate::screen::wizard::{KeepKind, Preset};
use crate::theme;
use posta_core::account::identities::{put_identity, remove_identity};
use posta_core::account::remove::{
    forget_password, removal_report, remove_local, RemovalReport, Removed,
};
use posta_core::account::settings::{AccountEdit, Saved, SettingsError};
use posta_core::account::Protocol;
use posta_core::autoconfig::{AutoconfigError, DetectOptions, Detection};
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Config, PostaHome, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::Secret;
use posta_i18n::t;
use posta_i18n::{describe_invalid, describe_settings_error, Language};

use form::AccountForm;
pub use form::Field;

/// How long each step of the server test may take.
const TEST_TIMEOUT: Duration = Duration::from_secs(20);

/// A page of the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Language, start on login, notifications.
    General,
    /// One section of an account.
    Account(i64, Section),
}

/// The sections of an account, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Name, address, display name, colour.
    Account,
    /// Incoming server, extra CA, accepted certificate.
    Incoming,
    /// Outgoing server.
    Outgoing,
    /// POP3 keep-a-copy and size limit; IMAP bodies and check interval.
    Mail,
    /// IMAP: which folders are shown and checked (subscribed).
    Folders,
    /// Identities and signatures.
    Identities,
    /// Removing the account.
    Remove,
}

impl Section {
    /// Every section, in the order shown.
    pub const ALL: [Section; 7] = [
        Section::Account,
        Section::Incoming,
        Section::Outgoing,
        Section::Mail,
        Section::Folders,
        Section::Identities,
        Section::Remove,
    ];

    fn title(self) -> String {
        match self {
            Section::Account => t!("settings-section-account"),
            Section::Incoming => t!("settings-section-incoming"),
            Section::Outgoing => t!("settings-section-outgoing"),
            Section::Mail => t!("settings-section-mail"),
            Section::Folders => t!("settings-section-folders"),
            Section::Identities => t!("settings-section-identities"),
            Section::Remove => t!("settings-section-remove"),
        }
    }
}

/// A result handed back by a task, compared by identity (the same delivery)
/// so `Message` can be `PartialEq`.
#[derive(Debug, Clone)]
pub struct Outcome<T>(Arc<T>);

impl<T> PartialEq for Outcome<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What can happen on the settings screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Show a page.
    Open(Page),
    /// A text field of the open account changed.
    Field(Field, String),
    /// Incoming security chosen.
    Security(Security),
    /// Outgoing security chosen.
    SmtpSecurity(Security),
    /// A port preset (incoming or outgoing).
    Preset(Preset),
    /// A keep-a-copy choice.
    Keep(KeepKind),
    /// The new identity's signature was edited.
    Signature(text_editor::Action),
    /// "Download bodies for offline reading".
    DownloadBodies(bool),
    /// "Forget the accepted certificate".
    ForgetFingerprint(bool),
    /// Save the open account's changes (after saying what they do).
    Save,
    /// Save even though it deletes mail on the server.
    Confirm,
    /// Do not save after all.
    CancelConfirm,
    /// A page's save finished.
    Saved(Page, Outcome<Result<Saved, SettingsError>>),
    /// The language picked.
    Language(Language),
    /// Start on login, or not.
    StartOnLogin(bool),
    /// Notifications on or off.
    Notifications(bool),
    /// Add the typed identity.
    AddIdentity,
    /// Remove the identity with this address.
    RemoveIdentity(String),
    /// Show (subscribe to) or hide a folder of the open account.
    Subscribe(i64, bool),
    /// Stop loading remote content from this sender without asking.
    RemoveRemoteSender(String),
    /// Find the incoming server the way the wizard does.
    Detect,
    /// Detection finished.
    Detected(Outcome<Result<Detection, AutoconfigError>>),
    /// "Keep the local mail" when removing.
    KeepLocalMail(bool),
    /// Remove the open account.
    Remove,
    /// The removal finished.
    Removed(Outcome<Result<Removed, SettingsError>>),
    /// Back to the mail.
    Close,
}

/// What the settings screen asks the application to do.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task.
    Run(Task<Message>),
    /// Back to the mail.
    Close,
    /// An account was saved: use these settings from now on.
    AccountSaved(Box<AccountConfig>),
    /// Stop this account's worker: it is being removed.
    StopAccount(i64, Task<Message>),
    /// The account is gone.
    AccountRemoved(i64),
    /// Show the window in this language.
    Language(Language),
    /// Notifications were switched on or off.
    Notifications(bool),
    /// Show (subscribe to) or hide a folder: the account's worker does it
    /// (see [`posta_core::worker::Command::Subscribe`]).
    Subscribe {
        /// The account.
        account: i64,
        /// The folder.
        folder_id: i64,
        /// True: show.
        subscribed: bool,
    },
}

/// A change waiting for the user's word: what it will do, said first.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    edit: AccountEdit,
    said: Vec<String>,
    /// It deletes mail on the server: needs "Save anyway".
    confirm: bool,
}

/// Where a page's save stands.
#[derive(Debug, Clone, PartialEq, Default)]
enum Status {
    #[default]
    Idle,
    /// Testing the servers and saving; with what the change does (said
    /// once it is saved).
    Saving(Vec<String>),
    /// Saved; with what the change does.
    Saved(Vec<String>),
    /// Not saved, and why.
    Failed(String),
}

/// The settings screen.
pub struct Settings {
    home: PostaHome,
    store: SharedStore,
    config: Config,
    page: Page,
    form: AccountForm,
    /// The open page's change waiting for "Save anyway".
    pending: Option<Pending>,
    /// Each page's notice (a page not listed has none).
    statuses: Vec<(Page, Status)>,
    removal: Option<RemovalReport>,
    /// The open account's folders the user may show or hide.
    folders: Vec<posta_core::store::FolderRow>,
    /// The senders allowed remote content (General).
    remote_senders: Vec<String>,
    /// How "Detect settings" looks for servers (the wizard's options).
    detect_options: DetectOptions,
    /// What detection found or why not; `Some("")` while it runs.
    detected: Option<String>,
    /// The new identity's signature.
    signature: text_editor::Content,
    start_on_login: bool,
    language: Language,
    session_passwords: Vec<(i64, Secret)>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("page", &self.page)
            .finish_non_exhaustive()
    }
}

impl Settings {
    /// The settings screen on `page`, over the config under `home`.
    /// `session_passwords` are the passwords kept without a keyring (the
    /// server test uses them).
    pub fn new(
        home: PostaHome,
        store: SharedStore,
        page: Page,
        session_passwords: Vec<(i64, Secret)>,
    ) -> Settings {
        let config = Config::load(&home).unwrap_or_default();
        let start_on_login = posta_core::autostart::autostart_dir()
            .is_some_and(|dir| posta_core::autostart::is_enabled(&dir));
        let mut settings = Settings {
            home,
            store,
            config,
            page: Page::General,
            form: AccountForm::default(),
            pending: None,
            statuses: Vec::new(),
            removal: None,
            folders: Vec::new(),
            remote_senders: Vec::new(),
            detect_options: DetectOptions::default(),
            detected: None,
            signature: text_editor::Content::new(),
            start_on_login,
            language: posta_i18n::current_language(),
            session_passwords,
        };
        settings.open(page);
        settings
    }

    /// Detection as the wizard's runs (where it looks, the administrator's
    /// providers).
    pub fn with_detection(mut self, options: DetectOptions) -> Settings {
        self.detect_options = options;
        self
    }

    /// The page shown.
    pub fn page(&self) -> Page {
        self.page
    }

    /// Why the open page's last change was not made, as shown.
    pub fn problem(&self) -> Option<&str> {
        match self.status() {
            Status::Failed(why) => Some(why),
            _ => None,
        }
    }

    fn account(&self) -> Option<&AccountConfig> {
        match self.page {
            Page::Account(id, _) => self.config.account(id),
            Page::General => None,
        }
    }

    fn open(&mut self, page: Page) {
        let switched_account = match (self.page, page) {
            (Page::Account(a, _), Page::Account(b, _)) => a != b,
            _ => true,
        };
        // The page left takes its notice along; a save still running
        // keeps it (its outcome is shown there).
        let left = self.page;
        if !matches!(self.status_of(left), Status::Saving(_)) {
            self.set_status_of(left, Status::Idle);
        }
        self.page = page;
        self.pending = None;
        self.detected = None;
        if switched_account {
            if let Page::Account(id, _) = page {
                if let Some(account) = self.config.account(id) {
                    self.form = AccountForm::of(account, self.config.account_color(id));
                }
            }
        }
        self.removal = match page {
            Page::Account(id, Section::Remove) => {
                with_store(&self.store, |s| Ok(removal_report(&self.home, s, id)))
                    .ok()
                    .and_then(Result::ok)
            }
            _ => None,
        };
        self.remote_senders = match page {
            Page::General => {
                with_store(&self.store, |s| Ok(s.remote_content_senders()?)).unwrap_or_default()
            }
            Page::Account(..) => Vec::new(),
        };
        self.folders = match page {
            Page::Account(id, Section::Folders) => with_store(&self.store, |s| {
                let mut folders = s.folders(id)?;
                folders.retain(posta_core::sync::subscribe::choosable);
                Ok(folders)
            })
            .unwrap_or_default(),
            _ => Vec::new(),
        };
    }

    /// Runs the wizard's detection for the account's address.
    fn detect(&mut self) -> Action {
        let email = self.form.email.trim().to_owned();
        let options = self.detect_options.clone();
        self.detected = Some(String::new());
        Action::Run(Task::perform(
            async move { posta_core::autoconfig::detect(&email, &options, |_| {}).await },
            |result| Message::Detected(Outcome(Arc::new(result))),
        ))
    }

    /// Fills host, port and security from what detection found; Save
    /// tests them before they are kept.
    fn detected(&mut self, result: &Result<Detection, AutoconfigError>) {
        let Some(protocol) = self.account().map(|a| a.protocol) else {
            return;
        };
        let found = result.as_ref().ok().and_then(|d| d.best_incoming(protocol));
        self.detected = Some(match found {
            Some(server) => {
                self.form.host = server.host.clone();
                self.form.port = server.port.to_string();
                self.form.security = Some(server.security);
                t!(
                    "settings-detect-found",
                    host = server.host.as_str(),
                    port = server.port,
                    security = crate::screen::wizard::security_name(server.security)
                )
            }
            None => t!("settings-detect-nothing"),
        });
    }

    /// Forgets a sender's permission for remote content.
    fn remove_remote_sender(&mut self, address: &str) {
        let removed = with_store(&self.store, |s| {
            s.remove_remote_content(address)?;
            Ok(s.remote_content_senders()?)
        });
        match removed {
            Ok(senders) => self.remote_senders = senders,
            Err(err) => self.set_status(Status::Failed(posta_i18n::describe_error(&err, ""))),
        }
    }

    /// Shows or hides a folder: here at once, on the server by the worker.
    fn subscribe(&mut self, folder_id: i64, subscribed: bool) -> Action {
        let Page::Account(account, _) = self.page else {
            return Action::None;
        };
        let Some(folder) = self.folders.iter_mut().find(|f| f.id == folder_id) else {
            return Action::None;
        };
        folder.subscribed = subscribed;
        Action::Subscribe {
            account,
            folder_id,
            subscribed,
        }
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open(page) => {
                self.open(page);
                return Action::Run(self.focus_first_field());
            }
            Message::Field(field, value) => self.form.set(field, value),
            Message::Security(security) => self.form.security = Some(security),
            Message::SmtpSecurity(security) => self.form.smtp_security = Some(security),
            Message::Preset(preset) => self.preset(preset),
            Message::Keep(kind) => self.form.keep = Some(kind),
            Message::Signature(action) => self.signature.perform(action),
            Message::DownloadBodies(on) => self.form.download_bodies = on,
            Message::ForgetFingerprint(on) => self.form.forget_fingerprint = on,
            Message::Save => return self.save(),
            Message::Confirm => return self.confirmed(),
            Message::CancelConfirm => self.pending = None,
            Message::Saved(page, outcome) => return self.saved(page, &outcome.0),
            Message::Language(language) => {
                self.language = language;
                return Action::Language(language);
            }
            Message::StartOnLogin(on) => self.start_on_login(on),
            Message::Notifications(on) => return self.notifications(on),
            Message::AddIdentity => self.add_identity(),
            Message::RemoveIdentity(email) => self.remove_identity(&email),
            Message::Subscribe(folder_id, on) => return self.subscribe(folder_id, on),
            Message::RemoveRemoteSender(address) => self.remove_remote_sender(&address),
            Message::Detect => return self.detect(),
            Message::Detected(outcome) => self.detected(&outcome.0),
            Message::KeepLocalMail(on) => self.form.keep_local_mail = on,
            Message::Remove => return self.remove(),
            Message::Removed(outcome) => return self.removed(&outcome.0),
            Message::Close => return Action::Close,
        }
        Action::None
    }

    fn preset(&mut self, preset: Preset) {
        let (port, security) = preset.settings();
        if preset.protocol().is_some() {
            self.form.port = port.to_string();
            self.form.security = Some(security);
        } else {
            self.form.smtp_port = port.to_string();
            self.form.smtp_security = Some(security);
        }
    }

    fn start_on_login(&mut self, on: bool) {
        let Some(dir) = posta_core::autostart::autostart_dir() else {
            return;
        };
        let program = posta_core::autostart::program();
        match posta_core::autostart::set_enabled(&dir, on, &program) {
            Ok(()) => self.start_on_login = on,
            Err(err) => {
                self.set_status(Status::Failed(t!("error-io", details = err.to_string())));
            }
        }
    }

    fn notifications(&mut self, on: bool) -> Action {
        self.config.notifications = on;
        if let Ok(mut config) = Config::load(&self.home) {
            config.notifications = on;
            if let Err(err) = config.save(&self.home) {
                let err = SettingsError::from(err);
                self.set_status(Status::Failed(describe_settings_error(&err, "")));
                return Action::None;
            }
        }
        Action::Notifications(on)
    }

    /// Changes the config with `change` and saves it; says why not.
    fn change_config(
        &mut self,
        change: impl FnOnce(&mut Config) -> Result<(), posta_core::account::settings::Invalid>,
    ) -> bool {
        let mut config = match Config::load(&self.home) {
            Ok(config) => config,
            Err(err) => {
                let err = SettingsError::from(err);
                self.set_status(Status::Failed(describe_settings_error(&err, "")));
                return false;
            }
        };
        if let Err(invalid) = change(&mut config) {
            self.set_status(Status::Failed(describe_invalid(&invalid)));
            return false;
        }
        if let Err(err) = config.save(&self.home) {
            let err = SettingsError::from(err);
            self.set_status(Status::Failed(describe_settings_error(&err, "")));
            return false;
        }
        self.config = config;
        self.set_status(Status::Idle);
        true
    }

    fn add_identity(&mut self) {
        let mut identity = self.form.identity.clone();
        identity.signature = self.signature.text();
        if self.change_config(|config| put_identity(config, identity).map(drop)) {
            let account = self.form.identity.account;
            self.form.identity = posta_core::store::Identity {
                account,
                name: String::new(),
                email: String::new(),
                reply_to: None,
                signature: String::new(),
            };
            self.signature = text_editor::Content::new();
        }
    }

    fn remove_identity(&mut self, email: &str) {
        let account = self.form.identity.account;
        self.change_config(|config| remove_identity(config, account, email));
    }

    fn remove(&mut self) -> Action {
        let Some(account) = self.account().cloned() else {
            return Action::None;
        };
        let (home, keep) = (self.home.clone(), self.form.keep_local_mail);
        self.set_status(Status::Saving(Vec::new()));
        let task = Task::perform(
            async move {
                let (account, report) = {
                    let store = Store::open(&home)?;
                    remove_local(&home, &store, account.id, keep)?
                };
                let keyring_left = forget_password(&account).await;
                Ok(Removed {
                    report,
                    account,
                    keyring_left,
                })
            },
            |result| Message::Removed(Outcome(Arc::new(result))),
        );
        Action::StopAccount(account.id, task)
    }

    fn removed(&mut self, result: &Result<Removed, SettingsError>) -> Action {
        // The Remove page whose removal this was (the one still running).
        let page = self
            .statuses
            .iter()
            .find(|(p, s)| {
                matches!(p, Page::Account(_, Section::Remove)) && matches!(s, Status::Saving(_))
            })
            .map_or(self.page, |(p, _)| *p);
        match result {
            Ok(removed) => {
                self.config = Config::load(&self.home).unwrap_or_else(|_| self.config.clone());
                let id = removed.account.id;
                self.statuses
                    .retain(|(p, _)| !matches!(p, Page::Account(a, _) if *a == id));
                if matches!(self.page, Page::Account(a, _) if a == id) {
                    self.page = Page::General;
                }
                Action::AccountRemoved(id)
            }
            Err(err) => {
                let host = self.form.host.clone();
                self.set_status_of(page, Status::Failed(describe_settings_error(err, &host)));
                Action::None
            }
        }
    }
}
