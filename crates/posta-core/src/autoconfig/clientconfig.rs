//! Thunderbird's clientConfig XML (version 1.1): what providers publish at
//! `autoconfig.<domain>` and what Thunderbird's ISP database holds.
//!
//! Only what Posta uses is read: the provider's domains and name, IMAP and
//! POP3 incoming servers, SMTP outgoing servers and the POP3 keep-a-copy
//! hints. Other server types (Exchange, EWS, JMAP…) are skipped, not errors.
//! See <https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat>.

use super::error::AutoconfigError;
use super::hint::Enable;
use super::server::{Address, Authentication, IncomingServer, LeaveOnServer, OutgoingServer};
use crate::net::Security;
use crate::protocol::Protocol;

/// A server as the document describes it, placeholders not yet filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerTemplate {
    /// `imap`, `pop3` or `smtp`.
    pub kind: ServerKind,
    /// `<hostname>`, may contain `%EMAILDOMAIN%`.
    pub hostname: String,
    /// `<port>`.
    pub port: u16,
    /// `<socketType>`.
    pub security: Security,
    /// `<username>`, may contain placeholders.
    pub username: String,
    /// Every `<authentication>`, in order.
    pub authentication: Vec<Authentication>,
    /// `<pop3>` settings of a POP3 server.
    pub leave_on_server: Option<LeaveOnServer>,
}

/// The server types Posta understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServerKind {
    /// An IMAP incoming server.
    Imap,
    /// A POP3 incoming server.
    Pop3,
    /// An SMTP outgoing server.
    Smtp,
}

/// One `<emailProvider>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// The provider's `id` attribute.
    pub id: String,
    /// Every `<domain>` it serves (lower case).
    pub domains: Vec<String>,
    /// `<displayName>`, if any.
    pub display_name: Option<String>,
    /// Incoming servers in the document's order of preference.
    pub incoming: Vec<ServerTemplate>,
    /// Outgoing servers in the document's order of preference.
    pub outgoing: Vec<ServerTemplate>,
    /// `<enable>`: access for mail programs must be switched on first.
    pub enable: Option<Enable>,
}

impl ClientConfig {
    /// Parses a clientConfig document. It needs at least one IMAP or POP3
    /// server Posta can use.
    pub fn parse(xml: &str) -> Result<ClientConfig, AutoconfigError> {
        let options = roxmltree::ParsingOptions {
            // A configuration has no use for a DTD; refusing one rules out
            // entity expansion tricks. Real documents have a few hundred
            // nodes at most.
            allow_dtd: false,
            nodes_limit: 20_000,
        };
        let doc = roxmltree::Document::parse_with_options(xml, options)
            .map_err(|e| AutoconfigError::Xml(e.to_string()))?;
        let root = doc.root_element();
        if !root.has_tag_name("clientConfig") {
            return Err(AutoconfigError::Xml(format!(
                "the root element is <{}>, not <clientConfig>",
                root.tag_name().name()
            )));
        }
        let provider = child(root, "emailProvider")
            .ok_or_else(|| AutoconfigError::Xml("there is no <emailProvider>".into()))?;
        let mut config = ClientConfig {
            id: provider.attribute("id").unwrap_or_default().to_owned(),
            domains: children(provider, "domain")
                .filter_map(|d| d.text())
                .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
                .filter(|d| !d.is_empty())
                .collect(),
            display_name: child(provider, "displayName")
                .and_then(|n| n.text())
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty()),
            incoming: Vec::new(),
            outgoing: Vec::new(),
            // Thunderbird's files put it in <emailProvider> or, in older
            // ones, beside it.
            enable: child(provider, "enable")
                .or_else(|| child(root, "enable"))
                .map(enable),
        };
        for node in provider.children().filter(|n| n.is_element()) {
            let parsed = match node.tag_name().name() {
                "incomingServer" | "outgoingServer" => server(node)?,
                _ => continue,
            };
            match parsed {
                Some(t) if t.kind == ServerKind::Smtp => config.outgoing.push(t),
                Some(t) => config.incoming.push(t),
                None => {}
            }
        }
        if config.incoming.is_empty() {
            return Err(AutoconfigError::Xml(
                "no IMAP or POP3 server is listed".into(),
            ));
        }
        Ok(config)
    }

    /// True when this provider serves `domain` (compared without case).
    pub fn serves(&self, domain: &str) -> bool {
        let domain = domain.trim_end_matches('.');
        self.domains.iter().any(|d| d.eq_ignore_ascii_case(domain))
    }

    /// The incoming servers for `address`, placeholders filled in.
    pub fn incoming_for(&self, address: &Address) -> Vec<IncomingServer> {
        self.incoming
            .iter()
            .filter_map(|t| {
                let protocol = match t.kind {
                    ServerKind::Imap => Protocol::Imap,
                    ServerKind::Pop3 => Protocol::Pop3,
                    ServerKind::Smtp => return None,
                };
                Some(IncomingServer {
                    protocol,
                    host: address.fill(&t.hostname),
                    port: t.port,
                    security: t.security,
                    user: address.fill(&t.username),
                    authentication: t.authentication.clone(),
                    leave_on_server: t.leave_on_server,
                })
            })
            .collect()
    }

    /// The outgoing servers for `address`, placeholders filled in.
    pub fn outgoing_for(&self, address: &Address) -> Vec<OutgoingServer> {
        self.outgoing
            .iter()
            .map(|t| OutgoingServer {
                host: address.fill(&t.hostname),
                port: t.port,
                security: t.security,
                user: address.fill(&t.username),
                authentication: t.authentication.clone(),
            })
            .collect()
    }
}

