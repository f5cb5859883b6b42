//! POP3 sync against a real Dovecot (and a fake server for a connection cut
//! in the middle of `RETR`): new mail is downloaded once, each keep-copy
//! policy deletes on the server exactly what it should and only after the
//! local copy is safe, the size limit holds messages back (the server
//! listing shows them), and a sync cut off mid-way resumes with every
//! message exactly once and none lost.

use posta_testkit as support;

use std::collections::HashMap;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::account::Protocol;
use posta_core::net::{Endpoint, Security};
use posta_core::store::{AccountConfig, KeepCopy, PostaHome, Sort, Store};
use posta_core::sync::imap::SharedStore;
use posta_core::sync::pop3::{
    delete_on_server, download_from_server, server_listing, sync_pop3, Pop3Account, ServerState,
    INBOX,
};
use posta_core::sync::{CancelToken, Event, SyncOptions, SyncSummary};
use posta_core::{ErrorKind, Secret};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::fake_server::{crlf, FakeServer, Reply};

const ACCOUNT: i64 = 1;

/// A local Posta home with its store, and the account that syncs into it.
struct Local {
    dir: tempfile::TempDir,
    store: SharedStore,
    account: AccountConfig,
    password: Secret,
}

impl Local {
    fn new(dovecot: &Dovecot, keep_copy: KeepCopy) -> Local {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&PostaHome::at(dir.path())).expect("open the store");
        let account = AccountConfig {
            id: ACCOUNT,
            name: "Pošta".into(),
            keep_copy,
            ..accounts::pop3(dovecot, &ALICE)
        };
        Local {
            dir,
            store: Arc::new(Mutex::new(store)),
            account,
            password: Secret::new(ALICE.password),
        }
    }

    /// The account as the POP3 engine takes it, over `endpoint`.
    fn pop3<'a>(&'a self, endpoint: &'a Endpoint) -> Pop3Account<'a> {
        Pop3Account {
            endpoint,
            user: ALICE.name,
            password: &self.password,
            store: &self.store,
            account: &self.account,
        }
    }

    fn endpoint(&self) -> Endpoint {
        let mut endpoint = self.account.endpoint().expect("endpoint");
        endpoint.timeout = Duration::from_secs(30);
        endpoint
    }

    fn sync(&self) -> SyncSummary {
        block_on(sync_pop3(
            &self.pop3(&self.endpoint()),
            &SyncOptions::default(),
            &CancelToken::new(),
            &mut |_| {},
        ))
        .expect("POP3 sync")
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().expect("store lock")
    }

    fn inbox(&self) -> i64 {
        self.store()
            .folder_id(ACCOUNT, INBOX)
            .expect("folder lookup")
            .expect("the INBOX exists after a sync")
    }

    /// Message-ID → how many local messages carry it.
    fn local_ids(&self) -> HashMap<String, usize> {
        let inbox = self.inbox();
        let rows = self
            .store()
            .messages(inbox, 100_000, 0, Sort::DateAsc)
            .expect("messages");
        let mut ids = HashMap::new();
        for row in rows {
            assert!(row.has_body, "a POP3 message without its body: {row:?}");
            *ids.entry(row.message_id.expect("Message-ID")).or_default() += 1;
        }
        ids
    }

    fn uidls(&self) -> Vec<String> {
        let mut uidls: Vec<String> = self
            .store()
            .pop3_known(ACCOUNT)
            .expect("ledger")
            .into_keys()
            .collect();
        uidls.sort();
        uidls
    }

    /// Files in the INBOX Maildir's `tmp/`, `new/` and `cur/`.
    fn body_files(&self) -> (usize, usize) {
        let maildir = PostaHome::at(self.dir.path()).folder_maildir(ACCOUNT, self.inbox());
        let count = |sub: &str| -> usize {
            std::fs::read_dir(maildir.join(sub)).map_or(0, |entries| entries.count())
        };
        (count("tmp"), count("new") + count("cur"))
    }
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    posta_testkit::runtime().block_on(future)
}

fn message(n: usize, body: &str) -> Vec<u8> {
    format!(
        "From: Zofia =?UTF-8?Q?=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>\r\n\
To: alice@localhost\r\n\
Subject: =?UTF-8?Q?Wiadomo=C5=9B=C4=87?= {n}\r\n\
Message-ID: <pop3-sync-{n}@example.pl>\r\n\
Date: Mon, 23 Nov 2026 10:{:02}:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
{body}\r\n",
        n % 60
    )
    .into_bytes()
}

fn deliver(dovecot: &Dovecot, range: std::ops::Range<usize>) {
    for n in range {
        dovecot.deliver(
            &ALICE,
            "INBOX",
            &message(n, "Dzień dobry.\r\n.kropka na początku"),
        );
    }
}

