//! Reading on demand against a scripted server whose BODYSTRUCTURE is
//! missing, refused, lying about sizes, nested a thousand deep, huge, or
//! contradicted by the parts it then sends: each time the message is
//! fetched whole instead (on a new connection where the old one broke),
//! within its deadline, and stored whole. A truthful one is read in parts.

use posta_testkit as support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security};
use posta_core::reading::{self, Read};
use posta_core::store::{PostaHome, Store};
use posta_core::sync::imap::{sync_account, with_store, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions};
use posta_core::Secret;
use support::fake_server::{FakeServer, Reply};
use support::imap_script::{envelope_lines, imap_server_many, messages, uids_in};

const ACCOUNT: i64 = 1;
/// What the server claims message 1 weighs: reading it in parts is worth it.
const CLAIMED: usize = 5_000_000;

async fn login(server: &FakeServer) -> ImapSession {
    let mut endpoint = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
    endpoint.timeout = Duration::from_secs(10);
    ImapSession::connect(&endpoint, "alice", &Secret::new("hunter2"))
        .await
        .expect("log in to the scripted server")
}

/// The envelopes, message 1 claiming [`CLAIMED`] bytes.
fn envelopes(tag: &str, command: &str) -> Option<Reply> {
    let rest = command.strip_prefix("UID FETCH ")?;
    if !rest.contains("HEADER.FIELDS") {
        return None;
    }
    let set = rest.split(' ').next().unwrap_or_default();
    let first = messages()[0].1.len();
    let lines = envelope_lines(&uids_in(set)).replacen(
        &format!("UID 1 FLAGS () RFC822.SIZE {first} "),
        &format!("UID 1 FLAGS () RFC822.SIZE {CLAIMED} "),
        1,
    );
    Some(Reply::from(format!("{lines}{tag} OK done\r\n")))
}

/// A BODYSTRUCTURE of a text part and a 4 MB attachment.
const TRUTHFUL: &str = "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"8BIT\" 9 1 NIL NIL NIL NIL)\
(\"APPLICATION\" \"PDF\" (\"NAME\" \"umowa.pdf\") NIL NIL \"BASE64\" 4000000 NIL (\"ATTACHMENT\" (\"FILENAME\" \"umowa.pdf\")) NIL NIL) \
\"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL NIL)";

/// How the server answers `UID FETCH 1 (UID RFC822.SIZE BODYSTRUCTURE)`
/// and, for the truthful structure, the parts after it.
#[derive(Clone, Copy, Debug)]
enum Case {
    Missing,
    Refused,
    SizesLie,
    Deep,
    Huge,
    PartsContradict,
    Truthful,
}

fn structure_reply(case: Case, tag: &str) -> Reply {
    let line = |structure: &str| {
        Reply::from(format!(
            "* 1 FETCH (UID 1 RFC822.SIZE {CLAIMED} BODYSTRUCTURE {structure})\r\n{tag} OK done\r\n"
        ))
    };
    match case {
        Case::Missing => Reply::from(format!(
            "* 1 FETCH (UID 1 RFC822.SIZE {CLAIMED})\r\n{tag} OK done\r\n"
        )),
        Case::Refused => Reply::from(format!("{tag} NO [SERVERBUG] cannot\r\n")),
        Case::SizesLie => line(&TRUTHFUL.replace("4000000", "900000000")),
        Case::Deep => {
            let mut s = String::from("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)");
            for _ in 0..1000 {
                s = format!("({s} \"MIXED\")");
            }
            line(&s)
        }
        Case::Huge => {
            let name = "x".repeat(3 << 20);
            line(&TRUTHFUL.replace(
                "\"umowa.pdf\") NIL NIL \"BASE64\"",
                &format!("{{{}}}\r\n{name}) NIL NIL \"BASE64\"", name.len()),
            ))
        }
        Case::PartsContradict | Case::Truthful => line(TRUTHFUL),
    }
}

