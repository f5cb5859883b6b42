//! The quick filters above the message list (issue 28, item 7): only the
//! unread, only the starred messages, or both; by a click on the box or
//! with the keys `u` and `*`, narrowed by the store, with the tag filter.

use iced::keyboard::Modifiers;
use posta_core::message::Flag;
use posta_core::store::MessageRow;
use posta_i18n::{t, Language};
use posta_testkit::language;
use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::{char_key, click, look_at, press, sees};
use posta_ui::screen::mailbox::{FilterChoice, Mailbox, Message};

fn rows(mailbox: &Mailbox) -> Vec<MessageRow> {
    (0..mailbox.total())
        .filter_map(|i| mailbox.row(i).cloned())
        .collect()
}

fn starred(row: &MessageRow) -> bool {
    row.flags.contains(&Flag::Flagged)
}

#[test]
fn unread_and_starred_narrow_the_list_by_click_and_by_key() {
    let _language = language(Language::English);
    let (_dir, _store, mut mailbox) = fixture::demo();
    let every = rows(&mailbox);
    assert_eq!(every.len(), 20);
    let unread = every.iter().filter(|r| r.is_unread()).count();
    let star = every.iter().filter(|r| starred(r)).count();
    let both = every.iter().filter(|r| r.is_unread() && starred(r)).count();
    assert!(0 < both && both < unread && unread < 20, "{both} {unread}");
    assert!(both < star && star < 20, "{both} {star}");

    click(&mut mailbox, "Unread");
    assert_eq!(mailbox.total(), unread);
    assert!(rows(&mailbox).iter().all(MessageRow::is_unread));

    // `*` adds "starred": both at once.
    press(&mut mailbox, char_key("*"), Modifiers::SHIFT);
    assert_eq!(mailbox.total(), both);
    assert!(rows(&mailbox).iter().all(|r| r.is_unread() && starred(r)));

    // `u` again: only starred.
    press(&mut mailbox, char_key("u"), Modifiers::empty());
    assert_eq!(mailbox.total(), star);
    assert!(rows(&mailbox).iter().all(starred));

    click(&mut mailbox, "Starred");
    assert_eq!(mailbox.total(), 20);
}

#[test]
fn filters_and_a_tag_together_say_when_nothing_matches() {
    let _language = language(Language::Polish);
    let (_dir, _store, mut mailbox) = fixture::demo();
    let every = rows(&mailbox);
    // The Invoice (`$label1`) messages are unread but none is starred.
    let tagged = |r: &MessageRow| r.flags.contains(&Flag::Keyword("$label1".into()));
    assert!(every.iter().any(|r| tagged(r) && r.is_unread()));
    assert!(!every.iter().any(|r| tagged(r) && starred(r)));

    let _ = mailbox.update(Message::Filter(FilterChoice::Tag {
        keyword: "$label1".into(),
        name: "Ważne".into(),
    }));
    click(&mut mailbox, &t!("list-filter-unread"));
    let shown = rows(&mailbox);
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|r| tagged(r) && r.is_unread()));

    click(&mut mailbox, &t!("list-filter-starred"));
    assert_eq!(mailbox.total(), 0);
    assert!(sees(
        &mailbox,
        "Żadna wiadomość tutaj nie pasuje do filtrów."
    ));
}

#[test]
fn the_keys_are_listed_in_the_help() {
    let _language = language(Language::Slovak);
    let (_dir, _store, mut mailbox) = fixture::demo();
    press(&mut mailbox, char_key("?"), Modifiers::SHIFT);
    assert!(sees(&mailbox, "Iba neprečítané správy (znova: všetky)"));
    assert!(sees(&mailbox, "Iba správy s hviezdičkou (znova: všetky)"));
}

#[test]
fn the_filters_read_in_each_language() {
    for (chosen, unread) in [
        (Language::Polish, "Nieprzeczytane"),
        (Language::Slovak, "Neprečítané"),
        (Language::Bulgarian, "Непрочетени"),
    ] {
        let _language = language(chosen);
        let (_dir, _store, mut mailbox) = fixture::demo();
        click(&mut mailbox, unread);
        assert!(rows(&mailbox).iter().all(MessageRow::is_unread));
        // POSTA_SNAPSHOT_DIR=DIR keeps the picture, to be looked at.
        look_at(&mailbox, &format!("quick-filters-{}", chosen.code()));
    }
}

#[test]
fn with_attachments_narrows_to_the_invoice_by_click_and_by_key() {
    let _language = language(Language::Polish);
    let (_dir, store, mut mailbox) = fixture::demo();
    let every = rows(&mailbox);
    // The fixture's invoice carries a PDF: its body was read, so the store knows.
    let attached: Vec<i64> = every
        .iter()
        .filter(|r| r.has_attachments)
        .map(|r| r.id)
        .collect();
    assert_eq!(attached.len(), 1);
    let invoice = store.lock().unwrap().message(attached[0]).unwrap().unwrap();
    assert!(invoice.subject.starts_with("Faktura 11/2026"));

    click(&mut mailbox, "Z załącznikami");
    assert_eq!(mailbox.total(), 1);
    assert_eq!(rows(&mailbox)[0].id, invoice.id);

    press(&mut mailbox, char_key("p"), Modifiers::empty());
    assert_eq!(mailbox.total(), every.len());

    // With "unread" too: the invoice is unread, so it stays.
    press(&mut mailbox, char_key("p"), Modifiers::empty());
    click(&mut mailbox, &t!("list-filter-unread"));
    assert_eq!(
        rows(&mailbox).iter().map(|r| r.id).collect::<Vec<_>>(),
        [invoice.id]
    );

    press(&mut mailbox, char_key("?"), Modifiers::SHIFT);
    assert!(sees(
        &mailbox,
        "Tylko wiadomości z załącznikami (ponownie: wszystkie)"
    ));
}
