//! Why one detection step found nothing usable. A failed step never ends the
//! detection: the next step runs, and the UI lists what each step found.

use std::fmt;

/// What went wrong in one detection step. `Clone` so it can travel in UI
/// events; carries words for logs and diagnostics, never a password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AutoconfigError {
    /// The address has no `@`, an empty local part or an unusable domain.
    #[error("{0:?} is not an e-mail address")]
    InvalidAddress(String),
    /// The XML is not a clientConfig document or has no usable server.
    #[error("the configuration document is unusable: {0}")]
    Xml(String),
    /// The HTTPS request failed (connection, certificate, status).
    #[error("the request failed: {0}")]
    Http(String),
    /// The server answered 404 or the host does not exist.
    #[error("nothing published there")]
    NotFound,
    /// The answer was larger than the limit.
    #[error("the answer is larger than {0} bytes")]
    TooLarge(usize),
    /// A DNS query failed or found no record.
    #[error("DNS lookup failed: {0}")]
    Dns(String),
    /// The step ran out of time.
    #[error("no answer within {0} seconds")]
    TimedOut(u64),
}

/// What a detection step ended with, for the progress list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepOutcome {
    /// It found settings (detection stops here).
    Found,
    /// It found nothing (or nothing usable); the next step runs.
    Nothing(AutoconfigError),
    /// It was not tried, e.g. because an earlier step found settings.
    Skipped,
}

impl fmt::Display for StepOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StepOutcome::Found => f.write_str("found"),
            StepOutcome::Nothing(err) => write!(f, "nothing: {err}"),
            StepOutcome::Skipped => f.write_str("skipped"),
        }
    }
}
