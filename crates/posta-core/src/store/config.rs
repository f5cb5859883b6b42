//! The user's settings in `config.toml`: accounts and language. Never a
//! password: those live in the keyring only. Saved atomically (temporary
//! file, fsync, rename), so a crash leaves the old file or the new one.

use std::fmt;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error::{Result, StoreError};
use super::paths::{write_private_atomically, PostaHome, CONFIG_FILE};
use crate::error::Fingerprint;
use crate::net::{Endpoint, Security, TlsOptions};
use crate::protocol::Protocol;

/// Everything in `config.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The interface language (`en`, `pl`, `sk`, `bg`); `None` follows the
    /// system locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The accounts, in the order the folder tree shows them.
    #[serde(default)]
    pub accounts: Vec<AccountConfig>,
    /// Desktop notifications for new mail.
    #[serde(default = "default_true")]
    pub notifications: bool,
    /// The addresses each account sends as, with their signatures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identities: Vec<Identity>,
    /// The colour each account has in the folder tree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub account_colors: Vec<AccountColor>,
    /// Removed accounts whose local mail was kept, readable as local
    /// folders.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local_sets: Vec<LocalSet>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: None,
            accounts: Vec::new(),
            notifications: true,
            identities: Vec::new(),
            account_colors: Vec::new(),
            local_sets: Vec::new(),
        }
    }
}

/// An address an account sends as: its name, address, reply-to and
/// signature (plain text).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Identity {
    /// The account it belongs to.
    pub account: i64,
    /// The name recipients see.
    #[serde(default)]
    pub name: String,
    /// The address.
    pub email: String,
    /// Where replies should go, when not to `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Plain-text signature, added below new messages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
}

/// An account's colour in the folder tree (`#rrggbb`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountColor {
    /// The account.
    pub account: i64,
    /// `#rrggbb`.
    pub color: String,
}

/// The local mail of a removed account, kept in the store as local
/// folders under its old id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalSet {
    /// The store id the folders stay under.
    pub id: i64,
    /// What the account was called.
    pub name: String,
}

impl LocalSet {
    /// The set as an account with only its id and name: no server, so
    /// nothing ever connects for it; only what reads the store uses it.
    pub fn as_account(&self) -> AccountConfig {
        AccountConfig {
            id: self.id,
            name: self.name.clone(),
            email: String::new(),
            display_name: String::new(),
            protocol: Protocol::Pop3,
            host: String::new(),
            port: 0,
            security: Security::Tls,
            user: String::new(),
            extra_ca_file: None,
            pinned_fingerprint: None,
            smtp: None,
            keep_copy: KeepCopy::Keep,
            max_download_size: None,
            download_bodies: false,
            check_interval: DEFAULT_CHECK_INTERVAL,
            oauth: None,
        }
    }
}

impl Config {
    /// Reads `config.toml`; a missing file is an empty config (first run).
    pub fn load(home: &PostaHome) -> Result<Config> {
        let path = home.config_file();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(err) => return Err(err.into()),
        };
        Config::from_toml(&text)
            .map_err(|err| StoreError::Corrupt(format!("{}: {err}", path.display())))
    }

    /// Parses the TOML text of a config.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|err| err.to_string())
    }

    /// The TOML text of this config.
    pub fn to_toml(&self) -> Result<String> {
        toml::to_string_pretty(self)
            .map_err(|err| StoreError::Invalid(format!("config cannot be written: {err}")))
    }

    /// Writes `config.toml` atomically: a temporary file in the same
    /// directory, fsync, rename over the old one, fsync the directory.
    pub fn save(&self, home: &PostaHome) -> Result<()> {
        let text = self.to_toml()?;
        Ok(write_private_atomically(
            &home.root,
            CONFIG_FILE,
            text.as_bytes(),
        )?)
    }

    /// The account with this id.
    pub fn account(&self, id: i64) -> Option<&AccountConfig> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// An id no account has yet (ids are never reused while the account
    /// or its kept local mail exists, and start at 1).
    pub fn next_account_id(&self) -> i64 {
        let kept = self.local_sets.iter().map(|s| s.id);
        self.accounts
            .iter()
            .map(|a| a.id)
            .chain(kept)
            .max()
            .unwrap_or(0)
            + 1
    }

    /// The colour of an account in the folder tree, if the user chose one.
    pub fn account_color(&self, id: i64) -> Option<&str> {
        self.account_colors
            .iter()
            .find(|c| c.account == id)
            .map(|c| c.color.as_str())
    }
}

