//! `posta sync` takes the account worker's connect-and-sync path: the
//! queue, the sync, then the outbox — mail written while the server could
//! not be reached goes out, once, and the summary line says so.

use posta_testkit as support;

use std::path::Path;
use std::process::Output;
use std::sync::{Arc, Mutex};

use posta_core::compose::{self, SendContext, SendOutcome};
use posta_core::error::Fingerprint;
use posta_core::message::Address;
use posta_core::smtp::Outbox;
use posta_core::store::{Config, PostaHome, Store};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{draft_to, SmtpServer, PASSWORD};

fn posta(home: &Path, args: &[&str], password: &str) -> Output {
    support::cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, password)
}

#[test]
fn sync_sends_what_waits_in_the_outbox() {
    let d = Dovecot::start();
    // One password for the account, as the window's worker uses it for
    // both servers.
    d.set_password(&ALICE, PASSWORD);
    let mut smtp = SmtpServer::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let home = PostaHome::at(dir.path());
    let mut account = accounts::imap_sending(&d, &smtp);
    // The test server's own certificate, accepted as the window accepts one.
    if let Some(outgoing) = account.smtp.as_mut() {
        outgoing.pinned_fingerprint =
            Some(Fingerprint::of_der(&smtp.server_cert_der()).to_string());
    }
    Config {
        accounts: vec![account.clone()],
        ..Config::default()
    }
    .save(&home)
    .expect("save config");

    // Written while the outgoing server is down: it waits in the outbox.
    smtp.stop();
    let draft = draft_to(
        Address {
            name: Some("Ján Novák".into()),
            email: "jan@example.sk".into(),
        },
        "Čakalo v odoslanej pošte",
    );
    let built = compose::build(&draft).expect("builds");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    {
        let store = Arc::new(Mutex::new(Store::open(&home).expect("store")));
        let context = SendContext {
            home: home.clone(),
            store,
            account: account.clone(),
            password: Secret::new(PASSWORD),
        };
        let outcome = runtime
            .block_on(compose::send(&context, &built, &draft.subject))
            .expect("queued, not failed");
        assert!(matches!(outcome, SendOutcome::Queued { .. }), "{outcome:?}");
    }
    assert_eq!(Outbox::new(&home).entries(1).expect("outbox").len(), 1);

    smtp.restart();
    let output = posta(dir.path(), &["sync", "--password-stdin"], PASSWORD);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("1 message from the outbox was sent."),
        "{stdout}"
    );
    assert!(Outbox::new(&home).is_empty(1).expect("outbox"));
    let received = smtp.received();
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].rcpt_tos, ["jan@example.sk"]);

    // Sent once: the next sync has nothing more to send.
    let again = posta(dir.path(), &["sync", "--password-stdin"], PASSWORD);
    assert_eq!(again.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&again.stdout).contains("outbox"));
    assert_eq!(smtp.received().len(), 1);
}
