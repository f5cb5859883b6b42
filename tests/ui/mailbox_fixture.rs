//! The mailbox fixture (posta_testkit::mailbox_fixture) fills a store, and
//! on purpose a home for screenshots and benchmarks.

use std::path::Path;

use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::store::{Config, PostaHome, Store};
use posta_testkit::mailbox_fixture::*;

#[test]
#[ignore = "fills the directory named by POSTA_FIXTURE_HOME; run on purpose"]
fn fill_posta_home() {
    let Some(home) = std::env::var_os("POSTA_FIXTURE_HOME") else {
        panic!("set POSTA_FIXTURE_HOME to the directory to fill");
    };
    let home = Path::new(&home);
    if home.join("posta.sqlite3").exists() {
        panic!(
            "{} already holds a Posta store; give an empty directory",
            home.display()
        );
    }
    // POSTA_FIXTURE_BIG=N: one account whose inbox holds N messages, for
    // timing the real window's start (see benches/ui_open.rs).
    match std::env::var("POSTA_FIXTURE_BIG")
        .ok()
        .and_then(|c| c.parse().ok())
    {
        Some(count) => {
            let posta_home = PostaHome::at(home);
            let config = Config {
                language: None,
                accounts: vec![account(WORK, "Praca", "alicja@example.pl", Protocol::Imap)],
                notifications: true,
                ..Config::default()
            };
            config.save(&posta_home).expect("config");
            let store = Store::open(&posta_home).expect("store");
            store.ensure_account(WORK, "Praca").expect("account");
            big_folder(&store, WORK, "INBOX", Some(SpecialUse::Inbox), count);
        }
        None => drop(fill(home)),
    }
}

#[test]
fn the_fixture_fills_a_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = fill(dir.path());
    let folders = store.folders(WORK).expect("folders");
    assert!(folders
        .iter()
        .any(|f| f.shared && f.name == "shared/bob/Zespół" && f.unread == 5));
    let inbox = store.folder_id(WORK, "INBOX").expect("db").expect("inbox");
    assert_eq!(store.message_count(inbox).expect("count"), (20, 4));
    let local = store.folders(HOME).expect("folders");
    assert_eq!(local.iter().filter(|f| f.local).count(), 2);
}
