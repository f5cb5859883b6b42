//! How the compose window looks: the header fields, the attachments (with
//! the path field where no file dialog exists), the text, and the buttons.

use iced::widget::{
    button, column, container, pick_list, row, rule, scrollable, space, text, text_input,
};
use iced::{Center, Element, Fill, Length};

use super::{ids, Compose, Field, Message, Picker, Status};
use crate::theme;
use crate::widget::focus::focusable;
use posta_i18n::t;
use posta_i18n::{current_language, format_size};

/// Width of the labels column.
pub(super) const LABEL_WIDTH: f32 = 120.0;

/// A button Tab stops on and Return or Space presses (greyed out while
/// `message` is `None`).
fn focus_button<'a>(
    words: String,
    style: fn(&iced::Theme, button::Status) -> button::Style,
    message: Option<Message>,
) -> Element<'a, Message> {
    let pressable = button(text(words))
        .style(style)
        .on_press_maybe(message.clone());
    focusable(pressable, message).into()
}

/// One labelled field.
fn field<'a>(
    label: String,
    value: &'a str,
    placeholder: String,
    id: iced::widget::Id,
    on_input: fn(String) -> Message,
) -> Element<'a, Message> {
    row![
        text(label).width(Length::Fixed(LABEL_WIDTH)),
        text_input(&placeholder, value)
            .id(id)
            .on_input(on_input)
            .padding(6)
            .width(Fill),
    ]
    .spacing(8)
    .align_y(Center)
    .into()
}

impl Compose {
    /// The window's content.
    pub fn view(&self) -> Element<'_, Message> {
        let editing = !self.busy();
        let from: Element<'_, Message> = match self.identity_choice() {
            // Several identities: the one chosen, and the others offered.
            Some(chosen) => row![
                text(t!("settings-compose-from")).width(Length::Fixed(LABEL_WIDTH)),
                pick_list(self.identity_choices(), Some(chosen), Message::Identity)
                    .text_size(theme::SMALL_SIZE),
            ]
            .spacing(8)
            .align_y(Center)
            .into(),
            None => text(t!("compose-from", sender = self.sender().to_string()))
                .size(theme::SMALL_SIZE)
                .style(text::secondary)
                .into(),
        };
        let header = column![text(self.title()).size(24).font(theme::FONT_BOLD), from].spacing(4);
        let address_hint = t!("compose-to-placeholder");
        // Each address field, with the completion list under it when open.
        let mut fields = column![].spacing(6);
        for (label, value, id, on_input, which) in [
            (
                t!("compose-to"),
                &self.to,
                ids::TO,
                Message::To as fn(String) -> Message,
                Field::To,
            ),
            (t!("compose-cc"), &self.cc, ids::CC, Message::Cc, Field::Cc),
            (
                t!("compose-bcc"),
                &self.bcc,
                ids::BCC,
                Message::Bcc,
                Field::Bcc,
            ),
        ] {
            fields = fields
                .push(field(label, value, address_hint.clone(), id, on_input))
                .push(self.completion_view(which));
        }
        let fields = fields.push(field(
            t!("compose-subject"),
            &self.subject,
            String::new(),
            ids::SUBJECT,
            Message::Subject,
        ));
        let body = self.body_view();
        let mut content = column![header, fields, self.attachments_view(), body]
            .spacing(12)
            .height(Fill);
        if let Some(bar) = self.spelling_bar() {
            content = content.push(bar);
        }
        let footer = row![
            focus_button(
                t!("compose-discard"),
                button::secondary,
                editing.then_some(Message::Discard)
            ),
            space::horizontal(),
            focus_button(
                t!("compose-save-draft"),
                button::secondary,
                editing.then_some(Message::SaveDraft)
            ),
            focus_button(
                t!("compose-send"),
                button::primary,
                editing.then_some(Message::Send)
            ),
        ]
        .spacing(8)
        .align_y(Center);
        let mut page = column![content].spacing(10).height(Fill);
        if let Some(status) = self.status_view() {
            page = page.push(status);
        }
        page = page.push(rule::horizontal(1)).push(footer);
        container(page).padding(20).width(Fill).height(Fill).into()
    }

    /// The attachments, "Attach files…", and the path field when needed.
    fn attachments_view(&self) -> Element<'_, Message> {
        let language = current_language();
        let mut list = row![focus_button(
            t!("compose-attach"),
            button::secondary,
            (!self.busy() && self.picker != Picker::Open).then_some(Message::Attach)
        )]
        .spacing(8)
        .align_y(Center);
        for (index, attachment) in self.attachments.iter().enumerate() {
            list = list.push(
                row![
                    text(t!(
                        "compose-attachment-line",
                        name = attachment.name.as_str(),
                        size = format_size(attachment.size(), language)
                    ))
                    .size(theme::SMALL_SIZE),
                    focusable(
                        button(text(t!("compose-remove")).size(theme::SMALL_SIZE))
                            .style(button::text)
                            .padding(2)
                            .on_press(Message::Remove(index)),
                        Some(Message::Remove(index))
                    ),
                ]
                .spacing(2)
                .align_y(Center),
            );
        }
        let list = scrollable(list).direction(scrollable::Direction::Horizontal(
            scrollable::Scrollbar::new().width(4).scroller_width(4),
        ));
        let explanation = match self.picker {
            Picker::Unavailable => Some(t!("compose-picker-unavailable")),
            Picker::NothingChosen => Some(t!("compose-picker-none")),
            Picker::Idle | Picker::Open => None,
        };
        let Some(explanation) = explanation else {
            return list.into();
        };
        let path = row![
            text_input(&t!("compose-path-placeholder"), &self.path)
                .id(ids::PATH)
                .on_input(Message::Path)
                .on_submit(Message::AttachPath)
                .padding(6)
                .width(Fill),
            focus_button(
                t!("compose-path-add"),
                button::primary,
                Some(Message::AttachPath)
            ),
        ]
        .spacing(8)
        .align_y(Center);
        column![list, text(explanation).size(theme::SMALL_SIZE), path]
            .spacing(6)
            .into()
    }

    /// The line above the buttons: what is happening or what to fix.
    fn status_view(&self) -> Option<Element<'_, Message>> {
        let line = match &self.status {
            Status::Editing => return None,
            Status::Sending => text(t!("compose-sending")).style(text::secondary),
            Status::Saving => text(t!("compose-saving")).style(text::secondary),
            Status::DraftSaved => text(t!("compose-draft-saved")).style(text::success),
            Status::Problem(problem) => text(problem.as_str()).style(text::danger),
        };
        Some(line.into())
    }
}
