//! The compose window driven through `iced_test`'s simulator: typing a
//! message, sending it to the local SMTP server (aiosmtpd) and finding the
//! copy in Sent on the real Dovecot; a bad address is explained, not sent;
//! where no file dialog exists, the path field attaches a file.

use posta_testkit as support;
use posta_testkit::english;
use posta_testkit::window::{click, runtime, settle, simulator, type_into};

use posta_core::compose::Draft;
use posta_core::imap::ImapSession;
use posta_core::message::Address;
use posta_core::store::{AccountConfig, PostaHome};
use posta_core::sync::imap::SharedStore;
use posta_core::Secret;
use posta_ui::screen::compose::{ids, Action, Compose, Context, Kind, Message, Status};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{SmtpServer, PASSWORD, USER};

fn account(dovecot: &Dovecot, smtp: &SmtpServer) -> AccountConfig {
    accounts::imap_sending(dovecot, smtp)
}

async fn sync(account: &AccountConfig, store: &SharedStore) {
    posta_testkit::accounts::sync(account, &ALICE, store).await;
}

struct Setup {
    dovecot: Dovecot,
    smtp: SmtpServer,
    _dir: tempfile::TempDir,
    store: SharedStore,
    account: AccountConfig,
    compose: Compose,
}

fn setup(rt: &tokio::runtime::Runtime) -> Setup {
    let dovecot = Dovecot::start();
    let tls = dovecot.dir().join("tls");
    let smtp = SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"));
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path());
    let store = support::stores::alice_in(&home);
    let account = account(&dovecot, &smtp);
    rt.block_on(sync(&account, &store));
    let context = Context {
        home,
        store: store.clone(),
        account: account.clone(),
        password: Some(Secret::new(PASSWORD)),
    };
    let draft = Draft {
        from: Address {
            name: Some("Alice Żółw".into()),
            email: USER.into(),
        },
        ..Draft::default()
    };
    let compose = Compose::new(context, Kind::New, draft);
    Setup {
        dovecot,
        smtp,
        _dir: dir,
        store,
        account,
        compose,
    }
}

#[test]
fn a_message_typed_and_sent_reaches_the_server_and_sent() {
    let _language = english();
    let rt = runtime();
    let mut s = setup(&rt);
    {
        let mut ui = simulator(&s.compose);
        ui.find("New message").expect("title");
        ui.find("From: Alice Żółw <sender@example.org>")
            .expect("sender line");
    }
    type_into(&mut s.compose, ids::TO, "bob@example.org");
    type_into(&mut s.compose, ids::SUBJECT, "Ahoj — Żółć");
    type_into(&mut s.compose, ids::BODY, "Dobrý deň!");
    assert_eq!(s.compose.body(), "Dobrý deň!");

    let actions = click(&mut s.compose, "Send");
    assert_eq!(s.compose.status(), &Status::Sending);
    {
        let mut ui = simulator(&s.compose);
        ui.find("Sending…").expect("progress shown");
    }
    let mut closed = None;
    for action in actions {
        if let Action::Close(notice) = settle(&rt, &mut s.compose, action) {
            closed = Some(notice.map(|said| said.words()));
        }
    }
    assert_eq!(closed, Some(Some("The message was sent.".to_owned())));

    let received = s.smtp.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].rcpt_tos, ["bob@example.org"]);
    let headers = posta_core::message::parse_headers(&received[0].raw);
    assert_eq!(headers.subject, "Ahoj — Żółć");

    rt.block_on(sync(&s.account, &s.store));
    assert_eq!(s.dovecot.message_count(&ALICE, "Sent"), 1);
}

#[test]
fn a_bad_address_is_explained_and_nothing_is_sent() {
    let _language = english();
    let rt = runtime();
    let mut s = setup(&rt);
    type_into(&mut s.compose, ids::TO, "bob at example");
    for action in click(&mut s.compose, "Send") {
        assert!(matches!(action, Action::None));
    }
    let problem = "“bob at example” is not an e-mail address. Check it for typing mistakes; separate several addresses with commas.";
    assert_eq!(s.compose.status(), &Status::Problem(problem.into()));
    let mut ui = simulator(&s.compose);
    ui.find(problem).expect("problem shown");
    assert!(s.smtp.received().is_empty());
}

#[test]
fn without_a_file_dialog_a_typed_path_attaches_the_file() {
    let _language = english();
    let rt = runtime();
    let mut s = setup(&rt);
    let file = s._dir.path().join("zmluva.txt");
    std::fs::write(&file, "Zmluva č. 7\n").expect("write file");
    // The test machine has neither a desktop portal nor zenity.
    assert!(!posta_ui::screen::compose::picker_available());
    for action in click(&mut s.compose, "Attach files…") {
        settle(&rt, &mut s.compose, action);
    }
    {
        let mut ui = simulator(&s.compose);
        ui.find(
            "This computer has no file dialog (it needs the desktop portal or zenity). \
             Type the full path of the file to attach instead.",
        )
        .expect("explained");
    }
    let _ = s.compose.update(Message::Path(file.display().to_string()));
    for action in click(&mut s.compose, "Attach") {
        settle(&rt, &mut s.compose, action);
    }
    assert_eq!(s.compose.attachments().len(), 1);
    assert_eq!(s.compose.attachments()[0].name, "zmluva.txt");
    let mut ui = simulator(&s.compose);
    ui.find("zmluva.txt (13 B)").expect("listed with its size");
}

