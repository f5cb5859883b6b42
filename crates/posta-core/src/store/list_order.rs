//! A long list's order as ids: read once, it makes any page of the list a
//! few lookups by id. A page by offset steps SQLite over every index entry
//! before it, half a million in the middle of a million messages (10–40
//! ms); dragging the scroll bar asks for such a page on every frame.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::error::Result;
use super::messages::{from_row, MessageRow, COLUMNS};
use super::selection::{Selection, Sort};
use super::Store;

impl Sort {
    /// A column list for [`Selection::page_query`] that has the id and the
    /// columns this order sorts by at the places of [`COLUMNS`] (1 id, 7
    /// size, 8 date, 9 subject, 10 sender, 11 recipients) and constants
    /// elsewhere: each order's index covers it, so no row is read.
    fn key_columns(self) -> &'static str {
        match self {
            Sort::DateDesc | Sort::DateAsc => "m.id, 0, 0, 0, 0, 0, 0, m.date",
            Sort::Subject => "m.id, 0, 0, 0, 0, 0, 0, m.date, m.subject",
            Sort::From => "m.id, 0, 0, 0, 0, 0, 0, m.date, 0, m.sender",
            Sort::To => "m.id, 0, 0, 0, 0, 0, 0, m.date, 0, 0, m.recipients",
            Sort::SizeDesc => "m.id, 0, 0, 0, 0, 0, m.size",
        }
    }
}

impl Store {
    /// The id of every message a list shows, in its order: what
    /// [`Store::selected_messages`] would return, ids only. One pass over
    /// the order's index (about 0.1 s at a million).
    pub fn selected_ids(&self, selection: Selection<'_>, sort: Sort) -> Result<Vec<i64>> {
        let (sql, mut values) = selection.page_query(sort, false, sort.key_columns());
        values.extend([Value::Integer(-1), Value::Integer(0)]);
        let mut stmt = self.conn.prepare(&sql)?;
        let ids = stmt.query_map(params_from_iter(values), |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The messages with these ids, in this order; an id no longer in the
    /// store is left out.
    pub fn messages_by_id(&self, ids: &[i64]) -> Result<Vec<MessageRow>> {
        let sql = format!("SELECT {COLUMNS} FROM messages m WHERE m.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = Vec::with_capacity(ids.len());
        for &id in ids {
            let mut found = stmt.query([id])?;
            if let Some(row) = found.next()? {
                rows.push(from_row(row)?);
            }
        }
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::params_from_iter;
    use rusqlite::types::Value;

    use crate::message::{Envelope, Flag, Headers, RemoteId};
    use crate::store::{FolderRow, Selection, Sort, Store};

    /// Two inboxes with dates, subjects, senders and sizes that tie and
    /// cross, some messages tagged.
    fn store() -> (Store, Vec<i64>) {
        let store = Store::open_in_memory().expect("store");
        let mut folders = Vec::new();
        for account in [1, 2] {
            store.ensure_account(account, "a").expect("account");
            let mut inbox = FolderRow::local(account, "INBOX", None);
            inbox.local = false;
            folders.push(store.upsert_folder(account, &inbox).expect("folder"));
        }
        for (n, &folder) in folders.iter().enumerate() {
            let envelopes: Vec<Envelope> = (1..=60u32)
                .map(|uid| Envelope {
                    id: RemoteId::Uid(uid),
                    flags: if uid % 4 == n as u32 {
                        vec![Flag::Keyword("$label2".into())]
                    } else {
                        Vec::new()
                    },
                    size: u64::from(uid % 7) * 1000,
                    headers: Headers {
                        subject: ["Faktura", "faktúra", "Отчет", "re: plan"][uid as usize % 4]
                            .into(),
                        date: (uid % 9 != 0).then_some(i64::from(uid % 13) * 86_400),
                        ..Headers::default()
                    },
                })
                .collect();
            store.upsert_messages(folder, &envelopes).expect("messages");
        }
        (store, folders)
    }

    /// For every order, one folder and both merged, with and without a
    /// tag: the ids come in the order of the pages, and reading them by id
    /// gives the same rows.
    #[test]
    fn ids_are_the_pages_in_order() {
        let (store, folders) = store();
        let one = [folders[0]];
        for folders in [&one[..], &folders[..]] {
            for keyword in [None, Some("$label2")] {
                let selection = Selection {
                    folders,
                    keyword,
                    only: Default::default(),
                };
                for sort in Sort::ALL {
                    let rows = store
                        .selected_messages(selection, 1000, 0, sort)
                        .expect("page");
                    assert!(rows.len() >= 15, "{sort:?}: {} rows", rows.len());
                    let ids = store.selected_ids(selection, sort).expect("ids");
                    let expected: Vec<i64> = rows.iter().map(|row| row.id).collect();
                    assert_eq!(ids, expected, "{sort:?} {keyword:?} {folders:?}");
                    let by_id = store.messages_by_id(&ids[5..15]).expect("by id");
                    assert_eq!(by_id, rows[5..15], "{sort:?}");
                }
            }
        }
    }

    #[test]
    fn a_missing_id_is_left_out() {
        let (store, folders) = store();
        let ids = store
            .selected_ids(Selection::folder(&folders[..1]), Sort::DateDesc)
            .expect("ids");
        let asked = [ids[0], -5, ids[1]];
        let rows = store.messages_by_id(&asked).expect("rows");
        assert_eq!(
            rows.iter().map(|row| row.id).collect::<Vec<_>>(),
            [ids[0], ids[1]]
        );
    }

    /// Each order's ids come from its index alone: no row read, no sort.
    #[test]
    fn ids_of_a_folder_are_read_from_a_covering_index() {
        let store = Store::open_in_memory().expect("store");
        for sort in Sort::ALL {
            let (sql, mut values) =
                Selection::folder(&[1]).page_query(sort, false, sort.key_columns());
            values.extend([Value::Integer(-1), Value::Integer(0)]);
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .expect("plan");
            let plan = stmt
                .query_map(params_from_iter(values), |row| row.get::<_, String>(3))
                .expect("plan")
                .collect::<rusqlite::Result<Vec<_>>>()
                .expect("plan")
                .join("; ");
            assert!(plan.contains("USING COVERING INDEX"), "{sort:?}: {plan}");
            assert!(!plan.contains("TEMP B-TREE"), "{sort:?}: {plan}");
        }
    }
}
