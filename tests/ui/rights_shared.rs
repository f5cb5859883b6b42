//! Rights in folders others share (real Dovecot, two users): alice shares
//! "Projekty" with bob read-only, then with `i` but no `t`. What bob may
//! do follows MYRIGHTS: refused actions change nothing and queue nothing,
//! the folder is marked read-only in the tree, and a change the server
//! refuses because the rights changed meanwhile is dropped with a sentence.

use posta_testkit as support;

use std::time::Duration;

use posta_core::error::Error;
use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::rights::{self, Denied};
use posta_core::store::Sort;
use posta_core::sync::imap::sync_account;
use posta_core::sync::{actions, with_store, CancelToken, SharedStore, SyncOptions};
use posta_core::Secret;
use posta_i18n::Language;
use support::dovecot::{Dovecot, User, ALICE, BOB};

const SHARED: &str = "shared/alice/Projekty";

fn mail(n: &str) -> Vec<u8> {
    format!("From: a@example.org\r\nSubject: {n}\r\nMessage-ID: <{n}@x>\r\n\r\nbody\r\n")
        .into_bytes()
}

async fn login(d: &Dovecot, user: &User) -> ImapSession {
    posta_testkit::accounts::login(d, user).await
}

async fn sync(bob: &mut ImapSession, store: &SharedStore) -> usize {
    let summary = posta_testkit::accounts::sync_over(bob, store, 1, &SyncOptions::default()).await;
    summary.refused
}

fn first_in(store: &SharedStore, folder: &str) -> i64 {
    with_store(store, |s| {
        let id = s.folder_id(1, folder)?.expect("folder");
        Ok(s.messages(id, 10, 0, Sort::DateDesc)?[0].id)
    })
    .expect("store")
}

/// Sets `flag` on message `id` the way the window does.
fn flagging(store: &SharedStore, id: i64, flag: Flag) -> posta_core::Result<Vec<Flag>> {
    with_store(store, |s| actions::set_flags(s, id, &[flag], &[]))
}

