//! HTML to a [`Document`] through html2text's rich mode: html2text lays
//! out tables, lists and quotes; a decorator of ours marks each line's
//! block (heading, quote, list item) with control characters that the
//! input cannot contain, and those marks become the line's kind.

use html2text::config::ImageRenderMode;
use html2text::render::{RichAnnotation, TaggedLine, TaggedLineElement, TextDecorator};

use super::links::{deception, image_source, safe_target};
use super::model::{Document, Kind, Line, Span, OBJECT};
use super::{dom, nesting};

/// The most markup rendered; the rest of a longer body is cut.
pub const MAX_HTML_BYTES: usize = 2 * 1024 * 1024;

const HEADING: char = '\u{1}';
const QUOTE: char = '\u{2}';
const BULLET: char = '\u{3}';
const NUMBER: char = '\u{4}';

/// Our decorator: html2text's rich annotations, block prefixes as marks.
#[derive(Clone, Default)]
struct Marks;

impl TextDecorator for Marks {
    type Annotation = RichAnnotation;

    fn decorate_link_start(&mut self, url: &str) -> (String, RichAnnotation) {
        (String::new(), RichAnnotation::Link(url.to_owned()))
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, RichAnnotation) {
        (String::new(), RichAnnotation::Emphasis)
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, RichAnnotation) {
        (String::new(), RichAnnotation::Strong)
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, RichAnnotation) {
        (String::new(), RichAnnotation::Strikeout)
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, RichAnnotation) {
        (String::new(), RichAnnotation::Code)
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) -> RichAnnotation {
        RichAnnotation::Preformat(false)
    }
    fn decorate_preformat_cont(&self) -> RichAnnotation {
        RichAnnotation::Preformat(true)
    }
    fn decorate_image(&mut self, src: &str, title: &str) -> (String, RichAnnotation) {
        // Never empty: the text carries the annotation to its place.
        let text = if title.trim().is_empty() {
            OBJECT.to_owned()
        } else {
            title.to_owned()
        };
        (text, RichAnnotation::Image(src.to_owned()))
    }
    fn header_prefix(&self, level: usize) -> String {
        format!("{HEADING}{}", level.min(9))
    }
    fn quote_prefix(&self) -> String {
        QUOTE.to_string()
    }
    fn unordered_item_prefix(&self) -> String {
        format!("{BULLET}• ")
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{NUMBER}{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        Marks
    }
}

/// Renders `markup`, laid out `width` columns wide (tables and wrapping);
/// at most [`MAX_HTML_BYTES`] of it.
pub fn html(markup: &str, width: usize) -> Document {
    let mut end = markup.len().min(MAX_HTML_BYTES);
    while !markup.is_char_boundary(end) {
        end -= 1;
    }
    let truncated = end < markup.len();
    // The marks must come only from the decorator.
    let clean: String = nesting::limit(&markup[..end])
        .chars()
        .map(|c| {
            if matches!(c, HEADING..=NUMBER) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let lines = match layout(&clean, width) {
        Ok(lines) => lines,
        Err(err) => {
            log::debug!("html2text could not lay this message out: {err}");
            return Document {
                lines: Vec::new(),
                truncated: true,
            };
        }
    };
    let mut document = Document {
        lines: lines.iter().map(line).collect(),
        truncated,
    };
    mark_signature(&mut document);
    document
}

fn layout(markup: &str, width: usize) -> Result<Vec<TaggedLine<Vec<RichAnnotation>>>, String> {
    let config = html2text::config::with_decorator(Marks)
        .allow_width_overflow()
        .link_footnotes(false)
        .empty_img_mode(ImageRenderMode::ShowAlways);
    let dom = config
        .parse_html(markup.as_bytes())
        .map_err(|e| e.to_string())?;
    dom::reshape(&dom);
    let tree = config.dom_to_render_tree(&dom).map_err(|e| e.to_string())?;
    config
        .render_to_lines(tree, width.max(20))
        .map_err(|e| e.to_string())
}

/// What the marks at the start of a line said.
#[derive(Default)]
struct Prefix {
    /// Bytes of the line they take.
    len: usize,
    quote: u8,
    heading: Option<u8>,
    items: u8,
    indents: u8,
}

fn prefix(text: &str) -> Prefix {
    let mut found = Prefix::default();
    let mut chars = text.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        match c {
            QUOTE => found.quote = found.quote.saturating_add(1),
            HEADING => {
                chars.next();
                let level = chars.peek().and_then(|(_, d)| d.to_digit(10)).unwrap_or(1);
                found.heading = Some(level as u8);
            }
            BULLET | NUMBER => {
                found.items = found.items.saturating_add(1);
                found.len = at + c.len_utf8();
                return found;
            }
            ' ' => {
                // A run of spaces before a mark or words: one list level.
                while chars.peek().is_some_and(|&(_, c)| c == ' ') {
                    chars.next();
                }
                found.indents = found.indents.saturating_add(1);
                found.len = chars.peek().map_or(text.len(), |&(at, _)| at);
                continue;
            }
            _ => {
                found.len = at;
                return found;
            }
        }
        chars.next();
        found.len = chars.peek().map_or(text.len(), |&(at, _)| at);
    }
    found
}

/// One laid-out line as a document line.
fn line(tagged: &TaggedLine<Vec<RichAnnotation>>) -> Line {
    let full: String = tagged.iter().map(TaggedLineElement::as_str).collect();
    let pre = tagged.tagged_strings().any(|s| {
        s.tag
            .iter()
            .any(|a| matches!(a, RichAnnotation::Preformat(_)))
    });
    let mut marks = prefix(&full);
    if pre && marks.items == 0 {
        // Spaces at the start of preformatted text are its own.
        marks = prefix_without_spaces(&full);
    }
    let mut spans = Vec::new();
    let mut skip = marks.len;
    for piece in tagged.tagged_strings() {
        let text = &piece.s;
        let text = if skip >= text.len() {
            skip -= text.len();
            continue;
        } else {
            let rest = &text[skip..];
            skip = 0;
            rest
        };
        if !text.is_empty() {
            spans.push(span(text, &piece.tag));
        }
    }
    let text: String = spans.iter().map(|s: &Span| s.text.as_str()).collect();
    let kind = if let Some(level) = marks.heading {
        Kind::Heading(level)
    } else if text.trim().is_empty() && !spans.iter().any(|s| s.image.is_some()) {
        Kind::Gap
    } else if marks.items > 0 {
        Kind::ListItem
    } else if pre {
        Kind::Pre
    } else if is_table_row(&text) {
        Kind::TableRow
    } else {
        Kind::Paragraph
    };
    Line {
        kind,
        quote: marks.quote,
        indent: (marks.items.saturating_sub(1)).saturating_add(marks.indents),
        signature: false,
        spans: with_warnings(spans),
    }
}

/// Quote marks only (no list indentation): for `<pre>` lines.
fn prefix_without_spaces(text: &str) -> Prefix {
    let len = text.find(|c| c != QUOTE).unwrap_or(text.len());
    Prefix {
        len,
        quote: u8::try_from(len).unwrap_or(u8::MAX),
        ..Prefix::default()
    }
}

/// html2text's table cells are joined by `│`; its rules are box drawing.
fn is_table_row(text: &str) -> bool {
    text.contains('│')
        || (!text.trim().is_empty() && text.trim().chars().all(|c| ('─'..='╿').contains(&c)))
}

/// A piece of text with html2text's annotations as a span.
fn span(text: &str, tags: &[RichAnnotation]) -> Span {
    let mut span = Span {
        text: text.to_owned(),
        ..Span::default()
    };
    for tag in tags {
        match tag {
            RichAnnotation::Strong => span.bold = true,
            RichAnnotation::Emphasis => span.italic = true,
            RichAnnotation::Code | RichAnnotation::Preformat(_) => span.code = true,
            RichAnnotation::Strikeout => span.strike = true,
            RichAnnotation::Link(target) => span.link = safe_target(target),
            RichAnnotation::Image(src) => span.image = image_source(src),
            _ => {}
        }
    }
    if span.image.is_none() && span.text == OBJECT {
        span.text.clear();
    }
    span
}

/// Adds a warning span after each link whose words name another address.
fn with_warnings(spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    let mut words = String::new();
    let count = spans.len();
    let mut iter = spans.into_iter().peekable();
    for _ in 0..count {
        let Some(span) = iter.next() else { break };
        let target = span.link.clone();
        if target.is_some() {
            words.push_str(&span.text);
        }
        out.push(span);
        let Some(target) = target else { continue };
        let continues = iter.peek().and_then(|next| next.link.as_ref()) == Some(&target);
        if continues {
            continue;
        }
        if let Some(found) = deception(&words, &target) {
            out.push(Span {
                text: format!(" ⚠ {}", found.actual),
                deception: Some(found),
                ..Span::default()
            });
        }
        words.clear();
    }
    out
}

/// Marks the lines after a `-- ` line (at its quote level) as signature.
pub(super) fn mark_signature(document: &mut Document) {
    let mut signature: Option<u8> = None;
    for line in &mut document.lines {
        if let Some(level) = signature {
            if line.quote < level {
                signature = None;
            }
        }
        if signature.is_none() && line.text().trim_end() == "--" {
            signature = Some(line.quote);
        }
        line.signature = signature.is_some_and(|level| line.quote >= level);
    }
}
