//! The connection test: log in to the incoming server and check the
//! outgoing one, at the same time, and say in plain words what worked and
//! what to do about what did not. An untrusted certificate is shown (who it
//! names, who issued it, how long it is valid, its fingerprint) and can be
//! trusted for this account only; the test then runs again with that pin.

use std::sync::Arc;
use std::time::Duration;

use iced::task;
use iced::widget::{button, column, row, text};
use iced::{Element, Fill, Task};

use super::layout::{self, Page, Tone};
use super::manual::{protocol_name, security_name};
use super::{Action, Checked, Message, Shared, Step, Wizard};
use crate::widget::focus::focusable;
use posta_core::account::check::{check_incoming, check_outgoing};
use posta_core::account::{Capabilities, ConnectionSettings, Protocol};
use posta_core::autoconfig::certificate;
use posta_core::autoconfig::smtp::SmtpReport;
use posta_core::error::{Error, Fingerprint, UntrustedCertificate};
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_i18n as i18n;
use posta_i18n::t;
use posta_i18n::{describe_error, describe_trust_problem};

/// Where one server's test stands.
#[derive(Debug, Clone, Default)]
pub enum Status<T> {
    /// Not run.
    #[default]
    Idle,
    /// Running.
    Running,
    /// It worked.
    Passed(T),
    /// It failed.
    Failed(Error),
    /// Not wanted now (sending is set up later).
    Skipped,
}

impl<T> Status<T> {
    fn from_result(result: &Result<T, Error>) -> Self
    where
        T: Clone,
    {
        match result {
            Ok(value) => Status::Passed(value.clone()),
            Err(err) => Status::Failed(err.clone()),
        }
    }

    fn failure(&self) -> Option<&Error> {
        match self {
            Status::Failed(err) => Some(err),
            _ => None,
        }
    }
}

/// The test page's state.
#[derive(Debug, Default)]
pub struct State {
    incoming: Status<Capabilities>,
    outgoing: Status<SmtpReport>,
    /// The incoming server's certificate the user trusted.
    pinned_incoming: Option<Fingerprint>,
    /// The outgoing server's, when it is another certificate; otherwise the
    /// incoming one's pin serves both.
    pinned_outgoing: Option<Fingerprint>,
    /// The user refused the certificate shown.
    distrusted: bool,
    handle: Option<task::Handle>,
}

impl State {
    /// The incoming server's certificate the user accepted, if any.
    pub fn pinned_incoming(&self) -> Option<&Fingerprint> {
        self.pinned_incoming.as_ref()
    }

    /// The outgoing server's certificate the user accepted, if it is not
    /// the incoming server's.
    pub fn pinned_outgoing(&self) -> Option<&Fingerprint> {
        self.pinned_outgoing.as_ref()
    }

    /// What the outgoing check trusts: its own pin, else the incoming one
    /// (a server with one certificate for both).
    fn outgoing_pin(&self) -> Option<Fingerprint> {
        self.pinned_outgoing
            .clone()
            .or_else(|| self.pinned_incoming.clone())
    }

    /// True when the incoming server accepted the login.
    pub fn incoming_passed(&self) -> bool {
        matches!(self.incoming, Status::Passed(_))
    }

    /// True when the outgoing server worked or was left for later.
    fn outgoing_fine(&self) -> bool {
        matches!(self.outgoing, Status::Passed(_) | Status::Skipped)
    }

    fn running(&self) -> bool {
        matches!(self.incoming, Status::Running) || matches!(self.outgoing, Status::Running)
    }

    /// The certificate to ask about: the incoming server's first, else the
    /// outgoing server's; true when it is the outgoing one.
    fn untrusted(&self) -> Option<(&UntrustedCertificate, bool)> {
        [
            (self.incoming.failure(), false),
            (self.outgoing.failure(), true),
        ]
        .into_iter()
        .find_map(|(failure, outgoing)| match failure {
            Some(Error::TlsUntrusted(cert)) => Some((cert.as_ref(), outgoing)),
            _ => None,
        })
    }
}

/// Reads the extra CA file, if any, for the endpoints.
async fn tls_options(
    extra_ca_file: Option<std::path::PathBuf>,
    pinned: Option<Fingerprint>,
) -> Result<TlsOptions, Error> {
    let extra_ca_pem = match extra_ca_file {
        Some(path) => Some(Arc::new(tokio::fs::read(&path).await.map_err(Error::from)?)),
        None => None,
    };
    Ok(TlsOptions {
        extra_ca_pem,
        pinned,
    })
}