fn expected(range: std::ops::Range<usize>) -> HashMap<String, usize> {
    range
        .map(|n| (format!("pop3-sync-{n}@example.pl"), 1))
        .collect()
}

#[test]
fn new_messages_are_downloaded_once_and_kept_on_the_server() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..5);
    let local = Local::new(&dovecot, KeepCopy::Keep);

    let first = local.sync();
    assert_eq!(first.new_messages, 5);
    assert_eq!(first.deleted_on_server, 0);
    assert_eq!(local.local_ids(), expected(0..5));
    // Byte for byte what was delivered, dot-stuffed line included.
    let inbox = local.inbox();
    let rows = local.store().messages(inbox, 10, 0, Sort::DateAsc).unwrap();
    let raw = local.store().body(rows[0].id).unwrap().expect("body");
    assert_eq!(raw, message(0, "Dzień dobry.\r\n.kropka na początku"));
    assert_eq!(rows[0].subject, "Wiadomość 0");

    let again = local.sync();
    assert_eq!(again.new_messages, 0, "a resync downloads nothing");
    deliver(&dovecot, 5..7);
    assert_eq!(local.sync().new_messages, 2);
    assert_eq!(local.local_ids(), expected(0..7));
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 7);
    assert_eq!(local.body_files(), (0, 7));
}

#[test]
fn delete_after_download_empties_the_server_and_keeps_everything_here() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..6);
    let local = Local::new(&dovecot, KeepCopy::DeleteAfterDownload);

    let summary = local.sync();
    assert_eq!(summary.new_messages, 6);
    assert_eq!(summary.deleted_on_server, 6);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 0);
    assert_eq!(local.local_ids(), expected(0..6));
    let known = local.store().pop3_known(ACCOUNT).unwrap();
    assert!(known.values().all(|e| e.deleted_on_server), "{known:?}");

    // The next sync sees an empty server: the ledger forgets, nothing is lost.
    let next = local.sync();
    assert_eq!((next.new_messages, next.deleted_on_server), (0, 0));
    assert!(local.uidls().is_empty());
    assert_eq!(local.local_ids(), expected(0..6));
}

#[test]
fn until_deleted_here_deletes_on_the_server_what_was_deleted_locally() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..3);
    let local = Local::new(&dovecot, KeepCopy::UntilDeletedHere);
    assert_eq!(local.sync().new_messages, 3);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 3);

    let inbox = local.inbox();
    let rows = local.store().messages(inbox, 10, 0, Sort::DateAsc).unwrap();
    let gone = rows
        .iter()
        .find(|r| r.message_id.as_deref() == Some("pop3-sync-1@example.pl"))
        .expect("message 1");
    local.store().delete_message(gone.id).unwrap();

    let summary = local.sync();
    assert_eq!(summary.deleted_on_server, 1);
    assert_eq!(
        summary.new_messages, 0,
        "the deleted message does not come back"
    );
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 2);
    let mut left = expected(0..3);
    left.remove("pop3-sync-1@example.pl");
    assert_eq!(local.local_ids(), left);
    assert_eq!(
        local.sync(),
        SyncSummary {
            folders: 1,
            ..SyncSummary::default()
        }
    );
}

#[test]
fn days_policy_deletes_what_was_downloaded_long_enough_ago() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..3);
    let local = Local::new(&dovecot, KeepCopy::DeleteAfterDays(7));
    assert_eq!(local.sync().new_messages, 3);
    assert_eq!(
        local.sync().deleted_on_server,
        0,
        "nothing is 7 days old yet"
    );

    // Two of them were downloaded eight days ago.
    let uidls = local.uidls();
    let database = rusqlite::Connection::open(PostaHome::at(local.dir.path()).database()).unwrap();
    for uidl in &uidls[..2] {
        database
            .execute(
                "UPDATE pop3_ledger SET downloaded_at = downloaded_at - 8 * 86400 WHERE uidl = ?1",
                [uidl],
            )
            .unwrap();
    }
    drop(database);

    let summary = local.sync();
    assert_eq!(summary.deleted_on_server, 2);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 1);
    assert_eq!(local.local_ids(), expected(0..3));
    assert_eq!(
        local.uidls(),
        uidls,
        "marked until the server stops listing them"
    );
    local.sync();
    assert_eq!(local.uidls(), uidls[2..].to_vec());
}

