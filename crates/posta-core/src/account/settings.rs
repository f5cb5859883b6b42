//! Changing an account after setup: an [`AccountEdit`] is applied to a copy
//! of the account, validated, tested against the server with the wizard's
//! own connection test (unless the caller skips it), and only then written
//! to `config.toml` (atomically). Nothing is saved half-way: a failed test,
//! keyring or write leaves the old settings in force.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::check::{check_incoming, check_outgoing};
use super::{ConnectionSettings, Protocol};
use crate::error::Error;
use crate::net::{Endpoint, Security};
use crate::secret::Secret;
use crate::store::{
    keyring, AccountConfig, Config, KeepCopy, KeyringError, PostaHome, SmtpConfig, StoreError,
};

/// The shortest check interval accepted (seconds): checking more often
/// only loads the server.
pub const MIN_CHECK_INTERVAL: u64 = 30;

/// What is wrong with a setting the user gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// The account name is empty.
    EmptyName,
    /// Another account already has this name.
    NameTaken(String),
    /// Not an e-mail address.
    BadEmail(String),
    /// The host name is empty.
    EmptyHost,
    /// Port 0.
    BadPort,
    /// A keep-copy policy on an IMAP account (mail stays on IMAP servers).
    KeepCopyOnImap,
    /// The extra CA file cannot be read.
    CaUnreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        details: String,
    },
    /// The check interval is below [`MIN_CHECK_INTERVAL`].
    CheckIntervalTooShort(u64),
    /// Outgoing port or security without an outgoing host.
    NoOutgoingServer,
    /// Not a `#rrggbb` colour.
    BadColor(String),
    /// The account has no identity with this address.
    IdentityNotFound(String),
}

/// Why a change to an account was not made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SettingsError {
    /// No account has this id (it was removed meanwhile).
    #[error("there is no account {0}")]
    NoAccount(i64),
    /// A setting is not valid; nothing was saved.
    #[error("invalid setting: {0:?}")]
    Invalid(Invalid),
    /// The server refused or could not be reached with the new settings
    /// (nothing was saved), or a mail file could not be removed.
    #[error("{0}")]
    Failed(#[from] Error),
    /// The keyring could not be used; nothing was saved.
    #[error(transparent)]
    Keyring(#[from] KeyringError),
    /// The config or the store could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Invalid> for SettingsError {
    fn from(invalid: Invalid) -> Self {
        SettingsError::Invalid(invalid)
    }
}

/// Changes to one account; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountEdit {
    /// What the user calls the account.
    pub name: Option<String>,
    /// The e-mail address.
    pub email: Option<String>,
    /// The name recipients see.
    pub display_name: Option<String>,
    /// Incoming host.
    pub host: Option<String>,
    /// Incoming port; when only the security changes, a port that was the
    /// usual one for the old security follows to the usual one for the new.
    pub port: Option<u16>,
    /// Incoming security.
    pub security: Option<Security>,
    /// Login name.
    pub user: Option<String>,
    /// Extra CA file: `Some(None)` removes it.
    pub extra_ca_file: Option<Option<PathBuf>>,
    /// Forget the accepted certificate's fingerprint.
    pub forget_fingerprint: bool,
    /// POP3: what happens to the server's copy.
    pub keep_copy: Option<KeepCopy>,
    /// Largest message downloaded automatically: `Some(None)` is no limit.
    pub max_download_size: Option<Option<u64>>,
    /// IMAP: download bodies for offline reading.
    pub download_bodies: Option<bool>,
    /// How often every folder is checked (seconds).
    pub check_interval: Option<u64>,
    /// Outgoing host (sets up an outgoing server when there was none).
    pub smtp_host: Option<String>,
    /// Outgoing port.
    pub smtp_port: Option<u16>,
    /// Outgoing security.
    pub smtp_security: Option<Security>,
    /// Outgoing login name.
    pub smtp_user: Option<String>,
    /// The account's colour in the folder tree: `Some(None)` removes it.
    pub color: Option<Option<String>>,
}

