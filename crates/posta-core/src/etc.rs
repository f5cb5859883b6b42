//! What an administrator sets once for every user of a machine, under
//! `/etc/posta/` (or the directory `POSTA_ETC` names, for tests):
//!
//! - `providers/*.xml`: clientConfig files (the format of the bundled list)
//!   that win over the bundled entries, e.g. the organisation's own server;
//! - `defaults.toml`: the default language, the check interval of new
//!   accounts, whether remote content may be shown at all, and whether users
//!   may add accounts outside the organisation's domains.
//!
//! A broken file never stops Posta: it is left out and reported as an
//! [`EtcProblem`] naming the file and, where known, the line.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use super::autoconfig::clientconfig::ClientConfig;

/// The directory read when `POSTA_ETC` is not set.
pub const DEFAULT_ETC: &str = "/etc/posta";

/// The languages Posta speaks, by ISO 639-1 code; `posta-i18n` words them
/// (its `Language::ALL` is checked against this list).
pub const LANGUAGE_CODES: [&str; 4] = ["en", "pl", "sk", "bg"];

/// A file under `/etc/posta` that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {details}", .file.display(), .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct EtcProblem {
    /// The file.
    pub file: PathBuf,
    /// The line the problem is on, when the parser knows it (1-based).
    pub line: Option<usize>,
    /// What is wrong, in the parser's words.
    pub details: String,
}

/// `defaults.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// The interface language (`en`, `pl`, `sk`, `bg`) when the user has
    /// not chosen one.
    pub language: Option<String>,
    /// Seconds between checks of every folder, for new accounts.
    pub check_interval: Option<u64>,
    /// `false`: remote images and other remote content are never loaded,
    /// whatever a user allows.
    pub remote_content: Option<bool>,
    /// `false`: only addresses at a domain of `/etc/posta/providers` can be
    /// added as accounts.
    pub allow_other_accounts: Option<bool>,
}

impl Defaults {
    /// The check interval for a new account.
    pub fn check_interval(&self) -> u64 {
        self.check_interval
            .filter(|secs| *secs > 0)
            .unwrap_or(super::store::config::DEFAULT_CHECK_INTERVAL)
    }

    /// False when the administrator switched remote content off.
    pub fn remote_content_allowed(&self) -> bool {
        self.remote_content.unwrap_or(true)
    }
}

/// One organisation provider file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtcProvider {
    /// The file it came from.
    pub file: PathBuf,
    /// Its content.
    pub config: ClientConfig,
}

/// Everything read from the directory, once.
#[derive(Debug, Clone, Default)]
pub struct Etc {
    /// The directory.
    pub dir: PathBuf,
    /// `defaults.toml` (all unset when missing or broken).
    pub defaults: Defaults,
    /// `providers/*.xml` that parsed, in file name order.
    pub providers: Vec<EtcProvider>,
    /// Files that could not be used.
    pub problems: Vec<EtcProblem>,
}

impl Etc {
    /// The directory `POSTA_ETC` names, else `/etc/posta`.
    pub fn dir_from_env() -> PathBuf {
        std::env::var_os("POSTA_ETC")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_ETC))
    }

    /// Reads `dir`. A missing directory or file is no problem: nothing set.
    pub fn load(dir: &Path) -> Etc {
        let mut etc = Etc {
            dir: dir.to_owned(),
            ..Etc::default()
        };
        match read_defaults(&dir.join("defaults.toml")) {
            Ok(defaults) => etc.defaults = defaults.unwrap_or_default(),
            Err(problem) => etc.problems.push(problem),
        }
        let (providers, problems) = read_providers(&dir.join("providers"));
        etc.providers = providers;
        etc.problems.extend(problems);
        etc
    }

    /// The directory of the environment, read once per process.
    pub fn shared() -> Arc<Etc> {
        static ETC: OnceLock<Arc<Etc>> = OnceLock::new();
        ETC.get_or_init(|| Arc::new(Etc::load(&Etc::dir_from_env())))
            .clone()
    }

    /// The organisation's entry serving `domain`.
    pub fn provider(&self, domain: &str) -> Option<&EtcProvider> {
        self.providers.iter().find(|p| p.config.serves(domain))
    }

    /// False when the administrator allows only the organisation's domains
    /// and `domain` is not one of them.
    pub fn allows_account_at(&self, domain: &str) -> bool {
        self.defaults.allow_other_accounts != Some(false) || self.provider(domain).is_some()
    }
}

