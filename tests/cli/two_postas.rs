//! One Posta at a time per account: two processes on one account, started
//! a random moment apart, many times, against a real Dovecot. Two moves to
//! IMAP leave every message on the server once; two POP3 syncs that delete
//! after download store every message once and blame no server; a window's
//! worker and `posta sync` never work at once (the command says so and
//! exits 75; the worker waits for a command and then carries on).

use posta_testkit as support;
use posta_testkit::cli;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use posta_core::store::{AccountConfig, AccountLock, KeepCopy, PostaHome, Sort, Store};
use posta_core::sync::SharedStore;
use posta_core::worker::{Command as WorkerCommand, Event};
use posta_core::{ErrorKind, Secret};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

use super::switch_imap::{server_copies, Random};

/// Exit code of a command that found the account busy.
const BUSY: i32 = 75;

fn message(round: usize, n: usize) -> Vec<u8> {
    let (subject, body) = match n % 3 {
        0 => (
            "Faktura za grudzień",
            "Dzień dobry, w załączeniu faktura. Pozdrawiam, Zofia Żółtowska",
        ),
        1 => (
            "Stretnutie v piatok",
            "Ahoj, stretneme sa v piatok o desiatej? Ďakujem, Ľubica",
        ),
        _ => (
            "Среща в петък",
            "Здравей, ще се видим ли в петък в десет? Поздрави, Цветелина",
        ),
    };
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject} {round}.{n}\r\n\
         Message-ID: <two-{round}-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
        n % 60
    )
    .into_bytes()
}

fn posta(home: &Path, args: &[&str]) -> Command {
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command.args(args).env("POSTA_HOME", home);
    command
}

/// Starts `command` and gives it the password on standard input.
fn start(command: &mut Command) -> Child {
    let mut child = command.spawn().expect("run posta");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(ALICE.password.as_bytes()).expect("stdin");
    child
}

/// Runs two `args` at once on `home`, the second `apart` later.
fn two_at_once(home: &Path, args: &[&str], apart: Duration) -> [Output; 2] {
    let first = start(&mut posta(home, args));
    std::thread::sleep(apart);
    let second = start(&mut posta(home, args));
    [first, second].map(|child| child.wait_with_output().expect("posta finishes"))
}

/// A POP3 account that deletes after download, saved in a home of its own.
fn pop3_home(dovecot: &Dovecot) -> (tempfile::TempDir, AccountConfig) {
    let home_dir = tempfile::tempdir().expect("home");
    let pop3 = AccountConfig {
        name: "Poczta".into(),
        keep_copy: KeepCopy::DeleteAfterDownload,
        ..accounts::pop3(dovecot, &ALICE)
    };
    support::accounts::save(&PostaHome::at(home_dir.path()), vec![pop3.clone()]);
    (home_dir, pop3)
}

/// Message-ID → copies in the account's local store.
fn local_copies(home: &Path, account: i64) -> HashMap<String, usize> {
    let store = Store::open(&PostaHome::at(home)).expect("store");
    let mut ids = HashMap::new();
    for folder in store.folders(account).expect("folders") {
        for row in store
            .messages(folder.id, 100_000, 0, Sort::DateAsc)
            .expect("rows")
        {
            let id = row.message_id.expect("Message-ID");
            *ids.entry(id).or_insert(0) += 1;
        }
    }
    ids
}

/// Each exit is 0 or busy, at least one did the work, and the busy one
/// said why (and blamed no server).
#[track_caller]
fn one_worked(outputs: &[Output; 2], also_fine: &[i32], round: usize) {
    let codes: Vec<Option<i32>> = outputs.iter().map(|o| o.status.code()).collect();
    for output in outputs {
        let code = output.status.code().unwrap_or(-1);
        let (stdout, stderr) = cli::text(output);
        assert!(
            code == 0 || code == BUSY || also_fine.contains(&code),
            "round {round}: exit {code}\n{stdout}\n{stderr}"
        );
        if code == BUSY {
            assert!(stderr.contains("Another Posta"), "round {round}: {stderr}");
        }
        assert!(!stderr.contains("mail provider"), "round {round}: {stderr}");
    }
    assert!(codes.contains(&Some(0)), "round {round}: {codes:?}");
}

