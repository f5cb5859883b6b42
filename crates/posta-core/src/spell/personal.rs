//! The user's own words ("Add to dictionary"): one list per language in
//! `<Posta home>/spell/personal-<code>.txt`, a word a line, so the user can
//! read and edit it.

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;

use super::Language;
use crate::store::PostaHome;

/// The personal word lists in one Posta home.
#[derive(Debug, Clone)]
pub struct PersonalWords {
    dir: PathBuf,
}

impl PersonalWords {
    /// The lists in `home`.
    pub fn new(home: &PostaHome) -> PersonalWords {
        PersonalWords {
            dir: home.root.join("spell"),
        }
    }

    /// The file of one language's list.
    pub fn file(&self, language: Language) -> PathBuf {
        self.dir.join(format!("personal-{}.txt", language.code()))
    }

    /// The words added for `language` (none when the list does not exist).
    pub fn load(&self, language: Language) -> io::Result<HashSet<String>> {
        match fs::read_to_string(self.file(language)) {
            Ok(text) => Ok(text
                .lines()
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(HashSet::new()),
            Err(err) => Err(err),
        }
    }

    /// Adds `word` to the list of `language` (made when missing), durably.
    pub fn add(&self, language: Language, word: &str) -> io::Result<()> {
        let word = word.trim();
        if word.is_empty() || word.contains(['\n', '\r']) || self.load(language)?.contains(word) {
            return Ok(());
        }
        crate::store::paths::create_private_dir(&self.dir)?;
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.file(language))?;
        writeln!(file, "{word}")?;
        file.sync_all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_words_are_kept_per_language() {
        let dir = tempfile::tempdir().expect("temp dir");
        let words = PersonalWords::new(&PostaHome::at(dir.path()));
        assert!(words.load(Language::Polish).expect("empty").is_empty());
        words.add(Language::Polish, "Posta").expect("added");
        words.add(Language::Polish, "Posta").expect("twice");
        words.add(Language::Bulgarian, "Пощата").expect("added");
        let polish = words.load(Language::Polish).expect("loads");
        assert_eq!(polish.len(), 1);
        assert!(polish.contains("Posta"));
        assert!(words
            .load(Language::Bulgarian)
            .expect("loads")
            .contains("Пощата"));
        let text = fs::read_to_string(words.file(Language::Polish)).expect("file");
        assert_eq!(text, "Posta\n");
    }
}
