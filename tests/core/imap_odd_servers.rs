//! IMAP servers that leave out what RFC 3501 requires (issue 33): a SELECT
//! without UIDNEXT. The first sync of a folder takes UIDNEXT from STATUS,
//! or, where STATUS lacks it too, the highest UID in one `UID SEARCH UID *` —
//! not ranges probed down from the top of the 32-bit UID space.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security};
use posta_core::store::{PostaHome, Sort, Store};
use posta_core::sync::imap::{sync_account, with_store, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::Secret;
use support::fake_server::{FakeServer, Reply};
use support::imap_script::imap_server;

const ACCOUNT: i64 = 1;

/// A SELECT answer for the three messages without `UIDNEXT`.
fn select_without_uidnext(tag: &str) -> Reply {
    Reply::from(format!(
        "* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n\
* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft \\*)] ok\r\n\
* 3 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 7] ok\r\n{tag} OK [READ-WRITE] done\r\n"
    ))
}

/// Syncs a new device from `server`; returns the subjects in INBOX and
/// every command the server got.
async fn first_sync(server: FakeServer) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(ACCOUNT, "alice").expect("account");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut endpoint = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
    endpoint.timeout = Duration::from_secs(10);
    let mut session = ImapSession::connect(&endpoint, "alice", &Secret::new("hunter2"))
        .await
        .expect("login");
    sync_account(
        &mut session,
        &store,
        ACCOUNT,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("sync");
    let _ = session.logout().await;
    let subjects = with_store(&store, |s| {
        let inbox = s.folder_id(ACCOUNT, "INBOX")?.expect("INBOX");
        Ok(s.messages(inbox, 100, 0, Sort::DateAsc)?
            .into_iter()
            .map(|m| m.subject)
            .collect::<Vec<_>>())
    })
    .expect("store");
    (subjects, server.finish())
}

/// The `UID FETCH` commands (without their tags).
fn uid_fetches(log: &[String]) -> Vec<String> {
    log.iter()
        .filter_map(|l| l.split_once(' ').map(|(_, c)| c.to_ascii_uppercase()))
        .filter(|c| c.starts_with("UID FETCH"))
        .collect()
}

#[tokio::test]
async fn a_select_without_uidnext_takes_it_from_status() {
    let server = imap_server(|tag, command| {
        (command.starts_with("SELECT") || command.starts_with("EXAMINE"))
            .then(|| select_without_uidnext(tag))
    });
    let (subjects, log) = first_sync(server).await;
    assert_eq!(subjects.len(), 3, "{subjects:?}");
    let fetches = uid_fetches(&log);
    assert_eq!(fetches.len(), 1, "one envelope fetch: {fetches:?}");
    assert!(fetches[0].starts_with("UID FETCH 1:3 "), "{fetches:?}");
}

#[tokio::test]
async fn neither_select_nor_status_with_uidnext_costs_one_command() {
    let server = imap_server(|tag, command| {
        if command.starts_with("SELECT") || command.starts_with("EXAMINE") {
            return Some(select_without_uidnext(tag));
        }
        command.starts_with("STATUS").then(|| {
            Reply::from(format!(
                "* STATUS INBOX (MESSAGES 3 UIDVALIDITY 7)\r\n{tag} OK done\r\n"
            ))
        })
    });
    let (subjects, log) = first_sync(server).await;
    assert_eq!(subjects.len(), 3, "{subjects:?}");
    let fetches = uid_fetches(&log);
    assert_eq!(fetches.len(), 1, "one envelope fetch: {fetches:?}");
    assert!(fetches[0].starts_with("UID FETCH 1:3 "), "{fetches:?}");
    let searches: Vec<&String> = log.iter().filter(|l| l.contains("SEARCH")).collect();
    assert_eq!(searches.len(), 1, "{searches:?}");
    assert!(searches[0].ends_with("UID SEARCH UID *"), "{searches:?}");
}
