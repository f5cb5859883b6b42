//! The look that must not depend on the machine: the shipped font, text
//! sizes and the iced settings that load them.

use iced::font::Weight;
use iced::{Font, Settings, Theme};

/// DejaVu Sans: Latin Extended and Cyrillic, so Polish, Slovak and Bulgarian
/// render the same everywhere (licence in `resources/fonts/`).
const REGULAR: &[u8] = include_bytes!("../../../resources/fonts/DejaVuSans.ttf");
/// The bold face of the same family, for headings.
const BOLD: &[u8] = include_bytes!("../../../resources/fonts/DejaVuSans-Bold.ttf");

/// DejaVu Sans Mono: tables and preformatted text in mail keep their
/// columns.
const MONO: &[u8] = include_bytes!("../../../resources/fonts/DejaVuSansMono.ttf");
/// DejaVu Sans Oblique: emphasis in mail.
const OBLIQUE: &[u8] = include_bytes!("../../../resources/fonts/DejaVuSans-Oblique.ttf");

/// The default font of every widget.
pub const FONT: Font = Font::with_name("DejaVu Sans");
/// The font of headings.
pub const FONT_BOLD: Font = Font {
    weight: Weight::Bold,
    ..FONT
};

/// The font of emphasised words in mail.
pub const FONT_ITALIC: Font = Font {
    style: iced::font::Style::Italic,
    ..FONT
};
/// The font of tables and preformatted text in mail.
pub const FONT_MONO: Font = Font::with_name("DejaVu Sans Mono");

/// Size of the window heading.
pub const HEADING_SIZE: f32 = 28.0;
/// Size of the lead sentence under a heading.
pub const LEAD_SIZE: f32 = 18.0;
/// Size of secondary lines such as hints.
pub const SMALL_SIZE: f32 = 13.0;

/// iced settings with the shipped fonts loaded and made the default; the
/// application and the headless UI tests both start from these.
pub fn settings() -> Settings {
    Settings {
        // The application id the desktop file's StartupWMClass names.
        id: Some("posta".to_string()), // i18n-allow: an id, never shown
        fonts: vec![REGULAR.into(), BOLD.into(), MONO.into(), OBLIQUE.into()],
        default_font: FONT,
        ..Settings::default()
    }
}

/// The application's theme.
pub fn theme() -> Theme {
    Theme::Light
}
