//! Marks misspelled words in the text as it is drawn: iced's text editor
//! asks a [`Highlighter`] for each line's ranges, in order from the first
//! line that changed. A word is marked when the last background check
//! found it misspelled; quoted lines and everything after the signature
//! separator are never marked. iced's highlight format has a colour and a
//! font but no underline, so a misspelled word is drawn in the theme's
//! danger red and bold — the colour alone would be lost on a red-blind
//! reader.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use iced::advanced::text::highlighter::{Format, Highlighter};
use iced::{Font, Theme};

use posta_core::spell;

/// What the highlighter marks: the misspelled words of the last check.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    /// The words, as written.
    pub words: Arc<HashSet<String>>,
    /// Which check they came from: two sets are equal when it is the same.
    pub generation: u64,
}

impl PartialEq for Marks {
    fn eq(&self, other: &Marks) -> bool {
        self.generation == other.generation
    }
}

/// A misspelled word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Misspelled;

/// The highlighter of the compose text.
#[derive(Debug)]
pub struct SpellHighlighter {
    marks: Marks,
    /// The next line to be highlighted.
    line: usize,
    /// The line of the signature separator, once seen.
    signature: Option<usize>,
}

impl Highlighter for SpellHighlighter {
    type Settings = Marks;
    type Highlight = Misspelled;
    type Iterator<'a> = std::vec::IntoIter<(Range<usize>, Misspelled)>;

    fn new(settings: &Marks) -> Self {
        SpellHighlighter {
            marks: settings.clone(),
            line: 0,
            signature: None,
        }
    }

    fn update(&mut self, settings: &Marks) {
        self.marks = settings.clone();
        self.change_line(0);
    }

    fn change_line(&mut self, line: usize) {
        self.line = self.line.min(line);
        if self.signature.is_some_and(|at| at >= self.line) {
            self.signature = None;
        }
    }

    fn highlight_line(&mut self, line: &str) -> Self::Iterator<'_> {
        let number = self.line;
        self.line += 1;
        if spell::is_signature_separator(line) && self.signature.is_none() {
            self.signature = Some(number);
        }
        if self.signature.is_some_and(|at| at <= number)
            || spell::is_quoted(line)
            || self.marks.words.is_empty()
        {
            return Vec::new().into_iter();
        }
        let mut words = Vec::new();
        spell::line_words(line, 0, &mut words);
        words
            .into_iter()
            .filter(|w| self.marks.words.contains(w.text))
            .map(|w| (w.range, Misspelled))
            .collect::<Vec<_>>()
            .into_iter()
    }

    fn current_line(&self) -> usize {
        self.line
    }
}

/// How a misspelled word is drawn.
pub fn format(_: &Misspelled, theme: &Theme) -> Format<Font> {
    Format {
        color: Some(theme.extended_palette().danger.base.color),
        font: Some(crate::theme::FONT_BOLD),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(words: &[&str]) -> Marks {
        Marks {
            words: Arc::new(words.iter().map(|w| w.to_string()).collect()),
            generation: 1,
        }
    }

    fn ranges(h: &mut SpellHighlighter, line: &str) -> Vec<Range<usize>> {
        h.highlight_line(line).map(|(r, _)| r).collect()
    }

    #[test]
    fn marked_words_outside_quotes_and_the_signature() {
        let mut h = SpellHighlighter::new(&marks(&["dzienki", "Pter"]));
        assert_eq!(
            ranges(&mut h, "Orgomne dzienki!"),
            std::iter::once(8..15).collect::<Vec<_>>()
        );
        assert_eq!(ranges(&mut h, "> dzienki"), []);
        assert_eq!(ranges(&mut h, "-- "), []);
        assert_eq!(ranges(&mut h, "Pter dzienki"), []);
        // The separator's line is edited away: the lines after it count again.
        h.change_line(2);
        assert_eq!(
            ranges(&mut h, "Pter"),
            std::iter::once(0..4).collect::<Vec<_>>()
        );
        assert_eq!(h.current_line(), 3);
    }
}
