//! `posta account switch-to-imap`: a POP3 account with 300 messages, two
//! local folders and tags moves to IMAP on a real Dovecot, killed with
//! SIGKILL at five random moments on the way (a random number of uploads
//! in, then a random fraction of a message later). After every kill the
//! server holds no message twice; the last run finishes: every Message-ID
//! exactly once on the server, in the right folders with its flags and
//! tags, the account listed as IMAP and its local view the same 300.

use posta_testkit as support;
use posta_testkit::cli;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::message::{Flag, RemoteId};
use posta_core::store::{AccountConfig, Config, FolderRow, KeepCopy, PostaHome, Sort, Store};
use posta_core::sync::actions;
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

const TOTAL: usize = 300;
const TAG: &str = "$label1";

fn message(n: usize) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Wiadomość {n}\r\n\
         Message-ID: <switch-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nTreść numer {n}: zażółć gęślą jaźń.\r\n",
        n % 60
    )
    .into_bytes()
}

fn switch_command(home: &Path, dovecot: &Dovecot) -> Command {
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(["account", "switch-to-imap", "Poczta", "--security", "tls"])
        .args([
            "--port",
            &dovecot.imaps_port().to_string(),
            "--password-stdin",
        ])
        .env("POSTA_HOME", home);
    command
}

fn run(command: &mut Command) -> Output {
    cli::run(command, ALICE.password)
}

/// A small xorshift generator, seeded from the clock (printed, so a
/// failing run can be repeated).
pub(crate) struct Random(pub u64);

impl Random {
    pub(crate) fn new() -> Random {
        let seed = std::env::var("POSTA_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
                    | 1
            });
        eprintln!("POSTA_TEST_SEED={seed}");
        Random(seed)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Folder → the flags of each of its messages.
pub(crate) type FolderFlags = HashMap<String, Vec<Vec<Flag>>>;

/// Dovecot with `count` messages in Alice's INBOX, all downloaded by the
/// POP3 account "Poczta" of a Posta home of its own, which deletes them
/// from the server after download.
fn pop3_account_with(count: usize) -> (Dovecot, tempfile::TempDir, AccountConfig) {
    let dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..count).map(message));
    let home_dir = tempfile::tempdir().expect("home");
    let home = home_dir.path();
    let pop3 = AccountConfig {
        name: "Poczta".into(),
        keep_copy: KeepCopy::DeleteAfterDownload,
        ..accounts::pop3(&dovecot, &ALICE)
    };
    posta_testkit::accounts::save(&PostaHome::at(home), vec![pop3.clone()]);
    let synced = cli::posta(
        env!("CARGO_BIN_EXE_posta"),
        home,
        &["sync", "--password-stdin"],
        ALICE.password,
    );
    assert!(synced.status.success(), "{synced:?}");
    (dovecot, home_dir, pop3)
}

/// Message-ID → how many copies the server has, and each folder's flags.
pub(crate) fn server_copies(dovecot: &Dovecot) -> (HashMap<String, usize>, FolderFlags) {
    let account = accounts::imap(dovecot, &ALICE);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let mut endpoint = account.endpoint().expect("endpoint");
        endpoint.timeout = Duration::from_secs(30);
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        let mut ids = HashMap::new();
        let mut folders = HashMap::new();
        for folder in session.list_folders().await.expect("list") {
            let status = session.select(&folder.name).await.expect("select");
            if status.exists == 0 {
                continue;
            }
            let envelopes = session.fetch_envelopes("1:*").await.expect("envelopes");
            let flags: HashMap<u32, Vec<Flag>> = session
                .fetch_flags("1:*")
                .await
                .expect("flags")
                .into_iter()
                .collect();
            for envelope in envelopes {
                let id = envelope.headers.message_id.expect("Message-ID");
                *ids.entry(id).or_insert(0) += 1;
                let RemoteId::Uid(uid) = envelope.id else {
                    panic!("an IMAP envelope without UID");
                };
                folders
                    .entry(folder.name.clone())
                    .or_insert_with(Vec::new)
                    .push(flags.get(&uid).cloned().unwrap_or_default());
            }
        }
        (ids, folders)
    })
}

