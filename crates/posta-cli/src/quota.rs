//! `posta quota`: how full each account's mailbox on the server is
//! (`GETQUOTAROOT INBOX`, RFC 9208). One tab-separated line per resource:
//! `storage USED LIMIT PERCENT` in bytes, `message USED LIMIT PERCENT`
//! where the server counts messages. From 80 % a warning sentence goes to
//! standard error, as after `posta sync`.

use super::connect::{self, Online};
use super::context::{one_line, FAILED};
use posta_core::account::Protocol;
use posta_core::imap::QuotaUsage;
use posta_core::store::AccountConfig;
use posta_core::sync::quota::{warning, QuotaLevel};
use posta_core::sync::SharedStore;
use posta_core::{Error, Secret};
use posta_i18n::quota_amount;
use posta_i18n::t;

/// Arguments of `posta quota`.
#[derive(Debug, clap::Args)]
pub struct QuotaArgs {
    /// Only this account (its name or number); every account otherwise
    /// (then each line starts with the account's name and a tab).
    #[arg(long)]
    pub account: Option<String>,
    /// Read the password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Runs `posta quota`; returns the exit code.
pub async fn run(args: QuotaArgs) -> i32 {
    let Online {
        context: _,
        accounts,
        typed,
        store,
    } = match Online::load(args.account.as_deref(), args.password_stdin) {
        Ok(online) => online,
        Err(code) => return code,
    };
    let prefixed = accounts.len() > 1;
    let mut code = 0;
    for account in &accounts {
        match account_quota(account, &store, typed.as_ref(), args.timeout).await {
            Ok(None) => {}
            Ok(Some(usage)) if usage.is_empty() => {
                eprintln!("{}", t!("quota-none", account = one_line(&account.name)));
            }
            Ok(Some(usage)) => {
                let prefix = if prefixed {
                    format!("{}\t", one_line(&account.name))
                } else {
                    String::new()
                };
                for u in &usage {
                    println!(
                        "{prefix}{}\t{}\t{}\t{}",
                        u.resource.as_str(),
                        u.used,
                        u.limit,
                        u.percent()
                    );
                }
                warn(account, &usage);
            }
            Err(err) => {
                code = FAILED;
                eprintln!("{}", super::describe_for(account, &err));
            }
        }
    }
    code
}

/// The account's quota from its server; `None` when the keyring problem
/// was already explained. A POP3 account has none (POP3 has no QUOTA).
async fn account_quota(
    account: &AccountConfig,
    store: &SharedStore,
    typed: Option<&Secret>,
    timeout: u64,
) -> Result<Option<Vec<QuotaUsage>>, Error> {
    if account.protocol == Protocol::Pop3 {
        return Ok(Some(Vec::new()));
    }
    let Some(password) = connect::password(account, typed).await else {
        return Ok(None);
    };
    let run = connect::account_sync(account, &password, store, timeout)?;
    let mut session = run.connect().await?;
    let usage = run.quota(&mut session).await?;
    let _ = session.logout().await;
    Ok(Some(usage))
}

/// Prints the warning sentence on standard error when the fullest resource
/// is at 80 % or more.
pub fn warn(account: &AccountConfig, usage: &[QuotaUsage]) {
    let Some((fullest, level)) = warning(usage) else {
        return;
    };
    let id = match level {
        QuotaLevel::Critical => "quota-critical",
        _ => "quota-warning",
    };
    eprintln!(
        "{}",
        t!(
            id,
            account = one_line(&account.name),
            percent = fullest.percent() as f64,
            amount = quota_amount(&fullest)
        )
    );
}
