//! A whole message: which parts are its text, which images it carries for
//! that text, and which parts are attachments.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use mail_parser::{MessageParser, MimeHeaders, PartType};

use super::model::{Document, ImageSource, Kind, Line};
use super::{html, plain};

/// An attachment: a part that is neither the text nor an image the text
/// shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its file name as the sender gave it (may be empty or hostile: make
    /// it safe before using it as a file name).
    pub name: String,
    /// `type/subtype`.
    pub content_type: String,
    /// Decoded size in bytes.
    pub size: u64,
    /// The decoded bytes (empty while not fetched).
    pub data: Arc<Vec<u8>>,
    /// Not fetched yet: its MIME section (`2.1`), to fetch it by (only
    /// in a partly read message, see [`partial_message`]).
    pub unfetched: Option<String>,
}

/// A message ready to show.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The body.
    pub document: Document,
    /// The images the body shows from the message itself, by Content-ID.
    pub inline: HashMap<String, Arc<Vec<u8>>>,
    /// The attachments, in order.
    pub attachments: Vec<Attachment>,
}

/// Renders a raw RFC 5322 message `width` columns wide. Malformed input
/// gives its bytes as text, never a panic.
pub fn message(raw: &[u8], width: usize) -> Rendered {
    render(raw, width, false)
}

/// Renders the document of a partly read message (`crate::reading`): parts
/// marked as not fetched are listed as attachments with their announced
/// size and section, never shown as images.
pub fn partial_message(raw: &[u8], width: usize) -> Rendered {
    render(raw, width, true)
}

/// The section and (decoded, about) size of a part marked as not fetched.
fn unfetched_mark(part: &mail_parser::MessagePart<'_>) -> Option<(String, u64)> {
    part.headers
        .iter()
        .find_map(|header| match (&header.name, &header.value) {
            (mail_parser::HeaderName::Other(name), mail_parser::HeaderValue::Text(value))
                if name.eq_ignore_ascii_case(crate::reading::skeleton::UNFETCHED) =>
            {
                let mut words = value.split_whitespace();
                let section = words.next()?.to_owned();
                let _wire = words.next();
                let size = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                Some((section, size))
            }
            _ => None,
        })
}

fn render(raw: &[u8], width: usize, partial: bool) -> Rendered {
    let Some(message) = MessageParser::default().parse(raw) else {
        return Rendered {
            document: plain::plain(&String::from_utf8_lossy(raw), false, false),
            ..Rendered::default()
        };
    };
    let mut document = Document::default();
    let mut shown = HashSet::new();
    for &id in &message.html_body {
        let Some(part) = message.part(id) else {
            continue;
        };
        let next = match &part.body {
            PartType::Html(markup) => html::html(markup, width),
            PartType::Text(text) => {
                let param = |name: &str| {
                    part.content_type()
                        .and_then(|ct| ct.attribute(name))
                        .is_some_and(|v| v.eq_ignore_ascii_case(name_value(name)))
                };
                plain::plain(text, param("format"), param("delsp"))
            }
            _ => continue,
        };
        shown.insert(id);
        append(&mut document, next);
    }
    let referenced: HashSet<String> = document
        .carried_images()
        .filter_map(|source| match source {
            ImageSource::Cid(id) => Some(id.clone()),
            _ => None,
        })
        .collect();
    let mut inline = HashMap::new();
    let mut attachments = Vec::new();
    for (index, part) in message.parts.iter().enumerate() {
        let is_attachment = message.attachments.contains(&(index as u32));
        let body_part = matches!(part.body, PartType::InlineBinary(_) | PartType::Binary(_));
        let mark = partial.then(|| unfetched_mark(part)).flatten();
        if let Some((section, size)) = mark {
            attachments.push(Attachment {
                name: part.attachment_name().unwrap_or_default().to_owned(),
                content_type: content_type_of(part),
                size,
                data: Arc::new(Vec::new()),
                unfetched: Some(section),
            });
            continue;
        }
        if let Some(cid) = part.content_id() {
            let cid = cid.trim_matches(|c| c == '<' || c == '>');
            if referenced.contains(cid) {
                inline.insert(cid.to_owned(), Arc::new(part.contents().to_vec()));
                continue;
            }
        }
        if !is_attachment || shown.contains(&(index as u32)) {
            // An image inside the text parts' list but not shown is still
            // the user's: list it.
            if !(body_part && message.html_body.contains(&(index as u32))) {
                continue;
            }
        }
        attachments.push(Attachment {
            name: part.attachment_name().unwrap_or_default().to_owned(),
            content_type: content_type_of(part),
            size: part.contents().len() as u64,
            data: Arc::new(part.contents().to_vec()),
            unfetched: None,
        });
    }
    Rendered {
        document,
        inline,
        attachments,
    }
}

/// A part's `type/subtype`.
fn content_type_of(part: &mail_parser::MessagePart<'_>) -> String {
    part.content_type()
        .map(|ct| match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub),
            None => ct.ctype().to_owned(),
        })
        .unwrap_or_else(|| "application/octet-stream".to_owned())
}

/// The value a Content-Type parameter must have to be on.
fn name_value(name: &str) -> &'static str {
    match name {
        "format" => "flowed",
        _ => "yes",
    }
}

/// Appends `next` after `document`, an empty line between.
fn append(document: &mut Document, next: Document) {
    if !document.lines.is_empty() {
        document.lines.push(Line {
            kind: Kind::Gap,
            quote: 0,
            indent: 0,
            signature: false,
            spans: Vec::new(),
        });
    }
    document.lines.extend(next.lines);
    document.truncated |= next.truncated;
}

/// An attachment's name as a file name: the last path component, without
/// control characters, never `.` or `..`.
pub fn safe_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    clean.trim().trim_start_matches('.').to_owned()
}
