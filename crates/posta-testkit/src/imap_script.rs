//! A small scripted IMAP server for the hostile-server tests: a mailbox of
//! three messages in INBOX that it serves correctly (LOGIN, CAPABILITY,
//! LIST, STATUS, SELECT/EXAMINE, UID SEARCH, UID FETCH of envelopes, sizes
//! and bodies, LOGOUT), so each test overrides only the one command it
//! wants to misbehave.
//!
//! ```ignore
//! let server = imap_server(|tag, command| {
//!     command.starts_with("UID SEARCH").then(|| Reply::from(format!("* SEARCH 1 2 3 99\r\n{tag} OK\r\n")))
//! });
//! ```

use super::fake_server::{FakeServer, Reply};

/// The well-behaved mailbox: (UID, message).
pub fn messages() -> Vec<(u32, String)> {
    (1..=3)
        .map(|n| {
            (
                n,
                format!(
                    "From: Jan Nowak <jan@example.pl>\r\nTo: alice@example.org\r\n\
Subject: Wiadomość {n}\r\nDate: Mon, 23 Nov 2026 10:0{n}:00 +0100\r\n\
Message-ID: <m{n}@example.pl>\r\n\r\nTreść {n}\r\n"
                ),
            )
        })
        .collect()
}

/// `* n FETCH` lines for `uids` (UID, FLAGS, RFC822.SIZE and the header
/// fields Posta asks for).
pub fn envelope_lines(uids: &[u32]) -> String {
    let mut out = String::new();
    for (seq, (uid, raw)) in messages().iter().enumerate() {
        if !uids.contains(uid) {
            continue;
        }
        let header = raw.split("\r\n\r\n").next().unwrap_or_default();
        let header = format!("{header}\r\n\r\n");
        out.push_str(&format!(
            "* {} FETCH (UID {uid} FLAGS () RFC822.SIZE {} BODY[HEADER.FIELDS (DATE FROM TO CC SUBJECT MESSAGE-ID IN-REPLY-TO)] {{{}}}\r\n{header})\r\n",
            seq + 1,
            raw.len(),
            header.len()
        ));
    }
    out
}

/// The UIDs named by a UID set such as `1:3`, `2,3` or `4:*`, within 1..=3.
pub fn uids_in(set: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for part in set.split(',') {
        let (a, b) = part.split_once(':').unwrap_or((part, part));
        let a: u32 = if a == "*" { 3 } else { a.parse().unwrap_or(0) };
        let b: u32 = if b == "*" { 3 } else { b.parse().unwrap_or(0) };
        for uid in a.min(b)..=a.max(b).min(3) {
            if uid >= 1 && !out.contains(&uid) {
                out.push(uid);
            }
        }
    }
    out
}

/// A SELECT/EXAMINE answer for a folder of `exists` messages whose next
/// UID is `uid_next` (UIDVALIDITY 7).
pub fn select_reply(tag: &str, exists: u32, uid_next: u32) -> Reply {
    Reply::from(format!(
        "* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n\
* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft \\*)] ok\r\n\
* {exists} EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT {uid_next}] ok\r\n\
{tag} OK [READ-WRITE] done\r\n"
    ))
}

/// What a well-behaved server answers to `command` (upper case, without
/// its tag).
pub fn normal_reply(tag: &str, command: &str) -> Reply {
    let ok = |lines: String| Reply::from(format!("{lines}{tag} OK done\r\n"));
    if command.starts_with("CAPABILITY") {
        return ok("* CAPABILITY IMAP4rev1 UIDPLUS\r\n".into());
    }
    if command.starts_with("LOGIN") || command.starts_with("NOOP") {
        return ok(String::new());
    }
    if command.starts_with("LIST") {
        return ok("* LIST () \"/\" INBOX\r\n".into());
    }
    if command.starts_with("STATUS") {
        return ok("* STATUS INBOX (MESSAGES 3 UIDNEXT 4 UIDVALIDITY 7)\r\n".into());
    }
    if command.starts_with("SELECT") || command.starts_with("EXAMINE") {
        return select_reply(tag, 3, 4);
    }
    if command.starts_with("UID SEARCH") {
        return ok("* SEARCH 1 2 3\r\n".into());
    }
    if let Some(rest) = command.strip_prefix("UID FETCH ") {
        let (set, items) = rest.split_once(' ').unwrap_or((rest, ""));
        let uids = uids_in(set);
        if items.contains("HEADER.FIELDS") {
            return ok(envelope_lines(&uids));
        }
        let mut out = String::new();
        for (seq, (uid, raw)) in messages().iter().enumerate() {
            if !uids.contains(uid) {
                continue;
            }
            let seq = seq + 1;
            if items.contains("BODY.PEEK[]") {
                out.push_str(&format!(
                    "* {seq} FETCH (UID {uid} BODY[] {{{}}}\r\n{raw})\r\n",
                    raw.len()
                ));
            } else if items.contains("RFC822.SIZE") {
                out.push_str(&format!(
                    "* {seq} FETCH (UID {uid} RFC822.SIZE {})\r\n",
                    raw.len()
                ));
            } else {
                out.push_str(&format!("* {seq} FETCH (UID {uid} FLAGS ())\r\n"));
            }
        }
        return ok(out);
    }
    if command.starts_with("LOGOUT") {
        return Reply::then_close(format!("* BYE bye\r\n{tag} OK done\r\n"));
    }
    ok(String::new())
}

/// Starts the scripted server. `hook` sees each command's tag and its
/// upper-cased text; what it returns replaces the normal reply.
pub fn imap_server(
    mut hook: impl FnMut(&str, &str) -> Option<Reply> + Send + 'static,
) -> FakeServer {
    FakeServer::start("* OK ready\r\n", move |line: &str| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let upper = command.to_ascii_uppercase();
        hook(tag, &upper).unwrap_or_else(|| normal_reply(tag, &upper))
    })
}

/// [`imap_server`] serving one connection after another (a client that
/// connects again after a reply broke its connection).
pub fn imap_server_many(
    mut hook: impl FnMut(&str, &str) -> Option<Reply> + Send + 'static,
) -> FakeServer {
    FakeServer::start_many("* OK ready\r\n", move |line: &str| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let upper = command.to_ascii_uppercase();
        hook(tag, &upper).unwrap_or_else(|| normal_reply(tag, &upper))
    })
}
