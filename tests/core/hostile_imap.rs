//! IMAP servers that log in fine and then misbehave (issue 11): phantom
//! and repeated FETCH lines, invalid UIDs, literals that claim half a
//! gigabyte, nesting deep enough to overflow a parser's stack, trickled and
//! endless replies, huge answers, hostile words and odd folder names. Each
//! case ends with a clear error or the right data, within its deadline, and
//! leaves the store exactly as the well-behaved part of the reply says.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security};
use posta_core::store::{PostaHome, Sort, Store};
use posta_core::sync::imap::{sync_account, sync_folder_list, with_store, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::{Error, ErrorKind, Secret};
use support::fake_server::{FakeServer, Reply};
use support::imap_script::{envelope_lines, imap_server, messages, select_reply, uids_in};
use support::memory::status_mb;

const ACCOUNT: i64 = 1;

fn endpoint(server: &FakeServer, timeout: Duration) -> Endpoint {
    let mut e = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
    e.timeout = timeout;
    e
}

async fn login(server: &FakeServer, timeout: Duration) -> ImapSession {
    ImapSession::connect(&endpoint(server, timeout), "alice", &Secret::new("hunter2"))
        .await
        .expect("log in to the scripted server")
}

fn device() -> (tempfile::TempDir, SharedStore) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(ACCOUNT, "alice").expect("account");
    (dir, Arc::new(Mutex::new(store)))
}

