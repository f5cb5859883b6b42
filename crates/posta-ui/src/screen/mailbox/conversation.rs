//! Conversations in the mailbox: a folder's list grouped by conversation
//! (a per-folder setting kept in the store; the account's Sent folder
//! joins, so the user's own replies are part of it), and, above the
//! reader, the open conversation as a stack: every other message a
//! collapsed line (sender, date), the open one expanded in the reader
//! below. A click on a line opens that message. Actions on a grouped row
//! (delete, archive, junk, read, star, tags) apply to the conversation's
//! messages in that folder.

use iced::widget::{button, checkbox, column, container, row, scrollable, text};
use iced::{Element, Fill, Length};

use super::{Mailbox, Message, Source};
use crate::theme;
use crate::widget::{message_list, when};
use posta_core::imap::SpecialUse;
use posta_core::store::MessageRow;
use posta_core::sync::imap::with_store;
use posta_i18n::current_language;
use posta_i18n::t;

/// Collapsed lines shown before the stack scrolls.
const STACK_LINES: f32 = 5.0;
/// Height of one collapsed line.
const LINE_HEIGHT: f32 = 26.0;

impl Mailbox {
    /// What the listing needs to group the open folder, if it is grouped:
    /// the account's Sent folders, whose messages join conversations.
    pub(super) fn threading(&self) -> Option<Vec<i64>> {
        let Source::Folder(id) = self.listing.source() else {
            return None;
        };
        let threaded = with_store(&self.store, |s| Ok(s.threaded(*id)?)).unwrap_or(false);
        if !threaded {
            return None;
        }
        let (account, _) = self.folder(*id)?;
        Some(
            account
                .folders
                .iter()
                .filter(|f| f.role == Some(SpecialUse::Sent) && !f.shared && f.id != *id)
                .map(|f| f.id)
                .collect(),
        )
    }

    /// Groups the open folder by conversation, or stops; remembered for
    /// the folder.
    pub(super) fn set_threaded(&mut self, on: bool) -> super::Action {
        let Source::Folder(id) = self.listing.source().clone() else {
            return super::Action::None;
        };
        if let Err(err) = with_store(&self.store, |s| Ok(s.set_threaded(id, on)?)) {
            self.notice = Some(super::ops::store_problem(&err));
        }
        self.selection.clear();
        self.reader = None;
        self.refresh_list(true);
        super::Action::None
    }

    /// `ids` with, for each message shown as a conversation, the
    /// conversation's other messages in the same folder.
    pub(super) fn with_conversations(&self, ids: Vec<i64>) -> Vec<i64> {
        if !self.listing.threaded() {
            return ids;
        }
        let mut all = ids.clone();
        for id in &ids {
            let Some(thread) = self.listing.thread_of(*id) else {
                continue;
            };
            let others = with_store(&self.store, |s| {
                let folder = s.message(*id)?.map(|m| m.folder_id);
                let mut same = Vec::new();
                for other in &thread.ids {
                    if s.message(*other)?.map(|m| m.folder_id) == folder {
                        same.push(*other);
                    }
                }
                Ok(same)
            })
            .unwrap_or_default();
            all.extend(others);
        }
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The messages of the open message's conversation, oldest first
    /// (empty when the list is not grouped or it is alone).
    pub(super) fn conversation_rows(&self) -> Vec<MessageRow> {
        let Some(open) = self.reader.as_ref().map(|r| r.message().id) else {
            return Vec::new();
        };
        let Some(thread) = self.listing.thread_of(open).filter(|t| t.count() > 1) else {
            return Vec::new();
        };
        with_store(&self.store, |s| {
            let mut rows = Vec::with_capacity(thread.ids.len());
            for id in &thread.ids {
                rows.extend(s.message(*id)?);
            }
            Ok(rows)
        })
        .unwrap_or_default()
    }

    /// The "group by conversation" switch for the list heading.
    pub(super) fn threading_toggle(&self) -> Option<Element<'_, Message>> {
        if !matches!(self.listing.source(), Source::Folder(_)) {
            return None;
        }
        Some(
            checkbox(self.listing.threaded() || self.threading().is_some())
                .label(t!("conversation-group"))
                .text_size(13)
                .on_toggle(Message::Threaded)
                .into(),
        )
    }

