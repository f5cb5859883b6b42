//! The IMAP half of the account layer against a real Dovecot: every
//! listener, folders with non-ASCII names, envelopes, bodies, flags and
//! keywords, move/delete/append, sharing (NAMESPACE + ACL), METADATA, IDLE.

use posta_testkit as support;

use std::sync::Arc;
use std::time::Duration;

use posta_core::account::{Connection, ConnectionSettings, Protocol};
use posta_core::imap::{AuthMechanism, FlagChange, IdleOutcome, ImapSession, SpecialUse};
use posta_core::message::{Flag, RemoteId};
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::{ErrorKind, Secret};
use support::dovecot::{Dovecot, User, ALICE, BOB};

fn endpoint(d: &Dovecot, port: u16, security: Security) -> Endpoint {
    Endpoint {
        host: d.host().to_owned(),
        port,
        security,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(std::fs::read(d.ca_pem()).expect("CA PEM"))),
            pinned: None,
        },
        timeout: Duration::from_secs(20),
    }
}

/// The names of the folders `session` lists.
async fn folder_names(session: &mut ImapSession) -> Vec<String> {
    session
        .list_folders()
        .await
        .expect("list")
        .into_iter()
        .map(|f| f.name)
        .collect()
}

async fn login(d: &Dovecot, user: &User) -> ImapSession {
    ImapSession::connect(
        &endpoint(d, d.imaps_port(), Security::Tls),
        user.name,
        &Secret::new(user.password),
    )
    .await
    .expect("login over IMAPS")
}

fn message(subject_header: &str, body: &str) -> Vec<u8> {
    format!(
        "From: =?UTF-8?Q?Zofia_=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>\r\n\
To: alice@example.org\r\n\
Subject: {subject_header}\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
Message-ID: <{}@example.pl>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
        body.len()
    )
    .into_bytes()
}

fn multipart() -> Vec<u8> {
    b"From: jan@example.sk\r\nTo: alice@example.org\r\nSubject: Faktura\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Dobr\xc3\xbd de\xc5\x88\r\n--XX\r\nContent-Type: application/octet-stream; name=\"a.bin\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nAAECAwQ=\r\n--XX--\r\n"
        .to_vec()
}

#[tokio::test]
async fn logs_in_on_every_imap_listener_with_login_and_authenticate() {
    let d = Dovecot::start();
    let password = Secret::new(ALICE.password);
    for (port, security) in [
        (d.imaps_port(), Security::Tls),
        (d.imap_port(), Security::StartTls),
    ] {
        for mechanism in [AuthMechanism::Login, AuthMechanism::Plain] {
            let s = ImapSession::connect_with(
                &endpoint(&d, port, security),
                ALICE.name,
                &password,
                mechanism,
            )
            .await
            .unwrap_or_else(|e| panic!("{security:?} {mechanism:?}: {e}"));
            assert!(s.has_capability("IDLE"), "{:?}", s.server_capabilities());
            assert!(s.keywords_allowed());
            s.logout().await.expect("logout");
        }
    }
    // The plain port with no encryption works only when chosen explicitly.
    let s = ImapSession::connect(
        &endpoint(&d, d.imap_port(), Security::Insecure),
        ALICE.name,
        &password,
    )
    .await;
    assert!(s.is_ok(), "explicitly insecure connection: {:?}", s.err());

    let wrong = ImapSession::connect(
        &endpoint(&d, d.imaps_port(), Security::Tls),
        ALICE.name,
        &Secret::new("nope"),
    )
    .await
    .expect_err("wrong password must fail");
    assert_eq!(wrong.kind(), ErrorKind::AuthenticationFailed, "{wrong}");
    assert!(!format!("{wrong:?}").contains("nope"));
}

