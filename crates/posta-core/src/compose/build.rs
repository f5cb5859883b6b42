//! A [`Draft`] as an RFC 5322 message, with lettre's builder: UTF-8
//! subjects and names as encoded words, the text as quoted-printable,
//! attachments as base64 parts, `In-Reply-To`/`References` for threads.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Attachment as LettreAttachment, Body, MultiPart, SinglePart};
use lettre::Message;
use sha2::{Digest, Sha256};

use super::addresses::{to_mailbox, BadAddress};
use super::Draft;

/// Why a draft cannot become a message yet; the compose window says what
/// to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftProblem {
    /// Nobody to send to.
    #[error("the message has no recipient")]
    NoRecipients,
    /// An address that is not one.
    #[error("{0:?} is not an e-mail address")]
    BadAddress(String),
    /// The account has no usable sender address.
    #[error("the account's own address {0:?} is not usable as a sender")]
    BadSender(String),
    /// Anything else lettre refuses.
    #[error("the message cannot be built: {0}")]
    Invalid(String),
}

impl From<BadAddress> for DraftProblem {
    fn from(bad: BadAddress) -> Self {
        DraftProblem::BadAddress(bad.0)
    }
}

/// A message ready to send and to file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The whole message as filed in Sent or Drafts: with its `Bcc:` header,
    /// so the sender can see whom they copied in secret.
    pub raw: Vec<u8>,
    /// The envelope sender (`MAIL FROM`).
    pub from: String,
    /// The envelope recipients (`RCPT TO`): To, Cc and Bcc.
    pub recipients: Vec<String>,
    /// The `Message-ID` without angle brackets.
    pub message_id: String,
}

impl Built {
    /// The bytes that go to the SMTP server: [`Built::raw`] without `Bcc:`.
    pub fn for_sending(&self) -> Vec<u8> {
        strip_bcc(&self.raw)
    }
}

/// Removes every `Bcc:` field (with its folded continuation lines) from a
/// message's header; the body is untouched.
pub fn strip_bcc(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    let mut skipping = false;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|b| *b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let (line, tail) = rest.split_at(end);
        if line == b"\r\n" || line == b"\n" {
            // End of the header: copy the rest as it is.
            out.extend_from_slice(rest);
            return out;
        }
        let continuation = matches!(line.first(), Some(b' ' | b'\t'));
        if !continuation {
            skipping = line.len() >= 4 && line[..4].eq_ignore_ascii_case(b"bcc:");
        }
        if !skipping {
            out.extend_from_slice(line);
        }
        rest = tail;
    }
    out
}

