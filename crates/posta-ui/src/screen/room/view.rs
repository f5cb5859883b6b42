//! How "Make room" and the server mailbox look: a heading with the quota,
//! a sortable table, and the actions under it.

use iced::widget::{
    button, checkbox, column, container, row, rule, scrollable, text, Column as Col,
};
use iced::{Center, Element, Fill, FillPortion, Length};

use super::{Column, Kind, Message, Room};
use crate::theme;
use crate::widget::message_list::sender_name;
use crate::widget::when;
use posta_core::account::Protocol;
use posta_core::imap::QuotaUsage;
use posta_core::sync::pop3::{ServerMessage, ServerState};
use posta_core::sync::quota::warning;
use posta_i18n::t;
use posta_i18n::{current_language, format_size, quota_amount};

fn cell<'a>(content: String, width: Length) -> Element<'a, Message> {
    container(
        text(content)
            .size(13)
            .wrapping(iced::widget::text::Wrapping::None),
    )
    .width(width)
    .clip(true)
    .padding([0, 4])
    .into()
}

impl Room {
    /// The whole view.
    pub fn view(&self) -> Element<'_, Message> {
        let title = match self.kind {
            Kind::MakeRoom => t!("quota-room-title", account = self.name.as_str()),
            Kind::Server => t!("server-title", account = self.name.as_str()),
        };
        let mut tabs = row![].spacing(6);
        if self.protocol == Protocol::Pop3 {
            let tab = |label: String, message: Message, active: bool| {
                button(text(label).size(13))
                    .padding([4, 10])
                    .style(if active {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(message)
            };
            tabs = tabs
                .push(tab(
                    t!("quota-room-here"),
                    Message::ShowLargest,
                    self.kind == Kind::MakeRoom,
                ))
                .push(tab(
                    t!("server-tab"),
                    Message::ShowServer,
                    self.kind == Kind::Server,
                ));
        }
        let close = button(text(t!("quota-room-close")).size(13))
            .padding([4, 10])
            .style(button::secondary)
            .on_press(Message::Close);
        let mut heading = column![row![
            text(title).size(18).font(theme::FONT_BOLD).width(Fill),
            tabs,
            close
        ]
        .spacing(10)
        .align_y(Center)]
        .spacing(6);
        if let Some(usage) = self.quota.iter().max_by_key(|u| u.percent()) {
            heading = heading.push(
                row![
                    container(crate::widget::quota::meter(usage)).width(220),
                    text(self.quota_sentence(usage)).size(13).width(Fill)
                ]
                .spacing(12)
                .align_y(Center),
            );
        }
        if let Some(notice) = &self.notice {
            heading = heading.push(text(notice.as_str()).size(13));
        }
        let body = match self.kind {
            Kind::MakeRoom => self.largest_view(),
            Kind::Server => self.server_view(),
        };
        container(column![heading, rule::horizontal(1), body].spacing(8))
            .padding(12)
            .width(Fill)
            .height(Fill)
            .into()
    }

    fn quota_sentence(&self, usage: &QuotaUsage) -> String {
        match warning(std::slice::from_ref(usage)) {
            Some(_) => t!(
                "quota-room-full",
                percent = usage.percent() as f64,
                amount = quota_amount(usage)
            ),
            None => t!(
                "quota-room-used",
                percent = usage.percent() as f64,
                amount = quota_amount(usage)
            ),
        }
    }

    fn header<'a>(&self, column: Column, label: String, width: Length) -> Element<'a, Message> {
        let arrow = match (self.sort == column, self.descending) {
            (true, true) => " ▼",
            (true, false) => " ▲",
            _ => "",
        };
        button(
            text(format!("{label}{arrow}"))
                .size(12)
                .font(theme::FONT_BOLD),
        )
        .padding([2, 4])
        .width(width)
        .style(button::text)
        .on_press(Message::Sort(column))
        .into()
    }

    fn largest_view(&self) -> Element<'_, Message> {
        let language = current_language();
        let now = when::now();
        let head = row![
            container(text("")).width(28),
            self.header(Column::Size, t!("quota-room-size"), Length::Fixed(90.0)),
            self.header(Column::Folder, t!("quota-room-folder"), FillPortion(3)),
            self.header(Column::Date, t!("quota-room-date"), Length::Fixed(110.0)),
            self.header(Column::Sender, t!("quota-room-sender"), FillPortion(3)),
            self.header(Column::Subject, t!("quota-room-subject"), FillPortion(4)),
        ]
        .padding(iced::Padding::ZERO.right(14))
        .align_y(Center);
        let rows = self.largest.iter().map(|l| {
            row![
                container(checkbox(self.chosen.contains(&l.row.id)).on_toggle({
                    let id = l.row.id;
                    move |_| Message::Toggle(id)
                }))
                .width(28),
                cell(format_size(l.row.size, language), Length::Fixed(90.0)),
                cell(l.folder.clone(), FillPortion(3)),
                cell(when::short(l.row.date, now, language), Length::Fixed(110.0)),
                cell(sender_name(&l.row.from).to_owned(), FillPortion(3)),
                cell(
                    crate::widget::message_list::subject_or_placeholder(&l.row.subject),
                    FillPortion(4),
                ),
            ]
            .align_y(Center)
            .height(26)
            .into()
        });
        let list: Element<'_, Message> = if self.largest.is_empty() {
            container(text(t!("quota-room-empty")).size(14).style(text::secondary))
                .center(Fill)
                .into()
        } else {
            scrollable(Col::with_children(rows).padding(iced::Padding::ZERO.right(14)))
                .height(Fill)
                .into()
        };
        let chosen_size: u64 = self
            .largest
            .iter()
            .filter(|l| self.chosen.contains(&l.row.id))
            .map(|l| l.row.size)
            .sum();
        let label = if self.chosen.is_empty() {
            t!("quota-room-delete-none")
        } else {
            t!(
                "quota-room-delete",
                count = self.chosen.len(),
                size = format_size(chosen_size, language)
            )
        };
        let delete = button(text(label).size(13))
            .padding([5, 10])
            .style(button::danger)
            .on_press_maybe((!self.chosen.is_empty()).then_some(Message::Delete));
        let bins = button(text(t!("quota-room-empty-bins", count = self.bins.len())).size(13))
            .padding([5, 10])
            .style(button::secondary)
            .on_press_maybe((!self.bins.is_empty()).then_some(Message::EmptyTrashJunk));
        column![
            head,
            list,
            row![delete, bins].spacing(8),
            text(t!("quota-room-hint")).size(12).style(text::secondary)
        ]
        .spacing(6)
        .height(Fill)
        .into()
    }

    fn state_label(state: ServerState) -> String {
        match state {
            ServerState::Downloaded => t!("server-state-downloaded"),
            ServerState::DeletedHere => t!("server-state-deleted-here"),
            ServerState::HeldBack => t!("server-state-held-back"),
            ServerState::New => t!("server-state-new"),
        }
    }

    fn server_row(&self, m: &ServerMessage) -> Element<'_, Message> {
        let language = current_language();
        let uidl = m.uidl.clone();
        row![
            container(
                checkbox(self.chosen_server.contains(&m.uidl))
                    .on_toggle(move |_| Message::ToggleServer(uidl.clone()))
            )
            .width(28),
            cell(m.number.to_string(), Length::Fixed(44.0)),
            cell(format_size(m.size, language), Length::Fixed(90.0)),
            cell(
                when::short(m.date, when::now(), language),
                Length::Fixed(110.0)
            ),
            cell(sender_name(&m.sender).to_owned(), FillPortion(3)),
            cell(
                crate::widget::message_list::subject_or_placeholder(&m.subject),
                FillPortion(4)
            ),
            cell(Self::state_label(m.state), FillPortion(3)),
        ]
        .align_y(Center)
        .height(26)
        .into()
    }

    fn server_view(&self) -> Element<'_, Message> {
        let bold = |label: String, width: Length| -> Element<'_, Message> {
            container(text(label).size(12).font(theme::FONT_BOLD))
                .width(width)
                .padding([0, 4])
                .into()
        };
        let head = row![
            container(text("")).width(28),
            bold(t!("server-number"), Length::Fixed(44.0)),
            bold(t!("quota-room-size"), Length::Fixed(90.0)),
            bold(t!("quota-room-date"), Length::Fixed(110.0)),
            bold(t!("quota-room-sender"), FillPortion(3)),
            bold(t!("quota-room-subject"), FillPortion(4)),
            bold(t!("server-state"), FillPortion(3)),
        ]
        .padding(iced::Padding::ZERO.right(14));
        let mut by_size: Vec<&ServerMessage> = self.server.iter().collect();
        by_size.sort_by(|a, b| b.size.cmp(&a.size).then(a.number.cmp(&b.number)));
        let list: Element<'_, Message> = if self.server.is_empty() {
            let words = if self.busy {
                t!("server-loading")
            } else {
                t!("server-empty")
            };
            container(text(words).size(14).style(text::secondary))
                .center(Fill)
                .into()
        } else {
            scrollable(
                Col::with_children(by_size.into_iter().map(|m| self.server_row(m)))
                    .padding(iced::Padding::ZERO.right(14)),
            )
            .height(Fill)
            .into()
        };
        let any = !self.chosen_server.is_empty() && !self.busy;
        let held_back = self
            .server
            .iter()
            .filter(|m| m.state == ServerState::HeldBack)
            .count();
        let actions: Element<'_, Message> = if self.confirming {
            row![
                text(t!(
                    "server-delete-confirm",
                    count = self.chosen_server.len()
                ))
                .size(13)
                .width(Fill),
                button(text(t!("server-delete")).size(13))
                    .padding([5, 10])
                    .style(button::danger)
                    .on_press(Message::ConfirmDeleteOnServer),
                button(text(t!("server-cancel")).size(13))
                    .padding([5, 10])
                    .style(button::secondary)
                    .on_press(Message::CancelDeleteOnServer),
            ]
            .spacing(8)
            .align_y(Center)
            .into()
        } else {
            row![
                button(text(t!("server-delete")).size(13))
                    .padding([5, 10])
                    .style(button::danger)
                    .on_press_maybe(any.then_some(Message::AskDeleteOnServer)),
                button(text(t!("server-download")).size(13))
                    .padding([5, 10])
                    .on_press_maybe(any.then_some(Message::FetchChosen)),
                button(text(t!("server-download-held-back", count = held_back)).size(13))
                    .padding([5, 10])
                    .style(button::secondary)
                    .on_press_maybe(
                        (held_back > 0 && !self.busy).then_some(Message::FetchHeldBack)
                    ),
                button(text(t!("server-refresh")).size(13))
                    .padding([5, 10])
                    .style(button::secondary)
                    .on_press_maybe((!self.busy).then_some(Message::Refresh)),
                iced::widget::space::horizontal(),
                button(text(t!("server-switch-open")).size(13))
                    .padding([5, 10])
                    .style(button::success)
                    .on_press(Message::MoveToImap),
            ]
            .spacing(8)
            .into()
        };
        column![head, list, actions].spacing(6).height(Fill).into()
    }
}
