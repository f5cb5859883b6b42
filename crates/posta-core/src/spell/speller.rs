//! The checker: one or more languages' dictionaries, the user's own words
//! and the words ignored in this session, with each word's verdict cached
//! (a long message has few distinct words; typing changes one at a time).
//! Methods take `&self`, so one `Arc<Speller>` serves the window and the
//! background task that checks.

use std::collections::{HashMap, HashSet};
use std::io;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use spellbook::Dictionary;

use super::{detect_word, dictionary, tokens, Language, PersonalWords, SpellError};
use crate::store::PostaHome;

/// Suggestions offered for one word, at most.
const MAX_SUGGESTIONS: usize = 6;

/// A word no active dictionary knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// The word as written.
    pub word: String,
    /// Its byte range in the text checked.
    pub range: Range<usize>,
}

/// Spell checking in a set of languages at once: a word is right when any
/// of them knows it.
#[derive(Debug)]
pub struct Speller {
    dictionaries: Vec<(Language, Arc<Dictionary>)>,
    personal: Option<PersonalWords>,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    own: HashMap<Language, HashSet<String>>,
    ignored: HashSet<String>,
    verdicts: HashMap<String, bool>,
}

impl Speller {
    /// A checker for `languages`, with dictionaries from `dirs` and the
    /// personal word lists of `home`. A language without a dictionary is
    /// left out and reported.
    pub fn new(
        languages: &[Language],
        dirs: &[PathBuf],
        home: Option<&PostaHome>,
    ) -> (Speller, Vec<SpellError>) {
        let mut errors = Vec::new();
        let mut dictionaries = Vec::new();
        for &language in languages {
            if dictionaries.iter().any(|(l, _)| *l == language) {
                continue;
            }
            match dictionary::load(language, dirs) {
                Ok(dictionary) => dictionaries.push((language, dictionary)),
                Err(err) => errors.push(err),
            }
        }
        let personal = home.map(PersonalWords::new);
        let mut state = State::default();
        if let Some(personal) = &personal {
            for (language, _) in &dictionaries {
                // An unreadable list only means no own words this time.
                let words = personal.load(*language).unwrap_or_default();
                state.own.insert(*language, words);
            }
        }
        let speller = Speller {
            dictionaries,
            personal,
            state: Mutex::new(state),
        };
        (speller, errors)
    }

    /// The languages checked, in the order given.
    pub fn languages(&self) -> Vec<Language> {
        self.dictionaries.iter().map(|(l, _)| *l).collect()
    }

    /// Whether there is no dictionary to check with.
    pub fn is_empty(&self) -> bool {
        self.dictionaries.is_empty()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `word` is spelled right (or the user said to leave it).
    pub fn is_correct(&self, word: &str) -> bool {
        // A lone letter is a word or an initial in all four languages, and
        // bg_BG lacks the pronoun "ѝ".
        if self.is_empty() || word.chars().nth(1).is_none() {
            return true;
        }
        if let Some(&verdict) = self.state().verdicts.get(word) {
            return verdict;
        }
        let verdict = self.own_or_ignored(word) || self.in_dictionaries(word);
        self.state().verdicts.insert(word.to_owned(), verdict);
        verdict
    }

    fn own_or_ignored(&self, word: &str) -> bool {
        let state = self.state();
        let lower = word.to_lowercase();
        state.ignored.contains(word)
            || state
                .own
                .values()
                .any(|own| own.contains(word) || own.contains(&lower))
    }

    fn in_dictionaries(&self, word: &str) -> bool {
        self.for_script(word).any(|(_, d)| d.check(word))
    }

    /// The dictionaries written in the same script as `word`.
    fn for_script<'a>(
        &'a self,
        word: &str,
    ) -> impl Iterator<Item = &'a (Language, Arc<Dictionary>)> + 'a {
        let cyrillic = is_cyrillic(word);
        self.dictionaries
            .iter()
            .filter(move |(l, _)| l.is_cyrillic() == cyrillic)
    }

    /// The misspelled words of `text`, in order (quotes, the signature,
    /// addresses, links and words with digits are not checked).
    pub fn check(&self, text: &str) -> Vec<Misspelling> {
        tokens::words(text)
            .into_iter()
            .filter(|w| !self.is_correct(w.text))
            .map(|w| Misspelling {
                word: w.text.to_owned(),
                range: w.range,
            })
            .collect()
    }

    /// Which of `words` are misspelled: for a caller that keeps the set
    /// and marks every place a word occurs.
    pub fn misspelled<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
        words
            .into_iter()
            .filter(|w| !self.is_correct(w))
            .map(str::to_owned)
            .collect()
    }

    /// Corrections for `word`, the likeliest first, from the dictionaries
    /// of its script.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut one = Vec::new();
        for (_, dictionary) in self.for_script(word) {
            dictionary.suggest(word, &mut one);
            for suggestion in one.drain(..) {
                if !out.contains(&suggestion) {
                    out.push(suggestion);
                }
            }
        }
        out.truncate(MAX_SUGGESTIONS);
        out
    }

    /// Leaves `word` unmarked for the rest of this session.
    pub fn ignore(&self, word: &str) {
        let mut state = self.state();
        state.ignored.insert(word.to_owned());
        state.verdicts.insert(word.to_owned(), true);
    }

    /// Adds `word` to the personal list of the language it belongs to and
    /// returns that language.
    pub fn add_to_dictionary(&self, word: &str) -> io::Result<Option<Language>> {
        let Some(language) = self.language_of(word) else {
            return Ok(None);
        };
        if let Some(personal) = &self.personal {
            personal.add(language, word)?;
        }
        let mut state = self.state();
        state
            .own
            .entry(language)
            .or_default()
            .insert(word.to_owned());
        state.verdicts.insert(word.to_owned(), true);
        Ok(Some(language))
    }

    /// The active language a word most likely belongs to: its letters'
    /// language, else the first active one of its script.
    fn language_of(&self, word: &str) -> Option<Language> {
        let active = self.languages();
        detect_word(word)
            .filter(|l| active.contains(l))
            .or_else(|| self.for_script(word).map(|(l, _)| *l).next())
    }
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}
