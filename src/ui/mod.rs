//! The iced application.
//!
//! Everything the user reads comes from the Fluent files through
//! [`t!`](crate::t); `tests/i18n_no_literals.rs` scans this folder for
//! string literals handed to widgets.

mod app;
pub mod theme;

pub use app::{App, Message, LANGUAGE_PICKER};

use iced::Size;

/// The window's size when Posta opens.
pub const WINDOW_SIZE: Size = Size::new(1024.0, 700.0);

/// Detects the user's language and runs the GUI until its window closes.
pub fn run() -> iced::Result {
    crate::i18n::init();

    iced::application(App::new, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .settings(theme::settings())
        .window_size(WINDOW_SIZE)
        .run()
}