#[tokio::test]
async fn folders_with_non_ascii_names_round_trip() {
    let d = Dovecot::start();
    let mut s = login(&d, &ALICE).await;
    for name in ["Żółć", "Počta", "Входящи", "Projekty/Kôš & spol"] {
        s.create_folder(name)
            .await
            .unwrap_or_else(|e| panic!("create {name}: {e}"));
    }
    let folders = s.list_folders().await.expect("list");
    let names: Vec<&str> = folders.iter().map(|f| f.name.as_str()).collect();
    for name in [
        "INBOX",
        "Żółć",
        "Počta",
        "Входящи",
        "Projekty",
        "Projekty/Kôš & spol",
        "Sent",
        "Trash",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let by_name = |n: &str| folders.iter().find(|f| f.name == n).expect("folder");
    assert_eq!(by_name("INBOX").role, Some(SpecialUse::Inbox));
    assert_eq!(by_name("Sent").role, Some(SpecialUse::Sent));
    assert_eq!(by_name("Trash").role, Some(SpecialUse::Trash));
    assert_eq!(by_name("Archive").role, Some(SpecialUse::Archive));
    assert_eq!(by_name("Żółć").wire_name, "&AXsA8wFCAQc-");
    let nested = by_name("Projekty/Kôš & spol");
    assert_eq!(nested.leaf(), "Kôš & spol");
    assert_eq!(nested.parent(), Some("Projekty"));
    // Dovecot stores the name in modified UTF-7 too: the server agrees.
    let listed = d.doveadm(&["mailbox", "list", "-u", ALICE.name]);
    assert!(
        listed.contains("Żółć") || listed.contains("&AXsA8wFCAQc-"),
        "{listed}"
    );

    s.rename_folder("Żółć", "Żółć stara").await.expect("rename");
    s.delete_folder("Počta").await.expect("delete");
    let names = folder_names(&mut s).await;
    assert!(
        names.contains(&"Żółć stara".to_owned()) && !names.contains(&"Żółć".to_owned()),
        "{names:?}"
    );
    assert!(!names.contains(&"Počta".to_owned()));
    let status = s.select("Входящи").await.expect("select Cyrillic folder");
    assert_eq!(status.exists, 0);
}

#[tokio::test]
async fn envelopes_bodies_flags_keywords_move_delete_append() {
    let d = Dovecot::start();
    d.deliver(
        &ALICE,
        "INBOX",
        &message("=?UTF-8?Q?=C5=BB=C3=B3=C5=82=C4=87?=", "pierwsza"),
    );
    d.deliver(
        &ALICE,
        "INBOX",
        &message("=?UTF-8?B?0J/RgNC40LLQtdGC?=", "второ"),
    );
    d.deliver(&ALICE, "INBOX", &multipart());
    let mut s = login(&d, &ALICE).await;
    let status = s.select("INBOX").await.expect("select");
    assert_eq!(status.exists, 3);
    assert!(status.uid_validity.is_some() && status.uid_next == Some(4));
    assert!(
        status.highest_modseq.is_some(),
        "CONDSTORE select gives HIGHESTMODSEQ"
    );

    let envelopes = s.fetch_envelopes("1:*").await.expect("envelopes");
    let subjects: Vec<&str> = envelopes
        .iter()
        .map(|e| e.headers.subject.as_str())
        .collect();
    assert_eq!(subjects, ["Żółć", "Привет", "Faktura"]);
    assert_eq!(
        envelopes[0].headers.from[0].name.as_deref(),
        Some("Zofia Żółw")
    );
    assert!(envelopes.iter().all(|e| e.size > 0 && e.flags.is_empty()));
    assert_eq!(s.fetch_envelopes("2:3").await.expect("range").len(), 2);

    // Bodies on demand, without marking read.
    let body = s.fetch_message(1).await.expect("body");
    assert!(
        body.ends_with(b"pierwsza\r\n"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    assert_eq!(
        s.fetch_part(3, &[1]).await.expect("part 1"),
        "Dobrý deň".as_bytes()
    );
    assert_eq!(s.fetch_part(3, &[2]).await.expect("part 2"), b"AAECAwQ=");
    assert!(s.fetch_part(3, &[7]).await.is_err());
    assert!(s
        .fetch_flags("1:*")
        .await
        .expect("flags")
        .iter()
        .all(|(_, f)| !f.contains(&Flag::Seen)));

    // Flags and keywords, set and cleared.
    let tag = Flag::Keyword("$label1".into());
    s.store_flags(
        &[1, 2],
        FlagChange::Add,
        &[Flag::Seen, Flag::Flagged, tag.clone()],
    )
    .await
    .expect("add");
    s.store_flags(&[2], FlagChange::Remove, &[Flag::Flagged])
        .await
        .expect("remove");
    let flags = s.fetch_flags("1:*").await.expect("flags");
    assert_eq!(flags[0], (1, vec![Flag::Seen, Flag::Flagged, tag.clone()]));
    assert!(
        flags[1].1.contains(&Flag::Seen)
            && flags[1].1.contains(&tag)
            && !flags[1].1.contains(&Flag::Flagged)
    );
    // A second connection sees the same state: it is on the server.
    let mut other = login(&d, &ALICE).await;
    other.examine("INBOX").await.expect("examine");
    assert_eq!(
        other.fetch_flags("1").await.expect("flags")[0].1,
        vec![Flag::Seen, Flag::Flagged, tag]
    );

    // Move, delete, append.
    s.move_messages(&[2], "Archive").await.expect("move");
    assert_eq!(d.message_count(&ALICE, "Archive"), 1);
    s.delete_messages(&[1]).await.expect("delete");
    assert_eq!(s.all_uids().await.expect("uids"), vec![3]);
    assert_eq!(d.message_count(&ALICE, "INBOX"), 1);
    s.append("Sent", &[Flag::Seen], &message("Wysłana", "treść"))
        .await
        .expect("append");
    s.select("Sent").await.expect("select Sent");
    let sent = s.fetch_envelopes("1:*").await.expect("sent");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].headers.subject, "Wysłana");
    assert_eq!(sent[0].flags, vec![Flag::Seen]);
    s.copy_messages(&[1], "INBOX").await.expect("copy");
    assert_eq!(d.message_count(&ALICE, "INBOX"), 2);
}

#[tokio::test]
async fn namespace_acl_and_a_shared_folder_seen_by_a_second_user() {
    let d = Dovecot::start();
    let mut alice = login(&d, &ALICE).await;
    let ns = alice.namespaces().await.expect("NAMESPACE");
    assert_eq!(ns.personal[0].prefix, "");
    let shared_prefix = ns
        .other_users
        .iter()
        .chain(ns.shared.iter())
        .map(|n| n.prefix.clone())
        .find(|p| p.starts_with("shared"))
        .expect("a shared namespace");
    assert_eq!(shared_prefix, "shared/");
    // The connection survives NAMESPACE (async-imap's own parser kills it).
    assert_eq!(
        alice
            .select("INBOX")
            .await
            .expect("select after NAMESPACE")
            .exists,
        0
    );
    assert_eq!(alice.namespaces().await.expect("again"), ns);

    alice.create_folder("Projekty").await.expect("create");
    d.deliver(&ALICE, "Projekty", &message("Plan", "wspólny"));
    assert!(alice
        .my_rights("Projekty")
        .await
        .expect("MYRIGHTS")
        .contains('a'));
    alice
        .set_acl("Projekty", BOB.name, "lr")
        .await
        .expect("SETACL");
    let acl = alice.get_acl("Projekty").await.expect("GETACL");
    assert!(
        acl.iter()
            .any(|e| e.identifier == "bob" && e.rights == "lr"),
        "{acl:?}"
    );

    let mut bob = login(&d, &BOB).await;
    let folders = bob.list_folders().await.expect("bob lists");
    let shared = folders
        .iter()
        .find(|f| f.name == "shared/alice/Projekty")
        .unwrap_or_else(|| panic!("shared folder missing: {folders:?}"));
    assert!(shared.shared);
    assert!(folders
        .iter()
        .filter(|f| !f.name.starts_with("shared"))
        .all(|f| !f.shared));
    assert_eq!(
        bob.my_rights("shared/alice/Projekty")
            .await
            .expect("bob's rights"),
        "lr"
    );
    assert_eq!(
        bob.select("shared/alice/Projekty")
            .await
            .expect("open shared")
            .exists,
        1
    );
    let envs = bob.fetch_envelopes("1:*").await.expect("read shared");
    assert_eq!(envs[0].headers.subject, "Plan");
    // Read-only is enforced by the server too.
    assert!(bob.delete_messages(&[1]).await.is_err() || d.message_count(&ALICE, "Projekty") == 1);
    assert_eq!(d.message_count(&ALICE, "Projekty"), 1);

    alice
        .delete_acl("Projekty", BOB.name)
        .await
        .expect("DELETEACL");
    let mut bob2 = login(&d, &BOB).await;
    let names = folder_names(&mut bob2).await;
    assert!(!names.iter().any(|n| n.contains("Projekty")), "{names:?}");
}

#[tokio::test]
async fn metadata_round_trips_on_server_and_folder() {
    let d = Dovecot::start();
    let mut s = login(&d, &ALICE).await;
    assert!(
        s.has_capability("METADATA"),
        "{:?}",
        s.server_capabilities()
    );
    let entry = "/private/vendor/posta/tags";
    let value = r##"{"$label1":{"name":"Ważne – Důležité – Важно","color":"#cc0000"}}"##;
    assert_eq!(s.get_metadata("", entry).await.expect("get unset"), None);
    s.set_metadata("", entry, Some(value))
        .await
        .expect("set server entry");
    s.set_metadata("INBOX", "/private/comment", Some("skrzynka"))
        .await
        .expect("set folder entry");
    let mut other = login(&d, &ALICE).await;
    assert_eq!(
        other.get_metadata("", entry).await.expect("get").as_deref(),
        Some(value)
    );
    assert_eq!(
        other
            .get_metadata("INBOX", "/private/comment")
            .await
            .expect("get")
            .as_deref(),
        Some("skrzynka")
    );
    s.set_metadata("", entry, None).await.expect("remove");
    assert_eq!(
        other.get_metadata("", entry).await.expect("get removed"),
        None
    );
    assert!(s.set_metadata("", "not-an-entry", Some("x")).await.is_err());
}

#[tokio::test]
async fn idle_wakes_when_another_connection_delivers() {
    let d = Dovecot::start();
    let mut watcher = login(&d, &ALICE).await;
    watcher.select("INBOX").await.expect("select");
    // Nothing happens: the wait ends at its limit and the session still works.
    let quiet = watcher
        .idle(Duration::from_millis(300), std::future::pending())
        .await
        .expect("idle");
    assert_eq!(quiet, IdleOutcome::TimedOut);
    let mut sender = login(&d, &ALICE).await;
    let waiting = watcher.idle(Duration::from_secs(30), std::future::pending());
    let delivering = async {
        // IDLE is entered before this runs: the watcher's future is polled first.
        tokio::task::yield_now().await;
        sender
            .append("INBOX", &[], &message("Nowa", "wiadomość"))
            .await
            .expect("append");
    };
    let (outcome, ()) = tokio::join!(waiting, delivering);
    assert_eq!(outcome.expect("idle"), IdleOutcome::Changed);
    // After DONE the same session answers ordinary commands.
    assert_eq!(
        watcher
            .select("INBOX")
            .await
            .expect("select after idle")
            .exists,
        1
    );
    let stopped = watcher
        .idle(Duration::from_secs(30), async {})
        .await
        .expect("stop");
    assert_eq!(stopped, IdleOutcome::Stopped);
    watcher.logout().await.expect("logout after idle");
}

#[tokio::test]
async fn one_api_over_both_protocols() {
    let d = Dovecot::start();
    d.deliver(&ALICE, "INBOX", &message("Ahoj", "správa"));
    let password = Secret::new(ALICE.password);
    let imap = ConnectionSettings {
        protocol: Protocol::Imap,
        endpoint: endpoint(&d, d.imaps_port(), Security::Tls),
        user: ALICE.name.into(),
        password: password.clone(),
    };
    let pop3 = ConnectionSettings {
        protocol: Protocol::Pop3,
        endpoint: endpoint(&d, d.pop3s_port(), Security::Tls),
        user: ALICE.name.into(),
        password,
    };
    let mut seen = Vec::new();
    for settings in [imap, pop3] {
        let mut c = Connection::connect(&settings).await.expect("connect");
        let caps = c.capabilities();
        assert_eq!(caps.server_folders, settings.protocol == Protocol::Imap);
        assert_eq!(caps.shared_folders, settings.protocol == Protocol::Imap);
        assert_eq!(caps.push, settings.protocol == Protocol::Imap);
        assert!(caps.partial_fetch);
        // What the wizard's check does, then the message as each sync
        // engine reads it from its own protocol's session.
        assert!(c.verify().await.expect("verify") >= 1);
        assert_eq!(
            matches!(c, Connection::Imap(_)),
            settings.protocol == Protocol::Imap
        );
        let (envelope, raw) = match &mut c {
            Connection::Imap(s) => {
                let folders = s.list_folders().await.expect("folders");
                assert!(folders.iter().any(|f| f.role == Some(SpecialUse::Inbox)));
                assert_eq!(s.select("INBOX").await.expect("open").exists, 1);
                let envelopes = s.fetch_envelopes("1:*").await.expect("envelopes");
                assert_eq!(envelopes.len(), 1);
                let RemoteId::Uid(uid) = envelopes[0].id else {
                    panic!("wrong id kind {:?}", envelopes[0].id);
                };
                let raw = s.fetch_message(uid).await.expect("message");
                (envelopes[0].clone(), raw)
            }
            Connection::Pop3(s) => {
                assert_eq!(s.stat().await.expect("open").0, 1);
                let envelopes = s.envelopes().await.expect("envelopes");
                assert_eq!(envelopes.len(), 1);
                let RemoteId::Uidl(uidl) = &envelopes[0].id else {
                    panic!("wrong id kind {:?}", envelopes[0].id);
                };
                let number = s
                    .uidl()
                    .await
                    .expect("uidl")
                    .into_iter()
                    .find(|(_, id)| id == uidl)
                    .map(|(n, _)| n)
                    .expect("on the server");
                let raw = s.retr(number).await.expect("message");
                (envelopes[0].clone(), raw)
            }
        };
        seen.push((envelope.headers.subject.clone(), raw));
        if settings.protocol == Protocol::Pop3 {
            assert_eq!(
                c.imap().err().map(|e| e.kind()),
                Some(ErrorKind::Unsupported)
            );
        }
        c.close().await.expect("close");
    }
    assert_eq!(seen[0], seen[1], "IMAP and POP3 give the same message");
}
