//! Everything that talks to mail servers and disks. Nothing here imports
//! iced: the UI sends commands and receives events, and tests drive this
//! module headless.

pub mod account;
pub mod autoconfig;
pub mod autostart;
pub mod compose;
pub mod diagnostics;
pub mod error;
pub mod etc;
pub mod imap;
pub mod managesieve;
pub mod message;
pub mod net;
pub mod oauth;
pub mod pop3;
pub mod protocol;
pub mod reading;
pub mod remote;
pub mod render;
pub mod rights;
pub mod rules;
pub mod secret;
pub mod smtp;
pub mod spell;
pub mod store;
pub mod sync;
pub mod thread;
pub mod transfer;
pub mod worker;

pub use error::{Error, ErrorKind, Result};
pub use secret::Secret;
