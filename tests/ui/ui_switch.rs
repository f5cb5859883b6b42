//! "Move to IMAP" in the window, driven through `iced_test`'s simulator
//! with the POP3 account's real worker against a real Dovecot: from the
//! server mailbox's button to the filled-in form, the progress while the
//! worker uploads, and the finished move, after which the window shows the
//! account as IMAP with its local folder on the server.

use posta_testkit as support;
use posta_testkit::window::{click, sees};

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::account::Protocol;
use posta_core::store::{AccountConfig, Config, FolderRow, KeepCopy, PostaHome, Store};
use posta_core::sync::actions;
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::worker::{self, Event};
use posta_core::Secret;
use posta_i18n::Language;
use posta_ui::screen::mailbox::{FromWorker, Mailbox, Message};
use posta_ui::screen::switch::{self, Phase};
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

const COUNT: usize = 40;

fn message(n: usize) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: Wiadomość {n}\r\n\
         Message-ID: <ui-switch-{n}@example.pl>\r\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0100\r\n\r\n\
         Treść {n}\r\n",
        n % 60
    )
    .into_bytes()
}

#[test]
fn a_pop3_account_moves_to_imap_from_the_window_with_progress() {
    let _language = posta_testkit::language(Language::English);
    let rt = posta_testkit::runtime();
    let dovecot = Dovecot::start();
    dovecot.bulk_fill(&ALICE, "INBOX", (0..COUNT).map(message));
    let home_dir = tempfile::tempdir().expect("home");
    let home = PostaHome::at(home_dir.path());
    let pop3 = AccountConfig {
        name: "Poczta".into(),
        keep_copy: KeepCopy::DeleteAfterDownload,
        ..accounts::pop3(&dovecot, &ALICE)
    };
    posta_testkit::accounts::save(&home, vec![pop3.clone()]);
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let _runtime = rt.enter();
    let (handle, events) = worker::spawn(pop3.clone(), Secret::new(ALICE.password), store.clone());
    let mut events = Box::pin(events);
    let mut mailbox = Mailbox::new(store.clone(), vec![pop3.clone()]).with_home(home.clone());
    mailbox.attach_worker(pop3.id, handle);
    // Forwards the worker's events to the window until `stop` says so;
    // returns the largest upload count the window showed meanwhile.
    let mut pump = |mailbox: &mut Mailbox, stop: &dyn Fn(&Event) -> bool| -> usize {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut shown = 0;
        loop {
            let event = posta_testkit::events::next_before(&rt, &mut events, deadline);
            let last = stop(&event);
            let _ = mailbox.update(Message::Worker(FromWorker::event(pop3.id, event)));
            if let Some(Phase::Running { done, total }) = mailbox.switch_view().map(|v| v.phase()) {
                let words = format!("Poczta: {done} of {total} messages are on the IMAP server.");
                if *done > shown && sees(mailbox, &words) {
                    shown = *done;
                }
            }
            if last {
                return shown;
            }
        }
    };
    pump(&mut mailbox, &|e| matches!(e, Event::SyncDone(_)));
    // A local folder, as POP3 users keep them.
    with_store(&store, |s| {
        let inbox = s.folder_id(pop3.id, "INBOX")?.expect("INBOX");
        let rows = s.messages(inbox, 5, 0, Default::default())?;
        let archiwum = s.upsert_folder(pop3.id, &FolderRow::local(pop3.id, "Archiwum", None))?;
        for row in rows {
            actions::move_message(s, row.id, archiwum)?;
        }
        Ok(())
    })
    .expect("local folder");
    let _ = mailbox.update(Message::Worker(FromWorker::event(
        pop3.id,
        Event::StoreChanged,
    )));

    // From the server mailbox, the way the explainer recommends.
    click(&mut mailbox, "On the server…");
    click(&mut mailbox, "Move to IMAP…");
    assert!(sees(&mailbox, "Move Poczta to IMAP"));
    assert!(sees(&mailbox, "40 messages are on this computer."));
    let view = mailbox.switch_view().expect("the move's view is open");
    assert_eq!(view.phase(), &Phase::Ready);
    let (host, port, _, user) = view.form();
    assert_eq!((host, port, user), (dovecot.host(), "993", ALICE.name));
    // This server's IMAPS port is not the usual one.
    let _ = mailbox.update(Message::Switch(switch::Message::PortChanged(
        dovecot.imaps_port().to_string(),
    )));

    click(&mut mailbox, "Move to IMAP");
    assert!(matches!(
        mailbox.switch_view().map(|v| v.phase()),
        Some(Phase::Running { .. })
    ));
    assert!(sees(&mailbox, "Cancel"), "a running move can be cancelled");
    let shown = pump(&mut mailbox, &|e| {
        matches!(e, Event::Switched { .. } | Event::SwitchStopped { .. })
    });
    assert_eq!(shown, COUNT, "the window counted every upload");
    let Some(Phase::Done(words)) = mailbox.switch_view().map(|v| v.phase().clone()) else {
        panic!(
            "the move did not finish: {:?}",
            mailbox.switch_view().map(|v| v.phase())
        );
    };
    assert!(words.contains("Poczta is an IMAP account now"), "{words}");
    assert!(sees(&mailbox, &words));
    let now = &mailbox.accounts()[0];
    assert_eq!(now.config.protocol, Protocol::Imap);
    let archiwum = now
        .folders
        .iter()
        .find(|f| f.name == "Archiwum")
        .expect("Archiwum");
    assert!(!archiwum.local, "Archiwum is on the server now");
    assert_eq!(dovecot.message_count(&ALICE, "Archiwum"), 5);
    assert_eq!(dovecot.message_count(&ALICE, "INBOX") as usize, COUNT - 5);
    assert_eq!(
        Config::load(&home).expect("config").accounts[0].protocol,
        Protocol::Imap
    );
    click(&mut mailbox, "Close");
    assert!(mailbox.switch_view().is_none());
}
