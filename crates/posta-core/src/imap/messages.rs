//! Messages in the selected folder: envelopes by UID range, bodies and
//! single MIME parts on demand, flags and keywords, copy/move/delete, append.

use async_imap::imap_proto::SectionPath;
use futures::TryStreamExt;

use super::asked::Asked;
use super::{utf7, ImapSession};
use crate::error::{Error, Result};
use crate::message::{parse_headers, Envelope, Flag, RemoteId, ENVELOPE_FIELDS};
use crate::net;

/// The largest message Posta accepts from an IMAP server (bytes).
pub const MAX_MESSAGE: u64 = 512 * 1024 * 1024;

/// The longest sequence set Posta puts in one command: RFC 7162 asks
/// clients to keep command lines under 8,192 octets, and Dovecot refuses
/// lines over 64 KiB.
const MAX_SET_LEN: usize = 4000;

/// Turns a sorted or unsorted list of UIDs into an IMAP sequence set
/// (`1:3,7,9:10`). An empty list gives `None`.
pub fn uid_set(uids: &[u32]) -> Option<String> {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = String::new();
    for range in ranges(&sorted) {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&range);
    }
    (!out.is_empty()).then_some(out)
}

/// Like [`uid_set`], split into sets of at most [`MAX_SET_LEN`] characters
/// (one command each), so thousands of scattered UIDs never make a command
/// line a server refuses.
pub fn uid_sets(uids: &[u32]) -> Vec<String> {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut sets = Vec::new();
    let mut out = String::new();
    for range in ranges(&sorted) {
        if !out.is_empty() && out.len() + 1 + range.len() > MAX_SET_LEN {
            sets.push(std::mem::take(&mut out));
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&range);
    }
    if !out.is_empty() {
        sets.push(out);
    }
    sets
}

/// The ranges (`7`, `9:10`) of sorted, distinct UIDs.
fn ranges(sorted: &[u32]) -> impl Iterator<Item = String> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = *sorted.get(i)?;
        let mut end = start;
        while sorted.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        i += 1;
        Some(if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        })
    })
}

fn flag_of(flag: async_imap::types::Flag<'_>) -> Option<Flag> {
    use async_imap::types::Flag as F;
    match flag {
        F::Seen => Some(Flag::Seen),
        F::Answered => Some(Flag::Answered),
        F::Flagged => Some(Flag::Flagged),
        F::Deleted => Some(Flag::Deleted),
        F::Draft => Some(Flag::Draft),
        F::Recent | F::MayCreate => None,
        F::Custom(name) => Flag::from_imap(&name),
    }
}

/// The flags of a FETCH reply in a canonical order (system flags, then
/// keywords), so two replies with the same flags compare equal.
pub(super) fn flags_of(fetch: &async_imap::types::Fetch) -> Vec<Flag> {
    let mut flags: Vec<Flag> = fetch.flags().filter_map(flag_of).collect();
    flags.sort();
    flags.dedup();
    flags
}

pub(super) fn flag_list(flags: &[Flag]) -> Result<String> {
    let mut out = Vec::with_capacity(flags.len());
    for flag in flags {
        if let Flag::Keyword(k) = flag {
            if !crate::message::is_valid_keyword(k) {
                return Err(Error::protocol(format!(
                    "{k:?} cannot be used as a tag on the server"
                )));
            }
        }
        out.push(flag.to_imap());
    }
    Ok(format!("({})", out.join(" ")))
}

/// Envelope replies as the server sent them ([`ImapSession::fetch_raw_envelopes`]).
pub struct RawEnvelopes(Vec<async_imap::types::Fetch>);

impl RawEnvelopes {
    /// How many replies there are (each with a UID that was asked for).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing came back.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Decodes the headers; replies without a UID are left out.
    pub fn parse(&self) -> Vec<Envelope> {
        self.0
            .iter()
            .filter_map(|f| {
                Some(Envelope {
                    id: RemoteId::Uid(f.uid?),
                    flags: flags_of(f),
                    size: f.size.map(u64::from).unwrap_or(0),
                    headers: parse_headers(f.header().unwrap_or_default()),
                })
            })
            .collect()
    }
}

