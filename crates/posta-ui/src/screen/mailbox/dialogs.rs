//! The small modal dialogs of the mailbox: new folder, rename folder,
//! delete folder (with what it holds), and new tag (name and colour).
//! Each edits its own fields; what "OK" does is up to the mailbox.

use iced::widget::{
    button, center, column, container, mouse_area, opaque, row, stack, text, text_input,
};
use iced::{Color, Element, Fill};

use crate::theme;
use crate::widget::color_grid;
use crate::widget::focus::focusable;
use posta_i18n::t;

/// The name field of every dialog, for focus and tests.
pub const NAME_INPUT: iced::widget::Id = iced::widget::Id::new("mailbox-dialog-name");

/// An open dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// A new folder in `account`, under `parent` (at the top when `None`).
    NewFolder {
        /// Account id.
        account: i64,
        /// Parent folder id.
        parent: Option<i64>,
        /// The parent's name, shown in the dialog.
        parent_label: Option<String>,
        /// The name typed so far.
        name: String,
    },
    /// Rename a folder.
    RenameFolder {
        /// Folder id.
        folder_id: i64,
        /// The name typed so far (starts as the current one).
        name: String,
    },
    /// Delete a folder and its mail.
    DeleteFolder {
        /// Folder id.
        folder_id: i64,
        /// The folder's name.
        label: String,
        /// How many messages go with it.
        messages: u64,
    },
    /// Empty the account's Trash, holding `messages`.
    EmptyTrash {
        /// Account id.
        account: i64,
        /// How many messages go.
        messages: u64,
    },
    /// A new tag for `account`.
    NewTag {
        /// Account id.
        account: i64,
        /// The name typed so far.
        name: String,
        /// The colour picked (`#rrggbb`).
        color: String,
    },
}

/// What can happen in a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The name field changed.
    Name(String),
    /// A colour was picked.
    Color(String),
    /// OK (or Enter in the name field).
    Confirm,
    /// Cancel (or a click outside).
    Cancel,
}

/// What a dialog message leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The dialog stays open.
    Open,
    /// The user confirmed.
    Confirmed,
    /// The user gave up.
    Cancelled,
}

impl Dialog {
    /// A new-tag dialog with the first palette colour no tag uses yet.
    pub fn new_tag(account: i64, used: &[String]) -> Dialog {
        let color = color_grid::PALETTE
            .iter()
            .find(|c| !used.iter().any(|u| u.eq_ignore_ascii_case(c)))
            .unwrap_or(&color_grid::PALETTE[0]);
        Dialog::NewTag {
            account,
            name: String::new(),
            color: (*color).to_owned(),
        }
    }

    /// Applies a message to the fields.
    pub fn update(&mut self, message: Message) -> Outcome {
        match message {
            Message::Name(new) => {
                if let Dialog::NewFolder { name, .. }
                | Dialog::RenameFolder { name, .. }
                | Dialog::NewTag { name, .. } = self
                {
                    *name = new;
                }
                Outcome::Open
            }
            Message::Color(new) => {
                if let Dialog::NewTag { color, .. } = self {
                    *color = new;
                }
                Outcome::Open
            }
            Message::Confirm if self.can_confirm() => Outcome::Confirmed,
            Message::Confirm => Outcome::Open,
            Message::Cancel => Outcome::Cancelled,
        }
    }

    /// True when OK may be pressed: a name that is not blank and, for a
    /// folder, has no hierarchy separator in it.
    pub fn can_confirm(&self) -> bool {
        match self {
            Dialog::NewFolder { name, .. } | Dialog::RenameFolder { name, .. } => {
                !name.trim().is_empty() && !name.contains('/')
            }
            Dialog::NewTag { name, .. } => !name.trim().is_empty(),
            Dialog::DeleteFolder { .. } | Dialog::EmptyTrash { .. } => true,
        }
    }

