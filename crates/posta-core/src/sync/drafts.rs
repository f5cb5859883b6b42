//! Replaying draft changes (and deletions by `Message-ID`, which Empty
//! Trash shares): a new version is appended before the old ones
//! are deleted, so a failure in between leaves two versions, never none.
//! Old versions are found by `Message-ID` because this device may never
//! have learnt their UIDs (they may have been uploaded by a replay that
//! the user's next autosave overtook).

use crate::error::{Error, Result};
use crate::imap::ImapSession;
use crate::message::Flag;

/// Appends the draft at `path` to `folder` (unless a replay cut short
/// after the APPEND already did), then deletes `replaces`.
pub async fn append_draft(
    session: &mut ImapSession,
    folder: &str,
    flags: &[Flag],
    path: &std::path::Path,
    message_id: &str,
    replaces: &[String],
) -> Result<()> {
    let raw = tokio::fs::read(path).await.map_err(Error::from)?;
    session.select(folder).await?;
    if session.uids_with_message_id(message_id).await?.is_empty() {
        session.append(folder, flags, &raw).await?;
    }
    delete_drafts(session, folder, replaces).await
}

/// Deletes every message of `folder` whose `Message-ID` is in `ids`.
pub async fn delete_drafts(session: &mut ImapSession, folder: &str, ids: &[String]) -> Result<()> {
    delete_many(session, folder, &[], ids).await
}

/// Deletes the messages of `folder` with these UIDs or `Message-ID`s.
pub async fn delete_many(
    session: &mut ImapSession,
    folder: &str,
    uids: &[u32],
    ids: &[String],
) -> Result<()> {
    if ids.is_empty() && uids.is_empty() {
        return Ok(());
    }
    session.select_for_change(folder).await?;
    let mut uids = uids.to_vec();
    for id in ids {
        uids.extend(session.uids_with_message_id(id).await?);
    }
    uids.sort_unstable();
    uids.dedup();
    session.delete_messages(&uids).await
}
