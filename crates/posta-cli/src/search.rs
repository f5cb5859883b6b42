//! `posta search TEXT`: full-text search over the mail on this computer
//! (subject, sender, recipients, body), newest first; accents and case do
//! not matter ("zolc" finds "Żółć").

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::context::{one_line, store_failed, Context};
use super::message_line::{message_line, tag_names};
use posta_core::store::{MessageRow, Scope, Store};
use posta_i18n::t;

/// Arguments of `posta search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The words to find (all of them; the last may be the start of a word).
    #[arg(required = true)]
    pub text: Vec<String>,
    /// Only this account (its name or number).
    #[arg(long)]
    pub account: Option<String>,
    /// Show at most this many messages.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Search on the server (IMAP SEARCH in each folder), finding also mail
    /// whose text is not on this computer.
    #[arg(long)]
    pub server: bool,
    /// Only this folder (with --server).
    #[arg(long, requires = "server")]
    pub folder: Option<String>,
    /// Read the password from standard input instead of the keyring (with
    /// --server).
    #[arg(long, requires = "server")]
    pub password_stdin: bool,
    /// Seconds the search on the server may take in all (with --server).
    #[arg(long, default_value_t = 60)]
    pub timeout: u64,
}

/// Runs `posta search`; returns the exit code. Each hit is a line as
/// `posta messages` prints it, then its folder and account.
pub fn run(args: SearchArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let scope = match &args.account {
        Some(wanted) => match context.account(wanted) {
            Ok(account) => Scope::Account(account.id),
            Err(code) => return code,
        },
        None => Scope::Everywhere,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    // What a big first sync left for the index is found too.
    if let Err(err) = store.index_all_pending() {
        return store_failed(err);
    }
    let text = args.text.join(" ");
    let rows = match store.search_in(scope, &text, args.limit) {
        Ok(rows) => rows,
        Err(err) => return store_failed(err),
    };
    if rows.is_empty() {
        eprintln!("{}", t!("cli-search-nothing", text = one_line(&text)));
        return 0;
    }
    print_rows(&context, &store, &rows)
}

/// Prints each hit as `posta messages` does, then its folder and account;
/// the exit code.
pub fn print_rows(context: &Context, store: &Store, rows: &[MessageRow]) -> i32 {
    // Folder id → (folder name, account name, that account's tags).
    let mut places: HashMap<i64, (String, String, HashMap<String, String>)> = HashMap::new();
    for row in rows {
        if let Entry::Vacant(slot) = places.entry(row.folder_id) {
            let folder = match store.folder(row.folder_id) {
                Ok(Some(folder)) => folder,
                Ok(None) => continue,
                Err(err) => return store_failed(err),
            };
            let account = context
                .name_of(folder.account)
                .map_or_else(|| folder.account.to_string(), str::to_owned);
            let tags = match tag_names(store, folder.account) {
                Ok(tags) => tags,
                Err(code) => return code,
            };
            slot.insert((folder.name, account, tags));
        }
        let Some((folder, account, tags)) = places.get(&row.folder_id) else {
            continue;
        };
        println!(
            "{}\t{}\t{}",
            message_line(row, tags),
            one_line(folder),
            one_line(account)
        );
    }
    0
}