/// The usual port of an incoming server.
pub fn usual_port(protocol: Protocol, security: Security) -> u16 {
    match (protocol, security) {
        (Protocol::Imap, Security::Tls) => 993,
        (Protocol::Imap, _) => 143,
        (Protocol::Pop3, Security::Tls) => 995,
        (Protocol::Pop3, _) => 110,
    }
}

/// The usual port of an outgoing server.
pub fn usual_smtp_port(security: Security) -> u16 {
    match security {
        Security::Tls => 465,
        _ => 587,
    }
}

impl AccountEdit {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        self == &AccountEdit::default()
    }

    /// The account with these changes, validated against `config` (the
    /// name must stay unique). Touches nothing on disk but reads the CA
    /// file to prove it readable.
    pub fn apply(
        &self,
        config: &Config,
        account: &AccountConfig,
    ) -> Result<AccountConfig, Invalid> {
        let mut new = account.clone();
        if let Some(name) = &self.name {
            let name = name.trim();
            if name.is_empty() {
                return Err(Invalid::EmptyName);
            }
            let taken = config
                .accounts
                .iter()
                .any(|a| a.id != account.id && a.name.to_lowercase() == name.to_lowercase());
            if taken {
                return Err(Invalid::NameTaken(name.to_owned()));
            }
            new.name = name.to_owned();
        }
        if let Some(email) = &self.email {
            new.email = valid_email(email)?;
        }
        if let Some(display_name) = &self.display_name {
            new.display_name = display_name.trim().to_owned();
        }
        self.apply_incoming(&mut new)?;
        self.apply_mail_options(&mut new)?;
        self.apply_outgoing(&mut new)?;
        Ok(new)
    }

    fn apply_incoming(&self, new: &mut AccountConfig) -> Result<(), Invalid> {
        if let Some(host) = &self.host {
            let host = host.trim();
            if host.is_empty() {
                return Err(Invalid::EmptyHost);
            }
            new.host = host.to_owned();
        }
        if let Some(security) = self.security {
            if self.port.is_none() && new.port == usual_port(new.protocol, new.security) {
                new.port = usual_port(new.protocol, security);
            }
            new.security = security;
        }
        if let Some(port) = self.port {
            if port == 0 {
                return Err(Invalid::BadPort);
            }
            new.port = port;
        }
        if let Some(user) = &self.user {
            new.user = user.trim().to_owned();
        }
        if let Some(ca) = &self.extra_ca_file {
            new.extra_ca_file = match ca {
                Some(path) => Some(readable_ca(path)?),
                None => None,
            };
        }
        if self.forget_fingerprint {
            new.pinned_fingerprint = None;
            if let Some(smtp) = &mut new.smtp {
                smtp.pinned_fingerprint = None;
            }
        }
        Ok(())
    }

    fn apply_mail_options(&self, new: &mut AccountConfig) -> Result<(), Invalid> {
        if let Some(policy) = self.keep_copy {
            if new.protocol == Protocol::Imap && policy != new.keep_copy {
                return Err(Invalid::KeepCopyOnImap);
            }
            new.keep_copy = policy;
        }
        if let Some(size) = self.max_download_size {
            new.max_download_size = size;
        }
        if let Some(bodies) = self.download_bodies {
            new.download_bodies = bodies;
        }
        if let Some(seconds) = self.check_interval {
            if seconds < MIN_CHECK_INTERVAL {
                return Err(Invalid::CheckIntervalTooShort(seconds));
            }
            new.check_interval = seconds;
        }
        Ok(())
    }

    fn apply_outgoing(&self, new: &mut AccountConfig) -> Result<(), Invalid> {
        let touched = self.smtp_host.is_some()
            || self.smtp_port.is_some()
            || self.smtp_security.is_some()
            || self.smtp_user.is_some();
        if !touched {
            return Ok(());
        }
        let mut smtp = match (new.smtp.clone(), &self.smtp_host) {
            (Some(smtp), _) => smtp,
            (None, Some(_)) => SmtpConfig {
                host: String::new(),
                port: usual_smtp_port(Security::StartTls),
                security: Security::StartTls,
                user: new.user.clone(),
                pinned_fingerprint: None,
            },
            (None, None) => return Err(Invalid::NoOutgoingServer),
        };
        if let Some(host) = &self.smtp_host {
            let host = host.trim();
            if host.is_empty() {
                return Err(Invalid::EmptyHost);
            }
            if host != smtp.host {
                // Another server, another certificate.
                smtp.pinned_fingerprint = None;
            }
            smtp.host = host.to_owned();
        }
        if let Some(security) = self.smtp_security {
            if self.smtp_port.is_none() && smtp.port == usual_smtp_port(smtp.security) {
                smtp.port = usual_smtp_port(security);
            }
            smtp.security = security;
        }
        if let Some(port) = self.smtp_port {
            if port == 0 {
                return Err(Invalid::BadPort);
            }
            smtp.port = port;
        }
        if let Some(user) = &self.smtp_user {
            smtp.user = user.trim().to_owned();
        }
        new.smtp = Some(smtp);
        Ok(())
    }
}

