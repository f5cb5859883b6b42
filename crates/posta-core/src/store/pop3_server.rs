//! The POP3 server's mailbox as last listed: number, size and the header
//! fields `TOP n 0` gave, cached by UIDL so each message's headers are
//! asked for once and held-back messages can be shown offline.

use std::collections::HashSet;

use rusqlite::params;

use super::error::Result;
use super::messages::address_line;
use super::Store;
use crate::message::Headers;

/// One message on the POP3 server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerRow {
    /// Its number in the last session.
    pub number: u32,
    /// Its unique id.
    pub uidl: String,
    /// Its size in octets.
    pub size: u64,
    /// Whether `TOP` headers are cached (the fields below).
    pub has_headers: bool,
    /// `Date:` (Unix seconds).
    pub date: Option<i64>,
    /// `From:` as one line.
    pub sender: String,
    /// `Subject:`.
    pub subject: String,
    /// `Message-ID:`.
    pub message_id: Option<String>,
    /// True when a copy is here (the ledger knows it).
    pub downloaded: bool,
}

impl Store {
    /// Records a fresh listing: numbers and sizes of what is listed, and
    /// forgets what is not (it is gone from the server for good).
    pub fn pop3_server_listed(&self, account: i64, listing: &[(u32, &str, u64)]) -> Result<()> {
        self.write(|tx| {
            let listed: HashSet<&str> = listing.iter().map(|(_, u, _)| *u).collect();
            let mut known =
                tx.prepare_cached("SELECT uidl FROM pop3_server WHERE account_id = ?1")?;
            let gone: Vec<String> = known
                .query_map([account], |row| row.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .filter(|uidl| !listed.contains(uidl.as_str()))
                .collect();
            let mut delete =
                tx.prepare_cached("DELETE FROM pop3_server WHERE account_id = ?1 AND uidl = ?2")?;
            for uidl in &gone {
                delete.execute(params![account, uidl])?;
            }
            let mut upsert = tx.prepare_cached(
                "INSERT INTO pop3_server (account_id, uidl, number, size) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id, uidl) DO UPDATE SET number = ?3, size = ?4",
            )?;
            for (number, uidl, size) in listing {
                upsert.execute(params![account, uidl, number, *size as i64])?;
            }
            Ok(())
        })
    }

    /// Caches the header fields `TOP n 0` gave for these UIDLs.
    pub fn pop3_server_headers(&self, account: i64, headers: &[(&str, &Headers)]) -> Result<()> {
        self.write(|tx| {
            let mut update = tx.prepare_cached(
                "UPDATE pop3_server SET has_headers = 1, date = ?3, sender = ?4, subject = ?5,
                 message_id = ?6 WHERE account_id = ?1 AND uidl = ?2",
            )?;
            for (uidl, h) in headers {
                update.execute(params![
                    account,
                    uidl,
                    h.date,
                    address_line(&h.from),
                    h.subject,
                    h.message_id
                ])?;
            }
            Ok(())
        })
    }

    /// Forgets these UIDLs (deleted on the server).
    pub fn pop3_server_forget(&self, account: i64, uidls: &[&str]) -> Result<()> {
        self.write(|tx| {
            let mut delete =
                tx.prepare_cached("DELETE FROM pop3_server WHERE account_id = ?1 AND uidl = ?2")?;
            for uidl in uidls {
                delete.execute(params![account, uidl])?;
            }
            Ok(())
        })
    }

    /// The server's mailbox as last listed, in server order.
    pub fn pop3_server(&self, account: i64) -> Result<Vec<ServerRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.number, s.uidl, s.size, s.has_headers, s.date, s.sender, s.subject,
                    s.message_id, l.uidl IS NOT NULL
             FROM pop3_server s
             LEFT JOIN pop3_ledger l ON l.account_id = s.account_id AND l.uidl = s.uidl
             WHERE s.account_id = ?1 ORDER BY s.number",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok(ServerRow {
                number: row.get(0)?,
                uidl: row.get(1)?,
                size: row.get::<_, i64>(2)?.max(0) as u64,
                has_headers: row.get(3)?,
                date: row.get(4)?,
                sender: row.get(5)?,
                subject: row.get(6)?,
                message_id: row.get(7)?,
                downloaded: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_replaces_the_last_and_headers_stay_cached() {
        let store = Store::open_in_memory().unwrap();
        store.ensure_account(1, "a").unwrap();
        store
            .pop3_server_listed(1, &[(1, "a", 10), (2, "b", 20)])
            .unwrap();
        let headers = Headers {
            subject: "Faktúra".into(),
            ..Headers::default()
        };
        store.pop3_server_headers(1, &[("b", &headers)]).unwrap();
        store
            .pop3_server_listed(1, &[(1, "b", 20), (2, "c", 30)])
            .unwrap();
        let rows = store.pop3_server(1).unwrap();
        let uidls: Vec<&str> = rows.iter().map(|r| r.uidl.as_str()).collect();
        assert_eq!(uidls, ["b", "c"]);
        assert!(rows[0].has_headers && rows[0].subject == "Faktúra" && rows[0].number == 1);
        assert!(!rows[1].has_headers && !rows[1].downloaded);
        store.pop3_server_forget(1, &["b"]).unwrap();
        assert_eq!(store.pop3_server(1).unwrap().len(), 1);
    }
}
