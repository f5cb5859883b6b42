//! Archive, Junk / Not junk on the selection, Mark all as read on the open
//! folder and Empty Trash (after a confirmation naming the count): buttons
//! at the end of the toolbar, the work done by the account's worker (or
//! here, without one) through [`posta_core::sync::everyday`].

use iced::widget::{button, container, row, text, tooltip};
use iced::{Center, Element};

use super::undo::Said;
use super::{Action, Dialog, Mailbox, Message};
use crate::widget::folder_tree::Label;
use posta_core::imap::SpecialUse;
use posta_core::sync::everyday::Everyday;
use posta_core::worker::Command;
use posta_i18n::t;

/// What an everyday button asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Archive the selection.
    Archive,
    /// Junk the selection.
    Junk,
    /// Not junk: the selection back to the Inbox.
    NotJunk,
    /// Mark every message of the open folder read.
    MarkAllRead,
    /// Ask, then empty the open Trash.
    EmptyTrash,
}

impl Mailbox {
    /// The role of the open folder, if it is one of an account's own.
    fn open_role(&self) -> Option<SpecialUse> {
        self.selected_folder()
            .filter(|(_, f)| !f.shared)
            .and_then(|(_, f)| f.role)
    }

    /// Does what an everyday button asks.
    pub(super) fn everyday(&mut self, request: Request) -> Action {
        match request {
            Request::Archive => self.on_selection(SpecialUse::Archive, |message_ids| {
                Everyday::Archive { message_ids }
            }),
            Request::Junk => self.on_selection(SpecialUse::Junk, |message_ids| Everyday::Junk {
                message_ids,
                junk: true,
            }),
            Request::NotJunk => {
                self.on_selection(SpecialUse::Inbox, |message_ids| Everyday::Junk {
                    message_ids,
                    junk: false,
                })
            }
            Request::MarkAllRead => {
                if let Some((account, folder)) = self.selected_folder() {
                    let (account, folder_id) = (account.config.id, folder.id);
                    self.apply(
                        account,
                        Command::Everyday(Everyday::MarkAllRead { folder_id }),
                    );
                }
                Action::None
            }
            Request::EmptyTrash => {
                if let Some((account, folder)) = self.selected_folder() {
                    if folder.role == Some(SpecialUse::Trash) && folder.total > 0 {
                        self.dialog = Some(Dialog::EmptyTrash {
                            account: account.config.id,
                            messages: folder.total,
                        });
                    }
                }
                Action::None
            }
        }
    }

    /// The confirmed "Empty Trash".
    pub(super) fn empty_trash(&mut self, account: i64) {
        self.apply(account, Command::Everyday(Everyday::EmptyTrash { account }));
        self.selection.clear();
        self.reader = None;
    }

    /// Sends `action` for the selected messages, account by account.
    /// The line says what happened, with Undo, and the next message is
    /// selected.
    fn on_selection(&mut self, role: SpecialUse, action: impl Fn(Vec<i64>) -> Everyday) -> Action {
        let next = self.next_after_selection();
        let groups = self.selected_by_account();
        let before = super::undo::snapshot(&groups);
        for (account, rows) in groups {
            let ids = rows.iter().map(|r| r.id).collect();
            self.apply(account, Command::Everyday(action(ids)));
        }
        let count = super::undo::count(&before);
        let said = match role {
            SpecialUse::Junk => Said::Junked(count),
            _ => Said::Moved {
                count,
                folder: Label::Role(role),
            },
        };
        self.offer_undo(said, before);
        self.select_next(next)
    }

    /// Archive and Junk (or Not junk, in Junk) for the toolbar, as icon
    /// buttons with the folder tree's icons and a tooltip: they act on the
    /// selection.
    pub(super) fn everyday_buttons(&self) -> Element<'_, Message> {
        let any = !self.selection.is_empty();
        let role = self.open_role();
        let mut buttons = row![].spacing(6).align_y(Center);
        if role != Some(SpecialUse::Archive) {
            buttons = buttons.push(icon("⛁", t!("mailbox-archive"), Request::Archive, any));
        }
        buttons = if role == Some(SpecialUse::Junk) {
            buttons.push(icon("✓", t!("mailbox-not-junk"), Request::NotJunk, any))
        } else {
            buttons.push(icon("⚠", t!("mailbox-junk"), Request::Junk, any))
        };
        buttons.into()
    }

    /// Mark all as read (or, in Trash, Empty Trash) for the list heading,
    /// as an icon button with a tooltip: they act on the open folder.
    pub(super) fn folder_button(&self) -> Option<Element<'_, Message>> {
        let (_, folder) = self.selected_folder()?;
        Some(if self.open_role() == Some(SpecialUse::Trash) {
            icon(
                "✖",
                t!("mailbox-empty-trash"),
                Request::EmptyTrash,
                folder.total > 0,
            )
        } else {
            icon(
                "✓",
                t!("mailbox-mark-all-read"),
                Request::MarkAllRead,
                folder.unread > 0,
            )
        })
    }
}

/// An icon button with a tooltip, active when `enabled`.
fn icon<'a>(
    symbol: &'static str,
    tip: String,
    request: Request,
    enabled: bool,
) -> Element<'a, Message> {
    tooltip(
        button(text(symbol).size(15))
            .padding([4, 10])
            .style(button::secondary)
            .on_press_maybe(enabled.then_some(Message::Everyday(request))),
        container(text(tip).size(12))
            .padding(6)
            .style(container::rounded_box),
        tooltip::Position::Bottom,
    )
    .into()
}
