//! `posta rights FOLDER`: what the user may do in a folder (the window's
//! "your rights" panel), from the rights the last sync read (MYRIGHTS):
//! one line per action, `RIGHT<TAB>yes|no<TAB>ACTION`; exit 0.

use super::context::{one_line, store_failed, Context, USAGE};
use posta_core::rights::{self, Denied};
use posta_i18n::t;

/// Arguments of `posta rights`.
#[derive(Debug, clap::Args)]
pub struct RightsArgs {
    /// The folder's full name, as `posta folders` shows it.
    pub folder: String,
    /// The account (its name or number); needed when there are several.
    #[arg(long)]
    pub account: Option<String>,
}

/// Runs `posta rights`; returns the exit code.
pub fn run(args: RightsArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.single_account(args.account.as_deref()) {
        Ok(account) => account,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let folder = match store
        .folder_id(account.id, &args.folder)
        .and_then(|id| match id {
            Some(id) => store.folder(id),
            None => Ok(None),
        }) {
        Ok(Some(folder)) => folder,
        Ok(None) => {
            eprintln!(
                "{}",
                t!("cli-rights-no-folder", folder = one_line(&args.folder))
            );
            return USAGE;
        }
        Err(err) => return store_failed(err),
    };
    let allowed = rights::of_folder(folder.my_rights.as_deref());
    let denied = allowed.denied();
    for action in Denied::ALL {
        let yes = if denied.contains(&action) {
            "no"
        } else {
            "yes"
        };
        println!(
            "{}\t{yes}\t{}",
            action.right(),
            posta_i18n::denied_action(action)
        );
    }
    if rights::is_read_only(folder.my_rights.as_deref()) {
        eprintln!("{}", t!("share-read-only"));
    }
    0
}
