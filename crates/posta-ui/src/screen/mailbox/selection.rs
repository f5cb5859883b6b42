//! Which messages are selected: a click selects one, Ctrl+click adds or
//! removes one, Shift+click (or Shift+arrow) selects the range from the
//! anchor. Selected messages are kept by id, so they stay selected while
//! rows are fetched, sorted or scrolled away; the cursor and the anchor are
//! positions in the list.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// How a click changes the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Only this message.
    Replace,
    /// Add or remove this message (Ctrl).
    Toggle,
    /// Everything from the anchor to here (Shift).
    Extend,
}

impl Mode {
    /// The mode the held modifier keys ask for.
    pub fn from_modifiers(modifiers: iced::keyboard::Modifiers) -> Mode {
        if modifiers.shift() {
            Mode::Extend
        } else if modifiers.command() {
            Mode::Toggle
        } else {
            Mode::Replace
        }
    }
}

/// The selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<i64>,
    cursor: Option<usize>,
    anchor: Option<usize>,
}

impl Selection {
    /// Nothing selected.
    pub fn clear(&mut self) {
        *self = Selection::default();
    }

    /// True when the message is selected.
    pub fn contains(&self, id: i64) -> bool {
        self.ids.contains(&id)
    }

    /// The selected message ids, ascending.
    pub fn ids(&self) -> Vec<i64> {
        self.ids.iter().copied().collect()
    }

    /// How many messages are selected.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The one selected message, when exactly one is.
    pub fn single(&self) -> Option<i64> {
        match self.ids.len() {
            1 => self.ids.first().copied(),
            _ => None,
        }
    }

    /// The keyboard cursor's position.
    pub fn cursor(&self) -> Option<usize> {
        self.cursor
    }

    /// Moves the cursor (after the list shifted) without changing what is
    /// selected.
    pub fn set_cursor(&mut self, cursor: Option<usize>) {
        self.cursor = cursor;
    }

    /// Forgets messages that are gone (moved, deleted).
    pub fn retain(&mut self, keep: impl Fn(i64) -> bool) {
        self.ids.retain(|id| keep(*id));
    }

    /// Applies a click (or arrow key) on the row at `index` holding message
    /// `id`. `ids_in` gives the ids of a range of rows, for Shift.
    pub fn pick(
        &mut self,
        index: usize,
        id: i64,
        mode: Mode,
        ids_in: impl FnOnce(RangeInclusive<usize>) -> Vec<i64>,
    ) {
        match (mode, self.anchor) {
            (Mode::Extend, Some(anchor)) => {
                let range = anchor.min(index)..=anchor.max(index);
                self.ids = ids_in(range).into_iter().collect();
                self.ids.insert(id);
            }
            (Mode::Toggle, _) => {
                if !self.ids.remove(&id) {
                    self.ids.insert(id);
                }
                self.anchor = Some(index);
            }
            _ => {
                self.ids = BTreeSet::from([id]);
                self.anchor = Some(index);
            }
        }
        self.cursor = Some(index);
    }

    /// Selects every message in `ids` (Ctrl+A).
    pub fn select_all(&mut self, ids: Vec<i64>) {
        self.ids = ids.into_iter().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows hold ids 100, 101, 102… so a range maps to ids directly.
    fn ids(range: RangeInclusive<usize>) -> Vec<i64> {
        range.map(|i| 100 + i as i64).collect()
    }

    #[test]
    fn click_ctrl_click_and_shift_click() {
        let mut s = Selection::default();
        s.pick(2, 102, Mode::Replace, ids);
        assert_eq!(s.ids(), [102]);
        assert_eq!(s.single(), Some(102));
        s.pick(5, 105, Mode::Toggle, ids);
        assert_eq!(s.ids(), [102, 105]);
        assert_eq!(s.single(), None);
        // Shift extends from the last plain or Ctrl click.
        s.pick(8, 108, Mode::Extend, ids);
        assert_eq!(s.ids(), [105, 106, 107, 108]);
        s.pick(3, 103, Mode::Extend, ids);
        assert_eq!(s.ids(), [103, 104, 105]);
        assert_eq!(s.cursor(), Some(3));
        // Ctrl on a selected row removes it.
        s.pick(4, 104, Mode::Toggle, ids);
        assert_eq!(s.ids(), [103, 105]);
        s.pick(0, 100, Mode::Replace, ids);
        assert_eq!(s.ids(), [100]);
    }

    #[test]
    fn shift_without_anchor_selects_one_and_gone_messages_drop_out() {
        let mut s = Selection::default();
        s.pick(4, 104, Mode::Extend, ids);
        assert_eq!(s.ids(), [104]);
        s.select_all(vec![1, 2, 3]);
        s.retain(|id| id != 2);
        assert_eq!(s.ids(), [1, 3]);
        s.clear();
        assert!(s.is_empty());
        assert_eq!(s.cursor(), None);
    }
}
