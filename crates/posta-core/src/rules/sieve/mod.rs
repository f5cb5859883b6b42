//! Rules as a Sieve script (RFC 5228) and back.
//!
//! Posta writes a script of its own: each rule is preceded by a comment
//! holding the rule itself (`# posta-rule {json}`), so reading the script
//! back gives exactly the rules that were written, whatever Sieve they
//! became. The script `require`s only the extensions the server lists in
//! its `SIEVE` capability, and says which one is missing when a rule needs
//! one the server lacks.

mod generate;
mod parse;
mod quote;

pub use generate::{generate, Missing, ScriptInput};
pub use parse::{parse, PostaScript};
pub use quote::quoted;

/// The first line of every script Posta writes.
pub const MARKER: &str = "# posta-script 1";

/// The extensions a server lists in its `SIEVE` capability (RFC 5804 §1.7),
/// compared without case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions(Vec<String>);

impl Extensions {
    /// From the capability's space-separated value.
    pub fn parse(value: &str) -> Extensions {
        Extensions(
            value
                .split_ascii_whitespace()
                .map(|s| s.to_ascii_lowercase())
                .collect(),
        )
    }

    /// Every extension a current Dovecot Pigeonhole offers, for tests.
    pub fn all() -> Extensions {
        Extensions::parse(
            "fileinto reject envelope encoded-character vacation subaddress \
             comparator-i;ascii-numeric relational regex imap4flags copy include \
             variables body enotify environment mailbox date index ihave duplicate \
             mime foreverypart extracttext",
        )
    }

    /// True when the server offers `name`.
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|e| e.eq_ignore_ascii_case(name))
    }

    /// The names, as listed.
    pub fn names(&self) -> &[String] {
        &self.0
    }
}
