//! Bars and notices are worded when shown: one made in Polish reads
//! English after the language is switched (the Outbox's queued notice too),
//! and an account's problem goes once the account works again instead of
//! staying stale after a success.

use posta_testkit::language;
use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::sees;

use std::sync::{Arc, Mutex};

use posta_core::account::Protocol;
use posta_core::store::{PostaHome, Store};
use posta_core::sync::SyncSummary;
use posta_core::worker::Event;
use posta_core::Error;
use posta_i18n::Language;
use posta_ui::said::{Kept, Said};
use posta_ui::screen::mailbox::{FromWorker, Mailbox, Message};

const ACCOUNT: i64 = 2;

fn mailbox() -> (tempfile::TempDir, Mailbox) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(ACCOUNT, "Dom").expect("account");
    let store = Arc::new(Mutex::new(store));
    let account = fixture::account(ACCOUNT, "Dom", "jan@example.pl", Protocol::Imap);
    (dir, Mailbox::new(store, vec![account]))
}

fn refused() -> Error {
    Error::ConnectionRefused {
        host: "smtp.example.pl".into(),
        port: 465,
    }
}

#[test]
fn a_problem_made_in_polish_reads_english_and_goes_when_the_account_works() {
    let _language = language(Language::Polish);
    let (_dir, mut mailbox) = mailbox();
    let _ = mailbox.update(Message::Worker(FromWorker::event(
        ACCOUNT,
        Event::Failed(refused()),
    )));
    let polish = mailbox.notice().expect("a bar in Polish");
    assert!(polish.contains("465"), "{polish}");
    assert!(sees(&mailbox, &polish));

    posta_i18n::set_language(Language::English);
    let english = mailbox.notice().expect("the same bar");
    assert_ne!(polish, english);
    assert!(
        english.contains("refused the connection on port 465"),
        "{english}"
    );
    assert!(sees(&mailbox, &english));
    assert!(!sees(&mailbox, &polish));

    // The account checks mail again: the bar is stale and goes.
    let _ = mailbox.update(Message::Worker(FromWorker::event(
        ACCOUNT,
        Event::SyncDone(SyncSummary::default()),
    )));
    assert_eq!(mailbox.notice(), None);
    assert!(!sees(&mailbox, &english));
}

#[test]
fn the_queued_notice_follows_the_language_and_a_sent_message_replaces_the_problem() {
    let _language = language(Language::Polish);
    let (_dir, mut mailbox) = mailbox();
    let _ = mailbox.update(Message::Worker(FromWorker::event(
        ACCOUNT,
        Event::Failed(refused()),
    )));
    mailbox.compose_closed(Some(Said::Queued {
        reason: Kept(refused()),
        host: "smtp.example.pl".into(),
        minutes: 5,
    }));
    let polish = mailbox.notice().expect("queued, in Polish");
    assert!(polish.contains("Jeszcze nie wysłano"), "{polish}");
    posta_i18n::set_language(Language::English);
    let english = mailbox.notice().expect("queued, in English");
    assert!(english.contains("does not answer on port 465"), "{english}");
    assert!(sees(&mailbox, &english));

    // A message sent afterwards says so; nothing of the refusal is left.
    mailbox.compose_closed(Some(Said::Sent));
    assert_eq!(mailbox.notice().as_deref(), Some("The message was sent."));
    assert!(!sees(&mailbox, &english));
}
