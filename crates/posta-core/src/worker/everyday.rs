//! The worker's side of Archive, Junk / Not junk, Empty Trash and Mark all
//! as read: done in the store at once, then sent to the server like any
//! move or delete.

use super::run::Worker;
use crate::error::Result;
use crate::sync::everyday::Everyday;

impl Worker {
    /// Applies an everyday action for this account.
    pub(super) async fn everyday(&mut self, action: Everyday) -> Result<()> {
        let accounts = [self.account.clone()];
        self.message_change(|s| action.apply(s, &accounts).map(drop))
            .await
    }
}
