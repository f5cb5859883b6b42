//! The setup wizard: welcome; IMAP or POP3 explained side by side (IMAP
//! recommended); for POP3, what happens to the server's copy; name, address
//! and password; detection of the servers with visible progress; review or
//! manual settings; a real connection test; saving the settings to the
//! config file and the password to the keyring.
//!
//! The wizard is a screen in the sense of iced's "Scaling Applications":
//! [`Wizard::update`] returns an [`Action`] the application acts on. Each
//! page lives in its own file with its handlers and view; this file holds
//! the state they share, the messages and the dispatch.

mod details;
mod detect;
mod form;
pub mod keys;
mod layout;
mod manual;
mod protocol;
mod save;
#[cfg(feature = "test-kit")]
pub mod screenshot;
mod test;
mod welcome;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use iced::{Element, Task};

use posta_core::account::{Capabilities, Protocol};
use posta_core::autoconfig::smtp::SmtpReport;
use posta_core::autoconfig::{AutoconfigError, DetectOptions, Detection, Progress};
use posta_core::error::Error;
use posta_core::store::config::AccountConfig;
use posta_core::store::PostaHome;
use posta_core::Secret;

pub use form::{FormMessage, Preset};
pub(crate) use manual::{preset_label, protocol_name, security_name};
pub use protocol::KeepKind;
pub use save::SaveError;

/// Ids of the wizard's inputs and choices, for keyboard focus and tests.
pub mod ids {
    use iced::widget::Id;

    /// The "Your name" field.
    pub const NAME: Id = Id::new("wizard-name");
    /// The e-mail address field.
    pub const EMAIL: Id = Id::new("wizard-email");
    /// The password field.
    pub const PASSWORD: Id = Id::new("wizard-password");
    /// The IMAP choice on the protocol page.
    pub const CHOOSE_IMAP: Id = Id::new("wizard-choose-imap");
    /// The POP3 choice on the protocol page.
    pub const CHOOSE_POP3: Id = Id::new("wizard-choose-pop3");
    /// The keep-a-copy choices, in the order of [`super::KeepKind::ALL`].
    pub const KEEP: [Id; 4] = [
        Id::new("wizard-keep-keep"),
        Id::new("wizard-keep-days"),
        Id::new("wizard-keep-until-deleted"),
        Id::new("wizard-keep-delete"),
    ];
    /// The number of days for "delete after N days".
    pub const KEEP_DAYS: Id = Id::new("wizard-keep-days-input");
    /// Incoming server host.
    pub const HOST: Id = Id::new("wizard-host");
    /// Incoming server port.
    pub const PORT: Id = Id::new("wizard-port");
    /// Incoming login name.
    pub const USER: Id = Id::new("wizard-user");
    /// Outgoing server host.
    pub const SMTP_HOST: Id = Id::new("wizard-smtp-host");
    /// Outgoing server port.
    pub const SMTP_PORT: Id = Id::new("wizard-smtp-port");
    /// Outgoing login name.
    pub const SMTP_USER: Id = Id::new("wizard-smtp-user");
    /// The "I understand the risks" checkbox.
    pub const INSECURE_OK: Id = Id::new("wizard-insecure-ok");
    /// The scrolled body of every page.
    pub const BODY: Id = Id::new("wizard-body");
    /// Nothing: focusing it leaves every field without focus.
    pub const NOTHING: Id = Id::new("wizard-no-field");
}

/// What the wizard needs from the application.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the config file is.
    pub home: PostaHome,
    /// How detection runs (tests point it at local servers).
    pub detect: DetectOptions,
    /// An extra certificate authority (PEM file) trusted for new accounts
    /// and saved with them, e.g. a company CA.
    pub extra_ca_file: Option<PathBuf>,
    /// Limit for each network step of the connection test.
    pub timeout: Duration,
}

impl Options {
    /// Default detection and time limits, the config in `home`.
    pub fn new(home: PostaHome) -> Self {
        Options {
            home,
            detect: DetectOptions::default(),
            extra_ca_file: None,
            timeout: Duration::from_secs(20),
        }
    }
}

/// The pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// What Posta is and what the wizard will do.
    Welcome,
    /// IMAP or POP3.
    Protocol,
    /// POP3 only: what happens to the server's copy.
    KeepCopy,
    /// Name, address, password.
    Details,
    /// Looking the servers up.
    Detect,
    /// The settings found, or entered by hand.
    Review,
    /// Logging in for real.
    Test,
    /// Writing the settings and the password.
    Save,
}

