//! `posta rule` and `posta vacation` against a real Dovecot with Pigeonhole:
//! the rules become a Sieve script on the server (ManageSieve, STARTTLS),
//! another client's active script keeps working through `include`, and
//! mail delivered over LMTP while no Posta runs is already filed; the
//! vacation reply goes out once, through the server's `sendmail`. A server
//! without ManageSieve leaves the rules here.

use std::net::{Ipv4Addr, TcpListener};
use std::path::Path;
use std::process::Output;

use posta_core::managesieve::{Credentials, SieveSession};
use posta_core::net::{Endpoint, Security};
use posta_core::store::{AccountConfig, PostaHome};
use posta_core::Secret;
use posta_testkit::accounts;
use posta_testkit::cli::{self, assert_code, text as out};
use posta_testkit::dovecot::{Dovecot, ALICE};

fn posta(home: &Path, args: &[&str]) -> Output {
    cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, ALICE.password)
}

fn alice(dovecot: &Dovecot, home: &Path) -> AccountConfig {
    let account = AccountConfig {
        name: "Alicja".into(),
        ..accounts::imap(dovecot, &ALICE)
    };
    accounts::save(&PostaHome::at(home), vec![account.clone()]);
    account
}

/// Another client's rules (as Roundcube writes them): invoices into Faktury.
const ROUNDCUBE: &str = "require [\"fileinto\"];\r\n\
    # rule:[faktury]\r\n\
    if header :contains \"subject\" \"[faktura]\" {\r\n\
    \tfileinto \"Faktury\";\r\n\
    }\r\n";

/// Puts `ROUNDCUBE` on the server and makes it the active script, the way
/// a webmail would.
fn roundcube_rules(dovecot: &Dovecot) {
    let mut endpoint = Endpoint::new(
        dovecot.host(),
        dovecot.managesieve_port(),
        Security::StartTls,
    );
    endpoint.tls.extra_ca_pem = Some(std::sync::Arc::new(
        std::fs::read(dovecot.ca_pem()).expect("CA"),
    ));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let credentials = Credentials::Password(Secret::new(ALICE.password));
        let mut session = SieveSession::connect(&endpoint, ALICE.name, &credentials)
            .await
            .expect("ManageSieve login");
        assert!(session.extensions().has("include"), "{session:?}");
        session
            .put_script("roundcube", ROUNDCUBE)
            .await
            .expect("PUTSCRIPT");
        session.set_active("roundcube").await.expect("SETACTIVE");
        let _ = session.logout().await;
    });
    dovecot.ensure_folder(&ALICE, "Faktury");
}

fn mail(from: &str, subject: &str, extra: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Alicja <alice@example.org>\r\nSubject: {subject}\r\n\
         Date: Mon, 21 Dec 2026 09:00:00 +0100\r\nMessage-ID: <{}@posta.test>\r\n{extra}\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
        subject.len() * 7 + from.len()
    )
    .into_bytes()
}

/// The flags of the messages in `folder` (`doveadm fetch`).
fn flags(dovecot: &Dovecot, folder: &str) -> String {
    dovecot.doveadm(&["fetch", "-u", ALICE.name, "flags", "mailbox", folder])
}

