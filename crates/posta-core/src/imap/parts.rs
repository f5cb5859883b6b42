//! Reading a message part by part: its BODYSTRUCTURE, then the header and
//! the sections reading needs in one `UID FETCH`, then an attachment in
//! chunks (progress between them, cancel at any). Every reply is bounded
//! by what the structure announced.

use std::collections::HashMap;

use async_imap::imap_proto::{MessageSection, SectionPath};
use futures::TryStreamExt;

use super::asked::Asked;
use super::structure::{section_text, tree, Node, Refused};
use super::ImapSession;
use crate::error::{Error, Result};
use crate::net;

/// One chunk of an attachment: what one `UID FETCH` brings.
pub const CHUNK: u64 = 2 << 20;

/// What BODYSTRUCTURE said of a message.
#[derive(Debug, Clone)]
pub struct Described {
    /// Its RFC822.SIZE (0: not sent).
    pub size: u64,
    /// Its tree; `None` when no BODYSTRUCTURE came, `Err` when it is not
    /// believable.
    pub tree: Option<std::result::Result<Node, Refused>>,
}

/// The header and sections of one message (see [`ImapSession::fetch_sections`]).
#[derive(Debug, Default)]
pub struct Sections {
    /// The message's header (`BODY[HEADER]`), blank line included.
    pub header: Vec<u8>,
    /// Each leaf's MIME header (`BODY[n.MIME]`) that came.
    pub mimes: HashMap<Vec<u32>, Vec<u8>>,
    /// The bodies asked for that came, still encoded.
    pub bodies: HashMap<Vec<u32>, Vec<u8>>,
}

impl ImapSession {
    /// RFC822.SIZE and BODYSTRUCTURE of `uid` in the selected folder.
    pub async fn fetch_structure(&mut self, uid: u32) -> Result<Described> {
        let filter = Asked::new(&uid.to_string(), self.selected)?
            .keeper()
            .fetch_filter();
        // A BODYSTRUCTURE is small; one of megabytes is hostile.
        let fetched: Vec<async_imap::types::Fetch> = self
            .bounded(1 << 20, 0, |s| {
                Box::pin(async move {
                    let stream = s
                        .uid_fetch(uid.to_string(), "(UID RFC822.SIZE BODYSTRUCTURE)")
                        .await?;
                    stream.try_filter(filter).try_collect().await
                })
            })
            .await?;
        let fetch = fetched
            .iter()
            .find(|f| f.uid == Some(uid))
            .ok_or_else(|| Error::protocol(format!("message {uid} is no longer on the server")))?;
        let size = fetch.size.map(u64::from).unwrap_or(0);
        Ok(Described {
            size,
            tree: fetch.bodystructure().map(|b| tree(b, size)),
        })
    }

    /// The header, the MIME headers of `mimes` and the bodies of `bodies`
    /// in one `UID FETCH`; the reply may hold at most about `bound` bytes.
    pub async fn fetch_sections(
        &mut self,
        uid: u32,
        mimes: &[Vec<u32>],
        bodies: &[Vec<u32>],
        bound: u64,
    ) -> Result<Sections> {
        let mut query = String::from("(UID BODY.PEEK[HEADER]");
        for section in mimes {
            query.push_str(&format!(" BODY.PEEK[{}.MIME]", section_text(section)));
        }
        for section in bodies {
            query.push_str(&format!(" BODY.PEEK[{}]", section_text(section)));
        }
        query.push(')');
        let filter = Asked::new(&uid.to_string(), self.selected)?
            .keeper()
            .fetch_filter();
        let bound = net::announced_cap(bound.saturating_add(64 * 1024 * (mimes.len() as u64 + 1)));
        let fetched: Vec<async_imap::types::Fetch> = self
            .bounded(bound, bound, |s| {
                Box::pin(async move {
                    let stream = s.uid_fetch(uid.to_string(), &query).await?;
                    stream.try_filter(filter).try_collect().await
                })
            })
            .await?;
        let fetch = fetched
            .iter()
            .find(|f| f.uid == Some(uid))
            .ok_or_else(|| Error::protocol(format!("message {uid} is no longer on the server")))?;
        let mut sections = Sections {
            header: fetch
                .section(&SectionPath::Full(MessageSection::Header))
                .or_else(|| fetch.header())
                .map(<[u8]>::to_vec)
                .ok_or_else(|| Error::protocol(format!("message {uid} came without its header")))?,
            ..Sections::default()
        };
        for section in mimes {
            let path = SectionPath::Part(section.clone(), Some(MessageSection::Mime));
            if let Some(data) = fetch.section(&path) {
                sections.mimes.insert(section.clone(), data.to_vec());
            }
        }
        for section in bodies {
            let path = SectionPath::Part(section.clone(), None);
            if let Some(data) = fetch.section(&path) {
                sections.bodies.insert(section.clone(), data.to_vec());
            }
        }
        Ok(sections)
    }

    /// `len` bytes of part `section` from `offset` (still encoded); fewer
    /// at its end.
    pub async fn fetch_part_chunk(
        &mut self,
        uid: u32,
        section: &[u32],
        offset: u64,
        len: u64,
    ) -> Result<Vec<u8>> {
        if section.is_empty() || section.contains(&0) {
            return Err(Error::protocol("a MIME part number starts at 1"));
        }
        let spec = section_text(section);
        let query = format!("(UID BODY.PEEK[{spec}]<{offset}.{len}>)");
        let filter = Asked::new(&uid.to_string(), self.selected)?
            .keeper()
            .fetch_filter();
        let cap = net::announced_cap(len);
        let fetched: Vec<async_imap::types::Fetch> = self
            .bounded(cap, len, |s| {
                Box::pin(async move {
                    let stream = s.uid_fetch(uid.to_string(), &query).await?;
                    stream.try_filter(filter).try_collect().await
                })
            })
            .await?;
        let path = SectionPath::Part(section.to_vec(), None);
        let data = fetched
            .iter()
            .find(|f| f.uid == Some(uid))
            .and_then(|f| f.section(&path).map(<[u8]>::to_vec))
            .unwrap_or_default();
        if data.len() as u64 > len {
            return Err(Error::protocol(format!(
                "the server sent {} bytes of part {spec} where {len} were asked for",
                data.len()
            )));
        }
        Ok(data)
    }

    /// Runs `work` with the session's reply limit at `limit` bytes and its
    /// time limit stretched for `bytes` of transfer; the old limit is put
    /// back whatever happens.
    async fn bounded<T>(
        &mut self,
        limit: u64,
        bytes: u64,
        work: impl for<'s> FnOnce(
            &'s mut super::Inner,
        ) -> std::pin::Pin<
            Box<dyn std::future::Future<Output = async_imap::error::Result<T>> + Send + 's>,
        >,
    ) -> Result<T> {
        let time = self.timeout + net::transfer_time(bytes);
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let inner = self.inner()?;
        let previous = inner.response_limit();
        inner.set_response_limit(limit);
        let result = call!(self, time, |s| work(s).await);
        if let Some(inner) = self.inner.as_mut() {
            inner.set_response_limit(previous);
        }
        result
    }
}