impl Step {
    /// "Step n of total" for the counter: only the pages where the user
    /// does something are counted, so the number never repeats or jumps
    /// (the keep-a-copy page only for POP3). The welcome page and the
    /// search for the servers, which passes by itself, have none.
    fn counter(self, keep_page: bool) -> Option<(usize, usize)> {
        let pages: &[Step] = match keep_page {
            false => &[
                Step::Protocol,
                Step::Details,
                Step::Review,
                Step::Test,
                Step::Save,
            ],
            true => &[
                Step::Protocol,
                Step::KeepCopy,
                Step::Details,
                Step::Review,
                Step::Test,
                Step::Save,
            ],
        };
        let n = pages.iter().position(|s| *s == self)?;
        Some((n + 1, pages.len()))
    }
}

/// A value in a message that has no useful equality of its own (a network
/// result): equal only to itself, so messages can still be compared.
#[derive(Clone)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Arc::new(value))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A connection check's result.
pub type Checked<T> = Shared<Result<T, Error>>;

/// What can happen in the wizard.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The welcome page's start button.
    Start,
    /// Go back one page.
    Back,
    /// Leave the wizard without saving anything.
    Close,
    /// IMAP or POP3 was picked.
    ProtocolSelected(Protocol),
    /// The protocol page's continue button.
    ProtocolConfirmed,
    /// A keep-a-copy policy was picked (POP3).
    KeepSelected(KeepKind),
    /// The number of days for "delete after N days" was edited.
    KeepDaysChanged(String),
    /// The keep-a-copy page's continue button.
    KeepConfirmed,
    /// The name was edited.
    NameChanged(String),
    /// The address was edited.
    EmailChanged(String),
    /// The password was edited.
    PasswordChanged(Secret),
    /// The show/hide password toggle.
    ShowPassword(bool),
    /// The details page's continue button: detection starts.
    DetailsConfirmed,
    /// A detection step started or ended.
    DetectProgress(Progress),
    /// Detection ended.
    DetectFinished(Box<Result<Detection, AutoconfigError>>),
    /// Stop detecting and enter the settings by hand.
    StopDetection,
    /// A field of the review page was edited.
    Form(FormMessage),
    /// The review page's button: test the connection.
    ReviewConfirmed,
    /// The incoming server's test ended.
    IncomingChecked(Checked<Capabilities>),
    /// The outgoing server's test ended.
    OutgoingChecked(Checked<SmtpReport>),
    /// Trust the certificate shown, for this account only, and test again.
    TrustCertificate,
    /// Do not trust the certificate shown.
    DistrustCertificate,
    /// Run the connection test again.
    RetryTest,
    /// The test page's button: save the account.
    SaveRequested,
    /// Saving ended.
    SaveFinished(Box<Result<save::Saved, SaveError>>),
    /// No keyring: keep the password in memory until Posta quits.
    KeepForSession,
    /// Try the keyring again (after unlocking or starting it).
    RetryKeyring,
    /// The last page's button: open the account.
    Done,
    /// Return outside a field that takes it: the page's main button.
    Submit,
    /// Escape outside a field: one page back (on the first page, leave).
    Escape,
    /// An arrow key outside a field: the next (1) or previous (-1) choice
    /// of the page's radio buttons.
    Choose(isize),
}

/// What the application should do after a wizard update.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task and feed its messages back to the wizard.
    Run(Task<Message>),
    /// The user left the wizard; nothing was saved.
    Close,
    /// The account was saved; open it.
    Finished(Box<save::Saved>),
}

impl fmt::Debug for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::None => "Action::None",
            Action::Run(_) => "Action::Run",
            Action::Close => "Action::Close",
            Action::Finished(_) => "Action::Finished",
        })
    }
}

/// The wizard's state.
pub struct Wizard {
    options: Arc<Options>,
    /// The accounts saved before this one (names, trusted certificates).
    existing: Vec<AccountConfig>,
    step: Step,
    protocol: protocol::Choice,
    details: details::Details,
    detect: detect::State,
    form: form::Form,
    test: test::State,
    save: save::State,
}

impl fmt::Debug for Wizard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wizard")
            .field("step", &self.step)
            .finish_non_exhaustive()
    }
}

impl Wizard {
    /// A wizard on its welcome page.
    pub fn new(options: Options) -> Self {
        Wizard {
            options: Arc::new(options),
            existing: Vec::new(),
            step: Step::Welcome,
            protocol: protocol::Choice::default(),
            details: details::Details::default(),
            detect: detect::State::default(),
            form: form::Form::default(),
            test: test::State::default(),
            save: save::State::default(),
        }
    }

    /// A wizard for one more account: the welcome is for the first one, so
    /// it opens on the protocol page; certificates the user already
    /// trusted for a server are not asked about again.
    pub fn another(options: Options, existing: Vec<AccountConfig>) -> Self {
        let mut wizard = Wizard::new(options);
        if !existing.is_empty() {
            wizard.step = Step::Protocol;
        }
        wizard.existing = existing;
        wizard
    }

    /// The page shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The account being set up, as it would be saved now.
    pub fn draft(&self) -> AccountConfig {
        save::draft(self)
    }

