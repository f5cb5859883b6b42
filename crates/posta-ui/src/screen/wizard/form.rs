//! The review page's settings: the fields as typed, the port presets that
//! also set the security, and how detection's findings fill them in.

use posta_core::account::Protocol;
use posta_core::autoconfig::{Detection, LeaveOnServer};
use posta_core::net::Security;

/// The usual ports, each with the security it implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// IMAP over TLS, 993.
    Imaps,
    /// IMAP with STARTTLS, 143.
    Imap,
    /// POP3 over TLS, 995.
    Pop3s,
    /// POP3 with STLS, 110.
    Pop3,
    /// SMTP submission over TLS, 465.
    Submissions,
    /// SMTP submission with STARTTLS, 587.
    Submission,
}

impl Preset {
    /// The incoming presets, in the order shown.
    pub(crate) const INCOMING: [Preset; 4] =
        [Preset::Imaps, Preset::Imap, Preset::Pop3s, Preset::Pop3];
    /// The outgoing presets, in the order shown.
    pub(crate) const OUTGOING: [Preset; 2] = [Preset::Submissions, Preset::Submission];

    /// Port and security.
    pub fn settings(self) -> (u16, Security) {
        match self {
            Preset::Imaps => (993, Security::Tls),
            Preset::Imap => (143, Security::StartTls),
            Preset::Pop3s => (995, Security::Tls),
            Preset::Pop3 => (110, Security::StartTls),
            Preset::Submissions => (465, Security::Tls),
            Preset::Submission => (587, Security::StartTls),
        }
    }

    /// The protocol an incoming preset is for.
    pub(crate) fn protocol(self) -> Option<Protocol> {
        match self {
            Preset::Imaps | Preset::Imap => Some(Protocol::Imap),
            Preset::Pop3s | Preset::Pop3 => Some(Protocol::Pop3),
            Preset::Submissions | Preset::Submission => None,
        }
    }
}

/// An edit on the review page.
#[derive(Debug, Clone, PartialEq)]
pub enum FormMessage {
    /// IMAP or POP3 was picked.
    ProtocolSelected(Protocol),
    /// The incoming host was edited.
    HostChanged(String),
    /// The incoming port was edited.
    PortChanged(String),
    /// A port preset button was pressed.
    Preset(Preset),
    /// The incoming security was picked.
    SecuritySelected(Security),
    /// The incoming user name was edited.
    UserChanged(String),
    /// The outgoing host was edited.
    SmtpHostChanged(String),
    /// The outgoing port was edited.
    SmtpPortChanged(String),
    /// The outgoing security was picked.
    SmtpSecuritySelected(Security),
    /// The outgoing user name was edited.
    SmtpUserChanged(String),
    /// The "I understand the risks" box for an unencrypted connection.
    InsecureAcknowledged(bool),
    /// Switch the incoming (`outgoing: false`) or outgoing server to the
    /// security its port expects.
    SwitchSecurity {
        /// The outgoing server's.
        outgoing: bool,
        /// The security to use.
        to: Security,
    },
}

/// Why the connection cannot be tested yet, in the order the fields are
/// shown; the review page says the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No incoming server name (or one with spaces).
    Host,
    /// No valid incoming port.
    Port,
    /// No incoming user name.
    User,
    /// An outgoing server without a valid port.
    SmtpPort,
    /// An outgoing server without a user name.
    SmtpUser,
    /// An unencrypted connection not yet accepted.
    InsecureConsent,
}

/// The security a well-known port expects, if it is one.
pub fn expected_security(port: u16) -> Option<Security> {
    match port {
        993 | 995 | 465 => Some(Security::Tls),
        143 | 110 | 587 | 25 => Some(Security::StartTls),
        _ => None,
    }
}

/// The security to switch to when `security` does not fit `port` (SSL/TLS
/// on 143, STARTTLS on 993…). An unencrypted connection on a STARTTLS port
/// is a choice, not a mismatch.
pub fn mismatch(port: Option<u16>, security: Security) -> Option<Security> {
    let expected = expected_security(port?)?;
    let fits =
        expected == security || (expected == Security::StartTls && security == Security::Insecure);
    (!fits).then_some(expected)
}

