//! Folder rows: server folders (IMAP) and local ones (POP3 accounts keep
//! every folder but INBOX here), with the sync state of each.

use rusqlite::{params, OptionalExtension, Row};

use super::error::{Result, StoreError};
use super::{remove_dir, Store};
use crate::imap::{Folder, SpecialUse};

/// A folder as the store keeps it, with its message counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderRow {
    /// Row id (0 for a row not stored yet).
    pub id: i64,
    /// The account.
    pub account: i64,
    /// Full name, decoded (`Projekty/Żółć`); unique per account.
    pub name: String,
    /// Full name on the wire (modified UTF-7); the same as `name` for a
    /// local folder.
    pub wire_name: String,
    /// Hierarchy separator.
    pub delimiter: Option<char>,
    /// Special-use role.
    pub role: Option<SpecialUse>,
    /// Another user's or a public folder.
    pub shared: bool,
    /// False for containers that hold no messages.
    pub selectable: bool,
    /// Exists only on this computer.
    pub local: bool,
    /// IMAP UIDVALIDITY of the cached UIDs.
    pub uid_validity: Option<u32>,
    /// IMAP UIDNEXT at the last sync.
    pub uid_next: Option<u32>,
    /// CONDSTORE HIGHESTMODSEQ at the last sync.
    pub highest_modseq: Option<u64>,
    /// Number of messages (filled in by reads; ignored by writes).
    pub total: u64,
    /// Number of messages without `\Seen` (filled in by reads).
    pub unread: u64,
    /// Our ACL rights on a shared folder (RFC 4314 letters).
    pub my_rights: Option<String>,
    /// Shown and checked for new mail (the server's subscription, as the
    /// last sync read it). Filled in by reads; set with
    /// [`Store::set_folder_subscribed`], never by upserts.
    pub subscribed: bool,
}

impl Default for FolderRow {
    fn default() -> FolderRow {
        FolderRow {
            id: 0,
            account: 0,
            name: String::new(),
            wire_name: String::new(),
            delimiter: None,
            role: None,
            shared: false,
            selectable: false,
            local: false,
            uid_validity: None,
            uid_next: None,
            highest_modseq: None,
            total: 0,
            unread: 0,
            my_rights: None,
            // A folder is shown unless the user said otherwise.
            subscribed: true,
        }
    }
}

impl FolderRow {
    /// The row for a folder the server listed.
    pub fn from_folder(account: i64, folder: &Folder) -> FolderRow {
        FolderRow {
            account,
            name: folder.name.clone(),
            wire_name: folder.wire_name.clone(),
            delimiter: folder.delimiter,
            role: folder.role,
            shared: folder.shared,
            selectable: folder.selectable,
            ..FolderRow::default()
        }
    }

    /// A folder that exists only on this computer.
    pub fn local(account: i64, name: &str, role: Option<SpecialUse>) -> FolderRow {
        FolderRow {
            account,
            name: name.to_owned(),
            wire_name: name.to_owned(),
            delimiter: Some('/'),
            role,
            selectable: true,
            local: true,
            ..FolderRow::default()
        }
    }
}

/// The stored spelling of a role.
pub(super) fn role_name(role: SpecialUse) -> &'static str {
    match role {
        SpecialUse::Inbox => "inbox",
        SpecialUse::Drafts => "drafts",
        SpecialUse::Sent => "sent",
        SpecialUse::Archive => "archive",
        SpecialUse::Junk => "junk",
        SpecialUse::Trash => "trash",
        SpecialUse::All => "all",
        SpecialUse::Flagged => "flagged",
    }
}

fn role_from_name(name: &str) -> Option<SpecialUse> {
    [
        SpecialUse::Inbox,
        SpecialUse::Drafts,
        SpecialUse::Sent,
        SpecialUse::Archive,
        SpecialUse::Junk,
        SpecialUse::Trash,
        SpecialUse::All,
        SpecialUse::Flagged,
    ]
    .into_iter()
    .find(|role| role_name(*role) == name)
}

const COLUMNS: &str =
    "f.id, f.account_id, f.name, f.wire_name, f.delimiter, f.role, f.shared, f.selectable, \
    f.local, f.uid_validity, f.uid_next, f.highest_modseq, f.my_rights, f.subscribed, \
    (SELECT count(*) FROM messages m WHERE m.folder_id = f.id), \
    (SELECT count(*) FROM messages m WHERE m.folder_id = f.id AND (m.flags & 1) = 0)";

fn from_row(row: &Row<'_>) -> rusqlite::Result<FolderRow> {
    let delimiter: Option<String> = row.get(4)?;
    let role: Option<String> = row.get(5)?;
    Ok(FolderRow {
        id: row.get(0)?,
        account: row.get(1)?,
        name: row.get(2)?,
        wire_name: row.get(3)?,
        delimiter: delimiter.and_then(|d| d.chars().next()),
        role: role.as_deref().and_then(role_from_name),
        shared: row.get(6)?,
        selectable: row.get(7)?,
        local: row.get(8)?,
        uid_validity: row.get(9)?,
        uid_next: row.get(10)?,
        highest_modseq: row.get::<_, Option<i64>>(11)?.map(|m| m as u64),
        my_rights: row.get(12)?,
        subscribed: row.get(13)?,
        total: row.get::<_, i64>(14)? as u64,
        unread: row.get::<_, i64>(15)? as u64,
    })
}

