//! `posta identity add|list|remove`: the addresses an account sends as,
//! with their reply-to and plain-text signature.

use std::path::PathBuf;

use super::context::{one_line, store_failed, Context, USAGE};
use posta_core::account::identities::{identities, put_identity, remove_identity};
use posta_core::store::Identity;
use posta_i18n::describe_invalid;
use posta_i18n::t;

/// `posta identity …`.
#[derive(Debug, clap::Subcommand)]
pub enum IdentityCommand {
    /// Add an address the account sends as (or change one it has).
    Add(AddArgs),
    /// List the account's identities: address, name, reply-to, signature
    /// (its line ends written `\n`), separated by tabs; the account's own
    /// address first.
    List {
        /// The account (its name or number).
        account: String,
    },
    /// Remove an identity (the account's own address keeps only its
    /// address and name).
    Remove {
        /// The account (its name or number).
        account: String,
        /// The identity's address.
        email: String,
    },
}

/// Arguments of `posta identity add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The account (its name or number).
    pub account: String,
    /// The address.
    pub email: String,
    /// The name recipients see.
    #[arg(long, default_value = "")]
    pub name: String,
    /// Where replies should go.
    #[arg(long)]
    pub reply_to: Option<String>,
    /// The signature, plain text.
    #[arg(long, conflicts_with = "signature_file")]
    pub signature: Option<String>,
    /// Read the signature from this file (UTF-8 text).
    #[arg(long)]
    pub signature_file: Option<PathBuf>,
}

/// Runs `posta identity …`; returns the exit code.
pub fn run(command: IdentityCommand) -> i32 {
    let mut context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let wanted = match &command {
        IdentityCommand::Add(args) => &args.account,
        IdentityCommand::List { account } | IdentityCommand::Remove { account, .. } => account,
    };
    let account = match context.account(wanted) {
        Ok(account) => account.clone(),
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    match command {
        IdentityCommand::List { .. } => {
            for identity in identities(&context.config, account.id) {
                println!("{}", identity_line(&identity));
            }
            0
        }
        IdentityCommand::Add(args) => {
            let signature = match (&args.signature, &args.signature_file) {
                (Some(text), _) => text.clone(),
                (None, Some(path)) => match std::fs::read_to_string(path) {
                    Ok(text) => text,
                    Err(err) => {
                        eprintln!("{}", t!("error-io", details = err.to_string()));
                        return USAGE;
                    }
                },
                (None, None) => String::new(),
            };
            let identity = Identity {
                account: account.id,
                name: args.name,
                email: args.email,
                reply_to: args.reply_to,
                signature,
            };
            let saved = match put_identity(&mut context.config, identity) {
                Ok(saved) => saved,
                Err(invalid) => {
                    eprintln!("{}", describe_invalid(&invalid));
                    return USAGE;
                }
            };
            let said = t!(
                "settings-cli-identity-saved",
                email = saved.email.as_str(),
                account = name.as_str()
            );
            save_and_say(&context, &said)
        }
        IdentityCommand::Remove { email, .. } => {
            if let Err(invalid) = remove_identity(&mut context.config, account.id, &email) {
                eprintln!("{}", describe_invalid(&invalid));
                return USAGE;
            }
            let said = t!(
                "settings-cli-identity-removed",
                email = email.trim(),
                account = name.as_str()
            );
            save_and_say(&context, &said)
        }
    }
}

/// One identity as a tab-separated line.
fn identity_line(identity: &Identity) -> String {
    let field = |text: &str| one_line(&text.replace('\\', "\\\\").replace('\n', "\\n"));
    format!(
        "{}\t{}\t{}\t{}",
        field(&identity.email),
        field(&identity.name),
        field(identity.reply_to.as_deref().unwrap_or_default()),
        field(&identity.signature)
    )
}

/// Saves the settings, then says what changed; the exit code.
fn save_and_say(context: &Context, said: &str) -> i32 {
    if let Err(err) = context.config.save(&context.home) {
        return store_failed(err);
    }
    println!("{said}");
    0
}
