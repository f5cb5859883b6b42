//! Replies and forwards: the original's text quoted, `Re:`/`Fwd:` subjects,
//! the recipients a reply (to all) goes to, and the thread headers.
//!
//! Sentences the reader sees (the attribution line "On …, … wrote:", the
//! forwarded-message header) are passed in by the caller, already
//! translated: this module knows no language.

use std::collections::HashSet;

use mail_parser::{MessageParser, MimeHeaders};

use super::{Attachment, Draft};
use crate::message::{parse_headers, Address};
use crate::render::Warning;

/// Which answer to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplyKind {
    /// To the sender (or the `Reply-To:`).
    Reply,
    /// To the sender and everyone else who got it.
    ReplyAll,
    /// To someone new, with the original's text and attachments.
    Forward,
}

/// The message being answered or forwarded, as much of it as a reply needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Original {
    /// `From:`.
    pub from: Vec<Address>,
    /// `Reply-To:`.
    pub reply_to: Vec<Address>,
    /// `To:`.
    pub to: Vec<Address>,
    /// `Cc:`.
    pub cc: Vec<Address>,
    /// `Date:` as Unix seconds.
    pub date: Option<i64>,
    /// `Subject:`, decoded.
    pub subject: String,
    /// `Message-ID:` without angle brackets.
    pub message_id: Option<String>,
    /// `References:` without angle brackets.
    pub references: Vec<String>,
    /// The text (the plain part, or the HTML part as text).
    pub text: String,
    /// Attached files, for a forward.
    pub attachments: Vec<Attachment>,
}