/// The settings as shown and edited on the review page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// IMAP or POP3.
    pub protocol: Protocol,
    /// Incoming host.
    pub host: String,
    /// Incoming port, as typed.
    pub port: String,
    /// Incoming security.
    pub security: Security,
    /// Incoming login name.
    pub user: String,
    /// Outgoing host.
    pub smtp_host: String,
    /// Outgoing port, as typed.
    pub smtp_port: String,
    /// Outgoing security.
    pub smtp_security: Security,
    /// Outgoing login name.
    pub smtp_user: String,
    /// The user accepted an unencrypted connection.
    pub insecure_ok: bool,
    /// Detection switched the protocol because the chosen one is not offered.
    switched: Option<Protocol>,
    /// What the provider suggests for POP3's server copy.
    pub(super) leave_hint: Option<LeaveOnServer>,
    /// The address the form was filled for.
    pub(super) filled_for: String,
    /// The user changed a setting by hand: a new search for the same
    /// address must not undo it.
    pub(super) edited: bool,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            protocol: Protocol::Imap,
            host: String::new(),
            port: "993".into(),
            security: Security::Tls,
            user: String::new(),
            smtp_host: String::new(),
            smtp_port: "465".into(),
            smtp_security: Security::Tls,
            smtp_user: String::new(),
            insecure_ok: false,
            switched: None,
            leave_hint: None,
            filled_for: String::new(),
            edited: false,
        }
    }
}

fn default_preset(protocol: Protocol) -> Preset {
    match protocol {
        Protocol::Imap => Preset::Imaps,
        Protocol::Pop3 => Preset::Pop3s,
    }
}

impl Form {
    /// Fills the form from what detection found for `protocol` (or the
    /// other protocol when the chosen one is not offered), else with the
    /// usual defaults for `email`.
    pub fn fill(&mut self, protocol: Protocol, detection: Option<&Detection>, email: &str) {
        *self = Form {
            protocol,
            user: email.to_owned(),
            smtp_user: email.to_owned(),
            filled_for: email.to_owned(),
            ..Form::default()
        };
        self.apply_preset(default_preset(protocol));
        let Some(detection) = detection else {
            return;
        };
        let incoming = detection.best_incoming(protocol).or_else(|| {
            let other = detection.incoming.first()?;
            self.switched = Some(other.protocol);
            Some(other)
        });
        if let Some(server) = incoming {
            self.protocol = server.protocol;
            self.host = server.host.clone();
            self.port = server.port.to_string();
            self.security = server.security;
            self.user = server.user.clone();
            self.leave_hint = server.leave_on_server;
        }
        if let Some(server) = detection.outgoing.first() {
            self.smtp_host = server.host.clone();
            self.smtp_port = server.port.to_string();
            self.smtp_security = server.security;
            self.smtp_user = server.user.clone();
        } else if let Some(address) = posta_core::autoconfig::Address::parse(email) {
            // Nothing published for sending: the most common name, to check.
            self.smtp_host = format!("smtp.{}", address.domain);
        }
    }

    /// The protocol detection switched to, if it did.
    pub fn protocol_switched(&self) -> Option<Protocol> {
        self.switched
    }

    /// The user picked another protocol: take the detected server for it
    /// if there is one, else the usual port.
    pub fn protocol_chosen(&mut self, protocol: Protocol, detection: Option<&Detection>) {
        self.switched = None;
        if self.protocol == protocol {
            return;
        }
        self.protocol = protocol;
        match detection.and_then(|d| d.best_incoming(protocol)) {
            Some(server) => {
                self.host = server.host.clone();
                self.port = server.port.to_string();
                self.security = server.security;
                self.user = server.user.clone();
                self.leave_hint = server.leave_on_server;
            }
            None => self.apply_preset(default_preset(protocol)),
        }
    }

    /// Sets the port and security of `preset` (and the protocol of an
    /// incoming one).
    pub(super) fn apply_preset(&mut self, preset: Preset) {
        let (port, security) = preset.settings();
        match preset.protocol() {
            Some(protocol) => {
                self.protocol = protocol;
                self.port = port.to_string();
                self.security = security;
            }
            None => {
                self.smtp_port = port.to_string();
                self.smtp_security = security;
            }
        }
    }

    /// The incoming port, when valid.
    pub fn port(&self) -> Option<u16> {
        self.port.trim().parse().ok().filter(|p| *p != 0)
    }

    /// The outgoing port, when valid.
    pub fn smtp_port(&self) -> Option<u16> {
        self.smtp_port.trim().parse().ok().filter(|p| *p != 0)
    }

    /// True when the outgoing server is left for later (its name empty).
    pub fn smtp_later(&self) -> bool {
        self.smtp_host.trim().is_empty()
    }

    /// True when a connection would be unencrypted (the outgoing one only
    /// when there is one).
    pub fn insecure(&self) -> bool {
        self.security == Security::Insecure
            || (!self.smtp_later() && self.smtp_security == Security::Insecure)
    }

    /// What is still missing before the connection can be tested, first
    /// the first field on the page.
    pub fn missing(&self) -> Option<Missing> {
        let host_ok = |h: &str| !h.trim().is_empty() && !h.trim().contains(char::is_whitespace);
        let smtp = !self.smtp_later();
        [
            (!host_ok(&self.host), Missing::Host),
            (self.port().is_none(), Missing::Port),
            (self.user.trim().is_empty(), Missing::User),
            (
                smtp && (self.smtp_port().is_none() || !host_ok(&self.smtp_host)),
                Missing::SmtpPort,
            ),
            (smtp && self.smtp_user.trim().is_empty(), Missing::SmtpUser),
            (
                self.insecure() && !self.insecure_ok,
                Missing::InsecureConsent,
            ),
        ]
        .into_iter()
        .find_map(|(missing, what)| missing.then_some(what))
    }

