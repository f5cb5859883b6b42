//! The window's way of reading (the account worker) against a real
//! Dovecot: opening a message with a 20 MiB scan brings its text without
//! the scan (what is kept is under 64 KiB); the scan is listed with
//! its name and size at once, and comes when asked for, with progress,
//! then stays; a fetch cancelled before it starts keeps nothing.

use posta_testkit as support;

use std::sync::{Arc, Mutex};

use posta_core::reading;
use posta_core::render;
use posta_core::sync::imap::with_store;
use posta_core::sync::CancelToken;
use posta_core::worker::{Command, Event};
use posta_core::ErrorKind;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};
use support::events::{synced_worker, until};
use support::scan_mail::{scan_bytes, scan_message};

#[tokio::test]
async fn the_worker_reads_text_first_and_fetches_the_scan_when_asked() {
    let dovecot = Dovecot::start();
    let scan = scan_bytes(20 << 20);
    dovecot.deliver(&ALICE, "INBOX", &scan_message("Umowa najmu", &scan));
    let (_dir, store) = support::stores::shared_store();
    let (handle, mut events) = synced_worker(
        accounts::imap(&dovecot, &ALICE),
        &ALICE,
        &store,
        std::time::Duration::from_secs(60),
    )
    .await;
    let id = with_store(&store, |s| {
        let inbox = s.folder_id(1, "INBOX")?.expect("INBOX");
        Ok(s.message_by_uid(inbox, 1)?.expect("the scan").id)
    })
    .expect("store");

    handle.send(Command::FetchBody { message_id: id });
    until(
        &mut events,
        |e| matches!(e, Event::BodyReady { message_id } if *message_id == id),
    )
    .await;
    let (document, partial) = with_store(&store, |s| Ok(s.readable(id)?))
        .expect("store")
        .expect("readable");
    assert!(partial, "the scan is not downloaded with the text");
    assert!(document.len() < 64 * 1024, "{} bytes kept", document.len());
    let shown = render::partial_message(&document, 80);
    assert!(shown
        .document
        .text(&posta_i18n::deception_warning)
        .contains("Proszę o podpis do piątku."));
    let listed = &shown.attachments[0];
    assert_eq!(
        (
            listed.name.as_str(),
            listed.content_type.as_str(),
            listed.size
        ),
        ("skan-umowy.pdf", "application/pdf", scan.len() as u64)
    );
    let section = listed.unfetched.clone().expect("on the server");

    // Asked for but cancelled before a byte came: nothing changes.
    {
        let mut session = accounts::login(&dovecot, &ALICE).await;
        let cancelled = CancelToken::new();
        cancelled.cancel();
        let stopped = reading::fetch_attachment(
            &mut session,
            &store,
            id,
            &section,
            &cancelled,
            &mut |_, _| {},
        )
        .await;
        assert_eq!(stopped.map_err(|e| e.kind()), Err(ErrorKind::Cancelled));
        let now = with_store(&store, |s| Ok(s.partial(id)?)).expect("store");
        assert_eq!(now.as_deref(), Some(document.as_slice()));
    }

    // Opened: fetched in chunks with progress, then kept with the text.
    handle.send(Command::FetchPart {
        message_id: id,
        section: section.clone(),
    });
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    let ready = until(&mut events, move |e| match e {
        Event::PartProgress { done, total, .. } => {
            seen.lock().expect("progress").push((*done, *total));
            false
        }
        Event::PartReady { message_id, .. } => *message_id == id,
        _ => false,
    })
    .await;
    let Event::PartReady { result, .. } = ready else {
        unreachable!()
    };
    result.expect("fetched");
    let progress = progress.lock().expect("progress").clone();
    assert!(progress.len() > 5, "{progress:?}");
    assert!(progress.windows(2).all(|w| w[0].0 < w[1].0), "{progress:?}");
    let (document, _) = with_store(&store, |s| Ok(s.readable(id)?))
        .expect("store")
        .expect("readable");
    let shown = render::partial_message(&document, 80);
    assert_eq!(shown.attachments.len(), 1);
    assert!(shown.attachments[0].unfetched.is_none());
    assert!(
        shown.attachments[0].data.as_slice() == scan.as_slice(),
        "byte for byte"
    );
    assert!(handle.send(Command::Shutdown));
}
