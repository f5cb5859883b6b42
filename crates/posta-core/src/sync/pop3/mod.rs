//! POP3 sync of one account into its local `INBOX`.
//!
//! The POP3 ledger (UIDL → downloaded when, deleted where) decides what is
//! new. Each new message streams from `RETR` straight into a Maildir
//! temporary file, which is synced and renamed into `cur/`; only then is it
//! recorded — message row, full-text entry and ledger entry in one durable
//! transaction. Only a recorded message may be deleted on the server, and
//! only as the account's [`KeepCopy`] policy says.
//!
//! POP3 deletes at `QUIT`: `DELE` merely marks. So the ledger is told a
//! message is gone from the server only after `QUIT` succeeded. If the
//! connection drops before, the server keeps the messages; the next sync
//! finds them in the ledger (nothing is downloaded twice) and sends `DELE`
//! again. Killed at any moment, a sync loses nothing and duplicates nothing:
//!
//! | killed …                          | next sync                                |
//! |-----------------------------------|------------------------------------------|
//! | during `RETR`                     | temporary file swept, message downloaded |
//! | body in `cur/`, not yet recorded  | file swept, message downloaded           |
//! | recorded, before `DELE`/`QUIT`    | not downloaded, `DELE` sent (policy)     |
//! | after `QUIT`, before the mark     | gone from the listing: ledger forgets it |

mod download;
mod listing;
mod plan;
mod server;
mod sweep;

use std::collections::HashSet;
use std::io;
use std::sync::Arc;

use super::{with_store, SharedStore};
use super::{CancelToken, Event, Progress, SyncOptions, SyncSummary};
use crate::error::{Error, Result};
use crate::imap::SpecialUse;
use crate::net::Endpoint;
use crate::pop3::Pop3Session;
use crate::secret::Secret;
use crate::store::{AccountConfig, FolderRow, KeepCopy, Maildir, Store, StoreError};
use download::Pipeline;

pub use server::{
    cached_listing, delete_on_server, download_from_server, server_listing, unknown_uidls,
    ServerMessage, ServerState,
};

/// The local folder POP3 mail arrives in.
pub const INBOX: &str = "INBOX";

/// One POP3 account to work on: where and as whom to log in, and the store
/// and settings its mail goes by. Every call of this module takes one.
#[derive(Clone, Copy)]
pub struct Pop3Account<'a> {
    /// The server.
    pub endpoint: &'a Endpoint,
    /// The login name.
    pub user: &'a str,
    /// The password.
    pub password: &'a Secret,
    /// The local store the mail goes into.
    pub store: &'a SharedStore,
    /// The account's settings (keep-copy policy, download limit).
    pub account: &'a AccountConfig,
}

impl Pop3Account<'_> {
    /// Logs in.
    async fn connect(&self) -> Result<Pop3Session> {
        Pop3Session::connect(self.endpoint, self.user, self.password).await
    }
}

/// Downloads what is new, deletes on the server what the keep-copy policy
/// says, and returns what was done. Progress (`done` of `total` new
/// messages) goes to `events`; `cancel` is checked between messages, and a
/// cancelled sync still ends its session cleanly, so the deletions of
/// messages already safe here take effect.
///
/// `options` holds nothing that applies to POP3 (it has no folders to batch
/// and always downloads whole messages); it is taken so both engines are
/// called alike.
pub async fn sync_pop3(
    pop3: &Pop3Account<'_>,
    options: &SyncOptions,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let _ = options;
    session(pop3, None, cancel, events).await
}

/// What a session works on: the store, the account and its INBOX.
struct Target<'a> {
    store: &'a SharedStore,
    account: &'a AccountConfig,
    folder_id: i64,
    /// The INBOX's bodies.
    maildir: Maildir,
}

/// Progress of one session, kept outside [`run`] so what it did is known
/// even when it fails half-way.
#[derive(Debug, Default)]
struct Work {
    summary: SyncSummary,
    /// UIDLs marked with `DELE` in this session, deleted at `QUIT`.
    deleted: Vec<String>,
}