    /// The open conversation above the reader: one collapsed line per
    /// message, the open one marked (it is expanded below).
    pub(super) fn conversation_stack(&self) -> Option<Element<'_, Message>> {
        let rows = self.conversation_rows();
        if rows.is_empty() {
            return None;
        }
        let open = self.reader.as_ref().map(|r| r.message().id);
        let language = current_language();
        let now = when::now();
        let title = text(t!(
            "conversation-count",
            count = rows.len(),
            unread = rows.iter().filter(|r| r.is_unread()).count()
        ))
        .size(12)
        .style(text::secondary);
        let mut lines = column![].spacing(2);
        for row in &rows {
            let current = Some(row.id) == open;
            let font = if row.is_unread() {
                theme::FONT_BOLD
            } else {
                theme::FONT
            };
            let sender = message_list::sender_name(&row.from).to_owned();
            let line = row![
                text(if current { "▾" } else { "▸" }).size(12).width(12),
                text(sender)
                    .size(13)
                    .font(font)
                    .width(Length::FillPortion(3)),
                text(message_list::subject_or_placeholder(&row.subject))
                    .size(13)
                    .style(text::secondary)
                    .width(Length::FillPortion(5)),
                text(when::short(row.date, now, language))
                    .size(12)
                    .width(110)
                    .align_x(iced::alignment::Horizontal::Right),
            ]
            .spacing(8);
            let entry: Element<'_, Message> = if current {
                // The one open below: marked, not a button.
                container(line)
                    .width(Fill)
                    .height(LINE_HEIGHT)
                    .padding([4, 8])
                    .style(|theme: &iced::Theme| {
                        let palette = theme.extended_palette();
                        container::Style {
                            background: Some(palette.primary.weak.color.into()),
                            text_color: Some(palette.primary.weak.text),
                            ..container::Style::default()
                        }
                    })
                    .into()
            } else {
                button(line)
                    .width(Fill)
                    .height(LINE_HEIGHT)
                    .padding([4, 8])
                    .style(button::text)
                    .on_press(Message::OpenInConversation(row.id))
                    .into()
            };
            lines = lines.push(entry);
        }
        let height = (rows.len() as f32).min(STACK_LINES) * (LINE_HEIGHT + 2.0);
        Some(
            container(column![title, scrollable(lines).height(height)].spacing(4))
                .padding([6, 10])
                .width(Fill)
                .into(),
        )
    }

    /// Opens a message of the open conversation in the reader.
    pub(super) fn open_in_conversation(&mut self, id: i64) -> super::Action {
        let row = with_store(&self.store, |s| Ok(s.message(id)?))
            .ok()
            .flatten();
        if let Some(row) = row {
            self.open_message(row);
        }
        super::Action::None
    }
}

#[cfg(feature = "test-kit")]
impl Mailbox {
    /// Screenshot pages (test-kit builds only): `POSTA_SCREENSHOT_CONVERSATION`
    /// opens the first conversation of more than one message in the open
    /// (grouped) folder; `POSTA_SCREENSHOT_HELP` shows the keyboard help.
    pub(super) fn conversation_screenshot_from_env(&mut self) {
        if std::env::var_os("POSTA_SCREENSHOT_HELP").is_some() {
            self.help = true;
        }
        if std::env::var_os("POSTA_SCREENSHOT_CONVERSATION").is_none() {
            return;
        }
        let first = (0..self.list.total()).find_map(|index| {
            let row = self.row_at(index)?;
            let long = self
                .listing
                .thread_of(row.id)
                .is_some_and(|t| t.count() > 1);
            long.then_some(index)
        });
        if let Some(index) = first {
            let _ = self.pick(index, super::Mode::Replace);
        }
    }
}
