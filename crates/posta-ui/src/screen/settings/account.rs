//! The Account section: name, address, display name, and the account's
//! colour in the folder tree.

use iced::widget::{column, container, row, text, text_input};
use iced::{Background, Center, Element, Length};

use super::form::AccountForm;
use super::widgets::{field, SIZE};
use super::{Field, Message};
use posta_core::account::settings::valid_color;
use posta_i18n::t;

/// The section's fields.
pub fn view(form: &AccountForm) -> Element<'_, Message> {
    let swatch = valid_color(&form.color)
        .ok()
        .and_then(|hex| {
            let channel = |at: usize| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok();
            Some(iced::Color::from_rgb8(
                channel(1)?,
                channel(3)?,
                channel(5)?,
            ))
        })
        .map(|color| {
            container(text(""))
                .width(Length::Fixed(28.0))
                .height(Length::Fixed(28.0))
                .style(move |_| container::Style {
                    background: Some(Background::Color(color)),
                    ..container::Style::default()
                })
        });
    // The swatch beside the field it previews.
    let input = text_input("", &form.color)
        .on_input(|typed| Message::Field(Field::Color, typed))
        .padding(6)
        .size(SIZE);
    let mut line = row![input].spacing(12).align_y(Center);
    if let Some(swatch) = swatch {
        line = line.push(swatch);
    }
    let color = column![
        text(t!("settings-account-color")).size(SIZE),
        line,
        text(t!("settings-account-color-hint")).size(12),
    ]
    .spacing(4);
    column![
        field(t!("settings-account-name"), Field::Name, &form.name, None),
        field(
            t!("settings-account-email"),
            Field::Email,
            &form.email,
            None
        ),
        field(
            t!("settings-account-display-name"),
            Field::DisplayName,
            &form.display_name,
            Some(t!("settings-account-display-name-hint"))
        ),
        color,
        text(t!("settings-account-identities-hint")).size(SIZE - 2.0),
    ]
    .spacing(14)
    .into()
}
