//! The sharing dialog driven through `iced_test`'s simulator on a real
//! Dovecot: alice shares "Projekty" with bob read-only; bob sees the folder
//! under the shared folders, and his dialog shows it read-only, with the
//! write actions not allowed and why — the rights are kept in his store,
//! where the mailbox reads them. A POP3 account is told sharing needs IMAP.

use posta_testkit as support;
use posta_testkit::english;
use posta_testkit::window::{self, runtime, settle, simulator, type_into};

use iced::widget::Id;
use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::net::Security;
use posta_core::rights::allowed_actions;
use posta_core::store::{AccountConfig, FolderRow};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::Secret;
use posta_ui::screen::share::{ids, Action, Context, Message, Share, State};
use support::accounts;
use support::dovecot::{Dovecot, User, ALICE, BOB};

fn click(rt: &tokio::runtime::Runtime, share: &mut Share, label: &str) -> Action {
    let mut last = Action::None;
    for message in window::clicked(share, label) {
        let action = share.update(message);
        last = settle(rt, share, action);
    }
    last
}

fn click_id(rt: &tokio::runtime::Runtime, share: &mut Share, target: Id) {
    for message in window::clicked_id(share, target) {
        let action = share.update(message);
        settle(rt, share, action);
    }
}

fn account(dovecot: &Dovecot, user: &User) -> AccountConfig {
    accounts::imap(dovecot, user)
}

/// A device of `user`: its store, synced.
fn device(
    rt: &tokio::runtime::Runtime,
    dovecot: &Dovecot,
    user: &User,
) -> (tempfile::TempDir, SharedStore, Context) {
    let (dir, store) = posta_testkit::stores::shared_store();
    let account = account(dovecot, user);
    with_store(&store, |s| Ok(s.ensure_account(1, user.name)?)).expect("account");
    rt.block_on(async {
        posta_testkit::accounts::sync(&account, user, &store).await;
    });
    // The dialog's server work goes through the account's worker.
    let worker = {
        let _inside = rt.enter();
        let (handle, _events) =
            posta_core::worker::spawn(account.clone(), Secret::new(user.password), store.clone());
        handle
    };
    let context = Context {
        account,
        store: store.clone(),
        worker: Some(worker),
    };
    (dir, store, context)
}

