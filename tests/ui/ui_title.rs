//! The window title counts the unread mail of the inboxes ("Posta (5)"),
//! and follows as mail is read.

use posta_testkit::mailbox_fixture as fixture;

use std::sync::{Arc, Mutex};

use posta_core::imap::SpecialUse;
use posta_core::store::{Config, PostaHome, Sort};
use posta_core::sync::{with_store, SharedStore};
use posta_i18n::t;
use posta_i18n::Language;
use posta_ui::screen::mailbox::Mailbox;

fn inbox_unread(store: &SharedStore) -> u64 {
    with_store(store, |s| {
        let mut unread = 0;
        for account in [1, 2, 3] {
            for folder in s.folders(account)? {
                if folder.role == Some(SpecialUse::Inbox) && !folder.shared {
                    unread += s.message_count(folder.id)?.1;
                }
            }
        }
        Ok(unread)
    })
    .expect("store")
}

#[test]
fn the_title_counts_unread_inbox_mail() {
    let _language = posta_testkit::language(Language::Polish);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(Mutex::new(fixture::fill(dir.path())));
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let mailbox = Mailbox::new(store.clone(), config.accounts.clone());
    let expected = inbox_unread(&store);
    assert!(expected > 0, "the demo has unread mail in INBOX");
    assert_eq!(mailbox.inbox_unread(), expected);
    assert_eq!(
        t!("mailbox-window-title", count = expected),
        format!("Posta ({expected})")
    );

    // Everything read (on another device, say): no count, after a reload.
    with_store(&store, |s| {
        for folder in s.folders(1)? {
            for m in s.messages(folder.id, 10_000, 0, Sort::DateDesc)? {
                if let Some(uid) = m.uid {
                    let mut flags = m.flags.clone();
                    flags.push(posta_core::message::Flag::Seen);
                    s.set_flags(folder.id, uid, &flags)?;
                }
            }
        }
        Ok(())
    })
    .expect("store");
    let mailbox = Mailbox::new(store.clone(), config.accounts);
    assert!(mailbox.inbox_unread() < expected);
    assert_eq!(mailbox.inbox_unread(), inbox_unread(&store));
}
