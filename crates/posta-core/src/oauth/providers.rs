//! Which providers this installation can sign in with, and their client
//! ids. In order of precedence: the user's files
//! (`$POSTA_HOME/oauth/*.toml`), the administrator's
//! (`/etc/posta/oauth/*.toml`, or `$POSTA_ETC/oauth`), then the ids built
//! in (`POSTA_OAUTH_<PROVIDER>_CLIENT_ID` / `_SECRET` at build time). A file
//! named like a preset (`google.toml`) may give only `client_id` (and
//! `client_secret`); any other name is an organisation's own provider and
//! gives everything. A broken file is left out and named, with its line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{presets, Provider};
use crate::etc::EtcProblem;
use crate::secret::Secret;

/// The client ids built in, by preset id.
fn built_in(id: &str) -> (Option<&'static str>, Option<&'static str>) {
    let pair = match id {
        "google" => (
            option_env!("POSTA_OAUTH_GOOGLE_CLIENT_ID"),
            option_env!("POSTA_OAUTH_GOOGLE_CLIENT_SECRET"),
        ),
        "microsoft" => (
            option_env!("POSTA_OAUTH_MICROSOFT_CLIENT_ID"),
            option_env!("POSTA_OAUTH_MICROSOFT_CLIENT_SECRET"),
        ),
        "yahoo" => (
            option_env!("POSTA_OAUTH_YAHOO_CLIENT_ID"),
            option_env!("POSTA_OAUTH_YAHOO_CLIENT_SECRET"),
        ),
        "aol" => (
            option_env!("POSTA_OAUTH_AOL_CLIENT_ID"),
            option_env!("POSTA_OAUTH_AOL_CLIENT_SECRET"),
        ),
        "fastmail" => (
            option_env!("POSTA_OAUTH_FASTMAIL_CLIENT_ID"),
            option_env!("POSTA_OAUTH_FASTMAIL_CLIENT_SECRET"),
        ),
        "yandex" => (
            option_env!("POSTA_OAUTH_YANDEX_CLIENT_ID"),
            option_env!("POSTA_OAUTH_YANDEX_CLIENT_SECRET"),
        ),
        "mailru" => (
            option_env!("POSTA_OAUTH_MAILRU_CLIENT_ID"),
            option_env!("POSTA_OAUTH_MAILRU_CLIENT_SECRET"),
        ),
        _ => (None, None),
    };
    (
        pair.0.filter(|s| !s.is_empty()),
        pair.1.filter(|s| !s.is_empty()),
    )
}

/// One `oauth/NAME.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: Option<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    hosts: Vec<String>,
    authorization_url: Option<String>,
    token_url: Option<String>,
    scopes: Option<Vec<String>>,
    issuer: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    #[serde(default)]
    authorization_parameters: toml::Table,
}

/// The providers this installation knows.
#[derive(Debug, Clone, Default)]
pub struct Providers {
    /// Every provider, the presets first.
    pub all: Vec<Provider>,
    /// Files that could not be used.
    pub problems: Vec<EtcProblem>,
}

impl Providers {
    /// Reads the presets, the administrator's directory `etc_dir`
    /// (its `oauth/` folder) and the user's `home_dir` (its `oauth/`).
    pub fn load(etc_dir: &Path, home_dir: Option<&Path>) -> Providers {
        let mut providers = Providers {
            all: presets::all(),
            problems: Vec::new(),
        };
        for provider in &mut providers.all {
            let (id, secret) = built_in(&provider.id);
            provider.client_id = id.map(str::to_owned);
            provider.client_secret = secret.map(Secret::new);
        }
        providers.read_dir(&etc_dir.join("oauth"));
        if let Some(home) = home_dir {
            providers.read_dir(&home.join("oauth"));
        }
        providers
    }

    /// Reads the directory the environment names (`POSTA_ETC`, else
    /// `/etc/posta`) and the user's `POSTA_HOME`, if set.
    pub fn from_env(home_dir: Option<&Path>) -> Providers {
        Providers::load(&crate::etc::Etc::dir_from_env(), home_dir)
    }

    /// The provider with this id.
    pub fn get(&self, id: &str) -> Option<&Provider> {
        self.all.iter().find(|p| p.id == id)
    }

    /// The provider for an address and its incoming server: a server host
    /// match wins (an organisation's own), then the address's domain.
    pub fn for_account(&self, email: &str, host: &str) -> Option<&Provider> {
        let domain = email.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        self.all
            .iter()
            .rev()
            .find(|p| !host.is_empty() && p.serves_host(host))
            .or_else(|| self.all.iter().find(|p| p.serves_domain(domain)))
    }

