//! DNS for detection: MX records (which provider handles a domain's mail)
//! and SRV records (RFC 6186: where the domain's IMAP/POP3/submission
//! servers are). Behind a trait so tests answer from a table.

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use futures::future::BoxFuture;
use futures::FutureExt;

use super::error::AutoconfigError;

/// One SRV record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrvRecord {
    /// Lower is tried first.
    pub priority: u16,
    /// Among equal priorities, higher is preferred.
    pub weight: u16,
    /// TCP port.
    pub port: u16,
    /// Host name, without the trailing dot; `"."` means "not offered".
    pub target: String,
}

/// Answers the DNS questions detection asks.
pub trait Dns: Send + Sync + fmt::Debug {
    /// The MX hosts of `domain`, most preferred first.
    fn mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<String>, AutoconfigError>>;
    /// The SRV records of `name` (e.g. `_imaps._tcp.example.org`).
    fn srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvRecord>, AutoconfigError>>;
}

/// The system's resolver (`/etc/resolv.conf`), through hickory.
#[derive(Debug, Clone)]
pub struct SystemDns {
    /// Limit for one query.
    pub timeout: Duration,
}

impl Default for SystemDns {
    fn default() -> Self {
        SystemDns {
            timeout: Duration::from_secs(5),
        }
    }
}

impl SystemDns {
    fn resolver() -> Result<hickory_resolver::TokioResolver, AutoconfigError> {
        Ok(hickory_resolver::TokioResolver::builder_tokio()
            .map_err(|e| AutoconfigError::Dns(e.to_string()))?
            .build())
    }

    async fn limited<T>(
        &self,
        query: impl std::future::Future<Output = Result<T, hickory_resolver::ResolveError>>,
    ) -> Result<T, AutoconfigError> {
        match tokio::time::timeout(self.timeout, query).await {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(e)) if e.is_no_records_found() => Err(AutoconfigError::NotFound),
            Ok(Err(e)) => Err(AutoconfigError::Dns(e.to_string())),
            Err(_) => Err(AutoconfigError::TimedOut(self.timeout.as_secs())),
        }
    }
}

fn without_dot(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl Dns for SystemDns {
    fn mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<String>, AutoconfigError>> {
        async move {
            let resolver = Self::resolver()?;
            // A trailing dot: the name is absolute, no search domains.
            let lookup = self
                .limited(resolver.mx_lookup(format!("{domain}.")))
                .await?;
            let mut records: Vec<(u16, String)> = lookup
                .iter()
                .map(|mx| (mx.preference(), without_dot(&mx.exchange().to_utf8())))
                .filter(|(_, host)| !host.is_empty())
                .collect();
            records.sort();
            Ok(records.into_iter().map(|(_, host)| host).collect())
        }
        .boxed()
    }

    fn srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvRecord>, AutoconfigError>> {
        async move {
            let resolver = Self::resolver()?;
            let lookup = self
                .limited(resolver.srv_lookup(format!("{name}.")))
                .await?;
            Ok(lookup
                .iter()
                .map(|srv| SrvRecord {
                    priority: srv.priority(),
                    weight: srv.weight(),
                    port: srv.port(),
                    target: match without_dot(&srv.target().to_utf8()) {
                        t if t.is_empty() => ".".to_owned(),
                        t => t,
                    },
                })
                .collect())
        }
        .boxed()
    }
}

/// Fixed answers, for tests: anything not in the tables does not exist.
#[derive(Debug, Clone, Default)]
pub struct StaticDns {
    /// Domain → MX hosts, most preferred first.
    pub mx: HashMap<String, Vec<String>>,
    /// SRV name → records.
    pub srv: HashMap<String, Vec<SrvRecord>>,
}

impl Dns for StaticDns {
    fn mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<String>, AutoconfigError>> {
        let answer = self
            .mx
            .get(domain)
            .cloned()
            .ok_or(AutoconfigError::NotFound);
        async move { answer }.boxed()
    }

    fn srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvRecord>, AutoconfigError>> {
        let answer = self.srv.get(name).cloned().ok_or(AutoconfigError::NotFound);
        async move { answer }.boxed()
    }
}

/// Second-level labels under which names are registered like top-level
/// ones (`example.co.uk`). A short list instead of the whole Public Suffix
/// List: it only has to find the provider behind an MX host, and the
/// bundled list decides whether that name means anything.
const SECOND_LEVEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "ne.jp",
    "or.jp", "co.za", "com.br", "com.pl", "net.pl", "org.pl", "com.tr", "co.in", "co.il", "com.mx",
    "com.ar", "com.cn", "com.hk", "com.tw", "com.sg", "com.my", "co.kr", "com.ua", "com.bg",
    "com.sk",
];

/// The registrable domain of `host`: `mx1.mail.example.co.uk` →
/// `example.co.uk`, `gmail-smtp-in.l.google.com` → `google.com`.
pub fn registrable_domain(host: &str) -> String {
    let host = without_dot(host);
    let labels: Vec<&str> = host.split('.').collect();
    let keep = if labels.len() >= 3 {
        let tail = labels[labels.len() - 2..].join(".");
        if SECOND_LEVEL_SUFFIXES.contains(&tail.as_str()) {
            3
        } else {
            2
        }
    } else {
        labels.len()
    };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

/// The names to look up for an MX host, most specific first: every parent
/// of the host down to its registrable domain (`mx.eu.example.com` →
/// `eu.example.com`, `example.com`).
pub fn mx_lookup_names(host: &str) -> Vec<String> {
    let host = without_dot(host);
    let base = registrable_domain(&host);
    let mut names = Vec::new();
    let mut rest = host.as_str();
    while let Some((_, parent)) = rest.split_once('.') {
        if parent.len() < base.len() {
            break;
        }
        names.push(parent.to_owned());
        rest = parent;
    }
    if names.is_empty() {
        names.push(base);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_of_mx_hosts() {
        let cases = [
            ("gmail-smtp-in.l.google.com.", "google.com"),
            ("in1-smtp.messagingengine.com", "messagingengine.com"),
            ("example-com.mail.protection.outlook.com", "outlook.com"),
            ("mx1.mail.example.co.uk", "example.co.uk"),
            ("mx.wp.pl", "wp.pl"),
            ("example.com", "example.com"),
            ("localhost", "localhost"),
        ];
        for (host, expected) in cases {
            assert_eq!(registrable_domain(host), expected, "{host}");
        }
    }

    #[test]
    fn mx_names_go_from_specific_to_registrable() {
        assert_eq!(
            mx_lookup_names("example-com.mail.protection.outlook.com"),
            [
                "mail.protection.outlook.com",
                "protection.outlook.com",
                "outlook.com"
            ]
        );
        assert_eq!(mx_lookup_names("mx.wp.pl"), ["wp.pl"]);
        assert_eq!(
            mx_lookup_names("mx1.mail.example.co.uk"),
            ["mail.example.co.uk", "example.co.uk"]
        );
        assert_eq!(mx_lookup_names("wp.pl"), ["wp.pl"]);
    }
}
