//! The provider list compiled into Posta (`resources/providers/*.xml`): the
//! first and fastest detection step, which needs no network at all.

use std::sync::OnceLock;

use super::clientconfig::ClientConfig;

macro_rules! provider_files {
    ($($name:literal),+ $(,)?) => {
        /// Every bundled file: (file name, XML).
        pub const PROVIDER_FILES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../../../resources/providers/", $name)))),+
        ];
    };
}

provider_files![
    "aol.com.xml",
    "azet.sk.xml",
    "gazeta.pl.xml",
    "gmx.com.xml",
    "gmx.net.xml",
    "googlemail.com.xml",
    "hotmail.com.xml",
    "interia.pl.xml",
    "mail.com.xml",
    "mailbox.org.xml",
    "me.com.xml",
    "messagingengine.com.xml",
    "o2.pl.xml",
    "office365.com.xml",
    "onet.pl.xml",
    "posteo.de.xml",
    "seznam.cz.xml",
    "t-online.de.xml",
    "web.de.xml",
    "websupport.sk.xml",
    "wp.pl.xml",
    "yahoo.com.xml",
    "yandex.ru.xml",
    "zoho.com.xml",
    "zoho.eu.xml",
];

/// Every bundled provider, parsed once. A file that does not parse is left
/// out (a unit test makes sure none is).
pub fn all() -> &'static [ClientConfig] {
    static PARSED: OnceLock<Vec<ClientConfig>> = OnceLock::new();
    PARSED.get_or_init(|| {
        PROVIDER_FILES
            .iter()
            .filter_map(|(_, xml)| ClientConfig::parse(xml).ok())
            .collect()
    })
}

/// The bundled provider serving `domain` (any of its `<domain>` entries).
pub fn lookup(domain: &str) -> Option<&'static ClientConfig> {
    all().iter().find(|config| config.serves(domain))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::autoconfig::server::Address;
    use crate::net::Security;
    use crate::protocol::Protocol;

    #[test]
    fn every_bundled_file_parses_and_names_its_source() {
        for (name, xml) in PROVIDER_FILES {
            let config = ClientConfig::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!config.domains.is_empty(), "{name} serves no domain");
            let head = &xml[..xml.len().min(800)];
            assert!(
                head.contains("Source:"),
                "{name} does not say where its settings come from"
            );
        }
        assert_eq!(all().len(), PROVIDER_FILES.len());
    }

    #[test]
    fn no_domain_is_claimed_twice() {
        let mut owners: HashMap<&str, &str> = HashMap::new();
        for config in all() {
            for domain in &config.domains {
                if let Some(other) = owners.insert(domain, &config.id) {
                    panic!("{domain} is served by both {other} and {}", config.id);
                }
            }
        }
    }

    #[test]
    fn large_providers_are_found_by_any_of_their_domains() {
        let expected = [
            ("gmail.com", "imap.gmail.com"),
            ("googlemail.com", "imap.gmail.com"),
            ("outlook.com", "outlook.office365.com"),
            ("hotmail.com", "outlook.office365.com"),
            ("yahoo.com", "imap.mail.yahoo.com"),
            ("icloud.com", "imap.mail.me.com"),
            ("gmx.de", "imap.gmx.net"),
            ("gmx.com", "imap.gmx.com"),
            ("aol.com", "imap.aol.com"),
            ("zohomail.com", "imap.zoho.com"),
            ("fastmail.com", "imap.fastmail.com"),
            ("posteo.de", "posteo.de"),
            ("mailbox.org", "imap.mailbox.org"),
            ("wp.pl", "imap.wp.pl"),
            ("o2.pl", "poczta.o2.pl"),
            ("op.pl", "imap.poczta.onet.pl"),
            ("onet.pl", "imap.poczta.onet.pl"),
            ("WP.PL", "imap.wp.pl"),
        ];
        for (domain, host) in expected {
            let config = lookup(domain).unwrap_or_else(|| panic!("{domain} not found"));
            let address = Address::parse(&format!("anna@{domain}")).unwrap();
            let first = &config.incoming_for(&address)[0];
            assert_eq!(first.host, host, "{domain}");
            assert_eq!(first.protocol, Protocol::Imap, "{domain}");
            assert_eq!(first.security, Security::Tls, "{domain}");
        }
        assert!(lookup("example.invalid").is_none());
    }

    #[test]
    fn polish_and_slovak_providers_are_known() {
        for (domain, host) in [
            ("interia.pl", "poczta.interia.pl"),
            ("interia.eu", "poczta.interia.pl"),
            ("poczta.fm", "poczta.interia.pl"),
            ("gazeta.pl", "imap.gazeta.pl"),
            ("azet.sk", "imap.azet.sk"),
        ] {
            let config = lookup(domain).unwrap_or_else(|| panic!("{domain} not found"));
            let address = Address::parse(&format!("jan@{domain}")).unwrap();
            let first = &config.incoming_for(&address)[0];
            assert_eq!(first.host, host, "{domain}");
            assert_eq!(first.user, format!("jan@{domain}"), "{domain}");
            assert_eq!(config.outgoing_for(&address)[0].port, 465, "{domain}");
        }
    }

    #[test]
    fn who_keeps_imap_off_until_switched_on() {
        let interia = lookup("interia.pl").unwrap().enable.as_ref().unwrap();
        assert!(interia
            .instruction("pl")
            .unwrap()
            .starts_with("Najpierw włącz"));
        assert!(interia
            .visit_url
            .as_deref()
            .unwrap()
            .starts_with("https://pomoc.poczta.interia.pl/"));
        // Thunderbird's files put <enable> beside <emailProvider> too.
        assert!(lookup("yandex.ru").unwrap().enable.is_some());
        // Gmail's IMAP is always on now (see the Posta: note in its file).
        assert!(lookup("gmail.com").unwrap().enable.is_none());
        assert!(lookup("azet.sk").unwrap().enable.is_none());
    }

    #[test]
    fn every_provider_hint_names_a_bundled_provider() {
        // A typo in a hint's id would silently drop the hint.
        let ftl = include_str!("../../../../i18n/en/providers.ftl");
        let generic = ["title", "visit", "enable", "enable-at"];
        let ids: Vec<String> = all()
            .iter()
            .map(|c| super::super::hint::message_id(&c.id))
            .collect();
        let mut hints = 0;
        for line in ftl.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            let Some(rest) = id.strip_prefix("provider-hint-") else {
                continue;
            };
            if generic.contains(&rest) {
                continue;
            }
            assert!(
                ids.iter().any(|m| m == id),
                "{id} names no bundled provider"
            );
            hints += 1;
        }
        assert!(hints >= 7, "{hints}");
    }

    #[test]
    fn user_names_follow_each_provider() {
        let wp = lookup("wp.pl").unwrap();
        let address = Address::parse("jan.kowalski@wp.pl").unwrap();
        assert_eq!(wp.incoming_for(&address)[0].user, "jan.kowalski");
        let onet = lookup("op.pl").unwrap();
        let address = Address::parse("jan@op.pl").unwrap();
        assert_eq!(onet.incoming_for(&address)[0].user, "jan@op.pl");
    }

    #[test]
    fn mx_hosts_of_large_providers_are_known() {
        // What the MX step looks up: the registrable domain of an MX host.
        for (mx_domain, id) in [
            ("google.com", "googlemail.com"),
            ("messagingengine.com", "MessagingEngine"),
        ] {
            assert_eq!(
                lookup(mx_domain).map(|c| c.id.as_str()),
                Some(id),
                "{mx_domain}"
            );
        }
    }
}
