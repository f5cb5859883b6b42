//! The window's screens. Each has its own `Message`, `update` and `view`;
//! an `update` returns an `Action` the application acts on (iced's
//! "Scaling Applications" pattern), so screens never reach into each other.

pub mod compose;
pub mod home;
pub mod mailbox;
pub mod room;
pub mod settings;
pub mod share;
pub mod switch;
pub mod wizard;
