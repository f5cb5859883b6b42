//! Headless commands on the same core as the window: for scripting,
//! administrators, support and benchmarks.

mod account;
mod account_edit;
mod account_remove;
mod args;
mod check;
mod connect;
mod contacts;
mod context;
mod conversations;
mod detect;
mod everyday;
mod folders;
mod identity;
mod localize;
mod message_line;
mod messages;
mod oauth;
mod outbox;
mod package;
mod quota;
mod remote;
mod rights;
mod rule;
mod rule_publish;
mod search;
mod search_server;
mod send;
mod server;
mod settings;
mod show;
mod show_fetch;
mod spell;
mod subscribe;
mod switch;
mod sync;
mod tag;
mod thunderbird;
mod transfer;
mod usage_error;
mod vacation;

use std::io::Read;

use clap::{FromArgMatches, Parser, Subcommand};

pub use localize::{about_key, arg_key, expected_keys};
pub use posta_i18n::describe_error;

/// Command-line interface of the `posta` binary. With no command, the
/// window opens.
#[derive(Debug, Parser)]
#[command(
    name = "posta",
    version,
    about = "Posta, a mail client for IMAP and POP3"
)]
pub struct Cli {
    /// What to do; nothing opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Test a connection to an incoming mail server and print what it offers.
    Check(check::CheckArgs),
    /// Add or list mail accounts.
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Download new mail (all accounts, or one); progress on standard error,
    /// a summary per account on standard output.
    Sync(sync::SyncArgs),
    /// List the folders on this computer with their message counts.
    Folders(folders::FoldersArgs),
    /// Show or hide an IMAP folder (subscribe or unsubscribe); the choice
    /// is kept on the server and sent at the next `posta sync`.
    #[command(subcommand)]
    Folder(subscribe::FolderCommand),
    /// List a folder's messages, newest first: date, sender, subject, flags,
    /// tags, separated by tabs.
    Messages(messages::MessagesArgs),
    /// The addresses an account sends as, with reply-to and signature.
    #[command(subcommand)]
    Identity(identity::IdentityCommand),
    /// Print one message as text: From, To, Cc, Date, Subject, the body
    /// (tables in columns, lists, link targets), then one tab-separated
    /// line per attachment (name, type, bytes); N counts as `posta
    /// messages FOLDER` lists (1 = first). --raw: exactly as stored.
    Show(show::ShowArgs),
    /// Search the mail on this computer.
    Search(search::SearchArgs),
    /// Send a message: exit 0 when the server took it, 75 when it waits in
    /// the outbox (why on standard error), 1 when the server refused it.
    Send(send::SendArgs),
    /// List what waits to be sent (id, to, subject, attempts, last error,
    /// separated by tabs); --send tries now, --remove ID deletes one.
    Outbox(outbox::OutboxArgs),
    /// Show how full each account's mailbox on the server is: one line per
    /// resource, `storage|message USED LIMIT PERCENT` (bytes for storage),
    /// separated by tabs.
    Quota(quota::QuotaArgs),
    /// List a POP3 account's messages on the server (number, UIDL, size,
    /// date, sender, subject, state, separated by tabs); delete or download
    /// some of them.
    Server(server::ServerArgs),
    /// List, allow or remove the senders whose remote images are loaded
    /// without asking.
    #[command(name = "remote-content", subcommand)]
    RemoteContent(remote::RemoteCommand),
    /// Find the mail servers of an address the way the setup wizard does:
    /// one tab-separated line per server (protocol, host, port, security,
    /// login, source), best first; the provider's advice on standard error.
    Detect(detect::DetectArgs),
    /// What you may do in a folder (someone else's shared folder): one
    /// line per action, `RIGHT yes|no ACTION`, separated by tabs.
    Rights(rights::RightsArgs),
    /// List, add, rename, recolour, reorder or delete tags.
    #[command(subcommand)]
    Tag(tag::TagCommand),
    /// The people recipient completion offers: name, address and number of
    /// messages, separated by tabs, best first.
    #[command(subcommand)]
    Contacts(contacts::ContactsCommand),
    /// Move messages to the Archive folder (made when missing); messages
    /// are named by their position in `posta messages FOLDER`.
    Archive(everyday::MessagesAt),
    /// Move messages to Junk and mark them `$Junk`.
    Junk(everyday::MessagesAt),
    /// Move messages from Junk back to the Inbox and mark them `$NotJunk`.
    NotJunk(everyday::MessagesAt),
    /// Mark messages read (`--all`: every message of the folder).
    MarkRead(everyday::MarkReadArgs),
    /// Delete everything in Trash for good (asks for `--yes` first, naming
    /// the count).
    EmptyTrash(everyday::EmptyTrashArgs),
    /// Show or change the General settings: language, desktop
    /// notifications, start on login (`NAME<TAB>VALUE` lines).
    Settings(settings::SettingsArgs),
    /// Check the spelling of the text on standard input: one line per
    /// misspelled word, `WORD<TAB>suggestions`, in order of appearance;
    /// nothing for correct text.
    Spell(spell::SpellArgs),
    /// Rules that sort an account's mail: on the server where it offers
    /// ManageSieve (also while Posta is closed), else here as mail arrives.
    #[command(subcommand)]
    Rule(rule::RuleCommand),
    /// The automatic reply while away, sent by the server.
    Vacation(vacation::VacationArgs),
    /// Bring in mail: mbox files, Maildirs or `.eml` files into a folder
    /// (a local one, or an IMAP account's on the server), with read state
    /// and tags; a second run brings in nothing twice.
    #[command(subcommand)]
    Import(transfer::ImportCommand),
    /// Write a folder (or every folder) out as mbox, Maildir or `.eml`
    /// files, byte for byte as stored; messages whose body is not on this
    /// computer are named (or downloaded first with --fetch).
    Export(transfer::ExportArgs),
    /// Write the man pages and shell completions (for packaging).
    #[command(hide = true)]
    PackageFiles(package::PackageArgs),
}