impl Store {
    /// Adds a folder or updates its listing attributes, by (account, name);
    /// returns its id. The sync state is left alone (see
    /// [`Store::set_folder_sync_state`]).
    pub fn upsert_folder(&self, account: i64, f: &FolderRow) -> Result<i64> {
        let id = self.conn.prepare_cached(
            "INSERT INTO folders (account_id, name, wire_name, delimiter, role, shared, selectable, local, my_rights)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (account_id, name) DO UPDATE SET
                wire_name = excluded.wire_name, delimiter = excluded.delimiter, role = excluded.role,
                shared = excluded.shared, selectable = excluded.selectable, local = excluded.local,
                my_rights = excluded.my_rights
             RETURNING id",
        )?
        .query_row(
            params![
                account,
                f.name,
                f.wire_name,
                f.delimiter.map(String::from),
                f.role.map(role_name),
                f.shared,
                f.selectable,
                f.local,
                f.my_rights,
            ],
            |row| row.get(0),
        )?;
        Ok(id)
    }

    /// [`Store::upsert_folder`] for many folders in one transaction (a
    /// server may list 100,000); returns their ids in order.
    pub fn upsert_folders(&self, account: i64, folders: &[FolderRow]) -> Result<Vec<i64>> {
        self.write(|_| {
            folders
                .iter()
                .map(|f| self.upsert_folder(account, f))
                .collect()
        })
    }

    /// The account's folders with their counts, INBOX first, then by name.
    pub fn folders(&self, account: i64) -> Result<Vec<FolderRow>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM folders f WHERE f.account_id = ?1
             ORDER BY f.role IS NOT 'inbox', f.name"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([account], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One folder with its counts.
    pub fn folder(&self, folder_id: i64) -> Result<Option<FolderRow>> {
        let sql = format!("SELECT {COLUMNS} FROM folders f WHERE f.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([folder_id], from_row)
            .optional()?)
    }

    /// The id of the account's folder with this name.
    pub fn folder_id(&self, account: i64, name: &str) -> Result<Option<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM folders WHERE account_id = ?1 AND name = ?2")?;
        Ok(stmt
            .query_row(params![account, name], |row| row.get(0))
            .optional()?)
    }

    /// The account a folder belongs to.
    pub(super) fn folder_account(&self, folder_id: i64) -> Result<i64> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT account_id FROM folders WHERE id = ?1")?;
        stmt.query_row([folder_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("folder {folder_id}")))
    }

    /// Renames a folder (after the server did, or a local one).
    pub fn rename_folder(&self, folder_id: i64, name: &str, wire_name: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE folders SET name = ?2, wire_name = ?3 WHERE id = ?1",
            params![folder_id, name, wire_name],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("folder {folder_id}")));
        }
        Ok(())
    }

    /// Removes a folder with its messages and their bodies (durably before
    /// the files go: a local folder may hold the only copy).
    pub fn remove_folder(&self, folder_id: i64) -> Result<()> {
        let account = self.folder_account(folder_id)?;
        self.write_durably(|tx| {
            tx.execute("DELETE FROM folders WHERE id = ?1", [folder_id])?;
            Ok(())
        })?;
        if self.mail_root.is_some() {
            remove_dir(&self.folder_dir(account, folder_id)?)?;
        }
        Ok(())
    }

    /// Records what the last sync saw (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ).
    pub fn set_folder_sync_state(
        &self,
        folder_id: i64,
        uid_validity: Option<u32>,
        uid_next: Option<u32>,
        highest_modseq: Option<u64>,
    ) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE folders SET uid_validity = ?2, uid_next = ?3, highest_modseq = ?4 WHERE id = ?1",
            params![folder_id, uid_validity, uid_next, highest_modseq.map(|m| m as i64)],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("folder {folder_id}")));
        }
        Ok(())
    }

    /// Marks a folder subscribed (shown, checked for new mail) or not.
    pub fn set_folder_subscribed(&self, folder_id: i64, subscribed: bool) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE folders SET subscribed = ?2 WHERE id = ?1",
            params![folder_id, subscribed],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!("folder {folder_id}")));
        }
        Ok(())
    }

    /// Sets our ACL rights on a folder.
    pub fn set_folder_rights(&self, folder_id: i64, my_rights: Option<&str>) -> Result<()> {
        self.conn.execute(
            "UPDATE folders SET my_rights = ?2 WHERE id = ?1",
            params![folder_id, my_rights],
        )?;
        Ok(())
    }

    /// Forgets a folder's messages, their bodies and its sync state: its
    /// UIDVALIDITY changed, so every cached UID is void.
    pub fn reset_folder(&self, folder_id: i64) -> Result<()> {
        let account = self.folder_account(folder_id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM messages WHERE folder_id = ?1", [folder_id])?;
            tx.execute(
                "UPDATE folders SET uid_validity = NULL, uid_next = NULL, highest_modseq = NULL WHERE id = ?1",
                [folder_id],
            )?;
            Ok(())
        })?;
        if self.mail_root.is_some() {
            remove_dir(&self.folder_dir(account, folder_id)?)?;
        }
        Ok(())
    }
}
