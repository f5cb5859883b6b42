//! The everyday actions and the keyboard in the window (iced_test on the
//! demo mailbox, no server): Archive (button and `a`), Junk, Mark all as
//! read, Empty Trash after a confirmation naming the count, j/k, r /
//! Shift+R / f, Ctrl+N, Enter on a draft, and the `?` help overlay. What
//! reaches the server is checked against Dovecot in tests/cli/cli_everyday.rs
//! (same core) and tests/core/compose_drafts.rs.

use posta_testkit::language;
use posta_testkit::mailbox_fixture as fixture;
use posta_testkit::window::{char_key as ch, click, look_at, press, sees};

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use posta_core::message::Flag;
use posta_core::store::{Config, Op, PostaHome, Sort};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_i18n::Language;
use posta_ui::screen::mailbox::{Action, Compose, EverydayRequest, Mailbox, Message};

fn demo() -> (tempfile::TempDir, SharedStore, Mailbox) {
    fixture::demo()
}

fn count(store: &SharedStore, folder: &str) -> (u64, u64) {
    with_store(store, |s| {
        let id = s.folder_id(fixture::WORK, folder)?.expect("folder");
        Ok(s.message_count(id)?)
    })
    .expect("count")
}

fn queued(store: &SharedStore) -> Vec<Op> {
    with_store(store, |s| Ok(s.pending_ops(fixture::WORK)?))
        .expect("queue")
        .into_iter()
        .map(|(_, op)| op)
        .collect()
}

#[test]
fn archive_junk_mark_all_read_and_empty_trash_from_the_toolbar() {
    let _language = language(Language::English);
    let (_dir, store, mut mailbox) = demo();
    assert_eq!(mailbox.total(), 20);
    let archived_before = count(&store, "Archive").0;

    // `a` archives the message at the cursor; the button the selection.
    press(
        &mut mailbox,
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    );
    press(&mut mailbox, ch("a"), Modifiers::empty());
    assert_eq!(mailbox.total(), 19);
    press(
        &mut mailbox,
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    );
    // (The icon buttons show a symbol; press them by their message.)
    let _ = mailbox.update(Message::Everyday(EverydayRequest::Archive));
    assert_eq!(mailbox.total(), 18);
    assert_eq!(count(&store, "Archive").0, archived_before + 2);
    assert!(queued(&store)
        .iter()
        .any(|op| matches!(op, Op::Move { to, .. } if to == "Archive")));

    // Junk: moved, and marked $Junk for the server and other programs.
    press(
        &mut mailbox,
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    );
    let _ = mailbox.update(Message::Everyday(EverydayRequest::Junk));
    assert_eq!(mailbox.total(), 17);
    let junk = with_store(&store, |s| {
        let id = s.folder_id(fixture::WORK, "Junk")?.expect("junk");
        Ok(s.messages(id, 10, 0, Sort::DateDesc)?)
    })
    .expect("rows");
    assert!(junk
        .iter()
        .any(|r| r.flags.contains(&Flag::Keyword("$Junk".into()))));

    // Mark all as read: the folder has no unread message left.
    assert!(count(&store, "INBOX").1 > 0);
    click(&mut mailbox, "✓");
    assert_eq!(count(&store, "INBOX").1, 0);
    assert!(queued(&store)
        .iter()
        .any(|op| matches!(op, Op::FlagMany { .. })));

    // Delete two into Trash, then empty it: the dialog names the count.
    press(
        &mut mailbox,
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    );
    press(&mut mailbox, Key::Named(Named::ArrowDown), Modifiers::SHIFT);
    press(&mut mailbox, Key::Named(Named::Delete), Modifiers::empty());
    let in_trash = count(&store, "Trash").0;
    assert!(in_trash >= 2);
    click(&mut mailbox, "Trash");
    assert!(
        sees(&mailbox, "Archive") && sees(&mailbox, "Junk"),
        "toolbar buttons"
    );
    let _ = mailbox.update(Message::Everyday(EverydayRequest::EmptyTrash));
    let question =
        format!("Delete the {in_trash} messages in Trash for good? They cannot be brought back.");
    assert!(sees(&mailbox, &question), "{question}");
    click(&mut mailbox, "Delete for good");
    assert_eq!(count(&store, "Trash").0, 0);
    assert_eq!(mailbox.total(), 0);
    assert!(queued(&store)
        .iter()
        .any(|op| matches!(op, Op::DeleteMany { .. })));
}