fn refused(result: posta_core::Result<impl std::fmt::Debug>) -> Denied {
    match result {
        Err(Error::NotAllowed(denied)) => denied,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
// The language stays English for the whole test; this runtime is the
// test's own, so the guard blocks no other task.
#[allow(clippy::await_holding_lock)]
async fn what_bob_may_do_follows_his_rights() {
    let _language = posta_testkit::language(Language::English);
    let d = Dovecot::start();
    let mut alice = login(&d, &ALICE).await;
    alice.create_folder("Projekty").await.expect("create");
    d.deliver(&ALICE, "Projekty", &mail("plan"));
    d.deliver(&BOB, "INBOX", &mail("mine"));
    alice
        .set_acl("Projekty", BOB.name, "lr")
        .await
        .expect("SETACL");

    let (_dir, store) = posta_testkit::stores::shared_store();
    with_store(&store, |s| Ok(s.ensure_account(1, "Bob")?)).expect("account");
    let mut bob = login(&d, &BOB).await;
    sync(&mut bob, &store).await;

    // Read-only: nothing but reading is offered, and the core refuses.
    let folder = with_store(&store, |s| {
        Ok(s.folder(s.folder_id(1, SHARED)?.expect("shared"))?)
    })
    .expect("store")
    .expect("folder");
    assert_eq!(folder.my_rights.as_deref(), Some("lr"));
    assert!(rights::is_read_only(folder.my_rights.as_deref()));
    assert!(posta_ui::widget::folder_tree::lines(
        &[posta_ui::widget::folder_tree::AccountFolders {
            id: 1,
            name: "Bob",
            folders: &with_store(&store, |s| Ok(s.folders(1)?)).expect("folders"),
            quota: None,
            pop3: false,
            color: None,
        }],
        None
    )
    .iter()
    .any(|l| format!("{l:?}").contains("Projekty (read only)")));
    let plan = first_in(&store, SHARED);
    let mine = first_in(&store, "INBOX");
    let inbox = folder_id(&store, "INBOX");
    assert_eq!(
        refused(flagging(&store, plan, Flag::Flagged)),
        Denied::WriteFlags
    );
    assert_eq!(
        refused(flagging(&store, plan, Flag::Seen)),
        Denied::KeepSeen
    );
    assert_eq!(
        refused(with_store(&store, |s| actions::delete_message(s, plan))),
        Denied::Delete
    );
    assert_eq!(
        refused(with_store(&store, |s| actions::move_message(
            s, plan, inbox
        ))),
        Denied::Delete
    );
    assert_eq!(
        refused(with_store(&store, |s| actions::move_message(
            s, mine, folder.id
        ))),
        Denied::Insert
    );
    let err = Error::NotAllowed(Denied::Delete);
    assert_eq!(
        posta_i18n::describe_error(&err, ""),
        "Delete messages: not allowed in this folder, because its owner has not given you the “t” right."
    );
    assert!(with_store(&store, |s| Ok(s.pending_ops(1)?))
        .expect("queue")
        .is_empty());

    // `i` but no `t`: mail may be filed there, nothing deleted.
    alice
        .set_acl("Projekty", BOB.name, "lri")
        .await
        .expect("SETACL");
    // Dovecot keeps a session's ACLs: a new session sees the change.
    let mut bob = rights_seen(&d, "lri").await;
    sync(&mut bob, &store).await;
    let now = with_store(&store, |s| Ok(s.folder(folder.id)?))
        .expect("store")
        .and_then(|f| f.my_rights);
    assert_eq!(now.as_deref(), Some("lri"));
    let allowed = rights::of_folder(Some("lri"));
    assert!(allowed.insert && !allowed.delete && !allowed.is_read_only());
    assert_eq!(
        refused(with_store(&store, |s| actions::delete_message(s, plan))),
        Denied::Delete
    );
    with_store(&store, |s| actions::move_message(s, mine, folder.id)).expect("allowed");
    // ...but alice takes `i` away before bob's move reaches the server:
    // the server refuses, the change is dropped (not retried) and reported.
    alice
        .set_acl("Projekty", BOB.name, "lr")
        .await
        .expect("SETACL");
    let mut bob = rights_seen(&d, "lr").await;
    let mut refusals = Vec::new();
    let summary = sync_account(
        &mut bob,
        &store,
        1,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |event| {
            if let posta_core::sync::Event::ChangeRefused { error, .. } = event {
                refusals.push(posta_i18n::describe_error(&error, ""));
            }
        },
    )
    .await
    .expect("sync");
    assert_eq!(summary.refused, 1);
    assert!(refusals[0].contains("dropped"), "{refusals:?}");
    assert!(with_store(&store, |s| Ok(s.pending_ops(1)?))
        .expect("queue")
        .is_empty());
    assert_eq!(d.message_count(&BOB, "INBOX"), 1, "the message stayed");
}

/// A session of bob's once the server grants him `rights` in the shared
/// folder (Dovecot keeps ACLs cached for a while; bounded wait).
async fn rights_seen(d: &Dovecot, rights: &str) -> ImapSession {
    for _ in 0..60 {
        let mut bob = login(d, &BOB).await;
        if bob.my_rights(SHARED).await.expect("MYRIGHTS") == rights {
            return bob;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    panic!("the server never granted {rights}");
}

fn folder_id(store: &SharedStore, name: &str) -> i64 {
    with_store(store, |s| Ok(s.folder_id(1, name)?))
        .expect("store")
        .expect("folder")
}

#[tokio::test]
async fn the_worker_refuses_folder_changes_the_rights_do_not_allow() {
    use posta_core::worker::{self, Command, Event};
    let d = Dovecot::start();
    let mut alice = login(&d, &ALICE).await;
    alice.create_folder("Projekty").await.expect("create");
    alice
        .set_acl("Projekty", BOB.name, "lr")
        .await
        .expect("SETACL");
    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = support::accounts::imap(&d, &BOB);
    let (handle, events) = worker::spawn(account, Secret::new(BOB.password), store.clone());
    let mut events = Box::pin(events);
    support::events::until(&mut events, |e| matches!(e, Event::SyncDone(_))).await;
    let shared = folder_id(&store, SHARED);
    for command in [
        Command::DeleteFolder { folder_id: shared },
        Command::RenameFolder {
            folder_id: shared,
            name: "X".into(),
        },
        Command::CreateFolder {
            parent: Some(shared),
            name: "Pod".into(),
        },
    ] {
        handle.send(command);
        let event = support::events::until(&mut events, |e| matches!(e, Event::Failed(_))).await;
        assert!(
            matches!(event, Event::Failed(Error::NotAllowed(_))),
            "{event:?}"
        );
    }
    assert_eq!(folder_id(&store, SHARED), shared, "still there");
    assert!(with_store(&store, |s| Ok(s.pending_ops(1)?))
        .expect("queue")
        .is_empty());
    assert!(handle.send(Command::Shutdown));
}
