//! Recipient completion in To, Cc and Bcc: what is typed after the last
//! comma is looked up among everyone the store knows
//! ([`posta_core::store::Contacts`], read once per window, on the first
//! letter typed); a short list shows under the field. Up and Down move in
//! it, Enter or Tab pick (the address becomes `Name <address>, ` and
//! typing goes on), Escape closes the list only. While no list is open,
//! those keys do what they do everywhere (Tab moves to the next field).

use iced::keyboard::{key::Named, Key};
use iced::widget::{button, column, container, operation, row, text, Id};
use iced::{Element, Fill, Task};

use posta_core::store::{Contact, Contacts};

use super::{ids, Compose, Message};
use crate::keyboard::Press;
use crate::theme;

/// How many people the list shows.
pub const SHOWN: usize = 6;

/// An address field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// To.
    To,
    /// Cc.
    Cc,
    /// Bcc.
    Bcc,
}

impl Field {
    /// The field's widget id.
    pub fn id(self) -> Id {
        match self {
            Field::To => ids::TO,
            Field::Cc => ids::CC,
            Field::Bcc => ids::BCC,
        }
    }
}

/// The completion state of one compose window.
#[derive(Debug, Default)]
pub struct Completion {
    /// Everyone, once read (`None` until the first letter, or when the
    /// store could not be read: then nothing is offered).
    contacts: Option<Contacts>,
    /// The field the list is open under.
    field: Option<Field>,
    /// What the list shows, best first.
    shown: Vec<Contact>,
    /// The one highlighted with the arrows; Enter and Tab pick the first
    /// (the best) while none is.
    selected: Option<usize>,
}

/// What is being typed in an address field: the text after its last comma.
fn typed(value: &str) -> &str {
    value.rsplit(',').next().unwrap_or_default().trim_start()
}

/// `value` with what is being typed replaced by `contact`, and `, ` after
/// it for the next address.
fn completed(value: &str, contact: &Contact) -> String {
    let address = contact.address().to_string();
    match value.rfind(',') {
        Some(comma) => format!("{}, {address}, ", value[..comma].trim_end()),
        None => format!("{address}, "),
    }
}

impl Completion {
    /// The field the list is open under, if one is.
    pub fn open(&self) -> Option<Field> {
        self.field.filter(|_| !self.shown.is_empty())
    }

    /// The people offered, and which is highlighted.
    pub fn shown(&self) -> (&[Contact], Option<usize>) {
        (&self.shown, self.selected)
    }

    fn close(&mut self) {
        self.field = None;
        self.shown.clear();
        self.selected = None;
    }
}

impl Compose {
    /// An address field changed to `value`: the list follows what is
    /// being typed.
    pub(super) fn complete(&mut self, field: Field, value: &str) {
        let query = typed(value);
        if query.trim().is_empty() {
            self.completion.close();
            return;
        }
        if self.completion.contacts.is_none() {
            self.completion.contacts = self.read_contacts();
        }
        let Some(contacts) = &self.completion.contacts else {
            return;
        };
        // Not those already in the field, nor one whose address is typed
        // in full (Tab then moves on, as without completion).
        let present = value.to_lowercase();
        let whole = query.trim();
        self.completion.shown = contacts
            .search(query, SHOWN + 8)
            .into_iter()
            .filter(|c| {
                !c.email.eq_ignore_ascii_case(whole)
                    && !present.contains(&format!("<{}>", c.email.to_lowercase()))
            })
            .take(SHOWN)
            .cloned()
            .collect();
        self.completion.selected = None;
        self.completion.field = Some(field).filter(|_| !self.completion.shown.is_empty());
    }

    /// Everyone in the store but the user's own addresses.
    fn read_contacts(&self) -> Option<Contacts> {
        let own: Vec<String> = std::iter::once(self.context.account.email.clone())
            .chain(self.identities.iter().map(|i| i.email.clone()))
            .collect();
        let store = self.context.store.lock().ok()?;
        store.contacts(&own).ok()
    }

    /// Closes the list (another field, or the text, is being edited).
    pub(super) fn close_completion(&mut self) {
        self.completion.close();
    }