    /// True when everything needed to test the connection is there (the
    /// outgoing server may be left for later).
    pub fn complete(&self) -> bool {
        self.missing().is_none()
    }

    /// The security to suggest for the incoming (or `outgoing`) server: the
    /// one its port expects, or STARTTLS after SSL/TLS failed on a port
    /// Posta does not know (the server answered in plain text).
    pub fn suggestion(&self, outgoing: bool, tls_failed: bool) -> Option<Security> {
        let (port, security) = if outgoing {
            (self.smtp_port(), self.smtp_security)
        } else {
            (self.port(), self.security)
        };
        mismatch(port, security)
            .or_else(|| (tls_failed && security == Security::Tls).then_some(Security::StartTls))
    }

    /// Sets the incoming (or `outgoing`) security.
    pub(super) fn switch_security(&mut self, outgoing: bool, to: Security) {
        if outgoing {
            self.smtp_security = to;
        } else {
            self.security = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use posta_core::autoconfig::Source;

    #[test]
    fn presets_set_port_security_and_protocol() {
        let mut form = Form::default();
        form.apply_preset(Preset::Pop3);
        assert_eq!(
            (form.port.as_str(), form.security, form.protocol),
            ("110", Security::StartTls, Protocol::Pop3)
        );
        form.apply_preset(Preset::Imaps);
        assert_eq!(
            (form.port.as_str(), form.security, form.protocol),
            ("993", Security::Tls, Protocol::Imap)
        );
        form.apply_preset(Preset::Submission);
        assert_eq!(
            (form.smtp_port.as_str(), form.smtp_security),
            ("587", Security::StartTls)
        );
    }

    #[test]
    fn an_unencrypted_connection_needs_the_risk_box() {
        let mut form = Form::default();
        form.fill(Protocol::Imap, None, "ala@example.pl");
        form.host = "mail.example.pl".into();
        form.smtp_host = String::new();
        assert!(form.complete(), "sending may be set up later");
        assert!(form.smtp_later());
        form.smtp_host = "mail.example.pl".into();
        form.smtp_user = String::new();
        assert_eq!(form.missing(), Some(Missing::SmtpUser));
        form.smtp_user = "ala@example.pl".into();
        assert!(form.complete());
        form.security = Security::Insecure;
        assert!(!form.complete());
        form.insecure_ok = true;
        assert!(form.complete());
        form.port = "0".into();
        assert_eq!(form.missing(), Some(Missing::Port));
    }

    #[test]
    fn a_port_with_the_other_security_is_a_mismatch() {
        assert_eq!(mismatch(Some(143), Security::Tls), Some(Security::StartTls));
        assert_eq!(mismatch(Some(993), Security::StartTls), Some(Security::Tls));
        assert_eq!(mismatch(Some(587), Security::Tls), Some(Security::StartTls));
        assert_eq!(mismatch(Some(465), Security::Insecure), Some(Security::Tls));
        assert_eq!(mismatch(Some(143), Security::Insecure), None);
        assert_eq!(mismatch(Some(993), Security::Tls), None);
        assert_eq!(mismatch(Some(10143), Security::Tls), None);
        let form = Form {
            port: "143".into(),
            security: Security::Tls,
            ..Form::default()
        };
        assert_eq!(form.suggestion(false, false), Some(Security::StartTls));
        let form = Form {
            port: "10143".into(),
            ..form
        };
        assert_eq!(form.suggestion(false, false), None);
        assert_eq!(form.suggestion(false, true), Some(Security::StartTls));
    }

    #[test]
    fn a_missing_protocol_switches_to_the_offered_one() {
        let detection = posta_core::autoconfig::providers::lookup("icloud.com").unwrap();
        let address = posta_core::autoconfig::Address::parse("jan@icloud.com").unwrap();
        let detection = Detection {
            source: Source::Guess,
            provider_name: None,
            incoming: detection.incoming_for(&address),
            outgoing: detection.outgoing_for(&address),
            hint: None,
        };
        let mut form = Form::default();
        form.fill(Protocol::Pop3, Some(&detection), "jan@icloud.com");
        assert_eq!(form.protocol_switched(), Some(Protocol::Imap));
        assert_eq!(form.protocol, Protocol::Imap);
        assert_eq!(form.host, "imap.mail.me.com");
        assert_eq!(form.user, "jan");
        assert_eq!(form.smtp_port, "587");
    }
}