#[test]
fn two_moves_to_imap_at_once_leave_every_message_on_the_server_once() {
    const TOTAL: usize = 40;
    let mut random = Random::new();
    for round in 0..3 {
        let dovecot = Dovecot::start();
        dovecot.bulk_fill(&ALICE, "INBOX", (0..TOTAL).map(|n| message(round, n)));
        let (home_dir, _) = pop3_home(&dovecot);
        let home = home_dir.path();
        let synced = cli::posta(
            env!("CARGO_BIN_EXE_posta"),
            home,
            &["sync", "--password-stdin"],
            ALICE.password,
        );
        cli::assert_code(&synced, 0);
        assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 0);

        let port = dovecot.imaps_port().to_string();
        let args = [
            "account",
            "switch-to-imap",
            "Poczta",
            "--security",
            "tls",
            "--port",
            &port,
            "--password-stdin",
        ];
        let apart = Duration::from_millis(random.below(400));
        let outputs = two_at_once(home, &args, apart);
        // The later one may find the move made: "already IMAP" (2).
        one_worked(&outputs, &[2], round);
        let (ids, _) = server_copies(&dovecot);
        let doubled: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
        assert!(doubled.is_empty(), "round {round}: doubled {doubled:?}");
        assert_eq!(ids.len(), TOTAL, "round {round}: {apart:?}");
    }
}

#[test]
fn two_pop3_syncs_that_delete_store_every_message_once() {
    const EACH: usize = 60;
    let dovecot = Dovecot::start();
    let (home_dir, pop3) = pop3_home(&dovecot);
    let home = home_dir.path();
    let mut random = Random::new();
    let mut busy = 0;
    for round in 0..6 {
        dovecot.bulk_fill(&ALICE, "INBOX", (0..EACH).map(|n| message(round, n)));
        let apart = Duration::from_millis(random.below(300));
        let outputs = two_at_once(home, &["sync", "--password-stdin"], apart);
        one_worked(&outputs, &[], round);
        busy += outputs
            .iter()
            .filter(|o| o.status.code() == Some(BUSY))
            .count();
        assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 0, "round {round}");
        let ids = local_copies(home, pop3.id);
        let doubled: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
        assert!(doubled.is_empty(), "round {round}: doubled {doubled:?}");
        assert_eq!(ids.len(), EACH * (round + 1), "round {round}: {apart:?}");
    }
    eprintln!("{busy} of 12 syncs found the account busy");
}

/// Another process holding `home`'s lock of `account` (as a second Posta
/// would), until its standard input closes.
fn other_process_holding(home: &Path, account: i64) -> Child {
    let path = AccountLock::path(home, account);
    std::fs::create_dir_all(path.parent().expect("locks")).expect("locks dir");
    let mut child = Command::new("flock")
        .arg(&path)
        .args(["sh", "-c", "echo held; exec cat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("flock(1)");
    // It says so once it holds the lock.
    let mut said = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut said)
        .expect("flock(1) answers");
    assert_eq!(said.trim(), "held");
    child
}

#[test]
fn commands_on_a_busy_account_say_so_change_nothing_and_exit_75() {
    let dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..5).map(|n| message(0, n)));
    let (home_dir, pop3) = pop3_home(&dovecot);
    let home = home_dir.path();
    let mut holder = other_process_holding(home, pop3.id);
    for args in [
        &["sync", "--password-stdin"][..],
        &["server", "Poczta", "--password-stdin"][..],
        &[
            "account",
            "switch-to-imap",
            "Poczta",
            "--security",
            "tls",
            "--password-stdin",
        ][..],
    ] {
        let output = cli::run(&mut posta(home, args), ALICE.password);
        cli::assert_code(&output, BUSY);
        cli::assert_stderr_has(&output, "Another Posta");
        cli::assert_stderr_has(&output, "“Poczta”");
        assert!(cli::stdout(&output).is_empty(), "{args:?}");
    }
    assert_eq!(dovecot.message_count(&ALICE, "INBOX"), 5, "nothing fetched");
    assert!(local_copies(home, pop3.id).is_empty());
    // Translated like every sentence.
    let polish = cli::run(
        posta(home, &["sync", "--password-stdin"]).env("LANG", "pl_PL.UTF-8"),
        ALICE.password,
    );
    cli::assert_code(&polish, BUSY);
    cli::assert_stderr_has(&polish, "pracuje teraz inna Posta");

    drop(holder.stdin.take());
    holder.wait().expect("flock ends");
    let output = cli::run(
        &mut posta(home, &["sync", "--password-stdin"]),
        ALICE.password,
    );
    cli::assert_code(&output, 0);
    assert_eq!(local_copies(home, pop3.id).len(), 5);
}