#[test]
fn a_pop3_account_moves_to_imap_through_five_kills_with_nothing_lost_or_doubled() {
    let (dovecot, home_dir, pop3) = pop3_account_with(TOTAL);
    let home = home_dir.path();
    assert_eq!(
        dovecot.message_count(&ALICE, "INBOX"),
        0,
        "POP3 took them all"
    );

    // Two local folders, some state and a tag, as a POP3 user keeps them.
    {
        let store = Store::open(&PostaHome::at(home)).expect("store");
        let inbox = store
            .folder_id(pop3.id, "INBOX")
            .expect("id")
            .expect("INBOX");
        let rows = store
            .messages(inbox, TOTAL, 0, Sort::DateAsc)
            .expect("rows");
        assert_eq!(rows.len(), TOTAL);
        let projekty = store
            .upsert_folder(pop3.id, &FolderRow::local(pop3.id, "Projekty", None))
            .expect("folder");
        let faktury = store
            .upsert_folder(pop3.id, &FolderRow::local(pop3.id, "Faktury", None))
            .expect("folder");
        for (index, row) in rows.iter().enumerate() {
            let mut add = Vec::new();
            if index % 2 == 0 {
                add.push(Flag::Seen);
            }
            if index % 7 == 0 {
                add.push(Flag::Flagged);
            }
            if index % 5 == 0 {
                add.push(Flag::Keyword(TAG.into()));
            }
            actions::set_flags(&store, row.id, &add, &[]).expect("flags");
            if index < 40 {
                actions::move_message(&store, row.id, projekty).expect("move");
            } else if index < 70 {
                actions::move_message(&store, row.id, faktury).expect("move");
            }
        }
    }

    let mut random = Random::new();
    for round in 0..5 {
        let mut child = switch_command(home, &dovecot).spawn().expect("run posta");
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(ALICE.password.as_bytes()).expect("stdin");
        drop(input);
        let uploads = 1 + random.below(45);
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let mut seen = 0;
        // The first line is where the move stands; each later one is one
        // more message on the server.
        while seen <= uploads {
            match lines.next() {
                Some(Ok(line)) if line.contains("on the IMAP server") => seen += 1,
                Some(Ok(_)) => {}
                _ => panic!("round {round}: the move ended before it was killed"),
            }
        }
        // A random moment inside the next message's upload.
        std::thread::sleep(Duration::from_micros(random.below(15_000)));
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert!(!status.success(), "round {round}: killed, not finished");
        let (ids, _) = server_copies(&dovecot);
        let doubled: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
        assert!(doubled.is_empty(), "round {round}: doubled {doubled:?}");
        // Nothing local went before the server had all of it.
        let store = Store::open(&PostaHome::at(home)).expect("store");
        let local: usize = store
            .folders(pop3.id)
            .expect("folders")
            .iter()
            .map(|f| store.message_count(f.id).expect("count").0 as usize)
            .sum();
        assert_eq!(local, TOTAL, "round {round}");
    }

    let finished = run(&mut switch_command(home, &dovecot));
    let stdout = String::from_utf8_lossy(&finished.stdout);
    assert!(
        finished.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&finished.stderr)
    );
    assert!(stdout.contains("is an IMAP account now"), "{stdout}");

    let (ids, folders) = server_copies(&dovecot);
    assert_eq!(ids.len(), TOTAL);
    assert!(
        ids.values().all(|n| *n == 1),
        "each Message-ID exactly once"
    );
    let count = |name: &str| folders.get(name).map_or(0, Vec::len);
    assert_eq!(
        (count("INBOX"), count("Projekty"), count("Faktury")),
        (230, 40, 30)
    );
    let all: Vec<&Vec<Flag>> = folders.values().flatten().collect();
    let with = |flag: Flag| all.iter().filter(|f| f.contains(&flag)).count();
    assert_eq!(with(Flag::Seen), TOTAL / 2);
    assert_eq!(with(Flag::Flagged), TOTAL.div_ceil(7));
    assert_eq!(with(Flag::Keyword(TAG.into())), TOTAL / 5);

    let config = Config::load(&PostaHome::at(home)).expect("config");
    assert_eq!(config.accounts[0].protocol, Protocol::Imap);
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let folders = store.folders(pop3.id).expect("folders");
    assert!(folders.iter().all(|f| !f.local), "{folders:?}");
    let local: usize = folders
        .iter()
        .map(|f| store.message_count(f.id).expect("count").0 as usize)
        .sum();
    assert_eq!(local, TOTAL);
    assert!(store.switch_journal(pop3.id).expect("journal").is_empty());
    let tagged = folders
        .iter()
        .flat_map(|f| store.messages(f.id, TOTAL, 0, Sort::DateAsc).expect("rows"))
        .filter(|r| r.flags.contains(&Flag::Keyword(TAG.into())))
        .count();
    assert_eq!(tagged, TOTAL / 5);
    // The tag names went to the server for the other devices (METADATA).
    let names = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let account = accounts::imap(&dovecot, &ALICE);
            let endpoint = account.endpoint().expect("endpoint");
            let mut session =
                ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
                    .await
                    .expect("login");
            session
                .get_metadata("", posta_core::sync::tags::TAGS_ENTRY)
                .await
                .expect("metadata")
        });
    assert!(
        names.is_some_and(|json| json.contains(TAG)),
        "tag names on the server"
    );
}

