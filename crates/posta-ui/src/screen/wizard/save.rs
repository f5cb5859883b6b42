//! Saving: the settings into the config file, the password into the
//! desktop keyring and nowhere else. Without a usable keyring the user is
//! told so plainly and may keep the password in memory for this session
//! only; nothing is written until they choose.

use iced::widget::column;
use iced::Task;

use super::layout::{self, Page, Tone};
use super::{Action, Message, Shared, Step, Wizard};
use posta_core::store::config::{AccountConfig, Config, SmtpConfig};
use posta_core::store::keyring::{self, KeyringError};
use posta_core::store::{PostaHome, StoreError};
use posta_core::Secret;
use posta_i18n::t;

/// A saved account, for the application to open.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The account as written to the config file.
    pub account: AccountConfig,
    /// The password, when it is kept for this session only (no keyring).
    pub session_password: Option<Secret>,
}

/// Why saving failed.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// The keyring could not take the password.
    Keyring(KeyringError),
    /// The config file could not be read or written.
    Store(Shared<StoreError>),
}

/// The save page's state.
#[derive(Debug, Default)]
pub struct State {
    busy: bool,
    error: Option<SaveError>,
    saved: Option<Saved>,
}

impl State {
    /// True while saving.
    pub fn busy(&self) -> bool {
        self.busy
    }
}

/// The account as it would be saved now (its id is assigned on saving).
pub(super) fn draft(wizard: &Wizard) -> AccountConfig {
    let form = &wizard.form;
    let email = wizard.details.email.trim().to_owned();
    let smtp_host = form.smtp_host.trim();
    AccountConfig {
        id: 0,
        name: account_name(wizard, &email),
        email,
        display_name: wizard.details.name.trim().to_owned(),
        protocol: form.protocol,
        host: form.host.trim().to_owned(),
        port: form.port().unwrap_or_default(),
        security: form.security,
        user: form.user.trim().to_owned(),
        extra_ca_file: wizard.options.extra_ca_file.clone(),
        pinned_fingerprint: wizard.test.pinned_incoming().map(ToString::to_string),
        // Sending may be set up later, in the settings.
        smtp: (!smtp_host.is_empty()).then(|| SmtpConfig {
            host: smtp_host.to_owned(),
            port: form.smtp_port().unwrap_or_default(),
            security: form.smtp_security,
            user: form.smtp_user.trim().to_owned(),
            pinned_fingerprint: wizard.test.pinned_outgoing().map(ToString::to_string),
        }),
        keep_copy: wizard.protocol.keep_copy().unwrap_or_default(),
        max_download_size: None,
        download_bodies: false,
        check_interval: wizard.options.detect.etc.defaults.check_interval(),
        oauth: None,
    }
}

