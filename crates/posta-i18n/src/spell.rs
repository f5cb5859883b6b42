//! Sentences about spell checking: a language's name, a missing or broken
//! dictionary (naming the Debian package that brings it).

use posta_core::spell::{Language, SpellError};

use crate::t;

/// The language's name in the interface's language ("polski", "Slovak").
pub fn spell_language_name(language: Language) -> String {
    match language {
        Language::Polish => t!("spell-language-pl"),
        Language::Slovak => t!("spell-language-sk"),
        Language::Bulgarian => t!("spell-language-bg"),
        Language::English => t!("spell-language-en"),
    }
}

/// What to tell the user when a dictionary cannot be used.
pub fn describe_spell_error(err: &SpellError) -> String {
    match err {
        SpellError::Missing(language) => t!(
            "spell-no-dictionary",
            language = spell_language_name(*language),
            package = language.package()
        ),
        SpellError::Unreadable { path, details } => t!(
            "spell-dictionary-unreadable",
            path = path.display().to_string(),
            details = details.as_str()
        ),
    }
}

/// Every dictionary package, for a sentence about having none:
/// `hunspell-pl hunspell-sk hunspell-bg hunspell-en-us`.
pub fn dictionary_packages() -> String {
    Language::ALL.map(Language::package).join(" ")
}

/// There is no dictionary at all.
pub fn no_dictionary_sentence() -> String {
    t!("spell-no-dictionary-any", packages = dictionary_packages())
}
