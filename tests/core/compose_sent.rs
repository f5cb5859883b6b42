//! After "Send": the copy in Sent on the real Dovecot (IMAP, uploaded with
//! APPEND by the sync's queue replay, shown locally at once), or in the
//! local Sent folder (POP3); drafts likewise in Drafts with `\Draft`.

use posta_testkit as support;
use posta_testkit::runtime;

use std::sync::{Arc, Mutex};

use posta_core::account::Protocol;
use posta_core::compose::{self, Draft, SendContext, SendOutcome};
use posta_core::imap::SpecialUse;
use posta_core::message::{parse_headers, Address, Flag};
use posta_core::net::Security;
use posta_core::store::{AccountConfig, FolderRow, PostaHome, SmtpConfig, Sort, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::Secret;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{SmtpServer, PASSWORD, USER};

/// The test SMTP server with a certificate from Dovecot's CA, so the
/// account's one extra CA covers both servers.
fn smtp_for(dovecot: &Dovecot) -> SmtpServer {
    let tls = dovecot.dir().join("tls");
    SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"))
}

fn draft(subject: &str) -> Draft {
    Draft {
        from: Address {
            name: Some("Alice Żółw".into()),
            email: USER.into(),
        },
        to: vec![Address {
            name: Some("Бобан".into()),
            email: "bob@example.bg".into(),
        }],
        subject: subject.into(),
        body: "Cześć Bob!\n".into(),
        ..Draft::default()
    }
}

async fn sync(account: &AccountConfig, store: &SharedStore) {
    posta_testkit::accounts::sync(account, &ALICE, store).await;
}

fn rows(
    store: &SharedStore,
    account: i64,
    role: SpecialUse,
) -> (FolderRow, Vec<posta_core::store::MessageRow>) {
    with_store(store, |s| {
        let folder = s
            .folders(account)?
            .into_iter()
            .find(|f| f.role == Some(role) && !f.shared)
            .expect("folder with the role");
        let rows = s.messages(folder.id, 100, 0, Sort::DateDesc)?;
        Ok((folder, rows))
    })
    .expect("store")
}

#[test]
fn imap_the_copy_goes_to_sent_on_the_server_through_the_queue() {
    let dovecot = Dovecot::start();
    let smtp = smtp_for(&dovecot);
    let rt = runtime();
    let (_dir, store, account, ctx) = posta_testkit::accounts::sending_home(&rt, &dovecot, &smtp);
    let built = compose::build(&draft("Odeslané — Изпратено")).expect("builds");
    let outcome = rt
        .block_on(compose::send(&ctx, &built, "Odeslané — Изпратено"))
        .expect("sent");
    let filed = match outcome {
        SendOutcome::Sent { copy } => copy.expect("copy filed"),
        other => panic!("expected Sent, got {other:?}"),
    };
    assert!(
        filed.upload.is_some(),
        "IMAP copies are uploaded through the queue"
    );
    assert_eq!(smtp.received().len(), 1);

    // At once, before any sync: the copy shows in Sent (no UID yet).
    let (sent, before) = rows(&store, 1, SpecialUse::Sent);
    assert!(!sent.local);
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].uid, None);
    assert_eq!(before[0].subject, "Odeslané — Изпратено");
    assert_eq!(dovecot.message_count(&ALICE, "Sent"), 0);

    // The next sync uploads it; the server's copy replaces the placeholder.
    rt.block_on(sync(&account, &store));
    assert_eq!(dovecot.message_count(&ALICE, "Sent"), 1);
    let (_, after) = rows(&store, 1, SpecialUse::Sent);
    assert_eq!(after.len(), 1, "{after:?}");
    assert!(after[0].uid.is_some());
    assert_eq!(
        after[0].message_id.as_deref(),
        Some(built.message_id.as_str())
    );
    assert!(after[0].flags.contains(&Flag::Seen));
    with_store(&store, |s| {
        assert!(s.pending_ops(1)?.is_empty());
        assert!(s.failed_ops(1)?.is_empty());
        Ok(())
    })
    .expect("queue");
}

