//! A small scripted POP3 server for the hostile-server tests: a maildrop of
//! three messages served correctly (CAPA, USER/PASS, STAT, LIST, UIDL,
//! TOP, RETR, DELE, QUIT), so each test overrides only the command it
//! wants to misbehave.

use super::fake_server::{FakeServer, Reply};

/// The well-behaved maildrop: (number, unique id, message).
pub fn maildrop() -> Vec<(u32, String, String)> {
    (1..=3)
        .map(|n| {
            (
                n,
                format!("uid-{n}"),
                format!(
                    "From: Ján Novák <jan@example.sk>\r\nSubject: Správa {n}\r\n\
Message-ID: <p{n}@example.sk>\r\n\r\nText {n}\r\n"
                ),
            )
        })
        .collect()
}

/// `+OK` and a multi-line body with its terminator (no dot-stuffing
/// needed for these messages).
pub fn multiline(lines: &str) -> Reply {
    Reply::from(format!("+OK\r\n{lines}.\r\n"))
}

/// What a well-behaved server answers to `line` (verb upper-cased).
pub fn normal_reply(line: &str) -> Reply {
    maildrop_reply(line, &maildrop(), "USER\r\nUIDL\r\nTOP\r\n")
}

/// What a well-behaved server with maildrop `drop` and `capa` (its `CAPA`
/// lines) answers to `line`.
pub fn maildrop_reply(line: &str, drop: &[(u32, String, String)], capa: &str) -> Reply {
    let mut words = line.split(' ');
    let verb = words.next().unwrap_or_default().to_ascii_uppercase();
    let arg: Option<u32> = words.next().and_then(|w| w.parse().ok());
    let message = |n: u32| drop.iter().find(|(m, _, _)| *m == n);
    match verb.as_str() {
        "CAPA" => multiline(capa),
        "USER" | "PASS" | "NOOP" | "RSET" | "DELE" => Reply::from("+OK\r\n"),
        "STAT" => {
            let total: usize = drop.iter().map(|(_, _, m)| m.len()).sum();
            Reply::from(format!("+OK {} {total}\r\n", drop.len()))
        }
        "LIST" => match arg {
            Some(n) => match message(n) {
                Some((_, _, m)) => Reply::from(format!("+OK {n} {}\r\n", m.len())),
                None => Reply::from("-ERR no such message\r\n"),
            },
            None => multiline(
                &drop
                    .iter()
                    .map(|(n, _, m)| format!("{n} {}\r\n", m.len()))
                    .collect::<String>(),
            ),
        },
        "UIDL" => multiline(
            &drop
                .iter()
                .map(|(n, u, _)| format!("{n} {u}\r\n"))
                .collect::<String>(),
        ),
        "RETR" | "TOP" => match arg.and_then(message) {
            Some((_, _, m)) if verb == "RETR" => multiline(m),
            Some((_, _, m)) => multiline(&format!(
                "{}\r\n\r\n",
                m.split("\r\n\r\n").next().unwrap_or_default()
            )),
            None => Reply::from("-ERR no such message\r\n"),
        },
        "QUIT" => Reply::then_close("+OK bye\r\n"),
        _ => Reply::from("-ERR unknown command\r\n"),
    }
}

/// Starts the scripted server; what `hook` returns for a line replaces the
/// normal reply.
pub fn pop3_server(mut hook: impl FnMut(&str) -> Option<Reply> + Send + 'static) -> FakeServer {
    FakeServer::start("+OK POP3 ready\r\n", move |line: &str| {
        hook(line).unwrap_or_else(|| normal_reply(line))
    })
}
