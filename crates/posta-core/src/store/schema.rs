//! The index schema and its migrations. `PRAGMA user_version` holds the
//! number of migrations applied; each runs in its own transaction, so an
//! interrupted upgrade leaves the previous version intact.

use rusqlite::{Connection, TransactionBehavior};

use super::error::{Result, StoreError};

/// Version 1: everything.
///
/// - Flags are a bitmask of the system flags ([`super::flags`]) plus the
///   keywords as a space-separated text column: the unread count is a bit
///   test on the row, and a 100k-message sync writes one row per message
///   instead of one per flag.
/// - `uid` (IMAP) and `uidl` (POP3) are unique per folder through partial
///   indices, so the other protocol's NULLs cost nothing.
/// - The full-text index is contentless (the texts live in `messages` and
///   the Maildir, not twice); `contentless_delete` lets a trigger drop a
///   message's terms when its row goes, whichever way it goes (cascades
///   included).
/// - The POP3 ledger outlives the message rows (`ON DELETE SET NULL`), and a
///   trigger marks an entry deleted locally when its message row is deleted,
///   which is what the keep-copy policy "until deleted here" needs.
const V1: &str = r#"
CREATE TABLE accounts (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE folders (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    wire_name      TEXT NOT NULL,
    delimiter      TEXT,
    role           TEXT,
    shared         INTEGER NOT NULL DEFAULT 0,
    selectable     INTEGER NOT NULL DEFAULT 1,
    local          INTEGER NOT NULL DEFAULT 0,
    uid_validity   INTEGER,
    uid_next       INTEGER,
    highest_modseq INTEGER,
    my_rights      TEXT,
    UNIQUE (account_id, name)
);

CREATE TABLE messages (
    id         INTEGER PRIMARY KEY,
    folder_id  INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    uid        INTEGER,
    uidl       TEXT,
    flags      INTEGER NOT NULL DEFAULT 0,
    keywords   TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL DEFAULT 0,
    date       INTEGER,
    subject    TEXT NOT NULL DEFAULT '',
    sender     TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '',
    message_id TEXT,
    body_path  TEXT
);
CREATE UNIQUE INDEX messages_folder_uid ON messages (folder_id, uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX messages_folder_uidl ON messages (folder_id, uidl) WHERE uidl IS NOT NULL;
CREATE INDEX messages_folder_date ON messages (folder_id, date);

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, sender, recipients, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    DELETE FROM messages_fts WHERE rowid = old.id;
END;

CREATE TABLE tags (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    keyword    TEXT NOT NULL,
    name       TEXT NOT NULL,
    color      TEXT NOT NULL,
    PRIMARY KEY (account_id, keyword)
);

CREATE TABLE op_queue (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    op         TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    failed_at  INTEGER,
    error      TEXT
);
CREATE INDEX op_queue_account ON op_queue (account_id, id);

CREATE TABLE pop3_ledger (
    account_id        INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uidl              TEXT NOT NULL,
    message_id        INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    downloaded_at     INTEGER NOT NULL,
    deleted_locally   INTEGER NOT NULL DEFAULT 0,
    deleted_on_server INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, uidl)
) WITHOUT ROWID;
CREATE INDEX pop3_ledger_message ON pop3_ledger (message_id) WHERE message_id IS NOT NULL;

CREATE TRIGGER messages_pop3_deleted BEFORE DELETE ON messages BEGIN
    UPDATE pop3_ledger SET deleted_locally = 1 WHERE message_id = old.id;
END;
"#;

/// Version 2: the unread messages of each folder in their own (partial)
/// index, so the folder list counts them without reading every message row
/// (34 ms for a 100,000-message folder before, on every sync).
const V2: &str = "
CREATE INDEX messages_folder_unread ON messages (folder_id, flags) WHERE (flags & 1) = 0;
";

/// Version 3: what the server says about the account's mailbox.
///
/// - `quota`: the last `GETQUOTAROOT INBOX` answer, one row per resource
///   (storage in bytes); no rows means no quota.
/// - `pop3_server`: the POP3 server's mailbox as last listed, with the
///   header fields `TOP n 0` gave (cached by UIDL, which RFC 1939 never
///   reuses), so held-back messages can be shown without a connection.
/// - `imap_switch`: the journal of a POP3 account's move to IMAP: which
///   local message went to which server folder, and under which UID, so an
///   interrupted move resumes without uploading anything twice.
const V3: &str = "
CREATE TABLE quota (
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    resource    TEXT NOT NULL,
    used        INTEGER NOT NULL,
    quota_limit INTEGER NOT NULL,
    checked_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, resource)
) WITHOUT ROWID;