    fn read_dir(&mut self, dir: &Path) {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect(),
            Err(_) => return,
        };
        files.sort();
        for file in files {
            if let Err(problem) = self.read_file(&file) {
                self.problems.push(problem);
            }
        }
    }

    fn read_file(&mut self, path: &Path) -> Result<(), EtcProblem> {
        let problem = |line: Option<usize>, details: String| EtcProblem {
            file: path.to_owned(),
            line,
            details,
        };
        let size = std::fs::metadata(path)
            .map_err(|e| problem(None, e.to_string()))?
            .len();
        if size > 64 * 1024 {
            return Err(problem(None, "larger than 65536 bytes".into()));
        }
        let text = std::fs::read_to_string(path).map_err(|e| problem(None, e.to_string()))?;
        let file: File = toml::from_str(&text).map_err(|err| {
            let line = err
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            problem(line, err.message().to_owned())
        })?;
        let line_of = |key: &str| {
            text.lines()
                .position(|l| l.trim_start().starts_with(key))
                .map(|l| l + 1)
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parameters = file
            .authorization_parameters
            .iter()
            .map(|(k, v)| match v {
                toml::Value::String(s) => Ok((k.clone(), s.clone())),
                other => Ok((k.clone(), other.to_string())),
            })
            .collect::<Result<Vec<_>, EtcProblem>>()?;
        let secret = file
            .client_secret
            .filter(|s| !s.is_empty())
            .map(Secret::new);
        if let Some(existing) = self.all.iter_mut().find(|p| p.id == id) {
            // A preset (or an earlier file): what this file says wins.
            if let Some(client_id) = file.client_id.filter(|s| !s.is_empty()) {
                existing.client_id = Some(client_id);
                existing.client_secret = secret;
            }
            overlay(existing, file.name, file.authorization_url, file.token_url);
            if let Some(scopes) = file.scopes {
                existing.scopes = scopes;
            }
            if file.issuer.is_some() {
                existing.issuer = file.issuer;
            }
            if !file.hosts.is_empty() {
                existing.hosts = file.hosts;
            }
            if !file.domains.is_empty() {
                existing.domains = file.domains;
            }
            if !parameters.is_empty() {
                existing.parameters = parameters;
            }
            return Ok(());
        }
        let missing = |key: &str| {
            problem(
                Some(1),
                format!("missing `{key}` (an organisation's provider needs it)"),
            )
        };
        let authorization_url = file
            .authorization_url
            .ok_or_else(|| missing("authorization_url"))?;
        let token_url = file.token_url.ok_or_else(|| missing("token_url"))?;
        for (key, url) in [
            ("authorization_url", &authorization_url),
            ("token_url", &token_url),
        ] {
            if let Err(details) = super::token::check_endpoint(url) {
                return Err(problem(line_of(key), details.to_string()));
            }
        }
        if file.hosts.is_empty() && file.domains.is_empty() {
            return Err(problem(
                line_of("hosts").or(Some(1)),
                "`hosts` names no server".into(),
            ));
        }
        self.all.push(Provider {
            name: file.name.unwrap_or_else(|| id.clone()),
            id,
            domains: file.domains,
            hosts: file.hosts,
            authorization_url,
            token_url,
            scopes: file.scopes.unwrap_or_default(),
            issuer: file.issuer,
            client_id: file.client_id.filter(|s| !s.is_empty()),
            client_secret: secret,
            parameters,
        });
        Ok(())
    }
}

fn overlay(
    provider: &mut Provider,
    name: Option<String>,
    authorization_url: Option<String>,
    token_url: Option<String>,
) {
    if let Some(name) = name {
        provider.name = name;
    }
    if let Some(url) = authorization_url {
        provider.authorization_url = url;
    }
    if let Some(url) = token_url {
        provider.token_url = url;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::create_dir_all(dir.join("oauth")).unwrap();
        std::fs::write(dir.join("oauth").join(name), text).unwrap();
    }

    #[test]
    fn presets_serve_the_big_providers() {
        let providers = Providers::load(Path::new("/nonexistent"), None);
        let id = |email: &str, host: &str| providers.for_account(email, host).map(|p| p.id.clone());
        assert_eq!(
            id("ola@gmail.com", "imap.gmail.com").as_deref(),
            Some("google")
        );
        assert_eq!(
            id("jan@outlook.com", "outlook.office365.com").as_deref(),
            Some("microsoft")
        );
        assert_eq!(id("jan@hotmail.co.uk", "").as_deref(), Some("microsoft"));
        assert_eq!(
            id("ivan@yahoo.com", "imap.mail.yahoo.com").as_deref(),
            Some("yahoo")
        );
        assert_eq!(id("ola@wp.pl", "imap.wp.pl"), None);
    }

    #[test]
    fn an_organisation_file_is_read_and_a_broken_one_named() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "uczelnia.toml",
            r#"name = "Uczelnia"
hosts = ["imap.uczelnia.pl", "smtp.uczelnia.pl"]
authorization_url = "https://sso.uczelnia.pl/auth"
token_url = "https://sso.uczelnia.pl/token"
scopes = ["openid", "email", "offline_access"]
client_id = "posta"
client_secret = ""
[authorization_parameters]
prompt = "consent"
"#,
        );
        write(dir.path(), "broken.toml", "name = \"X\"\nhosts = [\n");
        write(dir.path(), "google.toml", "client_id = \"123.apps\"\n");
        let providers = Providers::load(dir.path(), None);
        let uczelnia = providers
            .for_account("ola@student.uczelnia.pl", "imap.uczelnia.pl")
            .unwrap();
        assert_eq!(uczelnia.name, "Uczelnia");
        assert_eq!(uczelnia.client_id.as_deref(), Some("posta"));
        assert_eq!(uczelnia.client_secret, None);
        assert_eq!(
            uczelnia.parameters,
            vec![("prompt".into(), "consent".into())]
        );
        assert_eq!(
            providers.get("google").unwrap().client_id.as_deref(),
            Some("123.apps")
        );
        assert_eq!(providers.problems.len(), 1, "{:?}", providers.problems);
        let problem = &providers.problems[0];
        assert!(problem.file.ends_with("broken.toml"));
        assert!(problem.line.is_some());
    }

    #[test]
    fn a_plain_http_endpoint_elsewhere_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "firma.toml",
            "hosts = [\"mail.firma.sk\"]\nauthorization_url = \"https://sso.firma.sk/a\"\ntoken_url = \"http://sso.firma.sk/t\"\n",
        );
        let providers = Providers::load(dir.path(), None);
        assert_eq!(providers.problems.len(), 1);
        assert_eq!(providers.problems[0].line, Some(3));
    }
}
