//! Protocol-neutral message data: flags, envelopes and the header parser
//! both IMAP and POP3 use, so a message looks the same whichever way it came.

use mail_parser::{MessageParser, MimeHeaders};

/// A message flag: the system flags of RFC 3501, or a keyword (a tag such as
/// `$label1` or `$MailFlagBit0`).
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Flag {
    /// `\Seen`: read.
    Seen,
    /// `\Answered`: replied to.
    Answered,
    /// `\Flagged`: starred.
    Flagged,
    /// `\Deleted`: marked for expunge.
    Deleted,
    /// `\Draft`.
    Draft,
    /// Any keyword (tag).
    Keyword(String),
}

impl Flag {
    /// The IMAP spelling (`\Seen`, `$label1`).
    pub fn to_imap(&self) -> &str {
        match self {
            Flag::Seen => "\\Seen",
            Flag::Answered => "\\Answered",
            Flag::Flagged => "\\Flagged",
            Flag::Deleted => "\\Deleted",
            Flag::Draft => "\\Draft",
            Flag::Keyword(k) => k,
        }
    }

    /// Parses the IMAP spelling; `None` for `\Recent` and other flags that
    /// the client does not set (`\*` is a permission, not a flag).
    pub fn from_imap(text: &str) -> Option<Flag> {
        match text.to_ascii_lowercase().as_str() {
            "\\seen" => Some(Flag::Seen),
            "\\answered" => Some(Flag::Answered),
            "\\flagged" => Some(Flag::Flagged),
            "\\deleted" => Some(Flag::Deleted),
            "\\draft" => Some(Flag::Draft),
            _ if text.starts_with('\\') => None,
            _ if is_valid_keyword(text) => Some(Flag::Keyword(text.to_owned())),
            _ => None,
        }
    }
}

/// A keyword may only hold IMAP atom characters (RFC 3501 `atom`).
pub fn is_valid_keyword(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b > b' ' && b < 0x7f && !b"(){%*\"\\]".contains(&b))
}

/// A mailbox address with an optional display name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// Display name, decoded.
    pub name: Option<String>,
    /// `user@host`.
    pub email: String,
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(name) if !name.is_empty() => write!(f, "{name} <{}>", self.email),
            _ => f.write_str(&self.email),
        }
    }
}

/// The header fields a message list shows, decoded (RFC 2047 words and
/// charsets undone).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Headers {
    /// `Subject:`.
    pub subject: String,
    /// `From:`.
    pub from: Vec<Address>,
    /// `To:`.
    pub to: Vec<Address>,
    /// `Cc:`.
    pub cc: Vec<Address>,
    /// `Date:` as seconds since the Unix epoch.
    pub date: Option<i64>,
    /// `Message-ID:` without angle brackets.
    pub message_id: Option<String>,
    /// `In-Reply-To:` ids.
    pub in_reply_to: Vec<String>,
    /// `References:` ids, oldest first (for conversations).
    pub references: Vec<String>,
    /// Whether the message seems to carry attachments, guessed from its
    /// `Content-Type:` alone ([`attachments_by_type`]) until its body is read.
    pub attachments: bool,
}

/// The header field names fetched for envelopes (IMAP `HEADER.FIELDS`).
pub const ENVELOPE_FIELDS: &str =
    "DATE FROM TO CC SUBJECT MESSAGE-ID IN-REPLY-TO REFERENCES CONTENT-TYPE";

/// Thunderbird's guess from the header alone: `multipart/mixed` (or a
/// whole message that is one non-text part, such as a PDF) carries
/// attachments; `multipart/alternative` or `related` (text and its inline
/// pictures), `signed` and `encrypted` do not, as far as the header tells.
pub fn attachments_by_type(content_type: Option<&mail_parser::ContentType<'_>>) -> bool {
    let Some(content_type) = content_type else {
        return false;
    };
    let main = content_type.ctype();
    let sub = content_type.subtype().unwrap_or_default();
    if main.eq_ignore_ascii_case("multipart") {
        return sub.eq_ignore_ascii_case("mixed");
    }
    !(main.eq_ignore_ascii_case("text") || main.eq_ignore_ascii_case("message"))
}

/// Whether a whole message (or the document read part by part) carries
/// attachments: parts other than its text, not counting pictures shown
/// inline in the text (`Content-ID` and no `attachment` disposition).
pub fn counts_attachments(raw: &[u8]) -> bool {
    let Some(message) = MessageParser::default().parse(raw) else {
        return false;
    };
    let found = message.attachments().any(|part| {
        let attachment = part
            .content_disposition()
            .is_some_and(|d| d.is_attachment());
        attachment || part.content_id().is_none()
    });
    found
}

