//! The Remove section: what removing deletes and what it does not (the mail
//! on the server), with "keep the local mail".

use iced::widget::{button, checkbox, column, text};
use iced::Element;

use super::form::AccountForm;
use super::widgets::{notice_with, para, SIZE};
use super::Message;
use posta_core::account::remove::RemovalReport;
use posta_core::store::AccountConfig;
use posta_i18n::describe_removal;
use posta_i18n::t;

/// The section.
pub fn view<'a>(
    form: &'a AccountForm,
    account: &'a AccountConfig,
    report: Option<&RemovalReport>,
) -> Element<'a, Message> {
    let mut col = column![checkbox(form.keep_local_mail)
        .label(t!("settings-remove-keep-local"))
        .on_toggle(Message::KeepLocalMail)
        .text_size(SIZE),]
    .spacing(14);
    if let Some(report) = report {
        let mut said = column![].spacing(4);
        for line in describe_removal(&account.name, report, form.keep_local_mail) {
            said = said.push(text(line).size(SIZE));
        }
        col = col.push(notice_with(said.into(), true));
    }
    col = col.push(para(t!("settings-remove-other-accounts")));
    col.push(
        button(
            text(t!(
                "settings-remove-button",
                account = account.name.as_str()
            ))
            .size(14),
        )
        .padding([6, 14])
        .style(button::danger)
        .on_press(Message::Remove),
    )
    .into()
}
