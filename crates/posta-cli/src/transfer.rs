//! `posta import mbox|maildir|eml PATH… --account A --folder F` and `posta
//! export`: mail brought into a local folder (a POP3 account's, or a kept
//! local folder set) or an IMAP account's server folder, with its state
//! and tags, journaled so a second run doubles nothing; folders written
//! out as mbox, Maildir or `.eml`, byte for byte as stored.

use std::path::PathBuf;

use super::connect;
use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::store::{AccountConfig, FolderRow, Store};
use posta_core::sync::CancelToken;
use posta_core::transfer::export::{export_folders, fetch_missing_bodies, ExportReport};
use posta_core::transfer::import::{
    import_local, import_to_server, local_folder, ImportError, ImportReport,
};
use posta_core::transfer::mbox::MboxError;
use posta_core::transfer::source::{Format, Source, SourceError};
use posta_i18n::t;

/// `posta import`'s forms.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// Bring in mbox files (Thunderbird's folders, `mbox` exports).
    Mbox(ImportArgs),
    /// Bring in Maildirs (`cur/` and `new/`).
    Maildir(ImportArgs),
    /// Bring in `.eml` files, or directories of them.
    Eml(ImportArgs),
    /// Bring in a Thunderbird profile's accounts, local folders and tags
    /// (shown for review; saved with --yes).
    Thunderbird(super::thunderbird::ThunderbirdArgs),
}

/// Arguments of `posta import mbox|maildir|eml`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The files or directories to bring in.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The account (its name or number) the mail goes to.
    #[arg(long)]
    pub account: String,
    /// The folder it goes to (made when missing); `/` separates levels.
    #[arg(long, default_value = "INBOX")]
    pub folder: String,
    /// Read the IMAP password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Arguments of `posta export`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["folder", "all"])))]
pub struct ExportArgs {
    /// The account (its name or number).
    #[arg(long)]
    pub account: String,
    /// The folder to write out; OUT is then the mbox file or the directory.
    #[arg(long)]
    pub folder: Option<String>,
    /// Every folder; OUT is a directory with one entry per folder.
    #[arg(long)]
    pub all: bool,
    /// `mbox`, `maildir` or `eml`.
    #[arg(long, value_parser = parse_format)]
    pub format: Format,
    /// Download bodies not on this computer first (IMAP).
    #[arg(long)]
    pub fetch: bool,
    /// Read the IMAP password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Where to write.
    pub out: PathBuf,
}

fn parse_format(text: &str) -> Result<Format, String> {
    match text.to_ascii_lowercase().as_str() {
        "mbox" => Ok(Format::Mbox),
        "maildir" => Ok(Format::Maildir),
        "eml" => Ok(Format::Eml),
        _ => Err(format!(
            "unknown format {text:?} (use mbox, maildir or eml)"
        )),
    }
}

/// Runs `posta import`; returns the exit code.
pub async fn run_import(command: ImportCommand) -> i32 {
    let (format, args) = match command {
        ImportCommand::Mbox(args) => (Format::Mbox, args),
        ImportCommand::Maildir(args) => (Format::Maildir, args),
        ImportCommand::Eml(args) => (Format::Eml, args),
        ImportCommand::Thunderbird(args) => return super::thunderbird::run(args).await,
    };
    let (context, account, store) = match account_and_store(&args.account) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let mut source = Source::new(format, args.paths.clone());
    let cancel = CancelToken::new();
    let mut progress = |read: usize| {
        if read % 10 == 0 {
            eprintln!("{}", t!("transfer-import-progress", count = read));
        }
    };
    let result = if account.protocol == Protocol::Imap && !account.host.is_empty() {
        let typed = match connect::typed_password(args.password_stdin) {
            Ok(typed) => typed,
            Err(code) => return code,
        };
        let Some(password) = connect::password(&account, typed.as_ref()).await else {
            return FAILED;
        };
        let shared = match connect::shared_store(&context) {
            Ok(shared) => shared,
            Err(code) => return code,
        };
        let session = match connect::account_sync(&account, &password, &shared, args.timeout) {
            Ok(sync) => sync.connect().await,
            Err(err) => Err(err),
        };
        let mut session = match session {
            Ok(session) => session,
            Err(err) => {
                eprintln!("{}", super::describe_for(&account, &err));
                return FAILED;
            }
        };
        let result = import_to_server(
            &mut session,
            &store,
            account.id,
            &args.folder,
            &mut source,
            &cancel,
            &mut progress,
        )
        .await;
        let _ = session.logout().await;
        result
    } else {
        if let Err(err) = store.ensure_account(account.id, &account.name) {
            return super::context::store_failed(err);
        }
        local_folder(&store, account.id, &args.folder)
            .and_then(|folder| import_local(&store, folder, &mut source, &cancel, &mut progress))
    };
    match result {
        Ok(report) => {
            print_import(&report, &account, &args.folder);
            0
        }
        Err(err) => {
            eprintln!("{}", import_failure(&err, &account));
            eprintln!("{}", t!("transfer-import-resume"));
            FAILED
        }
    }
}

/// The summary on standard output, what was special on standard error.
fn print_import(report: &ImportReport, account: &AccountConfig, folder: &str) {
    for origin in &report.headerless {
        eprintln!(
            "{}",
            t!("transfer-import-headerless", origin = one_line(origin))
        );
    }
    for origin in &report.cut_off {
        eprintln!(
            "{}",
            t!("transfer-import-cut-off", origin = one_line(origin))
        );
    }
    println!(
        "{}",
        t!(
            "transfer-import-done",
            count = report.imported,
            account = one_line(&account.name),
            folder = one_line(folder)
        )
    );
    if report.already > 0 {
        println!("{}", t!("transfer-import-already", count = report.already));
    }
    if report.deleted > 0 {
        println!("{}", t!("transfer-import-deleted", count = report.deleted));
    }
}

