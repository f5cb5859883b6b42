//! Review or manual settings: protocol, incoming host, port with presets
//! that also set the security, user name, the outgoing (SMTP) server, and
//! for POP3 the keep-a-copy policy. Where the settings came from is said at
//! the top; an unencrypted connection needs an explicit "I understand".

use iced::widget::{button, checkbox, column, container, radio, row, text, text_input};
use iced::{Element, Fill};

use super::layout::{self, Page, Tone};
use super::protocol::keep_choices;
use super::{ids, Action, Message, Wizard};
use crate::core::account::Protocol;
use crate::core::autoconfig::{Detection, LeaveOnServer, Source};
use crate::core::net::Security;
use crate::t;

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
    const INCOMING: [Preset; 4] = [Preset::Imaps, Preset::Imap, Preset::Pop3s, Preset::Pop3];
    const OUTGOING: [Preset; 2] = [Preset::Submissions, Preset::Submission];

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
    fn protocol(self) -> Option<Protocol> {
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
    leave_hint: Option<LeaveOnServer>,
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
        } else if let Some(address) = crate::core::autoconfig::Address::parse(email) {
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

    fn apply_preset(&mut self, preset: Preset) {
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

    /// True when a connection would be unencrypted.
    pub fn insecure(&self) -> bool {
        self.security == Security::Insecure || self.smtp_security == Security::Insecure
    }

    /// True when everything needed to test the connection is there.
    pub fn complete(&self) -> bool {
        let host_ok = |h: &str| !h.trim().is_empty() && !h.trim().contains(char::is_whitespace);
        host_ok(&self.host)
            && host_ok(&self.smtp_host)
            && self.port().is_some()
            && self.smtp_port().is_some()
            && !self.user.trim().is_empty()
            && !self.smtp_user.trim().is_empty()
            && (!self.insecure() || self.insecure_ok)
    }
}

impl Wizard {
    pub(super) fn edit_form(&mut self, edit: FormMessage) -> Action {
        let form = &mut self.form;
        match edit {
            FormMessage::ProtocolSelected(protocol) => return self.select_protocol(protocol),
            FormMessage::HostChanged(host) => form.host = host,
            FormMessage::PortChanged(port) => form.port = digits(port),
            FormMessage::Preset(preset) => {
                form.apply_preset(preset);
                self.protocol.protocol = self.form.protocol;
            }
            FormMessage::SecuritySelected(security) => form.security = security,
            FormMessage::UserChanged(user) => form.user = user,
            FormMessage::SmtpHostChanged(host) => form.smtp_host = host,
            FormMessage::SmtpPortChanged(port) => form.smtp_port = digits(port),
            FormMessage::SmtpSecuritySelected(security) => form.smtp_security = security,
            FormMessage::SmtpUserChanged(user) => form.smtp_user = user,
            FormMessage::InsecureAcknowledged(ok) => form.insecure_ok = ok,
        }
        Action::None
    }
}

fn digits(text: String) -> String {
    text.chars().filter(char::is_ascii_digit).take(5).collect()
}

fn security_name(security: Security) -> String {
    match security {
        Security::Tls => t!("wizard-security-tls"),
        Security::StartTls => t!("wizard-security-starttls"),
        Security::Insecure => t!("wizard-security-none"),
    }
}

/// The short name of a protocol.
pub(super) fn protocol_name(protocol: Protocol) -> String {
    match protocol {
        Protocol::Imap => t!("wizard-imap"),
        Protocol::Pop3 => t!("wizard-pop3"),
    }
}

fn preset_button<'a>(preset: Preset, active: bool) -> Element<'a, Message> {
    let (port, security) = preset.settings();
    let protocol = match preset.protocol() {
        Some(protocol) => protocol_name(protocol),
        None => t!("wizard-smtp"),
    };
    let label = t!(
        "wizard-preset",
        port = port.to_string(),
        protocol = protocol,
        security = security_name(security)
    );
    button(text(label).size(13))
        .padding([5, 10])
        .style(if active {
            button::primary
        } else {
            button::secondary
        })
        .on_press(Message::Form(FormMessage::Preset(preset)))
        .into()
}

fn security_choice<'a>(chosen: Security, on: fn(Security) -> FormMessage) -> Element<'a, Message> {
    let mut choices = row![].spacing(16);
    for security in [Security::Tls, Security::StartTls, Security::Insecure] {
        choices = choices.push(
            radio(security_name(security), security, Some(chosen), move |s| {
                Message::Form(on(s))
            })
            .size(16)
            .text_size(14),
        );
    }
    choices.into()
}

fn input<'a>(
    id: iced::widget::Id,
    value: &str,
    on: fn(String) -> FormMessage,
) -> Element<'a, Message> {
    text_input("", value)
        .id(id)
        .on_input(move |v| Message::Form(on(v)))
        .padding(8)
        .size(layout::BODY_SIZE)
        .into()
}

