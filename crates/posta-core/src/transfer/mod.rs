//! Moving mail in and out: mbox, Maildir and `.eml` read with their state
//! and brought into a local or server folder (journaled, so a second run
//! doubles nothing), and folders written out the same ways.

pub mod export;
pub mod import;
pub mod mbox;
pub mod source;
pub mod state;
pub mod thunderbird;
