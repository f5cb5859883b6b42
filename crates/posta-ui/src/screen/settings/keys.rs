//! The settings screen's keys. Return that no field took saves the open
//! page, as its Save button would (on Identities it adds the identity
//! typed); it never confirms a change that deletes mail: that takes the
//! button. Escape cancels a confirmation, else goes back to the mail.
//! Opening a page puts the cursor in its first field.

use iced::keyboard::{key::Named, Key};
use iced::Task;

use super::{Field, Message, Page, Section, Settings, Status};
use crate::keyboard::Press;

impl Section {
    /// The field the cursor starts in, for pages that have fields.
    pub fn first_field(self) -> Option<Field> {
        match self {
            Section::Account => Some(Field::Name),
            Section::Incoming => Some(Field::Host),
            Section::Outgoing => Some(Field::SmtpHost),
            Section::Identities => Some(Field::IdentityName),
            Section::Mail | Section::Folders | Section::Remove => None,
        }
    }

    /// Whether the page has a Save button (the others act at once).
    pub fn has_save(self) -> bool {
        !matches!(
            self,
            Section::Identities | Section::Remove | Section::Folders
        )
    }
}

impl Settings {
    /// What a key press no field took means on the open page.
    pub fn key_message(&self, press: &Press) -> Option<Message> {
        if press.taken || press.modifiers.command() || press.modifiers.alt() {
            return None;
        }
        let confirming = self.pending.as_ref().is_some_and(|p| p.confirm);
        match (&press.key, self.page) {
            (Key::Named(Named::Escape), _) if confirming => Some(Message::CancelConfirm),
            (Key::Named(Named::Escape), _) => Some(Message::Close),
            (Key::Named(Named::Enter), _) if confirming => None,
            (Key::Named(Named::Enter), Page::Account(_, Section::Identities)) => {
                (!self.form.identity.email.trim().is_empty()).then_some(Message::AddIdentity)
            }
            (Key::Named(Named::Enter), Page::Account(_, section))
                if section.has_save() && !matches!(self.status(), Status::Saving(_)) =>
            {
                Some(Message::Save)
            }
            _ => None,
        }
    }

    /// Puts the cursor in the open page's first field.
    pub fn focus_first_field(&self) -> Task<Message> {
        let field = match self.page {
            Page::Account(_, section) => section.first_field(),
            Page::General => None,
        };
        field.map_or_else(Task::none, |f| iced::widget::operation::focus(f.id()))
    }
}