CREATE TABLE pop3_server (
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uidl        TEXT NOT NULL,
    number      INTEGER NOT NULL,
    size        INTEGER NOT NULL,
    has_headers INTEGER NOT NULL DEFAULT 0,
    date        INTEGER,
    sender      TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    message_id  TEXT,
    PRIMARY KEY (account_id, uidl)
) WITHOUT ROWID;

CREATE TABLE imap_switch (
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    message_id  INTEGER NOT NULL,
    folder      TEXT NOT NULL,
    hash        TEXT NOT NULL,
    uid         INTEGER,
    appended_at INTEGER,
    PRIMARY KEY (account_id, message_id)
) WITHOUT ROWID;
";

/// Tags in the user's order, and what the server's shared tag list was
/// when last seen (issue 15):
///
/// - `tags.position`: the order the tag manager set (NULL: after those,
///   in the order made).
/// - `tags_seen`: the METADATA tag list as last read or written, so a tag
///   deleted or renamed on another device is applied here, not pushed back.
const V_TAGS: &str = "
ALTER TABLE tags ADD COLUMN position INTEGER;

CREATE TABLE tags_seen (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    json       TEXT NOT NULL
);
";

/// Conversations (issue 12): what threading needs of each message, and
/// whether a folder's list is grouped by conversation (a per-folder view
/// setting, so it is the same in every window and after a restart).
///
/// - `in_reply_to`: the first `In-Reply-To` id; `refs`: the `References`
///   ids, oldest first, space-separated (ids never contain spaces). Rows
///   stored before this version have neither until their body is
///   downloaded (`Store::fill_thread_headers`); until then their replies
///   join by subject, like replies whose headers were lost.
/// - `message_id` gets an index: a reply's parent is looked up by it.
const V_THREADS: &str = "
ALTER TABLE messages ADD COLUMN in_reply_to TEXT;
ALTER TABLE messages ADD COLUMN refs TEXT NOT NULL DEFAULT '';
ALTER TABLE folders ADD COLUMN threaded INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_message_id ON messages (message_id) WHERE message_id IS NOT NULL;
";

/// Senders whose remote content (images) the user allowed always (#12).
const V_REMOTE_CONTENT: &str = "
CREATE TABLE remote_senders (
    address    TEXT PRIMARY KEY NOT NULL,
    allowed_at INTEGER NOT NULL
) WITHOUT ROWID;
";

/// The message list at a million messages (issue 17): every order the list
/// offers reads a folder through an index whose columns and collations are
/// the `ORDER BY` of `Sort::order_by`, so a page costs its rows, not a sort
/// of the folder. Earlier builds made the first three on demand (the first
/// sort of a 1M folder then froze the list for seconds); `IF NOT EXISTS`
/// keeps those already made.
///
/// - `messages_folder_subject`: `Sort::Subject` (`folder_id = ?` or one arm
///   of the merged inboxes, `ORDER BY subject COLLATE NOCASE, date DESC,
///   id DESC`).
/// - `messages_folder_sender`: `Sort::From`, likewise by `sender`.
/// - `messages_folder_recipients`: `Sort::To`, likewise by `recipients`.
/// - `messages_folder_size`: `Sort::SizeDesc` (`ORDER BY size DESC, id DESC`).
/// - `messages_folder_keyworded`: the tag filter. Only rows with keywords
///   (most mail has none), in date order, with `keywords` in the index: a
///   tag's count and its pages by date read this index alone, not every
///   row of the folder.
///
/// `Sort::DateDesc`/`DateAsc` were served by `messages_folder_date` since
/// V1 (the row id closes every index, so `date, id` is its order).
const V_LIST_ORDERS: &str = "
CREATE INDEX IF NOT EXISTS messages_folder_subject
    ON messages (folder_id, subject COLLATE NOCASE, date DESC, id DESC);
