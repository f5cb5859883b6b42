//! One worker per account: the UI sends [`Command`]s through a [`Handle`]
//! and receives [`Event`]s; the worker owns the connection, runs sync,
//! replays offline changes, idles on the open folder and reconnects with
//! back-off. Everything the user does is written to the store first, so the
//! UI never waits on the network.

mod backoff;
mod drafts;
mod everyday;
mod fresh;
mod login;
mod offline;
mod run;
mod server;
mod sharing;
mod subscribe;
mod switch;
mod tags;

use std::sync::{Arc, Mutex};

use futures::Stream;
use tokio::sync::{mpsc, Notify};

use crate::error::{Error, Fingerprint};
use crate::message::Flag;
use crate::secret::Secret;
use crate::store::{AccountConfig, KeyringError, PostaHome};
use crate::sync::new_mail::NewMail;
use crate::sync::pop3::ServerMessage;
use crate::sync::{with_store, SharedStore};
use crate::sync::{CancelToken, Progress, SyncSummary};

pub use backoff::Backoff;
pub use login::is_refused_password;
pub use offline::apply_here;
pub use sharing::{Access, AclChange, Reply};

/// Whether the worker may connect (the running worker holds it; `login`
/// changes it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Login {
    /// It may.
    #[default]
    Allowed,
    /// The server refused the password: wait for a new one.
    PasswordRefused,
    /// The server showed another certificate than the accepted one: wait
    /// for the user to accept it.
    CertificateChanged(Fingerprint),
}

/// What the UI asks an account worker to do.
#[derive(Debug, Clone)]
pub enum Command {
    /// Sync everything now.
    SyncNow,
    /// Stop the running sync.
    Cancel,
    /// The user opened this folder: keep it fresh (IDLE where possible).
    OpenFolder {
        /// Store folder id.
        folder_id: i64,
    },
    /// Make sure this message's body is on disk.
    FetchBody {
        /// Store message id.
        message_id: i64,
    },
    /// Fetch an attachment of a partly read message (progress in
    /// [`Event::PartProgress`], stopped by [`Command::Cancel`], answered
    /// by [`Event::PartReady`]).
    FetchPart {
        /// Store message id.
        message_id: i64,
        /// Its MIME section (`2.1`).
        section: String,
    },
    /// Search the account's folders on the server for `text` (answered by
    /// [`Event::ServerFound`]).
    SearchServer {
        /// The words.
        text: String,
    },
    /// Add and remove flags or tags.
    SetFlags {
        /// Store message ids.
        message_ids: Vec<i64>,
        /// Flags to add.
        add: Vec<Flag>,
        /// Flags to remove.
        remove: Vec<Flag>,
    },
    /// File messages in another folder.
    Move {
        /// Store message ids.
        message_ids: Vec<i64>,
        /// Target folder id.
        to_folder: i64,
    },
    /// Delete messages.
    Delete {
        /// Store message ids.
        message_ids: Vec<i64>,
    },
    /// Create a folder (under `parent`, or at the top).
    CreateFolder {
        /// Parent folder id.
        parent: Option<i64>,
        /// The new folder's own name.
        name: String,
    },
    /// Rename a folder (its own name; the parent stays).
    RenameFolder {
        /// Folder id.
        folder_id: i64,
        /// New own name.
        name: String,
    },
    /// Delete a folder and its mail.
    DeleteFolder {
        /// Folder id.
        folder_id: i64,
    },
    /// Show a folder and check it for new mail (subscribe), or hide it
    /// (unsubscribe); kept on the server, so other devices follow.
    Subscribe {
        /// Folder id.
        folder_id: i64,
        /// True: show; false: hide.
        subscribed: bool,
    },
    /// The share dialog: change (optionally) and read a folder's sharing;
    /// the answer comes on `reply`.
    Access {
        /// Folder id.
        folder_id: i64,
        /// SETACL or DELETEACL first, if any.
        change: Option<AclChange>,
        /// Where the answer goes.
        reply: Reply<crate::error::Result<Access>>,
    },
    /// Tag names or colours changed: share them with other devices.
    SaveTags,
    /// Delete a tag: its keyword comes off every message, here and on the
    /// server, and the tag from the shared list.
    DeleteTag {
        /// The tag's keyword.
        keyword: String,
    },
    /// Archive, Junk / Not junk, Empty Trash or Mark all as read.
    Everyday(crate::sync::everyday::Everyday),
    /// Send the queued changes now (a draft was saved).
    SendQueue,
    /// List what is on the POP3 server ([`Event::ServerListing`]).
    ListServer,
    /// Delete these messages (UIDLs) on the POP3 server unseen.
    DeleteOnServer {
        /// Their UIDLs.
        uidls: Vec<String>,
    },
    /// Download these messages (UIDLs) from the POP3 server now.
    FetchFromServer {
        /// Their UIDLs.
        uidls: Vec<String>,
    },
    /// Move this POP3 account to IMAP on `imap`'s server (progress in
    /// [`Event::SwitchProgress`], stopped by [`Command::Cancel`]); the
    /// config under `home` is updated when the upload is complete.
    SwitchToImap {
        /// The account as it will be.
        imap: Box<AccountConfig>,
        /// Where the config lives.
        home: PostaHome,
    },
    /// A new password after [`Event::PasswordRefused`] (or for a session
    /// whose keyring could not give one): tested with a real login, then
    /// kept in the keyring when `keep`; sync resumes.
    NewPassword {
        /// The password.
        password: Secret,
        /// Store it in the keyring (false: for this session only).
        keep: bool,
    },
    /// The user accepts the certificate of [`Event::CertificateChanged`]:
    /// it is pinned in the config under `home` and sync resumes.
    AcceptCertificate {
        /// Its SHA-256 fingerprint.
        fingerprint: Fingerprint,
        /// Where the config lives.
        home: PostaHome,
    },
    /// The account's settings changed (saved on the settings screen): use
    /// these from now on, reconnecting with them.
    Settings {
        /// The account as it is now.
        account: Box<AccountConfig>,
    },
    /// Put messages back as they were before a change (Undo), here and
    /// on the server ([`crate::sync::undo`]); answered by [`Event::Undone`].
    Undo {
        /// The messages as they were.
        before: Vec<crate::sync::undo::Before>,
    },
    /// Stop the worker.
    Shutdown,
}

