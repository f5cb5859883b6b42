//! A partly fetched message as one MIME document: the message's own
//! header, its tree with boundaries of Posta's, each leaf with its own MIME
//! header and, where fetched, its body. A leaf not fetched keeps its header
//! and gets an empty body and an [`UNFETCHED`] field naming its section and
//! size, so the renderer lists it as an attachment to fetch. The document
//! is what the store keeps for a partial message; it is never taken for the
//! message itself (not in the Maildir, not sent on as the original).

use crate::imap::structure::{Leaf, Node};
use crate::imap::Sections;

/// The field that marks a leaf not fetched: its section, its size on the
/// wire and decoded (about): `X-Posta-Unfetched: 2.1 28697870 20971520`.
pub const UNFETCHED: &str = "X-Posta-Unfetched";

/// Builds the document (see the module documentation).
pub fn build(tree: &Node, sections: &Sections) -> Vec<u8> {
    let boundary = boundary_for(sections);
    let mut out = Vec::new();
    let header = without_fields(
        &sections.header,
        &["content-type", "content-transfer-encoding"],
    );
    out.extend_from_slice(header_lines(&header));
    match tree {
        Node::Multipart { .. } => write_node(&mut out, tree, sections, &boundary, &mut 0, true),
        Node::Leaf(leaf) => {
            // A single part: its fields are the message's.
            out.extend_from_slice(&leaf_fields(leaf, sections));
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(body_of(leaf, sections));
        }
    }
    out
}

fn write_node(
    out: &mut Vec<u8>,
    node: &Node,
    sections: &Sections,
    boundary: &str,
    counter: &mut usize,
    top: bool,
) {
    match node {
        Node::Multipart { subtype, children } => {
            *counter += 1;
            let mine = format!("{boundary}{counter}");
            out.extend_from_slice(
                format!("Content-Type: multipart/{subtype}; boundary=\"{mine}\"\r\n").as_bytes(),
            );
            if top {
                out.extend_from_slice(b"MIME-Version: 1.0\r\n");
            }
            out.extend_from_slice(b"\r\n");
            for child in children {
                out.extend_from_slice(format!("--{mine}\r\n").as_bytes());
                write_node(out, child, sections, boundary, counter, false);
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(format!("--{mine}--\r\n").as_bytes());
        }
        Node::Leaf(leaf) => {
            out.extend_from_slice(&leaf_fields(leaf, sections));
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(body_of(leaf, sections));
        }
    }
}

/// The leaf's header fields (no blank line): its own MIME header when the
/// server sent it, else rebuilt from BODYSTRUCTURE; the mark when its body
/// is not here.
fn leaf_fields(leaf: &Leaf, sections: &Sections) -> Vec<u8> {
    let mut fields = match sections.mimes.get(&leaf.section) {
        Some(mime) => {
            let kept = without_fields(mime, &[&UNFETCHED.to_ascii_lowercase()]);
            header_lines(&kept).to_vec()
        }
        None => rebuilt_fields(leaf).into_bytes(),
    };
    if !sections.bodies.contains_key(&leaf.section) {
        fields.extend_from_slice(
            format!(
                "{UNFETCHED}: {} {} {}\r\n",
                leaf.section_text(),
                leaf.octets,
                leaf.decoded_estimate()
            )
            .as_bytes(),
        );
    }
    fields
}

fn body_of<'a>(leaf: &Leaf, sections: &'a Sections) -> &'a [u8] {
    sections
        .bodies
        .get(&leaf.section)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// Header fields for a leaf whose MIME header did not come.
fn rebuilt_fields(leaf: &Leaf) -> String {
    let quoted = |v: &str| {
        let clean: String = v
            .chars()
            .filter(|c| !c.is_control() && *c != '"' && *c != '\\')
            .collect();
        format!("\"{clean}\"")
    };
    let token = |v: &str| -> String {
        v.chars()
            .filter(|c| c.is_ascii_alphanumeric() || "-./+_".contains(*c))
            .collect()
    };
    let mut out = format!("Content-Type: {}", token(&leaf.mime));
    for (name, value) in &leaf.params {
        if matches!(name.as_str(), "charset" | "name" | "format" | "delsp") {
            out.push_str(&format!("; {}={}", token(name), quoted(value)));
        }
    }
    out.push_str("\r\n");
    out.push_str(&format!(
        "Content-Transfer-Encoding: {}\r\n",
        token(&leaf.encoding)
    ));
    if let Some(disposition) = &leaf.disposition {
        out.push_str(&format!("Content-Disposition: {}", token(disposition)));
        if let Some((_, name)) = leaf.params.iter().find(|(n, _)| n == "filename") {
            out.push_str(&format!("; filename={}", quoted(name)));
        }
        out.push_str("\r\n");
    }
    if let Some(id) = &leaf.content_id {
        let id: String = id.chars().filter(|c| !c.is_control()).collect();
        out.push_str(&format!("Content-ID: {id}\r\n"));
    }
    out
}

