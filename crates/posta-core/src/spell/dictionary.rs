//! Finding and loading Hunspell dictionaries. The user's own folder
//! (`<Posta home>/dictionaries`) is searched first, then the system's
//! (`/usr/share/hunspell`, or the directories in `$POSTA_DICTIONARY_DIRS`).
//! A dictionary's `.aff` names its encoding on its `SET` line (Debian's
//! `pl_PL` is ISO-8859-2); both files are turned into UTF-8 before
//! `spellbook` reads them. A loaded dictionary is kept for the life of the
//! process: the files are large and do not change while Posta runs.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use spellbook::Dictionary;

use super::Language;
use crate::store::PostaHome;

/// Colon-separated directories that replace `/usr/share/hunspell` (tests,
/// unusual installs).
pub const DICTIONARY_DIRS_ENV: &str = "POSTA_DICTIONARY_DIRS";

const SYSTEM_DIRS: &[&str] = &["/usr/share/hunspell"];

/// Why a dictionary could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpellError {
    /// No dictionary for the language in any folder searched.
    #[error("no {0} dictionary installed")]
    Missing(Language),
    /// The files are there but could not be read or parsed.
    #[error("the dictionary {path} could not be read: {details}")]
    Unreadable {
        /// The `.aff` file.
        path: PathBuf,
        /// What went wrong.
        details: String,
    },
}

/// One dictionary on disk: its `.aff` file (the `.dic` lies beside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryFile {
    /// The language it checks.
    pub language: Language,
    /// `…/pl_PL.aff`.
    pub aff: PathBuf,
}

impl DictionaryFile {
    /// `…/pl_PL.dic`.
    pub fn dic(&self) -> PathBuf {
        self.aff.with_extension("dic")
    }
}

/// The folders searched, the user's own first.
pub fn dictionary_dirs(home: Option<&PostaHome>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = home
        .map(|h| h.root.join("dictionaries"))
        .into_iter()
        .collect();
    match std::env::var_os(DICTIONARY_DIRS_ENV) {
        Some(list) => {
            dirs.extend(std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()))
        }
        None => dirs.extend(SYSTEM_DIRS.iter().map(PathBuf::from)),
    }
    dirs
}

/// The dictionary of each language that has one, in [`Language::ALL`]'s
/// order.
pub fn available(dirs: &[PathBuf]) -> Vec<DictionaryFile> {
    Language::ALL
        .into_iter()
        .filter_map(|language| find(language, dirs))
        .collect()
}

fn find(language: Language, dirs: &[PathBuf]) -> Option<DictionaryFile> {
    dirs.iter().find_map(|dir| {
        language.dictionary_names().iter().find_map(|name| {
            let aff = dir.join(format!("{name}.aff"));
            (aff.is_file() && aff.with_extension("dic").is_file())
                .then_some(DictionaryFile { language, aff })
        })
    })
}

/// The language's dictionary, loaded once per process.
pub fn load(language: Language, dirs: &[PathBuf]) -> Result<Arc<Dictionary>, SpellError> {
    let file = find(language, dirs).ok_or(SpellError::Missing(language))?;
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, Arc<Dictionary>>>> = OnceLock::new();
    let loaded = LOADED.get_or_init(Default::default);
    if let Some(dictionary) = lock(loaded).get(&file.aff) {
        return Ok(dictionary.clone());
    }
    // Parsed without the lock held: two languages load side by side.
    let dictionary = Arc::new(parse(&file)?);
    Ok(lock(loaded)
        .entry(file.aff.clone())
        .or_insert(dictionary)
        .clone())
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn parse(file: &DictionaryFile) -> Result<Dictionary, SpellError> {
    let unreadable = |details: String| SpellError::Unreadable {
        path: file.aff.clone(),
        details,
    };
    let aff = std::fs::read(&file.aff).map_err(|e| unreadable(e.to_string()))?;
    let dic = std::fs::read(file.dic()).map_err(|e| unreadable(e.to_string()))?;
    let encoding = declared_encoding(&aff);
    let aff = decode(&aff, encoding);
    let dic = decode(&dic, encoding);
    Dictionary::new(&aff, &dic).map_err(|e| unreadable(e.to_string()))
}

/// The encoding named on the `.aff` file's `SET` line (UTF-8 when there is
/// none or it is unknown).
fn declared_encoding(aff: &[u8]) -> &'static encoding_rs::Encoding {
    let set = aff
        .split(|&b| b == b'\n')
        .map(|line| line.trim_ascii())
        .find_map(|line| {
            line.strip_prefix(b"SET")
                .filter(|rest| rest.first().is_some_and(u8::is_ascii_whitespace))
        })
        .map(|rest| String::from_utf8_lossy(rest.trim_ascii()).to_ascii_lowercase());
    let label = match set.as_deref() {
        // Hunspell's spellings that the Encoding Standard does not list.
        Some("microsoft-cp1251") => "windows-1251",
        Some("iso-8859-1" | "iso8859-1") => "iso-8859-1",
        Some(other) => other,
        None => "utf-8",
    };
    encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8)
}

fn decode(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> String {
    // A byte-order mark wins over the SET line, as in Hunspell.
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_line_names_the_encoding() {
        let aff = b"# comment\nSET ISO8859-2\nTRY abc\n";
        assert_eq!(declared_encoding(aff), encoding_rs::ISO_8859_2);
        assert_eq!(declared_encoding(b"SET KOI8-R\n"), encoding_rs::KOI8_R);
        assert_eq!(
            declared_encoding(b"SET microsoft-cp1251\n"),
            encoding_rs::WINDOWS_1251
        );
        assert_eq!(declared_encoding(b"SET UTF-8\r\n"), encoding_rs::UTF_8);
        assert_eq!(declared_encoding(b"TRY abc\n"), encoding_rs::UTF_8);
        // ISO-8859-2's 0xB1 is "ą".
        assert_eq!(decode(b"\xb1", encoding_rs::ISO_8859_2), "ą");
    }

    #[test]
    fn the_users_folder_comes_first() {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = PostaHome::at(dir.path());
        let dirs = dictionary_dirs(Some(&home));
        assert_eq!(dirs[0], dir.path().join("dictionaries"));
    }

    #[test]
    fn a_dictionary_needs_both_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("sk_SK.aff"), "SET UTF-8\n").expect("aff");
        let dirs = vec![dir.path().to_path_buf()];
        assert!(available(&dirs).is_empty());
        std::fs::write(dir.path().join("sk_SK.dic"), "1\nslovo\n").expect("dic");
        let found = available(&dirs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].language, Language::Slovak);
        let dictionary = load(Language::Slovak, &dirs).expect("loads");
        assert!(dictionary.check("slovo"));
        assert_eq!(
            load(Language::Polish, &dirs).err(),
            Some(SpellError::Missing(Language::Polish))
        );
    }
}
