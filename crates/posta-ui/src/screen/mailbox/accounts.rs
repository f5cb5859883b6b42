//! What the settings screen changes in the mailbox: an account's settings
//! (its worker takes them without a restart), its colour, its removal.

use super::{Account, Mailbox};
use posta_core::store::{AccountConfig, Config};
use posta_core::worker::Command;

impl Mailbox {
    /// Uses `config` for the account from now on; its worker reconnects
    /// with it.
    pub fn account_saved(&mut self, config: AccountConfig) {
        if let Some(account) = self.account_mut(config.id) {
            if let Some(worker) = &account.worker {
                worker.send(Command::Settings {
                    account: Box::new(config.clone()),
                });
            }
            account.config = config;
        }
        self.reload_accounts();
    }

    /// Shows the kept local mail of removed accounts (`config.local_sets`)
    /// as accounts with local folders only; nothing connects for them.
    pub fn add_local_sets(&mut self, config: &Config) {
        for set in &config.local_sets {
            if self.account(set.id).is_some() {
                continue;
            }
            let mut account = Account::new(set.as_account());
            account.local = true;
            self.accounts.push(account);
        }
        self.reload_accounts();
    }

    /// The colours the user gave the accounts, from `config`.
    pub fn set_colors(&mut self, config: &Config) {
        for account in &mut self.accounts {
            account.color = config
                .account_color(account.config.id)
                .and_then(parse_color);
        }
    }

    /// Stops the account's worker and forgets the account (it is being
    /// removed).
    pub fn forget_account(&mut self, id: i64) {
        if let Some(worker) = self.account(id).and_then(|a| a.worker.clone()) {
            worker.send(Command::Shutdown);
        }
        self.accounts.retain(|a: &Account| a.config.id != id);
        self.bars.retain(|b| b.account() != id);
        self.reload();
    }
}

/// `#rrggbb` as a colour.
fn parse_color(hex: &str) -> Option<iced::Color> {
    let channel = |at: usize| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok();
    Some(iced::Color::from_rgb8(
        channel(1)?,
        channel(3)?,
        channel(5)?,
    ))
}
