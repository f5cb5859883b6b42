//! Where rules live on this computer: `rules.toml` in Posta's home, one
//! table per account, beside (not inside) `config.toml`, so rules never
//! mix with the account settings other parts of Posta rewrite. Saved
//! atomically (temporary file, fsync, rename). The server's copy is the
//! Sieve script; this file is what Posta writes it from, and what runs
//! here for accounts whose server has no ManageSieve.

use std::fs;
use std::io;

use serde::{Deserialize, Serialize};

use super::model::{Rule, Vacation};
use crate::store::paths::write_private_atomically;
use crate::store::{PostaHome, Result, StoreError};

/// Where an account's rules run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Placement {
    /// In Posta, as mail arrives (POP3, or no ManageSieve on the server).
    #[default]
    Here,
    /// On the server, as a Sieve script: also while no Posta runs.
    Server,
}

impl Placement {
    /// `server` or `here`, as `posta rule list` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Here => "here",
            Placement::Server => "server",
        }
    }
}

/// Where the account's ManageSieve server is, when not on the IMAP host at
/// port 4190.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SieveServer {
    /// Host; the IMAP host when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Port; 4190 when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
}

/// One account's rules and vacation reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRules {
    /// The account's id.
    pub account: i64,
    /// Where they ran the last time they were saved.
    #[serde(default)]
    pub placement: Placement,
    /// The ManageSieve server, when the account's settings say where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sieve: Option<SieveServer>,
    /// The rules, in order.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// The vacation reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vacation: Option<Vacation>,
    /// Another client's script kept running under Posta's (its name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elsewhere: Option<String>,
}

impl AccountRules {
    /// No rules yet.
    pub fn empty(account: i64) -> AccountRules {
        AccountRules {
            account,
            placement: Placement::Here,
            sieve: None,
            rules: Vec::new(),
            vacation: None,
            elsewhere: None,
        }
    }
}

/// Everything in `rules.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesFile {
    /// One entry per account that has rules.
    #[serde(default)]
    pub accounts: Vec<AccountRules>,
}

impl RulesFile {
    /// Reads `rules.toml`; missing is empty.
    pub fn load(home: &PostaHome) -> Result<RulesFile> {
        let path = home.root.join("rules.toml");
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(RulesFile::default()),
            Err(err) => return Err(err.into()),
        };
        toml::from_str(&text)
            .map_err(|err| StoreError::Corrupt(format!("{}: {err}", path.display())))
    }

    /// The account's rules (empty when it has none).
    pub fn account(&self, id: i64) -> AccountRules {
        self.accounts
            .iter()
            .find(|a| a.account == id)
            .cloned()
            .unwrap_or_else(|| AccountRules::empty(id))
    }

    /// Replaces the account's entry.
    pub fn set(&mut self, rules: AccountRules) {
        match self
            .accounts
            .iter_mut()
            .find(|a| a.account == rules.account)
        {
            Some(slot) => *slot = rules,
            None => self.accounts.push(rules),
        }
    }

    /// Writes `rules.toml` atomically.
    pub fn save(&self, home: &PostaHome) -> Result<()> {
        let text = toml::to_string_pretty(self)
            .map_err(|err| StoreError::Invalid(format!("rules cannot be written: {err}")))?;
        Ok(write_private_atomically(
            &home.root,
            "rules.toml",
            text.as_bytes(),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Action, Condition};

    #[test]
    fn rules_survive_a_save_and_load() {
        let dir = tempfile::tempdir().expect("dir");
        let home = PostaHome::at(dir.path());
        let mut file = RulesFile::default();
        let mut rules = AccountRules::empty(3);
        rules.rules.push(Rule {
            name: "Newslettery".into(),
            enabled: true,
            all: false,
            conditions: vec![Condition::LargerThan { bytes: 5 }],
            actions: vec![
                Action::Star,
                Action::MoveTo {
                    folder: "Ñ".into()
                },
            ],
        });
        rules.placement = Placement::Server;
        file.set(rules.clone());
        file.save(&home).expect("save");
        let back = RulesFile::load(&home).expect("load");
        assert_eq!(back.account(3), rules);
        assert_eq!(back.account(4), AccountRules::empty(4));
    }
}