CREATE INDEX IF NOT EXISTS messages_folder_sender
    ON messages (folder_id, sender COLLATE NOCASE, date DESC, id DESC);
CREATE INDEX IF NOT EXISTS messages_folder_recipients
    ON messages (folder_id, recipients COLLATE NOCASE, date DESC, id DESC);
CREATE INDEX IF NOT EXISTS messages_folder_size ON messages (folder_id, size DESC, id DESC);
CREATE INDEX messages_folder_keyworded ON messages (folder_id, date, id, keywords) WHERE keywords <> '';
";

/// The indexes a bulk first sync drops and builds again afterwards
/// ([`crate::store::Store::suspend_bulk_indexes`]): the list orders'
/// of [`V_LIST_ORDERS`] (kept up row by row they cost 2.3× the rest of
/// storing an envelope, built at once they cost a sort) and the
/// `Message-ID` one of [`V_THREADS`] (its keys land all over it: at a
/// million messages each insertion reads pages the cache no longer holds).
/// Each is (name, statement).
pub(super) const BULK_INDEXES: [(&str, &str); 5] = [
    (
        "messages_folder_subject",
        "CREATE INDEX IF NOT EXISTS messages_folder_subject
            ON messages (folder_id, subject COLLATE NOCASE, date DESC, id DESC)",
    ),
    (
        "messages_folder_sender",
        "CREATE INDEX IF NOT EXISTS messages_folder_sender
            ON messages (folder_id, sender COLLATE NOCASE, date DESC, id DESC)",
    ),
    (
        "messages_folder_recipients",
        "CREATE INDEX IF NOT EXISTS messages_folder_recipients
            ON messages (folder_id, recipients COLLATE NOCASE, date DESC, id DESC)",
    ),
    (
        "messages_folder_size",
        "CREATE INDEX IF NOT EXISTS messages_folder_size ON messages (folder_id, size DESC, id DESC)",
    ),
    (
        "messages_message_id",
        "CREATE INDEX IF NOT EXISTS messages_message_id ON messages (message_id)
            WHERE message_id IS NOT NULL",
    ),
];

/// Whether the user subscribed to a folder (issue 13): unsubscribed
/// folders are neither shown nor checked. Rows from before were all shown,
/// so they start subscribed; the next sync reads the server's list.
const V_SUBSCRIBED: &str = "
ALTER TABLE folders ADD COLUMN subscribed INTEGER NOT NULL DEFAULT 1;
";

/// The full-text index key of a message row (`old` or `new` in a
/// trigger): [`super::search_index::search_key`] in SQL.
macro_rules! search_key_of {
    ($row:literal) => {
        concat!(
            "(((min(max(coalesce(",
            $row,
            ".date, 0), 0), 128849018820) / 60) << 32) | (",
            $row,
            ".id & 4294967295))"
        )
    };
}
#[cfg(test)]
pub(super) use search_key_of;

/// Search in date order, and indexing after a big first sync (issue 17);
/// see [`super::search_index`].
///
/// - `messages_fts` is made again with date-ordered keys: the rows of
///   earlier versions were keyed by message id and a contentless index
///   cannot be re-keyed, so every message is marked pending and indexed
///   again in the background (bodies from their files).
/// - `search_pending`: messages not in the index yet; a message leaving
///   takes its mark along.
/// - A message whose date changes (a POP3 message downloaded again) loses
///   its old entry and is marked, until it is indexed under its new key.
const V_SEARCH_ORDER: &str = concat!(
    "
DROP TRIGGER messages_fts_delete;
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, sender, recipients, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_pending (id INTEGER PRIMARY KEY);
INSERT INTO search_pending (id) SELECT id FROM messages;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    DELETE FROM messages_fts WHERE rowid = ",
    search_key_of!("old"),
    ";
    DELETE FROM search_pending WHERE id = old.id;
END;
CREATE TRIGGER messages_fts_redate AFTER UPDATE OF date ON messages WHEN old.date IS NOT new.date BEGIN
    DELETE FROM messages_fts WHERE rowid = ",
    search_key_of!("old"),
    ";
    INSERT OR IGNORE INTO search_pending (id) VALUES (new.id);
END;
"
);

