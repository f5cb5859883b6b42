//! The Outgoing section: the submission server, with the wizard's presets.
//! It logs in with the incoming server's password.

use iced::widget::{button, column, row, text};
use iced::Element;

use super::form::AccountForm;
use super::widgets::{field, para, security, SIZE};
use super::{Field, Message};
use crate::screen::wizard::{preset_label, Preset};
use posta_i18n::t;

/// The section's fields.
pub fn view(form: &AccountForm) -> Element<'_, Message> {
    let mut presets = row![].spacing(8);
    for preset in Preset::OUTGOING {
        let (port, sec) = preset.settings();
        let active = form.smtp_port == port.to_string() && form.smtp_security == Some(sec);
        presets = presets.push(
            button(text(preset_label(preset)).size(13))
                .padding([5, 10])
                .style(if active {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Preset(preset)),
        );
    }
    column![
        field(
            t!("settings-outgoing-host"),
            Field::SmtpHost,
            &form.smtp_host,
            None
        ),
        presets,
        row![
            field(
                t!("settings-outgoing-port"),
                Field::SmtpPort,
                &form.smtp_port,
                None
            ),
            column![
                text(t!("settings-incoming-security")).size(SIZE),
                security(form.smtp_security, Message::SmtpSecurity)
            ]
            .spacing(8),
        ]
        .spacing(16),
        field(
            t!("settings-outgoing-user"),
            Field::SmtpUser,
            &form.smtp_user,
            None
        ),
        para(t!("settings-outgoing-same-password")),
    ]
    .spacing(14)
    .into()
}
