//! The keyboard on every screen: Tab and Shift+Tab move through the fields
//! of whatever form is shown; Return and Escape that no field took go to
//! the screen (the wizard's page: its main button, one page back). A key a
//! field took (a letter typed into search) never reaches a shortcut; the
//! arrows move a wizard page's choice.

use iced::keyboard::{self, key::Named, Key, Modifiers};
use iced::widget::operation;
use iced::{event, Event, Subscription, Task};

/// A key press, and whether a widget (a field) already used it.
#[derive(Debug, Clone, PartialEq)]
pub struct Press {
    /// The key.
    pub key: Key,
    /// Shift, Ctrl, Alt, Logo.
    pub modifiers: Modifiers,
    /// A widget used it (typed into a field, Return submitted a field).
    pub taken: bool,
}

/// Every key press in the window.
pub fn subscription() -> Subscription<Press> {
    event::listen_with(press)
}

/// The press in a window event, if it is one (what [`subscription`]
/// reports; the headless tests feed their events through it too).
pub fn press(event: Event, status: event::Status, _window: iced::window::Id) -> Option<Press> {
    match event {
        Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => Some(Press {
            key,
            modifiers,
            taken: status == event::Status::Captured,
        }),
        _ => None,
    }
}

/// Tab: the next field; Shift+Tab: the previous one.
pub fn move_focus<T: Send + 'static>(press: &Press) -> Option<Task<T>> {
    // A field that takes Tab itself (none does now) keeps it.
    let plain = !press.taken && !press.modifiers.command() && !press.modifiers.alt();
    match press.key {
        Key::Named(Named::Tab) if plain && press.modifiers.shift() => {
            Some(operation::focus_previous())
        }
        Key::Named(Named::Tab) if plain => Some(operation::focus_next()),
        _ => None,
    }
}