fn incoming_column(form: &Form) -> Element<'_, Message> {
    let chosen = Some(form.protocol);
    let protocols = row![
        radio(
            t!("wizard-imap"),
            Protocol::Imap,
            chosen,
            |p| Message::Form(FormMessage::ProtocolSelected(p))
        )
        .size(16),
        radio(
            t!("wizard-pop3"),
            Protocol::Pop3,
            chosen,
            |p| Message::Form(FormMessage::ProtocolSelected(p))
        )
        .size(16),
    ]
    .spacing(20);
    let active = |p: Preset| {
        let (port, security) = p.settings();
        form.port() == Some(port)
            && form.security == security
            && p.protocol() == Some(form.protocol)
    };
    let presets = column![
        row![
            preset_button(Preset::INCOMING[0], active(Preset::INCOMING[0])),
            preset_button(Preset::INCOMING[1], active(Preset::INCOMING[1]))
        ]
        .spacing(8),
        row![
            preset_button(Preset::INCOMING[2], active(Preset::INCOMING[2])),
            preset_button(Preset::INCOMING[3], active(Preset::INCOMING[3]))
        ]
        .spacing(8),
    ]
    .spacing(6);
    column![
        layout::heading(t!("wizard-review-incoming")),
        layout::field(t!("wizard-review-protocol"), protocols, None),
        layout::field(
            t!("wizard-review-host"),
            input(ids::HOST, &form.host, FormMessage::HostChanged),
            None
        ),
        layout::field(
            t!("wizard-review-port"),
            column![
                input(ids::PORT, &form.port, FormMessage::PortChanged),
                presets
            ]
            .spacing(8),
            None,
        ),
        layout::field(
            t!("wizard-review-security"),
            security_choice(form.security, FormMessage::SecuritySelected),
            None
        ),
        layout::field(
            t!("wizard-review-user"),
            input(ids::USER, &form.user, FormMessage::UserChanged),
            None
        ),
    ]
    .spacing(14)
    .width(Fill)
    .into()
}

fn outgoing_column(form: &Form) -> Element<'_, Message> {
    let active = |p: Preset| {
        let (port, security) = p.settings();
        form.smtp_port() == Some(port) && form.smtp_security == security
    };
    let presets = row![
        preset_button(Preset::OUTGOING[0], active(Preset::OUTGOING[0])),
        preset_button(Preset::OUTGOING[1], active(Preset::OUTGOING[1])),
    ]
    .spacing(8);
    column![
        layout::heading(t!("wizard-review-outgoing")),
        layout::hint(t!("wizard-review-outgoing-help")),
        layout::field(
            t!("wizard-review-host"),
            input(
                ids::SMTP_HOST,
                &form.smtp_host,
                FormMessage::SmtpHostChanged
            ),
            None
        ),
        layout::field(
            t!("wizard-review-port"),
            column![
                input(
                    ids::SMTP_PORT,
                    &form.smtp_port,
                    FormMessage::SmtpPortChanged
                ),
                presets
            ]
            .spacing(8),
            None,
        ),
        layout::field(
            t!("wizard-review-security"),
            security_choice(form.smtp_security, FormMessage::SmtpSecuritySelected),
            None,
        ),
        layout::field(
            t!("wizard-review-user"),
            input(
                ids::SMTP_USER,
                &form.smtp_user,
                FormMessage::SmtpUserChanged
            ),
            None
        ),
    ]
    .spacing(14)
    .width(Fill)
    .into()
}

