//! The spelling languages chosen for a recipient, so the next message to
//! the same person starts with them: `<Posta home>/spell/recipients.tsv`,
//! one line per address, `ADDRESS<TAB>pl,en`.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::PathBuf;

use super::Language;
use crate::store::PostaHome;

/// Each recipient's languages, as last chosen in compose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecipientLanguages {
    chosen: BTreeMap<String, Vec<Language>>,
}

impl RecipientLanguages {
    fn file(home: &PostaHome) -> PathBuf {
        home.root.join("spell").join("recipients.tsv")
    }

    /// The choices kept in `home` (none when there is no file; a line that
    /// cannot be read is skipped).
    pub fn load(home: &PostaHome) -> io::Result<RecipientLanguages> {
        let text = match fs::read_to_string(Self::file(home)) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(err) => return Err(err),
        };
        let chosen = text
            .lines()
            .filter_map(|line| {
                let (address, codes) = line.split_once('\t')?;
                let languages: Vec<Language> =
                    codes.split(',').filter_map(|c| c.parse().ok()).collect();
                (!languages.is_empty()).then(|| (address.to_lowercase(), languages))
            })
            .collect();
        Ok(RecipientLanguages { chosen })
    }

    /// The languages last chosen for the first of `addresses` that has any.
    pub fn for_recipients<'a>(
        &self,
        addresses: impl IntoIterator<Item = &'a str>,
    ) -> Option<Vec<Language>> {
        addresses
            .into_iter()
            .find_map(|a| self.chosen.get(&a.trim().to_lowercase()).cloned())
    }

    /// Remembers `languages` for every one of `addresses`.
    pub fn remember<'a>(
        &mut self,
        addresses: impl IntoIterator<Item = &'a str>,
        languages: &[Language],
    ) {
        if languages.is_empty() {
            return;
        }
        for address in addresses {
            let address = address.trim().to_lowercase();
            if address.contains('@') && !address.contains(['\t', '\n']) {
                self.chosen.insert(address, languages.to_vec());
            }
        }
    }

    /// Writes the choices to `home` (through a temporary file and a rename).
    pub fn save(&self, home: &PostaHome) -> io::Result<()> {
        let file = Self::file(home);
        if let Some(dir) = file.parent() {
            crate::store::paths::create_private_dir(dir)?;
        }
        let mut text = String::new();
        for (address, languages) in &self.chosen {
            let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
            text.push_str(&format!("{address}\t{}\n", codes.join(",")));
        }
        let temp = file.with_extension("tsv.tmp");
        fs::write(&temp, text)?;
        fs::rename(&temp, &file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_found_again_for_the_same_person() {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = PostaHome::at(dir.path());
        let mut kept = RecipientLanguages::load(&home).expect("empty");
        kept.remember(["Jana@Example.sk"], &[Language::Slovak, Language::English]);
        kept.save(&home).expect("saved");
        let again = RecipientLanguages::load(&home).expect("loads");
        assert_eq!(
            again.for_recipients(["nobody@example.com", "jana@example.sk"]),
            Some(vec![Language::Slovak, Language::English])
        );
        assert_eq!(again.for_recipients(["nobody@example.com"]), None);
    }
}
