//! What the message list shows and where its rows come from: one folder
//! (paged straight from the store by offset), all inboxes merged by date,
//! search results from the full-text index, each optionally narrowed to
//! one tag.
//!
//! Folders, merged inboxes and tag filters must scale (100,000 messages):
//! they are counted and paged by the store in SQL and never hold more than
//! a page. Search results (capped at [`SEARCH_LIMIT`]) are held in memory,
//! narrowed and sorted here.

use std::collections::HashMap;
use std::ops::Range;

use super::list_order::{self, ListOrder};
use posta_core::message::Flag;
use posta_core::store::{MessageRow, Only, Result, Selection, Sort, Store};
use posta_core::thread::{self, Thread};

/// The most search results shown.
pub const SEARCH_LIMIT: usize = 2000;

/// What the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Source {
    /// Nothing (no folder chosen yet).
    #[default]
    Nothing,
    /// One folder.
    Folder(i64),
    /// These folders (every account's inbox) merged.
    Unified(Vec<i64>),
    /// Messages matching the text, in every account.
    Search(String),
}

/// The list's contents: a source, an order and an optional tag.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    source: Source,
    sort: Sort,
    tag: Option<String>,
    /// The quick filters: only unread, only starred.
    only: Only,
    /// Search results, held in memory.
    held: Option<Vec<MessageRow>>,
    /// Grouping by conversation: the other folders whose messages join
    /// (Sent), or `None` when the list is not grouped.
    threading: Option<Vec<i64>>,
    /// The conversations of a grouped folder, one row each.
    threads: Option<Threads>,
    /// The row count of a folder or merged inboxes, as last read: pages
    /// in its second half are read from the end.
    total: usize,
    /// For search: how many messages were not in the search index yet (a
    /// big first sync's, until the indexer is through).
    unindexed: usize,
    /// A long folder's order, for pages far from both ends.
    order: ListOrder,
    /// For search: messages the servers found, listed with the local hits.
    found: Vec<i64>,
}

/// A grouped folder's conversations and where each message is.
#[derive(Debug, Clone, Default)]
struct Threads {
    list: Vec<Thread>,
    of_message: HashMap<i64, usize>,
}

impl Listing {
    /// What is shown.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The order.
    pub fn sort(&self) -> Sort {
        self.sort
    }

    /// The tag the list is narrowed to.
    pub fn tag(&self) -> Option<&str> {
        self.tag.as_deref()
    }

    /// The quick filters that are on.
    pub fn only(&self) -> Only {
        self.only
    }

    /// Turns the quick filters on or off.
    pub fn set_only(&mut self, only: Only) {
        self.only = only;
        self.total = 0;
        self.order.forget();
    }

    /// For search: how many messages the search could not see yet.
    pub fn unindexed(&self) -> usize {
        self.unindexed
    }

    /// Shows something else (the order and tag filter stay).
    pub fn set_source(&mut self, source: Source) {
        if self.source != source {
            self.found.clear();
        }
        self.source = source;
        self.total = 0;
        self.order.forget();
    }

    /// Adds what a search on the server found for `text` to the search
    /// results (nothing when the list shows something else now).
    pub fn add_found(&mut self, text: &str, ids: &[i64]) -> bool {
        if self.source != Source::Search(text.to_owned()) {
            return false;
        }
        for id in ids {
            if !self.found.contains(id) {
                self.found.push(*id);
            }
        }
        true
    }

    /// Orders the list differently.
    pub fn set_sort(&mut self, sort: Sort) {
        self.sort = sort;
        self.order.forget();
    }

    /// Narrows the list to messages with this keyword, or stops narrowing.
    pub fn set_tag(&mut self, tag: Option<String>) {
        self.tag = tag;
        self.total = 0;
        self.order.forget();
    }

    /// Groups a folder by conversation, joining messages of `also` (Sent),
    /// or (`None`) lists every message on its own.
    pub fn set_threading(&mut self, also: Option<Vec<i64>>) {
        self.threading = also;
        self.total = 0;
        self.order.forget();
    }

