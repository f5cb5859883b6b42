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

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::AsyncWrite;

use super::imap::{with_store, SharedStore};
use super::{CancelToken, Event, Progress, SyncOptions, SyncSummary};
use crate::core::error::{Error, Result};
use crate::core::imap::SpecialUse;
use crate::core::message::{Headers, RemoteId};
use crate::core::net::Endpoint;
use crate::core::pop3::Pop3Session;
use crate::core::secret::Secret;
use crate::core::store::{
    maildir, AccountConfig, Delivered, Delivery, FolderRow, KeepCopy, LedgerEntry, Maildir,
    Pop3Download, RealFiles, Store, StoreError,
};

/// The local folder POP3 mail arrives in.
pub const INBOX: &str = "INBOX";

/// One message in the server's mailbox, as the server-mailbox view shows
/// it: enough to decide to skip or delete a large message without
/// downloading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMessage {
    /// Its number in this session (RFC 1939 message number).
    pub number: u32,
    /// Its unique id, stable across sessions.
    pub uidl: String,
    /// Its size in octets, as `LIST` reports it.
    pub size: u64,
    /// Its decoded header fields (from `TOP n 0`).
    pub headers: Headers,
    /// True when a copy is already here (the ledger knows it).
    pub downloaded: bool,
    /// True when it is larger than the account's `max_download_size`, so a
    /// sync leaves it on the server.
    pub too_large: bool,
}

/// A message of the server's listing: number, unique id, size.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    number: u32,
    uidl: String,
    size: u64,
}

/// What one session will do, decided from the listing and the ledger
/// before any message moves.
#[derive(Debug, Default, PartialEq, Eq)]
struct Plan {
    /// New messages to download, in server order.
    download: Vec<Listed>,
    /// New messages left on the server for their size.
    held_back: Vec<Listed>,
    /// Downloaded earlier and due for deletion on the server now.
    delete: Vec<Listed>,
    /// Ledger entries the server no longer lists.
    forget: Vec<String>,
}

/// Decides a session's work. `wanted`, when given, limits the downloads to
/// those UIDLs and ignores the size limit (the user asked for them).
fn plan(
    listing: &[Listed],
    known: &HashMap<String, LedgerEntry>,
    account: &AccountConfig,
    wanted: Option<&HashSet<String>>,
    now: i64,
) -> Plan {
    let mut plan = Plan::default();
    for message in listing {
        match known.get(&message.uidl) {
            Some(entry) => {
                if entry.due_for_server_deletion(account.keep_copy, now) {
                    plan.delete.push(message.clone());
                }
            }
            None => match wanted {
                Some(wanted) if wanted.contains(&message.uidl) => {
                    plan.download.push(message.clone())
                }
                Some(_) => {}
                None if too_large(account, message.size) => plan.held_back.push(message.clone()),
                None => plan.download.push(message.clone()),
            },
        }
    }
    // RFC 1939 §7: a unique-id is never reused in a maildrop, so an id the
    // server stopped listing can never come back: nothing is left to decide.
    let listed: HashSet<&str> = listing.iter().map(|m| m.uidl.as_str()).collect();
    plan.forget = known
        .keys()
        .filter(|uidl| !listed.contains(uidl.as_str()))
        .cloned()
        .collect();
    plan.forget.sort();
    plan
}

