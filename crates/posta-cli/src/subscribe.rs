//! `posta folder subscribe|unsubscribe ACCOUNT FOLDER`: which of an IMAP
//! account's folders are shown and checked for new mail. Like the window,
//! the choice is written to the store and queued; the server (and with it
//! every other device) learns it at the next `posta sync`.

use super::context::{one_line, store_failed, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::sync::subscribe::{choosable, set_subscribed};
use posta_i18n::t;

/// `posta folder …`.
#[derive(Debug, clap::Subcommand)]
pub enum FolderCommand {
    /// Show a folder and check it for new mail (IMAP SUBSCRIBE).
    Subscribe(FolderAt),
    /// Hide a folder and stop checking it (IMAP UNSUBSCRIBE); its mail
    /// stays on the server.
    Unsubscribe(FolderAt),
}

/// An account's folder.
#[derive(Debug, clap::Args)]
pub struct FolderAt {
    /// The account (its name or number).
    pub account: String,
    /// The folder, as `posta folders` names it.
    pub folder: String,
}

/// Runs `posta folder …`; returns the exit code.
pub fn run(command: FolderCommand) -> i32 {
    let (at, subscribed) = match command {
        FolderCommand::Subscribe(at) => (at, true),
        FolderCommand::Unsubscribe(at) => (at, false),
    };
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.account(&at.account) {
        Ok(account) => account,
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    let folder_name = one_line(&at.folder);
    if account.protocol != Protocol::Imap {
        eprintln!("{}", t!("settings-cli-subscribe-not-imap", account = name));
        return USAGE;
    }
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let folder = match store.folder_id(account.id, &at.folder) {
        Ok(Some(id)) => match store.folder(id) {
            Ok(Some(folder)) => folder,
            Ok(None) => return not_found(&name, &folder_name),
            Err(err) => return store_failed(err),
        },
        Ok(None) => return not_found(&name, &folder_name),
        Err(err) => return store_failed(err),
    };
    if !choosable(&folder) {
        eprintln!(
            "{}",
            t!("settings-cli-subscribe-always", folder = folder_name)
        );
        return USAGE;
    }
    match set_subscribed(&store, folder.id, subscribed) {
        Ok(_) if subscribed => {
            println!("{}", t!("settings-cli-subscribed", folder = folder_name));
            0
        }
        Ok(_) => {
            println!("{}", t!("settings-cli-unsubscribed", folder = folder_name));
            0
        }
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, &account.host));
            FAILED
        }
    }
}

fn not_found(account: &str, folder: &str) -> i32 {
    eprintln!(
        "{}",
        t!("cli-folder-not-found", account = account, folder = folder)
    );
    USAGE
}
