//! Saved drafts open in the compose window again (Enter, or a second click
//! on the selected draft), once their text is on this computer: the reader
//! downloads it first when it is not.

use super::{Action, Compose, Mailbox};
use posta_core::message::Flag;
use posta_core::store::MessageRow;
use posta_core::sync::imap::with_store;

impl Mailbox {
    /// Whether `row` is a saved draft, edited rather than read.
    pub(super) fn is_draft(row: &MessageRow) -> bool {
        row.flags.contains(&Flag::Draft)
    }

    /// Edits a draft in the compose window; when its body is still on the
    /// server, shows it in the reader (which downloads it) and edits it
    /// as soon as it is here.
    pub(super) fn edit_draft(&mut self, row: MessageRow) -> Action {
        let id = row.id;
        if self.body_here(id) {
            self.draft_to_edit = None;
            return Action::Compose(Compose::Draft { message_id: id });
        }
        self.open_message(row);
        self.draft_to_edit = Some(id);
        Action::None
    }

    /// After a worker event: the draft waiting for its body, if it came.
    pub(super) fn draft_ready(&mut self) -> Action {
        match self.draft_to_edit {
            Some(id) if self.body_here(id) => {
                self.draft_to_edit = None;
                Action::Compose(Compose::Draft { message_id: id })
            }
            _ => Action::None,
        }
    }

    /// A draft of `account` was saved: its worker sends it to the server
    /// now (it is in the durable queue either way).
    pub fn draft_saved(&self, account: i64) {
        if let Some(worker) = self.account(account).and_then(|a| a.worker.as_ref()) {
            worker.send(posta_core::worker::Command::SendQueue);
        }
    }

    fn body_here(&self, id: i64) -> bool {
        with_store(&self.store, |s| Ok(s.body(id)?.is_some())).unwrap_or(false)
    }
}
