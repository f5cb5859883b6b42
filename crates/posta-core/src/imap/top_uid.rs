//! The highest UID in the selected folder, for a server whose SELECT and
//! STATUS both leave out UIDNEXT (RFC 3501 requires it): one
//! `UID SEARCH UID *` (`*` is the largest UID in use), so a first sync
//! starts at the top instead of probing down from 2³²−1.

use super::ImapSession;
use crate::error::Result;

impl ImapSession {
    /// The largest UID in the selected folder; `None` when it is empty.
    pub async fn top_uid(&mut self) -> Result<Option<u32>> {
        let found = call!(self, |s| s.uid_search("UID *").await)?;
        Ok(found.into_iter().filter(|uid| *uid != 0).max())
    }
}
