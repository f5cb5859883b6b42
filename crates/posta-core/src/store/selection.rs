//! Which messages a list shows and in which order: the SQL of a page,
//! written so each order is read from its covering index without sorting.

use std::borrow::Cow;

use rusqlite::types::Value;

use super::flags::{FLAGGED, SEEN};

/// The order of a message list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Newest first.
    #[default]
    DateDesc,
    /// Oldest first.
    DateAsc,
    /// By subject, then newest first.
    Subject,
    /// By sender, then newest first.
    From,
    /// By recipients, then newest first (sent mail).
    To,
    /// Largest first.
    SizeDesc,
}

impl Sort {
    /// Every order, as the list offers them.
    pub const ALL: [Sort; 6] = [
        Sort::DateDesc,
        Sort::DateAsc,
        Sort::Subject,
        Sort::From,
        Sort::To,
        Sort::SizeDesc,
    ];

    /// The `ORDER BY` over `messages m`. Each one is the column list of an
    /// index (schema `V_LIST_ORDERS`, and `messages_folder_date` for the
    /// dates), collations included: change one, change the other.
    fn order_by(self) -> &'static str {
        match self {
            Sort::DateDesc => "m.date DESC, m.id DESC",
            Sort::DateAsc => "m.date ASC, m.id ASC",
            Sort::Subject => "m.subject COLLATE NOCASE, m.date DESC, m.id DESC",
            Sort::From => "m.sender COLLATE NOCASE, m.date DESC, m.id DESC",
            Sort::To => "m.recipients COLLATE NOCASE, m.date DESC, m.id DESC",
            Sort::SizeDesc => "m.size DESC, m.id DESC",
        }
    }

    /// [`Sort::order_by`] by the numbers of the [`COLUMNS`] (a compound
    /// select can order only by its result columns): 1 id, 7 size, 8 date,
    /// 9 subject, 10 sender, 11 recipients.
    fn merged_order_by(self) -> &'static str {
        match self {
            Sort::DateDesc => "8 DESC, 1 DESC",
            Sort::DateAsc => "8 ASC, 1 ASC",
            Sort::Subject => "9 COLLATE NOCASE, 8 DESC, 1 DESC",
            Sort::From => "10 COLLATE NOCASE, 8 DESC, 1 DESC",
            Sort::To => "11 COLLATE NOCASE, 8 DESC, 1 DESC",
            Sort::SizeDesc => "7 DESC, 1 DESC",
        }
    }
}

/// Above this many folders merged inboxes are sorted as one set instead
/// of merged folder by folder (SQLite allows 500 arms in a compound
/// select; nobody has 100 accounts).
const MAX_MERGED: usize = 100;

/// The quick filters of the message list: only the unread, only the
/// starred (`\Flagged`) messages, or both at once; none by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Only {
    /// Messages without `\Seen`.
    pub unread: bool,
    /// Messages with `\Flagged`.
    pub starred: bool,
    /// Messages carrying attachments.
    pub attachments: bool,
}

impl Only {
    /// Every message.
    pub const ANY: Only = Only {
        unread: false,
        starred: false,
        attachments: false,
    };

    /// The conditions over `messages m`, each joined with `AND`; empty when
    /// no filter is on. The flag bits are constants, so no parameter.
    fn condition(self) -> String {
        let mut condition = String::new();
        if self.unread {
            condition.push_str(&format!(" AND m.flags & {SEEN} = 0"));
        }
        if self.starred {
            condition.push_str(&format!(" AND m.flags & {FLAGGED} <> 0"));
        }
        if self.attachments {
            condition.push_str(" AND m.attachments <> 0");
        }
        condition
    }

    /// Whether `row` passes (for lists held in memory, such as search).
    pub fn admits(self, row: &super::MessageRow) -> bool {
        (!self.unread || row.is_unread())
            && (!self.starred || row.flags.contains(&crate::message::Flag::Flagged))
            && (!self.attachments || row.has_attachments)
    }
}

