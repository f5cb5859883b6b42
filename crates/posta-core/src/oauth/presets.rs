//! The providers compiled in: endpoints, scopes and host names as
//! Thunderbird's `mailnews/base/src/OAuth2Providers.sys.mjs` lists them
//! (mozilla/releases-comm-central, commit
//! 003b6e96e472c54acc4332d3e9eaa7426f549664). Thunderbird's client ids are
//! deliberately not copied: each is Mozilla's registration, and a
//! distributor of Posta registers its own (see the README); they come in
//! through [`super::providers`].

use super::Provider;

struct Preset {
    id: &'static str,
    name: &'static str,
    domains: &'static [&'static str],
    hosts: &'static [&'static str],
    authorization_url: &'static str,
    token_url: &'static str,
    scopes: &'static [&'static str],
    issuer: Option<&'static str>,
}

const PRESETS: [Preset; 7] = [
    Preset {
        id: "google",
        name: "Google",
        domains: &["gmail.com", "googlemail.com"],
        hosts: &["gmail.com", "googlemail.com"],
        authorization_url: "https://accounts.google.com/o/oauth2/auth",
        token_url: "https://www.googleapis.com/oauth2/v3/token",
        scopes: &["https://mail.google.com/"],
        issuer: Some("https://accounts.google.com"),
    },
    Preset {
        id: "microsoft",
        name: "Microsoft",
        domains: &[
            "outlook.*",
            "hotmail.*",
            "live.*",
            "msn.com",
            "windowslive.com",
        ],
        hosts: &["outlook.com", "office365.com", "hotmail.com"],
        // The `common` tenant: personal accounts and every organisation's.
        authorization_url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_url: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        scopes: &[
            "https://outlook.office.com/IMAP.AccessAsUser.All",
            "https://outlook.office.com/POP.AccessAsUser.All",
            "https://outlook.office.com/SMTP.Send",
            "offline_access",
        ],
        issuer: None,
    },
    Preset {
        id: "yahoo",
        name: "Yahoo",
        domains: &["yahoo.com", "ymail.com", "rocketmail.com", "att.net"],
        hosts: &["yahoo.com", "att.net"],
        authorization_url: "https://api.login.yahoo.com/oauth2/request_auth",
        token_url: "https://api.login.yahoo.com/oauth2/get_token",
        scopes: &["mail-w"],
        issuer: None,
    },
    Preset {
        id: "aol",
        name: "AOL",
        domains: &["aol.com"],
        hosts: &["aol.com"],
        authorization_url: "https://api.login.aol.com/oauth2/request_auth",
        token_url: "https://api.login.aol.com/oauth2/get_token",
        scopes: &["mail-w"],
        issuer: None,
    },
    Preset {
        id: "fastmail",
        name: "Fastmail",
        domains: &["fastmail.com", "fastmail.fm"],
        hosts: &["fastmail.com"],
        authorization_url: "https://api.fastmail.com/oauth/authorize",
        token_url: "https://api.fastmail.com/oauth/refresh",
        scopes: &[
            "https://www.fastmail.com/dev/protocol-imap",
            "https://www.fastmail.com/dev/protocol-pop",
            "https://www.fastmail.com/dev/protocol-smtp",
        ],
        issuer: Some("https://api.fastmail.com"),
    },
    Preset {
        id: "yandex",
        name: "Yandex",
        domains: &["yandex.com", "yandex.ru", "ya.ru"],
        hosts: &["yandex.com", "yandex.ru"],
        authorization_url: "https://oauth.yandex.com/authorize",
        token_url: "https://oauth.yandex.com/token",
        scopes: &["mail:imap_full", "mail:smtp"],
        issuer: None,
    },
    Preset {
        id: "mailru",
        name: "Mail.ru",
        domains: &["mail.ru", "inbox.ru", "list.ru", "bk.ru"],
        hosts: &["mail.ru"],
        authorization_url: "https://o2.mail.ru/login",
        token_url: "https://o2.mail.ru/token",
        scopes: &["mail.imap"],
        issuer: None,
    },
];

/// The ids of the compiled-in providers.
pub fn ids() -> impl Iterator<Item = &'static str> {
    PRESETS.iter().map(|p| p.id)
}

/// The compiled-in providers, without client ids.
pub fn all() -> Vec<Provider> {
    PRESETS
        .iter()
        .map(|p| Provider {
            id: p.id.to_owned(),
            name: p.name.to_owned(),
            domains: p.domains.iter().map(|d| (*d).to_owned()).collect(),
            hosts: p.hosts.iter().map(|h| (*h).to_owned()).collect(),
            authorization_url: p.authorization_url.to_owned(),
            token_url: p.token_url.to_owned(),
            scopes: p.scopes.iter().map(|s| (*s).to_owned()).collect(),
            issuer: p.issuer.map(str::to_owned),
            client_id: None,
            client_secret: None,
            parameters: Vec::new(),
        })
        .collect()
}
