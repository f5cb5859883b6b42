//! `posta account add` and `posta account list`: the settings go to
//! `config.toml`, the password to the desktop keyring and nowhere else.

use std::path::PathBuf;

use super::args::{keyring_problem, parse_keep_copy, parse_security, parse_size};
use super::context::{store_failed, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::keyring;
use posta_core::store::{AccountConfig, KeepCopy};
use posta_i18n::t;

/// `posta account …`.
#[derive(Debug, clap::Subcommand)]
pub enum AccountCommand {
    /// Add a mail account: settings to config.toml, password to the keyring.
    Add(AddArgs),
    /// List the accounts.
    List,
    /// Change an account's settings; server settings are tested before
    /// they are kept (unless --no-check).
    Edit(super::account_edit::EditArgs),
    /// Give an account a new password (read from standard input): it is
    /// tested with a real login, then replaces the one in the keyring.
    Password(super::account_edit::PasswordArgs),
    /// Remove an account: its local mail (unless --keep-local-mail), queued
    /// changes and keyring entry. The mail on the server is not touched.
    Remove(super::account_remove::RemoveArgs),
    /// Move a POP3 account to IMAP: upload its local mail, folders, flags
    /// and tags, then sync it as IMAP (safe to interrupt and run again).
    SwitchToImap(super::switch::SwitchArgs),
    /// Sign in again with the account's provider (opens the browser).
    Signin(SigninArgs),
}

/// Arguments of `posta account signin`.
#[derive(Debug, clap::Args)]
pub struct SigninArgs {
    /// The account (its name or number).
    pub account: String,
}

/// Arguments of `posta account add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// What to call the account (unique).
    #[arg(long)]
    pub name: String,
    /// The e-mail address.
    #[arg(long)]
    pub email: String,
    /// The name recipients see; empty by default.
    #[arg(long, default_value = "")]
    pub display_name: String,
    /// `imap` or `pop3`.
    #[arg(long)]
    pub protocol: Protocol,
    /// Incoming server host name.
    #[arg(long)]
    pub host: String,
    /// Incoming server port; by default 993/143 for IMAP, 995/110 for POP3
    /// (TLS / otherwise).
    #[arg(long)]
    pub port: Option<u16>,
    /// `tls`, `starttls` or `none` (none sends your password unencrypted).
    #[arg(long, value_parser = parse_security, default_value = "tls")]
    pub security: Security,
    /// Login name; the e-mail address by default.
    #[arg(long)]
    pub user: Option<String>,
    /// Read the password from standard input and keep it in the keyring.
    /// Without it no password is stored, and `posta sync --password-stdin`
    /// must be given it each time (for machines without a keyring).
    #[arg(long)]
    pub password_stdin: bool,
    /// Sign in with the provider (Google, Microsoft, …) in the browser
    /// instead of a password; the browser's address is printed too.
    #[arg(long, conflicts_with = "password_stdin")]
    pub oauth: bool,
    /// An extra certificate authority to trust (PEM file).
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
    /// POP3: `keep` (default), `days:N`, `until-deleted` or `delete` (right
    /// after download).
    #[arg(long, value_parser = parse_keep_copy)]
    pub keep_copy: Option<KeepCopy>,
    /// POP3: leave larger messages on the server (bytes; K, M or G for
    /// KiB, MiB, GiB).
    #[arg(long, value_parser = parse_size)]
    pub max_download_size: Option<u64>,
    /// IMAP: also download message bodies, for reading offline.
    #[arg(long)]
    pub download_bodies: bool,
}

/// The usual port for a protocol and security.
fn default_port(protocol: Protocol, security: Security) -> u16 {
    match (protocol, security) {
        (Protocol::Imap, Security::Tls) => 993,
        (Protocol::Imap, _) => 143,
        (Protocol::Pop3, Security::Tls) => 995,
        (Protocol::Pop3, _) => 110,
    }
}

/// Runs `posta account …`; returns the exit code.
pub async fn run(command: AccountCommand) -> i32 {
    match command {
        AccountCommand::Add(args) => add(args).await,
        AccountCommand::List => list(),
        AccountCommand::Edit(args) => super::account_edit::edit(args).await,
        AccountCommand::Password(args) => super::account_edit::password(args).await,
        AccountCommand::Remove(args) => super::account_remove::run(args).await,
        AccountCommand::SwitchToImap(args) => super::switch::run(args).await,
        AccountCommand::Signin(args) => super::oauth::signin(&args.account).await,
    }
}

