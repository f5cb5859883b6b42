//! A message's state as other programs wrote it: Thunderbird's
//! `X-Mozilla-Status` bits and `X-Mozilla-Keys` keywords, the `Status:` and
//! `X-Status:` letters of mutt and older mbox tools, Maildir's info flags.

use crate::message::{is_valid_keyword, Flag};

/// `X-Mozilla-Status`: read.
const MOZ_READ: u32 = 0x0001;
/// Replied to.
const MOZ_REPLIED: u32 = 0x0002;
/// Starred ("marked").
const MOZ_MARKED: u32 = 0x0004;
/// Deleted (expunged, waiting for the folder to be compacted).
const MOZ_EXPUNGED: u32 = 0x0008;
/// Forwarded.
const MOZ_FORWARDED: u32 = 0x1000;

/// What the headers say about a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderState {
    /// Flags and keywords, in the order found.
    pub flags: Vec<Flag>,
    /// Thunderbird deleted it and had not compacted the folder yet.
    pub expunged: bool,
}

/// The header section: everything before the first blank line.
pub fn header_section(raw: &[u8]) -> &[u8] {
    let mut at = 0;
    for line in raw.split_inclusive(|&b| b == b'\n') {
        if line == b"\n" || line == b"\r\n" {
            return &raw[..at];
        }
        at += line.len();
    }
    raw
}

/// Whether the message starts with a header field (`Name: value`).
pub fn has_headers(raw: &[u8]) -> bool {
    let first = raw.split(|&b| b == b'\n').next().unwrap_or_default();
    match first.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => first[..colon].iter().all(|&b| (33..=126).contains(&b)),
        _ => false,
    }
}

/// The unfolded values of every `name` field in the header section.
pub fn header_values(raw: &[u8], name: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut current: Option<String> = None;
    for line in header_section(raw).split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
            if let Some(value) = current.as_mut() {
                value.push(' ');
                value.push_str(String::from_utf8_lossy(line).trim());
            }
            continue;
        }
        values.extend(current.take());
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        if line[..colon].eq_ignore_ascii_case(name.as_bytes()) {
            current = Some(
                String::from_utf8_lossy(&line[colon + 1..])
                    .trim()
                    .to_owned(),
            );
        }
    }
    values.extend(current);
    values
}

/// The state in a message's headers. `X-Mozilla-Status` wins over
/// `Status:`/`X-Status:` where both are present (Thunderbird keeps the
/// former current and may leave a stale `Status:` from elsewhere).
pub fn from_headers(raw: &[u8]) -> HeaderState {
    let mut state = HeaderState::default();
    let mozilla = header_values(raw, "X-Mozilla-Status")
        .first()
        .and_then(|v| u32::from_str_radix(v.trim(), 16).ok());
    if let Some(bits) = mozilla {
        for (bit, flag) in [
            (MOZ_READ, Flag::Seen),
            (MOZ_REPLIED, Flag::Answered),
            (MOZ_MARKED, Flag::Flagged),
            (MOZ_FORWARDED, Flag::Keyword("$Forwarded".into())),
        ] {
            if bits & bit != 0 {
                state.flags.push(flag);
            }
        }
        state.expunged = bits & MOZ_EXPUNGED != 0;
    } else {
        let status = header_values(raw, "Status").concat();
        let x_status = header_values(raw, "X-Status").concat();
        let letters = format!("{status}{x_status}");
        for (letter, flag) in [
            ('R', Flag::Seen),
            ('A', Flag::Answered),
            ('F', Flag::Flagged),
            ('T', Flag::Draft),
        ] {
            if letters.contains(letter) {
                state.flags.push(flag);
            }
        }
        state.expunged = x_status.contains('D');
    }
    for keys in header_values(raw, "X-Mozilla-Keys") {
        push_keywords(&mut state.flags, keys.split_whitespace());
    }
    state
}