    /// Whether the list shows conversations.
    pub fn threaded(&self) -> bool {
        self.threads.is_some()
    }

    /// The conversation `message_id` is in, when the list is grouped.
    pub fn thread_of(&self, message_id: i64) -> Option<&Thread> {
        let threads = self.threads.as_ref()?;
        threads
            .of_message
            .get(&message_id)
            .and_then(|&i| threads.list.get(i))
    }

    /// Reads the row count (and, for search, the rows) from the store
    /// again; returns the new total.
    pub fn refresh(&mut self, store: &Store) -> Result<usize> {
        self.order.forget();
        self.held = None;
        self.threads = None;
        // A filtered folder lists messages, not conversations.
        if let (Source::Folder(folder), Some(also), None, Only::ANY) =
            (&self.source, &self.threading, &self.tag, self.only)
        {
            let list = thread::threads(&store.thread_items(*folder, also)?);
            let mut of_message = HashMap::with_capacity(list.len() * 2);
            for (index, thread) in list.iter().enumerate() {
                for id in &thread.ids {
                    of_message.insert(*id, index);
                }
            }
            let total = list.len();
            self.threads = Some(Threads { list, of_message });
            return Ok(total);
        }
        match &self.source {
            Source::Nothing => Ok(0),
            Source::Search(text) => {
                self.unindexed = store.search_pending()?;
                let mut rows = store.search(text, SEARCH_LIMIT)?;
                for id in &self.found {
                    if !rows.iter().any(|row| row.id == *id) {
                        rows.extend(store.message(*id)?);
                    }
                }
                if let Some(tag) = &self.tag {
                    rows.retain(|row| has_keyword(row, tag));
                }
                rows.retain(|row| self.only.admits(row));
                sort_rows(&mut rows, self.sort);
                let total = rows.len();
                self.held = Some(rows);
                Ok(total)
            }
            Source::Folder(_) | Source::Unified(_) => {
                self.total = store.selected_count(self.selection())?;
                Ok(self.total)
            }
        }
    }

    /// The rows in `range`.
    pub fn page(&self, store: &Store, range: Range<usize>) -> Result<Vec<MessageRow>> {
        if let Some(threads) = &self.threads {
            // Newest conversation first; oldest first for "date ▲".
            let total = threads.list.len();
            let (start, end) = (range.start.min(total), range.end.min(total));
            let mut rows = Vec::with_capacity(end - start);
            for index in start..end {
                let index = if self.sort == Sort::DateAsc {
                    total - 1 - index
                } else {
                    index
                };
                rows.extend(store.message(threads.list[index].latest)?);
            }
            return Ok(rows);
        }
        match (&self.held, &self.source) {
            (Some(rows), _) => Ok(rows
                .get(range.start.min(rows.len())..range.end.min(rows.len()))
                .unwrap_or_default()
                .to_vec()),
            (None, Source::Folder(_) | Source::Unified(_)) => {
                if let Some(ids) = self.order.ids() {
                    let end = range.end.min(ids.len());
                    return store.messages_by_id(&ids[range.start.min(end)..end]);
                }
                if list_order::is_far(range.start, range.end, self.total) {
                    self.order
                        .read(store, self.selection(), self.sort, self.total);
                }
                store.selected_page(self.selection(), range, self.total, self.sort)
            }
            (None, _) => Ok(Vec::new()),
        }
    }

    /// The store's selection for a folder or merged inboxes.
    fn selection(&self) -> Selection<'_> {
        let folders = match &self.source {
            Source::Folder(folder) => std::slice::from_ref(folder),
            Source::Unified(folders) => folders.as_slice(),
            Source::Nothing | Source::Search(_) => &[],
        };
        Selection {
            folders,
            keyword: self.tag.as_deref(),
            only: self.only,
        }
    }
}

/// True when the message carries `keyword`.
pub fn has_keyword(row: &MessageRow, keyword: &str) -> bool {
    row.flags
        .iter()
        .any(|flag| matches!(flag, Flag::Keyword(k) if k == keyword))
}