/// What an account worker tells the UI.
#[derive(Debug, Clone)]
pub enum Event {
    /// Sync progress in a folder.
    Progress(Progress),
    /// A sync run finished.
    SyncDone(SyncSummary),
    /// The store changed: views should reload what they show.
    StoreChanged,
    /// New mail arrived in INBOX (one event per batch; never for the
    /// first sync, mail read elsewhere or moved on the server).
    NewMail(Vec<NewMail>),
    /// The server is reachable (true) or not (false).
    Online(bool),
    /// Changes waiting to be sent to the server.
    Queued(usize),
    /// A message body is on disk now.
    BodyReady {
        /// Store message id.
        message_id: i64,
    },
    /// An attachment is on its way: `done` of `total` bytes.
    PartProgress {
        /// Store message id.
        message_id: i64,
        /// Its MIME section.
        section: String,
        /// Bytes here.
        done: u64,
        /// Bytes announced.
        total: u64,
    },
    /// An attachment was fetched (kept with the message), or why not.
    PartReady {
        /// Store message id.
        message_id: i64,
        /// Its MIME section.
        section: String,
        /// Done, or why not (cancelled, refused, lost).
        result: std::result::Result<(), Error>,
    },
    /// What a search on the server found (listed in the store now).
    ServerFound {
        /// The words searched for.
        text: String,
        /// The messages, newest first.
        message_ids: Vec<i64>,
    },
    /// What is on the POP3 server.
    ServerListing(Vec<ServerMessage>),
    /// This many messages were deleted on the POP3 server.
    ServerDeleted(usize),
    /// This many messages were downloaded from the POP3 server on request.
    ServerFetched(usize),
    /// The move to IMAP: this many of the local messages are on the server.
    SwitchProgress {
        /// On the server.
        done: usize,
        /// Local messages in all.
        total: usize,
    },
    /// The move to IMAP is complete: the account is this now, and synced.
    Switched {
        /// The account as it is now.
        account: Box<AccountConfig>,
        /// Messages uploaded in this run.
        uploaded: usize,
        /// Messages the server had already.
        found: usize,
    },
    /// The move to IMAP stopped (refused, lost connection, cancelled);
    /// nothing is lost and starting it again finishes it.
    SwitchStopped {
        /// Why.
        error: Error,
        /// The account as it is now (IMAP when it stopped after the
        /// config was switched).
        account: Box<AccountConfig>,
    },
    /// The server refused the password: the worker stopped connecting
    /// until [`Command::NewPassword`] (no lock-out from retrying).
    PasswordRefused,
    /// A new password worked; sync resumed.
    PasswordAccepted {
        /// It is in the keyring (false: kept for this session only).
        stored: bool,
    },
    /// The keyring could not keep the new password (it is used for this
    /// session).
    KeyringFailed(KeyringError),
    /// The server showed another certificate than the one the user
    /// accepted: the worker stopped connecting until
    /// [`Command::AcceptCertificate`].
    CertificateChanged {
        /// The server.
        host: String,
        /// The accepted certificate's fingerprint.
        old: Fingerprint,
        /// The one the server shows now.
        new: Fingerprint,
    },
    /// The new certificate was accepted; sync resumed.
    CertificateAccepted,
    /// Something failed; the error kind says what to tell the user.
    Failed(Error),
    /// An Undo is done (here, and on the server when reachable), or why
    /// not: the server refused it or the message cannot be put back.
    Undone(std::result::Result<(), Error>),
}

