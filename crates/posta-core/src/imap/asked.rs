//! Only what was asked for counts. A `FETCH` response is used only when it
//! carries a valid UID (1 to 2^32-1) inside the UID set the command sent,
//! for a message number the selected folder has, and only the first one for
//! each UID; a server that adds lines for UIDs never asked for cannot make
//! phantom messages appear. What is dropped is counted in a debug line.

use super::uid_ranges::UidRanges;
use crate::error::{Error, Result};

/// What SELECT/EXAMINE reported of the open folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Selected {
    /// Messages in the folder (the highest valid message number).
    pub exists: u32,
    /// UIDNEXT: every UID in the folder is below it.
    pub uid_next: Option<u32>,
}

/// The UIDs a command asked for, within the open folder's state.
#[derive(Debug, Clone)]
pub(crate) struct Asked {
    set: UidRanges,
    selected: Option<Selected>,
}

impl Asked {
    /// The set `set` as sent (`1:3,7,9:*`; `*` is the largest UID) in the
    /// folder described by `selected`.
    pub fn new(set: &str, selected: Option<Selected>) -> Result<Self> {
        Ok(Asked {
            set: parse_set(set)?,
            selected,
        })
    }

    /// Whether a response for message number `seq` with `uid` is one that
    /// was asked for.
    pub fn admits(&self, seq: u32, uid: u32) -> bool {
        let in_folder = self.selected.is_none_or(|s| {
            seq >= 1 && seq <= s.exists && s.uid_next.is_none_or(|next| uid < next)
        });
        uid != 0 && in_folder && self.set.contains(uid)
    }

    /// A filter for one command's responses, to apply as they arrive (so
    /// what was not asked for is never held).
    pub fn keeper(self) -> Keeper {
        Keeper {
            asked: self,
            seen: std::collections::HashSet::new(),
            dropped: 0,
        }
    }

    /// The items that were asked for (`key` gives message number and UID),
    /// the first for each UID, in the order received.
    #[cfg(test)]
    pub fn keep<T>(self, items: Vec<T>, key: impl Fn(&T) -> (u32, Option<u32>)) -> Vec<T> {
        let mut keeper = self.keeper();
        items
            .into_iter()
            .filter(|item| {
                let (seq, uid) = key(item);
                keeper.admit(seq, uid)
            })
            .collect()
    }
}

/// Admits each asked-for UID once; counts (and logs when dropped) the rest.
#[derive(Debug)]
pub(crate) struct Keeper {
    asked: Asked,
    seen: std::collections::HashSet<u32>,
    dropped: usize,
}

impl Keeper {
    /// Whether the response for message `seq` with `uid` is to be used.
    pub fn admit(&mut self, seq: u32, uid: Option<u32>) -> bool {
        let keep = uid.is_some_and(|uid| self.asked.admits(seq, uid) && self.seen.insert(uid));
        if !keep {
            self.dropped += 1;
        }
        keep
    }

    /// The filter for a stream of FETCH responses.
    pub fn fetch_filter(
        mut self,
    ) -> impl FnMut(&async_imap::types::Fetch) -> std::future::Ready<bool> {
        move |fetch| std::future::ready(self.admit(fetch.message, fetch.uid))
    }
}

impl Drop for Keeper {
    fn drop(&mut self) {
        if self.dropped > 0 {
            log::debug!(
                "ignored {} FETCH responses that were not asked for (or repeated)",
                self.dropped
            );
        }
    }
}

/// Parses an IMAP sequence set of UIDs. Numbers must be 1 to 2^32-1.
pub(crate) fn parse_set(set: &str) -> Result<UidRanges> {
    let number = |text: &str| -> Result<u32> {
        if text == "*" {
            return Ok(u32::MAX);
        }
        match text.parse::<u32>() {
            Ok(n) if n > 0 && text.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
            _ => Err(Error::protocol(format!("{text:?} is not a UID"))),
        }
    };
    set.split(',')
        .map(|part| match part.split_once(':') {
            Some((a, b)) => Ok((number(a)?, number(b)?)),
            None => number(part).map(|n| (n, n)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_parse_with_star_as_the_largest_uid() {
        let set = parse_set("1:3,7,9:*").expect("set");
        for uid in [1, 3, 7, 9, u32::MAX] {
            assert!(set.contains(uid), "{uid}");
        }
        assert!(!set.contains(4) && !set.contains(8));
        for bad in ["", "0", "1:0", "-1", "x", "4294967296", "+5"] {
            assert!(parse_set(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn only_asked_uids_in_the_folder_count_once() {
        let selected = Selected {
            exists: 3,
            uid_next: Some(40),
        };
        let asked = Asked::new("10:*", Some(selected)).expect("set");
        let lines = vec![
            (1, Some(10)),
            (1, Some(10)), // repeated
            (2, Some(0)),  // UID 0
            (2, Some(5)),  // not asked for
            (2, None),     // no UID
            (3, Some(30)),
            (4, Some(31)), // beyond EXISTS
            (3, Some(50)), // beyond UIDNEXT
            (0, Some(12)), // message number 0
        ];
        let kept = asked.keep(lines, |l| *l);
        assert_eq!(kept, vec![(1, Some(10)), (3, Some(30))]);
    }
}