/// Whether [`ImapSession::store_flags`] adds or removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagChange {
    /// `+FLAGS`.
    Add,
    /// `-FLAGS`.
    Remove,
}

impl ImapSession {
    /// Envelopes (decoded headers), flags and sizes of the messages whose
    /// UIDs are in `range` (an IMAP set such as `1:*` or `100:200`), in the
    /// selected folder.
    pub async fn fetch_envelopes(&mut self, range: &str) -> Result<Vec<Envelope>> {
        Ok(self.fetch_raw_envelopes(range).await?.parse())
    }

    /// Like [`ImapSession::fetch_envelopes`], with the headers not yet
    /// decoded: a first sync decodes them off the network task, while the
    /// next batch streams in.
    pub async fn fetch_raw_envelopes(&mut self, range: &str) -> Result<RawEnvelopes> {
        let query = format!("(UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({ENVELOPE_FIELDS})])");
        let filter = Asked::new(range, self.selected)?.keeper().fetch_filter();
        let range = range.to_owned();
        let fetched: Vec<async_imap::types::Fetch> = call!(self, |s| {
            let stream = s.uid_fetch(&range, &query).await?;
            stream.try_filter(filter).try_collect().await
        })?;
        Ok(RawEnvelopes(fetched))
    }

    /// The flags of the messages in `range`, by UID.
    pub async fn fetch_flags(&mut self, range: &str) -> Result<Vec<(u32, Vec<Flag>)>> {
        let filter = Asked::new(range, self.selected)?.keeper().fetch_filter();
        let range = range.to_owned();
        let fetched: Vec<async_imap::types::Fetch> = call!(self, |s| {
            let stream = s.uid_fetch(&range, "(UID FLAGS)").await?;
            stream.try_filter(filter).try_collect().await
        })?;
        Ok(fetched
            .iter()
            .filter_map(|f| Some((f.uid?, flags_of(f))))
            .collect())
    }

    /// The whole message (RFC 5322 bytes) without marking it read; its
    /// size is asked first (see [`ImapSession::fetch_message_sized`]).
    pub async fn fetch_message(&mut self, uid: u32) -> Result<Vec<u8>> {
        let filter = Asked::new(&uid.to_string(), self.selected)?
            .keeper()
            .fetch_filter();
        let fetched: Vec<async_imap::types::Fetch> = call!(self, |s| {
            let stream = s.uid_fetch(uid.to_string(), "(UID RFC822.SIZE)").await?;
            stream.try_filter(filter).try_collect().await
        })?;
        let size = fetched
            .iter()
            .find_map(|f| f.size)
            .ok_or_else(|| Error::protocol(format!("message {uid} is no longer on the server")))?;
        self.fetch_within(uid, u64::from(size)).await
    }

    /// The whole message whose RFC822.SIZE the server announced as
    /// `announced` (0: not known, asked first). A reply much larger than
    /// that (or than [`MAX_MESSAGE`]) is refused before its buffer is
    /// allocated, and the transfer gets the time limit plus the size at
    /// 16 KiB/s.
    pub async fn fetch_message_sized(&mut self, uid: u32, announced: u64) -> Result<Vec<u8>> {
        if announced == 0 {
            return self.fetch_message(uid).await;
        }
        self.fetch_within(uid, announced).await
    }

    async fn fetch_within(&mut self, uid: u32, announced: u64) -> Result<Vec<u8>> {
        self.fetch_bodies(&uid.to_string(), announced, announced)
            .await?
            .into_iter()
            .find(|(fetched, _)| *fetched == uid)
            .map(|(_, body)| body)
            .ok_or_else(|| Error::protocol(format!("message {uid} is no longer on the server")))
    }

    /// Whole messages in one pipelined `UID FETCH`, each with its
    /// announced RFC822.SIZE (not 0): the server streams them back to back
    /// instead of waiting for a round trip each. Every reply is bounded by
    /// the largest announced size, the whole transfer by the time limit
    /// plus the sum at 16 KiB/s. A message no longer on the server is
    /// missing from the result.
    pub async fn fetch_messages(&mut self, wanted: &[(u32, u64)]) -> Result<Vec<(u32, Vec<u8>)>> {
        let uids: Vec<u32> = wanted.iter().map(|(uid, _)| *uid).collect();
        let Some(set) = uid_set(&uids) else {
            return Ok(Vec::new());
        };
        let largest = wanted.iter().map(|(_, size)| *size).max().unwrap_or(0);
        let total = wanted.iter().map(|(_, size)| *size).sum();
        self.fetch_bodies(&set, largest, total).await
    }

