//! The Account section: name, address, display name, and the account's
//! colour in the folder tree, picked from the same grid as a tag's colour
//! (or typed as `#rrggbb`).

use iced::widget::{column, container, row, text, text_input};
use iced::{Background, Center, Element, Length};

use super::form::AccountForm;
use super::widgets::{field, SIZE};
use super::{Field, Message};
use crate::widget::color_grid;
use posta_core::account::settings::valid_color;
use posta_i18n::t;

/// The section's fields.
pub fn view(form: &AccountForm) -> Element<'_, Message> {
    let swatch = valid_color(&form.color)
        .ok()
        .and_then(|hex| color_grid::parse_color(&hex))
        .map(|color| {
            container(text(""))
                .width(Length::Fixed(28.0))
                .height(Length::Fixed(28.0))
                .style(move |_| container::Style {
                    background: Some(Background::Color(color)),
                    border: iced::border::rounded(6),
                    ..container::Style::default()
                })
        });
    // The swatch beside the field it previews.
    let input = text_input("", &form.color)
        .id(Field::Color.id())
        .on_input(|typed| Message::Field(Field::Color, typed))
        .padding(6)
        .size(SIZE)
        .width(Length::Fixed(140.0));
    let mut line = row![input].spacing(12).align_y(Center);
    if let Some(swatch) = swatch {
        line = line.push(swatch);
    }
    let selected = form.color.trim().to_owned();
    let color = column![
        text(t!("settings-account-color")).size(SIZE),
        color_grid::grid(&selected, |hex| Message::Field(Field::Color, hex)),
        line,
        text(t!("settings-account-color-hint")).size(12),
    ]
    .spacing(6);
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
