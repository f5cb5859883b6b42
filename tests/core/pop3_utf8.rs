//! What a POP3 server may do to mail in transit (issue 33): with `UTF8` in
//! `CAPA`, Posta asks for UTF-8 mode (RFC 6856) before logging in and gets
//! the original; a server that hands out a stand-in (RFC 6856/6858
//! downgrading: no Message-ID, the original attached as `message/global`)
//! or a `RETR` much larger than `LIST` keeps its copy whatever the
//! keep-copy policy, and the sync says so once.

use posta_testkit as support;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use posta_core::net::{Endpoint, Security};
use posta_core::store::{AccountConfig, KeepCopy, PostaHome, Store};
use posta_core::sync::pop3::{sync_pop3, Pop3Account};
use posta_core::sync::{CancelToken, SharedStore, SyncSummary};
use posta_core::Secret;
use support::fake_server::{FakeServer, Reply};
use support::pop3_script::{maildrop, maildrop_reply};

const CAPA: &str = "USER\r\nUIDL\r\nTOP\r\n";
const CAPA_UTF8: &str = "USER\r\nUIDL\r\nTOP\r\nUTF8\r\n";

/// A message whose header carries raw UTF-8 (RFC 6532).
fn original() -> String {
    "From: Zofia Żółtowska <zofia@example.pl>\r\nTo: jan@example.sk\r\n\
     Subject: Żółć i gęśl\r\nMessage-ID: <utf8-2@example.pl>\r\n\
     Date: Mon, 23 Nov 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\
     \r\nZażółć gęślą jaźń.\r\n"
        .to_owned()
}

/// What a downgrading server hands a client not in UTF-8 mode instead.
fn stand_in() -> String {
    format!(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@example.pl>\r\nTo: jan@example.sk\r\n\
         Subject: Cannot display Unicode content\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\
         Content-Type: text/plain\r\n\r\nThis message has Unicode headers.\r\n--b1\r\n\
         Content-Type: message/global\r\n\r\n{}\r\n--b1--\r\n",
        original()
    )
}

/// The scripted maildrop: the usual three, message 2 carrying UTF-8 —
/// itself in UTF-8 mode, else its stand-in.
fn drop_for(utf8: bool) -> Vec<(u32, String, String)> {
    let mut drop = maildrop();
    drop[1].2 = if utf8 { original() } else { stand_in() };
    drop
}

/// A server listing `capa` that downgrades message 2 for a client that
/// did not send `UTF8`, one connection after another.
fn downgrading_server(capa: &'static str) -> FakeServer {
    let utf8 = Arc::new(AtomicBool::new(false));
    FakeServer::start_many("+OK POP3 ready\r\n", move |line: &str| {
        if line.eq_ignore_ascii_case("UTF8") {
            if capa.contains("UTF8") {
                utf8.store(true, Ordering::SeqCst);
                return Reply::from("+OK UTF8 enabled\r\n");
            }
            return Reply::from("-ERR unknown command\r\n");
        }
        if line.eq_ignore_ascii_case("QUIT") {
            // The next connection starts outside UTF-8 mode.
            utf8.store(false, Ordering::SeqCst);
        }
        maildrop_reply(line, &drop_for(utf8.load(Ordering::SeqCst)), capa)
    })
}

struct Local {
    _home: tempfile::TempDir,
    store: SharedStore,
    account: AccountConfig,
    endpoint: Endpoint,
}

impl Local {
    fn new(server: &FakeServer) -> Local {
        let home = tempfile::tempdir().expect("home");
        let store = Store::open(&PostaHome::at(home.path())).expect("store");
        let mut endpoint = Endpoint::new("127.0.0.1", server.port(), Security::Insecure);
        endpoint.timeout = Duration::from_secs(20);
        Local {
            _home: home,
            store: Arc::new(std::sync::Mutex::new(store)),
            account: AccountConfig {
                name: "Pošta".into(),
                protocol: posta_core::account::Protocol::Pop3,
                keep_copy: KeepCopy::DeleteAfterDownload,
                ..support::accounts::base()
            },
            endpoint,
        }
    }

    async fn sync(&self) -> SyncSummary {
        let password = Secret::new("heslo");
        let pop3 = Pop3Account {
            endpoint: &self.endpoint,
            user: "jan",
            password: &password,
            store: &self.store,
            account: &self.account,
        };
        sync_pop3(&pop3, &Default::default(), &CancelToken::new(), &mut |_| {})
            .await
            .expect("sync")
    }

    fn subjects(&self) -> Vec<String> {
        support::stores::subjects(&self.store, "INBOX").expect("INBOX")
    }
}

fn sent(log: &[String], verb: &str) -> Vec<String> {
    log.iter()
        .filter(|l| l.to_ascii_uppercase().starts_with(verb))
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_server_offering_utf8_is_asked_before_login_and_sends_the_original() {
    let server = downgrading_server(CAPA_UTF8);
    let local = Local::new(&server);
    let summary = local.sync().await;
    assert_eq!(summary.new_messages, 3);
    assert_eq!(summary.kept_on_server, 0);
    assert!(local.subjects().contains(&"Żółć i gęśl".to_owned()));
    let log = server.finish();
    let utf8 = log.iter().position(|l| l == "UTF8").expect("UTF8 sent");
    let user = log
        .iter()
        .position(|l| l.starts_with("USER"))
        .expect("USER");
    assert!(utf8 < user, "RFC 6856: before logging in: {log:?}");
    assert_eq!(sent(&log, "DELE"), ["DELE 1", "DELE 2", "DELE 3"]);
}

#[tokio::test]
async fn a_stand_in_stays_on_the_server_and_is_said_once() {
    let server = downgrading_server(CAPA);
    let local = Local::new(&server);
    let summary = local.sync().await;
    assert_eq!(summary.new_messages, 3);
    assert_eq!(summary.kept_on_server, 1, "said");
    // The stand-in is here, to read; the original stays on the server.
    assert!(local
        .subjects()
        .contains(&"Cannot display Unicode content".to_owned()));
    let again = local.sync().await;
    assert_eq!(again.new_messages, 0);
    assert_eq!(again.kept_on_server, 0, "said once");
    let log = server.finish();
    assert!(!log.iter().any(|l| l == "UTF8"), "not offered: {log:?}");
    assert_eq!(sent(&log, "DELE"), ["DELE 1", "DELE 3"]);
    assert_eq!(sent(&log, "RETR 2").len(), 1, "downloaded once");
}

#[tokio::test]
async fn a_retr_much_larger_than_list_stays_on_the_server() {
    // LIST says 400 bytes less than RETR gives for message 1: more than
    // its line ends explain.
    let server = FakeServer::start_many("+OK POP3 ready\r\n", |line: &str| {
        let mut drop = maildrop();
        drop[0].2 = drop[0]
            .2
            .replace("Text 1", &format!("Text 1 {}", "ž".repeat(200)));
        let reply = maildrop_reply(line, &drop, CAPA);
        match line {
            "LIST" => {
                let listing: String = drop
                    .iter()
                    .map(|(n, _, m)| {
                        let told = if *n == 1 { m.len() - 400 } else { m.len() };
                        format!("{n} {told}\r\n")
                    })
                    .collect();
                Reply::from(format!("+OK\r\n{listing}.\r\n"))
            }
            _ => reply,
        }
    });
    let local = Local::new(&server);
    let summary = local.sync().await;
    assert_eq!(summary.new_messages, 3);
    assert_eq!(summary.kept_on_server, 1);
    let log = server.finish();
    assert_eq!(sent(&log, "DELE"), ["DELE 2", "DELE 3"]);
}
