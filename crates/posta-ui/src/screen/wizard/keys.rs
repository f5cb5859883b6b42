//! The wizard's keys: what a press no field took means on a page.

use iced::keyboard::{key::Named, Key};

use super::Message;
use crate::keyboard::Press;

/// What a press no field took means on a wizard page.
pub fn message_for(press: &Press) -> Option<Message> {
    if press.taken || press.modifiers.command() || press.modifiers.alt() {
        return None;
    }
    match press.key {
        Key::Named(Named::Enter) => Some(Message::Submit),
        Key::Named(Named::Escape) => Some(Message::Escape),
        // The page's choice (IMAP or POP3, what happens to the server's
        // copy): the arrows move it, as in a group of radio buttons.
        Key::Named(Named::ArrowDown | Named::ArrowRight) => Some(Message::Choose(1)),
        Key::Named(Named::ArrowUp | Named::ArrowLeft) => Some(Message::Choose(-1)),
        _ => None,
    }
}