/// The address, trimmed, if it looks like one (`local@domain`).
pub fn valid_email(text: &str) -> Result<String, Invalid> {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !text.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(text.to_owned())
        }
        _ => Err(Invalid::BadEmail(text.to_owned())),
    }
}

/// A `#rrggbb` colour, lower-cased.
pub fn valid_color(text: &str) -> Result<String, Invalid> {
    let text = text.trim();
    let hex = text.strip_prefix('#').unwrap_or(text);
    if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(format!("#{}", hex.to_ascii_lowercase()))
    } else {
        Err(Invalid::BadColor(text.to_owned()))
    }
}

/// The CA file as an absolute path, once it is known to be readable.
fn readable_ca(path: &Path) -> Result<PathBuf, Invalid> {
    let unreadable = |err: std::io::Error| Invalid::CaUnreadable {
        path: path.to_owned(),
        details: err.to_string(),
    };
    std::fs::read(path).map_err(unreadable)?;
    std::fs::canonicalize(path).map_err(unreadable)
}

/// True when the incoming server must be tested again before `new` is
/// kept: anything about how it is reached or logged in to changed.
pub fn incoming_changed(old: &AccountConfig, new: &AccountConfig) -> bool {
    old.host != new.host
        || old.port != new.port
        || old.security != new.security
        || old.user != new.user
        || old.extra_ca_file != new.extra_ca_file
        || old.pinned_fingerprint != new.pinned_fingerprint
}

/// True when the outgoing server must be tested again.
pub fn outgoing_changed(old: &AccountConfig, new: &AccountConfig) -> bool {
    new.smtp.is_some() && (old.smtp != new.smtp || old.extra_ca_file != new.extra_ca_file)
}

/// Tests `account`'s incoming server (and its outgoing one when `outgoing`)
/// exactly as the setup wizard does: a real login, folders listed and INBOX
/// opened (POP3: STAT and UIDL), then logout.
pub async fn test_servers(
    account: &AccountConfig,
    password: &Secret,
    outgoing: bool,
    timeout: Duration,
) -> Result<(), Error> {
    let mut endpoint: Endpoint = account.endpoint().map_err(Error::from)?;
    endpoint.timeout = timeout;
    let settings = ConnectionSettings {
        protocol: account.protocol,
        endpoint,
        user: account.user.clone(),
        password: password.clone(),
    };
    check_incoming(&settings).await?;
    if let (true, Some(smtp)) = (outgoing, &account.smtp) {
        let mut endpoint = Endpoint::new(smtp.host.clone(), smtp.port, smtp.security);
        endpoint.tls = account.smtp_tls_options().map_err(Error::from)?;
        endpoint.timeout = timeout;
        check_outgoing(&endpoint, &smtp.user, password).await?;
    }
    Ok(())
}

/// How a change is tested before it is kept.
#[derive(Debug, Clone)]
pub enum Testing {
    /// With the password in the keyring.
    Keyring,
    /// With this password (a session without a keyring entry).
    Password(Secret),
    /// Not at all (`--no-check`).
    Skip,
}

