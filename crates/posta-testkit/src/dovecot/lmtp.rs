//! Delivering the way a mail server does, through LMTP (RFC 2033) and so
//! through the user's Sieve script, while no Posta runs; and what Sieve
//! sent (vacation replies) through the recording `sendmail`.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpStream};
use std::time::Duration;

use super::Dovecot;

impl Dovecot {
    /// Delivers `raw` from `from` to `to` over LMTP; panics unless the
    /// server accepts it for the recipient (a `250` after the data).
    pub fn lmtp_deliver(&self, from: &str, to: &str, raw: &[u8]) {
        assert!(self.sieve, "LMTP needs Dovecot::start_with_sieve");
        let stream =
            TcpStream::connect((Ipv4Addr::LOCALHOST, self.ports.lmtp)).expect("connect LMTP");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("read timeout");
        let mut writer = stream.try_clone().expect("clone LMTP stream");
        let mut reader = BufReader::new(stream);
        let mut expect = |code: &str, after: &str| {
            let mut line = String::new();
            loop {
                line.clear();
                reader.read_line(&mut line).expect("read LMTP reply");
                assert!(
                    line.starts_with(code),
                    "LMTP after {after}: {line:?}\n{}",
                    self.log_tail(20)
                );
                if line.as_bytes().get(3) != Some(&b'-') {
                    return;
                }
            }
        };
        expect("220", "connecting");
        let mut say = |text: &str| writer.write_all(text.as_bytes()).expect("write LMTP");
        say("LHLO posta.test\r\n");
        expect("250", "LHLO");
        say(&format!("MAIL FROM:<{from}>\r\n"));
        expect("250", "MAIL FROM");
        say(&format!("RCPT TO:<{to}>\r\n"));
        expect("250", "RCPT TO");
        say("DATA\r\n");
        expect("354", "DATA");
        let mut data = Vec::with_capacity(raw.len() + 16);
        for line in raw.split_inclusive(|&b| b == b'\n') {
            if line.first() == Some(&b'.') {
                data.push(b'.');
            }
            data.extend_from_slice(line);
        }
        if !data.ends_with(b"\n") {
            data.extend_from_slice(b"\r\n");
        }
        data.extend_from_slice(b".\r\n");
        writer.write_all(&data).expect("write LMTP data");
        expect("250", "the message");
        let _ = writer.write_all(b"QUIT\r\n");
    }

    /// The messages Sieve handed to `sendmail` (vacation replies,
    /// redirects), oldest first, each with its command-line arguments.
    pub fn sent_by_sieve(&self) -> Vec<(String, Vec<u8>)> {
        let dir = self.dir().join("sent");
        let mut names: Vec<_> = fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .into_iter()
            .map(|path| {
                let args = fs::read_to_string(path.with_extension("args")).unwrap_or_default();
                let message = fs::read(&path).unwrap_or_default();
                (args.trim().to_owned(), message)
            })
            .collect()
    }
}