#[test]
fn keys_move_answer_write_and_show_their_help() {
    let _language = language(Language::Polish);
    let (_dir, _store, mut mailbox) = demo();
    press(&mut mailbox, ch("j"), Modifiers::empty());
    press(&mut mailbox, ch("j"), Modifiers::empty());
    let second = mailbox.row(1).expect("row").id;
    assert_eq!(mailbox.reader().map(|r| r.message().id), Some(second));
    press(&mut mailbox, ch("k"), Modifiers::empty());
    let first = mailbox.row(0).expect("row").id;
    assert_eq!(mailbox.reader().map(|r| r.message().id), Some(first));

    let answer = |action: Action| match action {
        Action::Compose(compose) => Some(compose),
        _ => None,
    };
    assert_eq!(
        answer(press(&mut mailbox, ch("r"), Modifiers::empty())),
        Some(Compose::Reply { message_id: first })
    );
    assert_eq!(
        answer(press(&mut mailbox, ch("R"), Modifiers::SHIFT)),
        Some(Compose::ReplyAll { message_id: first })
    );
    assert_eq!(
        answer(press(&mut mailbox, ch("f"), Modifiers::empty())),
        Some(Compose::Forward { message_id: first })
    );
    assert_eq!(
        answer(press(&mut mailbox, ch("n"), Modifiers::CTRL)),
        Some(Compose::New {
            account: fixture::WORK
        })
    );

    // ? shows every shortcut, translated; Escape hides it.
    assert!(!mailbox.help_shown());
    press(&mut mailbox, ch("?"), Modifiers::SHIFT);
    assert!(mailbox.help_shown());
    assert!(sees(&mailbox, "Skróty klawiszowe"));
    assert!(sees(&mailbox, "Odpowiedz wszystkim"));
    assert!(sees(&mailbox, "Shift+R"));
    press(&mut mailbox, Key::Named(Named::Escape), Modifiers::empty());
    assert!(!mailbox.help_shown());
    // The toolbar's ? opens it too, and its Close button hides it.
    click(&mut mailbox, "?");
    assert!(mailbox.help_shown());
    click(&mut mailbox, "Zamknij");
    assert!(!mailbox.help_shown());
}

#[test]
fn enter_on_a_draft_goes_on_writing_it() {
    let _language = language(Language::English);
    let (dir, store, mut mailbox) = demo();
    let config = Config::load(&PostaHome::at(dir.path())).expect("config");
    let work = config
        .accounts
        .iter()
        .find(|a| a.id == fixture::WORK)
        .expect("work")
        .clone();
    let draft = posta_core::compose::Draft {
        from: posta_core::message::Address {
            name: None,
            email: work.email.clone(),
        },
        subject: "Rozpísaný list".into(),
        body: "Ahoj,\n".into(),
        ..Default::default()
    };
    let built = posta_core::compose::build_draft(&draft).expect("builds");
    let filed = with_store(&store, |s| {
        posta_core::compose::file_draft(
            s,
            &PostaHome::at(dir.path()),
            &work,
            &built.raw,
            &built.message_id,
            &[],
        )
    })
    .expect("filed");
    click(&mut mailbox, "Drafts");
    let _ = mailbox.update(Message::Key(
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    ));
    let row = mailbox.reader().expect("shown").message().clone();
    assert_eq!(row.id, filed.message_id);
    match mailbox.update(Message::Key(Key::Named(Named::Enter), Modifiers::empty())) {
        Action::Compose(Compose::Draft { message_id }) => assert_eq!(message_id, row.id),
        _ => panic!("Enter on a draft opens the compose window"),
    }
}

#[test]
fn snapshots_for_a_person() {
    for lang in [Language::Polish, Language::English] {
        let _language = language(lang);
        let (_dir, _store, mut mailbox) = demo();
        press(&mut mailbox, ch("j"), Modifiers::empty());
        look_at(&mailbox, &format!("toolbar-{}", lang.code()));
        press(&mut mailbox, ch("?"), Modifiers::SHIFT);
        look_at(&mailbox, &format!("help-{}", lang.code()));
    }
}

#[test]
fn on_a_pop3_account_archive_makes_a_local_folder() {
    let _language = language(Language::English);
    let (_dir, store, mut mailbox) = demo();
    let inbox = with_store(&store, |s| Ok(s.folder_id(fixture::HOME, "INBOX")?))
        .expect("db")
        .expect("inbox");
    let _ = mailbox.update(Message::Folders(
        posta_ui::widget::folder_tree::Event::Folder(inbox),
    ));
    let total = mailbox.total();
    assert!(total >= 1);
    let _ = mailbox.update(Message::Key(
        Key::Named(Named::ArrowDown),
        Modifiers::empty(),
    ));
    let _ = mailbox.update(Message::Key(ch("a"), Modifiers::empty()));
    assert_eq!(mailbox.total(), total - 1);
    let archive = with_store(&store, |s| {
        Ok(s.folders(fixture::HOME)?
            .into_iter()
            .find(|f| f.role == Some(posta_core::imap::SpecialUse::Archive)))
    })
    .expect("db")
    .expect("an Archive folder was made");
    assert!(archive.local, "a POP3 account's folders are local");
    assert_eq!(archive.total, 1);
    let queued = with_store(&store, |s| Ok(s.pending_ops(fixture::HOME)?.len())).expect("db");
    assert_eq!(queued, 0, "nothing for a POP3 server");
}
