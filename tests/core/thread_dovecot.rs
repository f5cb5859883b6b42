//! Conversations from a real server: after a sync from Dovecot the store
//! holds each message's References and In-Reply-To, and the folder groups
//! with the user's reply that sits in Sent (as another device put it there).

use posta_testkit as support;

use posta_core::sync::imap::with_store;
use posta_core::thread;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

fn mail(id: &str, refs: &str, subject: &str, hour: u32) -> Vec<u8> {
    let refs = if refs.is_empty() {
        String::new()
    } else {
        let last = refs.split(' ').next_back().unwrap_or_default();
        format!("In-Reply-To: {last}\r\nReferences: {refs}\r\n")
    };
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\
         Message-ID: <{id}>\r\n{refs}Date: Mon, 23 Nov 2026 {hour:02}:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nTreść\r\n"
    )
    .into_bytes()
}

#[test]
fn references_arrive_with_the_sync_and_sent_joins_the_conversation() {
    let dovecot = Dovecot::start();
    dovecot.deliver(&ALICE, "INBOX", &mail("a@x", "", "Zebranie", 8));
    dovecot.deliver(&ALICE, "Sent", &mail("b@x", "<a@x>", "Re: Zebranie", 9));
    dovecot.deliver(
        &ALICE,
        "INBOX",
        &mail("c@x", "<a@x> <b@x>", "Re: Zebranie", 10),
    );
    dovecot.deliver(&ALICE, "INBOX", &mail("d@x", "", "Inna sprawa", 11));
    let (_dir, store) = posta_testkit::stores::shared_store();
    let account = accounts::imap(&dovecot, &ALICE);
    with_store(&store, |s| Ok(s.ensure_account(account.id, "alice")?)).expect("account");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        posta_testkit::accounts::sync(&account, &ALICE, &store).await;
    });
    let (items, threads) = with_store(&store, |s| {
        let inbox = s.folder_id(account.id, "INBOX")?.expect("inbox");
        let sent = s.folder_id(account.id, "Sent")?.expect("sent");
        let items = s.thread_items(inbox, &[sent])?;
        Ok((items.clone(), thread::threads(&items)))
    })
    .expect("store");
    let third = items
        .iter()
        .find(|i| i.message_id.as_deref() == Some("c@x"))
        .expect("c");
    assert_eq!(third.references, ["a@x", "b@x"]);
    assert_eq!(third.in_reply_to.as_deref(), Some("b@x"));
    assert_eq!(threads.len(), 2);
    let meeting = threads
        .iter()
        .find(|t| t.count() == 3)
        .expect("conversation");
    assert_eq!(meeting.unread, 3, "nothing read yet");
    assert_eq!(
        items
            .iter()
            .find(|i| i.id == meeting.latest)
            .map(|i| i.subject.as_str()),
        Some("Re: Zebranie")
    );
}
