//! Recipient completion at 100,000 messages (issue 28, item 5): what
//! `Store::contacts` costs (the one pass over every message's sender and
//! recipients that builds the ranked list, done once when the compose
//! window first completes), against a floor measured in the same run: a
//! plain SQL scan reading the same columns of the same rows into Rust
//! strings, with no parsing or ranking. Then what each keystroke costs:
//! `Contacts::search` over the built list for "p", "pio", "zol", "ива",
//! "example".
//!
//! ```sh
//! cargo bench --bench contacts                                   # 100,000 messages
//! POSTA_BENCH_MESSAGES=10000 cargo bench --profile dev --bench contacts
//! ```
//!
//! 3,000 people (Polish, Slovak, Bulgarian and English names), 90% of the
//! mail received in the Inbox, 10% written in Sent to one to three of
//! them. It prints figures only; it never fails on time.

use std::time::{Duration, Instant};

use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{FolderRow, PostaHome, Store};

const FIRST: &[&str] = &[
    "Zofia",
    "Łukasz",
    "Ján",
    "Zuzana",
    "Иван",
    "Мария",
    "Anna",
    "John",
    "Piotr",
    "Ľubica",
    "Георги",
    "Marek",
    "Agnieszka",
    "Peter",
    "Елена",
];
const LAST: &[&str] = &[
    "Żółkiewska",
    "Wąsik",
    "Novák",
    "Kráľová",
    "Петров",
    "Георгиева",
    "Kowalska",
    "Smith",
    "Zieliński",
    "Šťastná",
    "Димитров",
    "Dvořák",
    "Wiśniewska",
    "Horváth",
    "Иванова",
    "Brown",
    "Nowak",
    "Kováč",
    "Стоянов",
    "Taylor",
];
const PEOPLE: usize = 3_000;
const ME: &str = "alicja@example.pl";

fn person(i: usize) -> Address {
    let first = FIRST[i % FIRST.len()];
    let last = LAST[(i / FIRST.len()) % LAST.len()];
    Address {
        name: Some(format!("{first} {last}")),
        email: format!("p{i}.{}@example{}.org", i % 7, i % 13),
    }
}

fn me() -> Address {
    Address {
        name: Some("Alicja Malinowska".into()),
        email: ME.into(),
    }
}

fn folder(store: &Store, name: &str, role: SpecialUse) -> i64 {
    let row = FolderRow {
        account: 1,
        name: name.into(),
        wire_name: name.into(),
        role: Some(role),
        selectable: true,
        ..FolderRow::default()
    };
    store.upsert_folder(1, &row).expect("folder")
}

fn fill(store: &Store, messages: usize) {
    let inbox = folder(store, "INBOX", SpecialUse::Inbox);
    let sent = folder(store, "Sent", SpecialUse::Sent);
    let now = 1_800_000_000i64;
    let (mut received, mut written) = (Vec::new(), Vec::new());
    for i in 0..messages {
        // Half the mail with 50 frequent correspondents, half spread over
        // everyone.
        let who = if i % 2 == 0 {
            (i / 2) % PEOPLE
        } else {
            (i / 2) % 50
        };
        let date = Some(now - (i as i64 % 1000) * 3_600);
        let headers = if i % 10 == 0 {
            Headers {
                from: vec![me()],
                to: (0..1 + i % 3)
                    .map(|k| person((who + k * 17) % PEOPLE))
                    .collect(),
                date,
                ..Headers::default()
            }
        } else {
            Headers {
                from: vec![person(who)],
                to: vec![me()],
                cc: if i % 5 == 0 {
                    vec![person((who + 1) % PEOPLE)]
                } else {
                    vec![]
                },
                date,
                ..Headers::default()
            }
        };
        let envelope = Envelope {
            id: RemoteId::Uid(i as u32 + 1),
            flags: vec![Flag::Seen],
            size: 2_000,
            headers: Headers {
                subject: format!("Wiadomość {i}"),
                ..headers
            },
        };
        if i % 10 == 0 {
            written.push(envelope);
        } else {
            received.push(envelope);
        }
        if received.len() == 5_000 {
            store
                .upsert_messages_unindexed(inbox, &received)
                .expect("inbox");
            received.clear();
        }
    }
    store
        .upsert_messages_unindexed(inbox, &received)
        .expect("inbox");
    store
        .upsert_messages_unindexed(sent, &written)
        .expect("sent");
}

fn best_of<T>(rounds: usize, mut work: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..rounds {
        let start = Instant::now();
        let out = work();
        best = best.min(start.elapsed());
        last = Some(out);
    }
    (best, last.expect("at least one round"))
}

fn main() {
    let messages: usize = std::env::var("POSTA_BENCH_MESSAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    let store = Store::open(&home).expect("store");
    store.ensure_account(1, "Praca").expect("account");
    let start = Instant::now();
    fill(&store, messages);
    println!("filled {messages} messages in {:.2?}", start.elapsed());

    let db = rusqlite::Connection::open(home.database()).expect("database");
    let (floor, rows) = best_of(5, || {
        let mut stmt = db
            .prepare(
                "SELECT m.sender, m.recipients, m.date, f.role
                 FROM messages m JOIN folders f ON f.id = m.folder_id",
            )
            .expect("prepare");
        let mut rows = stmt.query([]).expect("query");
        let mut count = 0usize;
        let mut bytes = 0usize;
        while let Some(row) = rows.next().expect("row") {
            let sender: String = row.get(0).expect("sender");
            let recipients: String = row.get(1).expect("recipients");
            let _date: Option<i64> = row.get(2).expect("date");
            bytes += sender.len() + recipients.len();
            count += 1;
        }
        (count, bytes)
    });
    println!(
        "floor: plain SQL scan of sender, recipients, date over {} rows ({} bytes): {:.1} ms",
        rows.0,
        rows.1,
        floor.as_secs_f64() * 1e3
    );

    let own = [ME.to_owned()];
    let (built, contacts) = best_of(5, || store.contacts(&own).expect("contacts"));
    println!(
        "Store::contacts: {} people in {:.1} ms = {:.2}x the floor",
        contacts.list().len(),
        built.as_secs_f64() * 1e3,
        built.as_secs_f64() / floor.as_secs_f64()
    );

    for query in ["p", "pio", "zol", "ива", "example"] {
        let (each, found) = best_of(50, || contacts.search(query, 8).len());
        println!(
            "Contacts::search {query:?} (8 shown, {found} found): {:.3} ms",
            each.as_secs_f64() * 1e3
        );
    }
}