#[test]
fn a_full_server_stops_the_move_with_nothing_lost_and_a_rerun_finishes_it() {
    const FEW: usize = 20;
    let (dovecot, home_dir, pop3) = pop3_account_with(FEW);
    let home = home_dir.path();

    // Room for about five of them.
    dovecot.set_quota(&ALICE, "*:storage=2k");
    let stopped = run(&mut switch_command(home, &dovecot));
    let stderr = String::from_utf8_lossy(&stopped.stderr);
    assert_eq!(stopped.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Run the same command again"), "{stderr}");
    let (ids, _) = server_copies(&dovecot);
    assert!(ids.len() < FEW && ids.values().all(|n| *n == 1), "{ids:?}");
    let config = Config::load(&PostaHome::at(home)).expect("config");
    assert_eq!(config.accounts[0].protocol, Protocol::Pop3, "still POP3");
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let inbox = store
        .folder_id(pop3.id, "INBOX")
        .expect("id")
        .expect("INBOX");
    assert_eq!(
        store.message_count(inbox).expect("count").0 as usize,
        FEW,
        "nothing lost"
    );
    drop(store);

    dovecot.set_quota(&ALICE, "*:storage=10M");
    let finished = run(&mut switch_command(home, &dovecot));
    assert!(finished.status.success(), "{finished:?}");
    let (ids, _) = server_copies(&dovecot);
    assert_eq!(ids.len(), FEW);
    assert!(ids.values().all(|n| *n == 1));
}

/// An interrupted move can leave a folder created on the server but not
/// subscribed (killed between CREATE and SUBSCRIBE). The rerun subscribes
/// it, so the first IMAP sync shows it and its mail stays in view.
#[test]
fn a_folder_an_earlier_try_created_unsubscribed_is_shown_after_the_move() {
    const FEW: usize = 12;
    let (dovecot, home_dir, pop3) = pop3_account_with(FEW);
    let home = home_dir.path();
    {
        let store = Store::open(&PostaHome::at(home)).expect("store");
        let inbox = store
            .folder_id(pop3.id, "INBOX")
            .expect("id")
            .expect("INBOX");
        let faktury = store
            .upsert_folder(pop3.id, &FolderRow::local(pop3.id, "Faktury", None))
            .expect("folder");
        let rows = store.messages(inbox, 4, 0, Sort::DateAsc).expect("rows");
        for row in rows {
            actions::move_message(&store, row.id, faktury).expect("move");
        }
    }
    // What the killed try left: Faktury exists, unsubscribed, while the
    // account has another subscription (so unsubscribed folders are hidden).
    dovecot.doveadm(&["mailbox", "create", "-u", ALICE.name, "Faktury"]);
    dovecot.ensure_folder(&ALICE, "Projekty");

    let finished = run(&mut switch_command(home, &dovecot));
    assert!(finished.status.success(), "{finished:?}");
    assert!(
        dovecot.subscribed(&ALICE).iter().any(|f| f == "Faktury"),
        "{:?}",
        dovecot.subscribed(&ALICE)
    );
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let faktury = store
        .folder_id(pop3.id, "Faktury")
        .expect("id")
        .expect("Faktury still in the tree");
    assert_eq!(store.message_count(faktury).expect("count").0, 4);
}