#[test]
fn a_window_worker_and_posta_sync_never_work_at_once() {
    let dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..8).map(|n| message(1, n)));
    let home_dir = tempfile::tempdir().expect("home");
    let home = home_dir.path();
    let imap = accounts::imap(&dovecot, &ALICE);
    support::accounts::save(&PostaHome::at(home), vec![imap.clone()]);
    let store: SharedStore = Arc::new(Mutex::new(
        Store::open(&PostaHome::at(home)).expect("store"),
    ));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");

    // The window is open: its worker holds the account.
    let (handle, mut events) = runtime.block_on(support::events::synced_worker(
        imap.clone(),
        &ALICE,
        &store,
        Duration::from_secs(60),
    ));
    let output = cli::run(
        &mut posta(home, &["sync", "--password-stdin"]),
        ALICE.password,
    );
    cli::assert_code(&output, BUSY);
    cli::assert_stderr_has(&output, "Another Posta");
    // The window goes on working meanwhile (its own sync, not refused).
    handle.send(WorkerCommand::SyncNow);
    let event = runtime.block_on(support::events::until(&mut events, |e| {
        matches!(e, Event::SyncDone(_) | Event::Failed(_))
    }));
    assert!(matches!(event, Event::SyncDone(_)), "{event:?}");
    handle.send(WorkerCommand::Shutdown);
    // Its events end with the worker, and its lock with them.
    runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(60), async {
            while events.next().await.is_some() {}
        })
        .await
        .expect("the worker stops")
    });

    // Closed: the command works.
    let output = cli::run(
        &mut posta(home, &["sync", "--password-stdin"]),
        ALICE.password,
    );
    cli::assert_code(&output, 0);

    // The other way round: a command holds the account when the window
    // opens. The worker says so once, waits, and syncs when it is free.
    let mut holder = other_process_holding(home, imap.id);
    dovecot.deliver(&ALICE, "INBOX", &message(2, 0));
    let _entered = runtime.enter();
    let (handle, events) =
        posta_core::worker::spawn(imap.clone(), Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    let first = runtime.block_on(support::events::until(&mut events, |e| {
        matches!(e, Event::SyncDone(_) | Event::Failed(_))
    }));
    match &first {
        Event::Failed(err) => assert_eq!(err.kind(), ErrorKind::AccountBusy),
        other => panic!("synced while another Posta held the account: {other:?}"),
    }
    drop(holder.stdin.take());
    holder.wait().expect("flock ends");
    let next = runtime.block_on(support::events::until(&mut events, |e| {
        matches!(e, Event::SyncDone(_) | Event::Failed(_))
    }));
    assert!(matches!(next, Event::SyncDone(_)), "{next:?}");
    assert_eq!(local_copies(home, imap.id).len(), 9);
    drop(handle);
}
