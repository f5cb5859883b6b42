//! The sync engine: brings the local store in line with the server and the
//! server in line with what the user did offline. The UI renders only from
//! the store and learns about progress through [`Event`]s.

pub mod account;
pub mod actions;
mod drafts;
pub mod everyday;
mod first_sync;
pub mod fresh;
pub mod imap;
pub mod indexer;
pub mod new_mail;
mod offline;
pub mod pop3;
mod progress;
pub mod quota;
pub mod replay;
mod shared;
pub mod subscribe;
pub mod switch;
pub mod tag_admin;
pub mod tags;
pub mod undo;

pub use progress::{CancelToken, Event, Progress};
pub use shared::{hold_account, with_store, SharedStore};

/// How incremental IMAP sync finds changes. `Auto` picks the best the
/// server offers; the others exist so tests can prove they agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChangeDetection {
    /// QRESYNC, else CONDSTORE, else a full UID/flags comparison.
    #[default]
    Auto,
    /// SELECT (QRESYNC …): expunges and flag changes in one reply.
    Qresync,
    /// CHANGEDSINCE for flags, a UID list for expunges.
    Condstore,
    /// Compare every UID and its flags (servers without CONDSTORE).
    Full,
}

/// Knobs for one sync run.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Envelopes fetched in the first round trip of a first sync (later
    /// round trips double it, up to 16 times as many).
    pub batch: usize,
    /// Also download bodies, for reading offline.
    pub download_bodies: bool,
    /// How to find changes.
    pub detection: ChangeDetection,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            batch: 500,
            download_bodies: false,
            detection: ChangeDetection::Auto,
        }
    }
}

/// What one sync run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncSummary {
    /// Folders looked at.
    pub folders: usize,
    /// Messages new to this device.
    pub new_messages: usize,
    /// Messages whose flags changed on the server.
    pub flag_changes: usize,
    /// Messages removed on the server.
    pub removed: usize,
    /// Offline changes sent to the server.
    pub replayed: usize,
    /// Offline changes the server refused (kept and reported).
    pub refused: usize,
    /// POP3: messages deleted on the server by the keep-copy policy.
    pub deleted_on_server: usize,
    /// POP3: new messages left on the server because they are larger than
    /// the account's download limit (see the server listing).
    pub held_back: usize,
    /// POP3: new messages kept on the server whatever the keep-copy policy,
    /// because what arrived may not be the message itself (a size that
    /// disagrees with `LIST`, a server-made stand-in); said once.
    pub kept_on_server: usize,
}
