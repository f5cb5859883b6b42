//! The store at a million messages in one folder (issue 17): filling it
//! through the batch insert the IMAP sync uses, opening it to the first
//! page, a first and a deep page in every order, the unread count, a tag
//! set on 10,000 messages, full-text search and deleting the 10,000.
//!
//! ```sh
//! cargo bench --bench store_scale                      # 1,000,000 messages
//! POSTA_BENCH_MESSAGES=20000 cargo bench --profile dev --bench store_scale
//! ```
//!
//! The store is on disk in a temporary Posta home. Subjects and senders
//! are Polish, Slovak, Bulgarian and English words so that the search
//! index holds what a real one does. It prints figures only; it never
//! fails on time (shared machines are noisy).

use std::path::Path;
use std::time::{Duration, Instant};

use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{FolderRow, PostaHome, Selection, Sort, Store};
use posta_core::sync::actions;

/// Rows in a page of the message list (`message_list::PAGE`).
const PAGE: usize = 240;

/// How many messages the tag is set on.
const TAGGED: usize = 10_000;

/// What the UI asks search for at most (`mailbox::source::SEARCH_LIMIT`).
const SEARCH_LIMIT: usize = 2000;

const WORDS: &[&str] = &[
    // Polish
    "faktura",
    "zamówienie",
    "spotkanie",
    "żółć",
    "przelew",
    "umowa",
    "raport",
    "wyciąg",
    "łódź",
    "urlop",
    // Slovak
    "faktúra",
    "výpis",
    "stretnutie",
    "pošta",
    "objednávka",
    "zmluva",
    "dovolenka",
    "účet",
    // Bulgarian
    "фактура",
    "среща",
    "поръчка",
    "договор",
    "отчет",
    "входящи",
    "плащане",
    // English
    "invoice",
    "meeting",
    "report",
    "order",
    "contract",
    "holiday",
    "payment",
    "newsletter",
];

const NAMES: &[(&str, &str)] = &[
    ("Zofia Żółkiewska", "zofia@example.pl"),
    ("Łukasz Wąsik", "lukasz@example.pl"),
    ("Ján Novák", "jan@example.sk"),
    ("Zuzana Kráľová", "zuzana@example.sk"),
    ("Иван Петров", "ivan@example.bg"),
    ("Мария Георгиева", "maria@example.bg"),
    ("Anna Kowalska", "anna@example.pl"),
    ("John Smith", "john@example.com"),
    ("Peter Kráľ", "peter@example.sk"),
    ("Alice Brown", "alice@example.com"),
];

/// What the user types into search.
const QUERIES: &[&str] = &[
    "faktura",
    "zolc",
    "vypis",
    "входящи",
    "meeting report",
    "posta",
    "kralova",
    "dogovor",
];

/// A small deterministic generator (no dependency, same store every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() % items.len()]
    }
}

fn address(name: &str, email: &str) -> Address {
    Address {
        name: Some(name.into()),
        email: email.into(),
    }
}

