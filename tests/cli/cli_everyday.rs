//! `posta archive`, `junk`, `not-junk`, `mark-read` and `empty-trash`
//! against the real Dovecot: each changes the local store at once and, after
//! `posta sync`, a second IMAP session sees the result on the server.

use posta_testkit as support;
use posta_testkit::cli::{self, ok, text};

use std::path::Path;
use std::process::Output;

use posta_core::imap::ImapSession;
use posta_core::message::{Flag, RemoteId};
use posta_core::store::{AccountConfig, Config, PostaHome};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

fn posta(home: &Path, args: &[&str], stdin: &str) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, stdin)
}

fn sync(home: &Path) {
    ok(&posta(home, &["sync", "--password-stdin"], ALICE.password));
}

/// A home with Alice's IMAP account "Alice", synced once.
fn synced_home(dovecot: &Dovecot) -> (tempfile::TempDir, AccountConfig) {
    let home = tempfile::tempdir().expect("home");
    let account = AccountConfig {
        name: "Alice".into(),
        ..accounts::imap(dovecot, &ALICE)
    };
    posta_testkit::accounts::save(&PostaHome::at(home.path()), vec![account.clone()]);
    sync(home.path());
    (home, account)
}

fn message(n: u32, subject: &str) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
         Message-ID: <everyday-{n}@example.pl>\r\nDate: Mon, {n:02} Nov 2026 10:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nTreść {n}\r\n"
    )
    .into_bytes()
}

/// Subjects and flags of a folder's messages, as a second IMAP session
/// sees them.
fn on_server(account: &AccountConfig, folder: &str) -> Vec<(String, Vec<Flag>)> {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let endpoint = account.endpoint().expect("endpoint");
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        session.select(folder).await.expect("select");
        let mut found: Vec<(u32, String, Vec<Flag>)> = session
            .fetch_envelopes("1:*")
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|e| match e.id {
                RemoteId::Uid(uid) => (uid, e.headers.subject, e.flags),
                RemoteId::Uidl(_) => panic!("IMAP gives UIDs"),
            })
            .collect();
        found.sort_by_key(|(uid, ..)| *uid);
        found.into_iter().map(|(_, s, f)| (s, f)).collect()
    })
}

fn subjects(list: &[(String, Vec<Flag>)]) -> Vec<&str> {
    let mut names: Vec<&str> = list.iter().map(|(s, _)| s.as_str()).collect();
    names.sort_unstable();
    names
}

#[test]
fn everyday_verbs_reach_the_server() {
    let dovecot = Dovecot::start();
    for (n, subject) in [
        (1, "Jeden"),
        (2, "Dwa"),
        (3, "Trzy"),
        (4, "Cztery"),
        (5, "Pięć"),
    ] {
        dovecot.deliver(&ALICE, "INBOX", &message(n, subject));
    }
    dovecot.deliver(&ALICE, "Trash", &message(6, "Stary"));
    dovecot.deliver(&ALICE, "Trash", &message(7, "Starszy"));
    let (home, account) = synced_home(&dovecot);
    let home = home.path();
    // Newest first: 1 = Pięć, 2 = Cztery, 3 = Trzy, 4 = Dwa, 5 = Jeden.
    let listed = ok(&posta(home, &["messages", "INBOX"], ""));
    assert!(
        listed.lines().next().is_some_and(|l| l.contains("Pięć")),
        "{listed}"
    );

    let said = ok(&posta(home, &["archive", "INBOX", "1", "3"], ""));
    assert_eq!(said.trim(), "2 messages moved to Archive.");
    let listed = ok(&posta(home, &["messages", "Archive"], ""));
    assert_eq!(listed.lines().count(), 2, "shown at once: {listed}");
    sync(home);
    assert_eq!(subjects(&on_server(&account, "Archive")), ["Pięć", "Trzy"]);
    assert_eq!(
        subjects(&on_server(&account, "INBOX")),
        ["Cztery", "Dwa", "Jeden"]
    );

    // Now 1 = Cztery, 2 = Dwa, 3 = Jeden.
    let said = ok(&posta(home, &["junk", "INBOX", "2"], ""));
    assert_eq!(said.trim(), "1 message moved to Junk.");
    sync(home);
    let junk = on_server(&account, "Junk");
    assert_eq!(subjects(&junk), ["Dwa"]);
    assert!(
        junk[0].1.contains(&Flag::Keyword("$Junk".into())),
        "{junk:?}"
    );

    let said = ok(&posta(home, &["not-junk", "Junk", "1"], ""));
    assert_eq!(said.trim(), "1 message moved back to the Inbox.");
    sync(home);
    assert!(on_server(&account, "Junk").is_empty());
    let inbox = on_server(&account, "INBOX");
    let back = inbox
        .iter()
        .find(|(s, _)| s == "Dwa")
        .expect("back in INBOX");
    assert!(
        back.1.contains(&Flag::Keyword("$NotJunk".into())),
        "{back:?}"
    );
    assert!(!back.1.contains(&Flag::Keyword("$Junk".into())), "{back:?}");

    assert!(inbox.iter().any(|(_, f)| !f.contains(&Flag::Seen)));
    let said = ok(&posta(home, &["mark-read", "INBOX", "--all"], ""));
    assert_eq!(said.trim(), "3 messages marked as read.");
    sync(home);
    let inbox = on_server(&account, "INBOX");
    assert_eq!(inbox.len(), 3);
    assert!(
        inbox.iter().all(|(_, f)| f.contains(&Flag::Seen)),
        "{inbox:?}"
    );

    // Empty Trash asks first, naming the count, and deletes nothing.
    let asked = posta(home, &["empty-trash"], "");
    let (stdout, stderr) = text(&asked);
    assert_eq!(asked.status.code(), Some(2), "{stdout}{stderr}");
    assert!(
        stderr.contains("holds 2 messages") && stderr.contains("--yes"),
        "{stderr}"
    );
    sync(home);
    assert_eq!(on_server(&account, "Trash").len(), 2);
    let said = ok(&posta(home, &["empty-trash", "--yes"], ""));
    assert_eq!(
        said.trim(),
        "Alice: 2 messages deleted from Trash for good."
    );
    sync(home);
    assert!(on_server(&account, "Trash").is_empty());

    // A position that does not exist: a sentence, exit 1, nothing done.
    let missing = posta(home, &["archive", "INBOX", "9"], "");
    let (_, stderr) = text(&missing);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr.contains("There is no message 9 in INBOX"),
        "{stderr}"
    );
}