/// The header's field lines, without its closing blank line.
fn header_lines(header: &[u8]) -> &[u8] {
    let mut end = header.len();
    while end > 0 && matches!(header[end - 1], b'\r' | b'\n') {
        end -= 1;
    }
    if end == 0 {
        return &[];
    }
    // Keep the last line's CRLF.
    let with_eol = header[end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(end, |p| end + p + 1);
    &header[..with_eol]
}

/// `header` without the fields named (lower case), continuation lines
/// included.
fn without_fields(header: &[u8], names: &[&str]) -> Vec<u8> {
    let mut out = Vec::with_capacity(header.len());
    let mut dropping = false;
    for line in header.split_inclusive(|&b| b == b'\n') {
        let continuation = matches!(line.first(), Some(b' ' | b'\t'));
        if !continuation {
            let name = line.iter().position(|&b| b == b':').map(|p| {
                String::from_utf8_lossy(&line[..p])
                    .trim()
                    .to_ascii_lowercase()
            });
            dropping = name.is_some_and(|n| names.contains(&n.as_str()));
        }
        if !dropping {
            out.extend_from_slice(line);
        }
    }
    out
}

/// A boundary no fetched body contains.
fn boundary_for(sections: &Sections) -> String {
    let mut salt = 0u32;
    loop {
        let candidate = format!("=_posta_partial_{salt:x}_");
        let clash = sections
            .bodies
            .values()
            .chain(sections.mimes.values())
            .any(|body| contains(body, candidate.as_bytes()));
        if !clash {
            return candidate;
        }
        salt = salt.wrapping_mul(31).wrapping_add(7919);
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The sections named by the [`UNFETCHED`] marks in `document`, with their
/// sizes, in order.
pub fn unfetched(document: &[u8]) -> Vec<(String, u64)> {
    let mark = format!("\n{UNFETCHED}: ");
    let mut out = Vec::new();
    let mut rest = document;
    while let Some(at) = find(rest, mark.as_bytes()) {
        let line_start = at + mark.len();
        let line_end = rest[line_start..]
            .iter()
            .position(|&b| b == b'\r' || b == b'\n')
            .map_or(rest.len(), |p| line_start + p);
        let line = String::from_utf8_lossy(&rest[line_start..line_end]);
        let mut words = line.split_whitespace();
        if let (Some(section), Some(size)) = (words.next(), words.next()) {
            out.push((section.to_owned(), size.parse().unwrap_or(0)));
        }
        rest = &rest[line_end..];
    }
    out
}

/// `document` with the body of the unfetched leaf `section` filled in and
/// its mark removed; `None` when no such mark is there.
pub fn fill(document: &[u8], section: &str, body: &[u8]) -> Option<Vec<u8>> {
    let prefix = format!("\n{UNFETCHED}: {section} ");
    let at = find(document, prefix.as_bytes())? + 1;
    let line_end = document[at..].iter().position(|&b| b == b'\n')? + at + 1;
    // The mark is the leaf's last field: its blank line follows.
    let rest = &document[line_end..];
    let body_start = line_end
        + if rest.starts_with(b"\r\n") {
            2
        } else if rest.starts_with(b"\n") {
            1
        } else {
            return None;
        };
    let mut out = Vec::with_capacity(document.len() + body.len());
    out.extend_from_slice(&document[..at]);
    out.extend_from_slice(&document[line_end..body_start]);
    out.extend_from_slice(body);
    out.extend_from_slice(&document[body_start..]);
    Some(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(section: &[u32], mime: &str, disposition: Option<&str>, octets: u64) -> Node {
        Node::Leaf(Leaf {
            section: section.to_vec(),
            mime: mime.into(),
            params: vec![("filename".into(), "skan.pdf".into())],
            disposition: disposition.map(str::to_owned),
            content_id: None,
            encoding: "base64".into(),
            octets,
        })
    }

    fn sample() -> (Node, Sections) {
        let tree = Node::Multipart {
            subtype: "mixed".into(),
            children: vec![
                leaf(&[1], "text/plain", None, 30),
                leaf(&[2], "application/pdf", Some("attachment"), 4_000_000),
            ],
        };
        let mut sections = Sections {
            header: b"From: Zofia <z@example.pl>\r\nSubject: Skan\r\nContent-Type: multipart/mixed;\r\n boundary=\"orig\"\r\n\r\n".to_vec(),
            ..Sections::default()
        };
        sections.mimes.insert(
            vec![1],
            b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                .to_vec(),
        );
        sections.bodies.insert(
            vec![1],
            "Dzień dobry, skan w załączniku.".as_bytes().to_vec(),
        );
        (tree, sections)
    }

    #[test]
    fn the_document_parses_with_the_text_and_marks_the_rest() {
        let (tree, sections) = sample();
        let doc = build(&tree, &sections);
        let text = String::from_utf8_lossy(&doc);
        assert!(!text.contains("orig"), "{text}");
        assert_eq!(unfetched(&doc), [("2".to_owned(), 4_000_000)]);
        let parsed = mail_parser::MessageParser::default()
            .parse(&doc)
            .expect("parses");
        assert_eq!(parsed.subject(), Some("Skan"));
        assert_eq!(
            parsed.body_text(0).as_deref(),
            Some("Dzień dobry, skan w załączniku.")
        );
        assert_eq!(parsed.attachments().count(), 1);
    }

    #[test]
    fn filling_a_part_removes_its_mark_and_keeps_the_rest() {
        let (tree, sections) = sample();
        let doc = build(&tree, &sections);
        let filled = fill(&doc, "2", b"JVBERi0xLjQK").expect("filled");
        assert!(unfetched(&filled).is_empty());
        let parsed = mail_parser::MessageParser::default()
            .parse(&filled)
            .expect("parses");
        let attachment = parsed.attachments().next().expect("attachment");
        assert_eq!(attachment.contents(), b"%PDF-1.4\n");
        assert!(fill(&filled, "2", b"x").is_none());
    }

    #[test]
    fn a_mark_the_sender_wrote_is_not_taken_for_ours() {
        let (tree, mut sections) = sample();
        sections.mimes.insert(
            vec![1],
            format!("Content-Type: text/plain\r\n{UNFETCHED}: 9 1\r\n\r\n").into_bytes(),
        );
        let doc = build(&tree, &sections);
        assert_eq!(unfetched(&doc), [("2".to_owned(), 4_000_000)]);
    }
}