impl Wizard {
    /// Runs both tests with the settings on the review page.
    pub(super) fn start_test(&mut self) -> Action {
        let smtp_later = self.form.smtp_later();
        let smtp_port = self.form.smtp_port().or(smtp_later.then_some(0));
        let (Some(port), Some(smtp_port)) = (self.form.port(), smtp_port) else {
            return Action::None;
        };
        self.cancel_test();
        // A certificate already trusted for this server, for another
        // account, is not asked about again.
        if self.test.pinned_incoming.is_none() {
            self.test.pinned_incoming = self.known_pin(self.form.host.trim());
        }
        if self.test.pinned_outgoing.is_none() && !smtp_later {
            let known = self.known_pin(self.form.smtp_host.trim());
            if known != self.test.pinned_incoming {
                self.test.pinned_outgoing = known;
            }
        }
        let form = &self.form;
        self.step = Step::Test;
        self.test.incoming = Status::Running;
        self.test.outgoing = if smtp_later {
            Status::Skipped
        } else {
            Status::Running
        };
        self.test.distrusted = false;
        let timeout = self.options.timeout;
        let ca = self.options.extra_ca_file.clone();
        let (pin_in, pin_out) = (self.test.pinned_incoming.clone(), self.test.outgoing_pin());
        let password = self.details.password.clone();
        let (protocol, user) = (form.protocol, form.user.trim().to_owned());
        let incoming = endpoint(form.host.trim(), port, form.security, timeout);
        let outgoing = endpoint(
            form.smtp_host.trim(),
            smtp_port,
            form.smtp_security,
            timeout,
        );
        let smtp_user = form.smtp_user.trim().to_owned();

        let (ca_in, password_in) = (ca.clone(), password.clone());
        let check_in = Task::perform(
            async move {
                let mut endpoint = incoming;
                endpoint.tls = tls_options(ca_in, pin_in).await?;
                let settings = ConnectionSettings {
                    protocol,
                    endpoint,
                    user,
                    password: password_in,
                };
                check_incoming(&settings).await
            },
            |result| Message::IncomingChecked(Shared::new(result)),
        );
        let check_out = Task::perform(
            async move {
                let mut endpoint = outgoing;
                endpoint.tls = tls_options(ca, pin_out).await?;
                check_outgoing(&endpoint, &smtp_user, &password).await
            },
            |result| Message::OutgoingChecked(Shared::new(result)),
        );
        let checks = if smtp_later {
            vec![check_in]
        } else {
            vec![check_in, check_out]
        };
        let (task, handle) = Task::batch(checks).abortable();
        self.test.handle = Some(handle);
        Action::Run(task)
    }

    /// The certificate the user trusted for `host` in an account saved
    /// before, incoming or outgoing.
    fn known_pin(&self, host: &str) -> Option<Fingerprint> {
        self.existing.iter().find_map(|account| {
            let incoming = (account.host.eq_ignore_ascii_case(host))
                .then_some(account.pinned_fingerprint.as_deref())
                .flatten();
            let outgoing = account
                .smtp
                .as_ref()
                .filter(|smtp| smtp.host.eq_ignore_ascii_case(host))
                .and_then(|smtp| smtp.pinned_fingerprint.as_deref());
            incoming.or(outgoing).and_then(Fingerprint::parse)
        })
    }

    pub(super) fn incoming_checked(&mut self, result: Checked<Capabilities>) -> Action {
        self.test.incoming = Status::from_result(&result.0);
        self.test_maybe_done()
    }

    pub(super) fn outgoing_checked(&mut self, result: Checked<SmtpReport>) -> Action {
        self.test.outgoing = Status::from_result(&result.0);
        self.test_maybe_done()
    }

    fn test_maybe_done(&mut self) -> Action {
        if !self.test.running() {
            self.test.handle = None;
        }
        Action::None
    }

    pub(super) fn trust_certificate(&mut self) -> Action {
        let Some((cert, outgoing)) = self.test.untrusted() else {
            return Action::None;
        };
        let fingerprint = Some(cert.fingerprint.clone());
        if outgoing {
            self.test.pinned_outgoing = fingerprint;
        } else {
            self.test.pinned_incoming = fingerprint;
        }
        self.start_test()
    }

    pub(super) fn distrust_certificate(&mut self) -> Action {
        self.test.distrusted = true;
        Action::None
    }

    /// Stops a running test, if any.
    pub(super) fn cancel_test(&mut self) {
        if let Some(handle) = self.test.handle.take() {
            handle.abort();
        }
        if matches!(self.test.incoming, Status::Running) {
            self.test.incoming = Status::Idle;
        }
        if matches!(self.test.outgoing, Status::Running) {
            self.test.outgoing = Status::Idle;
        }
    }
}