/// Messages read part by part (issue 34): the document the reader shows
/// (see `crate::reading`), kept apart from `body_path`, which only ever
/// names a whole message, so nothing takes it for the original.
const V_PARTIAL_BODIES: &str = "
CREATE TABLE partial_bodies (
    message_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    document   BLOB NOT NULL
);
";

/// POP3 messages that must stay on the server whatever the keep-copy
/// policy (issue 33): what `RETR` gave disagreed with `LIST`'s size, or was
/// a stand-in the server made (RFC 6856/6858 downgrading). NULL for the
/// rest; else why (`size`, `stand-in`).
const V_POP3_KEPT: &str = "
ALTER TABLE pop3_ledger ADD COLUMN kept_on_server TEXT;
";

/// The import journal (issue 32): each message brought into a folder of
/// an account, by content hash with its Message-ID; `done_at` is set once
/// it is there (for a server folder, once APPEND was answered), so an
/// import run again brings nothing in twice.
const V_IMPORT_JOURNAL: &str = "
CREATE TABLE import_journal (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    folder     TEXT NOT NULL,
    hash       TEXT NOT NULL,
    message_id TEXT,
    started_at INTEGER NOT NULL,
    done_at    INTEGER,
    uid        INTEGER,
    PRIMARY KEY (account_id, folder, hash)
) WITHOUT ROWID;
";

/// Whether a message carries attachments (the list's paperclip and its
/// "with attachments" filter): guessed from `Content-Type:` on arrival,
/// corrected when the body is read. Older rows say no until then.
const V_ATTACHMENTS: &str = "
ALTER TABLE messages ADD COLUMN attachments INTEGER NOT NULL DEFAULT 0;
";

/// Every migration, in order; index + 1 is the version it produces.
const MIGRATIONS: &[&str] = &[
    V1,
    V2,
    V3,
    V_TAGS,
    V_THREADS,
    V_REMOTE_CONTENT,
    V_LIST_ORDERS,
    V_SUBSCRIBED,
    V_SEARCH_ORDER,
    V_PARTIAL_BODIES,
    V_POP3_KEPT,
    V_IMPORT_JOURNAL,
    V_ATTACHMENTS,
];

/// The schema version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

