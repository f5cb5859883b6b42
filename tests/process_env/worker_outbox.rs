//! The account worker sends what waits in the outbox at its next check
//! once the outgoing server answers again, without a word while it only
//! waits (the status bar counts it; no "connection refused" bar), and the
//! copy reaches Sent. Here because the worker finds the outbox under
//! `POSTA_HOME`.

use posta_testkit as support;

use posta_core::compose::{self, SendContext, SendOutcome};
use posta_core::message::Address;
use posta_core::smtp::Outbox;
use posta_core::store::{AccountConfig, PostaHome};
use posta_core::worker::{self, Command, Event};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::until;
use support::smtp_server::{draft_to, SmtpServer, PASSWORD};

#[test]
fn the_worker_sends_what_waits_at_its_next_check_once_the_server_answers() {
    let _env = crate::env();
    let dovecot = Dovecot::start();
    // One password for both servers, as the worker keeps one.
    dovecot.set_password(&ALICE, PASSWORD);
    let tls = dovecot.dir().join("tls");
    let mut smtp = SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"));
    let dir = tempfile::tempdir().expect("home");
    std::env::set_var("POSTA_HOME", dir.path());
    let home = PostaHome::at(dir.path());
    let account = AccountConfig {
        check_interval: 1,
        ..accounts::imap_sending(&dovecot, &smtp)
    };
    let store = support::stores::alice_in(&home);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");

    // Written while the outgoing server is down: it waits.
    smtp.stop();
    let draft = draft_to(
        Address {
            name: None,
            email: "piotr@example.pl".into(),
        },
        "Czeka na serwer",
    );
    let built = compose::build(&draft).expect("builds");
    let ctx = SendContext {
        home: home.clone(),
        store: store.clone(),
        account: account.clone(),
        password: Secret::new(PASSWORD),
    };
    let outcome = rt
        .block_on(compose::send(&ctx, &built, &draft.subject))
        .expect("queued");
    assert!(matches!(outcome, SendOutcome::Queued { .. }), "{outcome:?}");
    let outbox = Outbox::new(&home);
    assert_eq!(outbox.entries(1).expect("outbox").len(), 1);

    rt.block_on(async {
        let (handle, events) = worker::spawn(account.clone(), Secret::new(PASSWORD), store.clone());
        let mut events = Box::pin(events);
        // The first sync tries the outbox: still down, counted, no bar.
        until(&mut events, |e| {
            assert!(
                !matches!(e, Event::Failed(_)),
                "a message that only waits raises no error bar: {e:?}"
            );
            outbox
                .entries(1)
                .is_ok_and(|w| w.first().is_some_and(|e| e.meta.attempts >= 2))
        })
        .await;

        // The server is back: the next check (1 s here) sends it.
        smtp.restart();
        until(&mut events, |e| {
            matches!(e, Event::StoreChanged) && outbox.is_empty(1).unwrap_or(false)
        })
        .await;
        assert_eq!(smtp.received().len(), 1);
        assert_eq!(smtp.received()[0].rcpt_tos, ["piotr@example.pl"]);

        // And its copy reaches Sent with the queue.
        until(&mut events, |_| dovecot.message_count(&ALICE, "Sent") == 1).await;
        handle.send(Command::Shutdown);
    });
    std::env::remove_var("POSTA_HOME");
}
