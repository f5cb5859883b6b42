//! Finding messages in the selected folder by their `Message-ID` header
//! (`UID SEARCH HEADER`), for replacing and removing drafts whose UID this
//! device never learnt (async-imap's APPEND does not return it).

use super::{quote, ImapSession};
use crate::error::Result;

impl ImapSession {
    /// The UIDs of the selected folder's messages whose `Message-ID` is
    /// `<id>` (given without angle brackets).
    pub async fn uids_with_message_id(&mut self, id: &str) -> Result<Vec<u32>> {
        let wanted = quote(&format!("<{id}>"))?;
        let query = format!("HEADER Message-ID {wanted}");
        let found = call!(self, |s| s.uid_search(&query).await)?;
        let mut uids: Vec<u32> = found.into_iter().filter(|uid| *uid != 0).collect();
        uids.sort_unstable();
        Ok(uids)
    }
}
