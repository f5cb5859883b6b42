//! The tag manager from the tag menu, on the demo mailbox with no worker
//! (what it does is queued for the server): rename keeps the keyword,
//! reorder, delete asks first and then takes the tag off every message.

use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::{click, sees};

use std::sync::{Arc, Mutex};

use posta_core::store::{Config, Op, PostaHome};
use posta_core::sync::{with_store, SharedStore};
use posta_i18n::Language;
use posta_ui::screen::mailbox::{Mailbox, Message, TagChoice};

fn tag_order(store: &SharedStore) -> Vec<(String, String)> {
    with_store(store, |s| Ok(s.tags(1)?))
        .expect("store")
        .into_iter()
        .map(|t| (t.keyword, t.name))
        .collect()
}

#[test]
fn rename_reorder_and_delete_from_the_tag_menu() {
    let _language = posta_testkit::language(Language::English);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Arc::new(Mutex::new(fixture::fill(dir.path())));
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let mut mailbox =
        Mailbox::new(store.clone(), config.accounts).with_home(PostaHome::at(dir.path()));
    let _ = mailbox.update(Message::Tag(TagChoice::Manage));
    assert!(sees(&mailbox, "Tags") && sees(&mailbox, "Done"));

    // Rename "Important" ($label1): typed, then saved by Done.
    let _ = mailbox.update(Message::TagManager(
        posta_ui::screen::mailbox::TagManagerMessage::Name("$label1".into(), "Pilne".into()),
    ));
    click(&mut mailbox, "Done");
    assert!(!sees(&mailbox, "Done"), "closed");
    assert_eq!(tag_order(&store)[0], ("$label1".into(), "Pilne".into()));

    // Down one place, then delete "Work" ($label2) after the question.
    let _ = mailbox.update(Message::Tag(TagChoice::Manage));
    let _ = mailbox.update(Message::TagManager(
        posta_ui::screen::mailbox::TagManagerMessage::Down("$label1".into()),
    ));
    assert_eq!(tag_order(&store)[1].0, "$label1");
    let _ = mailbox.update(Message::TagManager(
        posta_ui::screen::mailbox::TagManagerMessage::Delete("$label2".into()),
    ));
    assert!(sees(
        &mailbox,
        "Delete “Work” and take it off every message?"
    ));
    let tagged = with_store(&store, |s| Ok(s.tagged_messages(1, "$label2")?.len())).expect("db");
    assert!(tagged > 0);
    let _ = mailbox.update(Message::TagManager(
        posta_ui::screen::mailbox::TagManagerMessage::ConfirmDelete,
    ));
    assert!(tag_order(&store).iter().all(|(k, _)| k != "$label2"));
    let left = with_store(&store, |s| Ok(s.tagged_messages(1, "$label2")?.len())).expect("db");
    assert_eq!(left, 0);
    let ops = with_store(&store, |s| Ok(s.pending_ops(1)?)).expect("queue");
    assert!(ops
        .iter()
        .any(|(_, op)| matches!(op, Op::StoreFlags { .. })));
    assert!(ops.iter().any(
        |(_, op)| matches!(op, Op::SetMetadata { value: Some(v), .. } if !v.contains("$label2"))
    ));
}
