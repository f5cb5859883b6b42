//! How flags are kept in a message row: a bitmask for the five system flags
//! and a space-separated keyword list (keywords are IMAP atoms, so they
//! never contain a space).

use std::collections::BTreeSet;

use crate::message::Flag;

/// `\Seen`; a message without it is unread.
pub const SEEN: i64 = 1;
/// `\Answered`.
pub const ANSWERED: i64 = 2;
/// `\Flagged`.
pub const FLAGGED: i64 = 4;
/// `\Deleted`.
pub const DELETED: i64 = 8;
/// `\Draft`.
pub const DRAFT: i64 = 16;

/// Flags in their stored form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredFlags {
    /// The system flags' bits.
    pub bits: i64,
    /// Keywords, sorted and de-duplicated, joined by spaces.
    pub keywords: String,
}

fn bit(flag: &Flag) -> Option<i64> {
    match flag {
        Flag::Seen => Some(SEEN),
        Flag::Answered => Some(ANSWERED),
        Flag::Flagged => Some(FLAGGED),
        Flag::Deleted => Some(DELETED),
        Flag::Draft => Some(DRAFT),
        Flag::Keyword(_) => None,
    }
}

/// Encodes a flag set; invalid keywords (not IMAP atoms) are dropped.
pub fn encode(flags: &[Flag]) -> StoredFlags {
    let mut bits = 0;
    let mut keywords = BTreeSet::new();
    for flag in flags {
        match (bit(flag), flag) {
            (Some(b), _) => bits |= b,
            (None, Flag::Keyword(k)) if crate::message::is_valid_keyword(k) => {
                keywords.insert(k.as_str());
            }
            _ => {}
        }
    }
    StoredFlags {
        bits,
        keywords: keywords.into_iter().collect::<Vec<_>>().join(" "),
    }
}

/// Decodes the stored form: system flags first, then keywords.
pub fn decode(bits: i64, keywords: &str) -> Vec<Flag> {
    let system = [
        (SEEN, Flag::Seen),
        (ANSWERED, Flag::Answered),
        (FLAGGED, Flag::Flagged),
        (DELETED, Flag::Deleted),
        (DRAFT, Flag::Draft),
    ];
    let mut flags: Vec<Flag> = system
        .into_iter()
        .filter(|(b, _)| bits & b != 0)
        .map(|(_, f)| f)
        .collect();
    flags.extend(
        keywords
            .split(' ')
            .filter(|k| !k.is_empty())
            .map(|k| Flag::Keyword(k.to_owned())),
    );
    flags
}

/// Applies a local change: `add` then `remove` (a flag in both ends up
/// removed).
pub fn apply_change(current: &StoredFlags, add: &[Flag], remove: &[Flag]) -> StoredFlags {
    let mut flags: BTreeSet<Flag> = decode(current.bits, &current.keywords)
        .into_iter()
        .collect();
    flags.extend(add.iter().cloned());
    for flag in remove {
        flags.remove(flag);
    }
    encode(&flags.into_iter().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(k: &str) -> Flag {
        Flag::Keyword(k.into())
    }

    #[test]
    fn round_trips_system_flags_and_keywords() {
        let flags = vec![
            Flag::Seen,
            Flag::Flagged,
            Flag::Draft,
            kw("$label1"),
            kw("Projekt"),
        ];
        let stored = encode(&flags);
        assert_eq!(stored.bits, SEEN | FLAGGED | DRAFT);
        assert_eq!(stored.keywords, "$label1 Projekt");
        assert_eq!(decode(stored.bits, &stored.keywords), flags);
    }

    #[test]
    fn duplicates_and_invalid_keywords_are_dropped() {
        let stored = encode(&[
            kw("b"),
            kw("a"),
            kw("b"),
            kw("two words"),
            kw(""),
            Flag::Seen,
            Flag::Seen,
        ]);
        assert_eq!(
            stored,
            StoredFlags {
                bits: SEEN,
                keywords: "a b".into()
            }
        );
        assert_eq!(decode(0, ""), Vec::<Flag>::new());
    }

    #[test]
    fn every_system_flag_has_its_own_bit() {
        let all = [
            Flag::Seen,
            Flag::Answered,
            Flag::Flagged,
            Flag::Deleted,
            Flag::Draft,
        ];
        for flag in &all {
            assert_eq!(
                decode(encode(std::slice::from_ref(flag)).bits, ""),
                vec![flag.clone()]
            );
        }
        assert_eq!(encode(&all).bits, 31);
    }

    #[test]
    fn local_change_adds_then_removes() {
        let current = encode(&[Flag::Seen, kw("$label2")]);
        let changed = apply_change(
            &current,
            &[Flag::Flagged, kw("$label1")],
            &[Flag::Seen, kw("$label2")],
        );
        assert_eq!(
            decode(changed.bits, &changed.keywords),
            vec![Flag::Flagged, kw("$label1")]
        );
    }
}
