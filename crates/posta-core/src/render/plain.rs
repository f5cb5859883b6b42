//! `text/plain` to a [`Document`]: `format=flowed` (RFC 3676) reflowed,
//! `>` quotes as quote levels, Outlook's "Original Message" as a quote,
//! web addresses as links, the `-- ` signature marked.

use super::html::mark_signature;
use super::model::{Document, Kind, Line, Span};

/// The most text rendered; the rest of a longer body is cut.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Renders a plain-text body; `flowed` and `delsp` are its Content-Type
/// parameters.
pub fn plain(text: &str, flowed: bool, delsp: bool) -> Document {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let truncated = end < text.len();
    let text = text[..end].replace("\r\n", "\n");
    let logical = if flowed {
        unflow(&text, delsp)
    } else {
        text.lines().map(quoted).collect()
    };
    let mut lines = Vec::with_capacity(logical.len());
    let mut outlook = 0u8;
    for (index, (depth, words)) in logical.iter().enumerate() {
        let (depth, words) = (*depth, words.clone());
        let next = logical.get(index + 1).map(|(_, w)| w.as_str());
        if depth == 0 && (starts_outlook_original(&words) || starts_outlook_header(&words, next)) {
            outlook = 1;
        }
        let quote = depth.saturating_add(outlook);
        let kind = if words.trim().is_empty() {
            Kind::Gap
        } else {
            Kind::Paragraph
        };
        lines.push(Line {
            kind,
            quote,
            indent: 0,
            signature: false,
            spans: linked(&words),
        });
    }
    let mut document = Document { lines, truncated };
    mark_signature(&mut document);
    document
}

/// A line's quote depth (`>`, `> >`, `>>`) and its words.
fn quoted(line: &str) -> (u8, String) {
    let mut depth = 0u8;
    let mut rest = line;
    loop {
        let trimmed = rest.strip_prefix(' ').filter(|_| depth > 0).unwrap_or(rest);
        match trimmed.strip_prefix('>') {
            Some(after) => {
                depth = depth.saturating_add(1);
                rest = after;
            }
            None => break,
        }
    }
    let rest = if depth > 0 {
        rest.strip_prefix(' ').unwrap_or(rest)
    } else {
        rest
    };
    (depth, rest.to_owned())
}

/// RFC 3676: a line ending in a space continues on the next line of the
/// same quote depth; a leading space was stuffed; `-- ` is never flowed.
fn unflow(text: &str, delsp: bool) -> Vec<(u8, String)> {
    let mut out: Vec<(u8, String)> = Vec::new();
    let mut open = false;
    for raw in text.lines() {
        let depth = raw.chars().take_while(|&c| c == '>').count();
        let rest = &raw[depth..];
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let depth = u8::try_from(depth).unwrap_or(u8::MAX);
        let soft = rest.ends_with(' ') && rest != "-- ";
        let words = if soft && delsp {
            &rest[..rest.len() - 1]
        } else {
            rest
        };
        match out.last_mut() {
            Some((last, line)) if open && *last == depth => line.push_str(words),
            _ => out.push((depth, words.to_owned())),
        }
        open = soft;
    }
    out
}

/// "-----Original Message-----" (and its Polish, Slovak and Bulgarian
/// Outlook spellings) starts the quoted message in Outlook's plain text.
fn starts_outlook_original(line: &str) -> bool {
    let line = line.trim().trim_matches('-').trim().to_lowercase();
    [
        "original message",
        "wiadomość oryginalna",
        "pôvodná správa",
        "оригинално съобщение",
    ]
    .contains(&line.as_str())
}

/// Outlook's plain reply header: "From: …" then "Sent: …" (or the
/// Polish, Slovak and Bulgarian field names).
fn starts_outlook_header(line: &str, next: Option<&str>) -> bool {
    let from = ["From:", "Od:", "От:"];
    let sent = ["Sent:", "Wysłano:", "Odoslané:", "Изпратено:"];
    from.iter().any(|f| line.starts_with(f))
        && next.is_some_and(|n| sent.iter().any(|s| n.starts_with(s)))
}

/// Words with each `http(s)://` address a link.
fn linked(words: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = words;
    while let Some(start) = find_url(rest) {
        let url_end = rest[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .map_or(rest.len(), |n| start + n);
        // Closing punctuation belongs to the sentence.
        let url = rest[start..url_end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        if start > 0 {
            spans.push(Span {
                text: rest[..start].to_owned(),
                ..Span::default()
            });
        }
        spans.push(Span {
            text: url.to_owned(),
            link: Some(url.to_owned()),
            ..Span::default()
        });
        rest = &rest[start + url.len()..];
    }
    if !rest.is_empty() || spans.is_empty() {
        spans.push(Span {
            text: rest.to_owned(),
            ..Span::default()
        });
    }
    spans
}

fn find_url(text: &str) -> Option<usize> {
    let http = text.find("http://");
    let https = text.find("https://");
    match (http, https) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flowed_lines_join_and_quotes_keep_their_depth() {
        let doc = plain(
            "Jeden \ndwa\n> trzy \n> cztery\n>> pięć\n-- \nPodpis\n",
            true,
            false,
        );
        let texts: Vec<(u8, String)> = doc.lines.iter().map(|l| (l.quote, l.text())).collect();
        assert_eq!(texts[0], (0, "Jeden dwa".into()));
        assert_eq!(texts[1], (1, "trzy cztery".into()));
        assert_eq!(texts[2], (2, "pięć".into()));
        assert!(doc.lines[4].signature, "{:?}", doc.lines[4]);
    }

    #[test]
    fn delsp_removes_the_soft_space() {
        let doc = plain("Zá \nklad\n", true, true);
        assert_eq!(doc.lines[0].text(), "Základ");
    }

    #[test]
    fn web_addresses_become_links_without_trailing_punctuation() {
        let spans = linked("Viz https://x.example/a, prosím.");
        assert_eq!(spans[1].link.as_deref(), Some("https://x.example/a"));
        assert_eq!(spans[2].text, ", prosím.");
    }

    #[test]
    fn outlook_from_sent_header_starts_the_quote() {
        let doc = plain(
            "Potwierdzam.\n\nFrom: Anna <anna@example.pl>\nSent: Monday\nCzy jest aktualny?\n",
            false,
            false,
        );
        assert_eq!(doc.lines[0].quote, 0);
        assert_eq!(doc.lines[2].quote, 1);
        assert_eq!(doc.lines[4].quote, 1);
    }

    #[test]
    fn outlook_original_message_is_quoted() {
        let doc = plain("Ok.\n\n-----Original Message-----\nFrom: A\n", false, false);
        assert_eq!(doc.lines[0].quote, 0);
        assert_eq!(doc.lines[3].quote, 1);
    }
}
