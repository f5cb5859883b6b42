//! In-place bars for an account that needs the user before it can sync:
//! the server refused the password (a field for the new one: tested, then
//! kept in the keyring, and sync resumes), the server shows another
//! certificate than the accepted one (both fingerprints; accept or keep
//! refusing), and the keyring could not give the password at start (the
//! password asked for this session).

use iced::widget::{button, column, container, row, text, text_input};
use iced::{Center, Element, Fill, Font};

use super::{Mailbox, Message};
use posta_core::error::Fingerprint;
use posta_core::store::KeyringError;
use posta_core::worker::{Command, Event};
use posta_core::Secret;
use posta_i18n::describe_keyring_error;
use posta_i18n::t;

/// The password field of a bar, for focus and tests.
pub const PASSWORD_INPUT: iced::widget::Id = iced::widget::Id::new("mailbox-bar-password");

/// One account's bar.
#[derive(Debug, Clone, PartialEq)]
pub enum Bar {
    /// The server refused the password.
    Password {
        /// Account id.
        account: i64,
        /// What is typed.
        input: String,
        /// The new password is being tested.
        testing: bool,
        /// A new password was refused too.
        again: bool,
    },
    /// The keyring could not give the password.
    Keyring {
        /// Account id.
        account: i64,
        /// Why.
        problem: KeyringError,
        /// What is typed.
        input: String,
    },
    /// The server shows another certificate than the accepted one.
    Certificate {
        /// Account id.
        account: i64,
        /// The server.
        host: String,
        /// The accepted certificate.
        old: Fingerprint,
        /// The one shown now.
        new: Fingerprint,
        /// The user chose to keep refusing it.
        refused: bool,
    },
}

impl Bar {
    pub(super) fn account(&self) -> i64 {
        match self {
            Bar::Password { account, .. }
            | Bar::Keyring { account, .. }
            | Bar::Certificate { account, .. } => *account,
        }
    }
}

/// What happens in a bar.
#[derive(Debug, Clone, PartialEq)]
pub enum BarMessage {
    /// The password field of this account's bar changed.
    Input(i64, String),
    /// Use the typed password.
    Submit(i64),
    /// Ask the keyring again.
    Retry(i64),
    /// Accept the new certificate.
    Accept(i64),
    /// Keep refusing the new certificate.
    KeepRefusing(i64),
}

impl Mailbox {
    /// A worker's word about logging in; true when it was one.
    pub(super) fn login_event(&mut self, id: i64, event: &Event) -> bool {
        match event {
            Event::PasswordRefused => self.password_refused(id),
            Event::PasswordAccepted { .. } | Event::CertificateAccepted => {
                self.bars.retain(|b| b.account() != id);
            }
            Event::KeyringFailed(err) => {
                self.notice = Some(t!(
                    "settings-bar-session-only",
                    problem = describe_keyring_error(err)
                ));
            }
            Event::CertificateChanged { host, old, new } => {
                self.bars.retain(|b| b.account() != id);
                self.bars.push(Bar::Certificate {
                    account: id,
                    host: host.clone(),
                    old: old.clone(),
                    new: new.clone(),
                    refused: false,
                });
            }
            _ => return false,
        }
        true
    }

    fn password_refused(&mut self, id: i64) {
        for bar in &mut self.bars {
            if let Bar::Password {
                account,
                testing,
                again,
                input,
            } = bar
            {
                if *account == id {
                    // A new password was tried: it was refused too.
                    *again = *testing || *again;
                    *testing = false;
                    input.clear();
                    return;
                }
            }
        }
        self.bars.retain(|b| b.account() != id);
        self.bars.push(Bar::Password {
            account: id,
            input: String::new(),
            testing: false,
            again: false,
        });
    }

    /// Shows the password bar on account 1 (`POSTA_SCREENSHOT_BAR=password`)
    /// or the certificate bar (`certificate`), for screenshots; test kit
    /// only.
    #[cfg(feature = "test-kit")]
    pub(super) fn bar_screenshot_from_env(&mut self) {
        let Some(id) = self.accounts.first().map(|a| a.config.id) else {
            return;
        };
        match std::env::var("POSTA_SCREENSHOT_BAR").as_deref() {
            Ok("password") => self.password_refused(id),
            Ok("certificate") => {
                let event = Event::CertificateChanged {
                    host: self.accounts[0].config.host.clone(),
                    old: Fingerprint::of_der(b"the certificate accepted last year"),
                    new: Fingerprint::of_der(b"the certificate shown now"),
                };
                self.login_event(id, &event);
            }
            Ok("keyring") => self.keyring_problem(id, KeyringError::Locked(String::new())),
            _ => {}
        }
    }

    /// The keyring could not give this account's password at start.
    pub(super) fn keyring_problem(&mut self, id: i64, problem: KeyringError) {
        self.bars.retain(|b| b.account() != id);
        self.bars.push(Bar::Keyring {
            account: id,
            problem,
            input: String::new(),
        });
    }

    pub(super) fn bar_message(&mut self, message: BarMessage) -> iced::Task<Message> {
        match message {
            BarMessage::Input(id, typed) => {
                for bar in &mut self.bars {
                    match bar {
                        Bar::Password { account, input, .. }
                        | Bar::Keyring { account, input, .. }
                            if *account == id =>
                        {
                            *input = typed.clone();
                        }
                        _ => {}
                    }
                }
            }
            BarMessage::Submit(id) => self.submit_password(id),
            BarMessage::Retry(id) => {
                self.bars.retain(|b| b.account() != id);
                return self.load_passwords();
            }
            BarMessage::Accept(id) => self.accept_certificate(id),
            BarMessage::KeepRefusing(id) => {
                for bar in &mut self.bars {
                    if let Bar::Certificate {
                        account, refused, ..
                    } = bar
                    {
                        if *account == id {
                            *refused = true;
                        }
                    }
                }
            }
        }
        iced::Task::none()
    }

