//! Sentences kept as what they say and worded only when shown: a notice
//! made in Polish reads English after the language is switched. An
//! account's problem also knows its account, so a later success there
//! clears it instead of leaving a stale bar.

use posta_core::Error;
use posta_i18n::t;

/// An error kept for wording later. Errors do not compare; two are the
/// same here when they print the same.
#[derive(Debug, Clone)]
pub struct Kept(pub Error);

impl PartialEq for Kept {
    fn eq(&self, other: &Self) -> bool {
        format!("{:?}", self.0) == format!("{:?}", other.0)
    }
}

impl Eq for Kept {}

/// Something to tell the user, worded when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// The message was sent and filed in Sent.
    Sent,
    /// Sent, but its copy could not be filed (already worded: why).
    SentWithoutCopy(String),
    /// The message waits in the Outbox: why (the server `host`), and in
    /// how many minutes Posta tries again.
    Queued {
        /// Why it was not sent.
        reason: Kept,
        /// The outgoing server.
        host: String,
        /// Minutes to the next try.
        minutes: u64,
    },
    /// An account could not check or send mail.
    AccountProblem {
        /// Account id.
        account: i64,
        /// The account's name.
        name: String,
        /// Its server.
        host: String,
        /// What went wrong.
        error: Kept,
    },
}

impl Said {
    /// The sentence, in the language chosen now.
    pub fn words(&self) -> String {
        match self {
            Said::Sent => t!("compose-sent"),
            Said::SentWithoutCopy(details) => {
                t!("compose-sent-no-copy", details = details.as_str())
            }
            Said::Queued {
                reason,
                host,
                minutes,
            } => t!(
                "compose-queued",
                reason = posta_i18n::describe_wait(&reason.0, host),
                minutes = *minutes
            ),
            Said::AccountProblem {
                name, host, error, ..
            } => t!(
                "mailbox-account-problem",
                account = name.as_str(),
                problem = posta_i18n::describe_error(&error.0, host)
            ),
        }
    }

    /// The account a problem belongs to.
    pub fn account(&self) -> Option<i64> {
        match self {
            Said::AccountProblem { account, .. } => Some(*account),
            Said::Sent | Said::SentWithoutCopy(_) | Said::Queued { .. } => None,
        }
    }
}
