//! The worker's side of drafts: a saved draft is already in the store and
//! the durable queue; [`super::Command::SendQueue`] sends the queue now, so
//! the Drafts folder on the server (and so other devices) has the new
//! version within seconds rather than at the next check.

use super::run::Worker;
use crate::error::Result;

impl Worker {
    /// Replays the queue if the server is reachable (nothing to change here).
    pub(super) async fn send_queue(&mut self) -> Result<()> {
        self.message_change(|_| Ok(())).await
    }
}
