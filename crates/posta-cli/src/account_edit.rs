//! `posta account edit` and `posta account password`: change an account
//! after setup. Server settings are tested (the wizard's test) before they
//! are kept, unless `--no-check`; a change that deletes mail on the server
//! says so and needs `--yes`.

use std::path::PathBuf;
use std::time::Duration;

use super::args::{parse_keep_copy, parse_security, parse_size};
use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::account::effects::{effects, needs_confirmation};
use posta_core::account::password::change_password;
use posta_core::account::settings::{save_edit, AccountEdit, SettingsError, Testing};
use posta_core::net::Security;
use posta_core::store::KeepCopy;
use posta_i18n::t;
use posta_i18n::{describe_effect, describe_settings_error};

/// Arguments of `posta account edit`.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The account (its name or number).
    pub account: String,
    /// A new name for the account.
    #[arg(long)]
    pub name: Option<String>,
    /// The e-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// The name recipients see.
    #[arg(long)]
    pub display_name: Option<String>,
    /// Incoming server host name.
    #[arg(long)]
    pub host: Option<String>,
    /// Incoming server port (a usual port follows a change of --security).
    #[arg(long)]
    pub port: Option<u16>,
    /// `tls`, `starttls` or `none` (none sends your password unencrypted).
    #[arg(long, value_parser = parse_security)]
    pub security: Option<Security>,
    /// Login name.
    #[arg(long)]
    pub user: Option<String>,
    /// An extra certificate authority to trust (PEM file).
    #[arg(long, conflicts_with = "no_ca_file")]
    pub ca_file: Option<PathBuf>,
    /// Stop trusting the extra certificate authority.
    #[arg(long)]
    pub no_ca_file: bool,
    /// Forget the certificate accepted for this account (it is asked about
    /// again if it is not trusted otherwise).
    #[arg(long)]
    pub forget_fingerprint: bool,
    /// POP3: `keep`, `days:N`, `until-deleted` or `delete` (right after
    /// download).
    #[arg(long, value_parser = parse_keep_copy)]
    pub keep_copy: Option<KeepCopy>,
    /// POP3: leave larger messages on the server (bytes; K, M or G), or
    /// `none` for no limit.
    #[arg(long, value_parser = parse_limit)]
    pub max_download_size: Option<Limit>,
    /// IMAP: download message bodies for reading offline.
    #[arg(long)]
    pub download_bodies: Option<bool>,
    /// How often every folder is checked for changes (seconds).
    #[arg(long)]
    pub check_interval: Option<u64>,
    /// Outgoing server host name.
    #[arg(long)]
    pub smtp_host: Option<String>,
    /// Outgoing server port.
    #[arg(long)]
    pub smtp_port: Option<u16>,
    /// Outgoing server security: `tls`, `starttls` or `none`.
    #[arg(long, value_parser = parse_security)]
    pub smtp_security: Option<Security>,
    /// Outgoing server login name.
    #[arg(long)]
    pub smtp_user: Option<String>,
    /// The account's colour in the folder tree (`#rrggbb`), or `none`.
    #[arg(long)]
    pub color: Option<String>,
    /// Switch to signing in with the provider (opens the browser); the
    /// stored password is then deleted.
    #[arg(long, conflicts_with = "password")]
    pub oauth: bool,
    /// Switch back to a password, read from standard input.
    #[arg(long)]
    pub password: bool,
    /// Save without testing the servers.
    #[arg(long)]
    pub no_check: bool,
    /// Make a change that deletes mail on the server.
    #[arg(long)]
    pub yes: bool,
    /// Seconds to wait for each network step of the test.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
}

/// A download limit: a size, or none.
#[derive(Debug, Clone, Copy)]
pub struct Limit(Option<u64>);

fn parse_limit(text: &str) -> Result<Limit, String> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(Limit(None));
    }
    parse_size(text).map(|size| Limit(Some(size)))
}

impl EditArgs {
    fn edit(&self) -> AccountEdit {
        let ca = match (&self.ca_file, self.no_ca_file) {
            (_, true) => Some(None),
            (Some(path), false) => Some(Some(path.clone())),
            (None, false) => None,
        };
        let color = self.color.as_ref().map(|c| {
            let none = c.trim().eq_ignore_ascii_case("none");
            (!none).then(|| c.clone())
        });
        AccountEdit {
            name: self.name.clone(),
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            host: self.host.clone(),
            port: self.port,
            security: self.security,
            user: self.user.clone(),
            extra_ca_file: ca,
            forget_fingerprint: self.forget_fingerprint,
            keep_copy: self.keep_copy,
            max_download_size: self.max_download_size.map(|l| l.0),
            download_bodies: self.download_bodies,
            check_interval: self.check_interval,
            smtp_host: self.smtp_host.clone(),
            smtp_port: self.smtp_port,
            smtp_security: self.smtp_security,
            smtp_user: self.smtp_user.clone(),
            color,
        }
    }
}

