//! The mailbox's side of "Move to IMAP": opens the view, hands the move to
//! the account's worker and passes its progress and outcome back.

use super::{Action, Mailbox};
use crate::screen::switch::{self, Switch};
use posta_core::account::Protocol;
use posta_core::error::{Error, ErrorKind};
use posta_core::store::AccountConfig;
use posta_core::worker::Command;
use posta_i18n::describe_error;
use posta_i18n::t;

impl Mailbox {
    /// Opens "Move to IMAP" for a POP3 account.
    pub(super) fn open_switch(&mut self, account: i64) -> Action {
        let Some(entry) = self.account(account) else {
            return Action::None;
        };
        if entry.config.protocol != Protocol::Pop3 {
            return Action::None;
        }
        let local = entry
            .folders
            .iter()
            .filter(|f| !f.shared)
            .map(|f| f.total as usize)
            .sum();
        self.switch = Some(Switch::new(&entry.config, local));
        self.room = None;
        Action::None
    }

    pub(super) fn switch_message(&mut self, message: switch::Message) -> Action {
        let Some(view) = &mut self.switch else {
            return Action::None;
        };
        let account = view.account;
        match view.update(message) {
            switch::Action::None => {}
            switch::Action::Close => self.switch = None,
            switch::Action::Start(imap) => {
                let sent = self
                    .account(account)
                    .and_then(|a| a.worker.as_ref())
                    .is_some_and(|w| {
                        w.send(Command::SwitchToImap {
                            imap,
                            home: self.home.clone(),
                        })
                    });
                if !sent {
                    if let Some(view) = &mut self.switch {
                        view.stopped(t!("folders-needs-connection"));
                    }
                }
            }
            switch::Action::Cancel => {
                if let Some(worker) = self.account(account).and_then(|a| a.worker.as_ref()) {
                    worker.send(Command::Cancel);
                }
            }
        }
        Action::None
    }

    /// The worker's progress of a move.
    pub(super) fn switch_progress(&mut self, account: i64, done: usize, total: usize) {
        if let Some(view) = self.switch.as_mut().filter(|v| v.account == account) {
            view.progress(done, total);
        }
    }

    /// The account is (or, after a late stop, already is) `now`: IMAP
    /// folders from here on.
    fn adopt(&mut self, now: &AccountConfig) {
        if let Some(entry) = self.account_mut(now.id) {
            entry.config = now.clone();
            entry.server.clear();
        }
        self.reload();
    }

    /// The move finished.
    pub(super) fn switched(&mut self, account: &AccountConfig, uploaded: usize, found: usize) {
        self.adopt(account);
        let words = t!(
            "server-switch-done",
            account = account.name.as_str(),
            uploaded = uploaded,
            found = found
        );
        match self.switch.as_mut().filter(|v| v.account == account.id) {
            Some(view) => view.done(words),
            None => self.notice = Some(words),
        }
    }

    /// The move stopped: why, and that running it again finishes it.
    pub(super) fn switch_stopped(&mut self, error: &Error, account: &AccountConfig) {
        if account.protocol == Protocol::Imap {
            self.adopt(account);
        }
        let words = match error.kind() {
            ErrorKind::Cancelled => t!("server-switch-cancelled"),
            _ => format!(
                "{} {}",
                describe_error(error, &account.host),
                t!("server-switch-stopped", account = account.name.as_str())
            ),
        };
        match self.switch.as_mut().filter(|v| v.account == account.id) {
            Some(view) => view.stopped(words),
            None => self.notice = Some(words),
        }
    }

    /// The open "Move to IMAP" view, for tests.
    pub fn switch_view(&self) -> Option<&Switch> {
        self.switch.as_ref()
    }
}