/// The Drafts folder's rows on this computer.
fn local_drafts(store: &SharedStore) -> Vec<posta_core::store::MessageRow> {
    let s = store.lock().expect("store");
    let Some(folder) = s
        .folders(1)
        .expect("folders")
        .into_iter()
        .find(|f| f.role == Some(posta_core::imap::SpecialUse::Drafts))
    else {
        return Vec::new();
    };
    s.messages(folder.id, 100, 0, posta_core::store::Sort::DateDesc)
        .expect("rows")
}

#[test]
fn autosave_keeps_one_draft_that_reopens_and_goes_once_sent() {
    let _language = english();
    let rt = runtime();
    let mut s = setup(&rt);
    // Nothing typed: nothing to save.
    assert!(matches!(s.compose.update(Message::Autosave), Action::None));
    type_into(&mut s.compose, ids::TO, "bob@example.org");
    type_into(&mut s.compose, ids::SUBJECT, "Koncept");
    type_into(&mut s.compose, ids::BODY, "Prvé");
    let action = s.compose.update(Message::Autosave);
    settle(&rt, &mut s.compose, action);
    assert_eq!(local_drafts(&s.store).len(), 1);
    assert_eq!(s.compose.status(), &Status::Editing, "autosave is quiet");
    assert!(
        matches!(s.compose.update(Message::Autosave), Action::None),
        "unchanged: not saved again"
    );
    type_into(&mut s.compose, ids::BODY, " a druhé");
    let action = s.compose.update(Message::Autosave);
    settle(&rt, &mut s.compose, action);
    let rows = local_drafts(&s.store);
    assert_eq!(rows.len(), 1, "the new version replaced the old one");
    let raw = s
        .store
        .lock()
        .expect("store")
        .body(rows[0].id)
        .expect("body")
        .expect("saved");
    let (saved, _) = posta_core::compose::reopen(&raw, &posta_i18n::deception_warning);
    assert_eq!(saved.body.trim_end(), "Prvé a druhé");

    // Escape with nothing new closes at once; the draft stays.
    assert!(matches!(
        s.compose.update(Message::Close),
        Action::Close(None)
    ));
    rt.block_on(sync(&s.account, &s.store));
    assert_eq!(s.dovecot.message_count(&ALICE, "Drafts"), 1);

    // Reopened from Drafts (its text downloaded first, as the mailbox has
    // the worker do), it is sent; the draft goes, here and there.
    let rows = local_drafts(&s.store);
    assert_eq!(rows.len(), 1);
    let uid = rows[0].uid.expect("the server's copy");
    let raw = rt.block_on(async {
        let endpoint = s.account.endpoint().expect("endpoint");
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        session.select("Drafts").await.expect("select");
        session.fetch_message(uid).await.expect("fetch")
    });
    s.store
        .lock()
        .expect("store")
        .store_body(rows[0].id, &raw)
        .expect("body stored");
    let home = PostaHome::at(s._dir.path());
    let request = posta_ui::screen::mailbox::Compose::Draft {
        message_id: rows[0].id,
    };
    let mut reopened = posta_ui::screen::compose::open(
        &request,
        &home,
        &s.store,
        std::slice::from_ref(&s.account),
        |_| Some(Secret::new(PASSWORD)),
    )
    .expect("the draft opens");
    assert_eq!(reopened.body().trim_end(), "Prvé a druhé");
    assert_eq!(reopened.draft_ids().len(), 1);
    let mut closed = None;
    for action in click(&mut reopened, "Send") {
        if let Action::Close(notice) = settle(&rt, &mut reopened, action) {
            closed = Some(notice.map(|said| said.words()));
        }
    }
    assert_eq!(closed, Some(Some("The message was sent.".to_owned())));
    assert!(local_drafts(&s.store).is_empty());
    rt.block_on(sync(&s.account, &s.store));
    assert_eq!(s.dovecot.message_count(&ALICE, "Drafts"), 0);
    assert_eq!(s.dovecot.message_count(&ALICE, "Sent"), 1);
    assert_eq!(s.smtp.received().len(), 1);
}

#[test]
fn closing_posta_saves_what_was_typed_since_the_last_autosave() {
    let _language = english();
    let rt = runtime();
    let mut s = setup(&rt);
    assert!(s.compose.save_before_exit().is_none(), "nothing typed");
    type_into(&mut s.compose, ids::SUBJECT, "Nedokončené");
    let task = s.compose.save_before_exit().expect("a save");
    settle(&rt, &mut s.compose, Action::Run(task));
    let rows = local_drafts(&s.store);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].subject, "Nedokončené");
    assert!(s.compose.save_before_exit().is_none(), "saved already");
}
