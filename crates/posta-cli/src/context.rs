//! What every headless command starts from: Posta's home (honouring
//! `POSTA_HOME`), its config and its store, and picking accounts by name or
//! number. Failures are printed here, translated, and become exit codes.

use posta_core::store::{AccountConfig, Config, LocalSet, PostaHome, Store, StoreError};
use posta_core::Error;
use posta_i18n::t;

/// Exit code of a command that failed.
pub const FAILED: i32 = 1;
/// Exit code of a command given wrong arguments.
pub const USAGE: i32 = 2;
/// Exit code of a command that did nothing because another Posta works on
/// the account, or that left its work queued (`EX_TEMPFAIL`).
pub const BUSY: i32 = 75;

/// Posta's home and its settings.
#[derive(Debug)]
pub struct Context {
    /// Where config, index and mail live.
    pub home: PostaHome,
    /// `config.toml`.
    pub config: Config,
}

impl Context {
    /// Finds the home and reads the config; prints why not.
    pub fn load() -> Result<Context, i32> {
        let home = PostaHome::from_env().map_err(store_failed)?;
        let config = Config::load(&home).map_err(store_failed)?;
        Ok(Context { home, config })
    }

    /// Loads the context and a copy of the account `wanted` names; prints
    /// why not.
    pub fn load_for(wanted: &str) -> Result<(Context, AccountConfig), i32> {
        let context = Context::load()?;
        let account = context.account(wanted)?.clone();
        Ok((context, account))
    }

    /// Loads the context and [`Context::readable_accounts`]; prints why not.
    pub fn load_readable(wanted: Option<&str>) -> Result<(Context, Vec<AccountConfig>), i32> {
        let context = Context::load()?;
        let accounts = context.readable_accounts(wanted)?;
        Ok((context, accounts))
    }

    /// The one account `wanted` names, or the only account when none is
    /// named. Prints why not: no account at all fails, several need a name.
    pub fn single_account(&self, wanted: Option<&str>) -> Result<AccountConfig, i32> {
        match self.accounts(wanted)?.as_slice() {
            [account] => Ok((*account).clone()),
            [] => {
                eprintln!("{}", t!("cli-no-accounts"));
                Err(FAILED)
            }
            _ => {
                eprintln!("{}", t!("cli-tag-which-account"));
                Err(USAGE)
            }
        }
    }

    /// Opens the local store; prints why not.
    pub fn store(&self) -> Result<Store, i32> {
        Store::open(&self.home).map_err(store_failed)
    }

    /// [`Context::load`], and its store opened: what a command that only
    /// reads or writes the local store starts from.
    pub fn with_store() -> Result<(Context, Store), i32> {
        let context = Context::load()?;
        let store = context.store()?;
        Ok((context, store))
    }

    /// The accounts `wanted` names (its name, or else its number), or every
    /// account for `None`. Prints why none matched.
    pub fn accounts(&self, wanted: Option<&str>) -> Result<Vec<&AccountConfig>, i32> {
        let Some(wanted) = wanted else {
            return Ok(self.config.accounts.iter().collect());
        };
        self.account(wanted).map(|account| vec![account])
    }

    /// The account called `wanted` (compared without case), else the one
    /// with that number. Prints why none matched.
    pub fn account(&self, wanted: &str) -> Result<&AccountConfig, i32> {
        find_account(&self.config.accounts, wanted)
    }

    /// Like [`Context::accounts`], for commands that only read the store:
    /// the local folder sets of removed accounts (kept with
    /// `posta account remove --keep-local-mail`) count too.
    pub fn readable_accounts(&self, wanted: Option<&str>) -> Result<Vec<AccountConfig>, i32> {
        let mut all = self.config.accounts.clone();
        all.extend(self.config.local_sets.iter().map(LocalSet::as_account));
        match wanted {
            None => Ok(all),
            Some(wanted) => find_account(&all, wanted).map(|account| vec![account.clone()]),
        }
    }

    /// The name of account (or kept local folder set) `id`.
    pub fn name_of(&self, id: i64) -> Option<&str> {
        let account = self.config.account(id).map(|a| a.name.as_str());
        account.or_else(|| {
            self.config
                .local_sets
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.as_str())
        })
    }
}

/// The account called `wanted` in `accounts`, else the one with that
/// number. Prints why none matched.
fn find_account<'a>(accounts: &'a [AccountConfig], wanted: &str) -> Result<&'a AccountConfig, i32> {
    let by_name = accounts.iter().find(|a| a.name == wanted).or_else(|| {
        accounts
            .iter()
            .find(|a| a.name.to_lowercase() == wanted.to_lowercase())
    });
    let by_id = || {
        let id: i64 = wanted.trim().parse().ok()?;
        accounts.iter().find(|a| a.id == id)
    };
    by_name.or_else(by_id).ok_or_else(|| {
        eprintln!("{}", t!("cli-account-not-found", account = wanted));
        USAGE
    })
}

/// Prints a store or config failure as the user should read it.
pub fn store_failed(err: StoreError) -> i32 {
    eprintln!("{}", super::describe_error(&Error::from(err), ""));
    FAILED
}

/// Text safe to print on one line of a terminal: control characters (line
/// ends, tabs, escape sequences a hostile subject could carry) become
/// spaces.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        assert_eq!(one_line("a\tb\r\nc\u{1b}[31m"), "a b  c [31m");
        assert_eq!(one_line("Żółć"), "Żółć");
    }
}