    /// `UID FETCH set (UID BODY.PEEK[])`, keeping only the UIDs asked for;
    /// a reply over `largest` (plus margin) is refused before its buffer is
    /// allocated.
    async fn fetch_bodies(
        &mut self,
        set: &str,
        largest: u64,
        total: u64,
    ) -> Result<Vec<(u32, Vec<u8>)>> {
        if largest > MAX_MESSAGE {
            return Err(Error::protocol(format!(
                "a message of {largest} bytes is more than the {MAX_MESSAGE} Posta accepts"
            )));
        }
        let filter = Asked::new(set, self.selected)?.keeper().fetch_filter();
        let limit = usize::try_from(net::announced_cap(largest)).unwrap_or(usize::MAX);
        let time = self.timeout + net::transfer_time(total);
        let inner = self.inner()?;
        let previous = inner.response_limit();
        inner.set_response_limit(limit);
        let fetched: Result<Vec<async_imap::types::Fetch>> = call!(self, time, |s| {
            let stream = s.uid_fetch(set, "(UID BODY.PEEK[])").await?;
            stream.try_filter(filter).try_collect().await
        });
        if let Some(inner) = self.inner.as_mut() {
            inner.set_response_limit(previous);
        }
        Ok(fetched?
            .iter()
            .filter_map(|f| Some((f.uid?, f.body()?.to_vec())))
            .collect())
    }