#[test]
fn the_size_limit_holds_back_a_big_message_which_the_listing_shows() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..2);
    let big_body = "Príloha ".repeat(40_000);
    dovecot.deliver(&ALICE, "INBOX", &message(2, &big_body));
    dovecot.deliver(&ALICE, "INBOX", &message(3, &big_body));
    let mut local = Local::new(&dovecot, KeepCopy::Keep);
    local.account.max_download_size = Some(100_000);

    let summary = local.sync();
    assert_eq!((summary.new_messages, summary.held_back), (2, 2));
    assert_eq!(local.local_ids(), expected(0..2));

    let listing = block_on(server_listing(&local.pop3(&local.endpoint()))).expect("listing");
    assert_eq!(listing.len(), 4);
    let big: Vec<_> = listing
        .iter()
        .filter(|m| m.state == ServerState::HeldBack)
        .collect();
    assert_eq!(big.len(), 2);
    for m in &big {
        assert!(m.size > 300_000, "{m:?}");
        assert!(m.subject.starts_with("Wiadomość"), "{m:?}");
    }
    assert!(listing
        .iter()
        .filter(|m| m.state != ServerState::HeldBack)
        .all(|m| m.state == ServerState::Downloaded));

    // The user deletes one unseen and downloads the other anyway.
    let deleted = block_on(delete_on_server(
        &local.pop3(&local.endpoint()),
        &[big[0].uidl.clone()],
    ))
    .expect("delete");
    assert_eq!(deleted, 1);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 3);
    let fetched = block_on(download_from_server(
        &local.pop3(&local.endpoint()),
        &[big[1].uidl.clone()],
    ))
    .expect("download anyway");
    assert_eq!(fetched.new_messages, 1);
    let mut ids = expected(0..2);
    ids.insert(big[1].message_id.clone().expect("Message-ID"), 1);
    assert_eq!(local.local_ids(), ids);
    let summary = local.sync();
    assert_eq!((summary.new_messages, summary.held_back), (0, 0));
}

#[test]
fn a_server_killed_mid_sync_loses_and_duplicates_nothing() {
    const TOTAL: usize = 120;
    const KILL_AT: usize = 40;
    let mut dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..TOTAL).map(|n| message(n, "Bulk.")));
    let local = Local::new(&dovecot, KeepCopy::DeleteAfterDownload);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (progress_tx, progress_rx) = mpsc::channel();
    let (resume_tx, resume_rx) = mpsc::channel::<()>();
    let (endpoint, store, account) = (local.endpoint(), local.store.clone(), local.account.clone());
    let sync = runtime.spawn(async move {
        let mut events = move |event: Event| {
            if let Event::Progress(p) = event {
                if p.done == KILL_AT {
                    // Hold the sync here until the server is dead.
                    let _ = progress_tx.send(p.done);
                    let _ = resume_rx.recv();
                }
            }
        };
        sync_pop3(
            &Pop3Account {
                endpoint: &endpoint,
                user: ALICE.name,
                password: &Secret::new(ALICE.password),
                store: &store,
                account: &account,
            },
            &SyncOptions::default(),
            &CancelToken::new(),
            &mut events,
        )
        .await
    });
    assert_eq!(progress_rx.recv().unwrap(), KILL_AT);
    dovecot.kill();
    resume_tx.send(()).unwrap();
    let err = runtime
        .block_on(sync)
        .unwrap()
        .expect_err("the server died");
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Io | ErrorKind::Protocol | ErrorKind::TimedOut
        ),
        "{err}"
    );
    // No QUIT, so no deletion took effect; what was recorded stays recorded.
    assert_eq!(local.uidls().len(), KILL_AT);
    assert!(local
        .store()
        .pop3_known(ACCOUNT)
        .unwrap()
        .values()
        .all(|e| !e.deleted_on_server));

    dovecot.restart();
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), TOTAL as u32);
    let summary = local.sync();
    assert_eq!(
        summary.new_messages,
        TOTAL - KILL_AT,
        "nothing downloaded twice"
    );
    assert_eq!(
        summary.deleted_on_server, TOTAL,
        "the lost DELEs were sent again"
    );
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 0);
    assert_eq!(local.local_ids(), expected(0..TOTAL));
    assert_eq!(local.body_files(), (0, TOTAL));
}

#[test]
fn a_cancelled_sync_stops_between_messages_and_ends_its_session_cleanly() {
    let dovecot = Dovecot::start();
    deliver(&dovecot, 0..6);
    let local = Local::new(&dovecot, KeepCopy::DeleteAfterDownload);
    let cancel = CancelToken::new();
    let mut seen = Vec::new();
    let result = {
        let cancel = cancel.clone();
        let mut events = |event: Event| {
            if let Event::Progress(p) = event {
                seen.push((p.done, p.total));
                if p.done == 2 {
                    cancel.cancel();
                }
            }
        };
        block_on(sync_pop3(
            &local.pop3(&local.endpoint()),
            &SyncOptions::default(),
            &cancel,
            &mut events,
        ))
    };
    assert_eq!(result.expect_err("cancelled").kind(), ErrorKind::Cancelled);
    assert_eq!(seen, [(0, 6), (1, 6), (2, 6)]);
    // QUIT was sent: the two messages safe here are gone from the server.
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 4);
    assert_eq!(local.local_ids(), expected(0..2));

    let rest = local.sync();
    assert_eq!((rest.new_messages, rest.deleted_on_server), (4, 4));
    assert_eq!(local.local_ids(), expected(0..6));
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 0);
}

