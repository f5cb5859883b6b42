//! `posta contacts`: the people recipient completion offers, best first
//! (written to most and most recently, then heard from), one per line:
//! `NAME<TAB>ADDRESS<TAB>COUNT` (messages either way). `search TEXT` keeps
//! those a word of whose name or address begins with TEXT, case and
//! diacritics ignored; nothing is printed when none does (exit 0).

use super::context::{one_line, store_failed, Context};
use posta_core::store::{own_addresses, Contact};

/// `posta contacts …`.
#[derive(Debug, clap::Subcommand)]
pub enum ContactsCommand {
    /// Everyone: name, address, messages, separated by tabs; best first.
    List,
    /// Those whose name or address has a word beginning with TEXT.
    Search {
        /// The start of a name, a surname or an address ("pio", "zol").
        text: String,
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

/// Runs `posta contacts`; returns the exit code.
pub fn run(command: ContactsCommand) -> i32 {
    let (context, store) = match Context::with_store() {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let contacts = match store.contacts(&own_addresses(&context.config)) {
        Ok(contacts) => contacts,
        Err(err) => return store_failed(err),
    };
    match command {
        ContactsCommand::List => contacts.list().iter().for_each(print),
        ContactsCommand::Search { text, limit } => {
            contacts.search(&text, limit).into_iter().for_each(print)
        }
    }
    0
}

fn print(contact: &Contact) {
    println!(
        "{}\t{}\t{}",
        one_line(&contact.name),
        one_line(&contact.email),
        contact.count()
    );
}
