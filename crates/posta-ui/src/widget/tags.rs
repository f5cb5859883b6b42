//! Tags as the list and the reader show them: coloured chips and Apple
//! Mail's colour flags. A tag's colour is picked from the shared
//! [`color_grid`](super::color_grid).
//!
//! A tag is an IMAP keyword with a name and a colour ([`TagDef`]); the
//! definitions come from the store (Thunderbird's five defaults plus the
//! user's own, synced across devices by the worker through METADATA).

use iced::widget::container;
use iced::{border, Color, Element, Theme};

use posta_core::message::Flag;
use posta_core::store::{TagDef, DEFAULT_TAGS};
use posta_i18n::t;

pub use super::color_grid::{parse_color, text_on};

/// The translation of each default tag's name, by keyword.
const DEFAULT_NAME_IDS: [(&str, &str); 5] = [
    ("$label1", "tags-important"),
    ("$label2", "tags-work"),
    ("$label3", "tags-personal"),
    ("$label4", "tags-to-do"),
    ("$label5", "tags-later"),
];

/// Apple Mail's flag colours, indexed by the number `$MailFlagBit0..2`
/// spell (bit 0 is the lowest): red, orange, yellow, green, blue, purple,
/// grey.
const APPLE_FLAG_COLORS: [&str; 7] = [
    "#ff3b30", "#ff9500", "#ffcc00", "#28cd41", "#007aff", "#af52de", "#8e8e93",
];

/// The colour of keywords that have no definition here.
const UNDEFINED_COLOR: Color = Color::from_rgb(0.55, 0.55, 0.55);

/// The name shown for a tag: a default tag the user never renamed is shown
/// in the interface language ("Ważne"), any other under its own name.
pub fn display_name(tag: &TagDef) -> String {
    let untouched = DEFAULT_TAGS
        .iter()
        .any(|(keyword, name, _)| *keyword == tag.keyword && *name == tag.name);
    match DEFAULT_NAME_IDS
        .iter()
        .find(|(keyword, _)| *keyword == tag.keyword)
    {
        Some((_, id)) if untouched => t!(id),
        _ => tag.name.clone(),
    }
}

/// A keyword other programs set for their own bookkeeping (junk training,
/// "forwarded", Apple's flag colour bits): never shown as a tag unless the
/// user defined it as one.
fn is_bookkeeping(keyword: &str) -> bool {
    keyword.starts_with('$')
        || ["junk", "nonjunk", "notjunk", "forwarded", "redirected"]
            .iter()
            .any(|k| keyword.eq_ignore_ascii_case(k))
}

/// A tag on a message, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The keyword.
    pub keyword: String,
    /// The name shown.
    pub name: String,
    /// The chip's colour.
    pub color: Color,
}

/// The tags on a message with these flags: defined tags in the order of
/// `defs`, then keywords set by other programs that look like tags.
pub fn shown(flags: &[Flag], defs: &[TagDef]) -> Vec<Shown> {
    let keywords: Vec<&str> = flags
        .iter()
        .filter_map(|flag| match flag {
            Flag::Keyword(keyword) => Some(keyword.as_str()),
            _ => None,
        })
        .collect();
    let mut tags: Vec<Shown> = defs
        .iter()
        .filter(|def| keywords.contains(&def.keyword.as_str()))
        .map(|def| Shown {
            keyword: def.keyword.clone(),
            name: display_name(def),
            color: parse_color(&def.color).unwrap_or(UNDEFINED_COLOR),
        })
        .collect();
    tags.extend(
        keywords
            .iter()
            .filter(|keyword| !is_bookkeeping(keyword))
            .filter(|keyword| !defs.iter().any(|def| def.keyword == **keyword))
            .map(|keyword| Shown {
                keyword: (*keyword).to_owned(),
                name: (*keyword).to_owned(),
                color: UNDEFINED_COLOR,
            }),
    );
    tags
}

