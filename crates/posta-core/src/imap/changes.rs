//! What changed in a folder since the last sync: STATUS for a cheap "has
//! anything changed?", CONDSTORE (CHANGEDSINCE) and QRESYNC (SELECT with
//! VANISHED) where the server has them, UID lists for the fallback.

use async_imap::imap_proto::{AttributeValue, MailboxDatum, Response, ResponseCode, Status};
use futures::TryStreamExt;

use super::messages::flags_of;
use super::uid_ranges::UidRanges;
use super::{quote, utf7, ImapSession};
use crate::error::Result;
use crate::message::Flag;

/// A folder's counters from STATUS, without selecting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderCounters {
    /// Number of messages.
    pub messages: u32,
    /// UIDVALIDITY.
    pub uid_validity: Option<u32>,
    /// UIDNEXT.
    pub uid_next: Option<u32>,
    /// HIGHESTMODSEQ, when the server has CONDSTORE.
    pub highest_modseq: Option<u64>,
    /// Messages without `\Seen` (a read elsewhere changes it even where
    /// the server has no CONDSTORE).
    pub unseen: Option<u32>,
}

/// What a QRESYNC SELECT reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resync {
    /// The folder's state after the SELECT.
    pub uid_validity: Option<u32>,
    /// UIDNEXT.
    pub uid_next: Option<u32>,
    /// HIGHESTMODSEQ.
    pub highest_modseq: Option<u64>,
    /// Messages in the folder.
    pub exists: u32,
    /// UIDs expunged since the known MODSEQ, as the server's ranges: a
    /// hostile `1:4294967295` stays one range instead of 4 billion UIDs.
    pub vanished: UidRanges,
    /// Messages whose flags changed since the known MODSEQ (new ones too).
    pub changed: Vec<(u32, Vec<Flag>)>,
}

fn attr_flags(attrs: &[AttributeValue<'_>]) -> (Option<u32>, Option<Vec<Flag>>) {
    let mut uid = None;
    let mut flags = None;
    for attr in attrs {
        match attr {
            AttributeValue::Uid(u) => uid = Some(*u),
            AttributeValue::Flags(list) => {
                let mut parsed: Vec<Flag> =
                    list.iter().filter_map(|f| Flag::from_imap(f)).collect();
                parsed.sort();
                parsed.dedup();
                flags = Some(parsed);
            }
            _ => {}
        }
    }
    (uid, flags)
}

impl ImapSession {
    /// STATUS of a folder (no SELECT: cheap enough to ask for every folder).
    pub async fn counters(&mut self, folder: &str) -> Result<FolderCounters> {
        let wire = utf7::encode(folder);
        let items = if self.has_capability("CONDSTORE") {
            "(MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ)"
        } else {
            "(MESSAGES UIDNEXT UIDVALIDITY UNSEEN)"
        };
        let mailbox = call!(self, |s| s.status(&wire, items).await)?;
        Ok(FolderCounters {
            messages: mailbox.exists,
            uid_validity: mailbox.uid_validity,
            uid_next: mailbox.uid_next,
            highest_modseq: mailbox.highest_modseq,
            unseen: mailbox.unseen,
        })
    }

    /// Turns QRESYNC on for this connection (RFC 7162); false if the server
    /// does not offer it.
    pub async fn enable_qresync(&mut self) -> Result<bool> {
        if !self.has_capability("QRESYNC") {
            return Ok(false);
        }
        if !self.qresync_enabled {
            self.simple("ENABLE QRESYNC".to_owned()).await?;
            self.qresync_enabled = true;
        }
        Ok(true)
    }

    /// SELECTs a folder with QRESYNC parameters: the server answers with the
    /// UIDs expunged and the flags changed since `known_modseq`. Call
    /// [`ImapSession::enable_qresync`] first.
    pub async fn select_qresync(
        &mut self,
        folder: &str,
        uid_validity: u32,
        known_modseq: u64,
    ) -> Result<Resync> {
        let command = format!(
            "SELECT {} (QRESYNC ({uid_validity} {known_modseq}))",
            quote(&utf7::encode(folder))?
        );
        self.open = None;
        let mut out = Resync::default();
        let mut vanished: Vec<(u32, u32)> = Vec::new();
        self.collect(command, |resp| match resp {
            Response::Vanished { uids, .. } => {
                vanished.extend(uids.iter().map(|range| (*range.start(), *range.end())));
            }
            Response::Fetch(_, attrs) => {
                // UID 0 is not a UID (RFC 3501); such a line is ignored.
                if let (Some(uid @ 1..), Some(flags)) = attr_flags(attrs) {
                    out.changed.push((uid, flags));
                }
            }
            Response::MailboxData(MailboxDatum::Exists(n)) => out.exists = *n,
            Response::Data {
                status: Status::Ok,
                outcome,
            } => match &outcome.code {
                Some(ResponseCode::UidValidity(v)) => out.uid_validity = Some(*v),
                Some(ResponseCode::UidNext(n)) => out.uid_next = Some(*n),
                Some(ResponseCode::HighestModSeq(m)) => out.highest_modseq = Some(*m),
                _ => {}
            },
            _ => {}
        })
        .await?;
        out.vanished = vanished.into_iter().collect();
        self.selected = Some(super::asked::Selected {
            exists: out.exists,
            uid_next: out.uid_next,
        });
        Ok(out)
    }

    /// UIDs and flags of messages changed since `known_modseq` (CONDSTORE),
    /// in the selected folder.
    pub async fn changed_since(&mut self, known_modseq: u64) -> Result<Vec<(u32, Vec<Flag>)>> {
        let query = format!("(UID FLAGS) (CHANGEDSINCE {known_modseq})");
        let filter = super::asked::Asked::new("1:*", self.selected)?
            .keeper()
            .fetch_filter();
        let fetched: Vec<async_imap::types::Fetch> = call!(self, |s| {
            let stream = s.uid_fetch("1:*", &query).await?;
            stream.try_filter(filter).try_collect().await
        })?;
        Ok(fetched
            .iter()
            .filter_map(|f| Some((f.uid?, flags_of(f))))
            .collect())
    }
}