    /// The dialog's box.
    fn content(&self) -> Element<'_, Message> {
        let name_field = |placeholder: String, value: &str| {
            text_input(&placeholder, value)
                .id(NAME_INPUT)
                .on_input(Message::Name)
                .on_submit(Message::Confirm)
                .padding(8)
        };
        let (title, body): (String, Element<'_, Message>) = match self {
            Dialog::NewFolder {
                parent_label, name, ..
            } => {
                let mut body = column![].spacing(8);
                if let Some(parent) = parent_label {
                    body = body
                        .push(text(t!("folders-new-inside", parent = parent.as_str())).size(13));
                }
                body = body.push(name_field(t!("folders-name-placeholder"), name));
                body = body.push(
                    text(t!("folders-name-hint"))
                        .size(12)
                        .style(text::secondary),
                );
                (t!("folders-new-title"), body.into())
            }
            Dialog::RenameFolder { name, .. } => (
                t!("folders-rename-title"),
                column![
                    name_field(t!("folders-name-placeholder"), name),
                    text(t!("folders-name-hint"))
                        .size(12)
                        .style(text::secondary)
                ]
                .spacing(8)
                .into(),
            ),
            Dialog::DeleteFolder {
                label, messages, ..
            } => (
                t!("folders-delete-title"),
                text(t!(
                    "folders-delete-confirm",
                    folder = label.as_str(),
                    count = *messages
                ))
                .size(14)
                .into(),
            ),
            Dialog::EmptyTrash { messages, .. } => (
                t!("mailbox-empty-trash"),
                text(t!("mailbox-empty-trash-confirm", count = *messages))
                    .size(14)
                    .into(),
            ),
            Dialog::NewTag { name, color, .. } => (
                t!("tags-new-title"),
                column![
                    name_field(t!("tags-name-placeholder"), name),
                    text(t!("tags-color")).size(13),
                    color_grid::grid(color, Message::Color),
                ]
                .spacing(10)
                .into(),
            ),
        };
        let confirm_label = match self {
            Dialog::DeleteFolder { .. } => t!("folders-delete-button"),
            Dialog::EmptyTrash { .. } => t!("mailbox-empty-trash-yes"),
            Dialog::NewFolder { .. } | Dialog::NewTag { .. } => t!("mailbox-create"),
            Dialog::RenameFolder { .. } => t!("folders-rename-button"),
        };
        let confirm_message = self.can_confirm().then_some(Message::Confirm);
        let confirm = button(text(confirm_label))
            .style(
                if matches!(
                    self,
                    Dialog::DeleteFolder { .. } | Dialog::EmptyTrash { .. }
                ) {
                    button::danger
                } else {
                    button::primary
                },
            )
            .on_press_maybe(confirm_message.clone());
        let cancel = button(text(t!("mailbox-cancel")))
            .style(button::secondary)
            .on_press(Message::Cancel);
        let buttons = row![
            iced::widget::space().width(Fill),
            focusable(cancel, Some(Message::Cancel)),
            focusable(confirm, confirm_message)
        ]
        .spacing(8);
        container(
            column![text(title).size(18).font(theme::FONT_BOLD), body, buttons]
                .spacing(14)
                .width(420),
        )
        .padding(20)
        .style(container::rounded_box)
        .into()
    }
}

/// Draws `base` with the dialog on top, the rest dimmed; a click outside
/// cancels.
pub fn modal<'a>(
    base: Element<'a, crate::screen::mailbox::Message>,
    dialog: &'a Dialog,
) -> Element<'a, crate::screen::mailbox::Message> {
    overlay(
        base,
        dialog
            .content()
            .map(crate::screen::mailbox::Message::Dialog),
        crate::screen::mailbox::Message::Dialog(Message::Cancel),
    )
}

/// Draws `base` with `dialog` on top, the rest dimmed; a click outside
/// sends `outside`.
pub fn overlay<'a>(
    base: Element<'a, crate::screen::mailbox::Message>,
    dialog: Element<'a, crate::screen::mailbox::Message>,
    outside: crate::screen::mailbox::Message,
) -> Element<'a, crate::screen::mailbox::Message> {
    // Tab and Shift+Tab stay in the dialog.
    stack![
        crate::widget::behind::behind(base),
        opaque(
            mouse_area(center(opaque(dialog)).style(|_theme| {
                container::Style {
                    background: Some(
                        Color {
                            a: 0.45,
                            ..Color::BLACK
                        }
                        .into(),
                    ),
                    ..container::Style::default()
                }
            }))
            .on_press(outside)
        )
    ]
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_must_be_real_and_single_level() {
        let mut d = Dialog::NewFolder {
            account: 1,
            parent: None,
            parent_label: None,
            name: String::new(),
        };
        assert_eq!(d.update(Message::Confirm), Outcome::Open);
        assert_eq!(d.update(Message::Name("a/b".into())), Outcome::Open);
        assert!(!d.can_confirm());
        d.update(Message::Name("Żółć".into()));
        assert_eq!(d.update(Message::Confirm), Outcome::Confirmed);
        assert_eq!(d.update(Message::Cancel), Outcome::Cancelled);
    }

    #[test]
    fn a_new_tag_gets_an_unused_colour() {
        let d = Dialog::new_tag(1, &["#ff0000".into(), "#FF9900".into()]);
        assert!(matches!(d, Dialog::NewTag { ref color, .. } if color == "#009900"));
        let mut d = d;
        d.update(Message::Color("#333333".into()));
        assert!(matches!(d, Dialog::NewTag { ref color, .. } if color == "#333333"));
    }
}
