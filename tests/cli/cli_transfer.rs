//! `posta import` and `posta export` (issue 32): a Thunderbird-style mbox
//! into an IMAP folder on a real Dovecot with its read states and tags,
//! through `kill -9` with nothing doubled; `.eml` files into a POP3
//! account's local Inbox and out again as mbox, read back by Python's
//! `mailbox` module byte for byte.

use posta_testkit as support;
use posta_testkit::cli;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::message::Flag;
use posta_core::store::{AccountConfig, PostaHome};
use posta_core::Secret;
use support::accounts;
use support::dovecot::{Dovecot, ALICE};

const EXE: &str = env!("CARGO_BIN_EXE_posta");

/// Message `n` as Thunderbird keeps it in an mbox on Linux: LF endings,
/// `X-Mozilla-Status` (read for n < read), `X-Mozilla-Keys` ($label1 for
/// n < tagged), a `From ` line inside the text (quoted in the file).
fn thunderbird_message(n: usize, read: usize, tagged: usize) -> String {
    let status = if n < read { "0001" } else { "0000" };
    let keys = if n < tagged { "$label1" } else { "" };
    let (subject, text) = match n % 3 {
        0 => (
            "Zaproszenie na urodziny",
            "Zapraszamy w sobotę o 15:00, będzie tort z wiśniami.",
        ),
        1 => (
            "Faktúra za október",
            "Dobrý deň, v prílohe posielame faktúru. Ďakujeme.",
        ),
        _ => (
            "Среща в понеделник",
            "Здравейте, срещата е в понеделник от 10 часа.",
        ),
    };
    format!(
        "X-Mozilla-Status: {status}\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys: {keys:<80}\n\
         From: Zofia Nowak <zofia@example.pl>\nTo: alice@example.org\nSubject: {subject} {n}\n\
         Message-ID: <import-{n}@example.pl>\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0100\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n\
         {text}\n>From the archive: wiadomość {n}.\n",
        n % 60
    )
}

/// An mbox of `total` such messages, as Thunderbird writes one.
fn thunderbird_mbox(path: &Path, total: usize, read: usize, tagged: usize) {
    let mut out = String::new();
    for n in 0..total {
        out.push_str("From - Mon Nov 23 10:00:00 2026\n");
        out.push_str(&thunderbird_message(n, read, tagged));
        out.push('\n');
    }
    std::fs::write(path, out).expect("mbox");
}

fn imap_home(dovecot: &Dovecot) -> (tempfile::TempDir, AccountConfig) {
    let home = tempfile::tempdir().expect("home");
    let account = AccountConfig {
        name: "Praca".into(),
        ..accounts::imap(dovecot, &ALICE)
    };
    accounts::save(&PostaHome::at(home.path()), vec![account.clone()]);
    (home, account)
}

fn import_command(home: &Path, mbox: &Path, folder: &str) -> Command {
    let mut command = cli::command(EXE);
    command
        .args(["import", "mbox"])
        .arg(mbox)
        .args(["--account", "Praca", "--folder", folder, "--password-stdin"])
        .env("POSTA_HOME", home);
    command
}

/// The server folder's messages: Message-ID → copies, and each one's flags.
fn server_folder(dovecot: &Dovecot, folder: &str) -> (HashMap<String, usize>, Vec<Vec<Flag>>) {
    let account = accounts::imap(dovecot, &ALICE);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let mut endpoint = account.endpoint().expect("endpoint");
        endpoint.timeout = Duration::from_secs(30);
        let mut session = ImapSession::connect(&endpoint, ALICE.name, &Secret::new(ALICE.password))
            .await
            .expect("login");
        let status = session.select(folder).await.expect("select");
        if status.exists == 0 {
            return (HashMap::new(), Vec::new());
        }
        let mut ids = HashMap::new();
        for envelope in session.fetch_envelopes("1:*").await.expect("envelopes") {
            *ids.entry(envelope.headers.message_id.expect("Message-ID"))
                .or_insert(0) += 1;
        }
        let flags = session
            .fetch_flags("1:*")
            .await
            .expect("flags")
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        (ids, flags)
    })
}