/// The account's name: its address, unless another account already has
/// that address; then the protocol and server too, and a number if even
/// that is taken, so that the two can be told apart everywhere.
fn account_name(wizard: &Wizard, email: &str) -> String {
    let taken = |name: &str| wizard.existing.iter().any(|a| a.name == name);
    let twin = wizard
        .existing
        .iter()
        .any(|a| a.email.eq_ignore_ascii_case(email));
    if !twin && !taken(email) {
        return email.to_owned();
    }
    let form = &wizard.form;
    let base = t!(
        "wizard-account-name-twin",
        email = email.to_owned(),
        protocol = super::protocol_name(form.protocol),
        host = form.host.trim().to_owned()
    );
    (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => t!(
                "wizard-account-name-numbered",
                name = base.clone(),
                number = n
            ),
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

fn store_error(err: StoreError) -> SaveError {
    SaveError::Store(Shared::new(err))
}

fn stopped(err: tokio::task::JoinError) -> SaveError {
    store_error(StoreError::Io(std::sync::Arc::new(std::io::Error::other(
        err.to_string(),
    ))))
}

/// Adds the account to the config file and, unless `session_only`, its
/// password to the keyring. The keyring comes first: if it fails, nothing
/// is written and the user decides what to do.
async fn save(
    home: PostaHome,
    mut account: AccountConfig,
    password: Secret,
    session_only: bool,
) -> Result<Saved, SaveError> {
    let load_home = home.clone();
    let mut config = tokio::task::spawn_blocking(move || Config::load(&load_home))
        .await
        .map_err(stopped)?
        .map_err(store_error)?;
    account.id = config.next_account_id();
    if !session_only {
        keyring::store_password(account.id, &account.user, &password)
            .await
            .map_err(SaveError::Keyring)?;
    }
    config.accounts.push(account.clone());
    let written = tokio::task::spawn_blocking(move || config.save(&home))
        .await
        .map_err(stopped)?;
    if let Err(err) = written {
        if !session_only {
            // No account refers to it any more.
            let _ = keyring::delete_password(account.id, &account.user).await;
        }
        return Err(store_error(err));
    }
    Ok(Saved {
        account,
        session_password: session_only.then_some(password),
    })
}

impl Wizard {
    pub(super) fn start_save(&mut self, session_only: bool) -> Action {
        if self.save.busy || !self.test.incoming_passed() {
            return Action::None;
        }
        self.step = Step::Save;
        self.save = State {
            busy: true,
            ..State::default()
        };
        let task = save(
            self.options.home.clone(),
            self.draft(),
            self.details.password.clone(),
            session_only,
        );
        Action::Run(Task::perform(task, |result| {
            Message::SaveFinished(Box::new(result))
        }))
    }

    pub(super) fn save_finished(&mut self, result: Result<Saved, SaveError>) -> Action {
        self.save.busy = false;
        match result {
            Ok(saved) => self.save.saved = Some(saved),
            Err(err) => self.save.error = Some(err),
        }
        Action::None
    }

    pub(super) fn done(&mut self) -> Action {
        match self.save.saved.clone() {
            Some(saved) => Action::Finished(Box::new(saved)),
            None => Action::None,
        }
    }
}

fn keyring_notice<'a>(err: &KeyringError) -> iced::Element<'a, Message> {
    let (title, why) = match err {
        KeyringError::Unavailable(_) => (
            t!("wizard-keyring-unavailable"),
            t!("wizard-keyring-unavailable-why"),
        ),
        KeyringError::Locked(_) => (t!("wizard-keyring-locked"), t!("wizard-keyring-locked-why")),
        KeyringError::NotFound | KeyringError::Other(_) => (
            t!("wizard-keyring-failed"),
            t!("wizard-keyring-failed-why", details = err.to_string()),
        ),
    };
    layout::notice(
        Tone::Warning,
        title,
        vec![
            layout::para(why),
            layout::para(t!("wizard-keyring-session-explained")),
        ],
    )
}

fn store_notice<'a>(err: &StoreError) -> iced::Element<'a, Message> {
    let words = match err {
        StoreError::DiskFull => t!("error-disk-full"),
        other => t!("error-io", details = other.to_string()),
    };
    layout::notice(
        Tone::Danger,
        t!("wizard-save-failed"),
        vec![layout::para(words)],
    )
}

/// The save page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let state = &wizard.save;
    let mut body = column![].spacing(16);
    let mut secondary = Vec::new();
    let mut primary = Vec::new();
    let mut submit = None;
    let mut title = t!("wizard-save-title");
    if state.busy {
        body = body.push(layout::para(t!("wizard-save-busy")));
    } else if let Some(saved) = &state.saved {
        title = t!("wizard-save-done-title");
        let password = if saved.session_password.is_some() {
            t!("wizard-save-done-session")
        } else {
            t!("wizard-save-done-keyring")
        };
        body = body.push(layout::notice(
            Tone::Success,
            t!("wizard-save-done", email = saved.account.email.clone()),
            vec![
                layout::para(t!("wizard-save-done-settings")),
                layout::para(password),
            ],
        ));
        primary.push(layout::primary(t!("wizard-save-open"), Some(Message::Done)));
        submit = Some(Message::Done);
    } else if let Some(err) = &state.error {
        secondary.push(layout::back());
        match err {
            SaveError::Keyring(err) => {
                body = body.push(keyring_notice(err));
                secondary.push(layout::secondary(
                    t!("wizard-keyring-retry"),
                    Some(Message::RetryKeyring),
                ));
                primary.push(layout::primary(
                    t!("wizard-keyring-session"),
                    Some(Message::KeepForSession),
                ));
                submit = Some(Message::KeepForSession);
            }
            SaveError::Store(err) => {
                body = body.push(store_notice(&err.0));
                primary.push(layout::primary(
                    t!("wizard-test-retry"),
                    Some(Message::SaveRequested),
                ));
                submit = Some(Message::SaveRequested);
            }
        }
    }
    Page {
        counter: None,
        title,
        lead: None,
        fixed: None,
        body: body.into(),
        secondary,
        primary,
        submit,
        note: None,
    }
}
