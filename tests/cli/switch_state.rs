//! The move to IMAP keeps state both ways (issue 33): with keep-copy
//! "keep", the server still has every message POP3 downloaded — and POP3's
//! RETR marked each of them `\Seen` there. After the move the server's
//! copies carry the state they have here: read only where read here,
//! flagged where flagged here, nothing uploaded twice.

use posta_testkit as support;
use posta_testkit::cli;

use posta_core::message::Flag;
use posta_core::store::{AccountConfig, KeepCopy, PostaHome, Sort, Store};
use posta_core::sync::actions;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

use super::switch_imap::server_copies;

const TOTAL: usize = 12;

fn message(n: usize) -> Vec<u8> {
    format!(
        "From: Ľubica <lubica@example.sk>\r\nTo: alice@example.org\r\nSubject: Správa {n}\r\n\
         Message-ID: <state-{n}@example.sk>\r\nDate: Mon, 23 Nov 2026 11:{n:02}:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nDobrý deň, správa číslo {n}.\r\n"
    )
    .into_bytes()
}

#[test]
fn flags_of_messages_the_server_kept_are_set_and_cleared_to_match() {
    let dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..TOTAL).map(message));
    let home_dir = tempfile::tempdir().expect("home");
    let home = home_dir.path();
    let pop3 = AccountConfig {
        name: "Pošta".into(),
        keep_copy: KeepCopy::Keep,
        ..accounts::pop3(&dovecot, &ALICE)
    };
    support::accounts::save(&PostaHome::at(home), vec![pop3.clone()]);
    let synced = cli::posta(
        env!("CARGO_BIN_EXE_posta"),
        home,
        &["sync", "--password-stdin"],
        ALICE.password,
    );
    cli::assert_code(&synced, 0);
    let (_, before) = server_copies(&dovecot);
    let seen_before = before["INBOX"]
        .iter()
        .filter(|f| f.contains(&Flag::Seen))
        .count();
    assert_eq!(seen_before, TOTAL, "POP3's RETR marked them all read");

    // Here only two are read and one is flagged.
    {
        let store = Store::open(&PostaHome::at(home)).expect("store");
        let inbox = store
            .folder_id(pop3.id, "INBOX")
            .expect("id")
            .expect("INBOX");
        let rows = store
            .messages(inbox, TOTAL, 0, Sort::DateAsc)
            .expect("rows");
        for (index, row) in rows.iter().enumerate() {
            let (add, remove) = match index {
                0 | 1 => (vec![Flag::Seen], vec![]),
                2 => (vec![Flag::Flagged], vec![Flag::Seen]),
                _ => (vec![], vec![Flag::Seen]),
            };
            actions::set_flags(&store, row.id, &add, &remove).expect("flags");
        }
    }

    let port = dovecot.imaps_port().to_string();
    let moved = cli::posta(
        env!("CARGO_BIN_EXE_posta"),
        home,
        &[
            "account",
            "switch-to-imap",
            "Pošta",
            "--security",
            "tls",
            "--port",
            &port,
            "--password-stdin",
        ],
        ALICE.password,
    );
    cli::assert_code(&moved, 0);
    let (ids, after) = server_copies(&dovecot);
    assert_eq!(ids.len(), TOTAL);
    assert!(ids.values().all(|n| *n == 1), "{ids:?}");
    let inbox = &after["INBOX"];
    let count = |flag: &Flag| inbox.iter().filter(|f| f.contains(flag)).count();
    assert_eq!(count(&Flag::Seen), 2, "{inbox:?}");
    assert_eq!(count(&Flag::Flagged), 1, "{inbox:?}");
}