#[test]
fn a_thunderbird_mbox_reaches_an_imap_folder_with_its_read_states_and_tags() {
    let dovecot = Dovecot::start();
    let (home, _) = imap_home(&dovecot);
    let files = tempfile::tempdir().expect("files");
    let mbox = files.path().join("Rodzina");
    thunderbird_mbox(&mbox, 50, 20, 5);

    let first = cli::run(
        &mut import_command(home.path(), &mbox, "Rodzina/Wakacje"),
        ALICE.password,
    );
    cli::assert_code(&first, 0);
    cli::assert_stdout_has(&first, "Brought 50 messages into Rodzina/Wakacje of Praca.");

    let (ids, flags) = server_folder(&dovecot, "Rodzina/Wakacje");
    assert_eq!(ids.len(), 50);
    assert!(ids.values().all(|n| *n == 1));
    let with = |flag: Flag| flags.iter().filter(|f| f.contains(&flag)).count();
    assert_eq!(with(Flag::Seen), 20);
    assert_eq!(with(Flag::Keyword("$label1".into())), 5);
    assert_eq!(with(Flag::Flagged), 0);

    // A second run brings in nothing.
    let again = cli::run(
        &mut import_command(home.path(), &mbox, "Rodzina/Wakacje"),
        ALICE.password,
    );
    cli::assert_code(&again, 0);
    cli::assert_stdout_has(&again, "50 messages were already there");
    assert_eq!(dovecot.message_count(&ALICE, "Rodzina/Wakacje"), 50);
}

#[test]
fn an_import_killed_at_random_moments_ends_with_every_message_once() {
    const TOTAL: usize = 150;
    let dovecot = Dovecot::start();
    let (home, _) = imap_home(&dovecot);
    let files = tempfile::tempdir().expect("files");
    let mbox = files.path().join("Archiwum");
    thunderbird_mbox(&mbox, TOTAL, 70, 15);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.subsec_nanos() as u64);
    eprintln!("seed {seed}");
    for round in 0..3u64 {
        let mut child = import_command(home.path(), &mbox, "Archiwum")
            .spawn()
            .expect("run posta");
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(ALICE.password.as_bytes()).expect("stdin");
        drop(input);
        // Progress comes every ten messages read; kill after 1 to 3 of them,
        // a random moment later.
        let wanted = 1 + (seed >> round) % 3;
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let mut seen = 0;
        while seen < wanted {
            match lines.next() {
                Some(Ok(line)) if line.contains("messages read") => seen += 1,
                Some(Ok(_)) => {}
                _ => panic!("round {round}: the import ended before it was killed"),
            }
        }
        std::thread::sleep(Duration::from_micros((seed >> (round * 4)) % 20_000));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let (ids, _) = server_folder(&dovecot, "Archiwum");
        assert!(ids.values().all(|n| *n == 1), "round {round}: doubled");
    }
    let last = cli::run(
        &mut import_command(home.path(), &mbox, "Archiwum"),
        ALICE.password,
    );
    cli::assert_code(&last, 0);
    let (ids, flags) = server_folder(&dovecot, "Archiwum");
    assert_eq!(ids.len(), TOTAL);
    assert!(ids.values().all(|n| *n == 1), "every message once");
    assert_eq!(flags.iter().filter(|f| f.contains(&Flag::Seen)).count(), 70);
}

/// 40 messages as `.eml` files: LF and CRLF, a `From ` line and a quoted
/// one inside, one without a final line ending.
fn eml_files(dir: &Path) -> Vec<Vec<u8>> {
    std::fs::create_dir_all(dir).expect("dir");
    let mut all = Vec::new();
    for n in 0..40 {
        let eol = if n % 4 == 0 { "\r\n" } else { "\n" };
        let body = format!(
            "From: Ján Kováč <jan@example.sk>{eol}To: alice@example.org{eol}Subject: Správa {n}{eol}\
             Message-ID: <eml-{n}@example.sk>{eol}Date: Tue, 24 Nov 2026 09:{:02}:00 +0100{eol}\
             Content-Type: text/plain; charset=utf-8{eol}{eol}Dobrý deň,{eol}From now on we meet on Fridays.{eol}\
             >From the minutes: žlté ľalie.{eol}",
            n % 60
        );
        let mut raw = body.into_bytes();
        if n == 7 {
            raw.extend_from_slice(b"-- bez konca riadku");
        }
        std::fs::write(dir.join(format!("{n:03}.eml")), &raw).expect("eml");
        all.push(raw);
    }
    all
}

