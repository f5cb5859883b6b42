//! Text as the full-text index holds it: a body's searchable words (the
//! reader's one conversion, bounded) and the letters folded the way people
//! type them without diacritics.

use std::borrow::Cow;

use crate::render;

/// How much of a body's text is indexed: enough for any real letter, and a
/// bound for pathological ones.
const MAX_BODY_TEXT: usize = 512 * 1024;

/// How much of a raw message is parsed for the index. Text parts come
/// before attachments in nearly every message, and the indexed text is
/// capped anyway; parsing a 25 MiB attachment to find it would cost its
/// size in memory several times over.
pub const INDEXED_PREFIX: usize = 4 << 20;

/// Letters that `remove_diacritics` leaves alone because Unicode gives them
/// no decomposition (a stroke is not an accent to it), folded the way people
/// type them without diacritics: Polish "zolc" must find "Żółć".
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'ø' => "o",
        'Ø' => "O",
        'ħ' => "h",
        'Ħ' => "H",
        'ŧ' => "t",
        'Ŧ' => "T",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => return None,
    })
}

/// Text as it goes into the full-text index (and queries into `MATCH`):
/// the letters of [`fold_char`] replaced, the rest left to the tokenizer.
pub fn fold(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| fold_char(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold_char(c) {
            Some(folded) => out.push_str(folded),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The searchable text of a raw message (its first [`INDEXED_PREFIX`]
/// bytes): its words as the reader shows them (the one conversion in
/// [`crate::render`]), without link targets or warnings.
pub fn body_text(raw: &[u8]) -> String {
    let raw = &raw[..raw.len().min(INDEXED_PREFIX)];
    let mut text = render::message(raw, render::WIDE).document.words();
    if text.len() > MAX_BODY_TEXT {
        let mut end = MAX_BODY_TEXT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// The base letters of U+00C0..=U+00FF (Latin-1) and U+0100..=U+017F
/// (Latin Extended-A), `.` where there is none to fall back to (those
/// [`fold_char`] spells out, and signs).
const LATIN_1: &str = "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y";
const LATIN_EXTENDED_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Text as a person types it when looking someone up: lower case, without
/// diacritics ("Żółkiewska" → "zolkiewska", "Dvořák" → "dvorak"); other
/// scripts only lower-cased ("Иван" → "иван", with ё as е).
pub fn fold_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in fold(text).chars().flat_map(char::to_lowercase) {
        let code = c as u32;
        let base = match code {
            0xC0..=0xFF => LATIN_1.as_bytes().get((code - 0xC0) as usize),
            0x100..=0x17F => LATIN_EXTENDED_A.as_bytes().get((code - 0x100) as usize),
            _ => None,
        };
        match (base, c) {
            (Some(&b), _) if b != b'.' => out.push(char::from(b)),
            (_, 'ș' | 'ş') => out.push('s'),
            (_, 'ț' | 'ţ') => out.push('t'),
            (_, 'ё') => out.push('е'),
            (_, 'ß') => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold_key;

    #[test]
    fn names_fold_as_people_type_them() {
        assert_eq!(fold_key("Zofia Żółkiewska"), "zofia zolkiewska");
        assert_eq!(fold_key("Piotr Zieliński"), "piotr zielinski");
        assert_eq!(
            fold_key("Marek Dvořák, Ľubica Šťastná"),
            "marek dvorak, lubica stastna"
        );
        assert_eq!(fold_key("Иван Петров"), "иван петров");
        assert_eq!(fold_key("Ærøskøbing Straße"), "aeroskobing strasse");
        assert_eq!(fold_key("Ștefan Țurcanu"), "stefan turcanu");
    }
}