/// One mail account. Holds no secret: the password is in the keyring under
/// [`super::keyring`]'s key for `(id, user)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountConfig {
    /// Stable id; also the key of the account's rows and Maildir.
    pub id: i64,
    /// What the user calls the account.
    pub name: String,
    /// The e-mail address.
    pub email: String,
    /// The name shown to recipients.
    #[serde(default)]
    pub display_name: String,
    /// IMAP or POP3 (`"imap"` / `"pop3"`).
    pub protocol: Protocol,
    /// Incoming server host.
    pub host: String,
    /// Incoming server port.
    pub port: u16,
    /// `"tls"`, `"starttls"` or `"none"`.
    pub security: Security,
    /// Login name.
    pub user: String,
    /// An extra CA certificate (PEM) to trust for this account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_ca_file: Option<PathBuf>,
    /// SHA-256 fingerprint of a certificate the user accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned_fingerprint: Option<String>,
    /// Outgoing server; `None` until set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp: Option<SmtpConfig>,
    /// POP3: what happens to the server's copy after download.
    #[serde(default)]
    pub keep_copy: KeepCopy,
    /// Messages larger than this (bytes) are not downloaded automatically.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_download_size: Option<u64>,
    /// IMAP: download bodies for offline reading, not only on demand.
    #[serde(default)]
    pub download_bodies: bool,
    /// How often (seconds) every folder other than the open one is checked
    /// for changes made elsewhere; POP3 accounts check for new mail as often.
    #[serde(default = "default_check_interval")]
    pub check_interval: u64,
    /// Signs in with this OAuth2 provider (its id, see
    /// [`crate::oauth::providers`]) instead of a password; the refresh
    /// token is in the keyring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<String>,
}

/// Five minutes, as most desktop clients check by default.
pub const DEFAULT_CHECK_INTERVAL: u64 = 300;

fn default_check_interval() -> u64 {
    DEFAULT_CHECK_INTERVAL
}

fn default_true() -> bool {
    true
}

impl AccountConfig {
    /// The incoming server's endpoint, with the extra CA read from disk and
    /// the pinned fingerprint parsed.
    pub fn endpoint(&self) -> Result<Endpoint> {
        let mut endpoint = Endpoint::new(self.host.clone(), self.port, self.security);
        endpoint.tls = self.tls_options()?;
        Ok(endpoint)
    }

    /// The outgoing server's trust settings: the extra CA, and its own
    /// pinned certificate or else the account's.
    pub fn smtp_tls_options(&self) -> Result<TlsOptions> {
        let mut options = self.tls_options()?;
        if let Some(text) = self
            .smtp
            .as_ref()
            .and_then(|s| s.pinned_fingerprint.as_ref())
        {
            options.pinned = Some(self.parse_pin(text)?);
        }
        Ok(options)
    }

    /// The trust settings of this account's incoming server (the outgoing
    /// one starts from them, see [`AccountConfig::smtp_tls_options`]).
    pub fn tls_options(&self) -> Result<TlsOptions> {
        let extra_ca_pem = match &self.extra_ca_file {
            Some(path) => Some(Arc::new(fs::read(path).map_err(|err| {
                StoreError::Io(Arc::new(io::Error::new(
                    err.kind(),
                    format!(
                        "the extra CA certificate {} cannot be read: {err}",
                        path.display()
                    ),
                )))
            })?)),
            None => None,
        };
        let pinned = match &self.pinned_fingerprint {
            Some(text) => Some(self.parse_pin(text)?),
            None => None,
        };
        Ok(TlsOptions {
            extra_ca_pem,
            pinned,
        })
    }

    fn parse_pin(&self, text: &str) -> Result<Fingerprint> {
        Fingerprint::parse(text).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "account {:?}: the pinned certificate fingerprint {text:?} is not a SHA-256 fingerprint",
                self.name
            ))
        })
    }
}