fn endpoint(host: &str, port: u16, security: Security, timeout: Duration) -> Endpoint {
    Endpoint {
        timeout,
        ..Endpoint::new(host, port, security)
    }
}

fn date((year, month, day): (i32, u32, u32)) -> String {
    i18n::format_date(year, month, day, i18n::current_language())
}

/// The certificate panel: what it says, and the choice. `another`: it is
/// the outgoing server's, after the incoming server's (another) certificate
/// was trusted.
fn certificate_panel<'a>(
    cert: &UntrustedCertificate,
    distrusted: bool,
    another: bool,
) -> Element<'a, Message> {
    let info = certificate::parse(&cert.der).unwrap_or_default();
    let fingerprint = cert.fingerprint.to_string();
    // 32 bytes as "AB:" is 95 characters: two lines of 16 bytes read better.
    let (first, second) = fingerprint.split_at(fingerprint.len().min(48));
    let detail = |label: String, value: String| -> Element<'a, Message> {
        row![
            text(label)
                .size(14)
                .font(crate::theme::FONT_BOLD)
                .width(170),
            text(value).size(14).width(Fill),
        ]
        .spacing(10)
        .into()
    };
    let mut parts = vec![
        layout::para(describe_trust_problem(cert)),
        detail(t!("wizard-cert-host"), cert.host.clone()),
    ];
    if !info.subject.is_empty() {
        parts.push(detail(t!("wizard-cert-subject"), info.subject.clone()));
    }
    if !info.issuer.is_empty() {
        let issuer = if info.self_signed {
            t!("wizard-cert-self-signed", issuer = info.issuer.clone())
        } else {
            info.issuer.clone()
        };
        parts.push(detail(t!("wizard-cert-issuer"), issuer));
    }
    if let (Some(from), Some(until)) = (info.not_before, info.not_after) {
        parts.push(detail(
            t!("wizard-cert-validity"),
            t!(
                "wizard-cert-valid-range",
                from = date(from),
                until = date(until)
            ),
        ));
    }
    parts.push(detail(
        t!("wizard-cert-fingerprint"),
        format!("{}\n{}", first, second.trim_start_matches(':')),
    ));
    if another {
        parts.push(layout::para(t!("wizard-cert-second")));
    }
    if distrusted {
        parts.push(layout::para(t!("wizard-cert-refused")));
        return layout::notice(Tone::Danger, t!("wizard-cert-title"), parts);
    }
    parts.push(layout::para(t!("wizard-cert-advice")));
    parts.push(
        row![
            focusable(
                button(text(t!("wizard-cert-trust")).size(layout::BODY_SIZE))
                    .padding([8, 14])
                    .style(button::danger)
                    .on_press(Message::TrustCertificate),
                Some(Message::TrustCertificate)
            ),
            focusable(
                button(text(t!("wizard-cert-distrust")).size(layout::BODY_SIZE))
                    .padding([8, 14])
                    .style(button::secondary)
                    .on_press(Message::DistrustCertificate),
                Some(Message::DistrustCertificate)
            ),
        ]
        .spacing(10)
        .into(),
    );
    layout::notice(Tone::Warning, t!("wizard-cert-title"), parts)
}

fn capability_lines<'a>(caps: &Capabilities) -> Vec<Element<'a, Message>> {
    [
        (caps.server_folders, "capability-server-folders"),
        (caps.server_flags, "capability-server-flags"),
        (caps.keywords, "capability-keywords"),
        (caps.shared_folders, "capability-shared-folders"),
        (caps.push, "capability-push"),
    ]
    .into_iter()
    .filter(|(yes, _)| *yes)
    .map(|(_, id)| layout::bullet(t!(id), 14.0))
    .collect()
}

fn status_notice<'a, T>(
    status: &Status<T>,
    what: String,
    host: &str,
    passed: impl Fn(&T) -> (String, Vec<Element<'a, Message>>),
) -> Element<'a, Message> {
    match status {
        Status::Skipped => layout::notice(
            Tone::Info,
            what,
            vec![layout::para(t!("wizard-test-outgoing-skipped"))],
        ),
        Status::Idle | Status::Running => layout::notice(
            Tone::Info,
            what,
            vec![layout::para(t!("wizard-test-running"))],
        ),
        Status::Passed(value) => {
            let (words, mut extra) = passed(value);
            let mut parts = vec![layout::para(words)];
            parts.append(&mut extra);
            layout::notice(Tone::Success, what, parts)
        }
        // The certificate question below says the rest.
        Status::Failed(Error::TlsUntrusted(_)) => layout::notice(
            Tone::Danger,
            what,
            vec![layout::para(t!("wizard-test-cert-decide"))],
        ),
        Status::Failed(err) => layout::notice(
            Tone::Danger,
            what,
            vec![layout::para(describe_error(err, host))],
        ),
    }
}

