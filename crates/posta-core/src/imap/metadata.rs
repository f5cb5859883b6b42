//! METADATA (RFC 5464): per-folder or server-wide annotations. Posta keeps
//! tag names and colours here so every device shows the same tags.
//!
//! Read through the raw exchange: servers send values as literals, which
//! async-imap's METADATA parser cannot read (it loses the connection).

use super::data::{Reader, Value};
use super::{quote, utf7, ImapSession};
use crate::error::{Error, Result};

/// Validates an entry name such as `/private/vendor/posta/tags`.
fn check_entry(entry: &str) -> Result<()> {
    let ok = (entry.starts_with("/private/") || entry.starts_with("/shared/"))
        && entry
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"\"\\*%(){}".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(Error::protocol(format!(
            "{entry:?} is not a metadata entry name"
        )))
    }
}

/// Parses `* METADATA mailbox (entry value entry value …)` into pairs.
fn parse_metadata(line: &[u8]) -> Option<Vec<(String, Option<String>)>> {
    let rest = line.strip_prefix(b"* ")?;
    if rest.len() < 9 || !rest[..9].eq_ignore_ascii_case(b"METADATA ") {
        return None;
    }
    let mut reader = Reader::new(&rest[9..]);
    let _mailbox = reader.next_value()?;
    let Value::List(items) = reader.next_value()? else {
        return None;
    };
    let mut pairs = Vec::new();
    let mut items = items.into_iter();
    while let (Some(Value::Str(entry)), Some(value)) = (items.next(), items.next()) {
        pairs.push((
            entry,
            match value {
                Value::Str(v) => Some(v),
                _ => None,
            },
        ));
    }
    Some(pairs)
}

impl ImapSession {
    /// Reads one entry of a folder (`folder` empty for the server's own
    /// entries). `None` when it is not set.
    pub async fn get_metadata(&mut self, folder: &str, entry: &str) -> Result<Option<String>> {
        check_entry(entry)?;
        let command = format!("GETMETADATA {} {entry}", quote(&utf7::encode(folder))?);
        let lines = self.raw_exchange(&command).await?;
        Ok(lines
            .iter()
            .filter_map(|l| parse_metadata(l))
            .flatten()
            .find(|(name, _)| name.eq_ignore_ascii_case(entry))
            .and_then(|(_, value)| value))
    }

    /// Sets (or with `None`, removes) one entry. Values go as literals, so
    /// any UTF-8 text is kept exactly.
    pub async fn set_metadata(
        &mut self,
        folder: &str,
        entry: &str,
        value: Option<&str>,
    ) -> Result<()> {
        check_entry(entry)?;
        let mailbox = quote(&utf7::encode(folder))?;
        let value = match value {
            None => "NIL".to_owned(),
            Some(v) if self.has_capability("LITERAL+") => format!("{{{}+}}\r\n{v}", v.len()),
            Some(v) => quote(v)?,
        };
        self.simple(format!("SETMETADATA {mailbox} ({entry} {value})"))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_literals_quoted_and_nil_values() {
        let line =
            b"* METADATA \"\" (/private/a {5}\r\nWa\xc5\xbcn /private/b \"x\" /private/c NIL)";
        let pairs = parse_metadata(line).expect("parses");
        assert_eq!(
            pairs,
            vec![
                ("/private/a".into(), Some("Ważn".into())),
                ("/private/b".into(), Some("x".into())),
                ("/private/c".into(), None)
            ]
        );
        assert_eq!(parse_metadata(b"* METADATA INBOX"), None);
        assert_eq!(parse_metadata(b"* OK"), None);
    }

    #[test]
    fn entry_names_are_checked() {
        assert!(check_entry("/private/vendor/posta/tags").is_ok());
        assert!(check_entry("/shared/comment").is_ok());
        assert!(check_entry("comment").is_err());
        assert!(check_entry("/private/a b").is_err());
        assert!(check_entry("/private/{5}").is_err());
    }
}
