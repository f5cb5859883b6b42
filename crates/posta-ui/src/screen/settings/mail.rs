//! The Mail section. POP3: what happens to the server's copy, with the
//! wizard's plain-words explanation of each choice shown again, and the
//! largest message downloaded automatically. IMAP: bodies for offline
//! reading, and how often every folder is checked.

use iced::widget::{checkbox, column, container, radio, row, text, text_input};
use iced::{Center, Element, Length, Padding};

use super::form::AccountForm;
use super::widgets::{field, para, SIZE};
use super::{Field, Message};
use crate::screen::wizard::KeepKind;
use crate::theme;
use posta_core::account::Protocol;
use posta_core::store::AccountConfig;
use posta_i18n::t;

/// The section's fields.
pub fn view<'a>(form: &'a AccountForm, account: &'a AccountConfig) -> Element<'a, Message> {
    let mut col = column![].spacing(16);
    if account.protocol == Protocol::Pop3 {
        col = col.push(
            text(t!("settings-mail-keep-title"))
                .size(SIZE)
                .font(theme::FONT_BOLD),
        );
        col = col.push(keep_choices(form));
        col = col.push(field(
            t!("settings-mail-max-size"),
            Field::MaxSize,
            &form.max_size,
            Some(t!("settings-mail-max-size-hint")),
        ));
    } else {
        col = col.push(
            checkbox(form.download_bodies)
                .label(t!("settings-mail-download-bodies"))
                .on_toggle(Message::DownloadBodies)
                .text_size(SIZE),
        );
        col = col.push(para(t!("settings-mail-download-bodies-hint")));
        col = col.push(text(t!("settings-mail-folders-hint")).size(SIZE - 2.0));
    }
    col = col.push(field(
        t!("settings-mail-interval"),
        Field::Interval,
        &form.interval,
        Some(t!("settings-mail-interval-hint")),
    ));
    col.into()
}

/// The keep-a-copy choices, each with what it means (the wizard's words).
fn keep_choices(form: &AccountForm) -> Element<'_, Message> {
    let mut list = column![].spacing(12);
    for kind in KeepKind::ALL {
        let (label, means) = kind.words();
        let mut head = row![radio(label, kind, form.keep, Message::Keep)
            .size(16)
            .text_size(SIZE)
            .font(theme::FONT_BOLD)]
        .spacing(10)
        .align_y(Center);
        if kind == KeepKind::AfterDays {
            head = head.push(
                text_input("14", &form.keep_days)
                    .on_input(|typed| Message::Field(Field::KeepDays, typed))
                    .width(Length::Fixed(70.0))
                    .size(SIZE),
            );
            head = head.push(text(t!("wizard-keep-days-unit")).size(SIZE));
        }
        let explanation = container(text(means).size(SIZE - 1.0)).padding(Padding {
            left: 28.0,
            ..Padding::ZERO
        });
        list = list.push(column![head, explanation].spacing(4));
    }
    list.into()
}