/// What [`save_edit`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The account as it is now.
    pub account: AccountConfig,
    /// The servers were tested (false when nothing that needs a test
    /// changed, or the test was skipped).
    pub tested: bool,
}

/// Applies `edit` to account `id` in the config under `home`: validated,
/// tested unless `testing` is [`Testing::Skip`] (or nothing about the
/// servers changed), then saved atomically. A changed login name moves the
/// keyring entry to the new name first, and back if the config cannot be
/// written. Only the edit's own fields change: what another save wrote
/// meanwhile stays.
pub async fn save_edit(
    home: &PostaHome,
    id: i64,
    edit: &AccountEdit,
    testing: Testing,
    timeout: Duration,
) -> Result<Saved, SettingsError> {
    let config = Config::load(home)?;
    let old = config
        .account(id)
        .cloned()
        .ok_or(SettingsError::NoAccount(id))?;
    let new = edit.apply(&config, &old)?;
    let color = match &edit.color {
        Some(Some(text)) => Some(Some(valid_color(text)?)),
        other => other.clone(),
    };
    let (incoming, outgoing) = (incoming_changed(&old, &new), outgoing_changed(&old, &new));
    let needs_password =
        (incoming || outgoing) && !matches!(testing, Testing::Skip) || old.user != new.user;
    let password = match (&testing, needs_password) {
        (_, false) => None,
        (Testing::Password(password), true) => Some(password.clone()),
        (_, true) => match keyring::load_password(old.id, &old.user).await {
            Ok(password) => Some(password),
            // Without a stored password there is nothing to move, and a
            // skipped test needs none.
            Err(KeyringError::NotFound) if matches!(testing, Testing::Skip) => None,
            Err(err) => return Err(err.into()),
        },
    };
    let mut tested = false;
    if (incoming || outgoing) && !matches!(testing, Testing::Skip) {
        if let Some(password) = &password {
            test_servers(&new, password, outgoing, timeout).await?;
            tested = true;
        }
    }
    let moved = match (&password, old.user != new.user) {
        (Some(password), true) if !matches!(testing, Testing::Password(_)) => {
            keyring::store_password(new.id, &new.user, password).await?;
            true
        }
        _ => false,
    };
    // Another page of the settings (or `posta account edit`) may have saved
    // its own fields while the servers were tested: the edit goes onto the
    // config as it is now, so it keeps theirs and changes only its own.
    let fresh = Config::load(home)
        .map_err(SettingsError::from)
        .and_then(|config| {
            let current = config.account(id).ok_or(SettingsError::NoAccount(id))?;
            let new = edit.apply(&config, current)?;
            Ok((config, new))
        });
    let (mut config, new) = match fresh {
        Ok(fresh) => fresh,
        Err(err) => {
            if moved {
                let _ = keyring::delete_password(new.id, &new.user).await;
            }
            return Err(err);
        }
    };
    if let Some(slot) = config.accounts.iter_mut().find(|a| a.id == id) {
        *slot = new.clone();
    }
    if let Some(color) = color {
        config.account_colors.retain(|c| c.account != id);
        if let Some(color) = color {
            config
                .account_colors
                .push(crate::store::AccountColor { account: id, color });
        }
    }
    if let Err(err) = config.save(home) {
        if moved {
            let _ = keyring::delete_password(new.id, &new.user).await;
        }
        return Err(err.into());
    }
    if moved {
        // The config points at the new entry; the old one is unused now.
        let _ = keyring::delete_password(old.id, &old.user).await;
    }
    Ok(Saved {
        account: new,
        tested,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> AccountConfig {
        AccountConfig {
            id: 1,
            name: "Praca".into(),
            email: "jan@example.sk".into(),
            display_name: String::new(),
            protocol: Protocol::Imap,
            host: "imap.example.sk".into(),
            port: 143,
            security: Security::StartTls,
            user: "jan".into(),
            extra_ca_file: None,
            pinned_fingerprint: Some("AB".repeat(32)),
            smtp: None,
            keep_copy: KeepCopy::Keep,
            max_download_size: None,
            download_bodies: false,
            check_interval: 300,
            oauth: None,
        }
    }

    fn config() -> Config {
        let mut other = account();
        other.id = 2;
        other.name = "Dom".into();
        Config {
            accounts: vec![account(), other],
            ..Config::default()
        }
    }

    #[test]
    fn security_takes_its_usual_port_along() {
        let edit = AccountEdit {
            security: Some(Security::Tls),
            ..AccountEdit::default()
        };
        let new = edit.apply(&config(), &account()).unwrap();
        assert_eq!((new.port, new.security), (993, Security::Tls));
        assert!(incoming_changed(&account(), &new));
        // An unusual port stays what the user chose.
        let mut odd = account();
        odd.port = 1143;
        assert_eq!(edit.apply(&config(), &odd).unwrap().port, 1143);
        let explicit = AccountEdit {
            port: Some(10993),
            ..edit
        };
        assert_eq!(explicit.apply(&config(), &account()).unwrap().port, 10993);
    }

    #[test]
    fn invalid_changes_are_refused() {
        let cases = [
            (
                AccountEdit {
                    name: Some(" dom ".into()),
                    ..AccountEdit::default()
                },
                Invalid::NameTaken("dom".into()),
            ),
            (
                AccountEdit {
                    name: Some("  ".into()),
                    ..AccountEdit::default()
                },
                Invalid::EmptyName,
            ),
            (
                AccountEdit {
                    email: Some("jan.example.sk".into()),
                    ..AccountEdit::default()
                },
                Invalid::BadEmail("jan.example.sk".into()),
            ),
            (
                AccountEdit {
                    port: Some(0),
                    ..AccountEdit::default()
                },
                Invalid::BadPort,
            ),
            (
                AccountEdit {
                    keep_copy: Some(KeepCopy::DeleteAfterDownload),
                    ..AccountEdit::default()
                },
                Invalid::KeepCopyOnImap,
            ),
            (
                AccountEdit {
                    check_interval: Some(5),
                    ..AccountEdit::default()
                },
                Invalid::CheckIntervalTooShort(5),
            ),
            (
                AccountEdit {
                    smtp_port: Some(465),
                    ..AccountEdit::default()
                },
                Invalid::NoOutgoingServer,
            ),
        ];
        for (edit, expected) in cases {
            assert_eq!(edit.apply(&config(), &account()), Err(expected));
        }
        // Renaming to its own name in other letter case is fine.
        let own = AccountEdit {
            name: Some("PRACA".into()),
            ..AccountEdit::default()
        };
        assert_eq!(own.apply(&config(), &account()).unwrap().name, "PRACA");
    }

    #[test]
    fn an_outgoing_server_can_be_added_and_forgetting_drops_pins() {
        let edit = AccountEdit {
            smtp_host: Some("smtp.example.sk".into()),
            smtp_security: Some(Security::Tls),
            forget_fingerprint: true,
            ..AccountEdit::default()
        };
        let new = edit.apply(&config(), &account()).unwrap();
        let smtp = new.smtp.clone().unwrap();
        assert_eq!((smtp.port, smtp.security), (465, Security::Tls));
        assert_eq!(smtp.user, "jan");
        assert_eq!(new.pinned_fingerprint, None);
        assert!(outgoing_changed(&account(), &new));
        assert!(!outgoing_changed(&new, &new));
    }

    #[test]
    fn colours_and_addresses_are_checked() {
        assert_eq!(valid_color("#A0b1C2").unwrap(), "#a0b1c2");
        assert_eq!(valid_color("a0b1c2").unwrap(), "#a0b1c2");
        assert!(valid_color("#12345").is_err());
        assert!(valid_color("red").is_err());
        assert_eq!(valid_email(" a@b.c ").unwrap(), "a@b.c");
        for bad in ["", "@b", "a@", "a@b@c", "a b@c"] {
            assert!(valid_email(bad).is_err(), "{bad}");
        }
    }
}
