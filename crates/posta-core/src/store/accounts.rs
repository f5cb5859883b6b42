//! Account rows: they mirror the ids in `config.toml` so every other table
//! can point at them (and disappear with them).

use rusqlite::params;

use super::error::Result;
use super::{remove_dir, tags, Store};

impl Store {
    /// Makes sure the account exists (renaming it if it does). A new
    /// account is seeded with Thunderbird's default tags.
    pub fn ensure_account(&self, id: i64, name: &str) -> Result<()> {
        self.write(|tx| {
            let created = tx.execute(
                "INSERT OR IGNORE INTO accounts (id, name) VALUES (?1, ?2)",
                params![id, name],
            )?;
            if created == 1 {
                tags::seed(tx, id)?;
            } else {
                tx.execute(
                    "UPDATE accounts SET name = ?2 WHERE id = ?1 AND name <> ?2",
                    params![id, name],
                )?;
            }
            Ok(())
        })
    }

    /// The accounts in the index: `(id, name)`, by id.
    pub fn accounts(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM accounts ORDER BY id")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removes an account with all its folders, messages, tags, queued
    /// operations and POP3 ledger, and its bodies on disk.
    pub fn remove_account(&self, id: i64) -> Result<()> {
        self.write_durably(|tx| {
            tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
            Ok(())
        })?;
        if let Ok(root) = self.mail_root() {
            remove_dir(&root.join(id.to_string()))?;
        }
        Ok(())
    }
}