    /// Applies a message. A page that opens starts at its top, with its
    /// first field focused (or none, so that Return is the page's).
    pub fn update(&mut self, message: Message) -> Action {
        let before = self.step;
        let action = self.dispatch(message);
        if self.step == before {
            return action;
        }
        let opened = self.opened();
        match action {
            Action::None => Action::Run(opened),
            Action::Run(task) => Action::Run(Task::batch([opened, task])),
            other => other,
        }
    }

    /// What a page does as it opens: scrolled to its top, the first field
    /// focused.
    pub fn opened(&self) -> Task<Message> {
        let field = match self.step {
            Step::Details => ids::NAME,
            Step::Review => ids::HOST,
            _ => ids::NOTHING,
        };
        Task::batch([
            iced::widget::operation::snap_to(
                ids::BODY,
                iced::widget::scrollable::RelativeOffset::START,
            ),
            iced::widget::operation::focus(field),
        ])
    }

    fn dispatch(&mut self, message: Message) -> Action {
        match message {
            Message::Start => self.go(Step::Protocol),
            Message::Back => self.back(),
            Message::Close => self.close(),
            Message::ProtocolSelected(protocol) => self.select_protocol(protocol),
            Message::ProtocolConfirmed => self.confirm_protocol(),
            Message::KeepSelected(kind) => self.select_keep(kind),
            Message::KeepDaysChanged(days) => self.edit_keep_days(days),
            Message::KeepConfirmed => self.go(Step::Details),
            Message::NameChanged(name) => self.details.edit_name(name),
            Message::EmailChanged(email) => self.details.edit_email(email),
            Message::PasswordChanged(password) => self.details.edit_password(password),
            Message::ShowPassword(show) => self.details.show_password(show),
            Message::DetailsConfirmed => self.start_detection(),
            Message::DetectProgress(progress) => self.detection_progress(progress),
            Message::DetectFinished(result) => self.detection_finished(*result),
            Message::StopDetection => self.stop_detection(),
            Message::Form(edit) => self.edit_form(edit),
            Message::ReviewConfirmed => self.start_test(),
            Message::IncomingChecked(result) => self.incoming_checked(result),
            Message::OutgoingChecked(result) => self.outgoing_checked(result),
            Message::TrustCertificate => self.trust_certificate(),
            Message::DistrustCertificate => self.distrust_certificate(),
            Message::RetryTest => self.start_test(),
            Message::SaveRequested => self.start_save(false),
            Message::SaveFinished(result) => self.save_finished(*result),
            Message::KeepForSession => self.start_save(true),
            Message::RetryKeyring => self.start_save(false),
            Message::Done => self.done(),
            Message::Submit => {
                let submit = self.page().submit;
                match submit {
                    Some(message) => self.dispatch(message),
                    None => Action::None,
                }
            }
            Message::Choose(by) => self.choose(by),
            Message::Escape => match self.step {
                Step::Welcome => self.close(),
                _ => self.back(),
            },
        }
    }

    /// Shows a page.
    fn go(&mut self, step: Step) -> Action {
        self.step = step;
        Action::None
    }

    fn back(&mut self) -> Action {
        let previous = match self.step {
            // A second account has no welcome to go back to.
            Step::Welcome | Step::Protocol if !self.existing.is_empty() => return self.close(),
            Step::Welcome | Step::Protocol => Step::Welcome,
            Step::KeepCopy => Step::Protocol,
            Step::Details if self.protocol.protocol == Protocol::Pop3 => Step::KeepCopy,
            Step::Details => Step::Protocol,
            Step::Detect => {
                self.cancel_detection();
                Step::Details
            }
            Step::Review => Step::Details,
            Step::Test => {
                self.cancel_test();
                Step::Review
            }
            Step::Save if self.save.busy() => return Action::None,
            Step::Save => Step::Test,
        };
        self.go(previous)
    }

    fn close(&mut self) -> Action {
        self.cancel_detection();
        self.cancel_test();
        Action::Close
    }

    /// The current page.
    pub fn view(&self) -> Element<'_, Message> {
        layout::Page {
            counter: self.step.counter(
                self.protocol.keep_page
                    || self.step == Step::KeepCopy
                    || (self.step == Step::Protocol && self.protocol.protocol == Protocol::Pop3),
            ),
            ..self.page()
        }
        .view()
    }

    fn page(&self) -> layout::Page<'_> {
        match self.step {
            Step::Welcome => welcome::view(),
            Step::Protocol => protocol::view(self),
            Step::KeepCopy => protocol::view_keep_copy(self),
            Step::Details => details::view(self),
            Step::Detect => detect::view(self),
            Step::Review => manual::view(self),
            Step::Test => test::view(self),
            Step::Save => save::view(self),
        }
    }
}