/// The schema version of an open database.
pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Brings the database to [`VERSION`]; refuses one written by a newer Posta.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current = version(conn)?;
    if current > VERSION {
        return Err(StoreError::Corrupt(format!(
            "the mail index has version {current}, written by a newer Posta (this one knows {VERSION})"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        // IMMEDIATE takes the write lock before reading the version, so two
        // processes opening a new home at once do not both migrate.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if version(&tx)? > index as u32 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_database_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), VERSION);
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), VERSION);
    }

    #[test]
    fn two_processes_opening_a_new_home_migrate_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("race.sqlite3");
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut conn = Connection::open(&path).unwrap();
                    conn.busy_timeout(std::time::Duration::from_secs(10))
                        .unwrap();
                    migrate(&mut conn)
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap().unwrap();
        }
        assert_eq!(version(&Connection::open(&path).unwrap()).unwrap(), VERSION);
    }

    #[test]
    fn folder_counts_read_indexes_only() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let plan = |sql: &str| -> String {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let rows = stmt.query_map([1], |row| row.get::<_, String>(3)).unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
        };
        let unread =
            plan("SELECT count(*) FROM messages m WHERE m.folder_id = ?1 AND (m.flags & 1) = 0");
        assert!(
            unread.contains("COVERING INDEX messages_folder_unread"),
            "{unread}"
        );
        let total = plan("SELECT count(*) FROM messages m WHERE m.folder_id = ?1");
        assert!(total.contains("COVERING INDEX"), "{total}");
    }

    #[test]
    fn rows_of_earlier_versions_gain_attachments_when_their_body_is_read() {
        use crate::store::{PostaHome, Store};
        let dir = tempfile::tempdir().unwrap();
        let home = PostaHome::at(dir.path());
        home.create().unwrap();
        {
            let conn = Connection::open(home.database()).unwrap();
            let before = MIGRATIONS.iter().position(|m| *m == V_ATTACHMENTS).unwrap();
            for sql in &MIGRATIONS[..before] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", before as u32)
                .unwrap();
            conn.execute_batch(
                "INSERT INTO accounts (id, name) VALUES (1, 'a');
                 INSERT INTO folders (id, account_id, name, wire_name) VALUES (1, 1, 'INBOX', 'INBOX');
                 INSERT INTO messages (id, folder_id, uid, date, subject) VALUES (5, 1, 1, 1765000000, 'Faktura');",
            )
            .unwrap();
        }
        let store = Store::open(&home).unwrap();
        assert!(!store.message(5).unwrap().unwrap().has_attachments);
        let raw = "Subject: Faktura\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
                   --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFaktúra v prílohe.\r\n\
                   --b\r\nContent-Type: application/pdf\r\n\
                   Content-Disposition: attachment; filename=faktura.pdf\r\n\r\nJVBERi0=\r\n--b--\r\n";
        store.store_body(5, raw.as_bytes()).unwrap();
        assert!(store.message(5).unwrap().unwrap().has_attachments);
    }

    #[test]
    fn search_entries_of_earlier_versions_are_indexed_again_with_their_bodies() {
        use crate::store::{PostaHome, Store};
        let dir = tempfile::tempdir().unwrap();
        let home = PostaHome::at(dir.path());
        home.create().unwrap();
        let body = "Subject: Faktura\r\n\r\nPlatba za jazdu do Košíc.\r\n";
        let relative = "1/INBOX/cur/1:2,S";
        let file = home.mail_root().join(relative);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, body).unwrap();
        {
            let conn = Connection::open(home.database()).unwrap();
            // The version before V_SEARCH_ORDER, whatever came after it.
            let before = MIGRATIONS
                .iter()
                .position(|m| *m == V_SEARCH_ORDER)
                .unwrap();
            for sql in &MIGRATIONS[..before] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", before as u32)
                .unwrap();
            conn.execute_batch(&format!(
                "INSERT INTO accounts (id, name) VALUES (1, 'a');
                 INSERT INTO folders (id, account_id, name, wire_name) VALUES (1, 1, 'INBOX', 'INBOX');
                 INSERT INTO messages (id, folder_id, uid, date, subject, body_path)
                     VALUES (5, 1, 1, 1765000000, 'Faktura', '{relative}');
                 INSERT INTO messages_fts (rowid, subject, sender, recipients, body)
                     VALUES (5, 'Faktura', '', '', 'Platba za jazdu do Kosic.');"
            ))
            .unwrap();
        }
        let store = Store::open(&home).unwrap();
        assert_eq!(store.search_pending().unwrap(), 1);
        assert!(store.search("kosic", 10).unwrap().is_empty());
        assert_eq!(store.index_pending(10).unwrap(), 1);
        assert_eq!(store.search_pending().unwrap(), 0);
        let found = store.search("kosic", 10).unwrap();
        assert_eq!(found.iter().map(|m| m.id).collect::<Vec<_>>(), [5]);
        assert_eq!(store.search("faktura", 10).unwrap().len(), 1);
        // Leaving takes the entry along.
        store.delete_message(5).unwrap();
        assert!(store.search("faktura", 10).unwrap().is_empty());
    }

    #[test]
    fn refuses_a_newer_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", VERSION + 1)
            .unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::Corrupt(_))));
    }
}