fn too_large(account: &AccountConfig, size: u64) -> bool {
    account.max_download_size.is_some_and(|limit| size > limit)
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
#[allow(clippy::too_many_arguments)] // the worker's contract: one call shape for IMAP and POP3
pub async fn sync_pop3(
    endpoint: &Endpoint,
    user: &str,
    password: &Secret,
    store: &SharedStore,
    account: &AccountConfig,
    options: &SyncOptions,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let _ = options;
    let login = Login {
        endpoint,
        user,
        password,
    };
    session(&login, store, account, None, cancel, events).await
}

/// Downloads the messages with these UIDLs even if they exceed the size
/// limit (the user asked for them after seeing the server listing); the
/// keep-copy policy applies as in a sync. Unknown or already downloaded
/// UIDLs are ignored. Dropping the future cancels; what was recorded stays.
pub async fn download_from_server(
    endpoint: &Endpoint,
    user: &str,
    password: &Secret,
    store: &SharedStore,
    account: &AccountConfig,
    uidls: &[String],
) -> Result<SyncSummary> {
    let wanted: HashSet<String> = uidls.iter().cloned().collect();
    let login = Login {
        endpoint,
        user,
        password,
    };
    session(
        &login,
        store,
        account,
        Some(&wanted),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
}

/// The server's mailbox with headers, sizes and whether each message is
/// already here, without downloading any message.
pub async fn server_listing(
    endpoint: &Endpoint,
    user: &str,
    password: &Secret,
    store: &SharedStore,
    account: &AccountConfig,
) -> Result<Vec<ServerMessage>> {
    let account_id = account.id;
    let known = on_store(store, move |s| s.pop3_known(account_id)).await?;
    let mut session = Pop3Session::connect(endpoint, user, password).await?;
    let listing = list_mailbox(&mut session).await?;
    // TOP n 0 for every message, pipelined where the server allows it.
    let mut headers: HashMap<String, Headers> = HashMap::with_capacity(listing.len());
    for envelope in session.envelopes().await? {
        if let RemoteId::Uidl(uidl) = envelope.id {
            headers.entry(uidl).or_insert(envelope.headers);
        }
    }
    session.quit().await?;
    Ok(listing
        .into_iter()
        .map(|message| ServerMessage {
            downloaded: known.contains_key(&message.uidl),
            too_large: too_large(account, message.size),
            headers: headers.remove(&message.uidl).unwrap_or_default(),
            number: message.number,
            uidl: message.uidl,
            size: message.size,
        })
        .collect())
}

/// Deletes these messages on the server, downloaded or not (a message too
/// large to download can be deleted unseen); returns how many the server
/// deleted. UIDLs the server does not list are ignored.
pub async fn delete_on_server(
    endpoint: &Endpoint,
    user: &str,
    password: &Secret,
    store: &SharedStore,
    account: &AccountConfig,
    uidls: &[String],
) -> Result<usize> {
    let wanted: HashSet<&str> = uidls.iter().map(String::as_str).collect();
    let mut session = Pop3Session::connect(endpoint, user, password).await?;
    let listing = list_mailbox(&mut session).await?;
    let mut deleted = Vec::new();
    for message in listing.iter().filter(|m| wanted.contains(m.uidl.as_str())) {
        session.dele(message.number).await?;
        deleted.push(message.uidl.clone());
    }
    session.quit().await?;
    let account_id = account.id;
    let count = deleted.len();
    on_store(store, move |s| {
        let known = s.pop3_known(account_id)?;
        let recorded: Vec<&str> = deleted
            .iter()
            .map(String::as_str)
            .filter(|uidl| known.contains_key(*uidl))
            .collect();
        s.pop3_mark_deleted_on_server(account_id, &recorded)
    })
    .await?;
    Ok(count)
}

/// Where and as whom to log in.
struct Login<'a> {
    endpoint: &'a Endpoint,
    user: &'a str,
    password: &'a Secret,
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
/// only then record the deletions in the ledger.
async fn session(
    login: &Login<'_>,
    store: &SharedStore,
    account: &AccountConfig,
    wanted: Option<&HashSet<String>>,
    cancel: &CancelToken,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<SyncSummary> {
    let (folder_id, maildir) = prepare(store, account).await?;
    let target = Target {
        store,
        account,
        folder_id,
        maildir,
    };
    let mut session = Pop3Session::connect(login.endpoint, login.user, login.password).await?;
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
    tokio::task::spawn_blocking(move || sweep(&unrecorded))
        .await
        .map_err(task_failed)?;
    Ok((folder_id, maildir))
}

/// Removes files that no message row refers to and whose writer is gone:
/// the leftovers of a sync killed between writing a body and recording it.
/// A file whose writer still runs may be about to be recorded, so it stays.
fn sweep(unrecorded: &[PathBuf]) {
    for path in unrecorded {
        if writer_is_gone(path) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// True when the process that wrote this Maildir file has exited: its
/// name is `<secs>.M<micros>P<pid>Q<n>.<host>`. Unknown means "maybe
/// alive", so the file is kept.
fn writer_is_gone(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(pid) = writer_pid(maildir::unique_part(name)) else {
        return false;
    };
    if pid == std::process::id() {
        return false;
    }
    process_is_gone(pid)
}

/// The writer's process id in a unique name written by
/// [`maildir::unique_name`].
fn writer_pid(unique: &str) -> Option<u32> {
    let after_p = unique.split('.').nth(1)?.split_once('P')?.1;
    after_p.split_once('Q')?.0.parse().ok()
}

#[cfg(target_os = "linux")]
fn process_is_gone(pid: u32) -> bool {
    !Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_is_gone(_pid: u32) -> bool {
    // Without /proc we cannot tell; keeping a stray file is the safe side.
    false
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
    let listing = list_mailbox(session).await?;
    let account = target.account;
    let account_id = account.id;
    let known = on_store(target.store, move |s| s.pop3_known(account_id)).await?;
    let plan = plan(&listing, &known, account, wanted, unix_now());
    work.summary.folders = 1;
    work.summary.held_back = plan.held_back.len();
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
        match download(session, target, message).await {
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

/// A body being synced to disk in the background.
type Syncing = tokio::task::JoinHandle<Result<Delivered>>;

/// Downloads on their way to being recorded, overlapped with the next
/// `RETR`s: each body's file is synced in the background while the next
/// message streams in, and a full batch is recorded in the background (one
/// directory sync and one database transaction for the lot) while the next
/// batch downloads. A message counts as here — and may leave the server —
/// only once its batch's record is done.
struct Pipeline {
    store: SharedStore,
    maildir: Maildir,
    account: i64,
    folder: i64,
    delete_now: bool,
    /// The open batch: bodies still syncing.
    syncing: Vec<(Listed, Syncing)>,
    bytes: u64,
    /// The sealed batch being recorded, at most one.
    recording: Option<tokio::task::JoinHandle<Recorded>>,
}

/// What recording a batch did: the messages now safely here, and the first
/// failure (a body that could not be synced, or the record itself).
struct Recorded {
    messages: Vec<Listed>,
    failure: Option<Error>,
}

impl Pipeline {
    /// At most this many messages in a batch.
    const MESSAGES: usize = 64;
    /// At most this many bytes in a batch.
    const BYTES: u64 = 16 << 20;

    fn new(target: &Target<'_>, delete_now: bool) -> Pipeline {
        Pipeline {
            store: Arc::clone(target.store),
            maildir: target.maildir.clone(),
            account: target.account.id,
            folder: target.folder_id,
            delete_now,
            syncing: Vec::new(),
            bytes: 0,
            recording: None,
        }
    }

    fn add(&mut self, message: &Listed, syncing: Syncing) {
        self.bytes += message.size;
        self.syncing.push((message.clone(), syncing));
    }

    fn is_full(&self) -> bool {
        self.syncing.len() >= Self::MESSAGES || self.bytes >= Self::BYTES
    }

    /// Waits for the batch being recorded, then starts recording the open
    /// one in the background.
    async fn seal(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        self.settle(session, work).await?;
        if self.syncing.is_empty() {
            return Ok(());
        }
        let syncing = std::mem::take(&mut self.syncing);
        self.bytes = 0;
        let (store, maildir) = (Arc::clone(&self.store), self.maildir.clone());
        let (account, folder) = (self.account, self.folder);
        self.recording = Some(tokio::spawn(record(
            syncing, store, maildir, account, folder,
        )));
        Ok(())
    }

    /// Records everything downloaded so far and waits for it.
    async fn finish(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        self.seal(session, work).await?;
        self.settle(session, work).await
    }

    /// Waits for the batch being recorded; its messages are here now, so
    /// (per policy) they are deleted on the server.
    async fn settle(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        let Some(recording) = self.recording.take() else {
            return Ok(());
        };
        let recorded = recording.await.map_err(task_failed)?;
        work.summary.new_messages += recorded.messages.len();
        if self.delete_now {
            for message in &recorded.messages {
                session.dele(message.number).await?;
                work.deleted.push(message.uidl.clone());
            }
        }
        recorded.failure.map_or(Ok(()), Err)
    }
}

/// Waits for a batch's bodies to be synced, makes their names durable and
/// records those that made it, in one transaction.
async fn record(
    syncing: Vec<(Listed, Syncing)>,
    store: SharedStore,
    maildir: Maildir,
    account: i64,
    folder: i64,
) -> Recorded {
    let mut failure = None;
    let mut synced = Vec::with_capacity(syncing.len());
    for (message, body) in syncing {
        match body.await.map_err(task_failed).and_then(|r| r) {
            Ok(delivered) => synced.push((message, delivered)),
            Err(err) => {
                failure.get_or_insert(err);
            }
        }
    }
    if synced.is_empty() {
        return Recorded {
            messages: Vec::new(),
            failure,
        };
    }
    let recorded = tokio::task::spawn_blocking(move || {
        maildir.sync_cur().map_err(Error::from)?;
        // Read back and parse before taking the store: the UI keeps reading
        // it meanwhile.
        let downloads = Pop3Download::read_all(synced.iter().map(|(m, d)| (m.uidl.as_str(), d)))?;
        with_store(&store, |s| {
            s.pop3_record_downloads(account, folder, &downloads)
                .map_err(Error::from)
        })?;
        Ok(synced)
    })
    .await
    .map_err(task_failed)
    .and_then(|r| r);
    match recorded {
        Ok(synced) => Recorded {
            messages: synced.into_iter().map(|(m, _)| m).collect(),
            failure,
        },
        Err(err) => Recorded {
            messages: Vec::new(),
            failure: Some(failure.unwrap_or(err)),
        },
    }
}

/// `UIDL` and `LIST` merged, in server order. A server that lists a unique
/// id twice has only the first one touched.
async fn list_mailbox(session: &mut Pop3Session) -> Result<Vec<Listed>> {
    let ids = session.uidl().await?;
    let sizes: HashMap<u32, u64> = session.list().await?.into_iter().collect();
    let mut seen = HashSet::with_capacity(ids.len());
    Ok(ids
        .into_iter()
        .filter(|(_, uidl)| seen.insert(uidl.clone()))
        .map(|(number, uidl)| Listed {
            number,
            size: sizes.get(&number).copied().unwrap_or(0),
            uidl,
        })
        .collect())
}

/// Streams one message into the INBOX Maildir and starts syncing the file
/// in the background; the caller records it (see [`Pipeline`]). A failure
/// leaves no file behind.
async fn download(
    session: &mut Pop3Session,
    target: &Target<'_>,
    message: &Listed,
) -> Result<Syncing> {
    let delivery = target.maildir.begin(&RealFiles).map_err(Error::from)?;
    let mut sink = BlockingSink(delivery);
    session.retr_to(message.number, &mut sink).await?;
    let delivery = sink.0;
    Ok(tokio::task::spawn_blocking(move || {
        delivery.finish_unsynced(&[]).map_err(Error::from)
    }))
}

/// Hands `RETR`'s chunks to a Maildir delivery, which writes with blocking
/// calls. Those land in the page cache (at most 128 KiB per call, no
/// fsync), so they cost the runtime no more than a memory copy; the one
/// slow step, syncing the file, runs on the blocking pool afterwards.
struct BlockingSink(Delivery<'static>);

impl AsyncWrite for BlockingSink {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Poll::Ready(self.get_mut().0.write(buf))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(self.get_mut().0.flush())
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::account::Protocol;
    use crate::core::net::Security;

    const DAY: i64 = 86_400;

    fn account(keep_copy: KeepCopy, max_download_size: Option<u64>) -> AccountConfig {
        AccountConfig {
            id: 1,
            name: "Pošta".into(),
            email: "jan@example.sk".into(),
            display_name: String::new(),
            protocol: Protocol::Pop3,
            host: "pop.example.sk".into(),
            port: 995,
            security: Security::Tls,
            user: "jan".into(),
            extra_ca_file: None,
            pinned_fingerprint: None,
            smtp: None,
            keep_copy,
            max_download_size,
            download_bodies: false,
            check_interval: crate::core::store::config::DEFAULT_CHECK_INTERVAL,
        }
    }

    fn listed(number: u32, uidl: &str, size: u64) -> Listed {
        Listed {
            number,
            uidl: uidl.into(),
            size,
        }
    }

    fn entry(downloaded_at: i64, deleted_locally: bool) -> LedgerEntry {
        LedgerEntry {
            message_id: Some(1),
            downloaded_at,
            deleted_locally,
            deleted_on_server: false,
        }
    }

    fn uidls(messages: &[Listed]) -> Vec<&str> {
        messages.iter().map(|m| m.uidl.as_str()).collect()
    }

    #[test]
    fn the_ledger_decides_what_is_new() {
        let listing = [listed(1, "a", 10), listed(2, "b", 10), listed(3, "c", 10)];
        let known = HashMap::from([("b".to_owned(), entry(0, false))]);
        let plan = plan(&listing, &known, &account(KeepCopy::Keep, None), None, DAY);
        assert_eq!(uidls(&plan.download), ["a", "c"]);
        assert!(plan.delete.is_empty() && plan.held_back.is_empty() && plan.forget.is_empty());
    }

    #[test]
    fn large_messages_are_held_back_unless_asked_for() {
        let listing = [listed(1, "small", 100), listed(2, "big", 101)];
        let account = account(KeepCopy::Keep, Some(100));
        let plan1 = plan(&listing, &HashMap::new(), &account, None, 0);
        assert_eq!(uidls(&plan1.download), ["small"]);
        assert_eq!(uidls(&plan1.held_back), ["big"]);
        let wanted = HashSet::from(["big".to_owned()]);
        let plan2 = plan(&listing, &HashMap::new(), &account, Some(&wanted), 0);
        assert_eq!(uidls(&plan2.download), ["big"]);
        assert!(plan2.held_back.is_empty());
    }

    #[test]
    fn the_policy_picks_what_to_delete() {
        let listing = [
            listed(1, "old", 1),
            listed(2, "new", 1),
            listed(3, "gone-here", 1),
        ];
        let now = 100 * DAY;
        let known = HashMap::from([
            ("old".to_owned(), entry(now - 8 * DAY, false)),
            ("new".to_owned(), entry(now - DAY, false)),
            ("gone-here".to_owned(), entry(now - DAY, true)),
        ]);
        let deleted = |policy| {
            let plan = plan(&listing, &known, &account(policy, None), None, now);
            let mut names: Vec<String> = plan.delete.into_iter().map(|m| m.uidl).collect();
            names.sort();
            names
        };
        assert!(deleted(KeepCopy::Keep).is_empty());
        assert_eq!(deleted(KeepCopy::DeleteAfterDays(7)), ["old"]);
        assert_eq!(deleted(KeepCopy::UntilDeletedHere), ["gone-here"]);
        assert_eq!(
            deleted(KeepCopy::DeleteAfterDownload),
            ["gone-here", "new", "old"]
        );
    }

    #[test]
    fn ids_the_server_dropped_are_forgotten() {
        let listing = [listed(1, "kept", 1)];
        let known = HashMap::from([
            ("kept".to_owned(), entry(0, false)),
            ("deleted-by-quit".to_owned(), entry(0, false)),
        ]);
        let plan = plan(&listing, &known, &account(KeepCopy::Keep, None), None, 0);
        assert_eq!(plan.forget, ["deleted-by-quit"]);
    }

    #[test]
    fn the_writer_pid_is_read_from_a_maildir_name() {
        assert_eq!(
            writer_pid("1700000000.M123P4567Q8.host.example"),
            Some(4567)
        );
        assert_eq!(
            writer_pid(&maildir::unique_name()),
            Some(std::process::id())
        );
        assert_eq!(writer_pid("not-a-maildir-name"), None);
        assert_eq!(writer_pid("1700000000.M1P.host"), None);
        // Our own files are never swept: we may be about to record them.
        let own = PathBuf::from(format!("/x/cur/{}:2,", maildir::unique_name()));
        assert!(!writer_is_gone(&own));
    }
}
