//! A Posta home full of plausible mail, for screenshots and benchmarks; no
//! server needed. Two accounts: "Praca" (IMAP: special folders, a nested
//! folder, a folder Bob shares, coloured tags, unread mail, bodies with an
//! attachment) and "Dom" (POP3: its inbox and two local folders).
//!
//! Fill a home and open the window on it:
//!
//! ```sh
//! POSTA_FIXTURE_HOME=/tmp/posta-demo cargo test --test ui -- --ignored fill_posta_home
//! POSTA_HOME=/tmp/posta-demo POSTA_OFFLINE=1 cargo run
//! ```
//!
//! `packaging/screenshots-mailbox.sh` does both under Xvfb; `benches/ui_open.rs`
//! uses [`big_folder`] for its 100,000 messages (`POSTA_FIXTURE_BIG=100000`
//! fills a home with just that, for timing the real window).
#![allow(dead_code)]

use std::path::Path;

use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::message::{Address, Envelope, Flag, Headers, RemoteId};
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Config, FolderRow, PostaHome, Sort, Store, TagDef};

/// The IMAP account's id.
pub const WORK: i64 = 1;
/// The POP3 account's id.
pub const HOME: i64 = 2;

/// An account's settings pointing at a host that never resolves.
pub fn account(id: i64, name: &str, email: &str, protocol: Protocol) -> AccountConfig {
    AccountConfig {
        id,
        name: name.into(),
        email: email.into(),
        display_name: String::new(),
        protocol,
        host: "mail.example.invalid".into(),
        port: if protocol == Protocol::Imap { 993 } else { 995 },
        security: Security::Tls,
        user: email.into(),
        ..super::accounts::base()
    }
}

fn kw(keyword: &str) -> Flag {
    Flag::Keyword(keyword.into())
}

fn address(name: &str, email: &str) -> Address {
    Address {
        name: Some(name.into()),
        email: email.into(),
    }
}

/// Seconds since the epoch, now.
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// (sender name, address, subject, hours ago, flags, size)
type Sample = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    Vec<Flag>,
    u64,
);

fn work_inbox() -> Vec<Sample> {
    vec![
        (
            "Zofia Żółkiewska",
            "zofia@example.pl",
            "Faktura 11/2026 – proszę o akceptację",
            1,
            vec![kw("$label1")],
            48_200,
        ),
        (
            "Ján Novák",
            "jan@example.sk",
            "Stretnutie v piatok o 10:00",
            3,
            vec![kw("$label2")],
            5_400,
        ),
        (
            "Иван Петров",
            "ivan@example.bg",
            "Отчет за третото тримесечие",
            5,
            vec![Flag::Seen, kw("$label2"), kw("projekt")],
            212_000,
        ),
        (
            "Anna Kowalska",
            "anna@example.pl",
            "Urlop w grudniu",
            8,
            vec![Flag::Seen, kw("$label3")],
            3_100,
        ),
        (
            "GitLab",
            "noreply@example.org",
            "Pipeline #4812 passed",
            20,
            vec![Flag::Seen],
            12_800,
        ),
        (
            "Mária Horváthová",
            "maria@example.sk",
            "Návrh zmluvy – pripomienky",
            26,
            vec![Flag::Flagged, kw("$label4")],
            88_000,
        ),
        (
            "Zofia Żółkiewska",
            "zofia@example.pl",
            "Re: Budżet na 2027",
            30,
            vec![Flag::Seen, kw("projekt")],
            7_900,
        ),
        (
            "Петя Георгиева",
            "petya@example.bg",
            "Покана за конференция",
            50,
            vec![Flag::Seen, kw("$label5")],
            15_300,
        ),
        (
            "Tomasz Wiśniewski",
            "tomasz@example.pl",
            "Prezentacja dla klienta",
            75,
            vec![Flag::Seen, Flag::Flagged, kw("$MailFlagBit2")],
            1_250_000,
        ),
        (
            "Peter Kráľ",
            "peter@example.sk",
            "Objednávka č. 2026/118",
            98,
            vec![Flag::Seen],
            9_600,
        ),
        (
            "Newsletter",
            "news@example.org",
            "Co nowego w listopadzie",
            120,
            vec![Flag::Seen],
            64_000,
        ),
        (
            "Katarzyna Nowak",
            "kasia@example.pl",
            "Spotkanie zespołu – notatki",
            150,
            vec![Flag::Seen, kw("$label2"), kw("$label4")],
            11_200,
        ),
        (
            "Георги Димитров",
            "georgi@example.bg",
            "Въпрос за договора",
            170,
            vec![],
            4_200,
        ),
        (
            "Lucia Kováčová",
            "lucia@example.sk",
            "Fotky z výletu",
            200,
            vec![Flag::Seen, kw("$label3")],
            3_400_000,
        ),
        (
            "Piotr Zieliński",
            "piotr@example.pl",
            "Kopia zapasowa serwera",
            260,
            vec![Flag::Seen],
            2_300,
        ),
        (
            "Marek Dvořák",
            "marek@example.sk",
            "Faktúra za október",
            300,
            vec![Flag::Seen, kw("$label1")],
            41_000,
        ),
        (
            "Ewa Lewandowska",
            "ewa@example.pl",
            "Życzenia urodzinowe",
            400,
            vec![Flag::Seen, kw("$label3")],
            2_800,
        ),
        (
            "Николай Стоянов",
            "nikolay@example.bg",
            "Преглед на кода",
            450,
            vec![Flag::Seen, kw("projekt")],
            18_000,
        ),
        (
            "Jakub Wójcik",
            "jakub@example.pl",
            "Rezerwacja sali",
            520,
            vec![Flag::Seen],
            1_900,
        ),
        (
            "Support",
            "support@example.org",
            "Your ticket #55120 was updated",
            600,
            vec![Flag::Seen],
            6_700,
        ),
    ]
}