#[test]
fn imap_a_draft_is_saved_in_drafts_with_the_draft_flag() {
    let dovecot = Dovecot::start();
    let smtp = smtp_for(&dovecot);
    let rt = runtime();
    let (_dir, store, account, ctx) = posta_testkit::accounts::sending_home(&rt, &dovecot, &smtp);
    let first = compose::build(&draft("Koncept")).expect("builds");
    rt.block_on(compose::save_draft(&ctx, &first, &[]))
        .expect("saved");
    // Saving again replaces the local copy.
    let second = compose::build(&draft("Koncept 2")).expect("builds");
    rt.block_on(compose::save_draft(
        &ctx,
        &second,
        std::slice::from_ref(&first.message_id),
    ))
    .expect("saved again");
    let (_, local) = rows(&store, 1, SpecialUse::Drafts);
    assert_eq!(local.len(), 1);
    assert_eq!(local[0].subject, "Koncept 2");

    rt.block_on(sync(&account, &store));
    let (_, synced) = rows(&store, 1, SpecialUse::Drafts);
    let subjects: Vec<&str> = synced.iter().map(|r| r.subject.as_str()).collect();
    assert!(subjects.contains(&"Koncept 2"), "{subjects:?}");
    assert!(synced
        .iter()
        .all(|r| r.flags.contains(&Flag::Draft) && r.uid.is_some()));
    assert!(smtp.received().is_empty(), "a draft is not sent");
}

#[test]
fn pop3_the_copy_and_drafts_stay_in_local_folders() {
    let smtp = SmtpServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path().join("home"));
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let account = pop3_account(&smtp);
    let ctx = SendContext {
        home,
        store: store.clone(),
        account,
        password: Secret::new(PASSWORD),
    };
    let rt = runtime();
    let built = compose::build(&draft("Wysłane z POP3")).expect("builds");
    match rt
        .block_on(compose::send(&ctx, &built, "Wysłane z POP3"))
        .expect("sent")
    {
        SendOutcome::Sent { copy } => assert_eq!(copy.expect("filed").upload, None),
        other => panic!("expected Sent, got {other:?}"),
    }
    let draft_built = compose::build(&draft("Szkic")).expect("builds");
    rt.block_on(compose::save_draft(&ctx, &draft_built, &[]))
        .expect("draft");

    let (sent, sent_rows) = rows(&store, 1, SpecialUse::Sent);
    assert!(sent.local);
    assert_eq!(sent_rows.len(), 1);
    let body = with_store(&store, |s| Ok(s.body(sent_rows[0].id)?))
        .expect("db")
        .expect("body");
    assert_eq!(parse_headers(&body).subject, "Wysłane z POP3");
    let (drafts, draft_rows) = rows(&store, 1, SpecialUse::Drafts);
    assert!(drafts.local);
    assert_eq!(draft_rows.len(), 1);
    assert!(draft_rows[0].flags.contains(&Flag::Draft));
    with_store(&store, |s| {
        assert!(
            s.pending_ops(1)?.is_empty(),
            "nothing queued for a POP3 account"
        );
        Ok(())
    })
    .expect("queue");
}

/// A POP3 account sending over implicit TLS (its incoming side is unused).
fn pop3_account(smtp: &SmtpServer) -> AccountConfig {
    AccountConfig {
        id: 1,
        name: "Pop".into(),
        email: USER.into(),
        display_name: String::new(),
        protocol: Protocol::Pop3,
        host: "localhost".into(),
        port: 995,
        security: Security::Tls,
        user: "pop".into(),
        extra_ca_file: Some(smtp.ca_pem()),
        pinned_fingerprint: None,
        smtp: Some(SmtpConfig {
            host: smtp.host().into(),
            port: smtp.smtps_port(),
            security: Security::Tls,
            user: USER.into(),
            pinned_fingerprint: None,
        }),
        ..posta_testkit::accounts::base()
    }
}
