//! IDLE (RFC 2177): wait for the server to report a change in the selected
//! folder, with a time limit and a clean exit (DONE) however it ends.

use std::future::Future;
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;

use super::{map_err, ImapSession};
use crate::error::{Error, Result};

/// Why an IDLE wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleOutcome {
    /// The server reported new, changed or expunged mail.
    Changed,
    /// The time limit passed with no news.
    TimedOut,
    /// The caller asked to stop.
    Stopped,
}

impl ImapSession {
    /// Asks the server (RFC 5465 NOTIFY) to report, while idling, new and
    /// expunged mail and flag changes in the selected folder and in every
    /// folder of the user's, and folders created, renamed or deleted.
    /// False when the server does not offer NOTIFY; once per connection.
    pub async fn enable_notify(&mut self) -> Result<bool> {
        if !self.has_capability("NOTIFY") {
            return Ok(false);
        }
        if let Some(took) = self.notify {
            return Ok(took);
        }
        let result = self
            .simple(
                "NOTIFY SET (selected (MessageNew MessageExpunge FlagChange)) \
                 (personal (MessageNew MessageExpunge FlagChange MailboxName))"
                    .to_owned(),
            )
            .await;
        // A refusal is asked once: the check interval still keeps folders fresh.
        self.notify = Some(result.is_ok());
        result.map(|()| true)
    }

    /// Idles on the selected folder until the server reports a change,
    /// `limit` passes, or `stop` completes; then ends IDLE with DONE so the
    /// session can be used again.
    pub async fn idle(
        &mut self,
        limit: Duration,
        stop: impl Future<Output = ()>,
    ) -> Result<IdleOutcome> {
        if !self.has_capability("IDLE") {
            return Err(Error::Unsupported("IDLE"));
        }
        let step = self.timeout;
        let session = self
            .inner
            .take()
            .ok_or_else(|| Error::protocol("the IMAP connection was lost"))?;
        let mut handle = session.idle();
        match tokio::time::timeout(step, handle.init()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(map_err(e)),
            Err(_) => return Err(Error::timed_out("starting IDLE")),
        }
        let outcome = {
            let (wait, _interrupt) = handle.wait_with_timeout(limit);
            tokio::select! {
                result = wait => match result.map_err(map_err)? {
                    IdleResponse::NewData(_) => IdleOutcome::Changed,
                    IdleResponse::Timeout => IdleOutcome::TimedOut,
                    IdleResponse::ManualInterrupt => IdleOutcome::Stopped,
                },
                () = stop => IdleOutcome::Stopped,
            }
        };
        match tokio::time::timeout(step, handle.done()).await {
            Ok(Ok(session)) => self.inner = Some(session),
            Ok(Err(e)) => return Err(map_err(e)),
            Err(_) => return Err(Error::timed_out("ending IDLE")),
        }
        Ok(outcome)
    }
}