#[test]
fn rules_and_the_vacation_reply_work_on_the_server_while_no_posta_runs() {
    let dovecot = Dovecot::start_with_sieve();
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    alice(&dovecot, home);
    roundcube_rules(&dovecot);
    let port = dovecot.managesieve_port().to_string();
    assert_code(
        &posta(home, &["rule", "server", "Alicja", "--port", &port]),
        0,
    );

    let added = posta(
        home,
        &[
            "rule",
            "add",
            "Alicja",
            "Newslettery",
            "--from",
            "newsletter@sklep.pl",
            "--move-to",
            "Newsletters",
            "--mark-read",
            "--password-stdin",
        ],
    );
    assert_code(&added, 0);
    let (stdout, _) = out(&added);
    assert!(stdout.contains("also while Posta is closed"), "{stdout}");
    assert!(
        stdout.contains("“roundcube”"),
        "the old rules are kept: {stdout}"
    );

    let body = home.join("urlop.txt");
    std::fs::write(
        &body,
        "Dzień dobry,\njestem na urlopie do 4 stycznia.\n.\nAlicja\n",
    )
    .expect("body");
    let vacation = posta(
        home,
        &[
            "vacation",
            "Alicja",
            "--on",
            "--subject",
            "Urlop do 4 stycznia",
            "--body-file",
            body.to_str().expect("utf-8"),
            "--days",
            "3",
            "--password-stdin",
        ],
    );
    assert_code(&vacation, 0);
    assert!(
        out(&vacation).0.contains("automatic reply"),
        "{:?}",
        out(&vacation)
    );

    let listed = posta(home, &["rule", "list", "Alicja"]);
    assert_code(&listed, 0);
    assert_eq!(
        out(&listed).0,
        "1\tNewslettery\ton\tserver\tany\tfrom:newsletter@sklep.pl\tmark-read;move-to:Newsletters\n\
         -\troundcube\ton\tserver\t-\tmade-elsewhere\tinclude\n"
    );

    // No Posta runs now: the server delivers three messages.
    dovecot.lmtp_deliver(
        "newsletter@sklep.pl",
        "alice@example.org",
        &mail(
            "Sklep Żabka <newsletter@sklep.pl>",
            "Promocje tygodnia",
            "List-Id: <promocje.sklep.pl>\r\nList-Unsubscribe: <mailto:off@sklep.pl>\r\nPrecedence: bulk\r\n",
            "Nowości w sklepie.",
        ),
    );
    dovecot.lmtp_deliver(
        "faktury@dostawca.pl",
        "alice@example.org",
        &mail(
            "Dostawca <faktury@dostawca.pl>",
            "[faktura] FV/2026/12/031",
            "Auto-Submitted: auto-generated\r\n",
            "W załączeniu faktura.",
        ),
    );
    dovecot.lmtp_deliver(
        "zuzana@priklad.sk",
        "alice@example.org",
        &mail(
            "Zuzana Nováková <zuzana@priklad.sk>",
            "Stretnutie v piatok",
            "",
            "Ahoj Alicja, máš čas v piatok?",
        ),
    );

    assert_eq!(
        dovecot.message_count(&ALICE, "Newsletters"),
        1,
        "{}",
        dovecot.log_tail(30)
    );
    assert!(
        flags(&dovecot, "Newsletters").contains("\\Seen"),
        "{}",
        flags(&dovecot, "Newsletters")
    );
    assert_eq!(
        dovecot.message_count(&ALICE, "Faktury"),
        1,
        "{}",
        dovecot.log_tail(30)
    );
    assert_eq!(
        dovecot.message_count(&ALICE, "INBOX"),
        1,
        "{}",
        dovecot.log_tail(30)
    );
    assert!(!flags(&dovecot, "INBOX").contains("\\Seen"));

    let sent = dovecot.sent_by_sieve();
    assert_eq!(sent.len(), 1, "one reply, to the person only: {sent:?}");
    let (args, reply) = &sent[0];
    assert!(args.contains("zuzana@priklad.sk"), "{args}");
    let reply = String::from_utf8_lossy(reply);
    assert!(reply.contains("Subject: Urlop do 4 stycznia"), "{reply}");
    assert!(reply.contains("To: \"Zuzana Nováková\""), "{reply}");
}

#[test]
fn without_managesieve_the_rules_run_here() {
    let dovecot = Dovecot::start();
    let home = tempfile::tempdir().expect("home");
    let home = home.path();
    alice(&dovecot, home);
    // A port nothing listens on.
    let closed = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
        .to_string();
    assert_code(
        &posta(home, &["rule", "server", "Alicja", "--port", &closed]),
        0,
    );
    let added = posta(
        home,
        &[
            "rule",
            "add",
            "Alicja",
            "Faktúry",
            "--subject",
            "faktúra",
            "--tag",
            "$faktura",
            "--password-stdin",
        ],
    );
    assert_code(&added, 0);
    assert!(
        out(&added).0.contains("only while it runs"),
        "{:?}",
        out(&added)
    );
    let listed = posta(home, &["rule", "list", "Alicja"]);
    assert_eq!(
        out(&listed).0,
        "1\tFaktúry\ton\there\tany\tsubject:faktúra\ttag:$faktura\n"
    );
    // The vacation reply cannot run here: said, and a failure.
    let body = home.join("urlop.txt");
    std::fs::write(&body, "Som na dovolenke.").expect("body");
    let vacation = posta(
        home,
        &[
            "vacation",
            "Alicja",
            "--on",
            "--subject",
            "Dovolenka",
            "--body-file",
            body.to_str().expect("utf-8"),
            "--password-stdin",
        ],
    );
    assert_code(&vacation, 1);
    assert!(
        out(&vacation).1.contains("no reply can be set up"),
        "{:?}",
        out(&vacation)
    );
}