fn child<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    name: &str,
) -> Option<roxmltree::Node<'a, 'input>> {
    node.children()
        .find(|n| n.is_element() && n.has_tag_name(name))
}

fn children<'a, 'input: 'a>(
    node: roxmltree::Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'input>> + 'a {
    node.children()
        .filter(move |n| n.is_element() && n.has_tag_name(name))
}

fn text_of(node: roxmltree::Node<'_, '_>, name: &str) -> Option<String> {
    child(node, name)
        .and_then(|n| n.text())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// One `<incomingServer>` or `<outgoingServer>`; `None` for a type Posta
/// does not speak.
fn server(node: roxmltree::Node<'_, '_>) -> Result<Option<ServerTemplate>, AutoconfigError> {
    let outgoing = node.has_tag_name("outgoingServer");
    let kind = match (
        outgoing,
        node.attribute("type")
            .map(str::to_ascii_lowercase)
            .as_deref(),
    ) {
        (false, Some("imap")) => ServerKind::Imap,
        (false, Some("pop3")) => ServerKind::Pop3,
        (true, Some("smtp")) => ServerKind::Smtp,
        _ => return Ok(None),
    };
    let what = format!("{kind:?} server");
    let hostname = text_of(node, "hostname")
        .ok_or_else(|| AutoconfigError::Xml(format!("a {what} has no hostname")))?;
    let port = text_of(node, "port")
        .ok_or_else(|| AutoconfigError::Xml(format!("{what} {hostname} has no port")))?
        .parse::<u16>()
        .ok()
        .filter(|p| *p != 0)
        .ok_or_else(|| AutoconfigError::Xml(format!("{what} {hostname} has an invalid port")))?;
    let security = match text_of(node, "socketType")
        .map(|s| s.to_ascii_lowercase())
        .as_deref()
    {
        Some("ssl") | Some("tls") => Security::Tls,
        Some("starttls") => Security::StartTls,
        Some("plain") | None => Security::Insecure,
        Some(other) => {
            return Err(AutoconfigError::Xml(format!(
                "{what} {hostname} has an unknown socketType {other:?}"
            )))
        }
    };
    let leave_on_server = (kind == ServerKind::Pop3).then(|| {
        child(node, "pop3")
            .map(|pop3| LeaveOnServer {
                leave: text_of(pop3, "leaveMessagesOnServer").and_then(|t| parse_bool(&t)),
                days: text_of(pop3, "daysToLeaveMessagesOnServer").and_then(|t| t.parse().ok()),
            })
            .unwrap_or_default()
    });
    Ok(Some(ServerTemplate {
        kind,
        hostname,
        port,
        security,
        // A server without <username> takes the whole address, the most
        // common login; the user can change it on the review page.
        username: text_of(node, "username").unwrap_or_else(|| "%EMAILADDRESS%".to_owned()),
        authentication: children(node, "authentication")
            .filter_map(|n| n.text())
            .map(Authentication::parse)
            .collect(),
        leave_on_server,
    }))
}

fn enable(node: roxmltree::Node<'_, '_>) -> Enable {
    Enable {
        visit_url: node
            .attribute("visiturl")
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned),
        instructions: children(node, "instruction")
            .filter_map(|n| {
                let text = n.text()?.split_whitespace().collect::<Vec<_>>().join(" ");
                let lang = n
                    .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                    .or_else(|| n.attribute("lang"))
                    .map(str::to_ascii_lowercase);
                (!text.is_empty()).then_some((lang, text))
            })
            .collect(),
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.pl">
    <domain>example.pl</domain>
    <domain>Example.COM.</domain>
    <displayName>Przykładowa Poczta</displayName>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.example.pl</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-encrypted</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop3.example.pl</hostname>
      <port>110</port>
      <socketType>plain</socketType>
      <username>%EMAILLOCALPART%@%EMAILDOMAIN%</username>
      <authentication>plain</authentication>
      <pop3>
        <leaveMessagesOnServer>true</leaveMessagesOnServer>
        <downloadOnBiff>true</downloadOnBiff>
        <daysToLeaveMessagesOnServer>14</daysToLeaveMessagesOnServer>
      </pop3>
    </incomingServer>
    <incomingServer type="exchange">
      <hostname>ews.example.pl</hostname>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.pl</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.pl</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#;

    fn address() -> Address {
        Address::parse("Ala.Nowak@example.pl").unwrap()
    }

    #[test]
    fn reads_provider_domains_and_name() {
        let config = ClientConfig::parse(FULL).unwrap();
        assert_eq!(config.id, "example.pl");
        assert_eq!(config.domains, ["example.pl", "example.com"]);
        assert!(config.serves("EXAMPLE.com"));
        assert!(!config.serves("example.org"));
        assert_eq!(config.display_name.as_deref(), Some("Przykładowa Poczta"));
        assert_eq!(config.incoming.len(), 3, "the exchange server is skipped");
        assert_eq!(config.outgoing.len(), 2);
    }

    #[test]
    fn socket_types_map_to_security() {
        let config = ClientConfig::parse(FULL).unwrap();
        let securities: Vec<Security> = config.incoming.iter().map(|s| s.security).collect();
        assert_eq!(
            securities,
            [Security::Tls, Security::StartTls, Security::Insecure]
        );
        assert_eq!(config.outgoing[0].security, Security::Tls);
        assert_eq!(config.outgoing[1].security, Security::StartTls);
        let bad = FULL.replacen(
            "<socketType>SSL</socketType>",
            "<socketType>magic</socketType>",
            1,
        );
        assert!(matches!(
            ClientConfig::parse(&bad),
            Err(AutoconfigError::Xml(_))
        ));
    }

    #[test]
    fn placeholders_are_filled_in_user_names_and_hosts() {
        let config = ClientConfig::parse(FULL).unwrap();
        let incoming = config.incoming_for(&address());
        assert_eq!(incoming[0].host, "imap.example.pl");
        assert_eq!(incoming[0].user, "Ala.Nowak@example.pl");
        assert_eq!(incoming[1].user, "Ala.Nowak");
        assert_eq!(incoming[2].user, "Ala.Nowak@example.pl");
        assert_eq!(incoming[0].protocol, Protocol::Imap);
        assert_eq!(incoming[2].protocol, Protocol::Pop3);
        let outgoing = config.outgoing_for(&address());
        assert_eq!(outgoing[0].user, "Ala.Nowak@example.pl");
        // No <username>: the whole address.
        assert_eq!(outgoing[1].user, "Ala.Nowak@example.pl");
        assert!(outgoing[1].authentication.is_empty());
    }

    #[test]
    fn authentication_methods_are_kept_in_order() {
        let config = ClientConfig::parse(FULL).unwrap();
        assert_eq!(
            config.incoming[0].authentication,
            [Authentication::OAuth2, Authentication::PasswordCleartext]
        );
        assert_eq!(
            config.incoming[1].authentication,
            [Authentication::PasswordEncrypted]
        );
        assert_eq!(
            config.incoming[2].authentication,
            [Authentication::PasswordCleartext]
        );
    }

    #[test]
    fn pop3_keep_a_copy_hints_are_read() {
        let config = ClientConfig::parse(FULL).unwrap();
        assert_eq!(
            config.incoming[2].leave_on_server,
            Some(LeaveOnServer {
                leave: Some(true),
                days: Some(14)
            })
        );
        assert_eq!(
            config.incoming[0].leave_on_server, None,
            "only POP3 has them"
        );
        let without = FULL
            .replace("<leaveMessagesOnServer>true</leaveMessagesOnServer>", "")
            .replace(
                "<daysToLeaveMessagesOnServer>14</daysToLeaveMessagesOnServer>",
                "",
            );
        let config = ClientConfig::parse(&without).unwrap();
        assert_eq!(
            config.incoming[2].leave_on_server,
            Some(LeaveOnServer::default())
        );
        let no = FULL.replace(
            "<leaveMessagesOnServer>true</leaveMessagesOnServer>",
            "<leaveMessagesOnServer>false</leaveMessagesOnServer>",
        );
        let config = ClientConfig::parse(&no).unwrap();
        assert_eq!(
            config.incoming[2].leave_on_server.unwrap().leave,
            Some(false)
        );
    }

    #[test]
    fn broken_documents_are_refused_with_a_reason() {
        let cases = [
            ("", "empty"),
            ("<html><body>Not here</body></html>", "not clientConfig"),
            ("<clientConfig version=\"1.1\"></clientConfig>", "no provider"),
            (
                "<clientConfig><emailProvider id=\"x\"><domain>x</domain></emailProvider></clientConfig>",
                "no incoming server",
            ),
        ];
        for (xml, why) in cases {
            assert!(
                matches!(ClientConfig::parse(xml), Err(AutoconfigError::Xml(_))),
                "{why}"
            );
        }
        let no_port = FULL.replacen("<port>993</port>", "", 1);
        assert!(ClientConfig::parse(&no_port).is_err());
        let bad_port = FULL.replacen("<port>993</port>", "<port>99999</port>", 1);
        assert!(ClientConfig::parse(&bad_port).is_err());
    }

    #[test]
    fn a_dtd_is_refused() {
        let xml = r#"<?xml version="1.0"?>
<!DOCTYPE clientConfig [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<clientConfig><emailProvider id="x"><displayName>&b;</displayName></emailProvider></clientConfig>"#;
        assert!(matches!(
            ClientConfig::parse(xml),
            Err(AutoconfigError::Xml(_))
        ));
    }
}
