//! Sets of UIDs as sorted, merged ranges: what a VANISHED reply or a UID
//! set names, however large, without expanding it.

/// A set of UIDs kept as sorted, merged ranges, never expanded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UidRanges(Vec<(u32, u32)>);

impl FromIterator<(u32, u32)> for UidRanges {
    /// The set of the ranges `(start, end)`, either end first: sorted and
    /// merged once (linear after the sort), so that
    /// [`UidRanges::contains`] is a binary search.
    fn from_iter<I: IntoIterator<Item = (u32, u32)>>(ranges: I) -> Self {
        let mut sorted: Vec<(u32, u32)> = ranges
            .into_iter()
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        sorted.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(sorted.len());
        for (s, e) in sorted {
            match merged.last_mut() {
                Some(last) if s <= last.1.saturating_add(1) => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        UidRanges(merged)
    }
}

impl UidRanges {
    /// Whether `uid` is in the set.
    pub fn contains(&self, uid: u32) -> bool {
        let at = self.0.partition_point(|&(s, _)| s <= uid);
        at > 0 && self.0[at - 1].1 >= uid
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::UidRanges;

    #[test]
    fn a_hostile_vanished_range_stays_one_range() {
        let set: UidRanges = [(1, u32::MAX)].into_iter().collect();
        assert!(set.contains(1) && set.contains(u32::MAX) && set.contains(70_000));
        assert_eq!(set.0.len(), 1);
    }

    #[test]
    fn ranges_merge_and_answer_membership() {
        let empty = UidRanges::default();
        assert!(empty.is_empty() && !empty.contains(5));
        let set: UidRanges = [(10, 12), (3, 3), (13, 20), (8, 5)].into_iter().collect();
        assert_eq!(set.0, vec![(3, 3), (5, 8), (10, 20)]);
        for uid in [3, 5, 8, 10, 15, 20] {
            assert!(set.contains(uid), "{uid}");
        }
        for uid in [0, 1, 4, 9, 21, u32::MAX] {
            assert!(!set.contains(uid), "{uid}");
        }
    }
}
