//! Shared helpers for integration tests. Each `tests/*.rs` file is its own
//! crate and uses only part of this, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod accounts;
pub mod dovecot;
pub mod events;
pub mod fake_server;
pub mod imap_script;
pub mod memory;
pub mod pop3_script;
pub mod smtp_server;
