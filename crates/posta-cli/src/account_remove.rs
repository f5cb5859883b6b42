//! `posta account remove`: says what is deleted and what is not, then
//! removes the account (or keeps its downloaded mail as local folders).

use super::context::{one_line, Context, FAILED};
use posta_core::account::remove::{removal_report, remove_account};
use posta_core::store::keyring::key_user;
use posta_i18n::t;
use posta_i18n::{describe_keyring_error, describe_removal, describe_settings_error};

/// Arguments of `posta account remove`.
#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// The account (its name or number).
    pub account: String,
    /// Keep the downloaded mail on this computer as local folders.
    #[arg(long)]
    pub keep_local_mail: bool,
}

/// Runs `posta account remove`; returns the exit code.
pub async fn run(args: RemoveArgs) -> i32 {
    let (context, account) = match Context::load_for(&args.account) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    match removal_report(&context.home, &store, account.id) {
        Ok(report) => {
            for line in describe_removal(&name, &report, args.keep_local_mail) {
                println!("{line}");
            }
        }
        Err(err) => {
            eprintln!("{}", describe_settings_error(&err, &account.host));
            return FAILED;
        }
    }
    match remove_account(&context.home, &store, account.id, args.keep_local_mail).await {
        Ok(removed) => {
            println!("{}", t!("settings-cli-removed", account = name.as_str()));
            if let Some(err) = removed.keyring_left {
                eprintln!(
                    "{} {}",
                    describe_keyring_error(&err),
                    t!(
                        "settings-remove-keyring-left",
                        key = key_user(account.id, &account.user)
                    )
                );
                return FAILED;
            }
            0
        }
        Err(err) => {
            eprintln!("{}", describe_settings_error(&err, &account.host));
            FAILED
        }
    }
}
