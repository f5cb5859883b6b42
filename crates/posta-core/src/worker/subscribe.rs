//! Subscribing and unsubscribing through the worker: the store at once,
//! then the queue and a sync (a folder shown again gets its mail).

use super::run::Worker;
use crate::account::Protocol;
use crate::error::{Error, Result};
use crate::sync::subscribe::set_subscribed;

impl Worker {
    /// Shows or hides a folder (see [`set_subscribed`]).
    pub(super) async fn subscribe(&mut self, folder_id: i64, subscribed: bool) -> Result<()> {
        if self.account.protocol != Protocol::Imap {
            return Err(Error::Unsupported("subscriptions need IMAP"));
        }
        self.local_change(|s| set_subscribed(s, folder_id, subscribed).map(drop))
            .await
    }
}
