//! The font shipped in `resources/fonts/` can draw every letter of Polish,
//! Slovak and Bulgarian, and every character of the translations, in both
//! faces; and the UI asks iced for it under the family name it really has.
//!
//! A missing glyph would show as an empty box (or silently fall back to
//! whatever the machine has), which is exactly what shipping a font avoids.

use std::path::PathBuf;

use iced::font::Family;
use posta_i18n::Language;
use ttf_parser::{name_id, Face};

const FACES: [&str; 2] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];

fn font_bytes(file: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("resources/fonts")
        .join(file);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The characters of `wanted` the font has no glyph for.
fn missing(face: &Face<'_>, wanted: impl IntoIterator<Item = char>) -> String {
    wanted
        .into_iter()
        .filter(|c| !c.is_control() && face.glyph_index(*c).is_none())
        .collect()
}

/// Both cases of each letter.
fn both_cases(lower: &str) -> String {
    lower
        .chars()
        .flat_map(|c| c.to_uppercase().chain([c]))
        .collect()
}

const POLISH: &str = "ąćęłńóśźż";
const SLOVAK: &str = "äčďĺľňôŕšťžýáéíú";
/// The 30 letters of the Bulgarian alphabet (Щ Ъ Ь Ю Я included).
const BULGARIAN: &str = "абвгдежзийклмнопрстуфхцчшщъьюя";
/// Cyrillic letters Bulgarian lacks but names and quoted Russian use.
const OTHER_CYRILLIC: &str = "ёыэ";
/// Punctuation the translations and formatters use: quotes, dash, no-break
/// space, ellipsis, apostrophe.
const PUNCTUATION: &str = "„“”‘’«»–—…\u{a0}";

#[test]
fn every_letter_of_the_four_languages_has_a_glyph() {
    assert_eq!(BULGARIAN.chars().count(), 30);
    let wanted: String = [
        both_cases(POLISH),
        both_cases(SLOVAK),
        both_cases(BULGARIAN),
        both_cases(OTHER_CYRILLIC),
        PUNCTUATION.to_string(),
        ('a'..='z').chain('A'..='Z').chain('0'..='9').collect(),
    ]
    .concat();

    for file in FACES {
        let bytes = font_bytes(file);
        let face = Face::parse(&bytes, 0).expect("the font parses");
        assert_eq!(
            missing(&face, wanted.chars()),
            "",
            "{file} lacks these glyphs"
        );
    }
}

#[test]
fn every_character_in_the_translations_has_a_glyph() {
    for file in FACES {
        let bytes = font_bytes(file);
        let face = Face::parse(&bytes, 0).expect("the font parses");
        for language in Language::ALL {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(language.code())
                .join("posta.ftl");
            let text = std::fs::read_to_string(&path).expect("ftl file");
            let native = language.native_name();
            assert_eq!(
                missing(&face, text.chars().chain(native.chars())),
                "",
                "{file} cannot draw all of {}",
                path.display()
            );
        }
    }
}

#[test]
fn the_check_notices_a_missing_glyph() {
    let bytes = font_bytes(FACES[0]);
    let face = Face::parse(&bytes, 0).expect("the font parses");
    // Hangul: not in DejaVu Sans, so the check must report it.
    assert_eq!(missing(&face, "aą한".chars()), "한");
}

#[test]
fn the_ui_font_names_the_shipped_family() {
    let Family::Name(family) = posta_ui::theme::FONT.family else {
        panic!("the UI font must be a named family, not a generic one");
    };
    for file in FACES {
        let bytes = font_bytes(file);
        let face = Face::parse(&bytes, 0).expect("the font parses");
        let names: Vec<String> = face
            .names()
            .into_iter()
            .filter(|name| {
                name.name_id == name_id::FAMILY || name.name_id == name_id::TYPOGRAPHIC_FAMILY
            })
            .filter_map(|name| name.to_string())
            .collect();
        assert!(
            names.iter().any(|name| name == family),
            "{file} is family {names:?}, but the UI asks for {family:?}"
        );
    }
}

#[test]
fn the_licence_ships_with_the_font() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("resources/fonts/LICENSE-DejaVu.txt");
    let licence = std::fs::read_to_string(path).expect("licence file");
    assert!(licence.contains("Bitstream Vera"), "not the DejaVu licence");
}

/// The faces mail is drawn in (tables and `<pre>` in the monospaced one,
/// emphasis in the oblique one) have every letter of the four languages,
/// the table rules html2text draws, and the names the reader asks for.
#[test]
fn the_reading_faces_cover_the_languages_and_table_rules() {
    for file in ["DejaVuSansMono.ttf", "DejaVuSans-Oblique.ttf"] {
        let bytes = font_bytes(file);
        let face = Face::parse(&bytes, 0).expect("a font");
        let letters = [POLISH, SLOVAK, "абвгдежзийклмнопрстуфхцчшщъьюя"]
            .map(both_cases)
            .concat();
        assert_eq!(missing(&face, letters.chars()), "", "{file}");
        if file == "DejaVuSansMono.ttf" {
            assert_eq!(missing(&face, "─│┼┬┴├┤┌┐└┘".chars()), "", "{file}");
            let Family::Name(family) = posta_ui::theme::FONT_MONO.family else {
                panic!("the mono font is named");
            };
            let named = face
                .names()
                .into_iter()
                .filter(|n| n.name_id == name_id::FAMILY)
                .filter_map(|n| n.to_string())
                .any(|n| n == family);
            assert!(named, "{file} is not {family}");
        }
    }
}
