//! Which words of a message are checked. Quoted lines (`>`), everything
//! after the signature separator (`-- `), addresses, URLs, host and file
//! names, and words with digits are left alone: they are not the writer's
//! prose, or no dictionary could know them.

use std::ops::Range;

/// A word to check: its text and where it is in the message (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Its byte range in the text.
    pub range: Range<usize>,
}

/// The words of `text` that are checked, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_signature_separator(content) {
            break;
        }
        if !is_quoted(content) {
            line_words(content, offset, &mut out);
        }
        offset += line.len();
    }
    out
}

/// The words of one line (`offset`: where the line starts), for a caller
/// that keeps its own line state (the compose highlighter).
pub fn line_words<'a>(line: &'a str, offset: usize, out: &mut Vec<Word<'a>>) {
    let mut chunk_start = None;
    let ends = line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')));
    for (at, c) in ends {
        if !c.is_whitespace() {
            chunk_start.get_or_insert(at);
            continue;
        }
        if let Some(begin) = chunk_start.take() {
            let chunk = &line[begin..at];
            if !is_address_or_link(chunk) {
                chunk_words(chunk, offset + begin, out);
            }
        }
    }
}

/// Whether a line is quoted from another message.
pub fn is_quoted(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// Whether a line starts the signature (`-- `; also `--` whose space an
/// editor trimmed).
pub fn is_signature_separator(line: &str) -> bool {
    line == "-- " || line == "--"
}

fn is_address_or_link(chunk: &str) -> bool {
    let lower = chunk
        .trim_start_matches(['(', '<', '[', '"', '\''])
        .to_lowercase();
    if chunk.contains('@') || chunk.contains("://") {
        return true;
    }
    if ["www.", "mailto:", "ftp.", "file:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // example.com, posta.pl/help, dokument.pdf: a dot between letters.
    let core = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
    core.char_indices().any(|(i, c)| {
        (c == '.' || c == '/' || c == '\\' || c == '_')
            && i > 0
            && core[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && core[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Letters joined by an apostrophe or a hyphen stay one word ("don't",
/// "e-mail", "Bielsko-Biała"); a run with a digit is skipped.
fn chunk_words<'a>(chunk: &'a str, offset: usize, out: &mut Vec<Word<'a>>) {
    let next_is_letter = |at: usize| {
        chunk[at..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    };
    let mut rest = chunk.char_indices().peekable();
    while let Some((begin, c)) = rest.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut has_digit = c.is_numeric();
        let mut end = begin + c.len_utf8();
        while let Some(&(at, c)) = rest.peek() {
            let joins = is_joiner(c) && next_is_letter(at + c.len_utf8());
            if !(c.is_alphanumeric() || c == '\u{301}' || joins) {
                break;
            }
            has_digit |= c.is_numeric();
            end = at + c.len_utf8();
            rest.next();
        }
        if !has_digit {
            out.push(Word {
                text: &chunk[begin..end],
                range: offset + begin..offset + end,
            });
        }
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn prose_splits_into_words_with_their_places() {
        let text = "Orgomne dzięki, Janku!";
        let found = words(text);
        assert_eq!(
            found.iter().map(|w| w.text).collect::<Vec<_>>(),
            ["Orgomne", "dzięki", "Janku"]
        );
        assert_eq!(&text[found[1].range.clone()], "dzięki");
    }

    #[test]
    fn quotes_signatures_addresses_links_and_digits_are_skipped() {
        let text = "Ahoj Peter,\n\
                    > Wrte this yesterdy\n\
                    pozri https://posta.example/prilohy a www.priklad.sk alebo jan@posta.sk\n\
                    verzia 2b a súbor zmluva.pdf, 3.\n\
                    -- \n\
                    Pter Novák";
        assert_eq!(
            texts(text),
            ["Ahoj", "Peter", "pozri", "a", "alebo", "verzia", "a", "súbor"]
        );
    }

    #[test]
    fn apostrophes_and_hyphens_join_letters() {
        assert_eq!(
            texts("don't e-mail - Bielsko-Biała 'quoted'"),
            ["don't", "e-mail", "Bielsko-Biała", "quoted"]
        );
        assert_eq!(texts("Писмо — кнга."), ["Писмо", "кнга"]);
    }
}
