//! APPEND that reports where the message went: the UID from UIDPLUS's
//! `[APPENDUID validity uid]` (RFC 4315), which async-imap does not return.
//! With LITERAL+ (RFC 7888) the message is sent as a non-synchronising
//! literal on the raw stream; otherwise async-imap appends and the UID is
//! unknown.

use tokio::io::AsyncWriteExt;

use super::messages::flag_list;
use super::raw::read_line;
use super::{quote, utf7, ImapSession};
use crate::error::{Error, Result};
use crate::message::Flag;

/// The UID in a tagged `OK [APPENDUID validity uid]`.
pub fn parse_appenduid(completion: &str) -> Option<u32> {
    let start = completion.to_ascii_uppercase().find("[APPENDUID ")?;
    let rest = &completion[start + 11..];
    let end = rest.find(']')?;
    let mut parts = rest[..end].split_whitespace();
    let _validity = parts.next()?;
    parts.next()?.parse().ok().filter(|uid| *uid > 0)
}

impl ImapSession {
    /// Appends `message` to `folder` with `flags`; returns its UID when the
    /// server says (UIDPLUS). A NO (full mailbox: `[OVERQUOTA]`) is a
    /// protocol error with the server's words.
    pub async fn append_with_uid(
        &mut self,
        folder: &str,
        flags: &[Flag],
        message: &[u8],
    ) -> Result<Option<u32>> {
        if !self.has_capability("LITERAL+") {
            self.append(folder, flags, message).await?;
            return Ok(None);
        }
        let mailbox = quote(&utf7::encode(folder))?;
        let list = flag_list(flags)?;
        self.raw_tags += 1;
        let tag = format!("A{}", self.raw_tags);
        let command = format!("{tag} APPEND {mailbox} {list} {{{}+}}\r\n", message.len());
        // Time in proportion to the size (at least 16 KiB/s) on top of the
        // usual limit, so a big message on a slow line is not cut off.
        let limit = self.timeout + std::time::Duration::from_secs(message.len() as u64 / 16_384);
        let stream = self.inner()?.get_mut();
        let exchange = async {
            stream.write_all(command.as_bytes()).await?;
            stream.write_all(message).await?;
            stream.write_all(b"\r\n").await?;
            stream.flush().await?;
            let prefix = format!("{tag} ");
            let mut total = 0;
            loop {
                let line = read_line(stream, &mut total).await?;
                if let Some(rest) = line.strip_prefix(prefix.as_bytes()) {
                    return Ok::<String, Error>(String::from_utf8_lossy(rest).into_owned());
                }
            }
        };
        let completion = match tokio::time::timeout(limit, exchange).await {
            Ok(Ok(completion)) => completion,
            Ok(Err(err)) => {
                self.inner = None;
                return Err(err);
            }
            Err(_) => {
                self.inner = None;
                return Err(Error::timed_out("appending a message"));
            }
        };
        if completion.len() >= 2 && completion[..2].eq_ignore_ascii_case("OK") {
            Ok(parse_appenduid(&completion))
        } else {
            let words: String = completion
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect();
            Err(Error::protocol(words))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appenduid_is_read_from_the_completion() {
        assert_eq!(
            parse_appenduid("OK [APPENDUID 1700000000 42] Append completed."),
            Some(42)
        );
        assert_eq!(parse_appenduid("OK Append completed."), None);
        assert_eq!(parse_appenduid("OK [APPENDUID 1 0] x"), None);
        assert_eq!(parse_appenduid("OK [APPENDUID 1 x] x"), None);
    }
}
