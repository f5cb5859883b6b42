//! One line of text that ends in "…" where it does not fit, instead of
//! being cut mid-letter by its cell: sender names, subjects, tag names and
//! folder names. It measures its text with the renderer, so the cut falls
//! between whole letters in any script. The widget tree reports the whole
//! text and, when shortened, what is drawn (the tests read both).

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::text::{self, Paragraph as _};
use iced::advanced::widget::operation::Operation;
use iced::advanced::widget::tree::{self, Tree};
use iced::advanced::widget::Widget;
use iced::alignment::Vertical;
use iced::widget::text::{LineHeight, Shaping, Wrapping};
use iced::{mouse, Color, Element, Font, Length, Pixels, Point, Rectangle, Size, Theme};

/// The mark put where the text was shortened.
pub const MARK: char = '…';

type Paragraph = <iced::Renderer as text::Renderer>::Paragraph;

/// What was laid out last: for which text and width, and what is shown.
#[derive(Default)]
struct State {
    key: Option<(String, u32)>,
    shown: String,
    paragraph: Paragraph,
}

/// A line of text shortened with "…"; see the module.
pub struct Ellipsis {
    content: String,
    size: f32,
    font: Font,
    width: Length,
    color: Option<Color>,
    secondary: bool,
}

/// `content` on one line, shortened with "…" to the width it gets.
pub fn ellipsis(content: impl Into<String>) -> Ellipsis {
    Ellipsis {
        content: content.into(),
        size: 13.0,
        font: crate::theme::FONT,
        width: Length::Fill,
        color: None,
        secondary: false,
    }
}

impl Ellipsis {
    /// The text size.
    pub fn size(mut self, size: impl Into<Pixels>) -> Self {
        self.size = size.into().0;
        self
    }

    /// The font.
    pub fn font(mut self, font: Font) -> Self {
        self.font = font;
        self
    }

    /// How wide it may be (the text is shortened to that).
    pub fn width(mut self, width: impl Into<Length>) -> Self {
        self.width = width.into();
        self
    }

    /// The colour of the text (else the surrounding text colour).
    pub fn color(mut self, color: Color) -> Self {
        self.color = Some(color);
        self
    }

    /// Greyed out, as iced's `text::secondary`.
    pub fn secondary(mut self) -> Self {
        self.secondary = true;
        self
    }

    fn text<'a>(&self, content: &'a str) -> text::Text<&'a str, Font> {
        text::Text {
            content,
            bounds: Size::INFINITE,
            size: Pixels(self.size),
            line_height: LineHeight::default(),
            font: self.font,
            align_x: text::Alignment::Left,
            align_y: Vertical::Top,
            shaping: Shaping::Advanced,
            wrapping: Wrapping::None,
        }
    }

    fn measure(&self, content: &str) -> Paragraph {
        Paragraph::with_text(self.text(content))
    }
}

/// The longest start of `content` that, with "…" after it, is at most
/// `max` wide by `width_of`; `content` itself when it fits. `guess` is a
/// byte offset to start from (where the renderer says `max` falls).
pub fn shorten(content: &str, max: f32, guess: usize, width_of: impl Fn(&str) -> f32) -> String {
    if width_of(content) <= max {
        return content.to_owned();
    }
    let mut end = guess.min(content.len());
    while !content.is_char_boundary(end) {
        end -= 1;
    }
    let with_mark = |end: usize| format!("{}{MARK}", content[..end].trim_end());
    // Longer while the next letter still fits, shorter while this does not.
    while let Some(next) = content[end..].chars().next() {
        let longer = end + next.len_utf8();
        if width_of(&with_mark(longer)) > max {
            break;
        }
        end = longer;
    }
    while end > 0 && width_of(&with_mark(end)) > max {
        end -= content[..end].chars().next_back().map_or(1, char::len_utf8);
    }
    with_mark(end)
}

impl<Message> Widget<Message, Theme, iced::Renderer> for Ellipsis {
    fn size(&self) -> Size<Length> {
        Size::new(self.width, Length::Shrink)
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        _renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let state = tree.state.downcast_mut::<State>();
        let max = limits.width(self.width).max().width;
        let key = (self.content.clone(), max.to_bits());
        if state.key.as_ref() != Some(&key) {
            let full = self.measure(&self.content);
            let mark = self.measure(&MARK.to_string()).min_bounds().width;
            let guess = match full.hit_test(Point::new((max - mark).max(0.0), 1.0)) {
                Some(text::Hit::CharOffset(offset)) => offset,
                None => self.content.len(),
            };
            state.shown = shorten(&self.content, max, guess, |s| {
                if s == self.content {
                    full.min_bounds().width
                } else {
                    self.measure(s).min_bounds().width
                }
            });
            state.paragraph = if state.shown == self.content {
                full
            } else {
                self.measure(&state.shown)
            };
            state.key = Some(key);
        }
        let size = state.paragraph.min_bounds();
        layout::Node::new(
            limits
                .width(self.width)
                .resolve(self.width, Length::Shrink, size),
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        _cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        use iced::advanced::text::Renderer as _;
        let state = tree.state.downcast_ref::<State>();
        let color = match (self.color, self.secondary) {
            (Some(color), _) => color,
            (None, true) => theme.extended_palette().background.strongest.color,
            (None, false) => style.text_color,
        };
        let bounds = layout.bounds();
        renderer.fill_paragraph(&state.paragraph, bounds.position(), color, *viewport);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        _renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        // The whole text, as a plain text reports it (what a search for it
        // finds, what a screen reader would say), then what is drawn when
        // that is shorter.
        let state = tree.state.downcast_ref::<State>();
        operation.text(None, layout.bounds(), &self.content);
        if state.shown != self.content {
            operation.text(None, layout.bounds(), &state.shown);
        }
    }
}

impl<'a, Message: 'a> From<Ellipsis> for Element<'a, Message> {
    fn from(line: Ellipsis) -> Self {
        Element::new(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter 10 wide.
    fn width(s: &str) -> f32 {
        s.chars().count() as f32 * 10.0
    }

    #[test]
    fn what_fits_is_left_alone() {
        assert_eq!(shorten("Jan", 30.0, 0, width), "Jan");
    }

    #[test]
    fn a_long_name_ends_in_an_ellipsis_between_letters() {
        let name = "Grzegorz Brzęczyszczykiewicz";
        for guess in [0, 5, 13, name.len()] {
            let shown = shorten(name, 100.0, guess, width);
            assert_eq!(shown, "Grzegorz…", "guess {guess}");
        }
        // Multi-byte letters are never split.
        assert_eq!(shorten("Żółkiewska", 40.0, 3, width), "Żół…");
        assert_eq!(shorten("Żółkiewska", 5.0, 3, width), "…");
    }
}