fn read_defaults(file: &Path) -> Result<Option<Defaults>, EtcProblem> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(problem(file, None, err.to_string())),
    };
    let defaults: Defaults = toml::from_str(&text).map_err(|err| {
        let line = err.span().map(|span| line_of(&text, span.start));
        problem(file, line, err.message().to_owned())
    })?;
    if let Some(code) = &defaults.language {
        if !LANGUAGE_CODES
            .iter()
            .any(|known| known.eq_ignore_ascii_case(code))
        {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("language"));
            return Err(problem(
                file,
                line.map(|l| l + 1),
                format!("unknown language {code:?} (one of en, pl, sk, bg)"),
            ));
        }
    }
    Ok(Some(defaults))
}

fn read_providers(dir: &Path) -> (Vec<EtcProvider>, Vec<EtcProblem>) {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "xml"))
            .collect(),
        Err(_) => return (Vec::new(), Vec::new()),
    };
    files.sort();
    let mut providers = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        // An administrator's file is small; a huge one is a mistake.
        let text = match read_small(&file) {
            Ok(text) => text,
            Err(details) => {
                problems.push(problem(&file, None, details));
                continue;
            }
        };
        match ClientConfig::parse(&text) {
            Ok(config) => providers.push(EtcProvider { file, config }),
            Err(err) => {
                let line = roxmltree::Document::parse(&text)
                    .err()
                    .map(|e| e.pos().row as usize);
                problems.push(problem(&file, line, err.to_string()));
            }
        }
    }
    (providers, problems)
}

fn read_small(file: &Path) -> Result<String, String> {
    const LIMIT: u64 = 1 << 20;
    let size = std::fs::metadata(file).map_err(|e| e.to_string())?.len();
    if size > LIMIT {
        return Err(format!("larger than {LIMIT} bytes"));
    }
    std::fs::read_to_string(file).map_err(|e| e.to_string())
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn problem(file: &Path, line: Option<usize>, details: String) -> EtcProblem {
    EtcProblem {
        file: file.to_owned(),
        line,
        details,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn a_missing_directory_sets_nothing() {
        let etc = Etc::load(Path::new("/nonexistent/posta-etc"));
        assert_eq!(etc.defaults, Defaults::default());
        assert!(etc.providers.is_empty() && etc.problems.is_empty());
        assert!(etc.allows_account_at("example.com"));
        assert_eq!(
            etc.defaults.check_interval(),
            crate::store::config::DEFAULT_CHECK_INTERVAL
        );
    }

    #[test]
    fn defaults_are_read() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "defaults.toml",
            "language = \"sk\"\ncheck_interval = 600\nremote_content = false\nallow_other_accounts = false\n",
        );
        let etc = Etc::load(dir.path());
        assert!(etc.problems.is_empty(), "{:?}", etc.problems);
        assert_eq!(etc.defaults.language.as_deref(), Some("sk"));
        assert_eq!(etc.defaults.check_interval(), 600);
        assert!(!etc.defaults.remote_content_allowed());
        assert!(!etc.allows_account_at("gmail.com"));
    }

    #[test]
    fn a_broken_defaults_file_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "defaults.toml",
            "language = \"pl\"\n\ncheck_interval = \"often\"\n",
        );
        let etc = Etc::load(dir.path());
        assert_eq!(etc.defaults, Defaults::default());
        assert_eq!(etc.problems.len(), 1);
        assert_eq!(etc.problems[0].line, Some(3));
        assert!(etc.problems[0].to_string().starts_with(&format!(
            "{}:3: ",
            dir.path().join("defaults.toml").display()
        )));

        write(dir.path(), "defaults.toml", "colour = \"blue\"\n");
        assert_eq!(Etc::load(dir.path()).problems[0].line, Some(1));
        write(dir.path(), "defaults.toml", "# Slovak\nlanguage = \"xx\"\n");
        let etc = Etc::load(dir.path());
        assert_eq!(etc.problems[0].line, Some(2));
        assert!(etc.problems[0].details.contains("xx"));
    }

    #[test]
    fn a_broken_provider_file_is_left_out_and_named() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "providers/a-broken.xml",
            "<clientConfig>\n<emailProvider>\n",
        );
        write(dir.path(), "providers/notes.txt", "not read");
        let etc = Etc::load(dir.path());
        assert!(etc.providers.is_empty());
        assert_eq!(etc.problems.len(), 1);
        assert_eq!(
            etc.problems[0].file,
            dir.path().join("providers/a-broken.xml")
        );
        assert!(etc.problems[0].line.is_some());
    }
}
