//! Subscriptions: which of an IMAP account's folders are shown and checked
//! for new mail. The choice is the server's (SUBSCRIBE/UNSUBSCRIBE), so
//! every client of the account sees the same; it is written to the store
//! at once and queued like every other change.

use crate::error::{Error, Result};
use crate::store::{FolderRow, Op, Store};

/// True when the user may choose whether `folder` is shown: INBOX,
/// special-use folders and folders others share are always shown (see
/// [`super::imap::subscribed_folders`]), containers hold no mail, and
/// local folders are not on a server.
pub fn choosable(folder: &FolderRow) -> bool {
    folder.selectable
        && !folder.local
        && !folder.shared
        && folder.role.is_none()
        && !folder.name.eq_ignore_ascii_case("INBOX")
}

/// Shows (`true`) or hides a folder: the store now, the server at the
/// next replay. Returns false when it already was so (nothing queued).
pub fn set_subscribed(store: &Store, folder_id: i64, subscribed: bool) -> Result<bool> {
    let folder = store
        .folder(folder_id)?
        .ok_or_else(|| Error::protocol(format!("folder {folder_id} is not in the store")))?;
    if !choosable(&folder) {
        return Err(Error::Unsupported(
            "INBOX, special folders and shared folders are always shown",
        ));
    }
    if folder.subscribed == subscribed {
        return Ok(false);
    }
    store.enqueue(
        folder.account,
        &Op::Subscribe {
            name: folder.name.clone(),
            subscribed,
        },
    )?;
    store.set_folder_subscribed(folder_id, subscribed)?;
    Ok(true)
}