async fn sync(
    server: &FakeServer,
    store: &SharedStore,
    timeout: Duration,
) -> posta_core::Result<()> {
    let mut session = login(server, timeout).await;
    sync_account(
        &mut session,
        store,
        ACCOUNT,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .map(drop)
}

/// Syncs a new device from `server` (10 s a step); INBOX holds the three.
async fn assert_a_new_device_gets_the_three(server: &FakeServer) {
    let (_dir, store) = device();
    sync(server, &store, Duration::from_secs(10))
        .await
        .expect("sync");
    assert_eq!(inbox(&store), the_three());
}

/// (UID, subject) of every message in INBOX, by UID.
fn inbox(store: &SharedStore) -> Vec<(u32, String)> {
    with_store(store, |s| {
        let Some(id) = s.folder_id(ACCOUNT, "INBOX")? else {
            return Ok(Vec::new());
        };
        let mut rows: Vec<(u32, String)> = s
            .messages(id, 10_000, 0, Sort::DateAsc)?
            .into_iter()
            .filter_map(|m| Some((m.uid?, m.subject)))
            .collect();
        rows.sort();
        Ok(rows)
    })
    .expect("store")
}

fn the_three() -> Vec<(u32, String)> {
    (1..=3).map(|n| (n, format!("Wiadomość {n}"))).collect()
}

/// The envelope FETCH of a UID set in `command`, if it is one.
fn envelope_fetch(command: &str) -> Option<Vec<u32>> {
    let rest = command.strip_prefix("UID FETCH ")?;
    rest.contains("HEADER.FIELDS")
        .then(|| uids_in(rest.split(' ').next().unwrap_or_default()))
}

/// The sentence a user would read for `err`, checked for what must never
/// be in it: control characters and Rust debug dumps.
fn assert_plain_words(err: &Error) -> String {
    let shown = posta_i18n::describe_error(err, "127.0.0.1");
    assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
    for dump in ["Outcome", "Error {", "input:", "Some(", "[42,"] {
        assert!(!shown.contains(dump), "debug dump in {shown:?}");
    }
    assert!(err.to_string().chars().count() < 400, "{err}");
    shown
}

#[tokio::test]
async fn fetch_lines_for_uids_never_asked_for_are_not_stored() {
    // 300 extra messages the server does not have (303 were shown before).
    let server = imap_server(|tag, command| {
        let uids = envelope_fetch(command)?;
        let mut out = envelope_lines(&uids);
        for extra in 4..=303 {
            out.push_str(&format!(
                "* {extra} FETCH (UID {extra} FLAGS () RFC822.SIZE 10 BODY[HEADER.FIELDS (SUBJECT)] {{20}}\r\nSubject: phantom\r\n\r\n)\r\n"
            ));
        }
        Some(Reply::from(format!("{out}{tag} OK done\r\n")))
    });
    assert_a_new_device_gets_the_three(&server).await;
}

#[tokio::test]
async fn uid_zero_message_zero_and_lines_without_uid_are_ignored() {
    let server = imap_server(|tag, command| {
        let uids = envelope_fetch(command)?;
        let hostile = "* 1 FETCH (UID 0 FLAGS () RFC822.SIZE 10 BODY[HEADER.FIELDS (SUBJECT)] {17}\r\nSubject: zero\r\n\r\n)\r\n\
* 0 FETCH (UID 2 FLAGS (\\Seen))\r\n* 2 FETCH (FLAGS (\\Deleted))\r\n";
        Some(Reply::from(format!(
            "{hostile}{}{tag} OK done\r\n",
            envelope_lines(&uids)
        )))
    });
    assert_a_new_device_gets_the_three(&server).await;
}

#[tokio::test]
async fn a_thousand_unasked_lines_per_message_end_quickly_with_the_right_data() {
    let server = imap_server(|tag, command| {
        let uids = envelope_fetch(command)?;
        let mut out = String::new();
        for uid in &uids {
            out.push_str(&envelope_lines(&[*uid]));
            for n in 0..1000 {
                out.push_str(&format!(
                    "* {} FETCH (UID {} FLAGS (\\Seen))\r\n",
                    4 + n,
                    1000 + n
                ));
            }
        }
        Some(Reply::from(format!("{out}{tag} OK done\r\n")))
    });
    let (_dir, store) = device();
    let started = Instant::now();
    sync(&server, &store, Duration::from_secs(10))
        .await
        .expect("sync");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(inbox(&store), the_three());
}

#[tokio::test]
async fn a_literal_claiming_half_a_gigabyte_is_refused_before_allocation() {
    let server = imap_server(|_tag, command| {
        envelope_fetch(command)?;
        // Claims 536 MB, sends ten bytes, then waits.
        Some(Reply::from(
            "* 1 FETCH (UID 1 BODY[HEADER.FIELDS (SUBJECT)] {536000000}\r\n0123456789",
        ))
    });
    let (_dir, store) = device();
    let before = status_mb("VmHWM:");
    let started = Instant::now();
    let err = sync(&server, &store, Duration::from_secs(20))
        .await
        .expect_err("the claim must be refused");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    // Refused at once, not when the 20 s deadline ran out.
    assert!(started.elapsed() < Duration::from_secs(10));
    let grown = status_mb("VmHWM:") - before;
    assert!(grown < 64.0, "the process grew by {grown:.0} MB");
    assert_plain_words(&err);
    assert!(inbox(&store).is_empty());
}

#[tokio::test]
async fn a_body_larger_than_its_announced_size_is_refused() {
    let big = "x".repeat(1 << 20);
    let server = imap_server(move |tag, command| {
        command.contains("BODY.PEEK[]").then(|| {
            Reply::from(format!(
                "* 1 FETCH (UID 1 BODY[] {{{}}}\r\n{big})\r\n{tag} OK done\r\n",
                big.len()
            ))
        })
    });
    let mut session = login(&server, Duration::from_secs(10)).await;
    // The store knows the message as 200 bytes (its RFC822.SIZE).
    let err = session
        .fetch_message_sized(1, 200)
        .await
        .expect_err("1 MiB is not 200 bytes");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
}

#[tokio::test]
async fn a_bodystructure_nested_ten_thousand_deep_is_an_error_not_a_crash() {
    let server = imap_server(|tag, command| {
        envelope_fetch(command)?;
        let deep = format!(
            "* 1 FETCH (UID 1 BODYSTRUCTURE {}\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1{} \"mixed\"))\r\n{tag} OK done\r\n",
            "(".repeat(10_000),
            ")".repeat(9_999)
        );
        Some(Reply::from(deep))
    });
    let (_dir, store) = device();
    let err = sync(&server, &store, Duration::from_secs(10))
        .await
        .expect_err("too deep");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert_plain_words(&err);
    assert!(inbox(&store).is_empty());
}

#[tokio::test]
async fn a_search_of_half_a_million_uids_parses_whole() {
    let mut answer = String::from("* SEARCH");
    for uid in 1..=500_000u32 {
        answer.push(' ');
        answer.push_str(&uid.to_string());
    }
    answer.push_str("\r\n");
    let server = imap_server(move |tag, command| {
        if command.starts_with("SELECT") {
            return Some(select_reply(tag, 500_000, 500_001));
        }
        command
            .starts_with("UID SEARCH")
            .then(|| Reply::from(format!("{answer}{tag} OK done\r\n")))
    });
    let mut session = login(&server, Duration::from_secs(20)).await;
    let uids = session.all_uids().await.expect("a long SEARCH is fine");
    assert_eq!(uids.len(), 500_000);
    assert_eq!(uids.last(), Some(&500_000));
}

#[tokio::test]
async fn search_uids_the_folder_cannot_have_are_dropped() {
    let server = imap_server(|tag, command| {
        command.starts_with("UID SEARCH").then(|| {
            Reply::from(format!(
                "* SEARCH 0 1 2 3 4 99 4294967295\r\n{tag} OK done\r\n"
            ))
        })
    });
    let mut session = login(&server, Duration::from_secs(10)).await;
    // UIDNEXT is 4: nothing at or above it exists, and 0 is no UID.
    assert_eq!(session.all_uids().await.expect("SEARCH"), [1, 2, 3]);
}

#[tokio::test]
async fn a_trickled_reply_ends_at_the_whole_reply_deadline() {
    let server = imap_server(|tag, command| {
        let uids = envelope_fetch(command)?;
        let reply = format!("{}{tag} OK done\r\n", envelope_lines(&uids));
        // Each byte comes quickly, the whole reply would take a minute.
        Some(Reply::Trickle(
            reply.into_bytes(),
            Duration::from_millis(100),
        ))
    });
    let (_dir, store) = device();
    let started = Instant::now();
    let err = sync(&server, &store, Duration::from_millis(1500))
        .await
        .expect_err("trickle");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert!(inbox(&store).is_empty());
}

#[tokio::test]
async fn a_server_that_falls_silent_after_select_times_out() {
    // The first command after SELECT: the first batch of envelopes.
    let server = imap_server(|_tag, command| envelope_fetch(command).map(|_| Reply::Nothing));
    let (_dir, store) = device();
    let started = Instant::now();
    let err = sync(&server, &store, Duration::from_millis(500))
        .await
        .expect_err("silence");
    assert_eq!(err.kind(), ErrorKind::TimedOut, "{err}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn an_endless_line_is_cut_off_at_the_reply_limit() {
    let server = imap_server(|_tag, command| {
        envelope_fetch(command)?;
        Some(Reply::Endless {
            head: b"* 1 FETCH (UID 1 FLAGS (".to_vec(),
            chunk: b"\\Seen \\Seen \\Seen \\Seen ".repeat(1000),
        })
    });
    let (_dir, store) = device();
    let before = status_mb("VmHWM:");
    let err = sync(&server, &store, Duration::from_secs(30))
        .await
        .expect_err("endless");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    let grown = status_mb("VmHWM:") - before;
    assert!(grown < 200.0, "the process grew by {grown:.0} MB");
    assert!(inbox(&store).is_empty());
}

#[tokio::test]
async fn a_refusal_with_control_characters_reaches_the_user_cleaned() {
    let server = imap_server(|tag, command| {
        envelope_fetch(command).map(|_| {
            Reply::from(format!(
                "{tag} NO [ALERT] \u{1b}[31mMailbox\u{7} is locked{}\r\n",
                " and more".repeat(100)
            ))
        })
    });
    let (_dir, store) = device();
    let result = sync(&server, &store, Duration::from_secs(10)).await;
    let log = server.finish();
    let err = result.expect_err(&format!("refused: {log:?}"));
    assert_eq!(err.kind(), ErrorKind::Protocol);
    let shown = assert_plain_words(&err);
    assert!(shown.contains("Mailbox is locked"), "{shown}");
}

#[tokio::test]
async fn an_unreadable_reply_is_a_short_sentence_not_a_dump() {
    let server = imap_server(|tag, command| {
        envelope_fetch(command)?;
        Some(Reply::from(format!(
            "* 1 FETCH (UID ((( ))) \u{1}\u{2}garbage\r\n{tag} OK done\r\n"
        )))
    });
    let (_dir, store) = device();
    let err = sync(&server, &store, Duration::from_secs(10))
        .await
        .expect_err("garbage");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert_plain_words(&err);
}

#[tokio::test]
async fn a_count_beyond_32_bits_is_a_protocol_error() {
    let server = imap_server(|tag, command| {
        command.starts_with("SELECT").then(|| {
            Reply::from(format!(
                "* 4294967296 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n{tag} OK done\r\n"
            ))
        })
    });
    let err = ImapSession::connect(
        &endpoint(&server, Duration::from_secs(10)),
        "alice",
        &Secret::new("hunter2"),
    )
    .await
    .expect_err("2^32 messages");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert_plain_words(&err);
}

#[tokio::test]
async fn a_connection_dropped_inside_a_literal_leaves_the_store_empty() {
    let server = imap_server(|_tag, command| {
        envelope_fetch(command)?;
        Some(Reply::then_close(
            "* 1 FETCH (UID 1 BODY[HEADER.FIELDS (SUBJECT)] {500}\r\nSubject: half",
        ))
    });
    let (_dir, store) = device();
    let err = sync(&server, &store, Duration::from_secs(10))
        .await
        .expect_err("dropped");
    assert!(
        matches!(err.kind(), ErrorKind::Io | ErrorKind::Protocol),
        "{err}"
    );
    assert!(inbox(&store).is_empty());
}

#[tokio::test]
async fn folder_names_with_backslashes_quotes_and_letters_round_trip() {
    let polish = posta_core::imap::utf7::encode("Faktury/Żółć");
    let list = format!(
        "* LIST () \"/\" INBOX\r\n* LIST () \"/\" \"a\\\\b\"\r\n* LIST () \"/\" \"say \\\"hi\\\"\"\r\n\
* LIST () \"/\" \"{polish}\"\r\n* LIST (\\Noselect) NIL \"Flat name\"\r\n* LIST () \"/\" INBOX\r\n"
    );
    let server = imap_server(move |tag, command| {
        command
            .starts_with("LIST")
            .then(|| Reply::from(format!("{list}{tag} OK done\r\n")))
    });
    let mut session = login(&server, Duration::from_secs(10)).await;
    let folders = session.list_folders().await.expect("LIST");
    let mut names: Vec<&str> = folders.iter().map(|f| f.name.as_str()).collect();
    names.sort();
    // The repeated INBOX is listed once.
    assert_eq!(
        names,
        ["Faktury/Żółć", "Flat name", "INBOX", "a\\b", "say \"hi\""]
    );
    let flat = folders
        .iter()
        .find(|f| f.name == "Flat name")
        .expect("flat");
    assert_eq!(flat.delimiter, None);
    session.select("a\\b").await.expect("SELECT a\\b");
    session
        .select("say \"hi\"")
        .await
        .expect("SELECT say \"hi\"");
    drop(session);
    let log = server.finish();
    assert!(
        log.iter().any(|l| l.ends_with("SELECT \"a\\\\b\"")),
        "{log:?}"
    );
    assert!(
        log.iter().any(|l| l.ends_with("SELECT \"say \\\"hi\\\"\"")),
        "{log:?}"
    );
}

#[tokio::test]
async fn list_entries_with_unusable_names_are_ignored() {
    let server = imap_server(|tag, command| {
        command.starts_with("LIST").then(|| {
            Reply::from(format!(
                "* LIST () \"/\" INBOX\r\n* LIST () \"/\" \"\"\r\n* LIST () \"/\" {{5}}\r\na\u{0}b\u{1}c\r\n* LIST () \"/\" Work\r\n{tag} OK done\r\n"
            ))
        })
    });
    let mut session = login(&server, Duration::from_secs(10)).await;
    let folders = session.list_folders().await.expect("LIST");
    let names: Vec<&str> = folders.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["INBOX", "Work"]);
}

#[tokio::test]
async fn a_list_of_a_hundred_thousand_folders_is_read_whole() {
    let mut list = String::from("* LIST () \"/\" INBOX\r\n");
    for n in 0..100_000 {
        list.push_str(&format!("* LIST () \"/\" \"Archiwum/{n:06}\"\r\n"));
    }
    let server = imap_server(move |tag, command| {
        command
            .starts_with("LIST")
            .then(|| Reply::from(format!("{list}{tag} OK done\r\n")))
    });
    let mut session = login(&server, Duration::from_secs(30)).await;
    let (_dir, store) = device();
    // Listed and stored (one transaction: it took 57 s one by one).
    let rows = sync_folder_list(&mut session, &store, ACCOUNT)
        .await
        .expect("LIST stored");
    assert_eq!(rows.len(), 100_001);
    assert!(rows.iter().any(|f| f.name == "Archiwum/099999"));
}

#[tokio::test]
async fn a_folder_list_without_inbox_removes_nothing_from_the_store() {
    let listed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = listed.clone();
    let server = imap_server(move |tag, command| {
        if !command.starts_with("LIST") {
            return None;
        }
        // The first LIST is whole; the second is cut short, as a list read
        // from a dying connection is.
        let whole = !seen.swap(true, std::sync::atomic::Ordering::SeqCst);
        let list = if whole {
            "* LIST () \"/\" INBOX\r\n* LIST () \"/\" Work\r\n"
        } else {
            ""
        };
        Some(Reply::from(format!("{list}{tag} OK done\r\n")))
    });
    let mut session = login(&server, Duration::from_secs(10)).await;
    let (_dir, store) = device();
    let rows = sync_folder_list(&mut session, &store, ACCOUNT)
        .await
        .expect("LIST stored");
    assert_eq!(rows.len(), 2);
    let err = sync_folder_list(&mut session, &store, ACCOUNT)
        .await
        .expect_err("a list without INBOX is refused");
    assert_eq!(err.kind(), posta_core::ErrorKind::Protocol);
    let kept = with_store(&store, |s| Ok(s.folders(ACCOUNT)?)).expect("folders");
    assert_eq!(kept.len(), 2);
}

#[tokio::test]
async fn the_messages_of_a_well_behaved_server_still_sync_whole() {
    // The baseline the hostile cases compare with: bodies too.
    let server = imap_server(|_, _| None);
    let (_dir, store) = device();
    let mut session = login(&server, Duration::from_secs(10)).await;
    let options = SyncOptions {
        download_bodies: true,
        ..SyncOptions::default()
    };
    posta_testkit::accounts::sync_over(&mut session, &store, ACCOUNT, &options).await;
    assert_eq!(inbox(&store), the_three());
    let bodies = with_store(&store, |s| {
        let id = s.folder_id(ACCOUNT, "INBOX")?.expect("INBOX");
        Ok(s.messages(id, 10, 0, Sort::DateAsc)?
            .iter()
            .filter(|m| m.has_body)
            .count())
    })
    .expect("store");
    assert_eq!(bodies, messages().len());
}

#[tokio::test]
async fn a_refused_flag_fetch_on_resync_removes_nothing_from_the_store() {
    let (_dir, store) = device();
    let good = imap_server(|_, _| None);
    sync(&good, &store, Duration::from_secs(10))
        .await
        .expect("first sync");
    assert_eq!(inbox(&store), the_three());
    // Next time the server refuses the flag FETCH (upstream async-imap
    // read a NO as "no messages", and the sync removed all three). Its
    // UIDNEXT moved, so the folder is resynced.
    let refusing = imap_server(|tag, command| {
        if command.starts_with("STATUS") {
            return Some(Reply::from(format!(
                "* STATUS INBOX (MESSAGES 3 UIDNEXT 5 UIDVALIDITY 7)\r\n{tag} OK done\r\n"
            )));
        }
        (command.starts_with("UID FETCH 1:*") || command.starts_with("UID SEARCH"))
            .then(|| Reply::from(format!("{tag} NO [UNAVAILABLE] try again later\r\n")))
    });
    let err = sync(&refusing, &store, Duration::from_secs(10))
        .await
        .expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::Protocol, "{err}");
    assert_eq!(inbox(&store), the_three());
}
