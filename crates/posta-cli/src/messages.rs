//! `posta messages FOLDER`: a folder's messages from the local store,
//! newest first, one tab-separated line each: date, sender, subject, flags,
//! tags (the line of message_line.rs).

use super::message_line::{message_line, tag_names};

use super::context::{store_failed, Context, FAILED, USAGE};
use posta_core::store::{AccountConfig, Sort, Store};
use posta_i18n::t;

/// Arguments of `posta messages`.
#[derive(Debug, clap::Args)]
pub struct MessagesArgs {
    /// The folder, as `posta folders` names it (INBOX, Sent, Projekty/Żółć).
    pub folder: String,
    /// The account (its name or number); needed only when several accounts
    /// have a folder of that name.
    #[arg(long)]
    pub account: Option<String>,
    /// Show at most this many messages.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// One line per conversation (its newest message in the folder, then
    /// how many messages it holds, Sent included, and how many are unread).
    #[arg(long)]
    pub conversations: bool,
}

/// Runs `posta messages`; returns the exit code.
pub fn run(args: MessagesArgs) -> i32 {
    let (context, accounts) = match Context::load_readable(args.account.as_deref()) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let accounts: Vec<&AccountConfig> = accounts.iter().collect();
    let (account, folder_id) = match find_folder(&store, &accounts, &args.folder) {
        Ok(found) => found,
        Err(code) => return code,
    };
    if args.conversations {
        return super::conversations::print(&store, account, folder_id, args.limit);
    }
    let rows = match store.messages(folder_id, args.limit, 0, Sort::DateDesc) {
        Ok(rows) => rows,
        Err(err) => return store_failed(err),
    };
    let tags = match tag_names(&store, account.id) {
        Ok(tags) => tags,
        Err(code) => return code,
    };
    for row in &rows {
        println!("{}", message_line(row, &tags));
    }
    0
}

/// The folder named `wanted`, in the one account of `accounts` that has
/// it; prints why not (exit 1 when none has it).
pub fn find_folder<'a>(
    store: &Store,
    accounts: &[&'a AccountConfig],
    wanted: &str,
) -> Result<(&'a AccountConfig, i64), i32> {
    let mut found = Vec::new();
    for account in accounts {
        let folders = store.folders(account.id).map_err(store_failed)?;
        // The exact name, else the same name in another case (inbox).
        let folder = folders.iter().find(|f| f.name == wanted).or_else(|| {
            folders
                .iter()
                .find(|f| f.name.to_lowercase() == wanted.to_lowercase())
        });
        if let Some(folder) = folder {
            found.push((*account, folder.id));
        }
    }
    match found.as_slice() {
        [one] => Ok(*one),
        [] => {
            let account = match accounts {
                [only] => only.name.as_str(),
                _ => "",
            };
            if account.is_empty() {
                eprintln!("{}", t!("cli-folder-not-found-anywhere", folder = wanted));
            } else {
                eprintln!(
                    "{}",
                    t!("cli-folder-not-found", folder = wanted, account = account)
                );
            }
            Err(FAILED)
        }
        _ => {
            eprintln!("{}", t!("cli-folder-ambiguous", folder = wanted));
            Err(USAGE)
        }
    }
}
