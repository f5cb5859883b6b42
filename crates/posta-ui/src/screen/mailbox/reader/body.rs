//! Draws a message's [`Document`] with iced rich text: headings bold and
//! larger, paragraphs apart, list items indented with their bullet, tables
//! and `<pre>` in the monospaced font with their columns (scrolling
//! sideways rather than wrapping), quotes indented behind a rule and
//! dimmed, the signature dimmed, links underlined and clickable with their
//! target shown on hover, a deceptive link followed by its warning.

use std::collections::HashMap;

use iced::widget::image::Handle;
use iced::widget::text::{Span as RichSpan, Wrapping};
use iced::widget::{
    column, container, image, rich_text, row, rule, scrollable, space, span, text, tooltip,
};
use iced::widget::{Column, Row};
use iced::{ContentFit, Element, Fill, Font};

use super::Message;
use crate::theme;
use posta_core::render::{Document, ImageSource, Kind, Line, Span, OBJECT_TEXT};
use posta_i18n::t;

/// Size of body text.
const BODY_SIZE: f32 = 14.0;
/// The scrolled text of the message (tests measure it).
pub const BODY: iced::widget::Id = iced::widget::Id::new("reader-body");
/// Indentation of one list level, in pixels.
const LIST_INDENT: f32 = 20.0;
/// The most link targets a tooltip names.
const MAX_TARGETS: usize = 4;

/// Images ready to draw, by where they come from.
pub type Images = HashMap<ImageSource, Handle>;

/// The document, top to bottom, with a note when it was cut or is empty;
/// images in `images` are drawn in place, scaled down to the width.
pub fn view<'a>(document: &'a Document, images: &'a Images) -> Element<'a, Message> {
    let mut body = Column::new().spacing(2).width(Fill);
    let lines = &document.lines;
    let mut at = 0;
    while at < lines.len() {
        let first = &lines[at];
        if first.kind == Kind::Gap {
            body = body.push(space().height(8));
            at += 1;
            continue;
        }
        if has_drawn_image(first, images) {
            body = body.push(with_images(first, images));
            at += 1;
            continue;
        }
        let end = (at + 1..lines.len())
            .find(|&next| !same_block(first, &lines[next]) || has_drawn_image(&lines[next], images))
            .unwrap_or(lines.len());
        body = body.push(block(&lines[at..end], images));
        at = end;
    }
    if document.truncated {
        body = body.push(
            text(t!("reader-text-truncated"))
                .size(12)
                .style(text::secondary),
        );
    }
    if document.lines.iter().all(|l| l.text().trim().is_empty()) {
        body = body.push(text(t!("reader-no-text")).size(14).style(text::secondary));
    }
    body.into()
}

/// Whether a line shows an image that is ready to draw.
fn has_drawn_image(line: &Line, images: &Images) -> bool {
    line.spans
        .iter()
        .any(|s| s.image.as_ref().is_some_and(|i| images.contains_key(i)))
}

/// A line with images: each image on its own, scaled down to the reader's
/// width, then the line's words.
fn with_images<'a>(line: &'a Line, images: &'a Images) -> Element<'a, Message> {
    let mut parts = Column::new().spacing(4);
    for piece in &line.spans {
        if let Some(handle) = piece.image.as_ref().and_then(|i| images.get(i)) {
            parts = parts.push(image(handle.clone()).content_fit(ContentFit::ScaleDown));
        }
    }
    if line
        .spans
        .iter()
        .any(|s| s.image.is_none() && !s.text.trim().is_empty())
    {
        parts = parts.push(block(std::slice::from_ref(line), images));
    }
    parts.into()
}

/// Lines drawn as one piece of text: same kind, quote, indent and
/// signature; each list item starts its own.
fn same_block(first: &Line, next: &Line) -> bool {
    next.kind != Kind::Gap
        && next.kind != Kind::ListItem
        && (next.kind == first.kind
            || (first.kind == Kind::ListItem && next.kind == Kind::Paragraph))
        && next.quote == first.quote
        && next.indent == first.indent
        && next.signature == first.signature
}

