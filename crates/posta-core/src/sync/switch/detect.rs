//! Where the IMAP side of a POP3 account probably is.

use crate::account::Protocol;
use crate::net::Security;
use crate::store::AccountConfig;

/// The IMAP server of a POP3 account, when the user names none: the
/// provider list's entry for the address, else the POP3 host with `pop.`
/// or `pop3.` turned into `imap.`, on 993 (TLS) or 143 (STARTTLS) as the
/// POP3 side used TLS or STARTTLS. The user name stays.
pub fn detect_imap(account: &AccountConfig) -> (String, u16, Security, String) {
    let listed = crate::autoconfig::Address::parse(&account.email)
        .and_then(|address| {
            crate::autoconfig::providers::lookup(&address.domain).map(|c| (c, address))
        })
        .and_then(|(config, address)| {
            config
                .incoming_for(&address)
                .into_iter()
                .find(|s| s.protocol == Protocol::Imap)
        });
    if let Some(server) = listed {
        return (
            server.host,
            server.port,
            server.security,
            account.user.clone(),
        );
    }
    let host = ["pop3.", "pop."]
        .iter()
        .find_map(|prefix| account.host.strip_prefix(prefix))
        .map_or_else(|| account.host.clone(), |rest| format!("imap.{rest}"));
    let (port, security) = match account.security {
        Security::StartTls => (143, Security::StartTls),
        Security::Insecure => (143, Security::Insecure),
        _ => (993, Security::Tls),
    };
    (host, port, security, account.user.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_imap_server_is_guessed_from_the_pop3_one() {
        let account = AccountConfig {
            id: 1,
            name: "Pošta".into(),
            email: "jan@nonexistent-provider.example".into(),
            display_name: String::new(),
            protocol: Protocol::Pop3,
            host: "pop3.nonexistent-provider.example".into(),
            port: 995,
            security: Security::Tls,
            user: "jan".into(),
            extra_ca_file: None,
            pinned_fingerprint: None,
            smtp: None,
            keep_copy: crate::store::KeepCopy::Keep,
            max_download_size: None,
            download_bodies: false,
            check_interval: crate::store::config::DEFAULT_CHECK_INTERVAL,
            oauth: None,
        };
        assert_eq!(
            detect_imap(&account),
            (
                "imap.nonexistent-provider.example".into(),
                993,
                Security::Tls,
                "jan".into()
            )
        );
    }
}
