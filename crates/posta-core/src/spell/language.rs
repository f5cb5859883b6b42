//! The languages Posta checks spelling in, and where their dictionaries
//! come from.

use std::fmt;
use std::str::FromStr;

/// A language with a Hunspell dictionary Posta knows how to find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// Polish.
    Polish,
    /// Slovak.
    Slovak,
    /// Bulgarian.
    Bulgarian,
    /// English.
    English,
}

impl Language {
    /// Every language, in the order a menu lists them.
    pub const ALL: [Language; 4] = [
        Language::Polish,
        Language::Slovak,
        Language::Bulgarian,
        Language::English,
    ];

    /// The ISO 639-1 code: `pl`, `sk`, `bg`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Polish => "pl",
            Language::Slovak => "sk",
            Language::Bulgarian => "bg",
            Language::English => "en",
        }
    }

    /// The Debian package with this language's Hunspell dictionary.
    pub fn package(self) -> &'static str {
        match self {
            Language::Polish => "hunspell-pl",
            Language::Slovak => "hunspell-sk",
            Language::Bulgarian => "hunspell-bg",
            Language::English => "hunspell-en-us",
        }
    }

    /// Dictionary names to look for, best first (`pl_PL` finds
    /// `pl_PL.aff` and `pl_PL.dic`).
    pub(crate) fn dictionary_names(self) -> &'static [&'static str] {
        match self {
            Language::Polish => &["pl_PL", "pl"],
            Language::Slovak => &["sk_SK", "sk"],
            Language::Bulgarian => &["bg_BG", "bg"],
            Language::English => &["en_US", "en_GB", "en_CA", "en_AU", "en"],
        }
    }

    /// Whether the language is written in Cyrillic.
    pub fn is_cyrillic(self) -> bool {
        self == Language::Bulgarian
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = String;

    /// `pl`, `pl_PL`, `pl-PL` and the like.
    fn from_str(text: &str) -> Result<Language, String> {
        let code = text
            .trim()
            .split(['_', '-', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| format!("unknown language {text:?} (use pl, sk, bg or en)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_both_ways() {
        for language in Language::ALL {
            assert_eq!(language.code().parse(), Ok(language));
        }
        assert_eq!("pl_PL".parse(), Ok(Language::Polish));
        assert_eq!("en-GB".parse(), Ok(Language::English));
        assert!("cs".parse::<Language>().is_err());
    }
}
