//! Hostile IMAP servers through the account worker, as the window uses it:
//! the worker reports the failure as an event, keeps running, and syncs
//! whole once the server behaves; the store never holds what the hostile
//! part of a reply claimed.

use posta_testkit as support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::Stream;
use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::{AccountConfig, Sort};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Command, Event};
use posta_core::{ErrorKind, Secret};
use support::fake_server::{FakeServer, Reply};
use support::imap_script::{envelope_lines, normal_reply, uids_in};

fn account(server: &FakeServer) -> AccountConfig {
    AccountConfig {
        id: 1,
        name: "Alice".into(),
        email: "alice@example.org".into(),
        display_name: "Alice".into(),
        protocol: Protocol::Imap,
        host: "127.0.0.1".into(),
        port: server.port(),
        security: Security::Insecure,
        user: "alice".into(),
        ..posta_testkit::accounts::base()
    }
}

/// A server that misbehaves with `hostile` on the first connection's
/// envelope FETCH and behaves on every later connection.
fn server_hostile_once(hostile: impl Fn(&str, &[u32]) -> Reply + Send + 'static) -> FakeServer {
    let connections = Arc::new(AtomicUsize::new(0));
    FakeServer::start_many("* OK ready\r\n", move |line: &str| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("LOGIN") {
            connections.fetch_add(1, Ordering::SeqCst);
        }
        let first = connections.load(Ordering::SeqCst) == 1;
        match upper.strip_prefix("UID FETCH ") {
            Some(rest) if first && rest.contains("HEADER.FIELDS") => {
                hostile(tag, &uids_in(rest.split(' ').next().unwrap_or_default()))
            }
            _ => normal_reply(tag, &upper),
        }
    })
}

async fn until(
    events: &mut (impl Stream<Item = Event> + Unpin),
    want: impl FnMut(&Event) -> bool,
) -> Event {
    support::events::until_within(events, Duration::from_secs(30), want).await
}

fn inbox(store: &SharedStore) -> Vec<u32> {
    with_store(store, |s| {
        let Some(id) = s.folder_id(1, "INBOX")? else {
            return Ok(Vec::new());
        };
        let mut uids: Vec<u32> = s
            .messages(id, 10_000, 0, Sort::DateAsc)?
            .into_iter()
            .filter_map(|m| m.uid)
            .collect();
        uids.sort_unstable();
        Ok(uids)
    })
    .expect("store")
}

/// Runs the worker against `server`: the first sync must fail with `kind`,
/// leaving INBOX empty; after `SyncNow` the next one must bring exactly the
/// three messages.
async fn fails_then_recovers(server: FakeServer, kind: ErrorKind) {
    let (_dir, store) = posta_testkit::stores::shared_store();
    let (handle, events) = worker::spawn(account(&server), Secret::new("hunter2"), store.clone());
    let mut events = Box::pin(events);
    let Event::Failed(err) = until(&mut events, |e| {
        matches!(e, Event::Failed(_) | Event::SyncDone(_))
    })
    .await
    else {
        panic!("the hostile sync must fail");
    };
    assert_eq!(err.kind(), kind, "{err}");
    let shown = posta_i18n::describe_error(&err, "127.0.0.1");
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    assert!(inbox(&store).is_empty(), "{:?}", inbox(&store));
    // Still running: it takes the next command and syncs whole.
    assert!(handle.send(Command::SyncNow));
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox(&store), [1, 2, 3]);
    assert!(handle.send(Command::Shutdown));
}

#[tokio::test]
async fn a_literal_claim_fails_the_sync_and_the_worker_recovers() {
    let server = server_hostile_once(|_, _| {
        Reply::from("* 1 FETCH (UID 1 BODY[HEADER.FIELDS (SUBJECT)] {536000000}\r\n0123456789")
    });
    fails_then_recovers(server, ErrorKind::Protocol).await;
}

#[tokio::test]
async fn a_deep_bodystructure_fails_the_sync_and_the_worker_recovers() {
    let server = server_hostile_once(|tag, _| {
        Reply::from(format!(
            "* 1 FETCH (UID 1 BODYSTRUCTURE {}\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1{})\r\n{tag} OK done\r\n",
            "(".repeat(10_000),
            ")".repeat(10_000)
        ))
    });
    fails_then_recovers(server, ErrorKind::Protocol).await;
}

#[tokio::test]
async fn phantom_fetch_lines_through_the_worker_store_nothing_extra() {
    let server = server_hostile_once(|tag, uids| {
        let mut out = envelope_lines(uids);
        for extra in 4..=303 {
            out.push_str(&format!("* {extra} FETCH (UID {extra} FLAGS (\\Seen))\r\n"));
        }
        Reply::from(format!("{out}{tag} OK done\r\n"))
    });
    let (_dir, store) = posta_testkit::stores::shared_store();
    let (handle, events) = worker::spawn(account(&server), Secret::new("hunter2"), store.clone());
    let mut events = Box::pin(events);
    until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    assert_eq!(inbox(&store), [1, 2, 3]);
    assert!(handle.send(Command::Shutdown));
}

#[tokio::test]
async fn an_unreadable_reply_fails_the_sync_in_plain_words_and_the_worker_recovers() {
    let server = server_hostile_once(|tag, _| {
        Reply::from(format!(
            "* 1 FETCH (UID )))((( \u{1b}[2J\r\n{tag} OK done\r\n"
        ))
    });
    fails_then_recovers(server, ErrorKind::Protocol).await;
}
