//! Parsing what a POP3 server says: status lines (`+OK`, `-ERR`, the SASL
//! `+` continuation), response codes (RFC 2449 §8, RFC 3206) and the
//! `STAT`, `LIST` and `UIDL` listings.

use crate::error::{Error, Result};

/// A status line, with the server's text after the indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// `+OK text`.
    Ok(String),
    /// `-ERR text`.
    Err(String),
    /// `+ data`: a SASL challenge (only valid during `AUTH`).
    Continuation(String),
}

impl Status {
    /// Parses a status line (without its line end).
    pub fn parse(line: &[u8]) -> Result<Status> {
        // Compared as bytes: the text may be any charset, even invalid UTF-8.
        let starts = |word: &[u8]| {
            line.len() >= word.len()
                && line[..word.len()].eq_ignore_ascii_case(word)
                && matches!(line.get(word.len()), None | Some(b' '))
        };
        let rest = |n: usize| {
            let rest = &line[n..];
            String::from_utf8_lossy(rest.strip_prefix(b" ").unwrap_or(rest)).into_owned()
        };
        if starts(b"+OK") {
            Ok(Status::Ok(rest(3)))
        } else if starts(b"-ERR") {
            Ok(Status::Err(rest(4)))
        } else if starts(b"+") {
            Ok(Status::Continuation(rest(1)))
        } else {
            Err(Error::protocol(format!(
                "unexpected reply from the server: {}",
                shown(line)
            )))
        }
    }

    /// The text of `+OK`; `-ERR` becomes a protocol error naming `verb`
    /// (never the command's arguments, which may be secret).
    pub fn ok(self, verb: &str) -> Result<String> {
        match self {
            Status::Ok(text) => Ok(text),
            Status::Err(text) => Err(Error::protocol(format!("{verb} refused: {text}"))),
            Status::Continuation(_) => Err(Error::protocol(format!(
                "unexpected SASL challenge in reply to {verb}"
            ))),
        }
    }
}

/// The response code in brackets at the start of `-ERR` text, e.g.
/// `AUTH`, `IN-USE`, `SYS/TEMP`, `LOGIN-DELAY`.
pub fn response_code(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?;
    inner.find(']').map(|end| &inner[..end])
}

/// A line shown in an error: lossy UTF-8, escaped, at most 200 characters.
pub fn shown(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    let mut out: String = text
        .chars()
        .take(200)
        .flat_map(char::escape_debug)
        .collect();
    if text.chars().count() > 200 {
        out.push('…');
    }
    format!("\"{out}\"")
}

fn number<T: std::str::FromStr>(word: Option<&str>, what: &str, line: &[u8]) -> Result<T> {
    word.and_then(|w| w.parse().ok()).ok_or_else(|| {
        Error::protocol(format!("malformed {what} from the server: {}", shown(line)))
    })
}

/// `STAT`'s `+OK count size` text: (message count, total octets).
pub fn parse_stat(text: &str) -> Result<(u32, u64)> {
    let mut words = text.split_ascii_whitespace();
    let count = number(words.next(), "STAT reply", text.as_bytes())?;
    let size = number(words.next(), "STAT reply", text.as_bytes())?;
    Ok((count, size))
}

/// A scan listing `msgno size` (a `LIST` line, or `LIST n`'s `+OK` text).
pub fn parse_scan_listing(line: &[u8]) -> Result<(u32, u64)> {
    let text = String::from_utf8_lossy(line);
    let mut words = text.split_ascii_whitespace();
    let msgno = number(words.next(), "LIST line", line)?;
    let size = number(words.next(), "LIST line", line)?;
    Ok((msgno, size))
}

/// A unique-id listing `msgno uid` (a `UIDL` line, or `UIDL n`'s `+OK`
/// text). The id must be printable ASCII (RFC 1939 §7: 0x21 to 0x7E).
pub fn parse_unique_id_listing(line: &[u8]) -> Result<(u32, String)> {
    let text = String::from_utf8_lossy(line);
    let mut words = text.split_ascii_whitespace();
    let msgno = number(words.next(), "UIDL line", line)?;
    match words.next() {
        Some(uid) if uid.bytes().all(|b| (0x21..=0x7e).contains(&b)) => Ok((msgno, uid.to_owned())),
        _ => Err(Error::protocol(format!(
            "malformed UIDL line from the server: {}",
            shown(line)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_parse() {
        assert_eq!(
            Status::parse(b"+OK ready").ok(),
            Some(Status::Ok("ready".into()))
        );
        assert_eq!(Status::parse(b"+OK").ok(), Some(Status::Ok(String::new())));
        assert_eq!(
            Status::parse(b"-ERR [AUTH] no").ok(),
            Some(Status::Err("[AUTH] no".into()))
        );
        assert_eq!(
            Status::parse(b"+ ").ok(),
            Some(Status::Continuation(String::new()))
        );
        assert_eq!(
            Status::parse(b"+").ok(),
            Some(Status::Continuation(String::new()))
        );
        assert!(Status::parse(b"+OKAY").is_err());
        assert!(Status::parse(b"* OK imap?").is_err());
        assert!(Status::parse(b"").is_err());
        assert!(Status::parse("żółw".as_bytes()).is_err());
        assert_eq!(
            Status::parse(b"-ERR \xff").ok(),
            Some(Status::Err("\u{fffd}".into()))
        );
    }

    #[test]
    fn refusals_name_the_verb_and_keep_the_servers_words() {
        let err = Status::Err("no such message".into())
            .ok("DELE")
            .expect_err("refused");
        assert_eq!(
            err.to_string(),
            "server error: DELE refused: no such message"
        );
    }

    #[test]
    fn response_codes() {
        assert_eq!(response_code("[IN-USE] locked"), Some("IN-USE"));
        assert_eq!(response_code("[SYS/TEMP] later"), Some("SYS/TEMP"));
        assert_eq!(response_code("plain words"), None);
    }

    #[test]
    fn listings() {
        assert_eq!(parse_stat("2 320").ok(), Some((2, 320)));
        assert!(parse_stat("two").is_err());
        assert_eq!(parse_scan_listing(b"1 120").ok(), Some((1, 120)));
        assert_eq!(parse_scan_listing(b"1 120 extra").ok(), Some((1, 120)));
        assert!(parse_scan_listing(b"1").is_err());
        assert!(parse_scan_listing(b"x 1").is_err());
        assert_eq!(
            parse_unique_id_listing(b"3 000000017a1b2c3d").ok(),
            Some((3, "000000017a1b2c3d".into()))
        );
        assert!(parse_unique_id_listing(b"3").is_err());
        assert!(parse_unique_id_listing("3 zażółć".as_bytes()).is_err());
    }

    #[test]
    fn shown_lines_are_short_and_escaped() {
        assert_eq!(shown(b"a\tb"), "\"a\\tb\"");
        assert_eq!(shown(&[b'x'; 500]).chars().count(), 203);
    }
}