    /// The completion state (for tests and screenshots).
    pub fn completion(&self) -> &Completion {
        &self.completion
    }

    /// A key while the list is open: Up and Down move, Enter and Tab pick,
    /// Escape closes the list (and the cursor stays in the field). `None`:
    /// not the list's key, or no list is open.
    pub fn completion_key(&mut self, press: &Press) -> Option<Task<Message>> {
        let field = self.completion.open()?;
        if press.modifiers.command() || press.modifiers.alt() {
            return None;
        }
        let count = self.completion.shown.len();
        match press.key {
            Key::Named(Named::ArrowDown) => {
                self.completion.selected =
                    Some(self.completion.selected.map_or(0, |i| (i + 1) % count));
                Some(Task::none())
            }
            Key::Named(Named::ArrowUp) => {
                self.completion.selected = Some(
                    self.completion
                        .selected
                        .map_or(count - 1, |i| (i + count - 1) % count),
                );
                Some(Task::none())
            }
            Key::Named(Named::Enter | Named::Tab) if !press.modifiers.shift() => {
                Some(self.pick(self.completion.selected.unwrap_or(0)))
            }
            Key::Named(Named::Escape) => {
                self.completion.close();
                // The field let go of the cursor on Escape: it takes it back.
                Some(operation::focus(field.id()))
            }
            _ => None,
        }
    }

    /// Completes the field with the `index`th person shown; the cursor
    /// goes to the end of the field.
    pub(super) fn pick(&mut self, index: usize) -> Task<Message> {
        let (Some(field), Some(contact)) =
            (self.completion.open(), self.completion.shown.get(index))
        else {
            return Task::none();
        };
        let value = match field {
            Field::To => &mut self.to,
            Field::Cc => &mut self.cc,
            Field::Bcc => &mut self.bcc,
        };
        *value = completed(value, contact);
        self.completion.close();
        Task::batch([
            operation::focus(field.id()),
            operation::move_cursor_to_end(field.id()),
        ])
    }

    /// The list under `field`, if it is open there.
    pub(super) fn completion_view(&self, field: Field) -> Option<Element<'_, Message>> {
        if self.completion.open() != Some(field) {
            return None;
        }
        let (shown, selected) = self.completion.shown();
        let items = shown.iter().enumerate().map(|(index, contact)| {
            let highlighted = Some(index) == selected;
            // Grey on the highlight would not read: the button's colour.
            let email = text(contact.email.as_str());
            let email = if highlighted {
                email.style(|theme: &iced::Theme| text::Style {
                    color: Some(theme.extended_palette().primary.base.text),
                })
            } else {
                email.style(text::secondary)
            };
            let line = row![text(contact.name.as_str()).font(theme::FONT_BOLD), email].spacing(10);
            button(line)
                .width(Fill)
                .padding([3, 8])
                .style(if highlighted {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::Pick(index))
                .into()
        });
        let list = container(column(items).spacing(1))
            .padding(2)
            .width(Fill)
            .style(container::bordered_box);
        Some(
            row![
                iced::widget::space().width(iced::Length::Fixed(super::view::LABEL_WIDTH)),
                list
            ]
            .spacing(8)
            .into(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piotr() -> Contact {
        Contact {
            name: "Piotr Zieliński".into(),
            email: "piotr@example.pl".into(),
            sent: 1,
            received: 0,
            last: None,
            score: 1.0,
        }
    }

    #[test]
    fn what_is_typed_is_after_the_last_comma() {
        assert_eq!(typed("Pio"), "Pio");
        assert_eq!(typed("Jan <jan@example.pl>, Pio"), "Pio");
        assert_eq!(typed("Jan <jan@example.pl>, "), "");
    }

    #[test]
    fn a_pick_completes_the_last_address_and_leaves_room_for_the_next() {
        assert_eq!(
            completed("Pio", &piotr()),
            "Piotr Zieliński <piotr@example.pl>, "
        );
        assert_eq!(
            completed("jan@example.pl, pio", &piotr()),
            "jan@example.pl, Piotr Zieliński <piotr@example.pl>, "
        );
    }
}
