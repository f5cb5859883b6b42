//! `posta sync`: brings the local store in step with each account's server
//! through the account worker's connect-and-sync path (the queue, the
//! sync, then the outbox and the quota). Progress
//! goes to standard error, one summary line per account to standard output.
//!
//! The password comes from the keyring; `--password-stdin` reads it from
//! standard input instead, for scripts and machines without a keyring.
//!
//! Stopping it at any moment (Ctrl-C, even `kill -9`) loses nothing: what
//! was recorded stays, and the next sync carries on from there without
//! downloading anything twice (see `tests/cli/sync_pop3_kill.rs`).

use super::connect::{self, Online};
use super::context::{Context, FAILED};
use posta_core::account::Protocol;
use posta_core::store::AccountConfig;
use posta_core::sync::SharedStore;
use posta_core::sync::{CancelToken, Event, SyncSummary};
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

/// What a sync of one account did.
struct Synced {
    summary: SyncSummary,
    /// Messages the outbox sent.
    sent: usize,
    /// Why messages of the outbox did not go (they wait for the next try).
    unsent: Vec<Error>,
}

/// Why one account did not sync.
enum Failure {
    /// Already explained on standard error.
    Reported,
    /// Already explained; this exit code (another Posta works on it: 75).
    Code(i32),
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
    let Online {
        context,
        accounts,
        typed,
        store,
    } = match Online::load(args.account.as_deref(), args.password_stdin) {
        Ok(online) => online,
        Err(code) => return code,
    };
    let mut code = 0;
    for account in &accounts {
        match sync_one(&context, account, &store, typed.as_ref(), args.timeout).await {
            Ok(synced) => {
                println!("{}", summary_line(account, &synced.summary, synced.sent));
                // A message that could not go is a failure to report.
                // (Once per reason: a server that is away fails them all.)
                let mut said: Vec<String> = Vec::new();
                for err in &synced.unsent {
                    code = FAILED;
                    let sentence = super::describe_for(account, err);
                    if !said.contains(&sentence) {
                        eprintln!("{sentence}");
                        said.push(sentence);
                    }
                }
            }
            // Busy (75) unless something failed (1).
            Err(Failure::Code(this)) => {
                if this != super::context::BUSY || code == 0 {
                    code = this;
                }
            }
            Err(failure) => {
                code = FAILED;
                if let Failure::Error(err) = failure {
                    eprintln!("error: {}", err.kind().as_str());
                    if err.kind() == posta_core::ErrorKind::AuthenticationFailed {
                        // One sentence: what happened and the command to run.
                        eprintln!("{}", super::describe_for(account, &err));
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
    context: &Context,
    account: &AccountConfig,
    store: &SharedStore,
    typed: Option<&Secret>,
    timeout: u64,
) -> Result<Synced, Failure> {
    // Held until the account is done: the sync, the outbox, the quota.
    let (_lock, account) = connect::hold(context, store, account)
        .await
        .map_err(Failure::Code)?;
    let account = &account;
    let password = connect::password(account, typed)
        .await
        .ok_or(Failure::Reported)?;
    match sync_with(context, account, store, &password, timeout).await {
        // A refused access token is renewed once and tried once more.
        Err(Failure::Error(err))
            if password.is_bearer()
                && err.kind() == posta_core::ErrorKind::AuthenticationFailed =>
        {
            let renewed = super::oauth::after_rejection(account, &password)
                .await
                .ok_or(Failure::Reported)?;
            sync_with(context, account, store, &renewed, timeout).await
        }
        other => other,
    }
}

async fn sync_with(
    context: &Context,
    account: &AccountConfig,
    store: &SharedStore,
    password: &Secret,
    timeout: u64,
) -> Result<Synced, Failure> {
    let run = connect::account_sync(account, password, store, timeout)?;
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
    let mut session = None;
    let summary = run
        .sync(
            &mut session,
            &run.options(),
            &CancelToken::new(),
            &mut events,
        )
        .await?;
    // Mail written while the server could not be reached goes now, as
    // the window's worker sends it after its sync.
    let (sent, unsent) = match run.send_outbox(&context.home).await {
        None => (0, Vec::new()),
        Some(Ok(report)) => (
            report.sent.len(),
            report.failed.into_iter().map(|(_, f)| f.error).collect(),
        ),
        Some(Err(err)) => (0, vec![err]),
    };
    if let Some(mut session) = session {
        // The quota is a bonus: a server that cannot say is no failure.
        if let Ok(usage) = run.quota(&mut session).await {
            super::quota::warn(account, &usage);
        }
        // Everything is in the store; a failed goodbye changes nothing.
        let _ = session.logout().await;
        // No background outlives the command: what a big first sync
        // left for the search index is indexed now.
        posta_core::sync::indexer::catch_up(store.clone()).await;
    }
    Ok(Synced {
        summary,
        sent,
        unsent,
    })
}

/// One line saying what a sync did: the main sentence, then one short
/// sentence for each other thing that happened.
fn summary_line(account: &AccountConfig, summary: &SyncSummary, sent: usize) -> String {
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
        (
            summary.kept_on_server,
            t!("cli-sync-kept-on-server", count = summary.kept_on_server),
        ),
        (sent, t!("cli-sync-outbox-sent", count = sent)),
    ];
    for (count, sentence) in parts {
        if count > 0 {
            line.push(' ');
            line.push_str(&sentence);
        }
    }
    line
}