/// Where the settings came from, as a notice.
fn source_notice(wizard: &Wizard) -> Element<'_, Message> {
    let domain = wizard
        .details
        .address()
        .map(|a| a.domain)
        .unwrap_or_default();
    let Some(detection) = wizard.detect.result() else {
        let (title, body) = if wizard.detect.stopped() {
            (t!("wizard-source-manual"), t!("wizard-source-manual-body"))
        } else {
            (
                t!("wizard-source-none"),
                t!("wizard-source-none-body", domain = domain),
            )
        };
        return layout::notice(Tone::Warning, title, vec![layout::para(body)]);
    };
    let (tone, title, body) = match &detection.source {
        Source::ProviderList { provider } => (
            Tone::Success,
            t!("wizard-source-list"),
            t!("wizard-source-list-body", provider = provider.as_str()),
        ),
        Source::Published { url } => (
            Tone::Success,
            t!("wizard-source-published"),
            t!("wizard-source-published-body", url = url.as_str()),
        ),
        Source::MxProvider { mx_host, provider } => (
            Tone::Success,
            t!("wizard-source-mx"),
            t!(
                "wizard-source-mx-body",
                domain = domain,
                host = mx_host.as_str(),
                provider = provider.as_str()
            ),
        ),
        Source::Srv => (
            Tone::Success,
            t!("wizard-source-published"),
            t!("wizard-source-srv-body", domain = domain),
        ),
        Source::Guess => (
            Tone::Warning,
            t!("wizard-source-guess"),
            t!("wizard-source-guess-body"),
        ),
    };
    let mut parts = vec![layout::para(body)];
    if !detection.password_login_possible() {
        parts.push(layout::para(t!("wizard-source-oauth")));
    }
    if let Some(protocol) = wizard.form.protocol_switched() {
        parts.push(layout::para(t!(
            "wizard-source-switched",
            chosen = protocol_name(match protocol {
                Protocol::Imap => Protocol::Pop3,
                Protocol::Pop3 => Protocol::Imap,
            }),
            offered = protocol_name(protocol)
        )));
    }
    let tone = if detection.password_login_possible() {
        tone
    } else {
        Tone::Danger
    };
    layout::notice(tone, title, parts)
}

fn leave_hint<'a>(hint: Option<LeaveOnServer>) -> Option<Element<'a, Message>> {
    let hint = hint?;
    let words = match (hint.leave, hint.days) {
        (Some(true), Some(days)) => t!("wizard-keep-provider-days", days = days),
        (Some(true), None) => t!("wizard-keep-provider-keep"),
        (Some(false), _) => t!("wizard-keep-provider-delete"),
        (None, _) => return None,
    };
    Some(layout::hint(words))
}

/// The review page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let form = &wizard.form;
    let mut body = column![
        source_notice(wizard),
        row![incoming_column(form), outgoing_column(form)].spacing(32),
    ]
    .spacing(22);
    if form.protocol == Protocol::Pop3 {
        let mut keep = column![
            layout::heading(t!("wizard-keep-title")),
            keep_choices(wizard)
        ]
        .spacing(12);
        if let Some(hint) = leave_hint(form.leave_hint) {
            keep = keep.push(hint);
        }
        body = body.push(keep);
    }
    if form.insecure() {
        let ack = container(
            checkbox(form.insecure_ok)
                .label(t!("wizard-insecure-accept"))
                .on_toggle(|ok| Message::Form(FormMessage::InsecureAcknowledged(ok)))
                .text_size(layout::BODY_SIZE),
        )
        .id(ids::INSECURE_OK);
        body = body.push(layout::notice(
            Tone::Danger,
            t!("wizard-insecure-title"),
            vec![layout::para(t!("wizard-insecure-why")), ack.into()],
        ));
    }
    let keep_ok = form.protocol != Protocol::Pop3 || wizard.protocol.keep_copy().is_some();
    let next = (form.complete() && keep_ok).then_some(Message::ReviewConfirmed);
    Page {
        counter: None,
        title: t!("wizard-review-title"),
        lead: Some(t!("wizard-review-lead")),
        fixed: None,
        body: body.align_x(iced::Alignment::Start).into(),
        secondary: vec![layout::back(), layout::cancel()],
        primary: vec![layout::primary(t!("wizard-review-test"), next)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(form.complete());
        form.security = Security::Insecure;
        assert!(!form.complete());
        form.insecure_ok = true;
        assert!(form.complete());
        form.port = "0".into();
        assert!(!form.complete());
    }

    #[test]
    fn a_missing_protocol_switches_to_the_offered_one() {
        let detection = crate::core::autoconfig::providers::lookup("icloud.com").unwrap();
        let address = crate::core::autoconfig::Address::parse("jan@icloud.com").unwrap();
        let detection = Detection {
            source: Source::Guess,
            provider_name: None,
            incoming: detection.incoming_for(&address),
            outgoing: detection.outgoing_for(&address),
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
