//! mbox read and written one message at a time, so a file of any size
//! costs the memory of its largest message. Reading takes the variants
//! found in the wild: `From ` lines as Thunderbird writes them (`From -
//! Mon Dec  7 10:00:00 2026`), LF or CRLF, mboxrd quoting (`>From ` loses
//! one `>`; an mboxo file's quoted lines come back the same way), text
//! before the first message refused, a file cut off mid-message kept and
//! reported. Writing is mboxrd, which every reader takes back.

use std::io::{self, BufRead, Write};

/// The largest message read by default (bytes): above it the file is
/// more likely not mail than a message.
pub const DEFAULT_LIMIT: usize = 512 << 20;

/// One message read from an mbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MboxMessage {
    /// The message, unquoted, without its `From ` line.
    pub raw: Vec<u8>,
    /// The `From ` line it came after, without its line ending.
    pub from_line: Vec<u8>,
    /// The file ended inside this message (no final line ending).
    pub cut_off: bool,
}

/// Why an mbox could not be read on.
#[derive(Debug, thiserror::Error)]
pub enum MboxError {
    /// The file does not start with a `From ` line.
    #[error("not an mbox file: it does not start with a \"From \" line")]
    NotMbox,
    /// A message is larger than the limit.
    #[error("message {index} is larger than {limit} bytes")]
    TooLarge {
        /// Its position (1 = first).
        index: usize,
        /// The limit.
        limit: usize,
    },
    /// Reading failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Reads messages from an mbox stream.
pub struct MboxReader<R> {
    input: R,
    /// The `From ` line of the next message, once seen.
    next_from: Option<Vec<u8>>,
    started: bool,
    read: usize,
    limit: usize,
}

impl<R: BufRead> MboxReader<R> {
    /// A reader with [`DEFAULT_LIMIT`].
    pub fn new(input: R) -> MboxReader<R> {
        MboxReader::with_limit(input, DEFAULT_LIMIT)
    }

    /// A reader that refuses messages larger than `limit` bytes.
    pub fn with_limit(input: R, limit: usize) -> MboxReader<R> {
        MboxReader {
            input,
            next_from: None,
            started: false,
            read: 0,
            limit,
        }
    }

    /// Messages read so far.
    pub fn messages_read(&self) -> usize {
        self.read
    }

    /// Finds the first `From ` line; blank lines before it are allowed.
    fn start(&mut self) -> Result<bool, MboxError> {
        self.started = true;
        let mut line = Vec::new();
        loop {
            line.clear();
            if self.input.read_until(b'\n', &mut line)? == 0 {
                return Ok(false);
            }
            if is_blank(&line) {
                continue;
            }
            if !line.starts_with(b"From ") {
                return Err(MboxError::NotMbox);
            }
            self.next_from = Some(trim_eol(&line).to_vec());
            return Ok(true);
        }
    }

    /// The next message, or `None` at the end of the file.
    pub fn next_message(&mut self) -> Result<Option<MboxMessage>, MboxError> {
        if !self.started && !self.start()? {
            return Ok(None);
        }
        let Some(from_line) = self.next_from.take() else {
            return Ok(None);
        };
        self.read += 1;
        let mut raw = Vec::new();
        let mut line = Vec::new();
        let mut previous_blank = true;
        let mut cut_off = false;
        loop {
            line.clear();
            if self.input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if line.starts_with(b"From ") && (previous_blank || looks_like_from_line(&line)) {
                self.next_from = Some(trim_eol(&line).to_vec());
                break;
            }
            if !line.ends_with(b"\n") {
                cut_off = true;
            }
            previous_blank = is_blank(&line);
            if raw.len() + line.len() > self.limit {
                return Err(MboxError::TooLarge {
                    index: self.read,
                    limit: self.limit,
                });
            }
            unquote_into(&line, &mut raw);
        }
        // The blank line before the next `From ` belongs to the file, not
        // to the message.
        if self.next_from.is_some() || !cut_off {
            strip_separator(&mut raw);
        }
        Ok(Some(MboxMessage {
            raw,
            from_line,
            cut_off,
        }))
    }
}

impl<R: BufRead> Iterator for MboxReader<R> {
    type Item = Result<MboxMessage, MboxError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_message() {
            Ok(Some(message)) => Some(Ok(message)),
            Ok(None) => None,
            Err(err) => {
                // One error ends the reading: the stream is not trusted on.
                self.next_from = None;
                self.started = true;
                Some(Err(err))
            }
        }
    }
}

