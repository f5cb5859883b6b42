//! The message list of a POP3 mailbox: `UIDL` for identity, `LIST` for
//! sizes and `TOP n 0` for the headers, pipelined when the server offers
//! `PIPELINING` (RFC 2449 §6.6) so a long list costs few round trips.

use std::collections::HashMap;

use super::reply::Status;
use super::{Pop3Session, MAX_BUFFERED_REPLY};
use crate::error::{Error, Result};
use crate::message::{parse_headers, Envelope, RemoteId};

/// `TOP` commands sent before their replies are read, with `PIPELINING`.
/// Small enough that the commands always fit the socket buffers.
const WINDOW: usize = 32;

impl Pop3Session {
    /// Every message as a list shows it: UIDL as its id, LIST size, decoded
    /// headers from `TOP n 0`; flags are empty (POP3 keeps no state).
    pub async fn envelopes(&mut self) -> Result<Vec<Envelope>> {
        self.envelopes_with_progress(|_, _| {}).await
    }

    /// Like [`Self::envelopes`], calling `progress(done, total)` after each
    /// batch of headers. Dropping the future cancels; the session then
    /// refuses further commands (its replies are out of step).
    pub async fn envelopes_with_progress(
        &mut self,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<Vec<Envelope>> {
        let ids = self.uidl().await?;
        let sizes: HashMap<u32, u64> = self.list().await?.into_iter().collect();
        let window = if self.has_capability("PIPELINING") {
            WINDOW
        } else {
            1
        };
        let mut envelopes = Vec::with_capacity(ids.len());
        for batch in ids.chunks(window) {
            let numbers: Vec<u32> = batch.iter().map(|(n, _)| *n).collect();
            let headers = self.headers_of(&numbers).await?;
            for ((n, uid), header) in batch.iter().zip(headers) {
                let size = *sizes.get(n).ok_or_else(|| {
                    Error::protocol(format!("message {n} is in UIDL but not in LIST"))
                })?;
                envelopes.push(Envelope {
                    id: RemoteId::Uidl(uid.clone()),
                    flags: Vec::new(),
                    size,
                    headers: parse_headers(&header),
                });
            }
            progress(envelopes.len(), ids.len());
        }
        Ok(envelopes)
    }

    /// `TOP n 0` for each of `numbers`, all sent before any reply is read.
    async fn headers_of(&mut self, numbers: &[u32]) -> Result<Vec<Vec<u8>>> {
        self.begin()?;
        let commands: String = numbers.iter().map(|n| format!("TOP {n} 0\r\n")).collect();
        self.conn.send_raw(commands.as_bytes()).await?;
        let mut headers = Vec::with_capacity(numbers.len());
        let mut refusal = None;
        // Every reply is read, even after a refusal, to stay in step.
        for n in numbers {
            match self.conn.read_status().await? {
                Status::Ok(_) => {
                    headers.push(self.conn.read_body(MAX_BUFFERED_REPLY, 64 * 1024).await?)
                }
                Status::Err(text) => {
                    refusal
                        .get_or_insert_with(|| Error::protocol(format!("TOP {n} refused: {text}")));
                }
                Status::Continuation(_) => {
                    return Err(Error::protocol("unexpected SASL challenge in reply to TOP"));
                }
            }
        }
        self.end();
        match refusal {
            Some(err) => Err(err),
            None => Ok(headers),
        }
    }
}