async fn add(args: AddArgs) -> i32 {
    let mut context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let mut account = match account_from(&args, &context) {
        Ok(account) => account,
        Err(code) => return code,
    };
    // Signing in first: its refresh token goes into the keyring, and
    // only then is the account kept.
    if args.oauth {
        let providers = super::oauth::providers();
        let provider = match super::oauth::provider_for(&providers, &account.email, &account.host) {
            Ok(provider) => provider,
            Err(code) => return code,
        };
        account.oauth = Some(provider.id.clone());
        if let Err(code) = super::oauth::sign_in(&provider, &account).await {
            return code;
        }
    }
    let password = if args.password_stdin {
        match super::read_password_stdin() {
            Ok(password) => Some(password),
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return USAGE;
            }
        }
    } else {
        None
    };
    // The keyring first: if it cannot keep the password, nothing is saved
    // and the password is written nowhere.
    if let Some(password) = &password {
        if let Err(err) = keyring::store_password(account.id, &account.user, password).await {
            eprintln!("{}", keyring_problem(&err, &account.name));
            return FAILED;
        }
    }
    let (id, name, user, insecure, oauth) = (
        account.id,
        account.name.clone(),
        account.user.clone(),
        account.security == Security::Insecure,
        account.oauth.is_some(),
    );
    context.config.accounts.push(account);
    if let Err(err) = context.config.save(&context.home) {
        if password.is_some() {
            let _ = keyring::delete_password(id, &user).await;
        }
        if oauth {
            let _ = keyring::delete_refresh_token(id, &user).await;
        }
        return store_failed(err);
    }
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    if let Err(err) = store.ensure_account(id, &name) {
        return store_failed(err);
    }
    println!(
        "{}",
        t!("cli-account-added", account = name.as_str(), id = id)
    );
    if password.is_none() && !oauth {
        eprintln!("{}", t!("cli-account-added-no-password"));
    }
    if insecure {
        eprintln!("{}", t!("check-insecure-warning"));
    }
    0
}

/// The new account's settings, checked; prints what is wrong.
fn account_from(args: &AddArgs, context: &Context) -> Result<AccountConfig, i32> {
    let taken = context
        .config
        .accounts
        .iter()
        .any(|a| a.name.to_lowercase() == args.name.to_lowercase());
    if taken {
        eprintln!("{}", t!("cli-account-exists", account = args.name.as_str()));
        return Err(USAGE);
    }
    let etc = posta_core::etc::Etc::shared();
    let domain = args
        .email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .unwrap_or_default();
    if !etc.allows_account_at(domain) {
        eprintln!("{}", t!("provider-not-allowed", domain = domain));
        return Err(USAGE);
    }
    if args.protocol == Protocol::Imap && args.keep_copy.is_some() {
        eprintln!("{}", t!("cli-keep-copy-imap"));
        return Err(USAGE);
    }
    let extra_ca_file = match &args.ca_file {
        Some(path) => Some(readable_absolute(path)?),
        None => None,
    };
    Ok(AccountConfig {
        id: context.config.next_account_id(),
        name: args.name.clone(),
        email: args.email.clone(),
        display_name: args.display_name.clone(),
        protocol: args.protocol,
        host: args.host.clone(),
        port: args
            .port
            .unwrap_or_else(|| default_port(args.protocol, args.security)),
        security: args.security,
        user: args.user.clone().unwrap_or_else(|| args.email.clone()),
        extra_ca_file,
        pinned_fingerprint: None,
        smtp: None,
        keep_copy: args.keep_copy.unwrap_or_default(),
        max_download_size: args.max_download_size,
        download_bodies: args.download_bodies,
        check_interval: etc.defaults.check_interval(),
        oauth: None,
    })
}

/// The CA file as an absolute path (the config is read from anywhere),
/// once it is known to be readable.
fn readable_absolute(path: &PathBuf) -> Result<PathBuf, i32> {
    let unreadable = |err: std::io::Error| {
        eprintln!(
            "{}",
            t!(
                "check-ca-unreadable",
                path = path.display().to_string(),
                details = err.to_string()
            )
        );
        USAGE
    };
    std::fs::read(path).map_err(unreadable)?;
    std::fs::canonicalize(path).map_err(unreadable)
}

fn list() -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    if context.config.accounts.is_empty() && context.config.local_sets.is_empty() {
        eprintln!("{}", t!("cli-no-accounts"));
        return 0;
    }
    for account in &context.config.accounts {
        println!("{}", account_line(account));
    }
    // The local mail of removed accounts, kept with --keep-local-mail:
    // readable with `posta folders` and `posta messages`, never synced.
    for set in &context.config.local_sets {
        println!(
            "{}",
            t!(
                "settings-cli-local-set-line",
                id = set.id,
                account = super::context::one_line(&set.name)
            )
        );
    }
    0
}

/// One account as `posta account list` shows it.
fn account_line(account: &AccountConfig) -> String {
    let security = match account.security {
        Security::Tls => t!("cli-security-tls"),
        Security::StartTls => t!("cli-security-starttls"),
        Security::Insecure => t!("cli-security-none"),
    };
    let line = t!(
        "cli-account-line",
        id = account.id,
        account = super::context::one_line(&account.name),
        email = account.email.as_str(),
        protocol = account.protocol.as_str().to_uppercase(),
        host = account.host.as_str(),
        port = account.port,
        security = security
    );
    match account.protocol {
        Protocol::Imap => line,
        Protocol::Pop3 => format!("{line}; {}", keep_copy_text(account.keep_copy)),
    }
}

/// The keep-copy policy in words.
fn keep_copy_text(policy: KeepCopy) -> String {
    match policy {
        KeepCopy::Keep => t!("cli-keep-copy-keep"),
        KeepCopy::DeleteAfterDays(days) => t!("cli-keep-copy-days", days = days),
        KeepCopy::UntilDeletedHere => t!("cli-keep-copy-until-deleted"),
        KeepCopy::DeleteAfterDownload => t!("cli-keep-copy-delete"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_follow_protocol_and_security() {
        assert_eq!(default_port(Protocol::Imap, Security::Tls), 993);
        assert_eq!(default_port(Protocol::Imap, Security::StartTls), 143);
        assert_eq!(default_port(Protocol::Pop3, Security::Tls), 995);
        assert_eq!(default_port(Protocol::Pop3, Security::Insecure), 110);
    }
}