/// Prefixes each line with `> ` (`>` before an already quoted line, so
/// quote levels stay readable: `>> `).
pub fn quote(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = text.trim_end_matches('\n');
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            out.push('>');
        } else if line.starts_with('>') {
            out.push('>');
            out.push_str(line);
        } else {
            out.push_str("> ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Whether `subject` starts with one of `prefixes` (lower case) followed
/// by a colon, in any case, spaces allowed before the colon.
fn has_prefix(subject: &str, prefixes: &[&str]) -> bool {
    let Some((head, _)) = subject.trim_start().split_once(':') else {
        return false;
    };
    let head = head.trim_end().to_lowercase();
    prefixes.iter().any(|p| head == *p)
}

/// `Re: subject`, unless it is a reply already. `Re:` is the RFC 5322
/// spelling every mail program understands, so it is not translated; the
/// prefixes other programs write in our languages (Polish `Odp:`,
/// Bulgarian `Отг:`) and German `Aw:` count as replies too, so prefixes do
/// not pile up.
pub fn reply_subject(subject: &str) -> String {
    if has_prefix(subject, &["re", "odp", "aw", "sv", "отг", "ynt"]) {
        subject.trim().to_owned()
    } else {
        format!("Re: {}", subject.trim())
    }
}

/// `Fwd: subject` (always: a forward of a forward is still news).
pub fn forward_subject(subject: &str) -> String {
    format!("Fwd: {}", subject.trim())
}

fn same_email(a: &Address, b: &Address) -> bool {
    a.email.eq_ignore_ascii_case(&b.email)
}

/// `addresses` without duplicates and without anyone in `except`.
fn without(addresses: &[Address], except: &[&Address]) -> Vec<Address> {
    let mut seen: HashSet<String> = except.iter().map(|a| a.email.to_lowercase()).collect();
    addresses
        .iter()
        .filter(|a| seen.insert(a.email.to_lowercase()))
        .cloned()
        .collect()
}

impl Original {
    /// Reads a partly read message's document (`crate::reading`): its
    /// text, and only the attachments that are here (a forward fetches the
    /// others first).
    pub fn parse_partial(raw: &[u8], warning: Warning) -> Original {
        let mut original = Original::parse(raw, warning);
        let rendered = crate::render::partial_message(raw, crate::render::TEXT_WIDTH);
        let missing: Vec<&crate::render::Attachment> = rendered
            .attachments
            .iter()
            .filter(|a| a.unfetched.is_some())
            .collect();
        if !missing.is_empty() {
            original
                .attachments
                .retain(|a| !(a.data.is_empty() && missing.iter().any(|m| m.name == a.name)));
        }
        original
    }

    /// Reads a raw message; malformed input gives empty fields.
    pub fn parse(raw: &[u8], warning: Warning) -> Original {
        let headers = parse_headers(raw);
        let mut original = Original {
            from: headers.from,
            to: headers.to,
            cc: headers.cc,
            date: headers.date,
            subject: headers.subject,
            message_id: headers.message_id,
            ..Original::default()
        };
        let Some(message) = MessageParser::default().parse(raw) else {
            return original;
        };
        original.reply_to = message
            .reply_to()
            .map(|list| {
                list.iter()
                    .filter_map(|a| {
                        Some(Address {
                            name: a.name().map(str::to_owned),
                            email: a.address()?.to_owned(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        original.references = message
            .references()
            .as_text_list()
            .map(|list| list.iter().map(|s| s.to_string()).collect())
            .or_else(|| message.references().as_text().map(|s| vec![s.to_owned()]))
            .unwrap_or_default();
        // The same conversion the reader shows (tables, lists, quotes and
        // link targets kept), wrapped for a reply.
        original.text = crate::render::message(raw, crate::render::TEXT_WIDTH)
            .document
            .text(warning);
        original.attachments = message
            .attachments()
            .map(|part| {
                let name = part.attachment_name().unwrap_or("attachment").to_owned();
                let mut attachment = Attachment::new(name, part.contents().to_vec());
                if let Some(ct) = part.content_type() {
                    attachment.content_type = match ct.subtype() {
                        Some(sub) => format!("{}/{}", ct.ctype(), sub),
                        None => ct.ctype().to_owned(),
                    };
                }
                attachment
            })
            .collect();
        original
    }

    /// The thread headers of an answer to this message.
    fn thread(&self, draft: &mut Draft) {
        draft.in_reply_to = self.message_id.clone();
        draft.references = self.references.clone();
        if let Some(id) = &self.message_id {
            if !draft.references.contains(id) {
                draft.references.push(id.clone());
            }
        }
    }

    /// A reply (to all, with `all`) from `me`, the original quoted under
    /// `attribution` ("On 3 May, Zofia wrote:"), the cursor's place above.
    pub fn reply(&self, me: &Address, all: bool, attribution: &str) -> Draft {
        let mine = self.from.iter().any(|a| same_email(a, me));
        // Answering one's own message continues the conversation with
        // whoever it went to, not with oneself.
        let primary: Vec<Address> = if mine {
            self.to.clone()
        } else if !self.reply_to.is_empty() {
            self.reply_to.clone()
        } else {
            self.from.clone()
        };
        let to = without(&primary, &[me]);
        let cc = if all {
            let mut except: Vec<&Address> = to.iter().collect();
            except.push(me);
            let others: Vec<Address> = self.to.iter().chain(&self.cc).cloned().collect();
            without(&others, &except)
        } else {
            Vec::new()
        };
        let mut draft = Draft {
            from: me.clone(),
            to,
            cc,
            subject: reply_subject(&self.subject),
            body: format!("\n\n{}\n{}", attribution.trim_end(), quote(&self.text)),
            ..Draft::default()
        };
        self.thread(&mut draft);
        draft
    }

    /// A forward from `me`: no recipient yet, the original's text under
    /// `intro` (its translated header block), its attachments attached.
    pub fn forward(&self, me: &Address, intro: &str) -> Draft {
        let mut draft = Draft {
            from: me.clone(),
            subject: forward_subject(&self.subject),
            body: format!("\n\n{}\n\n{}", intro.trim_end(), self.text.trim_end()),
            attachments: self.attachments.clone(),
            ..Draft::default()
        };
        // A forward is a new conversation, but mail programs that thread by
        // References still link it to the original.
        if let Some(id) = &self.message_id {
            draft.references = vec![id.clone()];
        }
        draft.forwards = self.message_id.clone();
        draft
    }

    /// The answer of `kind`; `header` is the attribution line for replies
    /// and the forwarded-message block for forwards.
    pub fn answer(&self, kind: ReplyKind, me: &Address, header: &str) -> Draft {
        match kind {
            ReplyKind::Reply => self.reply(me, false, header),
            ReplyKind::ReplyAll => self.reply(me, true, header),
            ReplyKind::Forward => self.forward(me, header),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_adds_a_level_and_keeps_empty_lines() {
        assert_eq!(quote("Ahoj\r\n\r\n> staré\n"), "> Ahoj\n>\n>> staré\n");
        assert_eq!(quote(""), ">\n");
    }

    #[test]
    fn subjects_get_one_prefix() {
        assert_eq!(reply_subject("Faktúra"), "Re: Faktúra");
        assert_eq!(reply_subject("RE: Faktúra"), "RE: Faktúra");
        assert_eq!(reply_subject("Odp: Spotkanie"), "Odp: Spotkanie");
        assert_eq!(reply_subject("Отг: Среща"), "Отг: Среща");
        assert_eq!(reply_subject("Reklama: nowa"), "Re: Reklama: nowa");
        assert_eq!(forward_subject("Re: x"), "Fwd: Re: x");
    }
}
