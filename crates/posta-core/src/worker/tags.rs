//! The tag manager's deletion through the worker: applied here at once,
//! then the queue (one STORE per folder) and the shared tag list go to the
//! server.

use super::run::Worker;
use crate::error::Result;
use crate::sync::tag_admin;

impl Worker {
    /// Deletes a tag everywhere (see [`tag_admin::delete_tag`]).
    pub(super) async fn delete_tag(&mut self, keyword: &str) -> Result<()> {
        let account = self.account.id;
        self.message_change(|s| tag_admin::delete_tag(s, account, keyword).map(drop))
            .await?;
        self.save_tags().await
    }
}
