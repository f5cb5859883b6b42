//! Review or manual settings: protocol, incoming host, port with presets
//! that also set the security, user name, the outgoing (SMTP) server, and
//! for POP3 the keep-a-copy policy. Where the settings came from is said at
//! the top; an unencrypted connection needs an explicit "I understand".

use iced::widget::{button, checkbox, column, container, radio, row, text, text_input};
use iced::{Element, Fill};

use super::form::{Form, FormMessage, Missing, Preset};
use super::layout::{self, Page, Tone};
use super::protocol::keep_choices;
use super::{ids, Action, Message, Wizard};
use crate::widget::focus::focusable;
use posta_core::account::Protocol;
use posta_core::autoconfig::{LeaveOnServer, Source};
use posta_core::net::Security;
use posta_i18n::{self as i18n, t};

impl Wizard {
    pub(super) fn edit_form(&mut self, edit: FormMessage) -> Action {
        let form = &mut self.form;
        form.edited = true;
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
            FormMessage::SwitchSecurity { outgoing, to } => {
                form.switch_security(outgoing, to);
                // From the test page: test again with the fix.
                if self.step == super::Step::Test {
                    return self.start_test();
                }
            }
        }
        Action::None
    }
}

/// "Port 143 expects STARTTLS": the one-click fix for a port and a
/// security that do not go together, if they do not.
/// `tls_failed`: the test failed to set up TLS with these settings.
pub(super) fn mismatch_notice<'a>(
    form: &Form,
    outgoing: bool,
    tls_failed: bool,
) -> Option<Element<'a, Message>> {
    let (port, security) = if outgoing {
        if form.smtp_later() {
            return None;
        }
        (form.smtp_port(), form.smtp_security)
    } else {
        (form.port(), form.security)
    };
    let expected = form.suggestion(outgoing, tls_failed)?;
    // A port Posta knows is named; otherwise the failed test is the reason.
    let known = super::form::mismatch(port, security).is_some();
    let port = port.unwrap_or_default().to_string();
    let switch = Message::Form(FormMessage::SwitchSecurity {
        outgoing,
        to: expected,
    });
    let fix = focusable(
        button(
            text(t!(
                "wizard-mismatch-switch",
                security = security_name(expected)
            ))
            .size(layout::BODY_SIZE),
        )
        .padding([6, 14])
        .style(button::primary)
        .on_press(switch.clone()),
        Some(switch),
    );
    let (title, why) = if known {
        (
            t!(
                "wizard-mismatch-title",
                port = port,
                expected = security_name(expected)
            ),
            t!(
                "wizard-mismatch-why",
                chosen = security_name(security),
                expected = security_name(expected)
            ),
        )
    } else {
        (
            t!(
                "wizard-mismatch-plain-title",
                expected = security_name(expected)
            ),
            t!(
                "wizard-mismatch-plain-why",
                chosen = security_name(security),
                expected = security_name(expected)
            ),
        )
    };
    Some(layout::notice(
        Tone::Warning,
        title,
        vec![layout::para(why), fix.into()],
    ))
}

/// Why "Test connection" cannot be pressed yet, in one sentence.
fn why_not(wizard: &Wizard, keep_ok: bool) -> Option<String> {
    let words = match wizard.form.missing() {
        Some(Missing::Host) => t!("wizard-why-host"),
        Some(Missing::Port) => t!("wizard-why-port"),
        Some(Missing::User) => t!("wizard-why-user"),
        Some(Missing::SmtpPort) => t!("wizard-why-smtp"),
        Some(Missing::SmtpUser) => t!("wizard-why-smtp-user"),
        Some(Missing::InsecureConsent) => t!("wizard-why-insecure"),
        None if !keep_ok => t!("wizard-why-keep-days"),
        None => return None,
    };
    Some(words)
}

fn digits(text: String) -> String {
    text.chars().filter(char::is_ascii_digit).take(5).collect()
}