fn envelopes(samples: &[Sample], imap: bool) -> Vec<Envelope> {
    let now = now();
    samples
        .iter()
        .enumerate()
        .map(
            |(index, (name, email, subject, hours, flags, size))| Envelope {
                id: if imap {
                    RemoteId::Uid(index as u32 + 1)
                } else {
                    RemoteId::Uidl(format!("uidl-{index:04}"))
                },
                flags: flags.clone(),
                size: *size,
                headers: Headers {
                    subject: (*subject).into(),
                    from: vec![address(name, email)],
                    to: vec![address("Alicja Malinowska", "alicja@example.pl")],
                    date: Some(now - hours * 3600 - (index as i64 * 7 % 60) * 60),
                    message_id: Some(format!("fixture-{index}@example.pl")),
                    ..Headers::default()
                },
            },
        )
        .collect()
}

fn folder(store: &Store, account: i64, name: &str, role: Option<SpecialUse>) -> i64 {
    let row = FolderRow {
        account,
        name: name.into(),
        wire_name: name.into(),
        delimiter: Some('/'),
        role,
        selectable: true,
        ..FolderRow::default()
    };
    store.upsert_folder(account, &row).expect("folder")
}

fn shared_folder(store: &Store, account: i64, name: &str, selectable: bool) -> i64 {
    let row = FolderRow {
        account,
        name: name.into(),
        wire_name: name.into(),
        delimiter: Some('/'),
        shared: true,
        selectable,
        my_rights: Some("lrswi".into()),
        ..FolderRow::default()
    };
    store.upsert_folder(account, &row).expect("shared folder")
}

