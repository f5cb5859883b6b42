//! The General section: language (switched at once), start on login (an
//! XDG autostart entry), desktop notifications for new mail, and the
//! senders whose remote content (images) is loaded without asking.

use iced::widget::{button, checkbox, column, pick_list, row, text};
use iced::{Center, Element, Fill};

use super::widgets::{notice, para, SIZE};
use super::{Message, Settings, Status};
use crate::theme;
use posta_i18n::t;
use posta_i18n::Language;

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
    col = col.push(remote_senders(&settings.remote_senders));
    if let Status::Failed(why) = settings.status() {
        col = col.push(notice(why.clone(), true));
    }
    col.into()
}

/// The senders allowed remote content, each with "Remove".
fn remote_senders(senders: &[String]) -> Element<'_, Message> {
    let mut list = column![
        text(t!("settings-remote-title"))
            .size(SIZE)
            .font(theme::FONT_BOLD),
        para(t!("settings-remote-hint")),
    ]
    .spacing(8);
    if senders.is_empty() {
        return list.push(para(t!("settings-remote-none"))).into();
    }
    for sender in senders {
        list = list.push(
            row![
                text(sender.as_str()).size(SIZE).width(Fill),
                button(text(t!("settings-remote-remove")).size(SIZE))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press(Message::RemoveRemoteSender(sender.clone())),
            ]
            .spacing(10)
            .align_y(Center),
        );
    }
    list.into()
}
