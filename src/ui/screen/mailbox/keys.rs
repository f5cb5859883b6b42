//! The mailbox's keyboard: arrows move through the list (Shift extends the
//! selection), Enter opens, Delete deletes, `m` marks read or unread, `s`
//! stars, `1`–`9` toggle the tags in the order the tag menu lists them and
//! `0` removes every tag (as in Thunderbird), Ctrl+A selects all, Escape
//! clears the search. Keys typed into a text field never arrive here.

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Move the cursor by this many rows (negative: up).
    Move {
        /// Rows to move.
        by: isize,
        /// Extend the selection (Shift).
        extend: bool,
    },
    /// To the first row.
    First,
    /// To the last row.
    Last,
    /// Open the message at the cursor.
    Open,
    /// Delete the selection.
    Delete,
    /// Mark read, or unread when all are read.
    ToggleRead,
    /// Star, or unstar when all are starred.
    ToggleStar,
    /// Toggle the tag at this position (0-based) of the tag menu.
    Tag(usize),
    /// Remove every tag.
    ClearTags,
    /// Select every message in the list.
    SelectAll,
    /// Leave the search (or clear the selection).
    Escape,
}

/// Rows a Page Up / Page Down moves.
pub const PAGE_ROWS: isize = 20;

/// The action for a key pressed with `modifiers`, if it has one.
pub fn action(key: &Key, modifiers: Modifiers) -> Option<KeyAction> {
    let extend = modifiers.shift();
    match key.as_ref() {
        Key::Named(Named::ArrowDown) => Some(KeyAction::Move { by: 1, extend }),
        Key::Named(Named::ArrowUp) => Some(KeyAction::Move { by: -1, extend }),
        Key::Named(Named::PageDown) => Some(KeyAction::Move {
            by: PAGE_ROWS,
            extend,
        }),
        Key::Named(Named::PageUp) => Some(KeyAction::Move {
            by: -PAGE_ROWS,
            extend,
        }),
        Key::Named(Named::Home) => Some(KeyAction::First),
        Key::Named(Named::End) => Some(KeyAction::Last),
        Key::Named(Named::Enter) => Some(KeyAction::Open),
        Key::Named(Named::Delete) => Some(KeyAction::Delete),
        Key::Named(Named::Escape) => Some(KeyAction::Escape),
        Key::Character("a" | "A") if modifiers.command() => Some(KeyAction::SelectAll),
        Key::Character(_) if modifiers.command() => None,
        Key::Character(_) if modifiers.alt() => None,
        Key::Character(c) => match c {
            "m" | "M" => Some(KeyAction::ToggleRead),
            "s" | "S" => Some(KeyAction::ToggleStar),
            "0" => Some(KeyAction::ClearTags),
            digit => digit
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=9).contains(n))
                .map(|n| KeyAction::Tag(n - 1)),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn keys_map_to_actions() {
        let none = Modifiers::empty();
        assert_eq!(
            action(&Key::Named(Named::ArrowDown), Modifiers::SHIFT),
            Some(KeyAction::Move {
                by: 1,
                extend: true
            })
        );
        assert_eq!(action(&ch("m"), none), Some(KeyAction::ToggleRead));
        assert_eq!(action(&ch("s"), none), Some(KeyAction::ToggleStar));
        assert_eq!(action(&ch("1"), none), Some(KeyAction::Tag(0)));
        assert_eq!(action(&ch("9"), none), Some(KeyAction::Tag(8)));
        assert_eq!(action(&ch("0"), none), Some(KeyAction::ClearTags));
        assert_eq!(
            action(&ch("a"), Modifiers::CTRL),
            Some(KeyAction::SelectAll)
        );
        assert_eq!(action(&ch("a"), none), None);
        assert_eq!(action(&ch("m"), Modifiers::ALT), None);
        assert_eq!(
            action(&Key::Named(Named::Delete), none),
            Some(KeyAction::Delete)
        );
    }
}
