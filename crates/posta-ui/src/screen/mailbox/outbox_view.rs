//! How the Outbox looks: over the message list, a heading with how Posta
//! retries, then one card per waiting message (recipients, subject, its
//! state, the last reason in words, Send now / Edit / Delete); and the
//! account's part of the status bar while something waits.

use iced::widget::{button, column, container, row, rule, scrollable, text, Column};
use iced::{Center, Element, Fill};

use super::outbox::{reason, OutboxMessage, OutboxView};
use super::{Account, Mailbox, Message};
use crate::theme;
use crate::widget::when;
use posta_core::smtp::OutboxEntry;
use posta_i18n::{current_language, t};

fn minutes(account: &Account) -> u64 {
    account.config.check_interval.div_ceil(60).max(1)
}

fn send(message: OutboxMessage) -> Message {
    Message::Outbox(message)
}

impl Mailbox {
    /// The open Outbox, drawn where the list is.
    pub(super) fn outbox_panel<'a>(&'a self, view: &'a OutboxView) -> Element<'a, Message> {
        let Some(account) = self.account(view.account) else {
            return column![].into();
        };
        let heading = row![
            text(t!("outbox-heading", account = account.config.name.as_str()))
                .size(16)
                .font(theme::FONT_BOLD)
                .width(Fill),
            button(text(t!("outbox-close")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press(send(OutboxMessage::Close)),
        ]
        .spacing(10)
        .align_y(Center);
        let intro = text(t!("outbox-intro", minutes = minutes(account)))
            .size(13)
            .style(text::secondary);
        let mut cards = Column::new().spacing(10);
        if account.outbox.is_empty() {
            cards = cards.push(text(t!("outbox-empty")).size(14).style(text::secondary));
        }
        for entry in &account.outbox {
            cards = cards.push(card(account, entry, view));
        }
        column![
            container(column![heading, intro].spacing(6)).padding([8, 12]),
            rule::horizontal(1),
            scrollable(container(cards).padding([10, 12]).width(Fill)).height(Fill),
        ]
        .height(Fill)
        .into()
    }

    /// The status bar's word on an account's outbox: how many wait and
    /// why, or how many were refused; a click opens the Outbox.
    pub(super) fn outbox_status(
        &self,
        account: &Account,
        name_it: bool,
    ) -> Option<Element<'_, Message>> {
        if account.outbox.is_empty() {
            return None;
        }
        let held: Vec<&OutboxEntry> = account
            .outbox
            .iter()
            .filter(|e| e.meta.needs_attention)
            .collect();
        let latest = |entries: &[&OutboxEntry]| {
            entries
                .iter()
                .filter(|e| e.meta.last_attempt.is_some() || e.meta.last_error.is_some())
                .max_by_key(|e| e.meta.last_attempt)
                .and_then(|e| reason(e, &account.config))
        };
        let line = if !held.is_empty() {
            t!(
                "outbox-status-attention",
                count = held.len(),
                reason = latest(&held).unwrap_or_default()
            )
        } else {
            let all: Vec<&OutboxEntry> = account.outbox.iter().collect();
            match latest(&all) {
                Some(why) => t!(
                    "outbox-status-waiting",
                    count = account.outbox.len(),
                    reason = why
                ),
                None => t!("outbox-status-new", count = account.outbox.len()),
            }
        };
        let line = if name_it {
            format!("{}: {line}", account.config.name)
        } else {
            line
        };
        let icon = if held.is_empty() { "⇪" } else { "⚠" };
        Some(
            button(
                row![text(icon).size(13), text(line).size(12).width(Fill)]
                    .spacing(6)
                    .align_y(Center),
            )
            .padding(0)
            .width(Fill)
            .style(button::text)
            .on_press(send(OutboxMessage::Open(account.config.id)))
            .into(),
        )
    }
}

/// One waiting message.
fn card<'a>(
    account: &'a Account,
    entry: &'a OutboxEntry,
    view: &OutboxView,
) -> Element<'a, Message> {
    let meta = &entry.meta;
    let language = current_language();
    let now = when::now();
    let subject = if meta.subject.trim().is_empty() {
        t!("outbox-no-subject")
    } else {
        meta.subject.clone()
    };
    let busy = entry.sending || view.busy.contains(&entry.id);
    let state = if busy {
        t!("outbox-state-sending")
    } else if meta.needs_attention {
        t!("outbox-state-attention")
    } else {
        match meta.last_attempt {
            Some(last) => t!(
                "outbox-state-waiting",
                attempts = meta.attempts,
                time = when::short(Some(last), now, language),
                next = when::short(
                    Some(last + account.config.check_interval.max(60) as i64),
                    now,
                    language
                )
            ),
            None => t!("outbox-state-new"),
        }
    };
    let mut body = column![
        text(subject).size(14).font(theme::FONT_BOLD),
        text(t!("outbox-to", to = meta.envelope.to.join(", "))).size(13),
        text(state).size(13).style(if meta.needs_attention {
            text::danger
        } else {
            text::default
        }),
    ]
    .spacing(4);
    if let Some(why) = reason(entry, &account.config) {
        body = body.push(text(t!("outbox-reason", reason = why)).size(13));
    }
    let id = entry.id.clone();
    let actions: Element<'a, Message> = if view.confirming.as_deref() == Some(entry.id.as_str()) {
        row![
            text(t!(
                "outbox-delete-question",
                subject = meta.subject.as_str()
            ))
            .size(13)
            .width(Fill),
            button(text(t!("outbox-delete-confirm")).size(13))
                .padding([4, 10])
                .style(button::danger)
                .on_press(send(OutboxMessage::ConfirmDelete(id))),
            button(text(t!("outbox-keep")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press(send(OutboxMessage::Keep)),
        ]
        .spacing(8)
        .align_y(Center)
        .into()
    } else {
        let enabled = |message: OutboxMessage| (!busy).then_some(send(message));
        row![
            button(text(t!("outbox-send-now")).size(13))
                .padding([4, 10])
                .on_press_maybe(enabled(OutboxMessage::SendNow(id.clone()))),
            button(text(t!("outbox-edit")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press_maybe(enabled(OutboxMessage::Edit(id.clone()))),
            button(text(t!("outbox-delete")).size(13))
                .padding([4, 10])
                .style(button::secondary)
                .on_press_maybe(enabled(OutboxMessage::Delete(id))),
        ]
        .spacing(8)
        .into()
    };
    container(column![body, actions].spacing(8))
        .padding(10)
        .width(Fill)
        .style(container::rounded_box)
        .into()
}