/// The outgoing (SMTP) server of an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmtpConfig {
    /// Host.
    pub host: String,
    /// Port (465 TLS, 587 STARTTLS).
    pub port: u16,
    /// `"tls"`, `"starttls"` or `"none"`.
    pub security: Security,
    /// Login name.
    pub user: String,
    /// SHA-256 fingerprint of the outgoing server's certificate, when the
    /// user accepted one that differs from the incoming server's; without
    /// it the account's pin applies (one server, one certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned_fingerprint: Option<String>,
}

/// POP3: what happens to the server's copy of a downloaded message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum KeepCopy {
    /// Leave it on the server (`"keep"`).
    #[default]
    Keep,
    /// Delete it N days after download (`"days:N"`).
    DeleteAfterDays(u32),
    /// Delete it when it is deleted here (`"until-deleted"`).
    UntilDeletedHere,
    /// Delete it as soon as the local copy is safe (`"delete"`).
    DeleteAfterDownload,
}

impl fmt::Display for KeepCopy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeepCopy::Keep => f.write_str("keep"),
            KeepCopy::DeleteAfterDays(days) => write!(f, "days:{days}"),
            KeepCopy::UntilDeletedHere => f.write_str("until-deleted"),
            KeepCopy::DeleteAfterDownload => f.write_str("delete"),
        }
    }
}

impl FromStr for KeepCopy {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        match text.to_ascii_lowercase().as_str() {
            "keep" => return Ok(KeepCopy::Keep),
            "until-deleted" => return Ok(KeepCopy::UntilDeletedHere),
            "delete" => return Ok(KeepCopy::DeleteAfterDownload),
            _ => {}
        }
        let invalid = || {
            format!(
                "{text:?} is not a keep-copy policy (use keep, days:N, until-deleted or delete)"
            )
        };
        let days = text
            .get(..5)
            .filter(|prefix| prefix.eq_ignore_ascii_case("days:"))
            .and_then(|_| text[5..].parse::<u32>().ok())
            .ok_or_else(invalid)?;
        Ok(KeepCopy::DeleteAfterDays(days))
    }
}

impl Serialize for KeepCopy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for KeepCopy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_copy_round_trips_through_text() {
        for policy in [
            KeepCopy::Keep,
            KeepCopy::DeleteAfterDays(0),
            KeepCopy::DeleteAfterDays(14),
            KeepCopy::UntilDeletedHere,
            KeepCopy::DeleteAfterDownload,
        ] {
            assert_eq!(policy.to_string().parse::<KeepCopy>(), Ok(policy));
        }
        assert_eq!("days:7".parse(), Ok(KeepCopy::DeleteAfterDays(7)));
        assert_eq!(" Keep ".parse(), Ok(KeepCopy::Keep));
        assert_eq!("DAYS:3".parse(), Ok(KeepCopy::DeleteAfterDays(3)));
        assert_eq!(KeepCopy::DeleteAfterDays(30).to_string(), "days:30");
        assert_eq!(KeepCopy::UntilDeletedHere.to_string(), "until-deleted");
    }

    #[test]
    fn keep_copy_rejects_nonsense() {
        for bad in [
            "",
            "days:",
            "days:-1",
            "days:x",
            "day:3",
            "forever",
            "days:99999999999",
            "dąys:3",
        ] {
            assert!(bad.parse::<KeepCopy>().is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn a_config_without_optional_fields_loads() {
        let text = r#"
[[accounts]]
id = 1
name = "Work"
email = "jan@example.sk"
protocol = "pop3"
host = "pop.example.sk"
port = 995
security = "tls"
user = "jan"
keep_copy = "days:14"
"#;
        let config = Config::from_toml(text).unwrap();
        let account = &config.accounts[0];
        assert_eq!(account.keep_copy, KeepCopy::DeleteAfterDays(14));
        assert_eq!(account.protocol, Protocol::Pop3);
        assert_eq!(account.smtp, None);
        assert!(!account.download_bodies);
        assert_eq!(account.check_interval, DEFAULT_CHECK_INTERVAL);
        assert!(config.notifications);
        assert!(Config::from_toml(&text.replace("days:14", "sometimes")).is_err());
    }
}