/// The raw message the reader shows for the first message of the inbox:
/// text, and a PDF attachment.
const INVOICE: &str = "From: =?UTF-8?Q?Zofia_=C5=BB=C3=B3=C5=82kiewska?= <zofia@example.pl>\r\n\
To: Alicja Malinowska <alicja@example.pl>\r\n\
Cc: =?UTF-8?B?SsOhbiBOb3bDoWs=?= <jan@example.sk>\r\n\
Subject: =?UTF-8?Q?Faktura_11/2026_=E2=80=93_prosz=C4=99_o_akceptacj=C4=99?=\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=b1\r\n\r\n\
--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: 8bit\r\n\r\n\
Dzień dobry,\r\n\r\n\
w załączniku przesyłam fakturę za listopad. Proszę o akceptację do piątku,\r\n\
żeby księgowość zdążyła z przelewem przed końcem miesiąca.\r\n\r\n\
Kwota: 12 480,00 zł brutto\r\n\
Termin płatności: 14 dni\r\n\r\n\
Pozdrawiam serdecznie\r\n\
Zofia Żółkiewska\r\n\
Dział finansowy\r\n\
--b1\r\n\
Content-Type: application/pdf; name=\"faktura-11-2026.pdf\"\r\n\
Content-Disposition: attachment; filename=\"faktura-11-2026.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\n\
JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n\
--b1--\r\n";

/// A body for every other message: the subject again and a short text.
fn plain_body(sample: &Sample) -> String {
    format!(
        "From: {} <{}>\r\nTo: alicja@example.pl\r\nSubject: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Dzień dobry / Dobrý deň / Добър ден,\r\n\r\n{}\r\n\r\n-- \r\n{}\r\n",
        sample.0, sample.1, sample.2, sample.2, sample.0
    )
}

/// Fills `home` with the two accounts and their mail; returns the store.
pub fn fill(home: &Path) -> Store {
    let home = PostaHome::at(home);
    let config = Config {
        language: None,
        notifications: true,
        accounts: vec![
            account(WORK, "Praca", "alicja@example.pl", Protocol::Imap),
            account(HOME, "Dom", "alicja@example.sk", Protocol::Pop3),
        ],
        ..Config::default()
    };
    config.save(&home).expect("config");
    let store = Store::open(&home).expect("store");
    store.ensure_account(WORK, "Praca").expect("account");
    store.ensure_account(HOME, "Dom").expect("account");
    store
        .upsert_tag(
            WORK,
            &TagDef {
                keyword: "projekt".into(),
                name: "Projekt Żółć".into(),
                color: "#0099cc".into(),
            },
        )
        .expect("tag");

    let inbox = folder(&store, WORK, "INBOX", Some(SpecialUse::Inbox));
    for (name, role) in [
        ("Drafts", SpecialUse::Drafts),
        ("Sent", SpecialUse::Sent),
        ("Archive", SpecialUse::Archive),
        ("Junk", SpecialUse::Junk),
        ("Trash", SpecialUse::Trash),
    ] {
        let id = folder(&store, WORK, name, Some(role));
        if role == SpecialUse::Sent {
            // What Alicja sent: the list names whom it went to.
            let mut sent = envelopes(
                &[(
                    "Alicja Malinowska",
                    "alicja@example.pl",
                    "Oferta – odpowiedź",
                    5,
                    vec![Flag::Seen],
                    3_400,
                )],
                true,
            );
            sent[0].headers.to = vec![address("Jan Kowalski", "jan@example.pl")];
            store.upsert_messages(id, &sent).expect("sent");
        }
    }
    folder(&store, WORK, "Projekty", None);
    let nested = folder(&store, WORK, "Projekty/Żółć", None);
    shared_folder(&store, WORK, "shared", false);
    shared_folder(&store, WORK, "shared/bob", false);
    let team = shared_folder(&store, WORK, "shared/bob/Zespół", true);

    let samples = work_inbox();
    store
        .upsert_messages(inbox, &envelopes(&samples, true))
        .expect("inbox");
    let nested_mail: Vec<Sample> = samples.iter().skip(2).take(4).cloned().collect();
    store
        .upsert_messages(nested, &envelopes(&nested_mail, true))
        .expect("nested");
    let team_mail: Vec<Sample> = samples
        .iter()
        .skip(10)
        .take(5)
        .map(|s| (s.0, s.1, s.2, s.3, vec![], s.5))
        .collect();
    store
        .upsert_messages(team, &envelopes(&team_mail, true))
        .expect("team");

    let rows = store
        .messages(inbox, 1000, 0, Sort::DateDesc)
        .expect("rows");
    for row in &rows {
        let raw = match samples.iter().position(|s| s.2 == row.subject) {
            Some(0) => INVOICE.to_owned(),
            Some(index) => plain_body(&samples[index]),
            None => continue,
        };
        store.store_body(row.id, raw.as_bytes()).expect("body");
    }

    let pop_inbox = folder(&store, HOME, "INBOX", Some(SpecialUse::Inbox));
    let archive = store
        .upsert_folder(HOME, &FolderRow::local(HOME, "Archiwum 2025", None))
        .expect("local folder");
    store
        .upsert_folder(HOME, &FolderRow::local(HOME, "Rodina", None))
        .expect("local folder");
    let home_mail: Vec<Sample> = vec![
        ("Mama", "mama@example.sk", "Nedeľný obed", 2, vec![], 2_100),
        (
            "Banka",
            "info@example.sk",
            "Výpis z účtu – november",
            40,
            vec![Flag::Seen, kw("$label1")],
            96_000,
        ),
        (
            "Susedia",
            "susedia@example.sk",
            "Schôdza vlastníkov bytov",
            90,
            vec![Flag::Seen],
            4_500,
        ),
    ];
    store
        .upsert_messages(pop_inbox, &envelopes(&home_mail, false))
        .expect("pop3 inbox");
    let old: Vec<Sample> = vec![(
        "Poisťovňa",
        "info@example.sk",
        "Zmluva 2025",
        4000,
        vec![Flag::Seen],
        150_000,
    )];
    let old = envelopes(&old, false)
        .into_iter()
        .map(|mut e| {
            e.id = RemoteId::Uidl("uidl-archive".into());
            e
        })
        .collect::<Vec<_>>();
    store.upsert_messages(archive, &old).expect("local mail");
    store
}

