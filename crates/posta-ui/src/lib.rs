//! The iced application.
//!
//! Everything the user reads comes from the Fluent files through
//! [`t!`](posta_i18n::t); `tests/i18n/i18n_no_literals.rs` scans this folder for
//! string literals handed to widgets.

mod app;
pub mod keyboard;
pub mod notify;
pub mod said;
pub mod screen;
pub mod theme;
pub mod widget;

pub use app::{App, Message, LANGUAGE_PICKER};

use iced::Size;

/// The window's size when Posta opens.
pub const WINDOW_SIZE: Size = Size::new(1024.0, 700.0);

/// Runs the GUI until its window closes, in the current language: call
/// [`i18n::init`](posta_i18n::init) (or `set_language`) first, as `main` does,
/// so a language chosen on the command line is not overridden here.
pub fn run() -> iced::Result {
    iced::application(App::boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .settings(theme::settings())
        .window_size(WINDOW_SIZE)
        // A message being written is saved before the window goes.
        .exit_on_close_request(false)
        .run()
}