fn folder(store: &SharedStore, name: &str) -> FolderRow {
    with_store(store, |s| {
        Ok(s.folders(1)?
            .into_iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{name} not in the store")))
    })
    .expect("store")
}

#[test]
fn alice_shares_read_only_and_bob_may_only_read() {
    let _language = english();
    let rt = runtime();
    let dovecot = Dovecot::start();
    dovecot.ensure_folder(&ALICE, "Projekty");
    dovecot.deliver(
        &ALICE,
        "Projekty",
        b"From: alice@example.org\r\nSubject: Plan\r\nMessage-ID: <p@x>\r\n\r\nPlan\r\n",
    );

    // Alice opens "Share this folder…" on Projekty.
    let (_alice_dir, alice_store, alice) = device(&rt, &dovecot, &ALICE);
    let (mut share, action) = Share::new(alice, folder(&alice_store, "Projekty"));
    assert_eq!(share.state(), &State::Loading);
    settle(&rt, &mut share, action);
    {
        let mut ui = simulator(&share);
        ui.find("Share “Projekty”").expect("title");
        ui.find("People with access").expect("list");
        ui.find("Nobody else has access to this folder.")
            .expect("nobody yet");
        ui.find("alice (owner)").expect("owner");
    }
    type_into(&mut share, ids::PERSON, "bob");
    // Full control first, then back to read only: the radios answer.
    click_id(&rt, &mut share, ids::CHOICES[2].clone());
    assert_eq!(share.chosen_rights(), "lrswipkxtea");
    click_id(&rt, &mut share, ids::CHOICES[0].clone());
    assert_eq!(share.chosen_rights(), "lr");
    click(&rt, &mut share, "Share");
    {
        let mut ui = simulator(&share);
        ui.find("bob now has access.").expect("confirmed");
        ui.find("bob").expect("listed");
        ui.find("Read only").expect("with the preset's name");
    }
    let acl = rt.block_on(async {
        let endpoint = account(&dovecot, &ALICE).endpoint().expect("endpoint");
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        session.get_acl("Projekty").await.expect("GETACL")
    });
    assert!(
        acl.iter()
            .any(|e| e.identifier == "bob" && e.rights == "lr"),
        "{acl:?}"
    );

    // Bob syncs: the folder is among his shared folders.
    let (_bob_dir, bob_store, bob) = device(&rt, &dovecot, &BOB);
    let shared = folder(&bob_store, "shared/alice/Projekty");
    assert!(shared.shared);
    let (mut share, action) = Share::new(bob, shared.clone());
    settle(&rt, &mut share, action);
    match share.state() {
        State::Loaded(access) => {
            assert_eq!(access.my_rights, "lr");
            assert_eq!(access.acl, None, "bob may not see who else has access");
        }
        other => panic!("not loaded: {other:?}"),
    }
    {
        let mut ui = simulator(&share);
        ui.find("This folder belongs to someone else, who shared it with you.")
            .expect("explained");
        ui.find("This folder is read-only for you: you can read its messages but not change them.")
            .expect("read-only");
        ui.find("✓ Read messages").expect("may read");
        ui.find(
            "✗ Delete messages: not allowed, because the owner has not given you the “t” right.",
        )
        .expect("may not delete, with why");
        ui.find("✗ Move, copy or save messages into this folder: not allowed, because the owner has not given you the “i” right.")
            .expect("may not insert, with why");
        ui.find("Only someone with the right to share (“a”) can see and change who has access.")
            .expect("no sharing for bob");
        assert!(ui.find("Share").is_err(), "no Share button for bob");
    }
    // The rights are in bob's store, where the mailbox enforces them.
    let stored = folder(&bob_store, "shared/alice/Projekty").my_rights;
    assert_eq!(stored.as_deref(), Some("lr"));
    let allowed = allowed_actions(stored.as_deref().unwrap_or_default());
    assert!(allowed.read && allowed.is_read_only());
    assert!(!allowed.delete && !allowed.insert && !allowed.write_flags);

    // And the server agrees: bob's delete does not take (RFC 4314 lets a
    // server ignore flags one may not set, so the message just stays).
    let _ = rt.block_on(async {
        let endpoint = account(&dovecot, &BOB).endpoint().expect("endpoint");
        let mut session = ImapSession::connect(&endpoint, BOB.name, &Secret::new(BOB.password))
            .await
            .expect("login");
        session.select("shared/alice/Projekty").await.expect("open");
        session.delete_messages(&[1]).await
    });
    assert_eq!(dovecot.message_count(&ALICE, "Projekty"), 1);
}

#[test]
fn a_pop3_account_is_told_sharing_needs_imap() {
    let _language = english();
    let (_dir, store) = posta_testkit::stores::shared_store();
    let mut config = AccountConfig {
        protocol: Protocol::Pop3,
        ..account_stub()
    };
    config.id = 7;
    let context = Context {
        account: config,
        store,
        worker: None,
    };
    let folder = FolderRow::local(7, "Projekty", None);
    let (mut share, action) = Share::new(context, folder);
    assert!(matches!(action, Action::None));
    assert_eq!(share.state(), &State::Pop3);
    let messages: Vec<Message> = {
        let mut ui = simulator(&share);
        ui.find("Sharing folders needs IMAP. This account uses POP3, which only downloads the messages in the inbox; its other folders exist only on this computer. If your provider offers IMAP, set the account up again with IMAP to share folders and to see the folders others share with you.")
            .expect("explained");
        ui.click("Set up this account with IMAP").expect("offered");
        ui.into_messages().collect()
    };
    let actions: Vec<Action> = messages.into_iter().map(|m| share.update(m)).collect();
    assert!(matches!(actions[..], [Action::SetUpImap { account: 7 }]));
}

/// Without a running worker the dialog does not connect on its own: it
/// says the account is not connected (every network action goes through
/// the account's worker).
#[test]
fn without_a_worker_the_dialog_says_it_is_not_connected() {
    let _language = english();
    let rt = runtime();
    let (_dir, store) = posta_testkit::stores::shared_store();
    let context = Context {
        account: account_stub(),
        store,
        worker: None,
    };
    let (mut share, action) = Share::new(context, FolderRow::local(1, "Projekty", None));
    let _ = settle(&rt, &mut share, action);
    let State::Failed(problem) = share.state() else {
        panic!(
            "expected the not-connected sentence, got {:?}",
            share.state()
        );
    };
    assert!(problem.starts_with("Posta is not connected to this account’s server right now"));
    let mut ui = simulator(&share);
    ui.find(problem.as_str()).expect("shown in the dialog");
}

fn account_stub() -> AccountConfig {
    AccountConfig {
        id: 1,
        name: "Pop".into(),
        email: "pop@example.org".into(),
        display_name: String::new(),
        protocol: Protocol::Imap,
        host: "localhost".into(),
        port: 995,
        security: Security::Tls,
        user: "pop".into(),
        ..posta_testkit::accounts::base()
    }
}
