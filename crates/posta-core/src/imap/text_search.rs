//! Searching the selected folder on the server (`UID SEARCH CHARSET UTF-8
//! TEXT …`): finds words in bodies that were never downloaded.

use super::{quote, ImapSession};
use crate::error::{Error, Result};

/// The longest search text sent (a command line stays short).
const MAX_TEXT: usize = 1000;

impl ImapSession {
    /// The UIDs of the selected folder's messages whose header or body
    /// holds `text` (the server's matching: Dovecot ignores case), lowest
    /// first. Non-ASCII text goes as a literal (LITERAL+ where offered).
    pub async fn search_text(&mut self, text: &str) -> Result<Vec<u32>> {
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_TEXT || text.contains(['\r', '\n', '\0']) {
            return Err(Error::protocol(
                "the search text cannot be sent to the server",
            ));
        }
        let argument = if text.is_ascii() {
            quote(text)?
        } else if self.has_capability("LITERAL+")
            || (self.has_capability("LITERAL-") && text.len() <= 4096)
        {
            format!("{{{}+}}\r\n{text}", text.len())
        } else {
            // Without non-synchronising literals: a quoted string, which
            // servers such as Dovecot take in UTF-8.
            format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
        };
        let below = self.selected.and_then(|s| s.uid_next).unwrap_or(u32::MAX);
        let query = format!("CHARSET UTF-8 TEXT {argument}");
        let found = call!(self, |s| s.uid_search(&query).await)?;
        let mut uids: Vec<u32> = found
            .into_iter()
            .filter(|uid| *uid != 0 && (*uid < below || below == u32::MAX))
            .collect();
        uids.sort_unstable();
        Ok(uids)
    }
}
