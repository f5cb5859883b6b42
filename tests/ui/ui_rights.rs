//! The window offers only what a shared folder's rights allow: in bob's
//! "Zespół" (lrswi: no t, no a) a selected message cannot be deleted or
//! moved out, but starred; with lr only, the folder is marked read-only in
//! the tree and nothing but reading is offered; "your rights" (the share
//! dialog) opens for it.

use posta_testkit::mailbox_fixture as fixture;

use std::sync::{Arc, Mutex};

use iced_test::Simulator;
use posta_core::store::{Config, PostaHome};
use posta_core::sync::{with_store, SharedStore};
use posta_i18n::Language;
use posta_ui::screen::mailbox::{Action, Mailbox, Message, Pointer};
use posta_ui::widget::folder_tree::Event as FolderEvent;
use posta_ui::widget::message_list::Event as ListEvent;
use posta_ui::{theme, WINDOW_SIZE};

/// What clicking `label` sends (nothing for a disabled button).
fn clicked(mailbox: &Mailbox, label: &str) -> Vec<Message> {
    let mut ui = Simulator::with_size(theme::settings(), WINDOW_SIZE, mailbox.view());
    let _ = ui.click(label);
    ui.into_messages().collect()
}

fn sees(mailbox: &Mailbox, text: &str) -> bool {
    Simulator::with_size(theme::settings(), WINDOW_SIZE, mailbox.view())
        .find(text)
        .is_ok()
}

fn team(store: &SharedStore) -> i64 {
    with_store(store, |s| Ok(s.folder_id(1, "shared/bob/Zespół")?))
        .expect("db")
        .expect("Zespół")
}

#[test]
fn actions_follow_the_folders_rights() {
    let _language = posta_testkit::language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(Mutex::new(fixture::fill(dir.path())));
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let mut mailbox = Mailbox::new(store.clone(), config.accounts.clone());
    let folder = team(&store);
    let _ = mailbox.update(Message::Folders(FolderEvent::Folder(folder)));
    // A click: the press, then the button let go (no drag).
    let _ = mailbox.update(Message::List(ListEvent::Pressed(0)));
    let _ = mailbox.update(Message::Pointer(Pointer::Released));
    assert_eq!(mailbox.selection().len(), 1);
    assert!(clicked(&mailbox, "Delete").is_empty(), "no t: no delete");
    assert!(!clicked(&mailbox, "★").is_empty(), "w: star offered");
    assert!(!sees(&mailbox, "Zespół (read only)"));
    assert!(matches!(
        mailbox.update(Message::ShareFolder),
        Action::Share { folder_id } if folder_id == folder
    ));

    // Read-only now (as the next sync would store it).
    with_store(&store, |s| Ok(s.set_folder_rights(folder, Some("lr"))?)).expect("db");
    let mut mailbox = Mailbox::new(store.clone(), config.accounts);
    let _ = mailbox.update(Message::Folders(FolderEvent::Folder(folder)));
    let _ = mailbox.update(Message::List(ListEvent::Pressed(0)));
    let _ = mailbox.update(Message::Pointer(Pointer::Released));
    assert!(sees(&mailbox, "Zespół (read only)"));
    assert!(clicked(&mailbox, "★").is_empty());
    assert!(clicked(&mailbox, "Delete").is_empty());
}
