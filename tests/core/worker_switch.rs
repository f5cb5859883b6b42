//! "Move to IMAP" as the window runs it: through the POP3 account's own
//! worker, against a real Dovecot. Progress arrives as events, Cancel
//! stops the upload with nothing lost or doubled, starting again finishes
//! it, and the worker then goes on as an IMAP worker. A full mailbox
//! (Dovecot's quota) stops the move with the server's words and the
//! sentence that says it can be finished; with room made, it finishes.

use posta_testkit as support;
use posta_testkit::events::synced_worker;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::store::{AccountConfig, Config, FolderRow, KeepCopy, PostaHome, Sort, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::sync::{actions, CancelToken};
use posta_core::worker::{Command, Event};
use posta_core::{ErrorKind, Secret};
use support::accounts;
use support::dovecot::{Dovecot, User, ALICE, BOB};
use support::events::until;

fn message(n: usize) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Wiadomość {n}\r\n\
         Message-ID: <ws-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nTreść numer {n}: zażółć gęślą jaźń.\r\n",
        n % 60
    )
    .into_bytes()
}

/// A POP3 account that has downloaded `count` messages (the server keeps
/// none), with a local folder holding the first ten; its config is saved
/// under the returned home.
async fn pop3_account(
    dovecot: &Dovecot,
    user: &User,
    count: usize,
) -> (tempfile::TempDir, AccountConfig, SharedStore) {
    dovecot.bulk_fill(user, "INBOX", (0..count).map(message));
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    let pop3 = AccountConfig {
        name: "Poczta".into(),
        keep_copy: KeepCopy::DeleteAfterDownload,
        ..accounts::pop3(dovecot, user)
    };
    posta_testkit::accounts::save(&home, vec![pop3.clone()]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let endpoint = pop3.endpoint().expect("endpoint");
    let account = posta_core::sync::pop3::Pop3Account {
        endpoint: &endpoint,
        user: &pop3.user,
        password: &Secret::new(user.password),
        store: &store,
        account: &pop3,
    };
    posta_core::sync::pop3::sync_pop3(
        &account,
        &Default::default(),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("POP3 sync");
    assert_eq!(
        dovecot.message_count(user, "INBOX"),
        0,
        "POP3 took them all"
    );
    with_store(&store, |s| {
        let inbox = s.folder_id(pop3.id, "INBOX")?.expect("INBOX");
        let rows = s.messages(inbox, count, 0, Sort::DateAsc)?;
        assert_eq!(rows.len(), count);
        let projekty = s.upsert_folder(pop3.id, &FolderRow::local(pop3.id, "Projekty", None))?;
        for row in rows.iter().take(10) {
            actions::set_flags(s, row.id, &[Flag::Seen, Flag::Flagged], &[])?;
            actions::move_message(s, row.id, projekty)?;
        }
        Ok(())
    })
    .expect("local folder");
    (home_dir, pop3, store)
}

/// The IMAP side of the account.
fn imap_target(dovecot: &Dovecot, pop3: &AccountConfig, user: &User) -> AccountConfig {
    AccountConfig {
        name: pop3.name.clone(),
        keep_copy: pop3.keep_copy,
        ..accounts::imap(dovecot, user)
    }
}

/// Message-ID → copies on the server, over every folder.
async fn server_copies(dovecot: &Dovecot, user: &User) -> HashMap<String, usize> {
    let account = accounts::imap(dovecot, user);
    let mut endpoint = account.endpoint().expect("endpoint");
    endpoint.timeout = Duration::from_secs(30);
    let mut session = ImapSession::connect(&endpoint, user.name, &Secret::new(user.password))
        .await
        .expect("login");
    let mut ids = HashMap::new();
    for folder in session.list_folders().await.expect("list") {
        if session.select(&folder.name).await.expect("select").exists == 0 {
            continue;
        }
        for envelope in session.fetch_envelopes("1:*").await.expect("envelopes") {
            let id = envelope.headers.message_id.expect("Message-ID");
            *ids.entry(id).or_insert(0) += 1;
        }
    }
    let _ = session.logout().await;
    ids
}

fn configured(home: &tempfile::TempDir) -> AccountConfig {
    Config::load(&PostaHome::at(home.path()))
        .expect("config")
        .accounts
        .into_iter()
        .next()
        .expect("the account")
}

/// The command that moves the account to `imap`, its files in `home`.
fn switch_to(imap: &AccountConfig, home: &tempfile::TempDir) -> Command {
    Command::SwitchToImap {
        imap: Box::new(imap.clone()),
        home: PostaHome::at(home.path()),
    }
}

/// How many messages account `id` holds locally, over all its folders.
fn local_count(store: &SharedStore, id: i64) -> u64 {
    with_store(store, |s| {
        let mut total = 0;
        for folder in s.folders(id)? {
            total += s.message_count(folder.id)?.0;
        }
        Ok(total)
    })
    .expect("count")
}

#[tokio::test]
async fn the_worker_moves_a_pop3_account_to_imap_and_cancel_loses_nothing() {
    const COUNT: usize = 150;
    let dovecot = Dovecot::start();
    let (home, pop3, store) = pop3_account(&dovecot, &ALICE, COUNT).await;
    let (handle, mut events) =
        synced_worker(pop3.clone(), &ALICE, &store, Duration::from_secs(60)).await;
    let imap = imap_target(&dovecot, &pop3, &ALICE);
    let command = || switch_to(&imap, &home);

    // Cancel once a few messages are up.
    assert!(handle.send(command()));
    until(
        &mut events,
        |e| matches!(e, Event::SwitchProgress { done, total } if *done >= 5 && *total == COUNT),
    )
    .await;
    handle.send(Command::Cancel);
    let stopped = until(&mut events, |e| {
        matches!(e, Event::SwitchStopped { .. } | Event::Switched { .. })
    })
    .await;
    let Event::SwitchStopped { error, account } = stopped else {
        panic!("the move finished before Cancel: {stopped:?}");
    };
    assert_eq!(error.kind(), ErrorKind::Cancelled);
    assert_eq!(
        account.protocol,
        Protocol::Pop3,
        "still POP3 after a cancel"
    );
    assert_eq!(configured(&home).protocol, Protocol::Pop3);
    let partial = server_copies(&dovecot, &ALICE).await;
    assert!(
        !partial.is_empty() && partial.len() < COUNT,
        "{} of {COUNT} uploaded before the cancel",
        partial.len()
    );
    assert!(partial.values().all(|n| *n == 1), "nothing doubled");
    let local = local_count(&store, pop3.id);
    assert_eq!(local as usize, COUNT, "nothing local removed");

    // Start again: it finishes, with nothing uploaded twice.
    assert!(handle.send(command()));
    let done = until(&mut events, |e| {
        matches!(e, Event::SwitchStopped { .. } | Event::Switched { .. })
    })
    .await;
    let Event::Switched {
        account,
        uploaded,
        found,
    } = done
    else {
        panic!("the second run did not finish: {done:?}");
    };
    assert_eq!(account.protocol, Protocol::Imap);
    assert_eq!(
        uploaded + found + partial.len(),
        COUNT,
        "{uploaded} + {found}"
    );
    assert_eq!(configured(&home).protocol, Protocol::Imap);
    let copies = server_copies(&dovecot, &ALICE).await;
    assert_eq!(copies.len(), COUNT);
    assert!(copies.values().all(|n| *n == 1), "each exactly once");

    // The store now mirrors the server: INBOX and Projekty as IMAP
    // folders, flags kept.
    let (inbox, projekty, flagged) = with_store(&store, |s| {
        let inbox = s.folder_id(pop3.id, "INBOX")?.expect("INBOX");
        let projekty = s.folder(s.folder_id(pop3.id, "Projekty")?.expect("Projekty"))?;
        let projekty = projekty.expect("row");
        let rows = s.messages(projekty.id, 100, 0, Sort::DateAsc)?;
        let flagged = rows.iter().all(|r| r.flags.contains(&Flag::Flagged));
        Ok((s.message_count(inbox)?.0, projekty, flagged))
    })
    .expect("store");
    assert_eq!(inbox as usize, COUNT - 10);
    assert!(!projekty.local, "Projekty is a server folder now");
    assert_eq!(projekty.total, 10);
    assert!(flagged, "flags arrived");

    // The worker is an IMAP worker now: a message delivered on the server
    // arrives with the next sync.
    dovecot.deliver(&ALICE, "INBOX", &message(COUNT + 1));
    handle.send(Command::SyncNow);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    let inbox_now = with_store(&store, |s| {
        let inbox = s.folder_id(pop3.id, "INBOX")?.expect("INBOX");
        Ok(s.message_count(inbox)?.0)
    })
    .expect("count");
    assert_eq!(inbox_now as usize, COUNT - 10 + 1);
    handle.send(Command::Shutdown);
}

#[tokio::test]
async fn a_full_server_stops_the_move_and_it_finishes_once_there_is_room() {
    const COUNT: usize = 20;
    let dovecot = Dovecot::start();
    let (home, pop3, store) = pop3_account(&dovecot, &BOB, COUNT).await;
    // Room for five of the twenty: Dovecot refuses the sixth APPEND.
    dovecot.set_quota(&BOB, "*:messages=5");
    let (handle, mut events) =
        synced_worker(pop3.clone(), &BOB, &store, Duration::from_secs(60)).await;
    let imap = imap_target(&dovecot, &pop3, &BOB);
    let command = || switch_to(&imap, &home);
    assert!(handle.send(command()));
    let stopped = until(&mut events, |e| {
        matches!(e, Event::SwitchStopped { .. } | Event::Switched { .. })
    })
    .await;
    let Event::SwitchStopped { error, account } = stopped else {
        panic!("the move finished on a full server: {stopped:?}");
    };
    let words = posta_i18n::describe_error(&error, &imap.host);
    assert!(
        words.to_lowercase().contains("quota"),
        "the server's words say why: {words}"
    );
    assert_eq!(account.protocol, Protocol::Pop3);
    assert_eq!(configured(&home).protocol, Protocol::Pop3);
    let partial = server_copies(&dovecot, &BOB).await;
    assert_eq!(partial.len(), 5, "{partial:?}");
    let local = local_count(&store, pop3.id);
    assert_eq!(local as usize, COUNT, "nothing lost");

    dovecot.set_quota(&BOB, "*:messages=1000");
    assert!(handle.send(command()));
    let done = until(&mut events, |e| {
        matches!(e, Event::SwitchStopped { .. } | Event::Switched { .. })
    })
    .await;
    assert!(matches!(done, Event::Switched { .. }), "{done:?}");
    let copies = server_copies(&dovecot, &BOB).await;
    assert_eq!(copies.len(), COUNT);
    assert!(copies.values().all(|n| *n == 1), "each exactly once");
    handle.send(Command::Shutdown);
}
