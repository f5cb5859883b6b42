//! The mailbox's keyboard: arrows or `j`/`k` move through the list (Shift
//! extends the selection), Enter opens, Delete deletes, `r` replies,
//! Shift+`r` replies to all, `f` forwards, `a` archives, `m` marks read or
//! unread, `s` stars, `u` shows only unread and `*` only starred
//! messages (again: all), `1`–`9` toggle the tags in the order the tag menu
//! lists them and `0` removes every tag (as in Thunderbird), Ctrl+A selects
//! all, Ctrl+N writes a new message, Ctrl+F goes to the search field,
//! Ctrl+Z undoes the last change, Ctrl+, opens the settings, `?` shows
//! all of this (with Tab and Enter in forms, and the keys of the address
//! suggestions), Escape clears the search (or closes what is open).
//! Keys typed into a text field never arrive here. [`SHORTCUTS`] is what
//! the help overlay lists.

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
    /// Show only unread messages, or stop.
    OnlyUnread,
    /// Show only starred messages, or stop.
    OnlyStarred,
    /// Show only messages with attachments, or stop.
    OnlyAttachments,
    /// Toggle the tag at this position (0-based) of the tag menu.
    Tag(usize),
    /// Remove every tag.
    ClearTags,
    /// Select every message in the list.
    SelectAll,
    /// Leave the search (or clear the selection).
    Escape,
    /// Reply to the sender.
    Reply,
    /// Reply to everyone.
    ReplyAll,
    /// Forward.
    Forward,
    /// Archive the selection.
    Archive,
    /// A new message.
    NewMessage,
    /// Show (or hide) the keyboard help.
    Help,
    /// Go to the search field.
    Search,
    /// Undo the last change.
    Undo,
    /// Open the settings.
    Settings,
}

/// The keys the help overlay lists, as shown, with the Fluent id of what
/// each does, in the order shown.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("↑ ↓  j k", "keys-move"),
    ("Shift+↑ ↓", "keys-extend"),
    ("Enter", "keys-open"),
    ("Delete", "keys-delete"),
    ("r", "keys-reply"),
    ("Shift+R", "keys-reply-all"),
    ("f", "keys-forward"),
    ("a", "keys-archive"),
    ("m", "keys-read"),
    ("s", "keys-star"),
    ("1 – 9, 0", "keys-tags"),
    ("u", "keys-only-unread"),
    ("*", "keys-only-starred"),
    ("p", "keys-only-attachments"),
    ("Ctrl+A", "keys-select-all"),
    ("Ctrl+N", "keys-new"),
    ("Ctrl+F", "keys-search"),
    ("Ctrl+Z", "keys-undo"),
    ("Ctrl+Enter", "keys-send"),
    ("↑ ↓, Enter, Tab", "keys-completion"),
    ("Ctrl+,", "keys-settings"),
    ("Tab, Shift+Tab", "keys-fields"),
    ("Enter", "keys-submit"),
    ("Escape", "keys-close"),
    ("?", "keys-help"),
];

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
        Key::Character("n" | "N") if modifiers.command() => Some(KeyAction::NewMessage),
        Key::Character("f" | "F") if modifiers.command() => Some(KeyAction::Search),
        Key::Character("z" | "Z") if modifiers.command() => Some(KeyAction::Undo),
        Key::Character(",") if modifiers.command() => Some(KeyAction::Settings),
        Key::Character(_) if modifiers.command() => None,
        Key::Character(_) if modifiers.alt() => None,
        Key::Character(c) => match c {
            "m" | "M" => Some(KeyAction::ToggleRead),
            "s" | "S" => Some(KeyAction::ToggleStar),
            "j" | "J" => Some(KeyAction::Move { by: 1, extend }),
            "k" | "K" => Some(KeyAction::Move { by: -1, extend }),
            "r" if !extend => Some(KeyAction::Reply),
            "r" | "R" => Some(KeyAction::ReplyAll),
            "f" | "F" => Some(KeyAction::Forward),
            "a" | "A" => Some(KeyAction::Archive),
            "?" => Some(KeyAction::Help),
            "u" | "U" => Some(KeyAction::OnlyUnread),
            "*" => Some(KeyAction::OnlyStarred),
            "p" | "P" => Some(KeyAction::OnlyAttachments),
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
        assert_eq!(action(&ch("a"), none), Some(KeyAction::Archive));
        assert_eq!(action(&ch("r"), none), Some(KeyAction::Reply));
        assert_eq!(
            action(&ch("R"), Modifiers::SHIFT),
            Some(KeyAction::ReplyAll)
        );
        assert_eq!(
            action(&ch("r"), Modifiers::SHIFT),
            Some(KeyAction::ReplyAll)
        );
        assert_eq!(action(&ch("f"), none), Some(KeyAction::Forward));
        assert_eq!(action(&ch("f"), Modifiers::CTRL), Some(KeyAction::Search));
        assert_eq!(
            action(&ch("j"), none),
            Some(KeyAction::Move {
                by: 1,
                extend: false
            })
        );
        assert_eq!(
            action(&ch("k"), none),
            Some(KeyAction::Move {
                by: -1,
                extend: false
            })
        );
        assert_eq!(
            action(&ch("n"), Modifiers::CTRL),
            Some(KeyAction::NewMessage)
        );
        assert_eq!(action(&ch("?"), Modifiers::SHIFT), Some(KeyAction::Help));
        assert_eq!(action(&ch("u"), none), Some(KeyAction::OnlyUnread));
        assert_eq!(
            action(&ch("*"), Modifiers::SHIFT),
            Some(KeyAction::OnlyStarred)
        );
        assert_eq!(action(&ch("z"), Modifiers::CTRL), Some(KeyAction::Undo));
        assert_eq!(action(&ch("z"), none), None);
        assert_eq!(action(&ch("m"), Modifiers::ALT), None);
        assert_eq!(
            action(&Key::Named(Named::Delete), none),
            Some(KeyAction::Delete)
        );
    }
}