/// Why an import stopped, as a sentence.
pub(crate) fn import_failure(err: &ImportError, account: &AccountConfig) -> String {
    match err {
        ImportError::Account(err) => super::describe_for(account, err),
        ImportError::Source(err) => source_failure(err),
    }
}

fn source_failure(err: &SourceError) -> String {
    match err {
        SourceError::Mbox { path, source } => {
            let path = one_line(&path.display().to_string());
            match source {
                MboxError::NotMbox => t!("transfer-not-mbox", path = path),
                MboxError::TooLarge { index, .. } => {
                    t!("transfer-too-large", path = path, index = *index)
                }
                MboxError::Io(err) => t!(
                    "transfer-unreadable",
                    path = path,
                    details = err.to_string()
                ),
            }
        }
        SourceError::NotMaildir(path) => {
            t!(
                "transfer-not-maildir",
                path = one_line(&path.display().to_string())
            )
        }
        SourceError::Io { path, source } => t!(
            "transfer-unreadable",
            path = one_line(&path.display().to_string()),
            details = source.to_string()
        ),
    }
}

/// The context, the account (or local folder set) `name` names, and the
/// store: where import and export start. Says why not.
fn account_and_store(name: &str) -> Result<(Context, AccountConfig, Store), i32> {
    let context = Context::load()?;
    let account = context.readable_accounts(Some(name))?.remove(0);
    let store = context.store()?;
    Ok((context, account, store))
}

/// Runs `posta export`; returns the exit code.
pub async fn run_export(args: ExportArgs) -> i32 {
    let (context, account, store) = match account_and_store(&args.account) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let folders = match chosen_folders(&store, &account, args.folder.as_deref()) {
        Ok(folders) => folders,
        Err(code) => return code,
    };
    let cancel = CancelToken::new();
    if args.fetch && account.protocol == Protocol::Imap && !account.host.is_empty() {
        if let Err(code) = fetch_first(&context, &store, &account, &folders, &args, &cancel).await {
            return code;
        }
    }
    let mut progress = |written: usize| {
        if written % 100 == 0 {
            eprintln!("{}", t!("transfer-export-progress", count = written));
        }
    };
    let single = args.folder.is_some();
    match export_folders(
        &store,
        &folders,
        args.format,
        &args.out,
        single,
        &cancel,
        &mut progress,
    ) {
        Ok(report) => print_export(&report),
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, ""));
            FAILED
        }
    }
}

/// The folder named, or every folder of the account; prints why not.
fn chosen_folders(
    store: &Store,
    account: &AccountConfig,
    wanted: Option<&str>,
) -> Result<Vec<FolderRow>, i32> {
    let folders = store
        .folders(account.id)
        .map_err(super::context::store_failed)?;
    let Some(wanted) = wanted else {
        return Ok(folders.into_iter().filter(|f| !f.shared).collect());
    };
    let found = folders
        .iter()
        .find(|f| f.name == wanted)
        .or_else(|| folders.iter().find(|f| f.name.eq_ignore_ascii_case(wanted)));
    match found {
        Some(folder) => Ok(vec![folder.clone()]),
        None => {
            eprintln!(
                "{}",
                t!(
                    "transfer-folder-not-found",
                    folder = one_line(wanted),
                    account = one_line(&account.name)
                )
            );
            Err(USAGE)
        }
    }
}

/// Downloads the bodies the store lacks before an export.
async fn fetch_first(
    context: &Context,
    store: &Store,
    account: &AccountConfig,
    folders: &[FolderRow],
    args: &ExportArgs,
    cancel: &CancelToken,
) -> Result<(), i32> {
    let typed = connect::typed_password(args.password_stdin)?;
    let Some(password) = connect::password(account, typed.as_ref()).await else {
        return Err(FAILED);
    };
    let shared = connect::shared_store(context)?;
    let failed = |err: posta_core::Error| {
        eprintln!("{}", super::describe_for(account, &err));
        FAILED
    };
    let sync = connect::account_sync(account, &password, &shared, args.timeout).map_err(failed)?;
    let mut session = sync.connect().await.map_err(failed)?;
    for folder in folders.iter().filter(|f| f.selectable && !f.local) {
        let name = one_line(&folder.name);
        let mut progress = |fetched: usize| {
            eprintln!(
                "{}",
                t!(
                    "transfer-export-fetching",
                    folder = name.as_str(),
                    count = fetched
                )
            );
        };
        fetch_missing_bodies(&mut session, store, folder, cancel, &mut progress)
            .await
            .map_err(failed)?;
    }
    let _ = session.logout().await;
    Ok(())
}

/// The summary; every message left out named on standard error, and the
/// exit code (1 when something was left out: the export is not whole).
fn print_export(report: &ExportReport) -> i32 {
    for skipped in &report.skipped {
        let date = skipped
            .date
            .map(|seconds| {
                let (year, month, day) = super::message_line::civil_date(seconds);
                posta_i18n::format_date(year, month, day, posta_i18n::current_language())
            })
            .unwrap_or_default();
        eprintln!(
            "{}",
            t!(
                "transfer-export-skipped",
                folder = one_line(&skipped.folder),
                date = date,
                subject = one_line(&skipped.subject)
            )
        );
    }
    println!(
        "{}",
        t!(
            "transfer-export-done",
            count = report.written,
            folders = report.folders
        )
    );
    if report.skipped.is_empty() {
        0
    } else {
        eprintln!(
            "{}",
            t!("transfer-export-incomplete", count = report.skipped.len())
        );
        FAILED
    }
}
