//! The colour grid a tag's colour (the tag manager, the new-tag dialog)
//! and an account's colour (settings) are picked from, and the `#rrggbb`
//! helpers both use.

use iced::widget::{button, column, container, row, text};
use iced::{Border, Color, Element, Theme};

/// Colours offered for a tag or an account: Thunderbird's five tag
/// defaults first, then hues that stay apart from them and readable under
/// white or black text.
pub const PALETTE: [&str; 16] = [
    "#ff0000", "#ff9900", "#009900", "#3333ff", "#993399", "#cc0066", "#0099cc", "#996633",
    "#666666", "#ffcc00", "#66cc00", "#00cccc", "#6666cc", "#ff6699", "#333333", "#999900",
];

/// The colour of a swatch whose text does not parse (never in [`PALETTE`]).
const FALLBACK: Color = Color::from_rgb(0.55, 0.55, 0.55);

/// Parses `#rrggbb`.
pub fn parse_color(hex: &str) -> Option<Color> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Color::from_rgb8(channel(0)?, channel(2)?, channel(4)?))
}

/// Black or white, whichever reads better on `background` (WCAG relative
/// luminance; the threshold is where both contrasts are equal).
pub fn text_on(background: Color) -> Color {
    let linear = |c: f32| {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(background.r)
        + 0.7152 * linear(background.g)
        + 0.0722 * linear(background.b);
    if luminance > 0.179 {
        Color::BLACK
    } else {
        Color::WHITE
    }
}

/// The swatch of `hex` in a [`grid`] (tests click it by this).
pub fn swatch_id(hex: &str) -> iced::widget::Id {
    iced::widget::Id::from(format!("color-grid-{}", hex.to_ascii_lowercase()))
}

/// A grid of colour swatches; the one equal to `selected` is outlined and
/// ticked. Picking one sends `on_pick` with its `#rrggbb`.
pub fn grid<'a, M: Clone + 'a>(selected: &str, on_pick: impl Fn(String) -> M) -> Element<'a, M> {
    let swatches = PALETTE.iter().map(|hex| {
        let color = parse_color(hex).unwrap_or(FALLBACK);
        let chosen = hex.eq_ignore_ascii_case(selected);
        let mark = if chosen { "✓" } else { " " };
        let message = on_pick((*hex).to_owned());
        // Tab stops on each swatch; Return or Space picks it.
        Element::from(
            container(crate::widget::focus::focusable(
                button(container(text(mark).size(14).color(text_on(color))).center(28))
                    .padding(0)
                    .width(32)
                    .height(32)
                    .on_press(message.clone())
                    .style(move |theme: &Theme, _status| button::Style {
                        background: Some(color.into()),
                        border: Border {
                            color: if chosen {
                                theme.palette().text
                            } else {
                                Color::TRANSPARENT
                            },
                            width: 3.0,
                            radius: 6.0.into(),
                        },
                        ..button::Style::default()
                    }),
                Some(message),
            ))
            .id(swatch_id(hex)),
        )
    });
    let mut swatches: Vec<Element<'a, M>> = swatches.collect();
    let second = swatches.split_off(PALETTE.len() / 2);
    column![row(swatches).spacing(6), row(second).spacing(6)]
        .spacing(6)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_pick_readable_text() {
        assert_eq!(parse_color("#ff0000"), Some(Color::from_rgb8(255, 0, 0)));
        assert_eq!(parse_color("ff0000"), None);
        assert_eq!(parse_color("#ff00"), None);
        assert_eq!(parse_color("#żż0000"), None);
        assert_eq!(text_on(Color::from_rgb8(0xff, 0xcc, 0x00)), Color::BLACK);
        assert_eq!(text_on(Color::from_rgb8(0x33, 0x33, 0xff)), Color::WHITE);
        for hex in PALETTE {
            assert!(parse_color(hex).is_some(), "{hex}");
        }
    }
}