/// The name of a kind of security, as the wizard shows it.
pub(crate) fn security_name(security: Security) -> String {
    match security {
        Security::Tls => t!("wizard-security-tls"),
        Security::StartTls => t!("wizard-security-starttls"),
        Security::Insecure => t!("wizard-security-none"),
    }
}

/// The short name of a protocol.
pub(crate) fn protocol_name(protocol: Protocol) -> String {
    match protocol {
        Protocol::Imap => t!("wizard-imap"),
        Protocol::Pop3 => t!("wizard-pop3"),
    }
}

/// A preset's label: port, protocol and security.
pub(crate) fn preset_label(preset: Preset) -> String {
    let (port, security) = preset.settings();
    let protocol = match preset.protocol() {
        Some(protocol) => protocol_name(protocol),
        None => t!("wizard-smtp"),
    };
    t!(
        "wizard-preset",
        port = port.to_string(),
        protocol = protocol,
        security = security_name(security)
    )
}

fn preset_button<'a>(preset: Preset, active: bool) -> Element<'a, Message> {
    let message = Message::Form(FormMessage::Preset(preset));
    let pressable = button(text(preset_label(preset)).size(13))
        .padding([5, 10])
        .style(if active {
            button::primary
        } else {
            button::secondary
        })
        .on_press(message.clone());
    focusable(pressable, Some(message)).into()
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
    let help = if form.smtp_later() {
        t!("wizard-review-outgoing-later")
    } else {
        t!("wizard-review-outgoing-help")
    };
    column![
        layout::heading(t!("wizard-review-outgoing")),
        layout::hint(help),
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
        // POP3 advice names POP3's settings, not IMAP's.
        let protocol = protocol_name(wizard.form.protocol);
        let (title, body) = if wizard.detect.stopped() {
            (
                t!("wizard-source-manual"),
                t!("wizard-source-manual-body", protocol = protocol),
            )
        } else {
            (
                t!("wizard-source-none"),
                t!(
                    "wizard-source-none-body",
                    domain = domain,
                    protocol = protocol
                ),
            )
        };
        return layout::notice(Tone::Warning, title, vec![layout::para(body)]);
    };
    let (tone, title, body) = match &detection.source {
        Source::Organisation { provider, .. } => (
            Tone::Success,
            t!("provider-source-etc"),
            t!("provider-source-etc-body", provider = provider.as_str()),
        ),
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

/// What the provider asks of the user before a mail program can log in
/// (switch IMAP on, use an app password), shown before the test.
fn provider_hint(wizard: &Wizard) -> Option<Element<'_, Message>> {
    let hint = wizard.detect.result()?.hint.as_ref()?;
    let words = i18n::describe_provider_hint(hint)?;
    Some(layout::notice(
        Tone::Warning,
        t!("provider-hint-title", provider = hint.provider.as_str()),
        vec![layout::para(words)],
    ))
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
    let mut body = column![].spacing(22);
    // An unencrypted connection is the first thing to see, not the last.
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
    body = body.push(source_notice(wizard));
    if let Some(hint) = provider_hint(wizard) {
        body = body.push(hint);
    }
    for outgoing in [false, true] {
        if let Some(notice) = mismatch_notice(form, outgoing, false) {
            body = body.push(notice);
        }
    }
    body = body.push(row![incoming_column(form), outgoing_column(form)].spacing(32));
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
    let keep_ok = form.protocol != Protocol::Pop3 || wizard.protocol.keep_copy().is_some();
    let next = (form.complete() && keep_ok).then_some(Message::ReviewConfirmed);
    Page {
        counter: None,
        title: t!("wizard-review-title"),
        lead: Some(t!("wizard-review-lead")),
        fixed: None,
        body: body.align_x(iced::Alignment::Start).into(),
        secondary: vec![layout::back(), layout::cancel()],
        primary: vec![layout::primary(t!("wizard-review-test"), next.clone())],
        note: why_not(wizard, keep_ok),
        submit: next,
    }
}
