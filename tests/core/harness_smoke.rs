//! Smoke tests for the real-Dovecot harness in `crates/posta-testkit/src/dovecot/`.

use posta_testkit as support;

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpStream};
use std::process::{Command, Stdio};
use std::time::Duration;

use support::dovecot::{Dovecot, ALICE, BOB};

/// A line-oriented raw TCP connection to a plain port.
struct Line {
    reader: BufReader<TcpStream>,
}

impl Line {
    fn connect(port: u16) -> Line {
        let stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port))
            .unwrap_or_else(|e| panic!("connect to port {port}: {e}"));
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        Line {
            reader: BufReader::new(stream),
        }
    }

    fn read_line(&mut self) -> String {
        let mut line = String::new();
        self.reader.read_line(&mut line).expect("read line");
        assert!(!line.is_empty(), "connection closed");
        line
    }

    fn send(&mut self, line: &str) {
        let stream = self.reader.get_mut();
        stream.write_all(line.as_bytes()).unwrap();
        stream.write_all(b"\r\n").unwrap();
    }

    /// Sends an IMAP command tagged `tag`; returns all lines up to and
    /// including the tagged reply.
    fn imap(&mut self, tag: &str, command: &str) -> String {
        self.send(&format!("{tag} {command}"));
        let mut lines = String::new();
        loop {
            let line = self.read_line();
            lines.push_str(&line);
            if line.starts_with(&format!("{tag} ")) {
                return lines;
            }
        }
    }

    /// Reads a POP3 multi-line reply (up to the lone ".").
    fn pop3_multiline(&mut self) -> String {
        let mut lines = String::new();
        loop {
            let line = self.read_line();
            if line == ".\r\n" {
                return lines;
            }
            lines.push_str(&line);
        }
    }
}

fn message(subject: &str) -> Vec<u8> {
    format!(
        "From: Carol <carol@example.org>\r\n\
         To: Alice <alice@example.org>\r\n\
         Subject: {subject}\r\n\
         Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n\
         Message-ID: <{subject}@example.org>\r\n\
         \r\n\
         Body of {subject}.\r\n"
    )
    .into_bytes()
}

fn refuses(port: u16) -> bool {
    TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err()
}

