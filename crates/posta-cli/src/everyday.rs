//! `posta archive`, `posta junk`, `posta not-junk`, `posta mark-read` and
//! `posta empty-trash`: the window's everyday actions on the same core.
//! Messages are named by their position in what `posta messages FOLDER`
//! prints (1 = the first line). Like the window they change the store and
//! queue the change; the server learns it at the next `posta sync`.

use super::context::{store_failed, Context, FAILED, USAGE};
use super::messages::find_folder;
use posta_core::error::Error;
use posta_core::store::{AccountConfig, Sort, Store};
use posta_core::sync::everyday;
use posta_i18n::t;

/// Arguments naming messages: a folder and positions in it.
#[derive(Debug, clap::Args)]
pub struct MessagesAt {
    /// The folder, as `posta folders` names it.
    pub folder: String,
    /// Positions in `posta messages FOLDER` (1 = first line).
    #[arg(required = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub positions: Vec<u64>,
    /// The account (its name or number), when several have that folder.
    #[arg(long)]
    pub account: Option<String>,
}

/// Arguments of `posta mark-read`.
#[derive(Debug, clap::Args)]
pub struct MarkReadArgs {
    /// The folder, as `posta folders` names it.
    pub folder: String,
    /// Positions in `posta messages FOLDER` (1 = first line).
    #[arg(value_parser = clap::value_parser!(u64).range(1..), required_unless_present = "all", conflicts_with = "all")]
    pub positions: Vec<u64>,
    /// Every message of the folder.
    #[arg(long)]
    pub all: bool,
    /// The account (its name or number), when several have that folder.
    #[arg(long)]
    pub account: Option<String>,
}

/// Arguments of `posta empty-trash`.
#[derive(Debug, clap::Args)]
pub struct EmptyTrashArgs {
    /// The account (its name or number); every account without it.
    #[arg(long)]
    pub account: Option<String>,
    /// Delete for good without asking (without it, the count is printed
    /// and nothing is deleted).
    #[arg(long)]
    pub yes: bool,
}

/// What to do with the messages named.
#[derive(Debug, Clone, Copy)]
pub enum Verb {
    /// To Archive.
    Archive,
    /// To Junk, `$Junk`.
    Junk,
    /// Back to the Inbox, `$NotJunk`.
    NotJunk,
}

fn failed(err: &Error) -> i32 {
    eprintln!("{}", super::describe_error(err, ""));
    FAILED
}

/// The store ids of the messages at `positions` of the folder, in the
/// order `posta messages` lists them; prints why not.
fn messages_at(
    store: &Store,
    folder_id: i64,
    folder: &str,
    positions: &[u64],
) -> Result<Vec<i64>, i32> {
    let last = positions.iter().copied().max().unwrap_or(0) as usize;
    let rows = store
        .messages(folder_id, last, 0, Sort::DateDesc)
        .map_err(store_failed)?;
    positions
        .iter()
        .map(|&n| {
            rows.get(n as usize - 1).map(|r| r.id).ok_or_else(|| {
                eprintln!(
                    "{}",
                    t!("actions-no-such-message", position = n, folder = folder)
                );
                FAILED
            })
        })
        .collect()
}

/// Opens what every verb needs: the config, the store, the folder.
fn open(folder: &str, account: Option<&str>) -> Result<(Context, Store, i64), i32> {
    let context = Context::load()?;
    let store = context.store()?;
    let folder_id = {
        let accounts = context.accounts(account)?;
        find_folder(&store, &accounts, folder)?.1
    };
    Ok((context, store, folder_id))
}

/// Runs `posta archive`, `posta junk` or `posta not-junk`.
pub fn run_move(verb: Verb, args: MessagesAt) -> i32 {
    let (context, store, folder_id) = match open(&args.folder, args.account.as_deref()) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let ids = match messages_at(&store, folder_id, &args.folder, &args.positions) {
        Ok(ids) => ids,
        Err(code) => return code,
    };
    let accounts: &[AccountConfig] = &context.config.accounts;
    let done = match verb {
        Verb::Archive => everyday::archive(&store, accounts, &ids),
        Verb::Junk => everyday::mark_junk(&store, accounts, &ids, true),
        Verb::NotJunk => everyday::mark_junk(&store, accounts, &ids, false),
    };
    match done {
        Ok(count) => {
            let key = match verb {
                Verb::Archive => "actions-archived",
                Verb::Junk => "actions-junked",
                Verb::NotJunk => "actions-not-junk",
            };
            println!("{}", t!(key, count = count));
            0
        }
        Err(err) => failed(&err),
    }
}

/// Runs `posta mark-read`.
pub fn run_mark_read(args: MarkReadArgs) -> i32 {
    let (context, store, folder_id) = match open(&args.folder, args.account.as_deref()) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let done = if args.all {
        everyday::mark_all_read(&store, folder_id)
    } else {
        let ids = match messages_at(&store, folder_id, &args.folder, &args.positions) {
            Ok(ids) => ids,
            Err(code) => return code,
        };
        mark_read(&store, &ids)
    };
    drop(context);
    match done {
        Ok(count) => {
            println!("{}", t!("actions-marked-read", count = count));
            0
        }
        Err(err) => failed(&err),
    }
}

fn mark_read(store: &Store, ids: &[i64]) -> posta_core::error::Result<usize> {
    use posta_core::message::Flag;
    let mut changed = 0;
    for &id in ids {
        let was_unread = store
            .message(id)?
            .is_some_and(|m| !m.flags.contains(&Flag::Seen));
        if was_unread {
            posta_core::sync::actions::set_flags(store, id, &[Flag::Seen], &[])?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// Runs `posta empty-trash`.
pub fn run_empty_trash(args: EmptyTrashArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let accounts = match context.accounts(args.account.as_deref()) {
        Ok(accounts) => accounts,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let mut code = 0;
    for account in accounts {
        let name = account.name.as_str();
        let trash = match everyday::trash_folder(&store, account.id) {
            Ok(Some(trash)) => trash,
            Ok(None) => {
                eprintln!("{}", t!("actions-no-trash", account = name));
                continue;
            }
            Err(err) => return failed(&err),
        };
        let count = trash.total;
        if !args.yes {
            eprintln!(
                "{}",
                t!("actions-trash-confirm", account = name, count = count)
            );
            code = if count == 0 { code } else { USAGE };
            continue;
        }
        match everyday::empty_trash(&store, account.id) {
            Ok(gone) => println!(
                "{}",
                t!("actions-trash-emptied", account = name, count = gone)
            ),
            Err(err) => return failed(&err),
        }
    }
    code
}
