//! Tags: IMAP keywords with a name and a colour. Every account starts with
//! Thunderbird's five (`$label1`–`$label5`), so tags set by Thunderbird on
//! the same mailbox show up with the same meaning; the user adds their own.

use rusqlite::{params, Transaction};

use super::error::{Result, StoreError};
use super::Store;
use crate::message::is_valid_keyword;

/// A tag: the keyword stored on messages, the name shown, and its colour.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TagDef {
    /// The IMAP keyword (`$label1`, `projekt`).
    pub keyword: String,
    /// What the user sees.
    pub name: String,
    /// `#rrggbb`, lower case.
    pub color: String,
}

/// Thunderbird's default tags: keyword, English name, colour.
pub const DEFAULT_TAGS: [(&str, &str, &str); 5] = [
    ("$label1", "Important", "#ff0000"),
    ("$label2", "Work", "#ff9900"),
    ("$label3", "Personal", "#009900"),
    ("$label4", "To Do", "#3333ff"),
    ("$label5", "Later", "#993399"),
];

/// Adds the default tags to a new account.
pub(super) fn seed(tx: &Transaction<'_>, account: i64) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO tags (account_id, keyword, name, color) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (keyword, name, color) in DEFAULT_TAGS {
        insert.execute(params![account, keyword, name, color])?;
    }
    Ok(())
}

/// Checks a colour is `#rrggbb` and returns it in lower case.
pub fn normalize_color(color: &str) -> Option<String> {
    let hex = color.strip_prefix('#')?;
    (hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

impl Store {
    /// The account's tags in the order the user gave them; otherwise the
    /// defaults first, then the user's in the order they were made.
    pub fn tags(&self, account: i64) -> Result<Vec<TagDef>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT keyword, name, color FROM tags WHERE account_id = ?1
             ORDER BY position IS NULL, position, rowid",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok(TagDef {
                keyword: row.get(0)?,
                name: row.get(1)?,
                color: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a tag or changes the name and colour of an existing one.
    pub fn upsert_tag(&self, account: i64, tag: &TagDef) -> Result<()> {
        if !is_valid_keyword(&tag.keyword) {
            return Err(StoreError::Invalid(format!(
                "{:?} cannot be an IMAP keyword",
                tag.keyword
            )));
        }
        let color = normalize_color(&tag.color).ok_or_else(|| {
            StoreError::Invalid(format!("{:?} is not a #rrggbb colour", tag.color))
        })?;
        if tag.name.trim().is_empty() {
            return Err(StoreError::Invalid("a tag needs a name".into()));
        }
        self.conn.execute(
            "INSERT INTO tags (account_id, keyword, name, color) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (account_id, keyword) DO UPDATE SET name = excluded.name, color = excluded.color",
            params![account, tag.keyword, tag.name.trim(), color],
        )?;
        Ok(())
    }

    /// Removes a tag definition (messages keep the keyword; it shows as a
    /// plain keyword until defined again).
    pub fn remove_tag(&self, account: i64, keyword: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM tags WHERE account_id = ?1 AND keyword = ?2",
            params![account, keyword],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_checked_and_lowered() {
        assert_eq!(normalize_color("#FF9900").as_deref(), Some("#ff9900"));
        for bad in ["ff9900", "#ff990", "#ff99000", "#gg0000", "", "#"] {
            assert_eq!(normalize_color(bad), None, "{bad}");
        }
    }
}
