//! "Move to IMAP": the step the wizard's explainer recommends to POP3
//! users. The IMAP server is filled in from the POP3 one and the provider
//! list; the account's worker uploads what only this computer has
//! (progress, cancel), then the account is an IMAP account.
//!
//! Drawn over the mailbox, which owns it and passes the worker's events on
//! ([`Switch::progress`], [`Switch::stopped`], [`Switch::done`]).

mod view;

use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::AccountConfig;
use posta_core::sync::switch::detect_imap;

/// Where the move is.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Not started: the form can be changed.
    Ready,
    /// Uploading: this many of all are on the server.
    Running {
        /// On the server.
        done: usize,
        /// Local messages in all.
        total: usize,
    },
    /// Stopped with these words; starting again finishes the move.
    Stopped(String),
    /// Finished, with these words.
    Done(String),
}

/// What the user does in the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The IMAP server's name was edited.
    HostChanged(String),
    /// The port was edited.
    PortChanged(String),
    /// A port preset (993 TLS, 143 STARTTLS) was chosen.
    Preset(u16, Security),
    /// The user name was edited.
    UserChanged(String),
    /// "Move to IMAP" / "Try again".
    Start,
    /// Stop the running move.
    Cancel,
    /// Close the view.
    Close,
}

/// What the view asks the mailbox to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Nothing.
    None,
    /// Close the view.
    Close,
    /// Ask the account's worker to move the account to this.
    Start(Box<AccountConfig>),
    /// Ask the account's worker to stop.
    Cancel,
}

/// The view's state.
#[derive(Debug, Clone)]
pub struct Switch {
    /// The account it is about.
    pub account: i64,
    config: AccountConfig,
    /// Messages on this computer.
    local: usize,
    host: String,
    port: String,
    security: Security,
    user: String,
    phase: Phase,
}

impl Switch {
    /// The view for a POP3 account with `local` messages here.
    pub fn new(config: &AccountConfig, local: usize) -> Switch {
        let (host, port, security, user) = detect_imap(config);
        Switch {
            account: config.id,
            config: config.clone(),
            local,
            host,
            port: port.to_string(),
            security,
            user,
            phase: Phase::Ready,
        }
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        let editable = !matches!(self.phase, Phase::Running { .. } | Phase::Done(_));
        match message {
            Message::HostChanged(host) if editable => self.host = host.trim().to_owned(),
            Message::PortChanged(port) if editable => {
                self.port = port.chars().filter(char::is_ascii_digit).take(5).collect();
            }
            Message::Preset(port, security) if editable => {
                self.port = port.to_string();
                self.security = security;
            }
            Message::UserChanged(user) if editable => self.user = user,
            Message::Start => {
                if let (true, Some(target)) = (editable, self.target()) {
                    self.phase = Phase::Running {
                        done: 0,
                        total: self.local,
                    };
                    return Action::Start(Box::new(target));
                }
            }
            Message::Cancel if matches!(self.phase, Phase::Running { .. }) => {
                return Action::Cancel;
            }
            Message::Close if !matches!(self.phase, Phase::Running { .. }) => {
                return Action::Close;
            }
            _ => {}
        }
        Action::None
    }

    /// The account as it will be, when the form is complete.
    fn target(&self) -> Option<AccountConfig> {
        let port: u16 = self.port.parse().ok().filter(|p| *p > 0)?;
        if self.host.is_empty() || self.user.trim().is_empty() {
            return None;
        }
        Some(AccountConfig {
            protocol: Protocol::Imap,
            host: self.host.clone(),
            port,
            security: self.security,
            user: self.user.trim().to_owned(),
            ..self.config.clone()
        })
    }

    /// The worker's progress.
    pub fn progress(&mut self, done: usize, total: usize) {
        if matches!(self.phase, Phase::Running { .. }) {
            self.phase = Phase::Running { done, total };
        }
    }

    /// The move stopped with these words.
    pub fn stopped(&mut self, words: String) {
        self.phase = Phase::Stopped(words);
    }

    /// The move finished with these words.
    pub fn done(&mut self, words: String) {
        self.phase = Phase::Done(words);
    }

    /// Where the move is.
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// The IMAP server, port, security and user name as the form has them.
    pub fn form(&self) -> (&str, &str, Security, &str) {
        (&self.host, &self.port, self.security, &self.user)
    }
}
