//! Senders whose remote content the user allowed "always": the reader
//! loads their messages' remote images without asking; the settings
//! screen and `posta remote-content` list and remove them.

use rusqlite::params;

use super::error::Result;
use super::{unix_now, Store};

/// The form an address is remembered in: trimmed, lower case.
fn key(address: &str) -> String {
    address.trim().to_lowercase()
}

impl Store {
    /// Remembers that `address`'s remote content may always be loaded.
    pub fn allow_remote_content(&self, address: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO remote_senders (address, allowed_at) VALUES (?1, ?2)",
                params![key(address), unix_now()],
            )?;
            Ok(())
        })
    }

    /// Forgets `address`; `false` if it was not remembered.
    pub fn remove_remote_content(&self, address: &str) -> Result<bool> {
        self.write(|tx| {
            Ok(tx.execute(
                "DELETE FROM remote_senders WHERE address = ?1",
                [key(address)],
            )? > 0)
        })
    }

    /// Whether `address`'s remote content may always be loaded.
    pub fn remote_content_allowed(&self, address: &str) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM remote_senders WHERE address = ?1")?;
        Ok(stmt.exists([key(address)])?)
    }

    /// The remembered senders, alphabetically.
    pub fn remote_content_senders(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT address FROM remote_senders ORDER BY address")?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senders_are_remembered_listed_and_removed() {
        let store = Store::open_in_memory().expect("store");
        assert!(!store.remote_content_allowed("novinky@knihy.sk").unwrap());
        store.allow_remote_content(" Novinky@Knihy.sk ").unwrap();
        store.allow_remote_content("a@b.pl").unwrap();
        assert!(store.remote_content_allowed("NOVINKY@knihy.sk").unwrap());
        assert_eq!(
            store.remote_content_senders().unwrap(),
            ["a@b.pl", "novinky@knihy.sk"]
        );
        assert!(store.remove_remote_content("novinky@knihy.sk").unwrap());
        assert!(!store.remove_remote_content("novinky@knihy.sk").unwrap());
        assert!(!store.remote_content_allowed("novinky@knihy.sk").unwrap());
    }
}