/// Which messages a list shows: one folder, or several merged (all
/// inboxes), optionally narrowed to those carrying one keyword (a tag)
/// and to the unread or starred ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection<'a> {
    /// The folders; none selects nothing.
    pub folders: &'a [i64],
    /// Only messages with this keyword (exact, as IMAP stores it).
    pub keyword: Option<&'a str>,
    /// Only unread or only starred messages.
    pub only: Only,
}

impl<'a> Selection<'a> {
    /// Every message of these folders.
    pub fn folder(folders: &'a [i64]) -> Selection<'a> {
        Selection {
            folders,
            keyword: None,
            only: Only::ANY,
        }
    }

    /// The `WHERE` clause over `messages m` and its parameters, all
    /// folders at once (for counting).
    pub(super) fn filter(&self) -> (String, Vec<Value>) {
        let mut values: Vec<Value> = self.folders.iter().map(|&f| Value::Integer(f)).collect();
        let mut filter = match self.folders.len() {
            0 => "0".to_owned(),
            n => format!("m.folder_id IN ({})", vec!["?"; n].join(", ")),
        };
        if let Some(keyword) = self.keyword {
            filter.push_str(KEYWORD_FILTER);
            values.push(keyword_value(keyword));
        }
        filter.push_str(&self.only.condition());
        (filter, values)
    }

    /// The query of a page (`LIMIT ? OFFSET ?` last) and its parameters
    /// without those two. One folder is read in index order. Several are
    /// one `UNION ALL` arm each, merged in order: SQLite steps each arm
    /// through its folder's index and stops at the page's end, where `IN
    /// (…)` would sort every message of every inbox for each page.
    /// With `reverse`, the order runs the other way (for
    /// [`Store::selected_page`]). `columns` is [`COLUMNS`], or a list with
    /// the sort's columns at the same places (for ids only).
    pub(super) fn page_query(
        &self,
        sort: Sort,
        reverse: bool,
        columns: &str,
    ) -> (String, Vec<Value>) {
        let order = |order: &'static str| -> Cow<'static, str> {
            if reverse {
                Cow::Owned(reversed(order))
            } else {
                Cow::Borrowed(order)
            }
        };
        // A tag is read from the index of messages with keywords whatever
        // the order: a rare tag would otherwise walk a whole 1M folder in
        // subject order to fill a page; this way the sort (for orders
        // other than date) holds only the tagged messages.
        let only = self.only.condition();
        let arm = match self.keyword {
            Some(_) => format!(
                "SELECT {columns} FROM messages m INDEXED BY messages_folder_keyworded \
                 WHERE m.folder_id = ?{KEYWORD_FILTER}{only}"
            ),
            None => format!("SELECT {columns} FROM messages m WHERE m.folder_id = ?{only}"),
        };
        let sql = match self.folders.len() {
            0 => format!("SELECT {columns} FROM messages m WHERE 0 LIMIT ? OFFSET ?"),
            1 => format!("{arm} ORDER BY {} LIMIT ? OFFSET ?", order(sort.order_by())),
            n if n <= MAX_MERGED => format!(
                "{} ORDER BY {} LIMIT ? OFFSET ?",
                vec![arm; n].join(" UNION ALL "),
                order(sort.merged_order_by())
            ),
            _ => {
                let (filter, values) = self.filter();
                let sql = format!(
                    "SELECT {columns} FROM messages m WHERE {filter} ORDER BY {} LIMIT ? OFFSET ?",
                    order(sort.order_by())
                );
                return (sql, values);
            }
        };
        let mut values = Vec::with_capacity(self.folders.len() * 2);
        for &folder in self.folders {
            values.push(Value::Integer(folder));
            if let Some(keyword) = self.keyword {
                values.push(keyword_value(keyword));
            }
        }
        (sql, values)
    }
}

/// An `ORDER BY` list run the other way: each term's direction flipped
/// (no direction is ascending). SQLite reads the same index backwards.
fn reversed(order: &str) -> String {
    order
        .split(", ")
        .map(|term| {
            if let Some(column) = term.strip_suffix(" DESC") {
                format!("{column} ASC")
            } else if let Some(column) = term.strip_suffix(" ASC") {
                format!("{column} DESC")
            } else {
                format!("{term} DESC")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The tag filter, one parameter: the keyword as [`keyword_value`] pads
/// it. Keywords are stored space-separated; padding both sides finds whole
/// words only. `keywords <> ''` is the condition of the partial index
/// `messages_folder_keyworded`, so the planner may read that instead of
/// every row.
const KEYWORD_FILTER: &str = " AND m.keywords <> '' AND instr(' ' || m.keywords || ' ', ?) > 0";

/// The parameter of [`KEYWORD_FILTER`].
fn keyword_value(keyword: &str) -> Value {
    Value::Text(format!(" {keyword} "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::messages::COLUMNS;
    use crate::store::Store;
    use rusqlite::params_from_iter;

    /// The index that serves `sort` (schema `V_LIST_ORDERS`).
    fn index(sort: Sort) -> &'static str {
        match sort {
            Sort::DateDesc | Sort::DateAsc => "messages_folder_date",
            Sort::Subject => "messages_folder_subject",
            Sort::From => "messages_folder_sender",
            Sort::To => "messages_folder_recipients",
            Sort::SizeDesc => "messages_folder_size",
        }
    }

    /// The plans of the page queries the list runs, forwards and
    /// reversed, one line per step.
    fn plan(store: &Store, selection: Selection<'_>, sort: Sort) -> String {
        [false, true]
            .map(|reverse| plan_of(store, selection, sort, reverse))
            .join("; ")
    }

    fn plan_of(store: &Store, selection: Selection<'_>, sort: Sort, reverse: bool) -> String {
        let (sql, mut values) = selection.page_query(sort, reverse, COLUMNS);
        values.extend([Value::Integer(240), Value::Integer(900_000)]);
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt
            .query_map(params_from_iter(values), |row| row.get::<_, String>(3))
            .unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("; ")
    }

    #[test]
    fn every_order_of_a_folder_is_read_from_its_index_without_sorting() {
        let store = Store::open_in_memory().unwrap();
        for sort in Sort::ALL {
            let plan = plan(&store, Selection::folder(&[1]), sort);
            assert!(!plan.contains("TEMP B-TREE"), "{sort:?}: {plan}");
            assert!(
                plan.matches(&format!("USING INDEX {} (folder_id=?)", index(sort)))
                    .count()
                    == 2,
                "{sort:?}: {plan}"
            );
        }
    }

    #[test]
    fn reversed_orders_flip_every_term() {
        assert_eq!(
            reversed(Sort::Subject.order_by()),
            "m.subject COLLATE NOCASE DESC, m.date ASC, m.id ASC"
        );
        assert_eq!(reversed(Sort::DateAsc.merged_order_by()), "8 DESC, 1 DESC");
    }

    #[test]
    fn merged_inboxes_merge_each_folders_index_order() {
        let store = Store::open_in_memory().unwrap();
        for sort in Sort::ALL {
            let plan = plan(&store, Selection::folder(&[1, 2, 3]), sort);
            assert!(!plan.contains("TEMP B-TREE"), "{sort:?}: {plan}");
            assert!(plan.contains("MERGE (UNION ALL)"), "{sort:?}: {plan}");
            let arms = plan
                .matches(&format!("USING INDEX {} (folder_id=?)", index(sort)))
                .count();
            assert_eq!(arms, 6, "{sort:?}: {plan}");
        }
    }

    #[test]
    fn a_tag_reads_only_messages_with_keywords() {
        let store = Store::open_in_memory().unwrap();
        for folders in [&[1][..], &[1, 2]] {
            let selection = Selection {
                folders,
                keyword: Some("$label1"),
                only: Only::ANY,
            };
            for sort in Sort::ALL {
                let plan = plan(&store, selection, sort);
                let arms = plan
                    .matches("USING INDEX messages_folder_keyworded (folder_id=?)")
                    .count();
                assert_eq!(arms, folders.len() * 2, "{sort:?}: {plan}");
                // By date the index is the order; other orders sort the
                // tagged messages only.
                if matches!(sort, Sort::DateDesc | Sort::DateAsc) {
                    assert!(!plan.contains("TEMP B-TREE"), "{sort:?}: {plan}");
                }
            }
            let (filter, values) = selection.filter();
            let sql = format!("EXPLAIN QUERY PLAN SELECT count(*) FROM messages m WHERE {filter}");
            let mut stmt = store.conn.prepare(&sql).unwrap();
            let count: Vec<String> = stmt
                .query_map(params_from_iter(values), |row| row.get(3))
                .unwrap()
                .map(|r| r.unwrap())
                .collect();
            assert!(
                count
                    .join("; ")
                    .contains("COVERING INDEX messages_folder_keyworded"),
                "{count:?}"
            );
        }
    }

    /// Two folders of 40 messages, every third unread, every fifth starred,
    /// every seventh tagged.
    fn flagged_store() -> (Store, Vec<i64>) {
        use crate::message::{Envelope, Flag, Headers, RemoteId};
        use crate::store::FolderRow;
        let store = Store::open_in_memory().unwrap();
        let mut folders = Vec::new();
        for account in [1, 2] {
            store.ensure_account(account, "a").unwrap();
            let mut inbox = FolderRow::local(account, "INBOX", None);
            inbox.local = false;
            let folder = store.upsert_folder(account, &inbox).unwrap();
            let envelopes: Vec<Envelope> = (1..=40u32)
                .map(|uid| {
                    let mut flags = Vec::new();
                    if uid % 3 != 0 {
                        flags.push(Flag::Seen);
                    }
                    if uid % 5 == 0 {
                        flags.push(Flag::Flagged);
                    }
                    if uid % 7 == 0 {
                        flags.push(Flag::Keyword("$label1".into()));
                    }
                    Envelope {
                        id: RemoteId::Uid(uid),
                        flags,
                        size: 100,
                        headers: Headers {
                            subject: format!("Wiadomość {uid}"),
                            date: Some(i64::from(uid) * 60),
                            attachments: uid % 4 == 0,
                            ..Headers::default()
                        },
                    }
                })
                .collect();
            store.upsert_messages(folder, &envelopes).unwrap();
            folders.push(folder);
        }
        (store, folders)
    }

    #[test]
    fn quick_filters_count_and_page_only_unread_or_starred() {
        let (store, folders) = flagged_store();
        let one = [folders[0]];
        for folders in [&one[..], &folders[..]] {
            let n = folders.len();
            let (unread, starred) = (
                Only {
                    unread: true,
                    ..Only::ANY
                },
                Only {
                    starred: true,
                    ..Only::ANY
                },
            );
            let both = Only {
                unread: true,
                starred: true,
                ..Only::ANY
            };
            let attached = Only {
                attachments: true,
                ..Only::ANY
            };
            for (only, keyword, expected) in [
                (Only::ANY, None, 40 * n),
                (unread, None, 13 * n),
                (starred, None, 8 * n),
                // 15 and 30 are unread and starred.
                (both, None, 2 * n),
                // 21 is unread and tagged; 35 starred and tagged.
                (unread, Some("$label1"), n),
                (starred, Some("$label1"), n),
                // Every fourth has attachments; 12, 24 and 36 are unread.
                (attached, None, 10 * n),
                (
                    Only {
                        unread: true,
                        ..attached
                    },
                    None,
                    3 * n,
                ),
                // 20 and 40 are starred; 28 is tagged.
                (
                    Only {
                        starred: true,
                        ..attached
                    },
                    None,
                    2 * n,
                ),
                (attached, Some("$label1"), n),
            ] {
                let selection = Selection {
                    folders,
                    keyword,
                    only,
                };
                assert_eq!(store.selected_count(selection).unwrap(), expected);
                for sort in Sort::ALL {
                    let rows = store.selected_messages(selection, 1000, 0, sort).unwrap();
                    assert_eq!(rows.len(), expected, "{only:?} {sort:?}");
                    assert!(rows.iter().all(|row| only.admits(row)));
                }
            }
        }
    }
}
