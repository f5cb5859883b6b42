//! `posta folders`: each account's folders with their message counts and
//! whether each is subscribed (shown), from the local store (run `posta
//! sync` to bring it up to date).

use super::context::{one_line, store_failed, Context};
use posta_i18n::t;

/// Arguments of `posta folders`.
#[derive(Debug, clap::Args)]
pub struct FoldersArgs {
    /// Only this account (its name or number); every account otherwise.
    #[arg(long)]
    pub account: Option<String>,
}

/// Runs `posta folders`; returns the exit code.
pub fn run(args: FoldersArgs) -> i32 {
    let (context, accounts) = match Context::load_readable(args.account.as_deref()) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    if accounts.is_empty() {
        eprintln!("{}", t!("cli-no-accounts"));
        return 0;
    }
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let headed = accounts.len() > 1;
    for account in accounts {
        let folders = match store.folders(account.id) {
            Ok(folders) => folders,
            Err(err) => return store_failed(err),
        };
        if headed {
            println!(
                "{}",
                t!("cli-folders-account", account = one_line(&account.name))
            );
        }
        if folders.is_empty() {
            eprintln!(
                "{}",
                t!("cli-folders-none", account = one_line(&account.name))
            );
        }
        let indent = if headed { "  " } else { "" };
        let imap = account.protocol == posta_core::account::Protocol::Imap;
        for folder in folders.iter().filter(|f| f.selectable) {
            // IMAP: a second, tab-separated column saying whether it is
            // shown and checked (subscribed), so scripts can tell.
            let shown = match (imap, folder.subscribed) {
                (false, _) => String::new(),
                (true, true) => format!("\t{}", t!("settings-cli-folder-subscribed")),
                (true, false) => format!("\t{}", t!("settings-cli-folder-unsubscribed")),
            };
            println!(
                "{indent}{}{shown}",
                t!(
                    "cli-folder-line",
                    folder = one_line(&folder.name),
                    total = folder.total,
                    unread = folder.unread
                )
            );
        }
    }
    0
}
