//! Opening the wizard on a given page, for the screenshots that
//! `packaging/screenshots-wizard.sh` takes of every page in every language.
//!
//! Read only when `POSTA_SCREENSHOT_STEP` is set; every page is reached the
//! way a user would reach it (detection, the connection test and saving
//! really run), except that the fields are filled from the environment:
//!
//! | variable | meaning |
//! |---|---|
//! | `POSTA_SCREENSHOT_STEP` | one of [`STEPS`] |
//! | `POSTA_SCREENSHOT_ACCOUNT` | `name|address|password` typed on the details page |
//! | `POSTA_SCREENSHOT_SERVERS` | `imap|host|port|security|user;host|port|security|user` (incoming; outgoing) for the pages after detection; without it the review page shows what detection finds |
//! | `POSTA_SCREENSHOT_CA` | a CA certificate (PEM file) to trust, e.g. the test server's |
//!
//! Security is `tls`, `starttls` or `none`. Nothing here runs in normal use.

use iced::Task;

use super::detect::StepState;
use super::{Action, FormMessage, Message, Options, Step, Wizard};
use posta_core::account::Protocol;
use posta_core::autoconfig;
use posta_core::net::Security;
use posta_core::Secret;

/// The pages that can be opened, in wizard order.
pub const STEPS: [&str; 16] = [
    "welcome",
    "protocol",
    "keep-copy",
    "details",
    "detect",
    "review",
    "review-insecure",
    "review-incomplete",
    "review-mismatch",
    "test",
    "test-failed",
    "test-mismatch",
    "test-receive-only",
    "certificate",
    "save",
    "done",
];

/// The wizard on the page `POSTA_SCREENSHOT_STEP` names, and the task that
/// brings it there; `None` when the variable is not set or unknown.
pub fn from_env(mut options: Options) -> Option<(Wizard, Task<Message>)> {
    let step = std::env::var("POSTA_SCREENSHOT_STEP").ok()?;
    if !STEPS.contains(&step.as_str()) {
        eprintln!("POSTA_SCREENSHOT_STEP: unknown page {step:?}; one of {STEPS:?}");
        return None;
    }
    if let Some(ca) = std::env::var_os("POSTA_SCREENSHOT_CA") {
        options.extra_ca_file = Some(ca.into());
    }
    let mut wizard = Wizard::new(options);
    if let Ok(account) = std::env::var("POSTA_SCREENSHOT_ACCOUNT") {
        let mut parts = account.splitn(3, '|');
        wizard.details.name = parts.next().unwrap_or_default().to_owned();
        wizard.details.email = parts.next().unwrap_or_default().to_owned();
        wizard.details.password = Secret::new(parts.next().unwrap_or_default());
    }
    let servers = std::env::var("POSTA_SCREENSHOT_SERVERS").ok();
    let task = open(&mut wizard, &step, servers.as_deref());
    Some((wizard, task))
}

fn run(action: Action) -> Task<Message> {
    match action {
        Action::Run(task) => task,
        _ => Task::none(),
    }
}

/// Brings the wizard to `step`.
fn open(wizard: &mut Wizard, step: &str, servers: Option<&str>) -> Task<Message> {
    match step {
        "welcome" => Task::none(),
        "protocol" => {
            wizard.step = Step::Protocol;
            Task::none()
        }
        "keep-copy" => {
            wizard.protocol.protocol = Protocol::Pop3;
            wizard.step = Step::KeepCopy;
            Task::none()
        }
        "details" => {
            wizard.step = Step::Details;
            Task::none()
        }
        "detect" => {
            // A search caught half-way: the first steps done, one running.
            let _ = wizard.start_detection();
            wizard.cancel_detection();
            for (step, state) in &mut wizard.detect.steps {
                *state = match step {
                    autoconfig::Step::ProviderList | autoconfig::Step::Autoconfig => {
                        StepState::Nothing
                    }
                    autoconfig::Step::WellKnown => StepState::Running,
                    _ => StepState::Waiting,
                };
            }
            Task::none()
        }
        "review" => run(wizard.start_detection()),
        _ => {
            if let Some(servers) = servers {
                // Entered by hand, as after stopping detection.
                wizard.detect.stopped = true;
                fill_form(wizard, servers);
            }
            wizard.step = Step::Review;
            match step {
                "review-insecure" => {
                    wizard.form.security = Security::Insecure;
                    Task::none()
                }
                "review-incomplete" => {
                    // Why "Test connection" cannot be pressed, said.
                    wizard.form.host.clear();
                    Task::none()
                }
                "review-mismatch" => {
                    wizard.form.port = "143".into();
                    wizard.form.security = Security::Tls;
                    Task::none()
                }
                "test-receive-only" => {
                    // The outgoing server refuses the login (it knows the
                    // user name, not the address): the title must not say
                    // "It works".
                    wizard.form.smtp_user = wizard.details.email.clone();
                    run(wizard.start_test())
                }
                "test" | "certificate" | "test-mismatch" => run(wizard.start_test()),
                "test-failed" => {
                    // A wrong password: what most failed tests are.
                    wizard.details.password = Secret::new("wrong password");
                    run(wizard.start_test())
                }
                "save" => run(wizard.start_test()).chain(Task::done(Message::SaveRequested)),
                _ => run(wizard.start_test()).chain(Task::done(Message::KeepForSession)),
            }
        }
    }
}

fn security(word: &str) -> Security {
    Security::parse(word).unwrap_or(Security::Tls)
}

/// Fills the review page from `imap|host|port|security|user;host|port|security|user`.
fn fill_form(wizard: &mut Wizard, servers: &str) {
    let (incoming, outgoing) = servers.split_once(';').unwrap_or((servers, ""));
    let email = wizard.details.email.clone();
    wizard.form.fill(wizard.protocol.protocol, None, &email);
    let edits: Vec<FormMessage> = {
        let i: Vec<&str> = incoming.split('|').collect();
        let o: Vec<&str> = outgoing.split('|').collect();
        let protocol = if i.first() == Some(&"pop3") {
            Protocol::Pop3
        } else {
            Protocol::Imap
        };
        let mut edits = vec![FormMessage::ProtocolSelected(protocol)];
        if let [_, host, port, sec, user] = i[..] {
            edits.extend([
                FormMessage::HostChanged(host.to_owned()),
                FormMessage::PortChanged(port.to_owned()),
                FormMessage::SecuritySelected(security(sec)),
                FormMessage::UserChanged(user.to_owned()),
            ]);
        }
        if let [host, port, sec, user] = o[..] {
            edits.extend([
                FormMessage::SmtpHostChanged(host.to_owned()),
                FormMessage::SmtpPortChanged(port.to_owned()),
                FormMessage::SmtpSecuritySelected(security(sec)),
                FormMessage::SmtpUserChanged(user.to_owned()),
            ]);
        }
        edits
    };
    for edit in edits {
        let _ = wizard.edit_form(edit);
    }
}
