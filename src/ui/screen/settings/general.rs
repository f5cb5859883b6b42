//! The General section: language (switched at once), start on login (an
//! XDG autostart entry), desktop notifications for new mail.

use iced::widget::{checkbox, column, pick_list, text};
use iced::Element;

use super::widgets::{notice, para, SIZE};
use super::{Message, Settings, Status};
use crate::i18n::Language;
use crate::t;
use crate::ui::theme;

/// The section.
pub fn view(settings: &Settings) -> Element<'_, Message> {
    let mut col = column![
        text(t!("settings-general"))
            .size(theme::LEAD_SIZE)
            .font(theme::FONT_BOLD),
        text(t!("settings-language")).size(SIZE),
        pick_list(Language::ALL, Some(settings.language), Message::Language).font(theme::FONT),
        para(t!("settings-language-hint")),
        checkbox(settings.start_on_login)
            .label(t!("settings-start-on-login"))
            .on_toggle(Message::StartOnLogin)
            .text_size(SIZE),
        checkbox(settings.config.notifications)
            .label(t!("settings-notifications"))
            .on_toggle(Message::Notifications)
            .text_size(SIZE),
    ]
    .spacing(14);
    if let Status::Failed(why) = &settings.status {
        col = col.push(notice(why.clone(), true));
    }
    col.into()
}