/// The header, the MIME headers and the text part, as the structure says
/// (or, contradicting it, a 3 MB "text").
fn parts_reply(case: Case, tag: &str) -> Reply {
    let header = "From: Jan Nowak <jan@example.pl>\r\nSubject: Wiadomość 1\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n";
    let mime1 =
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    let mime2 = "Content-Type: application/pdf; name=\"umowa.pdf\"\r\n\
Content-Disposition: attachment; filename=\"umowa.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    let text = match case {
        Case::PartsContradict => "T".repeat(3 << 20),
        _ => "Treść 1\r\n".to_owned(),
    };
    let literal = |s: &str| format!("{{{}}}\r\n{s}", s.len());
    Reply::from(format!(
        "* 1 FETCH (UID 1 BODY[HEADER] {} BODY[1.MIME] {} BODY[2.MIME] {} BODY[1] {})\r\n{tag} OK done\r\n",
        literal(header),
        literal(mime1),
        literal(mime2),
        literal(&text)
    ))
}

fn server(case: Case) -> FakeServer {
    imap_server_many(move |tag, command| {
        if let Some(reply) = envelopes(tag, command) {
            return Some(reply);
        }
        if command.starts_with("UID FETCH 1 (UID RFC822.SIZE BODYSTRUCTURE)") {
            return Some(structure_reply(case, tag));
        }
        if command.starts_with("UID FETCH 1 (UID BODY.PEEK[HEADER]") {
            return Some(parts_reply(case, tag));
        }
        None
    })
}

/// Syncs the envelopes, then reads message 1 as the worker does; what was
/// stored (whole or not) and the document or body.
async fn read(case: Case) -> (Read, bool, Vec<u8>) {
    let server = server(case);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&PostaHome::at(dir.path())).expect("store");
    store.ensure_account(ACCOUNT, "alice").expect("account");
    let store: SharedStore = Arc::new(Mutex::new(store));
    let mut session = login(&server).await;
    sync_account(
        &mut session,
        &store,
        ACCOUNT,
        &SyncOptions::default(),
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("sync");
    let id = with_store(&store, |s| {
        let folder = s.folder_id(ACCOUNT, "INBOX")?.expect("INBOX");
        Ok(s.message_by_uid(folder, 1)?.expect("message 1").id)
    })
    .expect("message");
    let started = Instant::now();
    let mut read = reading::fetch_for_reading(&mut session, &store, id)
        .await
        .unwrap_or_else(|err| panic!("{case:?}: {err}"));
    let first = read;
    if read == Read::NeedsWhole {
        let mut again = login(&server).await;
        read = reading::fetch_whole(&mut again, &store, id)
            .await
            .unwrap_or_else(|err| panic!("{case:?} again: {err}"));
    }
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{case:?} took {:?}",
        started.elapsed()
    );
    let (raw, partial) = with_store(&store, |s| Ok(s.readable(id)?))
        .expect("readable")
        .expect("something to show");
    assert_eq!(read == Read::Partial, partial, "{case:?}");
    (first, partial, raw)
}

#[tokio::test]
async fn a_wrong_missing_or_hostile_bodystructure_falls_back_to_the_whole_message() {
    let whole = messages()[0].1.clone().into_bytes();
    for (case, first) in [
        (Case::Missing, Read::Whole),
        (Case::Refused, Read::NeedsWhole),
        (Case::SizesLie, Read::Whole),
        (Case::Deep, Read::NeedsWhole),
        (Case::Huge, Read::NeedsWhole),
        (Case::PartsContradict, Read::NeedsWhole),
    ] {
        let (read, partial, raw) = read(case).await;
        assert_eq!(read, first, "{case:?}");
        assert!(!partial, "{case:?}");
        assert_eq!(raw, whole, "{case:?}: the whole message is stored");
    }
}

#[tokio::test]
async fn a_truthful_bodystructure_brings_the_text_and_lists_the_attachment() {
    let (read, partial, raw) = read(Case::Truthful).await;
    assert_eq!(read, Read::Partial);
    assert!(partial);
    let rendered = posta_core::render::partial_message(&raw, 80);
    let text = rendered.document.text(&posta_i18n::deception_warning);
    assert!(text.contains("Treść 1"), "{text}");
    assert_eq!(rendered.attachments.len(), 1);
    let attachment = &rendered.attachments[0];
    assert_eq!(attachment.name, "umowa.pdf");
    assert_eq!(attachment.unfetched.as_deref(), Some("2"));
    assert_eq!(attachment.size, 4_000_000 * 57 / 78);
}
