//! The one way a headless command reaches an account's server: the
//! password (standard input or the keyring), then the core's
//! [`AccountSync`] — the endpoint with the command's timeout, the login,
//! the sync — which is the account worker's path too.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::context::{Context, BUSY, FAILED, USAGE};
use posta_core::store::account_lock::BRIEF_WAIT;
use posta_core::store::{keyring, AccountConfig, AccountLock, Config};
use posta_core::sync::account::AccountSync;
use posta_core::sync::{hold_account, SharedStore};
use posta_core::{Error, Secret};
use posta_i18n::t;

/// The password from standard input when `--password-stdin` asks for it
/// (`None` otherwise); prints why not and gives the exit code.
pub fn typed_password(password_stdin: bool) -> Result<Option<Secret>, i32> {
    if !password_stdin {
        return Ok(None);
    }
    super::read_password_stdin().map(Some).map_err(|err| {
        eprintln!("{}", t!("error-io", details = err.to_string()));
        USAGE
    })
}

/// The account's password: the typed one, else the keyring's; `None` once
/// the keyring's problem has been printed.
pub async fn password(account: &AccountConfig, typed: Option<&Secret>) -> Option<Secret> {
    // An account that signs in with its provider: an access token (from
    // memory, else renewed with the keyring's refresh token).
    match super::oauth::access_token(account).await {
        Ok(Some(token)) => return Some(token),
        Ok(None) => {}
        Err(()) => return None,
    }
    if let Some(password) = typed {
        return Some(password.clone());
    }
    match keyring::load_password(account.id, &account.user).await {
        Ok(password) => Some(password),
        Err(err) => {
            eprintln!("{}", super::args::keyring_problem(&err, &account.name));
            None
        }
    }
}

/// What a command that goes to each account's server (`posta sync`,
/// `posta quota`) starts from.
pub struct Online {
    /// Home and settings.
    pub context: Context,
    /// The accounts asked for.
    pub accounts: Vec<AccountConfig>,
    /// The password typed on standard input, when asked to read it there.
    pub typed: Option<Secret>,
    /// The local store, shared the way the sync engine takes it.
    pub store: SharedStore,
}

impl Online {
    /// Loads the context, the accounts `wanted` names (every account for
    /// `None`), the password from standard input with `password_stdin`,
    /// and the store. Prints why not; no account at all is said in a
    /// sentence and exits 0.
    pub fn load(wanted: Option<&str>, password_stdin: bool) -> Result<Online, i32> {
        let context = Context::load()?;
        let accounts: Vec<AccountConfig> = context.accounts(wanted)?.into_iter().cloned().collect();
        if accounts.is_empty() {
            eprintln!("{}", t!("cli-no-accounts"));
            return Err(0);
        }
        let typed = typed_password(password_stdin)?;
        let store = shared_store(&context)?;
        Ok(Online {
            context,
            accounts,
            typed,
            store,
        })
    }
}

/// The store, shared the way the sync engine takes it; prints why not.
pub fn shared_store(context: &Context) -> Result<SharedStore, i32> {
    context.store().map(|store| Arc::new(Mutex::new(store)))
}

/// The account's connect-and-sync path with the command's `--timeout`
/// (seconds, at least one); the account is in the store first.
pub fn account_sync<'a>(
    account: &'a AccountConfig,
    password: &'a Secret,
    store: &'a SharedStore,
    timeout: u64,
) -> Result<AccountSync<'a>, Error> {
    {
        let guard = store.lock().unwrap_or_else(|p| p.into_inner());
        guard
            .ensure_account(account.id, &account.name)
            .map_err(Error::from)?;
    }
    Ok(AccountSync {
        account,
        password,
        store,
        timeout: Some(Duration::from_secs(timeout.max(1))),
    })
}

/// Takes the account's lock for this command's network work (see
/// `posta_core::store::account_lock`), waiting briefly for another Posta;
/// returns it with the account as the config says *now* (another Posta
/// may have moved it to IMAP while this one waited). Prints why not: the
/// account busy exits 75, nothing done.
pub async fn hold(
    context: &Context,
    store: &SharedStore,
    account: &AccountConfig,
) -> Result<(AccountLock, AccountConfig), i32> {
    let lock = match hold_account(store, account.id, BRIEF_WAIT).await {
        Ok(lock) => lock,
        Err(Error::AccountBusy) => {
            eprintln!(
                "{}",
                t!(
                    "cli-account-busy",
                    account = super::context::one_line(&account.name)
                )
            );
            return Err(BUSY);
        }
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, ""));
            return Err(FAILED);
        }
    };
    let now = Config::load(&context.home)
        .map_err(super::context::store_failed)?
        .accounts
        .into_iter()
        .find(|a| a.id == account.id);
    match now {
        Some(now) => Ok((lock, now)),
        None => {
            eprintln!(
                "{}",
                t!("cli-account-not-found", account = account.name.as_str())
            );
            Err(FAILED)
        }
    }
}