/// An address header as one line to read: `Name <address>` (or the
/// address, or the name, whichever there is), comma-separated; empty when
/// the header is missing. The reader and `posta show` print it.
pub fn address_line(list: Option<&mail_parser::Address<'_>>) -> String {
    list.map(|list| {
        list.iter()
            .map(|a| match (a.name(), a.address()) {
                (Some(name), Some(email)) if !name.is_empty() => format!("{name} <{email}>"),
                (_, Some(email)) => email.to_owned(),
                (Some(name), None) => name.to_owned(),
                (None, None) => String::new(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    })
    .unwrap_or_default()
}

/// Parses a message header block (or a whole message). Malformed input gives
/// empty fields, never a panic.
pub fn parse_headers(raw: &[u8]) -> Headers {
    let Some(message) = MessageParser::default().parse_headers(raw) else {
        return Headers::default();
    };
    let addresses = |a: Option<&mail_parser::Address<'_>>| -> Vec<Address> {
        a.map(|a| {
            a.iter()
                .filter_map(|addr| {
                    Some(Address {
                        name: addr.name().map(str::to_owned),
                        email: addr.address()?.to_owned(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
    };
    Headers {
        subject: message.subject().unwrap_or_default().to_owned(),
        from: addresses(message.from()),
        to: addresses(message.to()),
        cc: addresses(message.cc()),
        date: message.date().map(|d| d.to_timestamp()),
        message_id: message.message_id().map(str::to_owned),
        in_reply_to: message
            .in_reply_to()
            .as_text_list()
            .map(|l| l.iter().map(|s| s.to_string()).collect())
            .or_else(|| message.in_reply_to().as_text().map(|s| vec![s.to_owned()]))
            .unwrap_or_default(),
        references: message
            .references()
            .as_text_list()
            .map(|l| l.iter().map(|s| s.to_string()).collect())
            .or_else(|| message.references().as_text().map(|s| vec![s.to_owned()]))
            .unwrap_or_default(),
        attachments: attachments_by_type(message.content_type()),
    }
}

/// Where a message lives on its server: an IMAP UID (within a folder and its
/// UIDVALIDITY) or a POP3 unique-id (UIDL).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RemoteId {
    /// IMAP UID.
    Uid(u32),
    /// POP3 UIDL.
    Uidl(String),
}

/// One message as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// Where it is on the server.
    pub id: RemoteId,
    /// Flags and keywords (always empty from POP3: its state is local).
    pub flags: Vec<Flag>,
    /// Size in bytes as the server reports it.
    pub size: u64,
    /// The decoded header fields.
    pub headers: Headers,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_attachments_from_the_content_type_as_thunderbird_does() {
        let guess = |content_type: &str| {
            let raw = format!("Subject: Faktura\r\n{content_type}\r\n\r\n");
            parse_headers(raw.as_bytes()).attachments
        };
        assert!(guess("Content-Type: multipart/mixed; boundary=\"b\""));
        assert!(guess("Content-Type: Multipart/Mixed;\r\n boundary=b"));
        assert!(guess("Content-Type: application/pdf; name=faktura.pdf"));
        assert!(!guess("Content-Type: multipart/alternative; boundary=b"));
        assert!(!guess("Content-Type: multipart/related; boundary=b"));
        assert!(!guess("Content-Type: multipart/signed; boundary=b"));
        assert!(!guess("Content-Type: text/html; charset=utf-8"));
        assert!(!guess("X-Nothing: here"));
        assert!(ENVELOPE_FIELDS.contains("CONTENT-TYPE"));
    }

    #[test]
    fn counts_attachments_of_a_whole_message_but_not_inline_pictures() {
        let message = |related: &str, part: &str| {
            format!(
                "Subject: Zdjęcia\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/{related}; boundary=\"b\"\r\n\r\n\
                 --b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Ahoj, posielam fotky.</p>\r\n\
                 --b\r\n{part}\r\n\r\nAAAA\r\n--b--\r\n"
            )
        };
        let inline = "Content-Type: image/png\r\nContent-ID: <logo@example.sk>\r\n\
                      Content-Disposition: inline\r\nContent-Transfer-Encoding: base64";
        let attached = "Content-Type: application/pdf; name=\"faktura.pdf\"\r\n\
                        Content-Disposition: attachment; filename=\"faktura.pdf\"\r\n\
                        Content-Transfer-Encoding: base64";
        assert!(!counts_attachments(message("related", inline).as_bytes()));
        assert!(counts_attachments(message("mixed", attached).as_bytes()));
        // A "mixed" message whose only part is its text has none.
        assert!(!counts_attachments(
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\
              Content-Type: text/plain\r\n\r\nDobry den.\r\n--b--\r\n"
        ));
        assert!(!counts_attachments(b"Subject: x\r\n\r\nText."));
    }

    #[test]
    fn decodes_encoded_words_in_three_languages() {
        let raw = b"From: =?UTF-8?Q?Zofia_=C5=BB=C3=B3=C5=82w?= <zofia@example.pl>\r\n\
To: =?UTF-8?B?0JjQstCw0L0=?= <ivan@example.bg>, jan@example.sk\r\n\
Subject: =?UTF-8?Q?=C5=BB=C3=B3=C5=82=C4=87_i_po=C5=A1ta?=\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\
Message-ID: <abc@example.pl>\r\n\r\nbody";
        let h = parse_headers(raw);
        assert_eq!(h.subject, "Żółć i pošta");
        assert_eq!(h.from[0].name.as_deref(), Some("Zofia Żółw"));
        assert_eq!(h.to[0].name.as_deref(), Some("Иван"));
        assert_eq!(h.to[1].email, "jan@example.sk");
        assert_eq!(h.date, Some(1_795_424_400));
        assert_eq!(h.message_id.as_deref(), Some("abc@example.pl"));
    }

    #[test]
    fn garbage_gives_empty_fields() {
        let h = parse_headers(b"\x00\xff\xfe not a header at all");
        assert!(h.from.is_empty());
        let _ = parse_headers(b"");
    }

    #[test]
    fn flags_round_trip_and_reject_bad_keywords() {
        for f in [
            Flag::Seen,
            Flag::Answered,
            Flag::Flagged,
            Flag::Deleted,
            Flag::Draft,
        ] {
            assert_eq!(Flag::from_imap(f.to_imap()), Some(f.clone()));
        }
        assert_eq!(
            Flag::from_imap("$label1"),
            Some(Flag::Keyword("$label1".into()))
        );
        assert_eq!(Flag::from_imap("\\Recent"), None);
        assert_eq!(Flag::from_imap("\\*"), None);
        assert!(!is_valid_keyword("bad word"));
        assert!(!is_valid_keyword("x)"));
    }
}