/// Message `n` of `count`, a minute apart, newest last (as UIDs go).
fn envelope(rng: &mut Lcg, n: usize, count: usize) -> Envelope {
    let words: Vec<&str> = (0..3 + rng.next() % 4).map(|_| *rng.pick(WORDS)).collect();
    let (name, email) = *rng.pick(NAMES);
    let mut flags = Vec::new();
    if n % 10 != 0 {
        flags.push(Flag::Seen);
    }
    if n % 50 == 0 {
        flags.push(Flag::Keyword("$label1".into()));
    }
    if n % 9 == 0 {
        flags.push(Flag::Keyword("$Forwarded".into()));
    }
    let prefix = ["", "Re: ", "Fwd: ", "RE: "][rng.next() % 4];
    Envelope {
        id: RemoteId::Uid(n as u32 + 1),
        flags,
        size: 800 + (rng.next() % 2_000_000) as u64,
        headers: Headers {
            subject: format!("{prefix}{} {n}", words.join(" ")),
            from: vec![address(name, email)],
            to: vec![address("Alicja Nowak", "alicja@example.pl")],
            date: Some(1_700_000_000 - (count - n) as i64 * 60),
            message_id: Some(format!("{n}.scale@example.pl")),
            ..Headers::default()
        },
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = work();
    (value, start.elapsed())
}

/// The index and its write-ahead log, in MiB.
fn database_mib(home: &Path) -> f64 {
    let size = |name: &str| std::fs::metadata(home.join(name)).map_or(0, |m| m.len());
    (size("posta.sqlite3") + size("posta.sqlite3-wal")) as f64 / (1024.0 * 1024.0)
}

/// Stores `count` envelopes in the batches the first IMAP sync uses (500,
/// doubling to 8,000; `SyncOptions::batch` and `imap::fetch_new`).
fn fill(store: &Store, folder: i64, count: usize, bulk: bool) {
    let mut rng = Lcg(17);
    let mut size = 500;
    let mut n = 0;
    while n < count {
        let end = (n + size).min(count);
        let batch: Vec<Envelope> = (n..end).map(|i| envelope(&mut rng, i, count)).collect();
        if bulk {
            store.upsert_messages_unindexed(folder, &batch)
        } else {
            store.upsert_messages(folder, &batch)
        }
        .expect("batch");
        n = end;
        size = (size * 2).min(8_000);
    }
}

fn main() {
    let count: usize = std::env::var("POSTA_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
        .max(PAGE * 2);
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    println!(
        "store_scale: {count} messages in one folder, {}",
        dir.path().display()
    );

    let store = Store::open(&home).expect("store");
    store.ensure_account(1, "Bench").expect("account");
    let mut inbox = FolderRow::local(1, "INBOX", None);
    inbox.local = false;
    let folder = store.upsert_folder(1, &inbox).expect("folder");
    // As the first IMAP sync does: a big load drops the list orders'
    // indexes and builds them again at the end, and leaves the search
    // index to the background indexer.
    let bulk = store.bulk_load_pays(count).expect("count");
    if bulk {
        store.suspend_bulk_indexes().expect("suspend");
    }
    let ((), took) = timed(|| fill(&store, folder, count, bulk));
    let ((), built) = timed(|| store.restore_bulk_indexes().expect("restore"));
    println!(
        "fill (upsert_messages, sync batches)  {:>9.0} ms  {:>8.0} messages/s{}",
        ms(took + built),
        count as f64 / (took + built).as_secs_f64(),
        if bulk {
            format!(" (of which building the sort indexes {:.0} ms)", ms(built))
        } else {
            String::new()
        }
    );
    let (indexed, took) = timed(|| store.index_all_pending().expect("index"));
    println!(
        "search index after the fill           {:>9.0} ms  ({indexed} messages, batches of {})",
        ms(took),
        posta_core::store::INDEX_BATCH
    );
    drop(store);
    println!(
        "database on disk                      {:>9.1} MiB",
        database_mib(dir.path())
    );

    // Opening the window on the folder: the store, its count, the first page.
    let ((store, rows), took) = timed(|| {
        let store = Store::open(&home).expect("store");
        let total = store
            .selected_count(Selection::folder(&[folder]))
            .expect("count");
        assert_eq!(total, count);
        let rows = store
            .messages(folder, PAGE, 0, Sort::DateDesc)
            .expect("page");
        (store, rows)
    });
    assert_eq!(rows.len(), PAGE);
    println!("open to first page                    {:>9.2} ms", ms(took));

    for sort in Sort::ALL {
        let (first, first_took) =
            timed(|| store.messages(folder, PAGE, 0, sort).expect("first page"));
        let (deep, deep_took) = timed(|| {
            store
                .messages(folder, PAGE, count - PAGE, sort)
                .expect("deep page")
        });
        // As the list reads them: past the middle, from the end.
        let list_page = |start: usize| {
            timed(|| {
                store
                    .selected_page(
                        Selection::folder(&[folder]),
                        start..start + PAGE,
                        count,
                        sort,
                    )
                    .expect("list page")
            })
        };
        let (last, last_took) = list_page(count - PAGE);
        let (middle, middle_took) = list_page(count / 2);
        assert_eq!((first.len(), deep.len()), (PAGE, PAGE));
        assert_eq!(
            last.iter().map(|r| r.id).collect::<Vec<_>>(),
            deep.iter().map(|r| r.id).collect::<Vec<_>>()
        );
        // What the window reads in the background for a long list once a
        // far page is asked for, and a page through it.
        let (ids, order_took) = timed(|| {
            store
                .selected_ids(Selection::folder(&[folder]), sort)
                .expect("order")
        });
        let (by_id, by_id_took) = timed(|| {
            store
                .messages_by_id(&ids[count / 2..count / 2 + PAGE])
                .expect("page by id")
        });
        assert_eq!(by_id, middle);
        println!(
            "page {:<10} first {:>6.2} ms   last by offset {:>6.2} ms, as the list reads it {:>6.2} ms   middle {:>6.2} ms   order {:>7.1} ms, middle by id {:>5.2} ms",
            format!("{sort:?}"),
            ms(first_took),
            ms(deep_took),
            ms(last_took),
            ms(middle_took),
            ms(order_took),
            ms(by_id_took)
        );
    }

    let ((total, unread), took) = timed(|| store.message_count(folder).expect("count"));
    println!("unread count ({unread} of {total})  {:>9.2} ms", ms(took));

    // A tag on 10,000 selected messages, as the list's tag menu sets it.
    let ids: Vec<i64> = (0..TAGGED.min(count).div_ceil(PAGE))
        .flat_map(|page| {
            store
                .messages(folder, PAGE, page * PAGE, Sort::DateDesc)
                .expect("page")
        })
        .take(TAGGED)
        .map(|row| row.id)
        .collect();
    let tag = [Flag::Keyword("$label3".into())];
    let ((), took) = timed(|| actions::set_flags_many(&store, &ids, &tag, &[]).expect("tag"));
    println!(
        "tag {} messages (set_flags_many)  {:>9.0} ms",
        ids.len(),
        ms(took)
    );
    let with_tag = Selection {
        folders: &[folder],
        keyword: Some("$label3"),
        only: posta_core::store::Only::ANY,
    };
    let (tagged, count_took) = timed(|| store.selected_count(with_tag).expect("count"));
    let (page, page_took) = timed(|| {
        store
            .selected_messages(with_tag, PAGE, 0, Sort::DateDesc)
            .expect("page")
    });
    let (_, subject_took) = timed(|| {
        store
            .selected_messages(with_tag, PAGE, 0, Sort::Subject)
            .expect("page")
    });
    assert_eq!((tagged, page.len()), (ids.len(), PAGE.min(ids.len())));
    println!(
        "tag filter: count {:.2} ms, first page by date {:.2} ms, by subject {:.2} ms",
        ms(count_took),
        ms(page_took),
        ms(subject_took)
    );

    let mut times = Vec::new();
    let mut found = Vec::new();
    for _ in 0..5 {
        for query in QUERIES {
            let (rows, took) = timed(|| store.search(query, SEARCH_LIMIT).expect("search"));
            times.push(took);
            found.push(rows.len());
        }
    }
    times.sort();
    println!(
        "search ({} queries ×5, up to {SEARCH_LIMIT} rows)  p50 {:.2} ms  p95 {:.2} ms  max {:.2} ms  (rows: {:?})",
        QUERIES.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().expect("times")),
        &found[..QUERIES.len()]
    );

    // The same 10,000 deleted at once, as the list's Delete does.
    let ((), took) = timed(|| actions::delete_many(&store, &ids).expect("delete"));
    println!(
        "delete {} messages (delete_many)  {:>9.0} ms",
        ids.len(),
        ms(took)
    );
}