/// A connection of the worker's own to the database behind `shared`: the
/// window reads through `shared` while the worker writes, and in WAL mode
/// a reader on one connection never waits for a writer on another (a
/// shared connection would make every read wait behind the mutex for the
/// sync's batch transaction). An in-memory store, or one that cannot be
/// opened again, stays shared.
fn own_connection(shared: &SharedStore) -> SharedStore {
    let reopened = with_store(shared, |store| Ok(store.reopen()));
    match reopened {
        Ok(Some(Ok(store))) => Arc::new(Mutex::new(store)),
        Ok(Some(Err(err))) => {
            eprintln!("posta: the worker shares the window's store connection: {err}");
            shared.clone()
        }
        _ => shared.clone(),
    }
}

/// Sends commands to a worker. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Handle {
    tx: mpsc::UnboundedSender<Command>,
    wake: Arc<Notify>,
    cancel: CancelToken,
}

impl Handle {
    /// Sends a command; false when the worker has stopped.
    pub fn send(&self, command: Command) -> bool {
        // A running sync does not read commands: cancel it directly.
        if matches!(command, Command::Cancel) {
            self.cancel.cancel();
        }
        let sent = self.tx.send(command).is_ok();
        // Interrupts IDLE or a back-off wait so the command runs now.
        self.wake.notify_one();
        sent
    }
}

/// Starts a worker for `account` on the current tokio runtime. The worker
/// writes through its own connection to `store`'s database where it has
/// one, so a long sync never holds up the window's reads (see
/// [`own_connection`]).
pub fn spawn(
    account: AccountConfig,
    password: Secret,
    store: SharedStore,
) -> (Handle, impl Stream<Item = Event> + Send + 'static) {
    let store = own_connection(&store);
    let (tx, rx) = mpsc::unbounded_channel();
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    let wake = Arc::new(Notify::new());
    let cancel = CancelToken::new();
    let worker = run::Worker::new(
        account,
        password,
        store,
        events_tx,
        wake.clone(),
        cancel.clone(),
    );
    tokio::spawn(worker.run(rx));
    let events = futures::stream::unfold(events_rx, |mut rx| async move {
        rx.recv().await.map(|event| (event, rx))
    });
    (Handle { tx, wake, cancel }, events)
}