/// `openssl s_client` against a TLS port; returns (success, stdout+stderr).
fn s_client(dc: &Dovecot, port: u16, extra: &[&str], input: &str) -> (bool, String) {
    let mut child = Command::new("openssl")
        .args(["s_client", "-connect", &format!("127.0.0.1:{port}")])
        .args(["-servername", "localhost", "-CAfile"])
        .arg(dc.ca_pem())
        .args(["-verify_return_error", "-brief", "-crlf", "-ign_eof"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run openssl s_client");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// `doveadm fetch` of `fields` from Alice's INBOX, for the messages `which`
/// selects.
fn fetch_inbox(dc: &Dovecot, fields: &str, which: &[&str]) -> String {
    let mut args = vec!["fetch", "-u", ALICE.name, fields, "mailbox", "INBOX"];
    args.extend_from_slice(which);
    dc.doveadm(&args)
}

#[test]
fn plain_ports_greet_and_offer_starttls() {
    let dc = Dovecot::start();
    assert_eq!(dc.host(), "localhost");

    let mut imap = Line::connect(dc.imap_port());
    assert!(imap.read_line().starts_with("* OK"));
    let caps = imap.imap("a1", "CAPABILITY");
    assert!(caps.contains("STARTTLS"), "{caps}");
    assert!(caps.contains("a1 OK"), "{caps}");

    let mut pop3 = Line::connect(dc.pop3_port());
    assert!(pop3.read_line().starts_with("+OK"));
    pop3.send("CAPA");
    assert!(pop3.read_line().starts_with("+OK"));
    let capa = pop3.pop3_multiline();
    assert!(capa.lines().any(|l| l == "STLS"), "{capa}");
    assert!(capa.lines().any(|l| l == "UIDL"), "{capa}");
}

#[test]
fn tls_ports_serve_the_ca_signed_localhost_certificate() {
    let dc = Dovecot::start();

    let (ok, out) = s_client(
        &dc,
        dc.imaps_port(),
        &["-verify_hostname", "localhost"],
        "a LOGOUT\n",
    );
    assert!(ok && out.contains("* OK") && out.contains("a OK"), "{out}");
    let (ok, out) = s_client(
        &dc,
        dc.pop3s_port(),
        &["-verify_hostname", "localhost"],
        "QUIT\n",
    );
    assert!(ok && out.contains("+OK"), "{out}");
    let (ok, out) = s_client(&dc, dc.imap_port(), &["-starttls", "imap"], "a LOGOUT\n");
    assert!(ok && out.contains("a OK"), "{out}");
    let (ok, out) = s_client(&dc, dc.pop3_port(), &["-starttls", "pop3"], "QUIT\n");
    assert!(ok && out.contains("+OK"), "{out}");

    // No IP SAN: verifying against 127.0.0.1 must fail.
    let (ok, out) = s_client(
        &dc,
        dc.imaps_port(),
        &["-verify_ip", "127.0.0.1"],
        "a LOGOUT\n",
    );
    assert!(!ok, "IP verification unexpectedly passed:\n{out}");

    let mut text = Command::new("openssl")
        .args(["x509", "-inform", "DER", "-noout", "-text"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    text.stdin
        .take()
        .unwrap()
        .write_all(&dc.server_cert_der())
        .unwrap();
    let text = String::from_utf8(text.wait_with_output().unwrap().stdout).unwrap();
    assert!(text.contains("DNS:localhost"), "{text}");
    assert!(!text.contains("IP Address"), "{text}");
    assert!(text.contains("CA:FALSE"), "{text}");
}

#[test]
fn users_log_in_and_see_configured_features() {
    let dc = Dovecot::start();

    let mut imap = Line::connect(dc.imap_port());
    imap.read_line();
    let bad = imap.imap("a0", &format!("LOGIN {} wrong", ALICE.name));
    assert!(bad.contains("a0 NO"), "{bad}");
    let ok = imap.imap("a1", &format!("LOGIN {} {}", ALICE.name, ALICE.password));
    assert!(ok.contains("a1 OK"), "{ok}");

    let ns = imap.imap("a2", "NAMESPACE");
    assert!(
        ns.contains(r#"* NAMESPACE (("" "/")) (("shared/" "/")) NIL"#),
        "{ns}"
    );
    let list = imap.imap("a3", r#"LIST "" "*""#);
    for special in ["\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive"] {
        assert!(list.contains(special), "{special} missing:\n{list}");
    }
    let caps = imap.imap("a4", "CAPABILITY");
    for cap in ["METADATA", "ACL", "IDLE", "CONDSTORE", "QRESYNC", "MOVE"] {
        assert!(caps.contains(cap), "{cap} missing:\n{caps}");
    }
    let set = imap.imap("a5", r#"SETMETADATA "" (/private/comment "hello")"#);
    assert!(set.contains("a5 OK"), "{set}");
    let get = imap.imap("a6", r#"GETMETADATA "" /private/comment"#);
    assert!(get.contains("hello"), "{get}");

    assert!(imap.imap("a7", "CREATE Projects").contains("a7 OK"));
    let acl = imap.imap("a8", &format!("SETACL Projects {} lrswi", BOB.name));
    assert!(acl.contains("a8 OK"), "{acl}");

    let mut bob = Line::connect(dc.imap_port());
    bob.read_line();
    assert!(bob
        .imap("b1", &format!("LOGIN {} {}", BOB.name, BOB.password))
        .contains("b1 OK"));
    let shared = bob.imap("b2", r#"LIST "" "shared/*""#);
    assert!(shared.contains("shared/alice/Projects"), "{shared}");

    let mut pop3 = Line::connect(dc.pop3_port());
    pop3.read_line();
    pop3.send(&format!("USER {}", BOB.name));
    assert!(pop3.read_line().starts_with("+OK"));
    pop3.send(&format!("PASS {}", BOB.password));
    let reply = pop3.read_line();
    assert!(reply.starts_with("+OK"), "{reply}");
}

#[test]
fn deliver_puts_messages_where_doveadm_finds_them() {
    let dc = Dovecot::start();
    dc.deliver(&ALICE, "INBOX", &message("first"));
    dc.deliver(&ALICE, "Projects/2024", &message("nested"));
    dc.deliver(&ALICE, "Sent", &message("sent"));

    let found = dc.doveadm(&["search", "-u", ALICE.name, "mailbox", "INBOX", "ALL"]);
    assert_eq!(found.lines().count(), 1, "{found}");
    let subject = fetch_inbox(&dc, "hdr.subject", &["ALL"]);
    assert!(subject.contains("first"), "{subject}");
    assert_eq!(dc.message_count(&ALICE, "Projects/2024"), 1);
    assert_eq!(dc.message_count(&ALICE, "Sent"), 1);
    assert_eq!(dc.message_count(&BOB, "INBOX"), 0);

    // Mail files belong to the mail user, not root.
    let home_owner = std::os::unix::fs::MetadataExt::uid(
        &std::fs::metadata(dc.home(&ALICE).join("Maildir")).unwrap(),
    );
    let dir_owner = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(dc.dir()).unwrap());
    if dir_owner == 0 {
        assert_ne!(home_owner, 0);
    }
}

#[test]
fn bulk_fill_makes_messages_visible() {
    let dc = Dovecot::start();
    dc.bulk_fill(
        &ALICE,
        "INBOX",
        (0..200).map(|i| message(&format!("bulk-{i}"))),
    );
    let status = dc.doveadm(&["mailbox", "status", "-u", ALICE.name, "messages", "INBOX"]);
    assert_eq!(status.trim(), "INBOX messages=200");

    // UIDs follow the iteration order; sizes come from the file names.
    let first = fetch_inbox(&dc, "hdr.subject size.virtual", &["uid", "1"]);
    assert!(first.contains("bulk-0\n"), "{first}");
    let last = fetch_inbox(&dc, "hdr.subject", &["uid", "200"]);
    assert!(last.contains("bulk-199"), "{last}");

    // A sub-folder, with LF-only messages (W= differs from S=).
    let lf_only = |i: usize| format!("Subject: lf-{i}\n\nline one\nline two\n").into_bytes();
    dc.bulk_fill(&ALICE, "Archive/2023", (0..5).map(lf_only));
    assert_eq!(dc.message_count(&ALICE, "Archive/2023"), 5);
    let sizes = dc.doveadm(&[
        "fetch",
        "-u",
        ALICE.name,
        "size.physical size.virtual",
        "mailbox",
        "Archive/2023",
        "uid",
        "1",
    ]);
    let expected = lf_only(0).len();
    assert!(
        sizes.contains(&format!("size.physical: {expected}")),
        "{sizes}"
    );
    assert!(
        sizes.contains(&format!("size.virtual: {}", expected + 4)),
        "{sizes}"
    );
}

#[test]
fn stop_refuses_connections_and_restart_serves_same_data() {
    let mut dc = Dovecot::start();
    dc.deliver(&ALICE, "INBOX", &message("persisted"));
    let ports = [
        dc.imap_port(),
        dc.imaps_port(),
        dc.pop3_port(),
        dc.pop3s_port(),
    ];

    // A logged-in client is told the server is going away.
    let mut client = Line::connect(dc.imap_port());
    client.read_line();
    let login = client.imap("a1", &format!("LOGIN {} {}", ALICE.name, ALICE.password));
    assert!(login.contains("a1 OK"), "{login}");
    assert!(client.imap("a2", "SELECT INBOX").contains("a2 OK"));

    dc.stop();
    assert!(!dc.is_running());
    assert!(client.read_line().starts_with("* BYE"));
    for port in ports {
        assert!(refuses(port), "port {port} still accepts after stop()");
    }
    dc.stop(); // idempotent

    dc.restart();
    assert!(dc.is_running());
    assert_eq!(
        [
            dc.imap_port(),
            dc.imaps_port(),
            dc.pop3_port(),
            dc.pop3s_port()
        ],
        ports
    );
    let mut imap = Line::connect(dc.imap_port());
    assert!(imap.read_line().starts_with("* OK"));
    let mut pop3 = Line::connect(dc.pop3_port());
    assert!(pop3.read_line().starts_with("+OK"));
    assert_eq!(dc.message_count(&ALICE, "INBOX"), 1);

    dc.restart(); // also works while running
    assert_eq!(dc.message_count(&ALICE, "INBOX"), 1);

    // A crash: connections drop, ports refuse, and it comes back.
    dc.kill();
    for port in ports {
        assert!(refuses(port), "port {port} still accepts after kill()");
    }
    dc.restart();
    assert_eq!(dc.message_count(&ALICE, "INBOX"), 1);
}

#[test]
fn two_instances_run_side_by_side() {
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(Dovecot::start);
        let b = s.spawn(Dovecot::start);
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_ne!(a.dir(), b.dir());
    let ports_a = [a.imap_port(), a.imaps_port(), a.pop3_port(), a.pop3s_port()];
    let ports_b = [b.imap_port(), b.imaps_port(), b.pop3_port(), b.pop3s_port()];
    assert!(ports_a.iter().all(|p| !ports_b.contains(p)));
    assert_ne!(a.server_cert_der(), b.server_cert_der());

    a.deliver(&ALICE, "INBOX", &message("only-in-a"));
    assert_eq!(a.message_count(&ALICE, "INBOX"), 1);
    assert_eq!(b.message_count(&ALICE, "INBOX"), 0);

    drop(a);
    // b is unaffected by a's shutdown.
    let mut imap = Line::connect(b.imap_port());
    assert!(imap.read_line().starts_with("* OK"));
}
