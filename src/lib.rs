//! Posta: a desktop mail client for IMAP and POP3.
//!
//! `core` holds everything that talks to servers and disks and never imports
//! iced, so it runs and is tested headless. `ui` is the iced application,
//! `i18n` the Fluent translations both of them use, `cli` the headless
//! commands.

pub mod cli;
pub mod core;
pub mod i18n;
pub mod notify;
pub mod ui;
