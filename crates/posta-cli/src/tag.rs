//! `posta tag`: the tag manager without a window. Changes are made in the
//! store and queued for the server like the window's (the next `posta
//! sync`, or the window's worker, sends them); `list` prints
//! `KEYWORD<TAB>NAME<TAB>COLOUR`, one tag a line, in the user's order.

use super::context::{one_line, store_failed, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::store::{AccountConfig, Store, TagDef};
use posta_core::sync::{tag_admin, tags};
use posta_i18n::t;

/// `posta tag …`.
#[derive(Debug, clap::Subcommand)]
pub enum TagCommand {
    /// List the tags: keyword, name, colour, separated by tabs.
    List(Which),
    /// Make a new tag.
    Add {
        /// Its name.
        name: String,
        /// Its colour, `#rrggbb`.
        #[arg(long, default_value = "#3333ff")]
        color: String,
        #[command(flatten)]
        which: Which,
    },
    /// Rename a tag (messages keep it).
    Rename {
        /// The tag's keyword (see `posta tag list`).
        keyword: String,
        /// The new name.
        name: String,
        #[command(flatten)]
        which: Which,
    },
    /// Give a tag another colour.
    Recolour {
        /// The tag's keyword.
        keyword: String,
        /// The colour, `#rrggbb`.
        color: String,
        #[command(flatten)]
        which: Which,
    },
    /// Move a tag to another place in the list (1 is first).
    Move {
        /// The tag's keyword.
        keyword: String,
        /// Its new place.
        position: usize,
        #[command(flatten)]
        which: Which,
    },
    /// Delete a tag: it comes off every message, here and on the server.
    Remove {
        /// The tag's keyword.
        keyword: String,
        #[command(flatten)]
        which: Which,
    },
}

/// Which account.
#[derive(Debug, clap::Args)]
pub struct Which {
    /// The account (its name or number); needed when there are several.
    #[arg(long)]
    pub account: Option<String>,
}

/// Runs `posta tag`; returns the exit code.
pub fn run(command: TagCommand) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let which = match &command {
        TagCommand::List(w)
        | TagCommand::Add { which: w, .. }
        | TagCommand::Rename { which: w, .. }
        | TagCommand::Recolour { which: w, .. }
        | TagCommand::Move { which: w, .. }
        | TagCommand::Remove { which: w, .. } => w,
    };
    let account = match context.single_account(which.account.as_deref()) {
        Ok(account) => account,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    if let Err(err) = store.ensure_account(account.id, &account.name) {
        return store_failed(err);
    }
    match change(&store, &account, command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, &account.host));
            FAILED
        }
    }
}

fn change(store: &Store, account: &AccountConfig, command: TagCommand) -> posta_core::Result<i32> {
    let id = account.id;
    let known = |keyword: &str| -> posta_core::Result<bool> {
        Ok(store.tags(id)?.iter().any(|t| t.keyword == keyword))
    };
    match command {
        TagCommand::List(_) => {
            for tag in store.tags(id)? {
                println!("{}\t{}\t{}", tag.keyword, one_line(&tag.name), tag.color);
            }
            return Ok(0);
        }
        TagCommand::Add { name, color, .. } => {
            let existing: Vec<String> = store.tags(id)?.into_iter().map(|t| t.keyword).collect();
            let keyword = tag_admin::keyword_for(&name, &existing);
            store.upsert_tag(
                id,
                &TagDef {
                    keyword: keyword.clone(),
                    name,
                    color,
                },
            )?;
            println!("{keyword}");
        }
        TagCommand::Rename { keyword, name, .. } if known(&keyword)? => {
            tag_admin::rename_tag(store, id, &keyword, &name)?;
        }
        TagCommand::Recolour { keyword, color, .. } if known(&keyword)? => {
            tag_admin::recolour_tag(store, id, &keyword, &color)?;
        }
        TagCommand::Move {
            keyword, position, ..
        } if known(&keyword)? => {
            tag_admin::move_tag(store, id, &keyword, position.saturating_sub(1))?;
        }
        TagCommand::Remove { keyword, .. } if known(&keyword)? => {
            let count = tag_admin::delete_tag(store, id, &keyword)?;
            eprintln!(
                "{}",
                t!("cli-tag-removed", tag = keyword.as_str(), count = count)
            );
        }
        TagCommand::Rename { keyword, .. }
        | TagCommand::Recolour { keyword, .. }
        | TagCommand::Move { keyword, .. }
        | TagCommand::Remove { keyword, .. } => {
            eprintln!("{}", t!("cli-tag-unknown", tag = one_line(&keyword)));
            return Ok(USAGE);
        }
    }
    if account.protocol == Protocol::Imap {
        tags::queue_tags(store, id)?;
        eprintln!("{}", t!("cli-tag-queued"));
    }
    Ok(0)
}
