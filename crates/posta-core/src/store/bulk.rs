//! Bulk loading: a first sync of a big folder drops the list orders'
//! indexes and the `Message-ID` one ([`BULK_INDEXES`]), stores its
//! envelopes, and the background indexer ([`crate::sync::indexer`])
//! builds them again, each in one pass, as database bulk loaders do. Kept
//! up row by row, the four list orders' indexes took 2.0 s of a
//! 100,000-envelope store instead of 0.87 s; built at the end of the first
//! sync they still took 0.4–0.6 s of it, 6–7.6 s at a million. The indexer
//! runs after every sync, so whatever stopped a build (a crash, a full
//! disk) is built after the next. Meanwhile every query still works, by a
//! sort or a scan instead of an index.

use super::error::Result;
use super::schema::BULK_INDEXES;
use super::Store;

/// A first sync of at least this many messages loads in bulk.
pub const BULK_MESSAGES: usize = 20_000;

/// SQLite's own default: the write-ahead log is copied into the database
/// (and both are synced) once it holds this many pages.
const CHECKPOINT_PAGES: u32 = 1000;

/// The same during a bulk load (40 MiB of log): a million envelopes write
/// about 570 MiB, and at every 4 MiB the store waited for two `fsync`s
/// while the network waited for the store. Durability is the same: a
/// commit is as safe as before, only the copying is batched.
const BULK_CHECKPOINT_PAGES: u32 = 10_000;

impl Store {
    /// Whether storing `incoming` new messages is cheaper with the
    /// [`BULK_INDEXES`] dropped: they are many, and at least as many as the
    /// store holds already (building the indexes again reads every row).
    pub fn bulk_load_pays(&self, incoming: usize) -> Result<bool> {
        if incoming < BULK_MESSAGES {
            return Ok(false);
        }
        let held: i64 = self
            .conn
            .query_row("SELECT count(*) FROM messages", [], |row| row.get(0))?;
        Ok(incoming as i64 >= held)
    }

    /// Drops the [`BULK_INDEXES`] for a bulk load. Sorting by subject,
    /// sender, recipients or size still works meanwhile, by a sort instead
    /// of an index, and finding a message by its `Message-ID` by a scan.
    pub fn suspend_bulk_indexes(&self) -> Result<()> {
        self.write(|tx| {
            for (name, _) in BULK_INDEXES {
                tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
            }
            Ok(())
        })
    }

    /// Builds one of the [`BULK_INDEXES`] that is missing, in its own
    /// transaction (the window's and the workers' writes wait for one at
    /// most: 1.4–1.9 s at a million messages); returns whether one was
    /// missing. When none is, it only reads.
    pub fn restore_bulk_index(&self) -> Result<bool> {
        let mut present = self
            .conn
            .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1")?;
        for (name, sql) in BULK_INDEXES {
            if !present.exists([name])? {
                self.write(|tx| Ok(tx.execute_batch(sql)?))?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Checkpoints less often during a bulk load, or (`false`) as usual.
    pub fn bulk_checkpoints(&self, bulk: bool) -> Result<()> {
        let pages = if bulk {
            BULK_CHECKPOINT_PAGES
        } else {
            CHECKPOINT_PAGES
        };
        self.conn.pragma_update(None, "wal_autocheckpoint", pages)?;
        Ok(())
    }

    /// Builds every one of the [`BULK_INDEXES`] that is missing.
    pub fn restore_bulk_indexes(&self) -> Result<()> {
        while self.restore_bulk_index()? {}
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{PostaHome, Sort};

    fn plan(store: &Store, sql: &str) -> String {
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt.query_map([], |row| row.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    }

    const BY_SUBJECT: &str =
        "SELECT id FROM messages WHERE folder_id = 1 ORDER BY subject COLLATE NOCASE, date DESC, id DESC";

    #[test]
    fn suspended_indexes_come_back_and_sorting_works_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let home = PostaHome::at(dir.path());
        let store = Store::open(&home).unwrap();
        assert!(plan(&store, BY_SUBJECT).contains("messages_folder_subject"));
        store.suspend_bulk_indexes().unwrap();
        assert!(
            plan(&store, BY_SUBJECT).contains("TEMP B-TREE"),
            "{}",
            plan(&store, BY_SUBJECT)
        );
        store.ensure_account(1, "Praca").unwrap();
        let folder = store
            .upsert_folder(1, &crate::store::FolderRow::local(1, "INBOX", None))
            .unwrap();
        assert!(store
            .messages(folder, 10, 0, Sort::Subject)
            .unwrap()
            .is_empty());
        store.restore_bulk_indexes().unwrap();
        assert!(plan(&store, BY_SUBJECT).contains("messages_folder_subject"));

        // A crash between the two: opening the store leaves them (that
        // would hold up the window); the indexer builds them one by one.
        store.suspend_bulk_indexes().unwrap();
        drop(store);
        let store = Store::open(&home).unwrap();
        assert!(plan(&store, BY_SUBJECT).contains("TEMP B-TREE"));
        let mut built = 0;
        while store.restore_bulk_index().unwrap() {
            built += 1;
        }
        assert_eq!(built, BULK_INDEXES.len());
        assert!(plan(&store, BY_SUBJECT).contains("messages_folder_subject"));
        assert!(!store.restore_bulk_index().unwrap());
    }

    #[test]
    fn only_a_big_load_into_a_smaller_store_goes_in_bulk() {
        let store = Store::open_in_memory().unwrap();
        assert!(!store.bulk_load_pays(BULK_MESSAGES - 1).unwrap());
        assert!(store.bulk_load_pays(BULK_MESSAGES).unwrap());
    }
}