    /// One MIME part (`part` like `[1, 2]` for `1.2`), still in its transfer
    /// encoding, without marking the message read.
    pub async fn fetch_part(&mut self, uid: u32, part: &[u32]) -> Result<Vec<u8>> {
        if part.is_empty() || part.contains(&0) {
            return Err(Error::protocol("a MIME part number starts at 1"));
        }
        let spec = part
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".");
        let query = format!("(UID BODY.PEEK[{spec}])");
        let filter = Asked::new(&uid.to_string(), self.selected)?
            .keeper()
            .fetch_filter();
        let fetched: Vec<async_imap::types::Fetch> = call!(self, |s| {
            let stream = s.uid_fetch(uid.to_string(), &query).await?;
            stream.try_filter(filter).try_collect().await
        })?;
        let path = SectionPath::Part(part.to_vec(), None);
        fetched
            .iter()
            .find(|f| f.uid == Some(uid))
            .and_then(|f| f.section(&path).map(<[u8]>::to_vec))
            // Servers answer an empty string for a part that does not exist.
            .filter(|data| !data.is_empty())
            .ok_or_else(|| Error::protocol(format!("message {uid} has no part {spec}")))
    }

    /// Adds or removes flags and keywords on the messages `uids`.
    pub async fn store_flags(
        &mut self,
        uids: &[u32],
        change: FlagChange,
        flags: &[Flag],
    ) -> Result<()> {
        if flags.is_empty() {
            return Ok(());
        }
        let op = match change {
            FlagChange::Add => "+FLAGS.SILENT",
            FlagChange::Remove => "-FLAGS.SILENT",
        };
        let list = flag_list(flags)?;
        for set in uid_sets(uids) {
            call!(self, |s| {
                let stream = s.uid_store(&set, format!("{op} {list}")).await?;
                stream.try_collect::<Vec<_>>().await.map(drop)
            })?;
        }
        Ok(())
    }

    /// Copies messages to another folder.
    pub async fn copy_messages(&mut self, uids: &[u32], to: &str) -> Result<()> {
        let to = utf7::encode(to);
        for set in uid_sets(uids) {
            call!(self, |s| s.uid_copy(&set, &to).await)?;
        }
        Ok(())
    }

    /// Moves messages to another folder (MOVE, or COPY + delete where the
    /// server lacks MOVE).
    pub async fn move_messages(&mut self, uids: &[u32], to: &str) -> Result<()> {
        if self.has_capability("MOVE") {
            let to = utf7::encode(to);
            for set in uid_sets(uids) {
                call!(self, |s| s.uid_mv(&set, &to).await)?;
            }
            return Ok(());
        }
        self.copy_messages(uids, to).await?;
        self.delete_messages(uids).await
    }

    /// Marks messages `\Deleted` and expunges exactly those (UID EXPUNGE
    /// where the server has UIDPLUS, so other deleted mail is left alone).
    pub async fn delete_messages(&mut self, uids: &[u32]) -> Result<()> {
        let sets = uid_sets(uids);
        if sets.is_empty() {
            return Ok(());
        }
        self.store_flags(uids, FlagChange::Add, &[Flag::Deleted])
            .await?;
        if self.has_capability("UIDPLUS") {
            for set in sets {
                call!(self, |s| {
                    let stream = s.uid_expunge(&set).await?;
                    stream.try_collect::<Vec<_>>().await.map(drop)
                })?;
            }
            Ok(())
        } else {
            call!(self, |s| {
                let stream = s.expunge().await?;
                stream.try_collect::<Vec<_>>().await.map(drop)
            })
        }
    }

    /// Appends a message to a folder with the given flags.
    pub async fn append(&mut self, folder: &str, flags: &[Flag], message: &[u8]) -> Result<()> {
        let wire = utf7::encode(folder);
        let list = flag_list(flags)?;
        let flags = (!flags.is_empty()).then_some(list);
        call!(self, |s| s
            .append(&wire, flags.as_deref(), None, message)
            .await)
    }

    /// The number of messages and UIDNEXT of the selected folder, as
    /// SELECT reported them; `None` when no folder is selected.
    pub fn selected_counts(&self) -> Option<(u32, Option<u32>)> {
        self.selected.map(|s| (s.exists, s.uid_next))
    }

    /// The UIDs of every message in the selected folder: valid UIDs below
    /// the folder's UIDNEXT only, so a server listing UIDs it cannot have
    /// sends Posta fetching nothing.
    pub async fn all_uids(&mut self) -> Result<Vec<u32>> {
        let below = self.selected.and_then(|s| s.uid_next).unwrap_or(u32::MAX);
        let found = call!(self, |s| s.uid_search("ALL").await)?;
        let total = found.len();
        let mut uids: Vec<u32> = found
            .into_iter()
            .filter(|uid| *uid != 0 && (*uid < below || below == u32::MAX))
            .collect();
        if uids.len() < total {
            log::debug!(
                "ignored {} SEARCH UIDs at or above UIDNEXT",
                total - uids.len()
            );
        }
        uids.sort_unstable();
        Ok(uids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_compress_runs() {
        assert_eq!(uid_set(&[]), None);
        assert_eq!(uid_set(&[5]).as_deref(), Some("5"));
        assert_eq!(
            uid_set(&[3, 1, 2, 7, 9, 10, 10]).as_deref(),
            Some("1:3,7,9:10")
        );
    }

    #[test]
    fn scattered_uids_split_into_bounded_sets_covering_each_once() {
        assert!(uid_sets(&[]).is_empty());
        assert_eq!(uid_sets(&[3, 1, 2, 7]), ["1:3,7"]);
        // 20,000 odd UIDs: no range compresses them.
        let uids: Vec<u32> = (0..20_000).map(|n| 2 * n + 1).collect();
        let sets = uid_sets(&uids);
        assert!(sets.len() > 1);
        assert!(sets.iter().all(|s| s.len() <= MAX_SET_LEN));
        let back: Vec<u32> = sets
            .iter()
            .flat_map(|s| s.split(','))
            .map(|n| n.parse().expect("single UIDs"))
            .collect();
        assert_eq!(back, uids);
    }

    #[test]
    fn flag_lists_refuse_bad_keywords() {
        assert_eq!(
            flag_list(&[Flag::Seen, Flag::Keyword("$label1".into())])
                .ok()
                .as_deref(),
            Some("(\\Seen $label1)")
        );
        assert!(flag_list(&[Flag::Keyword("two words".into())]).is_err());
    }
}