/// A new, globally unique `Message-ID` in the sender's domain. Not the
/// computer's host name, which lettre would use and which says more about
/// the sender than they chose to.
fn new_message_id(from_email: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let seed = format!(
        "{nanos}.{}.{}.{from_email}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let digest = Sha256::digest(seed.as_bytes());
    let unique: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let domain = from_email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .filter(|d| !d.is_empty())
        .unwrap_or("posta.invalid");
    format!("{unique}@{domain}")
}

/// Builds the message. The `Date:` is now; a fresh `Message-ID` is made.
pub fn build(draft: &Draft) -> Result<Built, DraftProblem> {
    if draft.recipients().next().is_none() {
        return Err(DraftProblem::NoRecipients);
    }
    build_any(draft)
}

/// The header naming the message a forward forwards (Thunderbird's).
pub const FORWARDED_HEADER: &str = "X-Forwarded-Message-Id";

/// Builds a draft to save: like [`build`], but a draft may have no
/// recipient yet (its envelope is then the sender alone; it is never sent
/// as it is).
pub fn build_draft(draft: &Draft) -> Result<Built, DraftProblem> {
    build_any(draft)
}

fn build_any(draft: &Draft) -> Result<Built, DraftProblem> {
    let from =
        to_mailbox(&draft.from).map_err(|_| DraftProblem::BadSender(draft.from.email.clone()))?;
    let message_id = new_message_id(&draft.from.email);
    let mut builder = Message::builder()
        .from(from.clone())
        .subject(draft.subject.clone())
        .message_id(Some(format!("<{message_id}>")))
        .date_now()
        .keep_bcc();
    for address in &draft.to {
        builder = builder.to(to_mailbox(address)?);
    }
    for address in &draft.cc {
        builder = builder.cc(to_mailbox(address)?);
    }
    for address in &draft.bcc {
        builder = builder.bcc(to_mailbox(address)?);
    }
    if let Some(parent) = &draft.in_reply_to {
        builder = builder.in_reply_to(format!("<{parent}>"));
    }
    if let Some(reply_to) = &draft.reply_to {
        builder = builder.reply_to(to_mailbox(reply_to)?);
    }
    if let Some(original) = &draft.forwards {
        builder = builder.raw_header(lettre::message::header::HeaderValue::new(
            lettre::message::header::HeaderName::new_from_ascii_str(FORWARDED_HEADER),
            format!("<{original}>"),
        ));
    }
    if !draft.references.is_empty() {
        let references: Vec<String> = draft.references.iter().map(|r| format!("<{r}>")).collect();
        builder = builder.references(references.join(" "));
    }
    if draft.recipients().next().is_none() {
        let envelope = lettre::address::Envelope::new(Some(from.email.clone()), vec![from.email])
            .map_err(invalid)?;
        builder = builder.envelope(envelope);
    }
    let text = SinglePart::plain(draft.body.clone());
    let message = if draft.attachments.is_empty() {
        builder.singlepart(text)
    } else {
        let mut mixed = MultiPart::mixed().singlepart(text);
        for attachment in &draft.attachments {
            let content_type = ContentType::parse(&attachment.content_type)
                .unwrap_or(ContentType::parse("application/octet-stream").map_err(invalid)?);
            // Always base64: lettre would pick 7bit for bytes that happen to
            // be ASCII, NUL and bare line feeds included, which servers and
            // readers mangle.
            let body =
                Body::new_with_encoding(attachment.data.to_vec(), ContentTransferEncoding::Base64)
                    .map_err(|_| DraftProblem::Invalid("an attachment cannot be encoded".into()))?;
            mixed = mixed.singlepart(
                LettreAttachment::new(attachment.name.clone()).body(body, content_type),
            );
        }
        builder.multipart(mixed)
    }
    .map_err(invalid)?;
    let envelope = message.envelope();
    Ok(Built {
        raw: message.formatted(),
        from: envelope
            .from()
            .map(|a| a.to_string())
            .unwrap_or_else(|| draft.from.email.clone()),
        recipients: envelope.to().iter().map(|a| a.to_string()).collect(),
        message_id,
    })
}

fn invalid(err: impl std::fmt::Display) -> DraftProblem {
    DraftProblem::Invalid(err.to_string())
}

/// The `<id>`s of a header field in a message's header block.
pub(super) fn header_ids(raw: &[u8], name: &str) -> Vec<String> {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..end]);
    let prefix = format!("{}:", name.to_ascii_lowercase());
    head.split("\r\n")
        .filter(|line| line.to_ascii_lowercase().starts_with(&prefix))
        .flat_map(|line| {
            line[prefix.len()..]
                .split(['<', '>', ' '])
                .filter(|part| part.contains('@'))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose::Attachment;
    use crate::message::{parse_headers, Address};
    use mail_parser::MimeHeaders;

    fn address(name: &str, email: &str) -> Address {
        Address {
            name: Some(name.into()),
            email: email.into(),
        }
    }

    fn draft() -> Draft {
        Draft {
            from: address("Zofia Żółw", "zofia@example.pl"),
            to: vec![address("Ján Novák", "jan@example.sk")],
            bcc: vec![address("Иван", "ivan@example.bg")],
            subject: "Żółć i pošta — поща".into(),
            body: "Dzień dobry!\nľščťžýáíé\n".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn an_identity_reply_to_becomes_the_header() {
        let mut d = draft();
        d.reply_to = Some(address("Biuro", "biuro@example.pl"));
        let built = build(&d).unwrap();
        let raw = String::from_utf8_lossy(&built.raw);
        assert!(raw.contains("Reply-To: Biuro <biuro@example.pl>"), "{raw}");
        assert!(!String::from_utf8_lossy(&build(&draft()).unwrap().raw).contains("Reply-To"));
    }

    #[test]
    fn a_message_has_encoded_headers_and_the_bcc_only_in_the_copy() {
        let built = build(&draft()).unwrap();
        let headers = parse_headers(&built.raw);
        assert_eq!(headers.subject, "Żółć i pošta — поща");
        assert_eq!(headers.from[0].name.as_deref(), Some("Zofia Żółw"));
        assert_eq!(
            headers.message_id.as_deref(),
            Some(built.message_id.as_str())
        );
        assert!(built.message_id.ends_with("@example.pl"));
        assert_eq!(built.from, "zofia@example.pl");
        assert_eq!(built.recipients, ["jan@example.sk", "ivan@example.bg"]);
        let copy = String::from_utf8_lossy(&built.raw);
        assert!(copy.contains("Bcc:"), "{copy}");
        let sent = built.for_sending();
        let sent_text = String::from_utf8_lossy(&sent);
        assert!(
            !sent_text.to_ascii_lowercase().contains("bcc:"),
            "{sent_text}"
        );
        assert!(sent_text.contains("Subject:"));
        // Headers are 7-bit: the UTF-8 is in encoded words.
        let header_end = sent_text.find("\r\n\r\n").unwrap();
        assert!(sent_text[..header_end].is_ascii());
    }

    #[test]
    fn replies_carry_their_thread() {
        let mut d = draft();
        d.in_reply_to = Some("b@example.sk".into());
        d.references = vec!["a@example.sk".into(), "b@example.sk".into()];
        let raw = String::from_utf8(build(&d).unwrap().raw).unwrap();
        assert!(raw.contains("In-Reply-To: <b@example.sk>"), "{raw}");
        assert!(
            raw.contains("References: <a@example.sk> <b@example.sk>"),
            "{raw}"
        );
    }

    #[test]
    fn attachments_make_a_mixed_message() {
        let mut d = draft();
        d.attachments
            .push(Attachment::new("faktúra.pdf", b"%PDF-1.4 data".to_vec()));
        let raw = build(&d).unwrap().raw;
        let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.attachment_count(), 1);
        let part = parsed.attachment(0).unwrap();
        assert_eq!(part.attachment_name(), Some("faktúra.pdf"));
        assert_eq!(part.contents(), b"%PDF-1.4 data");
        assert_eq!(
            parsed.body_text(0).as_deref(),
            Some("Dzień dobry!\r\nľščťžýáíé\r\n")
        );
    }

    #[test]
    fn no_recipient_or_a_bad_one_is_a_problem() {
        let mut d = draft();
        d.to.clear();
        d.bcc.clear();
        assert_eq!(build(&d), Err(DraftProblem::NoRecipients));
        // A draft may be saved without one.
        let saved = build_draft(&d).unwrap();
        assert!(!String::from_utf8_lossy(&saved.raw).contains("\r\nTo:"));
        d.to.push(Address {
            name: None,
            email: "not an address".into(),
        });
        assert_eq!(
            build(&d),
            Err(DraftProblem::BadAddress("not an address".into()))
        );
    }

    #[test]
    fn bcc_stripping_keeps_the_rest_and_folded_lines() {
        let raw = b"From: a@b\r\nBcc: x@y,\r\n z@w\r\nTo: c@d\r\n\r\nBcc: in the body stays\r\n";
        assert_eq!(
            strip_bcc(raw),
            b"From: a@b\r\nTo: c@d\r\n\r\nBcc: in the body stays\r\n"
        );
    }

    #[test]
    fn the_forwarded_id_is_read_from_the_header_block() {
        let raw = b"From: a@b\r\nX-Forwarded-Message-Id: <orig@example.pl>\r\n\r\nX-Forwarded-Message-Id: <body@x>\r\n";
        assert_eq!(header_ids(raw, FORWARDED_HEADER), ["orig@example.pl"]);
        assert!(header_ids(b"From: a@b\r\n\r\n", "X-Forwarded-Message-Id").is_empty());
    }
}