/// One POP3 session: prepare the store, log in, do the work, `QUIT`, and
/// only then record the deletions in the ledger. `wanted`, when given,
/// limits the downloads to those UIDLs and ignores the size limit.
async fn session(
    pop3: &Pop3Account<'_>,
    wanted: Option<&HashSet<String>>,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let (store, account) = (pop3.store, pop3.account);
    let (folder_id, maildir) = prepare(store, account).await?;
    let target = Target {
        store,
        account,
        folder_id,
        maildir,
    };
    let mut session = pop3.connect().await?;
    let mut work = Work::default();
    let ran = run(&mut session, &target, wanted, cancel, events, &mut work).await;
    // Even after a failure: every DELE sent was for a message that is safe
    // here, so letting it take effect is right. After a network error the
    // session refuses to send QUIT, and the server keeps everything.
    let quit = session.quit().await;
    if quit.is_ok() && !work.deleted.is_empty() {
        let account_id = account.id;
        let deleted = std::mem::take(&mut work.deleted);
        work.summary.deleted_on_server = deleted.len();
        on_store(store, move |s| {
            let uidls: Vec<&str> = deleted.iter().map(String::as_str).collect();
            s.pop3_mark_deleted_on_server(account_id, &uidls)
        })
        .await?;
    }
    ran?;
    quit?;
    events(Event::FolderSynced {
        account: account.id,
        folder: INBOX.to_owned(),
    });
    Ok(work.summary)
}

/// Makes sure the account and its INBOX exist in the store, sweeps body
/// files that a killed sync left unrecorded, and returns the INBOX's id and
/// Maildir.
async fn prepare(store: &SharedStore, account: &AccountConfig) -> Result<(i64, Maildir)> {
    let (id, name) = (account.id, account.name.clone());
    let (folder_id, maildir, unrecorded) = on_store(store, move |s| {
        s.ensure_account(id, &name)?;
        let folder = s.upsert_folder(id, &FolderRow::local(id, INBOX, Some(SpecialUse::Inbox)))?;
        Ok((
            folder,
            s.folder_maildir(folder)?,
            s.pop3_unrecorded_bodies(folder)?,
        ))
    })
    .await?;
    tokio::task::spawn_blocking(move || sweep::sweep(&unrecorded))
        .await
        .map_err(task_failed)?;
    Ok((folder_id, maildir))
}

/// The session's work between login and `QUIT`.
async fn run(
    session: &mut Pop3Session,
    target: &Target<'_>,
    wanted: Option<&HashSet<String>>,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
    work: &mut Work,
) -> Result<()> {
    let listing = listing::list_mailbox(session).await?;
    let account = target.account;
    let account_id = account.id;
    let known = on_store(target.store, move |s| s.pop3_known(account_id)).await?;
    let plan = plan::plan(&listing, &known, account, wanted, unix_now());
    work.summary.folders = 1;
    work.summary.held_back = plan.held_back.len();
    // The INBOX shows held-back messages as placeholders: their headers
    // are asked for once (`TOP n 0`), nothing more of them is downloaded.
    let held_back: HashSet<&str> = plan.held_back.iter().map(|m| m.uidl.as_str()).collect();
    server::remember_listing(session, target.store, account_id, &listing, |m| {
        held_back.contains(m.uidl.as_str())
    })
    .await?;
    if !plan.forget.is_empty() {
        let forget = plan.forget.clone();
        on_store(target.store, move |s| {
            let uidls: Vec<&str> = forget.iter().map(String::as_str).collect();
            s.pop3_forget(account_id, &uidls)
        })
        .await?;
    }
    // Deletions left over from an interrupted session, or due by age or
    // because the user deleted the message here.
    for message in &plan.delete {
        session.dele(message.number).await?;
        work.deleted.push(message.uidl.clone());
    }

    let total = plan.download.len();
    let progress = |done| {
        Event::Progress(Progress {
            account: account_id,
            folder: INBOX.to_owned(),
            done,
            total,
        })
    };
    if total > 0 {
        events(progress(0));
    }
    let delete_now = account.keep_copy == KeepCopy::DeleteAfterDownload;
    let mut pipeline = Pipeline::new(target, delete_now);
    for (index, message) in plan.download.iter().enumerate() {
        if cancel.is_cancelled() {
            pipeline.finish(session, work).await?;
            return Err(Error::Cancelled);
        }
        match download::download(session, target, message).await {
            Ok(syncing) => pipeline.add(message, syncing),
            Err(err) => {
                // Keep what is already on disk; the failure still ends the run.
                let _ = pipeline.finish(session, work).await;
                return Err(err);
            }
        }
        if pipeline.is_full() {
            pipeline.seal(session, work).await?;
        }
        events(progress(index + 1));
    }
    pipeline.finish(session, work).await
}

/// Runs a store call on the blocking pool (SQLite and fsync block).
async fn on_store<T: Send + 'static>(
    store: &SharedStore,
    work: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T> {
    let store = Arc::clone(store);
    tokio::task::spawn_blocking(move || with_store(&store, |s| work(s).map_err(Error::from)))
        .await
        .map_err(task_failed)?
}

fn task_failed(err: tokio::task::JoinError) -> Error {
    Error::Io(Arc::new(io::Error::other(format!(
        "a background task stopped: {err}"
    ))))
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