/// Sorts rows held in memory the way the store's `ORDER BY` does.
pub fn sort_rows(rows: &mut [MessageRow], sort: Sort) {
    let newest = |a: &MessageRow, b: &MessageRow| b.date.cmp(&a.date).then(b.id.cmp(&a.id));
    let text = |a: &str, b: &str| a.to_lowercase().cmp(&b.to_lowercase());
    rows.sort_by(|a, b| match sort {
        Sort::DateDesc => newest(a, b),
        Sort::DateAsc => a.date.cmp(&b.date).then(a.id.cmp(&b.id)),
        Sort::Subject => text(&a.subject, &b.subject).then_with(|| newest(a, b)),
        Sort::From => text(&a.from, &b.from).then_with(|| newest(a, b)),
        Sort::To => text(&a.to, &b.to).then_with(|| newest(a, b)),
        Sort::SizeDesc => b.size.cmp(&a.size).then(b.id.cmp(&a.id)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use posta_core::message::{Envelope, Headers, RemoteId};
    use posta_core::store::FolderRow;

    fn envelope(uid: u32, subject: &str, date: i64, flags: Vec<Flag>) -> Envelope {
        Envelope {
            id: RemoteId::Uid(uid),
            flags,
            size: u64::from(uid) * 100,
            headers: Headers {
                subject: subject.into(),
                date: Some(date),
                ..Headers::default()
            },
        }
    }

    fn store_with_two_inboxes() -> (Store, i64, i64) {
        let store = Store::open_in_memory().expect("store");
        let mut ids = Vec::new();
        for account in [1, 2] {
            store.ensure_account(account, "a").expect("account");
            let mut inbox = FolderRow::local(account, "INBOX", None);
            inbox.local = false;
            ids.push(store.upsert_folder(account, &inbox).expect("folder"));
        }
        let tag = Flag::Keyword("$label1".into());
        store
            .upsert_messages(
                ids[0],
                &[
                    envelope(1, "a1", 100, vec![]),
                    envelope(2, "a2", 300, vec![tag.clone()]),
                ],
            )
            .expect("messages");
        store
            .upsert_messages(
                ids[1],
                &[
                    envelope(1, "b1", 200, vec![tag]),
                    envelope(2, "b2", 400, vec![]),
                ],
            )
            .expect("messages");
        (store, ids[0], ids[1])
    }

    fn subjects(rows: &[MessageRow]) -> Vec<&str> {
        rows.iter().map(|r| r.subject.as_str()).collect()
    }

    #[test]
    fn inboxes_merge_by_date_and_a_tag_narrows_them() {
        let (store, a, b) = store_with_two_inboxes();
        let mut listing = Listing::default();
        listing.set_source(Source::Unified(vec![a, b]));
        assert_eq!(listing.refresh(&store).expect("refresh"), 4);
        assert_eq!(
            subjects(&listing.page(&store, 0..10).expect("page")),
            ["b2", "a2", "b1", "a1"]
        );
        assert_eq!(
            subjects(&listing.page(&store, 1..3).expect("page")),
            ["a2", "b1"]
        );
        listing.set_sort(Sort::DateAsc);
        listing.refresh(&store).expect("refresh");
        assert_eq!(subjects(&listing.page(&store, 0..1).expect("page")), ["a1"]);
        listing.set_tag(Some("$label1".into()));
        assert_eq!(listing.refresh(&store).expect("refresh"), 2);
        assert_eq!(
            subjects(&listing.page(&store, 0..10).expect("page")),
            ["b1", "a2"]
        );
    }

    #[test]
    fn a_folder_pages_from_the_store() {
        let (store, a, _) = store_with_two_inboxes();
        let mut listing = Listing::default();
        listing.set_source(Source::Folder(a));
        assert_eq!(listing.refresh(&store).expect("refresh"), 2);
        assert_eq!(subjects(&listing.page(&store, 0..1).expect("page")), ["a2"]);
        assert_eq!(
            subjects(&listing.page(&store, 5..9).expect("page")),
            Vec::<&str>::new()
        );
        listing.set_sort(Sort::SizeDesc);
        assert_eq!(
            subjects(&listing.page(&store, 0..2).expect("page")),
            ["a2", "a1"]
        );
    }

    #[test]
    fn a_tag_narrows_a_folder_by_whole_keywords_and_pages() {
        let (store, a, _) = store_with_two_inboxes();
        let near_miss = Flag::Keyword("$label10".into());
        let both = vec![Flag::Keyword("$label1".into()), near_miss.clone()];
        store
            .upsert_messages(
                a,
                &[
                    envelope(3, "a3", 500, vec![near_miss]),
                    envelope(4, "a4", 600, both),
                    envelope(5, "a5", 50, vec![Flag::Keyword("x$label1".into())]),
                ],
            )
            .expect("messages");
        let mut listing = Listing::default();
        listing.set_source(Source::Folder(a));
        listing.set_tag(Some("$label1".into()));
        assert_eq!(listing.refresh(&store).expect("refresh"), 2);
        assert_eq!(
            subjects(&listing.page(&store, 0..10).expect("page")),
            ["a4", "a2"]
        );
        assert_eq!(subjects(&listing.page(&store, 1..2).expect("page")), ["a2"]);
        listing.set_source(Source::Unified(vec![]));
        assert_eq!(listing.refresh(&store).expect("refresh"), 0);
        assert!(listing.page(&store, 0..10).expect("page").is_empty());
    }

    /// A folder long enough for pages [`list_order::FAR`] from both ends.
    fn long_folder() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&posta_core::store::PostaHome::at(dir.path())).expect("store");
        store.ensure_account(1, "a").expect("account");
        let mut inbox = FolderRow::local(1, "INBOX", None);
        inbox.local = false;
        let folder = store.upsert_folder(1, &inbox).expect("folder");
        let count = 2 * list_order::FAR as u32 + 500;
        let envelopes: Vec<Envelope> = (1..=count)
            .map(|uid| {
                let subject = format!("Správa {}", uid % 997);
                envelope(uid, &subject, i64::from(uid % 5_000) * 60, vec![])
            })
            .collect();
        store.upsert_messages(folder, &envelopes).expect("messages");
        (dir, store, folder)
    }

    /// A page far from both ends starts reading the order; once read, the
    /// same page comes through it, row for row; a change forgets it.
    #[test]
    fn far_pages_come_from_the_order_read_in_the_background() {
        let (_dir, store, folder) = long_folder();
        let mut listing = Listing::default();
        listing.set_source(Source::Folder(folder));
        listing.set_sort(Sort::Subject);
        let total = listing.refresh(&store).expect("refresh");
        listing.page(&store, 0..240).expect("near the top");
        listing
            .page(&store, total - 240..total)
            .expect("near the end");
        listing.order.wait();
        assert!(listing.order.ids().is_none(), "read only when far");

        let middle = total / 2..total / 2 + 240;
        let by_offset = listing.page(&store, middle.clone()).expect("by offset");
        listing.order.wait();
        assert_eq!(listing.order.ids().map(|ids| ids.len()), Some(total));
        assert_eq!(listing.page(&store, middle).expect("by id"), by_offset);
        let last = listing.page(&store, total - 3..total + 5).expect("by id");
        assert_eq!(
            last,
            store
                .messages(folder, 3, total - 3, Sort::Subject)
                .expect("page")
        );

        listing.refresh(&store).expect("refresh");
        assert!(listing.order.ids().is_none(), "forgotten on refresh");
        listing.set_sort(Sort::DateAsc);
        assert!(listing.order.ids().is_none());
    }

    /// An order read while the store changed (a count other than the
    /// list's) is not used.
    #[test]
    fn an_order_of_another_length_is_not_used() {
        let (_dir, store, folder) = long_folder();
        let mut listing = Listing::default();
        listing.set_source(Source::Folder(folder));
        let total = listing.refresh(&store).expect("refresh");
        store
            .upsert_messages(folder, &[envelope(900_000, "new", 1, vec![])])
            .expect("one more");
        listing
            .page(&store, total / 2..total / 2 + 10)
            .expect("page");
        listing.order.wait();
        assert!(listing.order.ids().is_none());
    }
}
