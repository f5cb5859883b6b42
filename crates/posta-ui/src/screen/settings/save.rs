//! Saving a page: its own fields only, what the change does said first,
//! the servers tested, and the outcome kept as that page's notice (the
//! page shown may be another by then).

use std::sync::Arc;

use iced::Task;

use super::{Action, Message, Outcome, Page, Pending, Section, Settings, Status, TEST_TIMEOUT};
use posta_core::account::effects::{effects, needs_confirmation};
use posta_core::account::settings::{save_edit, Saved, SettingsError, Testing};
use posta_core::store::Config;
use posta_core::sync::imap::with_store;
use posta_i18n::{describe_effect, describe_invalid, describe_settings_error};

impl Settings {
    /// Where the open page's save stands.
    pub(super) fn status(&self) -> &Status {
        self.status_of(self.page)
    }

    /// Where `page`'s save stands.
    pub(super) fn status_of(&self, page: Page) -> &Status {
        const IDLE: &Status = &Status::Idle;
        self.statuses
            .iter()
            .find(|(p, _)| *p == page)
            .map_or(IDLE, |(_, status)| status)
    }

    /// Sets `page`'s notice.
    pub(super) fn set_status_of(&mut self, page: Page, status: Status) {
        self.statuses.retain(|(p, _)| *p != page);
        if status != Status::Idle {
            self.statuses.push((page, status));
        }
    }

    /// Sets the open page's notice.
    pub(super) fn set_status(&mut self, status: Status) {
        self.set_status_of(self.page, status);
    }

    /// Builds the change, says what it does; saves at once when it deletes
    /// nothing on the server.
    pub(super) fn save(&mut self) -> Action {
        let (Some(account), Page::Account(_, section)) = (self.account().cloned(), self.page)
        else {
            return Action::None;
        };
        if matches!(self.status(), Status::Saving(_)) {
            return Action::None;
        }
        let color = self.config.account_color(account.id);
        let edit = match self.form.edit(&account, color, section) {
            Ok(edit) => edit,
            Err(sentence) => {
                self.set_status(Status::Failed(sentence));
                return Action::None;
            }
        };
        if edit.is_empty() {
            self.set_status(Status::Saved(Vec::new()));
            return Action::None;
        }
        let preview = match edit.apply(&self.config, &account) {
            Ok(preview) => preview,
            Err(invalid) => {
                self.set_status(Status::Failed(describe_invalid(&invalid)));
                return Action::None;
            }
        };
        let found = with_store(&self.store, |s| Ok(effects(s, &account, &preview)?));
        let found = found.unwrap_or_default();
        let pending = Pending {
            edit,
            said: found.iter().map(describe_effect).collect(),
            confirm: needs_confirmation(&found),
        };
        if pending.confirm {
            self.pending = Some(pending);
            return Action::None;
        }
        self.pending = Some(pending);
        self.confirmed()
    }

    pub(super) fn confirmed(&mut self) -> Action {
        let (Some(pending), Some(account)) = (self.pending.take(), self.account().cloned()) else {
            return Action::None;
        };
        let testing = match self
            .session_passwords
            .iter()
            .find(|(id, _)| *id == account.id)
        {
            Some((_, password)) => Testing::Password(password.clone()),
            None => Testing::Keyring,
        };
        let page = self.page;
        self.set_status(Status::Saving(pending.said));
        let home = self.home.clone();
        let (id, edit) = (account.id, pending.edit);
        Action::Run(Task::perform(
            async move { save_edit(&home, id, &edit, testing, TEST_TIMEOUT).await },
            move |result| Message::Saved(page, Outcome(Arc::new(result))),
        ))
    }

    /// `page`'s save ended (the page shown may be another by now).
    pub(super) fn saved(&mut self, page: Page, result: &Result<Saved, SettingsError>) -> Action {
        let said = match self.status_of(page) {
            Status::Saving(said) => said.clone(),
            _ => Vec::new(),
        };
        match result {
            Ok(saved) => {
                self.config = Config::load(&self.home).unwrap_or_else(|_| self.config.clone());
                let id = saved.account.id;
                if let (Page::Account(open, _), Page::Account(_, section)) = (self.page, page) {
                    if open == id {
                        let color = self.config.account_color(id);
                        self.form.refresh(section, &saved.account, color);
                    }
                }
                self.set_status_of(page, Status::Saved(said));
                Action::AccountSaved(Box::new(saved.account.clone()))
            }
            Err(err) => {
                let host = match page {
                    Page::Account(_, Section::Outgoing) => self.form.smtp_host.clone(),
                    _ => self.form.host.clone(),
                };
                let why = describe_settings_error(err, &host);
                self.set_status_of(page, Status::Failed(why));
                Action::None
            }
        }
    }
}