#[test]
fn the_inbox_exported_as_mbox_reads_back_in_python_byte_for_byte() {
    let home = tempfile::tempdir().expect("home");
    let account = AccountConfig {
        name: "Domowa".into(),
        protocol: Protocol::Pop3,
        ..accounts::unreachable("Domowa", "alice@example.org", "alice")
    };
    accounts::save(&PostaHome::at(home.path()), vec![account]);
    let files = tempfile::tempdir().expect("files");
    let originals = eml_files(&files.path().join("eml"));

    let imported = cli::posta(
        EXE,
        home.path(),
        &[
            "import",
            "eml",
            files.path().join("eml").to_str().expect("path"),
            "--account",
            "Domowa",
        ],
        "",
    );
    cli::assert_code(&imported, 0);
    cli::assert_stdout_has(&imported, "Brought 40 messages into INBOX of Domowa.");
    let listed = cli::ok(&cli::posta(EXE, home.path(), &["messages", "INBOX"], ""));
    assert_eq!(listed.lines().count(), 40, "{listed}");

    let out = files.path().join("Inbox.mbox");
    let exported = cli::posta(
        EXE,
        home.path(),
        &[
            "export",
            "--account",
            "Domowa",
            "--folder",
            "INBOX",
            "--format",
            "mbox",
            out.to_str().expect("path"),
        ],
        "",
    );
    cli::assert_code(&exported, 0);
    cli::assert_stdout_has(&exported, "Wrote 40 messages from 1 folder.");

    // Python's mailbox reads each message; mboxrd quoting is undone and
    // the one line ending the export added to the message without one is
    // taken off, then every message must equal its file.
    let script = r#"
import mailbox, re, sys, os
box = mailbox.mbox(sys.argv[1], create=False)
originals = {}
for name in sorted(os.listdir(sys.argv[2])):
    data = open(os.path.join(sys.argv[2], name), 'rb').read()
    originals[re.search(rb'Message-ID: <([^>]+)>', data).group(1)] = data
same = 0
for key in box.keys():
    data = box.get_bytes(key)
    data = re.sub(rb'(?m)^>(>*From )', rb'\1', data)
    mid = re.search(rb'Message-ID: <([^>]+)>', data).group(1)
    original = originals.pop(mid)
    if data == original or (not original.endswith(b'\n') and data == original + b'\n'):
        same += 1
    else:
        print('differs', mid, repr(data[-60:]), repr(original[-60:]))
print('same', same, 'left', len(originals))
"#;
    let python = Command::new("python3")
        .args(["-c", script])
        .arg(&out)
        .arg(files.path().join("eml"))
        .output()
        .expect("python3");
    let said = String::from_utf8_lossy(&python.stdout);
    assert!(
        python.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&python.stderr)
    );
    assert_eq!(said.trim(), "same 40 left 0", "{said}");
    assert_eq!(originals.len(), 40);

    // Importing the export again into the same folder doubles nothing:
    // the bytes are the same.
    let back = cli::posta(
        EXE,
        home.path(),
        &[
            "import",
            "mbox",
            out.to_str().expect("path"),
            "--account",
            "Domowa",
        ],
        "",
    );
    cli::assert_code(&back, 0);
    cli::assert_stdout_has(&back, "39 messages were already there");
}

#[test]
fn a_file_that_is_not_mbox_gets_a_sentence_and_changes_nothing() {
    let home = tempfile::tempdir().expect("home");
    let account = AccountConfig {
        protocol: Protocol::Pop3,
        ..accounts::unreachable("Domowa", "alice@example.org", "alice")
    };
    accounts::save(&PostaHome::at(home.path()), vec![account]);
    let files = tempfile::tempdir().expect("files");
    let bad = files.path().join("notes.txt");
    std::fs::write(&bad, "Lista zakupów:\nmleko, chleb\n").expect("file");
    let output = cli::posta(
        EXE,
        home.path(),
        &[
            "import",
            "mbox",
            bad.to_str().expect("path"),
            "--account",
            "Domowa",
        ],
        "",
    );
    cli::assert_code(&output, 1);
    cli::assert_stderr_has(&output, "is not an mbox file");
}
