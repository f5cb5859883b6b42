//! The Identities section: the addresses this account sends as, each with
//! a name, reply-to and plain-text signature. Compose replies as the one a
//! message was addressed to and offers the others.

use iced::widget::{button, column, row, text, text_editor};
use iced::{Element, Fill};

use super::form::AccountForm;
use super::widgets::{field, para, SIZE};
use super::{Field, Message};
use crate::theme;
use posta_core::account::identities::identities;
use posta_core::store::{AccountConfig, Config};
use posta_i18n::t;

/// The section: the list, then the form for a new one.
pub fn view<'a>(
    form: &'a AccountForm,
    signature: &'a text_editor::Content,
    config: &'a Config,
    account: &'a AccountConfig,
) -> Element<'a, Message> {
    let mut list = column![].spacing(10);
    for (index, identity) in identities(config, account.id).into_iter().enumerate() {
        let mut head = row![text(if identity.name.is_empty() {
            identity.email.clone()
        } else {
            format!("{} <{}>", identity.name, identity.email)
        })
        .size(SIZE)
        .font(theme::FONT_BOLD)
        .width(Fill)]
        .spacing(8);
        let stored = config
            .identities
            .iter()
            .any(|i| i.account == account.id && i.email.eq_ignore_ascii_case(&identity.email));
        if stored {
            let label = if index == 0 {
                t!("settings-identity-clear")
            } else {
                t!("settings-identity-remove")
            };
            head = head.push(
                button(text(label).size(13))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press(Message::RemoveIdentity(identity.email.clone())),
            );
        }
        let mut entry = column![head].spacing(2);
        if let Some(reply_to) = &identity.reply_to {
            entry = entry.push(
                text(t!(
                    "settings-identity-reply-to-is",
                    address = reply_to.as_str()
                ))
                .size(13),
            );
        }
        if !identity.signature.is_empty() {
            entry = entry.push(text(identity.signature.clone()).size(13));
        }
        list = list.push(entry);
    }
    let new = &form.identity;
    let editor = text_editor(signature)
        .on_action(Message::Signature)
        .height(90)
        .size(SIZE);
    column![
        list,
        text(t!("settings-identity-new"))
            .size(SIZE)
            .font(theme::FONT_BOLD),
        para(t!("settings-identity-new-hint")),
        field(
            t!("settings-identity-email"),
            Field::IdentityEmail,
            &new.email,
            None
        ),
        field(
            t!("settings-identity-name"),
            Field::IdentityName,
            &new.name,
            None
        ),
        field(
            t!("settings-identity-reply-to"),
            Field::IdentityReplyTo,
            new.reply_to.as_deref().unwrap_or_default(),
            None
        ),
        column![
            text(t!("settings-identity-signature")).size(SIZE),
            editor,
            text(t!("settings-identity-signature-hint")).size(12),
        ]
        .spacing(4),
        button(text(t!("settings-identity-add")).size(14))
            .padding([6, 14])
            .on_press_maybe((!new.email.trim().is_empty()).then_some(Message::AddIdentity)),
    ]
    .spacing(14)
    .into()
}
