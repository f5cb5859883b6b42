//! The small pieces every section uses: a labelled field, a notice, the
//! security choice.

use iced::widget::{column, container, radio, row, text, text_input};
use iced::{Element, Fill};

use super::{Field, Message};
use crate::screen::wizard::security_name;
use posta_core::net::Security;

/// Text size of labels and fields.
pub const SIZE: f32 = 14.0;

/// A label, its input and an optional hint under it.
pub fn field<'a>(
    label: String,
    field: Field,
    value: &'a str,
    hint: Option<String>,
) -> Element<'a, Message> {
    let input = text_input("", value)
        .id(field.id())
        .on_input(move |typed| Message::Field(field, typed))
        .padding(6)
        .size(SIZE);
    let mut col = column![text(label).size(SIZE), input].spacing(4);
    if let Some(hint) = hint {
        col = col.push(text(hint).size(12));
    }
    col.width(Fill).into()
}

/// A paragraph.
pub fn para<'a>(words: String) -> Element<'a, Message> {
    text(words).size(SIZE).width(Fill).into()
}

/// A framed sentence: a warning, or good news.
pub fn notice<'a>(words: String, warning: bool) -> Element<'a, Message> {
    notice_with(para(words), warning)
}

/// A framed block.
pub fn notice_with<'a>(content: Element<'a, Message>, warning: bool) -> Element<'a, Message> {
    container(content)
        .padding([8, 12])
        .width(Fill)
        .style(if warning {
            container::warning
        } else {
            container::success
        })
        .into()
}

/// TLS / STARTTLS / none, as radio buttons.
pub fn security<'a>(chosen: Option<Security>, on: fn(Security) -> Message) -> Element<'a, Message> {
    let mut choices = row![].spacing(16);
    for security in [Security::Tls, Security::StartTls, Security::Insecure] {
        choices = choices.push(
            radio(security_name(security), security, chosen, on)
                .size(16)
                .text_size(SIZE),
        );
    }
    choices.into()
}
