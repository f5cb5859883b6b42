//! Recipient completion's contacts: everyone written to or heard from,
//! written-to first and recent first; "pio", "zol" and "ива" find Piotr,
//! Zofia and Иван whatever the case and diacritics.

use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::store::{own_addresses, FolderRow, Store};

const ME: &str = "alicja@example.pl";
const DAY: i64 = 86_400;
const NOW: i64 = 1_800_000_000;

fn person(name: &str, email: &str) -> Address {
    Address {
        name: Some(name.into()),
        email: email.into(),
    }
}

fn folder(store: &Store, name: &str, role: Option<SpecialUse>) -> i64 {
    let row = FolderRow {
        account: 1,
        name: name.into(),
        wire_name: name.into(),
        role,
        selectable: true,
        ..FolderRow::default()
    };
    store.upsert_folder(1, &row).expect("folder")
}

/// Messages from `from` to `to`, `days_ago` old each.
fn file(store: &Store, folder: i64, first_uid: u32, mail: &[(Address, Vec<Address>, i64)]) {
    let envelopes: Vec<Envelope> = mail
        .iter()
        .enumerate()
        .map(|(i, (from, to, days_ago))| Envelope {
            id: RemoteId::Uid(first_uid + i as u32),
            flags: vec![Flag::Seen],
            size: 100,
            headers: Headers {
                subject: "Hej".into(),
                from: vec![from.clone()],
                to: to.clone(),
                date: Some(NOW - days_ago * DAY),
                ..Headers::default()
            },
        })
        .collect();
    store.upsert_messages(folder, &envelopes).expect("messages");
}

fn store() -> Store {
    let store = Store::open_in_memory().expect("store");
    store.ensure_account(1, "Praca").expect("account");
    let inbox = folder(&store, "INBOX", Some(SpecialUse::Inbox));
    let sent = folder(&store, "Sent", Some(SpecialUse::Sent));
    let junk = folder(&store, "Junk", Some(SpecialUse::Junk));
    let me = person("Alicja Malinowska", ME);
    let piotr = person("Piotr Zieliński", "piotr@example.pl");
    let pia = person("Pia Novák", "pia@example.sk");
    let zofia = person("Zofia Żółkiewska", "zofia@example.pl");
    let ivan = person("Иван Петров", "ivan@example.bg");
    let old_friend = person("Paweł Stary", "pawel@example.pl");
    // Pia wrote three times; Piotr once, but Alicja wrote to him twice.
    file(
        &store,
        inbox,
        1,
        &[
            (pia.clone(), vec![me.clone()], 1),
            (pia.clone(), vec![me.clone()], 2),
            (pia, vec![me.clone()], 3),
            (piotr.clone(), vec![me.clone()], 5),
            (zofia.clone(), vec![me.clone()], 10),
            (ivan, vec![me.clone(), zofia.clone()], 4),
            (old_friend.clone(), vec![me.clone()], 2000),
        ],
    );
    file(
        &store,
        sent,
        1,
        &[
            (me.clone(), vec![piotr.clone(), me.clone()], 1),
            (me.clone(), vec![piotr], 3),
            // Written to often, but years ago.
            (me.clone(), vec![old_friend.clone()], 1500),
            (me.clone(), vec![old_friend.clone()], 1600),
            (me.clone(), vec![old_friend], 1700),
        ],
    );
    file(
        &store,
        junk,
        1,
        &[(person("Piotr Spam", "pio@spam.example"), vec![me], 0)],
    );
    store
}

fn emails(found: &[&posta_core::store::Contact]) -> Vec<String> {
    found.iter().map(|c| c.email.clone()).collect()
}

#[test]
fn written_to_ranks_first_then_received_and_recent_before_old() {
    let store = store();
    let contacts = store.contacts_at(&[ME.to_owned()], NOW).expect("contacts");
    let list: Vec<&str> = contacts.list().iter().map(|c| c.email.as_str()).collect();
    assert_eq!(
        list,
        [
            "piotr@example.pl",
            "pia@example.sk",
            "ivan@example.bg",
            "zofia@example.pl",
            "pawel@example.pl"
        ],
        "sent mail first, then received; old mail last; never Alicja herself nor Junk"
    );
    let piotr = &contacts.list()[0];
    assert_eq!((piotr.sent, piotr.received, piotr.count()), (2, 1, 3));
    assert_eq!(piotr.name, "Piotr Zieliński");
    assert_eq!(piotr.last, Some(NOW - DAY));
    assert_eq!(
        piotr.address().to_string(),
        "Piotr Zieliński <piotr@example.pl>"
    );
}

#[test]
fn pio_zol_and_iva_find_piotr_zofia_and_ivan() {
    let store = store();
    let contacts = store.contacts_at(&[ME.to_owned()], NOW).expect("contacts");
    assert_eq!(
        emails(&contacts.search("pio", 5)),
        ["piotr@example.pl"],
        "the start of a word; Junk's Piotr is not offered"
    );
    assert_eq!(emails(&contacts.search("PIO", 5)), ["piotr@example.pl"]);
    assert_eq!(emails(&contacts.search("zol", 5)), ["zofia@example.pl"]);
    assert_eq!(emails(&contacts.search("Żół", 5)), ["zofia@example.pl"]);
    assert_eq!(emails(&contacts.search("ива", 5)), ["ivan@example.bg"]);
    assert_eq!(emails(&contacts.search("ПЕТ", 5)), ["ivan@example.bg"]);
    assert_eq!(
        emails(&contacts.search("zielinski", 5)),
        ["piotr@example.pl"]
    );
    assert_eq!(emails(&contacts.search("novak", 5)), ["pia@example.sk"]);
    assert_eq!(
        emails(&contacts.search("pi", 5)),
        ["piotr@example.pl", "pia@example.sk"],
        "best first"
    );
    assert_eq!(emails(&contacts.search("pi", 1)), ["piotr@example.pl"]);
    assert_eq!(
        emails(&contacts.search("example.bg", 5)),
        ["ivan@example.bg"]
    );
    assert_eq!(emails(&contacts.search("ivan@ex", 5)), ["ivan@example.bg"]);
    assert!(contacts.search("otr", 5).is_empty(), "not inside a word");
    assert!(contacts.search("", 5).is_empty());
    assert!(contacts.search(" , ", 5).is_empty());
}

#[test]
fn own_addresses_are_accounts_and_identities() {
    let config = posta_core::store::Config {
        accounts: vec![posta_core::store::AccountConfig {
            email: ME.into(),
            ..posta_testkit::accounts::base()
        }],
        identities: vec![posta_core::store::Identity {
            email: "szefowa@example.pl".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert_eq!(own_addresses(&config), [ME, "szefowa@example.pl"]);
}