/// Runs `posta account edit`; returns the exit code.
pub async fn edit(args: EditArgs) -> i32 {
    let (context, old) = match Context::load_for(&args.account) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    if args.oauth || args.password {
        return super::oauth::switch(context, old, args.oauth).await;
    }
    let edit = args.edit();
    if edit.is_empty() {
        eprintln!("{}", t!("settings-cli-nothing-to-change"));
        return USAGE;
    }
    // Say what the change does to mail before anything is kept.
    let preview = match edit.apply(&context.config, &old) {
        Ok(new) => new,
        Err(invalid) => {
            eprintln!("{}", posta_i18n::describe_invalid(&invalid));
            return USAGE;
        }
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let said = match effects(&store, &old, &preview) {
        Ok(said) => said,
        Err(err) => return super::context::store_failed(err),
    };
    for effect in &said {
        eprintln!("{}", describe_effect(effect));
    }
    if needs_confirmation(&said) && !args.yes {
        eprintln!("{}", t!("settings-cli-confirm-deletion"));
        return FAILED;
    }
    let testing = if args.no_check {
        Testing::Skip
    } else {
        Testing::Keyring
    };
    let timeout = Duration::from_secs(args.timeout.max(1));
    match save_edit(&context.home, old.id, &edit, testing, timeout).await {
        Ok(saved) => {
            if saved.account.name != old.name {
                if let Err(err) = store.ensure_account(saved.account.id, &saved.account.name) {
                    return super::context::store_failed(err);
                }
            }
            let name = one_line(&saved.account.name);
            let sentence = if saved.tested {
                t!("settings-cli-saved-tested", account = name)
            } else {
                t!("settings-cli-saved", account = name)
            };
            println!("{sentence}");
            if saved.account.security == Security::Insecure && old.security != Security::Insecure {
                eprintln!("{}", t!("check-insecure-warning"));
            }
            0
        }
        Err(err) => {
            eprintln!("{}", describe_failure(&err, &old.name, &preview.host));
            match err {
                SettingsError::Invalid(_) => USAGE,
                _ => FAILED,
            }
        }
    }
}

/// One sentence for a failed change; a refused password names
/// `posta account password`.
fn describe_failure(err: &SettingsError, account: &str, host: &str) -> String {
    match err {
        SettingsError::Failed(inner)
            if inner.kind() == posta_core::ErrorKind::AuthenticationFailed =>
        {
            super::password_refused(account)
        }
        other => describe_settings_error(other, host),
    }
}

/// Arguments of `posta account password`.
#[derive(Debug, clap::Args)]
pub struct PasswordArgs {
    /// The account (its name or number).
    pub account: String,
    /// Read the new password from standard input (never an argument, where
    /// other users of the machine could see it).
    #[arg(long, required = true)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step of the test.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
}

/// Runs `posta account password`: test the new password, then keep it.
pub async fn password(args: PasswordArgs) -> i32 {
    let (_context, account) = match Context::load_for(&args.account) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let password = match super::read_password_stdin() {
        Ok(password) if !password.is_empty() => password,
        Ok(_) => {
            eprintln!("{}", t!("settings-cli-password-empty"));
            return USAGE;
        }
        Err(err) => {
            eprintln!("{}", t!("error-io", details = err.to_string()));
            return USAGE;
        }
    };
    let timeout = Duration::from_secs(args.timeout.max(1));
    match change_password(&account, &password, timeout).await {
        Ok(()) => {
            println!(
                "{}",
                t!(
                    "settings-cli-password-saved",
                    account = one_line(&account.name)
                )
            );
            0
        }
        Err(SettingsError::Failed(err))
            if err.kind() == posta_core::ErrorKind::AuthenticationFailed =>
        {
            eprintln!("{}", t!("settings-cli-password-still-refused"));
            FAILED
        }
        Err(err) => {
            eprintln!("{}", describe_settings_error(&err, &account.host));
            FAILED
        }
    }
}
