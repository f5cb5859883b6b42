//! The worker's side of Archive, Junk / Not junk, Empty Trash and Mark all
//! as read: done in the store at once, then sent to the server like any
//! move or delete; and Undo of those.

use super::run::Worker;
use super::Event;
use crate::error::Result;
use crate::sync::everyday::Everyday;
use crate::sync::undo::{self, Before};

impl Worker {
    /// Applies an everyday action for this account.
    pub(super) async fn everyday(&mut self, action: Everyday) -> Result<()> {
        let accounts = [self.account.clone()];
        self.message_change(|s| action.apply(s, &accounts).map(drop))
            .await
    }

    /// Puts messages back as they were (Undo) and sends that at once; the
    /// answer says whether it is undone or why not. Offline it is undone
    /// here and waits in the queue like any change.
    pub(super) async fn undo(&mut self, before: Vec<Before>) -> Result<()> {
        let mut refused = None;
        let result = self
            .message_change_refused(|s| {
                undo::undo(s, &before).inspect_err(|err| refused = Some(err.clone()))?;
                Ok(())
            })
            .await;
        match (result, refused) {
            // Not put back here: nothing changed.
            (_, Some(err)) => self.emit(Event::Undone(Err(err))),
            (Ok(Some(err)), None) => self.emit(Event::Undone(Err(err))),
            (Ok(None), None) => self.emit(Event::Undone(Ok(()))),
            // Undone here; the server is out of reach and the queue has it.
            (Err(err), None) => {
                self.emit(Event::Undone(Ok(())));
                return Err(err);
            }
        }
        Ok(())
    }
}
