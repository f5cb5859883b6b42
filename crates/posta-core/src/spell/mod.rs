//! Spell checking for compose and `posta spell`: the distribution's Hunspell
//! dictionaries (plus the user's own) read with `spellbook`, a Rust port of
//! Nuspell; which words of a message are checked; which languages a message
//! is written in; the user's own words and the words ignored for a session.

mod detect;
mod dictionary;
mod language;
mod personal;
#[cfg(test)]
mod real_dictionaries;
mod recipients;
mod speller;
mod tokens;

pub use detect::{detect, detect_word};
pub use dictionary::{
    available, dictionary_dirs, load, DictionaryFile, SpellError, DICTIONARY_DIRS_ENV,
};
pub use language::Language;
pub use personal::PersonalWords;
pub use recipients::RecipientLanguages;
pub use speller::{Misspelling, Speller};
pub use tokens::{is_quoted, is_signature_separator, line_words, words, Word};