/// A fake server whose mailbox is `messages`; `RETR` of `cut` (if any)
/// sends half the message and hangs up.
fn fake_pop3(messages: Vec<Vec<u8>>, cut: Option<usize>) -> FakeServer {
    FakeServer::start("+OK fake POP3\r\n", move |line: &str| {
        let mut words = line.split(' ');
        let verb = words.next().unwrap_or_default().to_ascii_uppercase();
        let number: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        match verb.as_str() {
            "CAPA" => Reply::from(crlf(&["+OK", "USER", "UIDL", "TOP", "."])),
            "USER" | "PASS" | "NOOP" | "DELE" => Reply::from("+OK\r\n"),
            "UIDL" => {
                let mut lines = vec!["+OK".to_owned()];
                lines.extend((1..=messages.len()).map(|n| format!("{n} fake-{n}")));
                lines.push(".".into());
                let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
                Reply::from(crlf(&lines))
            }
            "LIST" => {
                let mut lines = vec!["+OK".to_owned()];
                lines.extend(
                    messages
                        .iter()
                        .enumerate()
                        .map(|(i, m)| format!("{} {}", i + 1, m.len())),
                );
                lines.push(".".into());
                let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
                Reply::from(crlf(&lines))
            }
            "RETR" if (1..=messages.len()).contains(&number) => {
                let raw = &messages[number - 1];
                let mut reply = b"+OK\r\n".to_vec();
                if cut == Some(number) {
                    reply.extend_from_slice(&raw[..raw.len() / 2]);
                    return Reply::then_close(reply);
                }
                reply.extend_from_slice(raw);
                reply.extend_from_slice(b".\r\n");
                Reply::Send(reply)
            }
            "QUIT" => Reply::then_close("+OK bye\r\n"),
            _ => Reply::from("-ERR unknown\r\n"),
        }
    })
}

#[test]
fn a_connection_cut_mid_retr_resumes_without_downloading_again() {
    let messages: Vec<Vec<u8>> = (0..4).map(|n| message(n, &"x".repeat(5_000))).collect();
    let dir = tempfile::tempdir().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&PostaHome::at(dir.path())).unwrap()));
    let account = |port: u16| AccountConfig {
        id: ACCOUNT,
        name: "fake".into(),
        email: "zofia@example.pl".into(),
        display_name: String::new(),
        protocol: Protocol::Pop3,
        host: "127.0.0.1".into(),
        port,
        security: Security::Insecure,
        user: "zofia".into(),
        ..posta_testkit::accounts::base()
    };
    let run = |server: &FakeServer| {
        let account = account(server.port());
        let mut endpoint = account.endpoint().unwrap();
        endpoint.timeout = Duration::from_secs(10);
        block_on(sync_pop3(
            &Pop3Account {
                endpoint: &endpoint,
                user: "zofia",
                password: &Secret::new("hasło"),
                store: &store,
                account: &account,
            },
            &SyncOptions::default(),
            &CancelToken::new(),
            &mut |_| {},
        ))
    };

    let cut = fake_pop3(messages.clone(), Some(3));
    let err = run(&cut).expect_err("cut mid-RETR");
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    let log = cut.finish();
    assert!(log.contains(&"RETR 3".to_owned()), "{log:?}");
    assert!(!log.contains(&"QUIT".to_owned()), "{log:?}");

    let whole = fake_pop3(messages.clone(), None);
    let summary = run(&whole).expect("second sync");
    assert_eq!(summary.new_messages, 2);
    let log = whole.finish();
    let retrs: Vec<&String> = log.iter().filter(|l| l.starts_with("RETR")).collect();
    assert_eq!(retrs, ["RETR 3", "RETR 4"], "{log:?}");

    let store = store.lock().unwrap();
    let inbox = store.folder_id(ACCOUNT, INBOX).unwrap().unwrap();
    let rows = store.messages(inbox, 10, 0, Sort::DateAsc).unwrap();
    assert_eq!(rows.len(), 4);
    for (row, raw) in rows.iter().zip(&messages) {
        assert_eq!(store.body(row.id).unwrap().as_deref(), Some(raw.as_slice()));
    }
    // The half-written body of the cut RETR left no file behind.
    let maildir = PostaHome::at(dir.path()).folder_maildir(ACCOUNT, inbox);
    let files = |sub: &str| std::fs::read_dir(maildir.join(sub)).unwrap().count();
    assert_eq!((files("tmp"), files("cur")), (0, 4));
    assert!(Path::new(&maildir).is_dir());
}