/// Parses the process arguments with help and errors in the current
/// language; prints help, the version or what is wrong and exits when
/// there is nothing to run (0 for help and version, 2 for a mistake).
pub fn parse_args() -> Cli {
    let mut command = localize::command();
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(err) => match err.kind() {
            clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayVersion
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => err.exit(),
            _ => {
                eprint!("{}", usage_error::render(&err));
                std::process::exit(context::USAGE);
            }
        },
    }
}

/// The command tree with its help in `language`, as `posta --help` shows
/// it (for tests that render every command's help).
pub fn localized_command(language: posta_i18n::Language) -> clap::Command {
    localize::command_in(&posta_i18n::Localizer::new(language))
}

/// Reads a password from standard input: the first line, without its line
/// ending (so `echo secret | posta …` works), never echoed or logged.
pub fn read_password_stdin() -> std::io::Result<posta_core::Secret> {
    let mut input = String::new();
    std::io::stdin().lock().read_to_string(&mut input)?;
    let line = input.lines().next().unwrap_or_default();
    Ok(posta_core::Secret::new(line))
}

/// The one sentence for a password the server refused: it names the
/// command that sets the new one.
pub fn password_refused(account: &str) -> String {
    posta_i18n::t!(
        "settings-cli-password-refused",
        account = context::one_line(account)
    )
}

/// [`describe_error`] for an account's server; a refused password names
/// `posta account password`.
pub fn describe_for(account: &posta_core::store::AccountConfig, err: &posta_core::Error) -> String {
    if account.oauth.is_some() && err.kind() == posta_core::ErrorKind::AuthenticationFailed {
        return oauth::refused(account, err);
    }
    if err.kind() == posta_core::ErrorKind::AuthenticationFailed {
        password_refused(&account.name)
    } else {
        describe_error(err, &account.host)
    }
}

/// Runs a headless command and returns the process exit code.
pub fn run(command: Command) -> i32 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("{}", posta_i18n::t!("error-io", details = err.to_string()));
            return 70;
        }
    };
    match command {
        Command::Check(args) => runtime.block_on(check::run(args)),
        Command::Account(command) => runtime.block_on(account::run(command)),
        Command::Sync(args) => runtime.block_on(sync::run(args)),
        Command::Folders(args) => folders::run(args),
        Command::Folder(command) => subscribe::run(command),
        Command::Messages(args) => messages::run(args),
        Command::Show(args) => runtime.block_on(show::run(args)),
        Command::Search(args) if args.server => runtime.block_on(search_server::run(args)),
        Command::Search(args) => search::run(args),
        Command::Send(args) => runtime.block_on(send::run(args)),
        Command::Outbox(args) => runtime.block_on(outbox::run(args)),
        Command::Identity(command) => identity::run(command),
        Command::Quota(args) => runtime.block_on(quota::run(args)),
        Command::Server(args) => runtime.block_on(server::run(args)),
        Command::RemoteContent(command) => remote::run(command),
        Command::Detect(args) => runtime.block_on(detect::run(args)),
        Command::Tag(command) => tag::run(command),
        Command::Contacts(command) => contacts::run(command),
        Command::Archive(args) => everyday::run_move(everyday::Verb::Archive, args),
        Command::Junk(args) => everyday::run_move(everyday::Verb::Junk, args),
        Command::NotJunk(args) => everyday::run_move(everyday::Verb::NotJunk, args),
        Command::MarkRead(args) => everyday::run_mark_read(args),
        Command::EmptyTrash(args) => everyday::run_empty_trash(args),
        Command::Rights(args) => rights::run(args),
        Command::Settings(args) => settings::run(args),
        Command::Spell(args) => spell::run(args),
        Command::Rule(command) => runtime.block_on(rule::run(command)),
        Command::Vacation(args) => runtime.block_on(vacation::run(args)),
        Command::Import(command) => runtime.block_on(transfer::run_import(command)),
        Command::Export(args) => runtime.block_on(transfer::run_export(args)),
        Command::PackageFiles(args) => package::run(args),
    }
}
