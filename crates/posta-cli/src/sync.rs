//! `posta sync`: brings the local store in step with each account's server
//! (IMAP through the IMAP engine, POP3 through the POP3 engine). Progress
//! goes to standard error, one summary line per account to standard output.
//!
//! The password comes from the keyring; `--password-stdin` reads it from
//! standard input instead, for scripts and machines without a keyring.
//!
//! Stopping it at any moment (Ctrl-C, even `kill -9`) loses nothing: what
//! was recorded stays, and the next sync carries on from there without
//! downloading anything twice (see `tests/cli/sync_pop3_kill.rs`).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::context::{Context, FAILED};
use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::store::{keyring, AccountConfig};
use posta_core::sync::imap::sync_account;
use posta_core::sync::pop3::{sync_pop3, Pop3Account};
use posta_core::sync::quota::refresh_quota;
use posta_core::sync::SharedStore;
use posta_core::sync::{CancelToken, Event, SyncOptions, SyncSummary};
use posta_core::{Error, Secret};
use posta_i18n::t;

/// Arguments of `posta sync`.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Only this account (its name or number); every account otherwise.
    #[arg(long)]
    pub account: Option<String>,
    /// Read the password from standard input instead of the keyring (for
    /// scripts and machines without one); used for every account synced.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Why one account did not sync.
enum Failure {
    /// Already explained on standard error.
    Reported,
    /// A connection or store error to explain.
    Error(Error),
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        Failure::Error(err)
    }
}

/// Runs `posta sync`; returns the exit code (1 if any account failed).
pub async fn run(args: SyncArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let accounts = match context.accounts(args.account.as_deref()) {
        Ok(accounts) => accounts,
        Err(code) => return code,
    };
    if accounts.is_empty() {
        eprintln!("{}", t!("cli-no-accounts"));
        return 0;
    }
    let typed = if args.password_stdin {
        match super::read_password_stdin() {
            Ok(password) => Some(password),
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return super::context::USAGE;
            }
        }
    } else {
        None
    };
    let store: SharedStore = match context.store() {
        Ok(store) => Arc::new(Mutex::new(store)),
        Err(code) => return code,
    };
    let timeout = Duration::from_secs(args.timeout.max(1));
    let mut code = 0;
    for account in accounts {
        match sync_one(account, &store, typed.as_ref(), timeout).await {
            Ok(summary) => println!("{}", summary_line(account, &summary)),
            Err(failure) => {
                code = FAILED;
                if let Failure::Error(err) = failure {
                    eprintln!("error: {}", err.kind().as_str());
                    if err.kind() == posta_core::ErrorKind::AuthenticationFailed {
                        // One sentence: what happened and the command to run.
                        eprintln!("{}", super::password_refused(&account.name));
                        continue;
                    }
                    eprintln!("{}", t!("cli-sync-failed", account = account.name.as_str()));
                    eprintln!("{}", super::describe_error(&err, &account.host));
                }
            }
        }
    }
    code
}

async fn sync_one(
    account: &AccountConfig,
    store: &SharedStore,
    typed: Option<&Secret>,
    timeout: Duration,
) -> Result<SyncSummary, Failure> {
    let password = match typed {
        Some(password) => password.clone(),
        None => keyring::load_password(account.id, &account.user)
            .await
            .map_err(|err| {
                eprintln!("{}", super::account::keyring_problem(&err, &account.name));
                Failure::Reported
            })?,
    };
    let mut endpoint = account.endpoint().map_err(Error::from)?;
    endpoint.timeout = timeout;
    {
        let guard = store.lock().unwrap_or_else(|p| p.into_inner());
        guard
            .ensure_account(account.id, &account.name)
            .map_err(Error::from)?;
    }
    let name = account.name.clone();
    let mut events = move |event: Event| {
        if let Event::Progress(progress) = event {
            eprintln!(
                "{}",
                t!(
                    "cli-sync-progress",
                    account = super::context::one_line(&name),
                    folder = super::context::one_line(&progress.folder),
                    done = progress.done,
                    total = progress.total
                )
            );
        }
    };
    let options = SyncOptions {
        download_bodies: account.download_bodies,
        ..SyncOptions::default()
    };
    let cancel = CancelToken::new();
    let summary = match account.protocol {
        Protocol::Imap => {
            let mut session = ImapSession::connect(&endpoint, &account.user, &password).await?;
            let summary = sync_account(
                &mut session,
                store,
                account.id,
                &options,
                &cancel,
                &mut events,
            )
            .await?;
            // The quota is a bonus: a server that cannot say is no failure.
            if let Ok(usage) = refresh_quota(&mut session, store, account.id).await {
                super::quota::warn(account, &usage);
            }
            // Everything is in the store; a failed goodbye changes nothing.
            let _ = session.logout().await;
            // No background outlives the command: what a big first sync
            // left for the search index is indexed now.
            posta_core::sync::indexer::catch_up(store.clone()).await;
            summary
        }
        Protocol::Pop3 => {
            let pop3 = Pop3Account {
                endpoint: &endpoint,
                user: &account.user,
                password: &password,
                store,
                account,
            };
            sync_pop3(&pop3, &options, &cancel, &mut events).await?
        }
    };
    Ok(summary)
}

/// One line saying what a sync did: the main sentence, then one short
/// sentence for each other thing that happened.
fn summary_line(account: &AccountConfig, summary: &SyncSummary) -> String {
    let name = super::context::one_line(&account.name);
    let mut line = match account.protocol {
        Protocol::Imap => t!(
            "cli-sync-done-imap",
            account = name,
            new = summary.new_messages,
            folders = summary.folders
        ),
        Protocol::Pop3 => t!(
            "cli-sync-done-pop3",
            account = name,
            new = summary.new_messages
        ),
    };
    let parts = [
        (
            summary.flag_changes,
            t!("cli-sync-changed", count = summary.flag_changes),
        ),
        (
            summary.removed,
            t!("cli-sync-removed", count = summary.removed),
        ),
        (
            summary.replayed,
            t!("cli-sync-sent", count = summary.replayed),
        ),
        (
            summary.refused,
            t!("cli-sync-refused", count = summary.refused),
        ),
        (
            summary.deleted_on_server,
            t!(
                "cli-sync-deleted-on-server",
                count = summary.deleted_on_server
            ),
        ),
        (
            summary.held_back,
            t!("cli-sync-held-back", count = summary.held_back),
        ),
    ];
    for (count, sentence) in parts {
        if count > 0 {
            line.push(' ');
            line.push_str(&sentence);
        }
    }
    line
}