/// The colour of Apple Mail's flag on a flagged message (`$MailFlagBit0`–
/// `$MailFlagBit2` spell a number 0–6); `None` when the message is not
/// flagged or carries no colour bits (a plain flag).
pub fn apple_flag_color(flags: &[Flag]) -> Option<Color> {
    if !flags.contains(&Flag::Flagged) {
        return None;
    }
    let mut index = 0;
    let mut any = false;
    for flag in flags {
        if let Flag::Keyword(keyword) = flag {
            let bit = match keyword.to_ascii_lowercase().as_str() {
                "$mailflagbit0" => 1,
                "$mailflagbit1" => 2,
                "$mailflagbit2" => 4,
                _ => continue,
            };
            index |= bit;
            any = true;
        }
    }
    let hex = APPLE_FLAG_COLORS.get(index).filter(|_| any)?;
    parse_color(hex)
}

/// The widest a chip grows.
const CHIP_MAX_WIDTH: f32 = 120.0;

/// A small rounded chip with the tag's name on its colour.
pub fn chip<'a, M: 'a>(name: String, color: Color) -> Element<'a, M> {
    // A long name, or one with too little room, ends in "…".
    container(
        crate::widget::ellipsis::ellipsis(name)
            .size(11)
            .color(text_on(color))
            .width(iced::Length::Shrink),
    )
    .padding([1, 6])
    .max_width(CHIP_MAX_WIDTH)
    .style(move |_: &Theme| container::Style {
        background: Some(color.into()),
        border: border::rounded(8),
        ..container::Style::default()
    })
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(k: &str) -> Flag {
        Flag::Keyword(k.into())
    }

    fn def(keyword: &str, name: &str, color: &str) -> TagDef {
        TagDef {
            keyword: keyword.into(),
            name: name.into(),
            color: color.into(),
        }
    }

    #[test]
    fn defined_tags_come_first_and_bookkeeping_keywords_hide() {
        let defs = vec![
            def("$label1", "Important", "#ff0000"),
            def("projekt", "Projekt Żółć", "#12ab34"),
        ];
        let flags = vec![
            Flag::Seen,
            kw("$Forwarded"),
            kw("projekt"),
            kw("NonJunk"),
            kw("cudzy"),
            kw("$label1"),
        ];
        let tags = shown(&flags, &defs);
        let names: Vec<&str> = tags.iter().map(|t| t.keyword.as_str()).collect();
        assert_eq!(names, ["$label1", "projekt", "cudzy"]);
        assert_eq!(tags[1].name, "Projekt Żółć");
        assert_eq!(tags[2].color, UNDEFINED_COLOR);
    }

    #[test]
    fn renamed_default_tags_keep_their_own_name() {
        assert_eq!(
            display_name(&def("$label2", "Praca – klient", "#ff9900")),
            "Praca – klient"
        );
        assert_eq!(display_name(&def("x", "Important", "#ff9900")), "Important");
    }

    #[test]
    fn apple_flag_bits_spell_a_colour() {
        assert_eq!(
            apple_flag_color(&[kw("$MailFlagBit0")]),
            None,
            "not flagged"
        );
        assert_eq!(apple_flag_color(&[Flag::Flagged]), None, "plain flag");
        assert_eq!(
            apple_flag_color(&[Flag::Flagged, kw("$MailFlagBit2")]),
            parse_color(APPLE_FLAG_COLORS[4])
        );
        assert_eq!(
            apple_flag_color(&[Flag::Flagged, kw("$MailFlagBit0"), kw("$mailflagbit1")]),
            parse_color(APPLE_FLAG_COLORS[3])
        );
        assert_eq!(
            apple_flag_color(&[
                Flag::Flagged,
                kw("$MailFlagBit0"),
                kw("$MailFlagBit1"),
                kw("$MailFlagBit2")
            ]),
            None,
            "7 is not a colour"
        );
    }
}