/// Adds a folder of `count` generated messages to `account` (newest
/// first when sorted by date, every tenth unread, some tagged), with the
/// special-use `role` if given.
pub fn big_folder(
    store: &Store,
    account: i64,
    name: &str,
    role: Option<SpecialUse>,
    count: usize,
) -> i64 {
    let id = folder(store, account, name, role);
    let base = now();
    let senders = [
        "Zofia Żółkiewska",
        "Ján Novák",
        "Иван Петров",
        "Anna Kowalska",
        "Peter Kráľ",
    ];
    let mut batch = Vec::with_capacity(10_000);
    for n in 0..count {
        let mut flags = Vec::new();
        if n % 10 != 0 {
            flags.push(Flag::Seen);
        }
        if n % 7 == 0 {
            flags.push(kw("$label2"));
        }
        if n % 31 == 0 {
            flags.push(kw("$label1"));
        }
        batch.push(Envelope {
            id: RemoteId::Uid(n as u32 + 1),
            flags,
            size: 1_000 + (n as u64 * 7919) % 500_000,
            headers: Headers {
                subject: format!("Wiadomość numer {n} – raport dzienny"),
                from: vec![address(senders[n % senders.len()], "nadawca@example.pl")],
                to: vec![address("Alicja", "alicja@example.pl")],
                date: Some(base - (count - n) as i64 * 600),
                message_id: Some(format!("big-{n}@example.pl")),
                ..Headers::default()
            },
        });
        if batch.len() == 10_000 {
            store.upsert_messages(id, &batch).expect("batch");
            batch.clear();
        }
    }
    store.upsert_messages(id, &batch).expect("batch");
    id
}

/// The demo mailbox in a throw-away home, open in the window's mailbox
/// screen with no worker.
pub fn demo() -> (
    tempfile::TempDir,
    posta_core::sync::SharedStore,
    posta_ui::screen::mailbox::Mailbox,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fill(dir.path());
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let store = std::sync::Arc::new(std::sync::Mutex::new(store));
    let mailbox = posta_ui::screen::mailbox::Mailbox::new(store.clone(), config.accounts);
    (dir, store, mailbox)
}
