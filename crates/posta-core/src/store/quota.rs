//! The account's quota as the server last reported it.

use rusqlite::params;

use super::error::Result;
use super::messages::{from_row, MessageRow, COLUMNS};
use super::{unix_now, Store};
use crate::imap::{QuotaResource, QuotaUsage};

impl Store {
    /// Replaces the account's quota with the server's latest answer; an
    /// empty answer (no QUOTA, no limit) clears it.
    pub fn set_quota(&self, account: i64, usage: &[QuotaUsage]) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM quota WHERE account_id = ?1", [account])?;
            let mut insert = tx.prepare_cached(
                "INSERT OR REPLACE INTO quota (account_id, resource, used, quota_limit, checked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let now = unix_now();
            for u in usage {
                insert.execute(params![
                    account,
                    u.resource.as_str(),
                    u.used as i64,
                    u.limit as i64,
                    now
                ])?;
            }
            Ok(())
        })
    }

    /// The account's quota, storage first; empty when there is none.
    pub fn quota(&self, account: i64) -> Result<Vec<QuotaUsage>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT resource, used, quota_limit FROM quota WHERE account_id = ?1",
        )?;
        let rows = stmt.query_map([account], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (name, used, limit) = row?;
            if let Some(resource) = QuotaResource::from_name(&name) {
                out.push(QuotaUsage {
                    resource,
                    used: used.max(0) as u64,
                    limit: limit.max(0) as u64,
                });
            }
        }
        out.sort_by_key(|u| u.resource);
        Ok(out)
    }

    /// The account's largest messages across its own folders (not other
    /// users' shared ones), largest first, with their folder's name: what
    /// "Make room" offers to delete.
    pub fn largest_messages(
        &self,
        account: i64,
        limit: usize,
    ) -> Result<Vec<(MessageRow, String)>> {
        let sql = format!(
            "SELECT {COLUMNS}, f.name FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.account_id = ?1 AND f.shared = 0 ORDER BY m.size DESC, m.id LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let columns = COLUMNS.split(',').count();
        let rows = stmt.query_map(
            rusqlite::params![account, i64::try_from(limit).unwrap_or(i64::MAX)],
            |row| Ok((from_row(row)?, row.get::<_, String>(columns)?)),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_answer_replaces_the_last() {
        let store = Store::open_in_memory().unwrap();
        store.ensure_account(1, "a").unwrap();
        let storage = QuotaUsage {
            resource: QuotaResource::Storage,
            used: 5,
            limit: 10,
        };
        let messages = QuotaUsage {
            resource: QuotaResource::Messages,
            used: 1,
            limit: 2,
        };
        store.set_quota(1, &[messages, storage]).unwrap();
        assert_eq!(store.quota(1).unwrap(), [storage, messages]);
        store.set_quota(1, &[storage]).unwrap();
        assert_eq!(store.quota(1).unwrap(), [storage]);
        store.set_quota(1, &[]).unwrap();
        assert!(store.quota(1).unwrap().is_empty());
    }
}
