//! The addresses an account sends as (name, address, reply-to and a
//! plain-text signature), kept in `config.toml`. The account's own address
//! is always its first identity; a stored identity with that address gives
//! it a signature or reply-to.

use super::settings::{valid_email, Invalid};
use crate::store::{Config, Identity};

/// The identities of `account`, its own address first.
pub fn identities(config: &Config, account: i64) -> Vec<Identity> {
    let Some(config_account) = config.account(account) else {
        return Vec::new();
    };
    let own = &config_account.email;
    let stored = config.identities.iter().filter(|i| i.account == account);
    let primary = stored
        .clone()
        .find(|i| i.email.eq_ignore_ascii_case(own))
        .cloned()
        .unwrap_or_else(|| Identity {
            account,
            name: config_account.display_name.clone(),
            email: own.clone(),
            reply_to: None,
            signature: String::new(),
        });
    let others = stored
        .filter(|i| !i.email.eq_ignore_ascii_case(own))
        .cloned();
    std::iter::once(primary).chain(others).collect()
}

/// Adds (or, for an address the account already sends as, replaces) an
/// identity; the address is checked, the reply-to too.
pub fn put_identity(config: &mut Config, identity: Identity) -> Result<Identity, Invalid> {
    let mut identity = identity;
    identity.email = valid_email(&identity.email)?;
    identity.name = identity.name.trim().to_owned();
    identity.reply_to = match identity.reply_to.as_deref().map(str::trim) {
        Some("") | None => None,
        Some(text) => Some(valid_email(text)?),
    };
    // Signatures are kept with Unix line ends and without trailing blanks.
    identity.signature = identity
        .signature
        .replace("\r\n", "\n")
        .trim_end()
        .to_owned();
    config.identities.retain(|i| {
        i.account != identity.account || !i.email.eq_ignore_ascii_case(&identity.email)
    });
    config.identities.push(identity.clone());
    Ok(identity)
}

/// Removes the identity with this address; the account's own address can
/// lose only its signature and reply-to, not the address itself.
pub fn remove_identity(config: &mut Config, account: i64, email: &str) -> Result<(), Invalid> {
    let before = config.identities.len();
    config
        .identities
        .retain(|i| i.account != account || !i.email.eq_ignore_ascii_case(email.trim()));
    if config.identities.len() == before {
        return Err(Invalid::IdentityNotFound(email.trim().to_owned()));
    }
    Ok(())
}

/// Which identity a reply is sent as: the first one the message was
/// addressed to (To, Cc, Delivered-To…, given as `recipients`), else the
/// account's own (index 0).
pub fn pick_for_reply<S: AsRef<str>>(identities: &[Identity], recipients: &[S]) -> usize {
    let addressed = |identity: &Identity| {
        recipients
            .iter()
            .any(|r| bare_address(r.as_ref()).eq_ignore_ascii_case(&identity.email))
    };
    identities.iter().position(addressed).unwrap_or(0)
}

/// `jan@example.sk` from `Jan <jan@example.sk>` or a bare address.
fn bare_address(text: &str) -> &str {
    let text = text.trim();
    match (text.rfind('<'), text.rfind('>')) {
        (Some(start), Some(end)) if start < end => text[start + 1..end].trim(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Protocol;
    use crate::net::Security;
    use crate::store::{AccountConfig, KeepCopy};

    fn config() -> Config {
        Config {
            accounts: vec![AccountConfig {
                id: 1,
                name: "Praca".into(),
                email: "jan@example.sk".into(),
                display_name: "Ján".into(),
                protocol: Protocol::Imap,
                host: "imap.example.sk".into(),
                port: 993,
                security: Security::Tls,
                user: "jan".into(),
                extra_ca_file: None,
                pinned_fingerprint: None,
                smtp: None,
                keep_copy: KeepCopy::Keep,
                max_download_size: None,
                download_bodies: false,
                check_interval: 300,
                oauth: None,
            }],
            ..Config::default()
        }
    }

    fn identity(email: &str) -> Identity {
        Identity {
            account: 1,
            name: "Ján Novák".into(),
            email: email.into(),
            reply_to: Some(" ".into()),
            signature: "--\r\nJán  \r\n\r\n".into(),
        }
    }

    #[test]
    fn the_own_address_comes_first_and_can_get_a_signature() {
        let mut config = config();
        assert_eq!(identities(&config, 1)[0].email, "jan@example.sk");
        assert_eq!(identities(&config, 1)[0].name, "Ján");
        put_identity(&mut config, identity("predaj@example.sk")).unwrap();
        put_identity(&mut config, identity("JAN@example.sk")).unwrap();
        let all = identities(&config, 1);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].signature, "--\nJán");
        assert_eq!(all[0].reply_to, None);
        assert_eq!(all[1].email, "predaj@example.sk");
        // The same address again replaces it.
        put_identity(&mut config, identity("predaj@example.sk")).unwrap();
        assert_eq!(identities(&config, 1).len(), 2);
        assert!(put_identity(&mut config, identity("predaj")).is_err());
        remove_identity(&mut config, 1, "Predaj@example.sk").unwrap();
        assert_eq!(identities(&config, 1).len(), 1);
        assert_eq!(
            remove_identity(&mut config, 1, "predaj@example.sk"),
            Err(Invalid::IdentityNotFound("predaj@example.sk".into()))
        );
        assert!(identities(&config, 9).is_empty());
    }

    #[test]
    fn a_reply_goes_out_as_the_address_it_was_sent_to() {
        let mut config = config();
        put_identity(&mut config, identity("predaj@example.sk")).unwrap();
        let all = identities(&config, 1);
        assert_eq!(
            pick_for_reply(&all, &["Eva <eva@x.sk>", "Predaj <PREDAJ@example.sk>"]),
            1
        );
        assert_eq!(pick_for_reply(&all, &["jan@example.sk"]), 0);
        assert_eq!(pick_for_reply(&all, &["nobody@x.sk"]), 0);
        assert_eq!(pick_for_reply::<&str>(&all, &[]), 0);
    }
}
