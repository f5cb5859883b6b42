//! The languages Posta speaks and how the user's one is found.

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A language Posta has a complete translation for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English, the source language and the fallback for missing messages.
    #[default]
    English,
    /// Polish.
    Polish,
    /// Slovak.
    Slovak,
    /// Bulgarian.
    Bulgarian,
}

impl Language {
    /// Every supported language, in the order the language picker lists them.
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::Polish,
        Language::Slovak,
        Language::Bulgarian,
    ];

    /// The ISO 639-1 code, which is also the folder name under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Polish => "pl",
            Language::Slovak => "sk",
            Language::Bulgarian => "bg",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    ///
    /// These are endonyms and so deliberately not translated: a Slovak who
    /// lands in a Bulgarian UI by mistake must still recognise "Slovenčina".
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Polish => "Polski",
            Language::Slovak => "Slovenčina",
            Language::Bulgarian => "Български",
        }
    }

    /// The language for an ISO 639-1 code such as `"pl"` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// The Unicode language identifier Fluent uses for plural rules.
    pub fn langid(self) -> LanguageIdentifier {
        // The codes above are constant, valid BCP 47 primary subtags.
        self.code()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.native_name())
    }
}

/// The supported language named by a POSIX or BCP 47 locale string.
///
/// Accepts `pl_PL.UTF-8`, `sk`, `bg_BG@latin`, `en-GB` and the like; returns
/// `None` for `C`, `POSIX`, an empty string and languages Posta lacks.
pub fn language_from_locale(locale: &str) -> Option<Language> {
    let language = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .trim();
    Language::from_code(language)
}

/// The user's language: from `LC_ALL`, `LC_MESSAGES`, `LANG` (the first
/// non-empty one wins, as in POSIX), else the system locale, else English.
pub fn detect_language() -> Language {
    detect_from(|name| std::env::var(name).ok(), sys_locale::get_locale)
}

/// [`detect_language`] with the environment and the system locale passed in,
/// so the precedence rules can be tested without touching the process.
fn detect_from(
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Language {
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|value| !value.trim().is_empty());

    // A variable that is set decides, even when it says "C": that is what the
    // user asked for, and sys-locale would only read the same variables again.
    let locale = match from_env {
        Some(value) => Some(value),
        None => system(),
    };

    locale
        .as_deref()
        .and_then(language_from_locale)
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_knows_every_language() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, posta_core::etc::LANGUAGE_CODES);
    }

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("PL"), Some(Language::Polish));
        assert_eq!(Language::from_code("cs"), None);
    }

    #[test]
    fn locale_strings_are_understood() {
        assert_eq!(language_from_locale("pl_PL.UTF-8"), Some(Language::Polish));
        assert_eq!(language_from_locale("sk"), Some(Language::Slovak));
        assert_eq!(language_from_locale("bg_BG"), Some(Language::Bulgarian));
        assert_eq!(language_from_locale("en-GB"), Some(Language::English));
        assert_eq!(language_from_locale("sk_SK@euro"), Some(Language::Slovak));
        assert_eq!(language_from_locale("C"), None);
        assert_eq!(language_from_locale("C.UTF-8"), None);
        assert_eq!(language_from_locale("POSIX"), None);
        assert_eq!(language_from_locale(""), None);
        assert_eq!(language_from_locale("de_DE.UTF-8"), None);
    }

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let vars = [
            ("LC_ALL", "sk_SK.UTF-8"),
            ("LC_MESSAGES", "pl_PL.UTF-8"),
            ("LANG", "bg_BG.UTF-8"),
        ];
        assert_eq!(detect_from(env(&vars), || None), Language::Slovak);
        assert_eq!(detect_from(env(&vars[1..]), || None), Language::Polish);
        assert_eq!(detect_from(env(&vars[2..]), || None), Language::Bulgarian);
    }

    #[test]
    fn empty_variables_are_skipped() {
        let vars = [
            ("LC_ALL", ""),
            ("LC_MESSAGES", " "),
            ("LANG", "pl_PL.UTF-8"),
        ];
        assert_eq!(detect_from(env(&vars), || None), Language::Polish);
    }

    #[test]
    fn system_locale_is_used_only_without_variables() {
        let system = || Some("bg-BG".to_string());
        assert_eq!(detect_from(env(&[]), system), Language::Bulgarian);
        assert_eq!(
            detect_from(env(&[("LANG", "C")]), system),
            Language::English
        );
    }

    #[test]
    fn unknown_or_missing_locale_means_english() {
        assert_eq!(detect_from(env(&[]), || None), Language::English);
        assert_eq!(
            detect_from(env(&[]), || Some("C".into())),
            Language::English
        );
        assert_eq!(
            detect_from(env(&[("LANG", "fr_FR.UTF-8")]), || None),
            Language::English
        );
    }
}