/// After a refused login: what the provider asks first (and that its IMAP
/// access is off by default, where it is).
fn refused_login_notice(wizard: &Wizard) -> Option<Element<'_, Message>> {
    let refused = |e: Option<&Error>| matches!(e, Some(Error::AuthenticationFailed(_)));
    let state = &wizard.test;
    if !refused(state.incoming.failure()) && !refused(state.outgoing.failure()) {
        return None;
    }
    let hint = wizard.detect.result()?.hint.as_ref()?;
    let words = i18n::describe_refused_login(hint)?;
    Some(layout::notice(
        Tone::Warning,
        t!("provider-hint-title", provider = hint.provider.as_str()),
        vec![layout::para(words)],
    ))
}

/// The test page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let form = &wizard.form;
    let state = &wizard.test;
    let incoming_what = t!(
        "wizard-test-incoming",
        protocol = protocol_name(form.protocol),
        host = form.host.trim().to_owned(),
        port = form.port.clone(),
        security = security_name(form.security)
    );
    let outgoing_what = if form.smtp_later() {
        t!("wizard-test-outgoing-none")
    } else {
        t!(
            "wizard-test-outgoing",
            host = form.smtp_host.trim().to_owned(),
            port = form.smtp_port.clone(),
            security = security_name(form.smtp_security)
        )
    };
    let incoming = status_notice(&state.incoming, incoming_what, form.host.trim(), |caps| {
        let words = match form.protocol {
            Protocol::Imap => t!("wizard-test-incoming-ok-imap"),
            Protocol::Pop3 => t!("wizard-test-incoming-ok-pop3"),
        };
        (words, capability_lines(caps))
    });
    let outgoing = status_notice(
        &state.outgoing,
        outgoing_what,
        form.smtp_host.trim(),
        |report| {
            let words = if report.logged_in {
                t!("wizard-test-outgoing-ok")
            } else {
                t!("wizard-test-outgoing-ok-no-login")
            };
            (words, Vec::new())
        },
    );
    // The certificate question first: nothing works until it is answered.
    let mut body = column![].spacing(16);
    if let Some((cert, outgoing)) = state.untrusted() {
        // The incoming server's certificate was trusted; the outgoing
        // server shows another one.
        let another = outgoing && state.pinned_incoming.is_some();
        body = body.push(certificate_panel(cert, state.distrusted, another));
    }
    body = body.push(incoming);
    let fix = |failure: Option<&Error>, outgoing: bool| match failure {
        Some(Error::TlsUntrusted(_)) | Some(Error::AuthenticationFailed(_)) | None => None,
        Some(err) => {
            super::manual::mismatch_notice(form, outgoing, matches!(err, Error::TlsFailed(_)))
        }
    };
    if let Some(notice) = fix(state.incoming.failure(), false) {
        body = body.push(notice);
    }
    if let Some(notice) = refused_login_notice(wizard) {
        body = body.push(notice);
    }
    body = body.push(outgoing);
    if let Some(notice) = fix(state.outgoing.failure(), true) {
        body = body.push(notice);
    }
    if state.incoming_passed() && state.outgoing.failure().is_some() {
        body = body.push(layout::hint(t!("wizard-test-outgoing-later")));
    }
    let mut secondary = vec![layout::back()];
    let failed = state.incoming.failure().is_some() || state.outgoing.failure().is_some();
    if failed && !state.running() {
        secondary.push(layout::secondary(
            t!("wizard-test-retry"),
            Some(Message::RetryTest),
        ));
    }
    let next = (state.incoming_passed() && !state.running()).then_some(Message::SaveRequested);
    // The title says what the boxes below say: "It works" only when both
    // servers (or the incoming one, sending left for later) did.
    let title = if state.running() {
        t!("wizard-test-title")
    } else if state.incoming_passed() && state.outgoing_fine() {
        t!("wizard-test-title-ok")
    } else if state.incoming_passed() {
        t!("wizard-test-title-receive-only")
    } else {
        t!("wizard-test-title-failed")
    };
    Page {
        counter: None,
        title,
        lead: Some(t!("wizard-test-lead")),
        fixed: None,
        body: body.into(),
        secondary,
        primary: vec![layout::primary(t!("wizard-test-save"), next.clone())],
        submit: next,
        note: None,
    }
}
