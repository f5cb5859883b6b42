//! The offline-first store: what the UI renders from and the sync engine
//! writes to. An SQLite index (accounts, folders, envelopes and flags, tags,
//! the offline op queue, the POP3 ledger, full-text search) in WAL mode, the
//! bodies as Maildir files under [`PostaHome`], the settings in
//! `config.toml` and the passwords in the keyring.
//!
//! Every method blocks (SQLite, fsync): async callers run them in
//! `spawn_blocking`, or keep one [`Store`] per worker thread. A `Store` is
//! `Send` but not `Sync`; several stores (the GUI and the CLI) may open the
//! same home at once, WAL and a busy timeout keep them apart.
//!
//! Durability: the index runs with `synchronous=NORMAL`, which in WAL mode
//! survives a crash of Posta but may lose the last commits on power loss.
//! That is fine for what the server still has (envelopes, server flags,
//! cached bodies are fetched again). Commits that are the only record of
//! something (the op queue, the POP3 ledger and the message rows it
//! records) run with `synchronous=FULL`: the WAL is fsynced before
//! `commit` returns.

pub mod account_lock;
mod accounts;
mod arrivals;
mod bodies;
mod bulk;
pub mod config;
mod connections;
mod contacts;
pub mod error;
pub mod flags;
mod folders;
mod imports;
pub mod keyring;
mod list_order;
mod local_set;
mod lookup;
pub mod maildir;
mod messages;
mod partial;
pub mod paths;
mod pop3_ledger;
mod pop3_server;
mod queue;
mod quota;
mod remote;
pub mod schema;
pub mod search;
mod search_index;
pub mod search_text;
mod selection;
mod special;
mod switch;
mod tag_admin;
mod tags;
mod threads;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use account_lock::AccountLock;
pub use arrivals::Arrived;
pub use bodies::WrittenBody;
pub use bulk::BULK_MESSAGES;
pub use config::{AccountColor, AccountConfig, Config, Identity, KeepCopy, LocalSet, SmtpConfig};
pub use contacts::{own_addresses, parse_address_line, Contact, Contacts};
pub use error::{Result, StoreError};
pub use folders::FolderRow;
pub use imports::{ImportedBody, Journaled};
pub use keyring::KeyringError;
pub use local_set::AccountCounts;
pub use maildir::{BodyWriter, Delivered, Delivery, Maildir, RealFiles};
pub use messages::MessageRow;
pub use paths::PostaHome;
pub use pop3_ledger::{is_stand_in, KeptOnServer, LedgerEntry, Pop3Download};
pub use pop3_server::ServerRow;
pub use queue::Op;
pub use search::Scope;
pub use search_index::{PendingTexts, INDEX_BATCH};
pub use selection::{Only, Selection, Sort};
pub use special::special_folder;
pub use switch::SwitchEntry;
pub use tag_admin::Tagged;
pub use tags::{normalize_color, TagDef, DEFAULT_TAGS};

/// How long a write waits for another process (the CLI, a second window)
/// holding the database lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The local store of every account: the SQLite index plus the Maildir
/// bodies.
pub struct Store {
    conn: Connection,
    /// `root/mail`; `None` for an in-memory store, which keeps no bodies.
    mail_root: Option<PathBuf>,
    /// The database file; `None` in memory.
    database: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("mail_root", &self.mail_root)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Which database this is (its file; empty in memory): two `Store`s
    /// with the same key are connections to the same index.
    pub fn database_key(&self) -> String {
        self.conn.path().unwrap_or_default().to_owned()
    }

    /// The lock file of account `id` (see [`account_lock`]): beside the
    /// database; `None` in memory, where no other process can look.
    pub fn account_lock_path(&self, id: i64) -> Option<PathBuf> {
        let root = self.database.as_ref()?.parent()?;
        Some(AccountLock::path(root, id))
    }

    /// Opens (creating and migrating as needed) the store in `home`.
    pub fn open(home: &PostaHome) -> Result<Store> {
        home.create()?;
        let database = home.database();
        let conn = Connection::open(&database)?;
        Store::setup(conn, Some(home.mail_root()), Some(database))
    }

    /// An empty store in memory, for tests; it cannot keep bodies.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, None, None)
    }

    /// A second connection to the same store, for a writer that must not
    /// hold up this one's readers (an account worker beside the window):
    /// in WAL mode readers never wait for a writer on another connection.
    /// `None` for an in-memory store, which has no file to share.
    pub fn reopen(&self) -> Option<Result<Store>> {
        let database = self.database.as_ref()?;
        Some(
            Connection::open(database)
                .map_err(Into::into)
                .and_then(|conn| {
                    Store::setup(conn, self.mail_root.clone(), Some(database.clone()))
                }),
        )
    }

    fn setup(
        mut conn: Connection,
        mail_root: Option<PathBuf>,
        database: Option<PathBuf>,
    ) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // 16 MiB of page cache: a 100k-message first sync touches three
        // indices and the full-text index at once.
        conn.pragma_update(None, "cache_size", -16_000)?;
        schema::migrate(&mut conn)?;
        // Indexes a bulk load dropped are built by the next sync's
        // indexer (`sync::indexer`), not here: at a million messages that
        // would hold up opening the window for seconds.
        Ok(Store {
            conn,
            mail_root,
            database,
        })
    }

    /// Runs `work` in a transaction (`synchronous=NORMAL`). It takes the
    /// write lock at once (`BEGIN IMMEDIATE`), waiting up to the busy
    /// timeout for another connection's writer: a deferred transaction that
    /// read first would fail at once (`SQLITE_BUSY_SNAPSHOT`) if another
    /// connection committed meanwhile.
    fn write<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `work` in a transaction that is on disk when this returns
    /// (`synchronous=FULL` for its commit): for data that exists nowhere
    /// else.
    fn write_durably<T>(&self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        let result = self.write(work);
        let restored = self.conn.pragma_update(None, "synchronous", "NORMAL");
        let value = result?;
        restored?;
        Ok(value)
    }

    /// The Maildir root, or an error for an in-memory store.
    fn mail_root(&self) -> Result<&Path> {
        self.mail_root.as_deref().ok_or_else(|| {
            StoreError::NotFound("a mail directory (this store is in memory)".into())
        })
    }

    /// The Maildir of a folder, created when missing.
    pub fn folder_maildir(&self, folder_id: i64) -> Result<Maildir> {
        let account = self.folder_account(folder_id)?;
        let dir = self.folder_dir(account, folder_id)?;
        Maildir::create(dir)
    }

    fn folder_dir(&self, account: i64, folder_id: i64) -> Result<PathBuf> {
        Ok(self
            .mail_root()?
            .join(account.to_string())
            .join(folder_id.to_string()))
    }

    /// A body path as recorded in the index: relative to the mail root, so
    /// the whole home can move.
    fn relative_body_path(&self, path: &Path) -> Result<String> {
        let relative = path.strip_prefix(self.mail_root()?).map_err(|_| {
            StoreError::Corrupt(format!("{} is outside the mail directory", path.display()))
        })?;
        relative
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| StoreError::Corrupt(format!("{} is not a UTF-8 path", path.display())))
    }

    fn absolute_body_path(&self, recorded: &str) -> Result<PathBuf> {
        Ok(self.mail_root()?.join(recorded))
    }
}

/// Seconds since the Unix epoch.
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Removes a directory tree the index no longer refers to; missing is fine.
fn remove_dir(dir: &Path) -> Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}
