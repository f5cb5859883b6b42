//! Replying sets `\Answered` on the original, forwarding sets `$Forwarded`:
//! through the durable offline queue, so the server (and so every other
//! device) learns it at the next sync. Checked with a second, raw IMAP
//! session on the real Dovecot. In a local folder (POP3) it stays here.

use posta_testkit as support;

use posta_core::compose::{self, Original, SendOutcome, FORWARDED};
use posta_core::imap::{ImapSession, SpecialUse};
use posta_core::message::{parse_headers, Address, Envelope, Flag, RemoteId};
use posta_core::store::{AccountConfig, FolderRow, Sort, Store};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::Secret;
use support::dovecot::{Dovecot, ALICE};
use support::smtp_server::{SmtpServer, USER};

fn original(id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: Zofia <zofia@example.pl>\r\nTo: {USER}\r\nSubject: {subject}\r\n\
         Message-ID: <{id}>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\nCzy możesz to sprawdzić?\r\n"
    )
    .into_bytes()
}

async fn sync(account: &AccountConfig, store: &SharedStore) {
    posta_testkit::accounts::sync(account, &ALICE, store).await;
}

fn me() -> Address {
    Address {
        name: Some("Alice".into()),
        email: USER.into(),
    }
}

#[test]
fn a_reply_and_a_forward_reach_the_server_as_flags() {
    let dovecot = Dovecot::start();
    let tls = dovecot.dir().join("tls");
    let smtp = SmtpServer::start_signed_by(&tls.join("ca.pem"), &tls.join("ca.key"));
    dovecot.deliver(&ALICE, "INBOX", &original("pytanie@example.pl", "Pytanie"));
    dovecot.deliver(&ALICE, "INBOX", &original("faktura@example.pl", "Faktura"));
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (_dir, store, account, ctx) = posta_testkit::accounts::sending_home(&rt, &dovecot, &smtp);

    let question = Original::parse(
        &original("pytanie@example.pl", "Pytanie"),
        &posta_i18n::deception_warning,
    );
    let mut reply = question.reply(&me(), false, "Zofia napisała:");
    reply.body = format!("Tak, jutro.\n{}", reply.body);
    let invoice = Original::parse(
        &original("faktura@example.pl", "Faktura"),
        &posta_i18n::deception_warning,
    );
    let mut forward = invoice.forward(&me(), "Przekazana wiadomość");
    forward.to = vec![Address {
        name: None,
        email: "ksiegowa@example.pl".into(),
    }];
    for draft in [reply, forward] {
        let built = compose::build(&draft).expect("builds");
        let outcome = rt
            .block_on(compose::send(&ctx, &built, &draft.subject))
            .expect("sent");
        assert!(matches!(outcome, SendOutcome::Sent { .. }), "{outcome:?}");
    }

    // Shown here at once, before the server knows.
    let inbox_flags = || {
        with_store(&store, |s| {
            let inbox = s.folder_id(account.id, "INBOX")?.expect("INBOX");
            Ok(s.messages(inbox, 10, 0, Sort::DateAsc)?
                .into_iter()
                .map(|r| (r.message_id.unwrap_or_default(), r.flags))
                .collect::<Vec<_>>())
        })
        .expect("store")
    };
    for (id, flags) in inbox_flags() {
        match id.as_str() {
            "pytanie@example.pl" => assert!(flags.contains(&Flag::Answered), "{flags:?}"),
            "faktura@example.pl" => {
                assert!(
                    flags.contains(&Flag::Keyword(FORWARDED.into())),
                    "{flags:?}"
                );
                assert!(!flags.contains(&Flag::Answered), "{flags:?}");
            }
            other => panic!("unexpected message {other}"),
        }
    }
    let queued = with_store(&store, |s| Ok(s.pending_ops(account.id)?.len())).expect("queue");
    assert!(queued >= 2, "the flags wait in the durable queue: {queued}");

    // The next sync sends them; another client sees them on the server.
    rt.block_on(sync(&account, &store));
    let other = rt.block_on(async {
        let endpoint = account.endpoint().expect("endpoint");
        let mut raw = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("second client");
        raw.select("INBOX").await.expect("select");
        raw.fetch_flags("1:*").await.expect("flags")
    });
    let by_uid = |uid: u32| {
        other
            .iter()
            .find(|(u, _)| *u == uid)
            .map(|(_, f)| f.clone())
            .unwrap_or_default()
    };
    assert!(by_uid(1).contains(&Flag::Answered), "{other:?}");
    assert!(
        !by_uid(1).contains(&Flag::Keyword(FORWARDED.into())),
        "{other:?}"
    );
    assert!(
        by_uid(2).contains(&Flag::Keyword(FORWARDED.into())),
        "{other:?}"
    );
    assert!(!by_uid(2).contains(&Flag::Answered), "{other:?}");
}

#[test]
fn in_a_local_folder_the_state_stays_here() {
    let store = Store::open_in_memory().expect("store");
    store.ensure_account(7, "Poczta").expect("account");
    let inbox = store
        .upsert_folder(7, &FolderRow::local(7, "INBOX", Some(SpecialUse::Inbox)))
        .expect("folder");
    let raw = original("lokalna@example.pl", "Lokalna");
    let envelope = Envelope {
        id: RemoteId::Uid(1),
        flags: Vec::new(),
        size: raw.len() as u64,
        headers: parse_headers(&raw),
    };
    store.upsert_messages(inbox, &[envelope]).expect("message");
    let reply = Original::parse(&raw, &posta_i18n::deception_warning).reply(&me(), false, "Zofia:");
    let built = compose::build(&reply).expect("builds");
    assert_eq!(
        compose::mark_originals(&store, 7, &built.raw).expect("mark"),
        1
    );
    let row = &store.messages(inbox, 10, 0, Sort::DateAsc).expect("rows")[0];
    assert!(row.flags.contains(&Flag::Answered));
    assert!(
        store.pending_ops(7).expect("queue").is_empty(),
        "nothing for a server"
    );
}