    fn submit_password(&mut self, id: i64) {
        let Some(index) = self.bars.iter().position(|b| b.account() == id) else {
            return;
        };
        match &mut self.bars[index] {
            Bar::Password { input, testing, .. } if !input.is_empty() && !*testing => {
                let password = Secret::new(std::mem::take(input));
                *testing = true;
                if let Some(handle) = self.account(id).and_then(|a| a.worker.clone()) {
                    handle.send(Command::NewPassword {
                        password,
                        keep: true,
                    });
                }
            }
            Bar::Keyring { input, .. } if !input.is_empty() => {
                let password = Secret::new(std::mem::take(input));
                self.bars.remove(index);
                // The worker starts with it; a refused one brings the
                // password bar.
                self.set_password(id, password);
            }
            _ => {}
        }
    }

    fn accept_certificate(&mut self, id: i64) {
        let Some(index) = self.bars.iter().position(|b| b.account() == id) else {
            return;
        };
        let Bar::Certificate { new, .. } = &self.bars[index] else {
            return;
        };
        let new = new.clone();
        if let Some(account) = self.account_mut(id) {
            account.config.pinned_fingerprint = Some(new.to_string());
        }
        if let Some(handle) = self.account(id).and_then(|a| a.worker.clone()) {
            handle.send(Command::AcceptCertificate {
                fingerprint: new,
                home: self.home.clone(),
            });
        }
    }

    /// The bars, one under the other; `None` when there are none.
    pub(super) fn login_bars(&self) -> Option<Element<'_, Message>> {
        if self.bars.is_empty() {
            return None;
        }
        let bars = self.bars.iter().map(|bar| self.bar_view(bar));
        Some(column(bars).spacing(1).into())
    }

    fn bar_view<'a>(&'a self, bar: &'a Bar) -> Element<'a, Message> {
        let name = self
            .account(bar.account())
            .map(|a| a.config.name.as_str())
            .unwrap_or_default();
        let content: Element<'a, Message> = match bar {
            Bar::Password {
                account,
                input,
                testing,
                again,
            } => {
                let sentence = if *again {
                    t!("settings-bar-password-again", account = name)
                } else {
                    t!("settings-bar-password", account = name)
                };
                let submit = if *testing {
                    t!("settings-bar-testing")
                } else {
                    t!("settings-bar-password-submit")
                };
                password_row(*account, sentence, input, submit, !*testing)
            }
            Bar::Keyring {
                account,
                problem,
                input,
            } => {
                let sentence = t!(
                    "settings-bar-keyring",
                    problem = describe_keyring_error(problem),
                    account = name
                );
                let field = password_row(
                    *account,
                    sentence,
                    input,
                    t!("settings-bar-keyring-submit"),
                    true,
                );
                let retry = button(text(t!("settings-bar-retry")).size(13))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press(Message::Bar(BarMessage::Retry(*account)));
                column![field, retry].spacing(6).into()
            }
            Bar::Certificate {
                account,
                host,
                old,
                new,
                refused,
            } => certificate(*account, name, host, old, new, *refused),
        };
        container(content)
            .padding([8, 10])
            .width(Fill)
            .style(container::warning)
            .into()
    }
}

fn password_row<'a>(
    account: i64,
    sentence: String,
    input: &'a str,
    submit: String,
    enabled: bool,
) -> Element<'a, Message> {
    let field = text_input(&t!("settings-bar-password-placeholder"), input)
        .id(PASSWORD_INPUT)
        .secure(true)
        .size(13)
        .padding([4, 8])
        .width(260);
    let field = if enabled {
        field
            .on_input(move |typed| Message::Bar(BarMessage::Input(account, typed)))
            .on_submit(Message::Bar(BarMessage::Submit(account)))
    } else {
        field
    };
    let go = button(text(submit).size(13))
        .padding([4, 10])
        .on_press_maybe(
            (enabled && !input.is_empty()).then_some(Message::Bar(BarMessage::Submit(account))),
        );
    column![
        text(sentence).size(13).width(Fill),
        row![field, go].spacing(8).align_y(Center),
    ]
    .spacing(6)
    .into()
}

fn certificate<'a>(
    account: i64,
    name: &str,
    host: &str,
    old: &Fingerprint,
    new: &Fingerprint,
    refused: bool,
) -> Element<'a, Message> {
    let sentence = if refused {
        t!(
            "settings-bar-certificate-refused",
            host = host,
            account = name
        )
    } else {
        t!("settings-bar-certificate", host = host, account = name)
    };
    // The label, and the fingerprint on a line of its own: 95 characters
    // of monospace fit the bar even beside the folder pane.
    let print = |label: String, fingerprint: &Fingerprint| {
        column![
            text(label).size(12),
            text(fingerprint.to_string())
                .size(12)
                .font(Font::MONOSPACE)
                .width(Fill),
        ]
        .spacing(2)
    };
    let old = print(t!("settings-bar-certificate-old"), old);
    let new = print(t!("settings-bar-certificate-new"), new);
    let accept = button(text(t!("settings-bar-certificate-accept")).size(13))
        .padding([4, 10])
        .on_press(Message::Bar(BarMessage::Accept(account)));
    let mut actions = row![accept].spacing(8);
    if !refused {
        actions = actions.push(
            button(text(t!("settings-bar-certificate-refuse")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press(Message::Bar(BarMessage::KeepRefusing(account))),
        );
    }
    column![text(sentence).size(13).width(Fill), old, new, actions,]
        .spacing(6)
        .into()
}