/// Deleted while offline (moved to Trash here, the move still queued),
/// then Trash emptied: once replayed, the message is gone from the server
/// too, found in Trash by its Message-ID.
#[test]
fn emptying_trash_catches_what_was_deleted_offline() {
    use posta_core::store::{Sort, Store};
    use posta_core::sync::{actions, everyday};

    let dovecot = Dovecot::start();
    dovecot.deliver(&ALICE, "INBOX", &message(1, "Do kosza"));
    dovecot.deliver(&ALICE, "INBOX", &message(2, "Zostaje"));
    let (home, account) = synced_home(&dovecot);
    let home = home.path();
    {
        let store = Store::open(&PostaHome::at(home)).expect("store");
        let inbox = store
            .folder_id(account.id, "INBOX")
            .expect("db")
            .expect("inbox");
        let trash = store
            .folder_id(account.id, "Trash")
            .expect("db")
            .expect("trash");
        let doomed = store
            .messages(inbox, 10, 0, Sort::DateDesc)
            .expect("rows")
            .into_iter()
            .find(|r| r.subject == "Do kosza")
            .expect("row");
        actions::move_message(&store, doomed.id, trash).expect("moved");
        assert_eq!(
            everyday::empty_trash(&store, account.id).expect("emptied"),
            1
        );
    }
    sync(home);
    assert!(on_server(&account, "Trash").is_empty());
    assert_eq!(subjects(&on_server(&account, "INBOX")), ["Zostaje"]);
}

/// `posta messages FOLDER --conversations`: one line per conversation, the
/// reply in Sent counted, as the window groups it.
#[test]
fn messages_can_be_listed_by_conversation() {
    let dovecot = Dovecot::start();
    let threaded = |id: &str, refs: &str, subject: &str, day: u32| {
        let refs = if refs.is_empty() {
            String::new()
        } else {
            format!("References: {refs}\r\n")
        };
        format!(
            "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
             Message-ID: <{id}>\r\n{refs}Date: Mon, {day:02} Nov 2026 10:00:00 +0100\r\n\r\nx\r\n"
        )
        .into_bytes()
    };
    dovecot.deliver(&ALICE, "INBOX", &threaded("w1@x", "", "Wycieczka", 1));
    dovecot.deliver(
        &ALICE,
        "Sent",
        &threaded("w2@x", "<w1@x>", "Re: Wycieczka", 2),
    );
    dovecot.deliver(
        &ALICE,
        "INBOX",
        &threaded("w3@x", "<w1@x> <w2@x>", "Re: Wycieczka", 3),
    );
    dovecot.deliver(&ALICE, "INBOX", &threaded("o1@x", "", "Osobno", 4));
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    Config {
        accounts: vec![AccountConfig {
            name: "Alice".into(),
            ..accounts::imap(&dovecot, &ALICE)
        }],
        ..Config::default()
    }
    .save(&PostaHome::at(home))
    .expect("config");
    sync(home);
    let listed = ok(&posta(home, &["messages", "INBOX", "--conversations"], ""));
    let lines: Vec<Vec<&str>> = listed.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{listed}");
    assert_eq!(lines[0][2], "Osobno");
    assert_eq!(&lines[0][5..], ["1", "1"]);
    assert_eq!(lines[1][2], "Re: Wycieczka");
    assert_eq!(&lines[1][5..], ["3", "3"], "the reply in Sent counts");
}