/// The flags in a Maildir file name's info part (`…:2,FRS`); a message in
/// `new/` has not been seen by anyone.
pub fn from_maildir_name(name: &str) -> Vec<Flag> {
    let Some((_, info)) = name.rsplit_once(":2,") else {
        return Vec::new();
    };
    let mut flags = Vec::new();
    for (letter, flag) in [
        ('D', Flag::Draft),
        ('F', Flag::Flagged),
        ('R', Flag::Answered),
        ('S', Flag::Seen),
        ('T', Flag::Deleted),
    ] {
        if info.contains(letter) {
            flags.push(flag);
        }
    }
    flags
}

/// Adds keywords not there yet; those that are not IMAP atoms are left out.
pub fn push_keywords<'a>(flags: &mut Vec<Flag>, keywords: impl IntoIterator<Item = &'a str>) {
    for keyword in keywords {
        let flag = Flag::Keyword(keyword.to_owned());
        if is_valid_keyword(keyword) && !flags.contains(&flag) {
            flags.push(flag);
        }
    }
}

/// The `X-Mozilla-Status` value for flags, as Thunderbird reads it back.
pub fn mozilla_status(flags: &[Flag]) -> String {
    let mut bits = 0;
    for flag in flags {
        bits |= match flag {
            Flag::Seen => MOZ_READ,
            Flag::Answered => MOZ_REPLIED,
            Flag::Flagged => MOZ_MARKED,
            Flag::Keyword(k) if k.eq_ignore_ascii_case("$Forwarded") => MOZ_FORWARDED,
            _ => 0,
        };
    }
    format!("{bits:04x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mozilla_status_bits_become_flags() {
        let raw = b"X-Mozilla-Status: 0007\r\nX-Mozilla-Status2: 00000000\r\nX-Mozilla-Keys: $label1 klient_z&aui-oty                  \r\nSubject: x\r\n\r\nStatus: RO\r\n";
        let state = from_headers(raw);
        assert_eq!(
            state.flags,
            [
                Flag::Seen,
                Flag::Answered,
                Flag::Flagged,
                Flag::Keyword("$label1".into()),
                Flag::Keyword("klient_z&aui-oty".into()),
            ]
        );
        assert!(!state.expunged);
        assert!(from_headers(b"X-Mozilla-Status: 0009\n\n").expunged);
        assert!(from_headers(b"X-Mozilla-Status: 0000\n\n").flags.is_empty());
        assert_eq!(
            from_headers(b"X-Mozilla-Status: zz\n\n"),
            HeaderState::default()
        );
    }

    #[test]
    fn status_letters_when_thunderbird_wrote_nothing() {
        let state = from_headers(b"Status: RO\nX-Status: AF\nSubject: s\n\n");
        assert_eq!(state.flags, [Flag::Seen, Flag::Answered, Flag::Flagged]);
        assert!(from_headers(b"Status: O\nX-Status: D\n\n").expunged);
        // Only the header section counts.
        assert!(from_headers(b"Subject: s\n\nStatus: R\n").flags.is_empty());
    }

    #[test]
    fn maildir_info_flags() {
        assert_eq!(
            from_maildir_name("1700000000.M1P2.host:2,FRS"),
            [Flag::Flagged, Flag::Answered, Flag::Seen]
        );
        assert!(from_maildir_name("1700000000.M1P2.host").is_empty());
    }

    #[test]
    fn headers_are_recognised_and_unfolded() {
        assert!(has_headers(b"Subject: x\n\n"));
        assert!(!has_headers(b"Dear Jan,\nhow are you: well\n"));
        assert!(!has_headers(b""));
        assert_eq!(
            header_values(b"X-Mozilla-Keys: a\n b\nSubject: s\n\n", "x-mozilla-keys"),
            ["a b"]
        );
        assert_eq!(mozilla_status(&[Flag::Seen, Flag::Flagged]), "0005");
    }
}
