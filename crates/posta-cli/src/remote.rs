//! `posta remote-content list|allow|remove`: the senders whose remote
//! images the reader loads without asking (as "Always for this sender" in
//! the window remembers them).

use super::context::{store_failed, Context, FAILED};
use posta_i18n::t;

/// What to do with the remembered senders.
#[derive(Debug, clap::Subcommand)]
pub enum RemoteCommand {
    /// Print the senders, one address a line.
    List,
    /// Always load remote images in mail from this address.
    Allow {
        /// The sender's address.
        address: String,
    },
    /// Stop loading remote images from this address without asking.
    Remove {
        /// The sender's address.
        address: String,
    },
}

/// Runs `posta remote-content`; returns the exit code.
pub fn run(command: RemoteCommand) -> i32 {
    let (_context, store) = match Context::with_store() {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    match command {
        RemoteCommand::List => match store.remote_content_senders() {
            Ok(senders) => {
                for sender in senders {
                    println!("{}", super::context::one_line(&sender));
                }
                0
            }
            Err(err) => store_failed(err),
        },
        RemoteCommand::Allow { address } => {
            if !address.contains('@') || address.trim().contains(char::is_whitespace) {
                eprintln!("{}", t!("reader-cli-not-an-address", address = address));
                return FAILED;
            }
            match store.allow_remote_content(&address) {
                Ok(()) => 0,
                Err(err) => store_failed(err),
            }
        }
        RemoteCommand::Remove { address } => match store.remove_remote_content(&address) {
            Ok(true) => 0,
            Ok(false) => {
                eprintln!("{}", t!("reader-cli-sender-not-allowed", address = address));
                FAILED
            }
            Err(err) => store_failed(err),
        },
    }
}