fn is_blank(line: &[u8]) -> bool {
    line == b"\n" || line == b"\r\n"
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A `From ` line not after a blank line still separates messages when it
/// looks like one: a sender, then a date with a time and a year.
fn looks_like_from_line(line: &[u8]) -> bool {
    let text = String::from_utf8_lossy(trim_eol(line));
    let mut words = text.split_whitespace().skip(1);
    if words.next().is_none() {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    let has_time = rest.iter().any(|w| {
        w.len() >= 5 && w.as_bytes()[2] == b':' && w.as_bytes()[..2].iter().all(u8::is_ascii_digit)
    });
    let has_year = rest
        .iter()
        .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    has_time && has_year
}

/// Appends `line`, removing one `>` from a quoted `>…>From ` line.
fn unquote_into(line: &[u8], out: &mut Vec<u8>) {
    let quotes = line.iter().take_while(|&&b| b == b'>').count();
    if quotes > 0 && line[quotes..].starts_with(b"From ") {
        out.extend_from_slice(&line[1..]);
    } else {
        out.extend_from_slice(line);
    }
}

/// Drops the one blank line that separates a message from the next.
fn strip_separator(raw: &mut Vec<u8>) {
    if raw.ends_with(b"\r\n\r\n") {
        raw.truncate(raw.len() - 2);
    } else if raw.ends_with(b"\n\n") {
        raw.truncate(raw.len() - 1);
    }
}

/// Writes one message in mboxrd form: its `From ` line, every `>*From `
/// line quoted with one more `>`, a line ending added when the message
/// has none, and the blank separator line. The separator is always a bare
/// LF, as the format's own lines are (Python's `mailbox` and mutt take
/// exactly one LF off before the next `From `), whatever the message uses.
pub fn write_message(out: &mut impl Write, from_line: &str, raw: &[u8]) -> io::Result<()> {
    out.write_all(from_line.as_bytes())?;
    out.write_all(b"\n")?;
    for line in raw.split_inclusive(|&b| b == b'\n') {
        let quotes = line.iter().take_while(|&&b| b == b'>').count();
        if line[quotes..].starts_with(b"From ") {
            out.write_all(b">")?;
        }
        out.write_all(line)?;
    }
    if !raw.is_empty() && !raw.ends_with(b"\n") {
        out.write_all(b"\n")?;
    }
    out.write_all(b"\n")
}

/// The `From ` line for a message: its sender's address (`MAILER-DAEMON`
/// when it has none) and its date in `asctime` form.
pub fn from_line(sender: Option<&str>, unix: Option<i64>) -> String {
    let sender = sender
        .filter(|s| !s.is_empty() && !s.contains(char::is_whitespace))
        .unwrap_or("MAILER-DAEMON");
    format!("From {sender} {}", asctime(unix.unwrap_or(0)))
}

/// `Mon Dec  7 10:00:00 2026` for a Unix time (UTC).
fn asctime(unix: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        year
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> Vec<MboxMessage> {
        MboxReader::new(input).map(|m| m.unwrap()).collect()
    }

    #[test]
    fn thunderbird_mbox_splits_at_from_lines() {
        let mbox = b"From - Mon Dec  7 10:00:00 2026\nX-Mozilla-Status: 0001\nSubject: a\n\nZa\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87\n>From the start\n\nFrom - Mon Dec  7 11:00:00 2026\nSubject: b\n\nbody\n";
        let messages = read_all(mbox);
        assert_eq!(messages.len(), 2);
        assert_eq!(
            messages[0].raw,
            b"X-Mozilla-Status: 0001\nSubject: a\n\nZa\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87\nFrom the start\n"
        );
        assert_eq!(messages[1].raw, b"Subject: b\n\nbody\n");
        assert_eq!(messages[1].from_line, b"From - Mon Dec  7 11:00:00 2026");
        assert!(!messages[1].cut_off);
    }

    #[test]
    fn a_from_in_the_text_without_a_date_stays_text() {
        let mbox = b"From a@b Mon Dec  7 10:00:00 2026\nSubject: a\n\nline\nFrom here on\n";
        let messages = read_all(mbox);
        assert_eq!(messages.len(), 1);
        assert_eq!(messages[0].raw, b"Subject: a\n\nline\nFrom here on\n");
    }

    #[test]
    fn crlf_and_a_cut_off_end_are_kept() {
        let mbox = b"From x Mon Dec  7 10:00:00 2026\r\nSubject: a\r\n\r\nA\r\n\r\nFrom x Mon Dec  7 10:00:00 2026\r\nSubject: b\r\n\r\nhalf a li";
        let messages = read_all(mbox);
        assert_eq!(messages[0].raw, b"Subject: a\r\n\r\nA\r\n");
        assert_eq!(messages[1].raw, b"Subject: b\r\n\r\nhalf a li");
        assert!(messages[1].cut_off);
    }

    #[test]
    fn not_an_mbox_and_too_large_are_errors() {
        let mut reader = MboxReader::new(&b"Subject: x\n\nbody\n"[..]);
        assert!(matches!(reader.next(), Some(Err(MboxError::NotMbox))));
        assert!(reader.next().is_none());
        let mut reader = MboxReader::with_limit(&b"From x\nSubject: x\n\n0123456789\n"[..], 10);
        assert!(matches!(
            reader.next(),
            Some(Err(MboxError::TooLarge { index: 1, .. }))
        ));
        assert!(read_all(b"").is_empty());
        assert!(read_all(b"\n\n").is_empty());
    }

    #[test]
    fn writing_then_reading_gives_the_same_bytes() {
        let messages: [&[u8]; 4] = [
            b"Subject: a\n\nFrom me\n>From you\n",
            b"Subject: b\r\n\r\nFrom x\r\n",
            b"Subject: c\n\nno newline",
            b"Subject: d\n\ntrailing blank\n\n",
        ];
        let mut out = Vec::new();
        for raw in messages {
            write_message(
                &mut out,
                &from_line(Some("a@b.pl"), Some(1_796_637_600)),
                raw,
            )
            .unwrap();
        }
        let read = read_all(&out);
        assert_eq!(read.len(), 4);
        assert_eq!(read[0].raw, messages[0]);
        assert_eq!(read[1].raw, messages[1]);
        assert_eq!(read[2].raw, b"Subject: c\n\nno newline\n");
        assert_eq!(read[3].raw, messages[3]);
        assert_eq!(read[0].from_line, b"From a@b.pl Mon Dec  7 10:00:00 2026");
    }

    #[test]
    fn from_lines_have_a_sender_and_a_date() {
        assert_eq!(
            from_line(None, None),
            "From MAILER-DAEMON Thu Jan  1 00:00:00 1970"
        );
        assert_eq!(
            from_line(Some("a b"), Some(951_782_400)),
            "From MAILER-DAEMON Tue Feb 29 00:00:00 2000"
        );
    }
}
