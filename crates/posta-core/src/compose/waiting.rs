//! What the user does with a message waiting in the outbox: send it now
//! (also one a refusal held back), take it back to edit (it becomes a
//! draft again, so nothing is lost if the window closes), or delete it.
//! Each first claims the entry, so a flush running at the same moment
//! never sends a message that is being edited or deleted.

use super::filing::Filed;
use super::send::{blocking, flush_outbox, FlushReport, SendContext, OUTBOX_LOCK};
use crate::error::{Error, Result};
use crate::smtp::OutboxEntry;
use crate::sync::with_store;

/// "Send now": the entry `only` (or every entry) is tried again at once,
/// even one held back after a refusal, with everything else waiting.
pub async fn send_now(ctx: &SendContext, only: Option<&str>) -> Result<FlushReport> {
    {
        let _lock = OUTBOX_LOCK.lock().await;
        let outbox = ctx.outbox();
        for entry in outbox.entries(ctx.account.id)? {
            let chosen = only.is_none_or(|id| id == entry.id);
            if chosen && entry.meta.needs_attention {
                outbox.retry(&entry)?;
            }
        }
    }
    flush_outbox(ctx).await
}

/// The entry `id`, claimed for the caller; an error when it is gone or
/// being sent right now.
fn claim(ctx: &SendContext, id: &str) -> Result<OutboxEntry> {
    let outbox = ctx.outbox();
    let entry = outbox
        .entries(ctx.account.id)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(Error::Unsupported(
            "the message is no longer waiting: it was sent or removed",
        ))?;
    if !outbox.claim(&entry)? {
        return Err(Error::Unsupported("the message is being sent right now"));
    }
    Ok(entry)
}

/// "Edit": the waiting message goes back to Drafts (where the window opens
/// it) and leaves the outbox. Returns where the draft is.
pub async fn edit_waiting(ctx: &SendContext, id: &str) -> Result<Filed> {
    let _lock = OUTBOX_LOCK.lock().await;
    let entry = claim(ctx, id)?;
    let outbox = ctx.outbox();
    let raw = match outbox.message(&entry) {
        Ok(raw) => raw,
        Err(err) => {
            outbox.release(&entry)?;
            return Err(err);
        }
    };
    let (store, home, account) = (ctx.store.clone(), ctx.home.clone(), ctx.account.clone());
    let message_id = entry.meta.message_id.clone();
    let filed = blocking(move || {
        with_store(&store, |s| {
            super::drafts::file_draft(s, &home, &account, &raw, &message_id, &[])
        })
    })
    .await;
    match filed {
        Ok(filed) => {
            outbox.remove(&entry)?;
            Ok(filed)
        }
        Err(err) => {
            outbox.release(&entry)?;
            Err(err)
        }
    }
}

/// "Delete": the waiting message is removed without being sent.
pub async fn remove_waiting(ctx: &SendContext, id: &str) -> Result<()> {
    let _lock = OUTBOX_LOCK.lock().await;
    let entry = claim(ctx, id)?;
    ctx.outbox().remove(&entry)
}
