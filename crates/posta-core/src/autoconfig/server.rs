//! The settings detection hands to the wizard: incoming (IMAP or POP3) and
//! outgoing (SMTP) servers with the user name already filled in.

use crate::net::Security;
use crate::protocol::Protocol;

/// How a server wants the password (clientConfig `<authentication>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Authentication {
    /// The password as is, inside TLS (`password-cleartext`, old `plain`).
    PasswordCleartext,
    /// A challenge-response such as CRAM-MD5 (`password-encrypted`,
    /// old `secure`).
    PasswordEncrypted,
    /// A token from the provider's sign-in page (`OAuth2`).
    OAuth2,
    /// No login at all (`none`, e.g. SMTP relayed by client address).
    None,
    /// Anything else (`NTLM`, `GSSAPI`, `client-IP-address`, …), as written.
    Other(String),
}

impl Authentication {
    /// Parses the clientConfig spelling (case-insensitive).
    pub fn parse(text: &str) -> Self {
        match text.trim().to_ascii_lowercase().as_str() {
            "password-cleartext" | "plain" => Authentication::PasswordCleartext,
            "password-encrypted" | "secure" => Authentication::PasswordEncrypted,
            "oauth2" => Authentication::OAuth2,
            "none" => Authentication::None,
            _ => Authentication::Other(text.trim().to_owned()),
        }
    }
}

/// True when Posta can log in with a password here: the list allows a plain
/// password (sent only inside TLS) or says nothing about it.
pub fn accepts_password(methods: &[Authentication]) -> bool {
    methods.is_empty()
        || methods
            .iter()
            .any(|m| matches!(m, Authentication::PasswordCleartext | Authentication::None))
}

/// What a provider suggests for the POP3 server's copy of downloaded mail
/// (clientConfig `<pop3>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LeaveOnServer {
    /// `<leaveMessagesOnServer>`: keep the server's copy after download.
    pub leave: Option<bool>,
    /// `<daysToLeaveMessagesOnServer>`: delete the server's copy after so
    /// many days.
    pub days: Option<u32>,
}

/// An incoming server, ready to be tested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingServer {
    /// IMAP or POP3.
    pub protocol: Protocol,
    /// Host name.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// TLS, STARTTLS or none.
    pub security: Security,
    /// Login name, placeholders already replaced.
    pub user: String,
    /// Accepted login methods, in the provider's order.
    pub authentication: Vec<Authentication>,
    /// POP3 only: what the provider suggests for the server's copy.
    pub leave_on_server: Option<LeaveOnServer>,
}

/// An outgoing (SMTP submission) server, ready to be tested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingServer {
    /// Host name.
    pub host: String,
    /// TCP port (465 TLS, 587 STARTTLS).
    pub port: u16,
    /// TLS, STARTTLS or none.
    pub security: Security,
    /// Login name, placeholders already replaced.
    pub user: String,
    /// Accepted login methods, in the provider's order.
    pub authentication: Vec<Authentication>,
}

/// Orders servers the way Posta prefers them: encrypted from the first
/// byte, then STARTTLS, then unencrypted; IMAP before POP3. Stable, so the
/// provider's own order decides among equals.
pub fn rank_incoming(servers: &mut [IncomingServer]) {
    servers.sort_by_key(|s| (security_rank(s.security), protocol_rank(s.protocol)));
}

/// Orders outgoing servers: TLS, then STARTTLS, then unencrypted.
pub fn rank_outgoing(servers: &mut [OutgoingServer]) {
    servers.sort_by_key(|s| security_rank(s.security));
}

fn security_rank(security: Security) -> u8 {
    match security {
        Security::Tls => 0,
        Security::StartTls => 1,
        Security::Insecure => 2,
    }
}

fn protocol_rank(protocol: Protocol) -> u8 {
    match protocol {
        Protocol::Imap => 0,
        Protocol::Pop3 => 1,
    }
}

/// The parts of an e-mail address the clientConfig placeholders stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The whole address, as typed (trimmed).
    pub email: String,
    /// Before the `@`.
    pub local: String,
    /// After the `@`, lower case, without a trailing dot.
    pub domain: String,
}

impl Address {
    /// Splits an address at its last `@`; `None` if either side is empty or
    /// the domain is not a plausible host name.
    pub fn parse(email: &str) -> Option<Address> {
        let email = email.trim();
        let (local, domain) = email.rsplit_once('@')?;
        let domain = domain.trim_end_matches('.').to_ascii_lowercase();
        let plausible = !local.is_empty()
            && !domain.is_empty()
            && domain.len() <= 253
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !plausible || local.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        Some(Address {
            email: email.to_owned(),
            local: local.to_owned(),
            domain,
        })
    }

    /// Replaces `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%`.
    pub fn fill(&self, template: &str) -> String {
        template
            .replace("%EMAILADDRESS%", &self.email)
            .replace("%EMAILLOCALPART%", &self.local)
            .replace("%EMAILDOMAIN%", &self.domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_split_and_checked() {
        let a = Address::parse(" Jan.Kowalski@WP.pl. ").unwrap();
        assert_eq!(a.email, "Jan.Kowalski@WP.pl.");
        assert_eq!(a.local, "Jan.Kowalski");
        assert_eq!(a.domain, "wp.pl");
        assert_eq!(
            a.fill("%EMAILLOCALPART%/%EMAILDOMAIN%"),
            "Jan.Kowalski/wp.pl"
        );
        for bad in [
            "",
            "jan",
            "@wp.pl",
            "jan@",
            "jan@wp..pl",
            "jan@-wp.pl",
            "jan@wp pl",
            "ja n@wp.pl",
            "jan@ż.pl",
        ] {
            assert_eq!(Address::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn ranking_prefers_tls_then_imap() {
        let server = |protocol, security, host: &str| IncomingServer {
            protocol,
            host: host.into(),
            port: 1,
            security,
            user: String::new(),
            authentication: Vec::new(),
            leave_on_server: None,
        };
        let mut servers = vec![
            server(Protocol::Pop3, Security::StartTls, "a"),
            server(Protocol::Imap, Security::Insecure, "b"),
            server(Protocol::Pop3, Security::Tls, "c"),
            server(Protocol::Imap, Security::StartTls, "d"),
            server(Protocol::Imap, Security::Tls, "e"),
        ];
        rank_incoming(&mut servers);
        let hosts: Vec<&str> = servers.iter().map(|s| s.host.as_str()).collect();
        assert_eq!(hosts, ["e", "c", "d", "a", "b"]);
    }

    #[test]
    fn password_login_is_possible_unless_only_oauth() {
        use Authentication::*;
        assert!(accepts_password(&[]));
        assert!(accepts_password(&[OAuth2, PasswordCleartext]));
        assert!(!accepts_password(&[OAuth2]));
        assert!(!accepts_password(&[PasswordEncrypted]));
        assert_eq!(Authentication::parse("plain"), PasswordCleartext);
        assert_eq!(Authentication::parse("NTLM"), Other("NTLM".into()));
    }
}