/// One block: its rich text, indented, in a quote's frame when quoted.
fn block<'a>(lines: &'a [Line], images: &Images) -> Element<'a, Message> {
    let first = &lines[0];
    let mono = matches!(first.kind, Kind::TableRow | Kind::Pre);
    let (size, font) = match first.kind {
        Kind::Heading(1) => (20.0, theme::FONT_BOLD),
        Kind::Heading(2) => (18.0, theme::FONT_BOLD),
        Kind::Heading(_) => (16.0, theme::FONT_BOLD),
        Kind::TableRow | Kind::Pre => (13.0, theme::FONT_MONO),
        _ => (BODY_SIZE, theme::FONT),
    };
    let mut spans: Vec<RichSpan<'_, String, Font>> = Vec::new();
    let mut targets: Vec<&str> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            spans.push(span("\n"));
        }
        for piece in &line.spans {
            if let Some(target) = &piece.link {
                if !targets.contains(&target.as_str()) {
                    targets.push(target);
                }
            }
            let drawn = piece.image.as_ref().is_some_and(|i| images.contains_key(i));
            if drawn {
                continue;
            }
            if let Some(shown) = rich_span(piece, font, mono) {
                spans.push(shown);
            }
        }
    }
    let dimmed = first.quote > 0 || first.signature;
    let mut content = rich_text(spans)
        .size(size)
        .font(font)
        .on_link_click(Message::OpenLink);
    if dimmed {
        content = content.color(theme::theme().extended_palette().background.strong.text);
    }
    let content: Element<'_, Message> = if mono {
        // Tight lines, so the table's box-drawing rules join up.
        let content = content.line_height(iced::widget::text::LineHeight::Relative(1.17));
        scrollable(content.wrapping(Wrapping::None))
            .direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::new().width(4).scroller_width(4),
            ))
            .width(Fill)
            .into()
    } else {
        content.width(Fill).into()
    };
    let content = if targets.is_empty() {
        content
    } else {
        let mut names = targets
            .iter()
            .take(MAX_TARGETS)
            .map(|t| format!("→ {t}"))
            .collect::<Vec<_>>()
            .join("\n");
        if targets.len() > MAX_TARGETS {
            names.push_str("\n…");
        }
        tooltip(
            content,
            container(text(names).size(12))
                .padding(6)
                .style(container::rounded_box),
            tooltip::Position::FollowCursor,
        )
        .into()
    };
    let indented = container(content).padding(iced::Padding {
        left: LIST_INDENT * f32::from(first.indent),
        ..iced::Padding::ZERO
    });
    if first.quote == 0 {
        return indented.into();
    }
    let mut framed = Row::new().spacing(8);
    for _ in 0..first.quote.min(8) {
        framed = framed.push(rule::vertical(2));
    }
    column![row![framed, indented].spacing(8)].into()
}

/// One span as iced draws it; `None` for an image with nothing to say (a
/// tracking pixel).
fn rich_span<'a>(piece: &'a Span, base: Font, mono: bool) -> Option<RichSpan<'a, String, Font>> {
    let palette = theme::theme().palette();
    if let Some(deception) = &piece.deception {
        let warning = t!(
            "reader-link-deceptive",
            shown = deception.shown.as_str(),
            actual = deception.actual.as_str()
        );
        return Some(
            span(format!(" {warning}"))
                .color(palette.danger)
                .font(theme::FONT_BOLD),
        );
    }
    if piece.image.is_some() {
        let alt = piece.text.trim();
        if alt.is_empty() || alt == OBJECT_TEXT {
            return None;
        }
        return Some(
            span(format!("[{alt}]"))
                .font(theme::FONT_ITALIC)
                .color(theme::theme().extended_palette().background.strong.text),
        );
    }
    let font = if mono {
        theme::FONT_MONO
    } else if piece.bold {
        theme::FONT_BOLD
    } else if piece.italic {
        theme::FONT_ITALIC
    } else if piece.code {
        theme::FONT_MONO
    } else {
        base
    };
    let mut shown = span(piece.text.as_str())
        .font(font)
        .strikethrough(piece.strike);
    if let Some(target) = &piece.link {
        shown = shown
            .link(target.clone())
            .underline(true)
            .color(palette.primary);
    }
    Some(shown)
}
