//! The mailbox's side of the server's promises: the quota warning bar,
//! the held-back POP3 messages shown as placeholders in INBOX, and the
//! "Make room" / server mailbox view drawn over the list.

use iced::widget::{button, column, container, row, text, Column};
use iced::{Center, Element, Fill};

use super::ops::store_problem;
use super::{Action, Mailbox, Message};
use crate::screen::room::{self, Kind, Room};
use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::sync::imap::with_store;
use posta_core::sync::pop3::{ServerMessage, ServerState};
use posta_core::sync::quota::{warning, QuotaLevel};
use posta_core::worker::Command;
use posta_i18n::t;
use posta_i18n::{current_language, format_size, quota_amount};

/// What a placeholder row of a held-back message offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placeholder {
    /// Download it now.
    Download(i64, String),
    /// Delete it on the server (asks first, in the server view).
    Delete(i64, String),
}

impl Mailbox {
    /// Opens "Make room" or the server mailbox for an account.
    pub(super) fn open_room(&mut self, account: i64, kind: Kind) -> Action {
        let Some(entry) = self.account(account) else {
            return Action::None;
        };
        let (name, protocol, folders) = (
            entry.config.name.clone(),
            entry.config.protocol,
            entry.folders.clone(),
        );
        let cached = entry.server.clone();
        let opened = with_store(&self.store, |s| {
            Room::new(s, account, &name, protocol, &folders, Kind::MakeRoom)
        });
        match opened {
            Ok(mut view) => {
                view.set_server(cached);
                self.room = Some(view);
                if kind == Kind::Server {
                    return self.room_message(room::Message::ShowServer);
                }
            }
            Err(err) => self.notice = Some(store_problem(&err)),
        }
        Action::None
    }

    /// For `packaging/screenshots-room.sh`: `POSTA_SCREENSHOT_ROOM` =
    /// `ACCOUNT:make-room`, `ACCOUNT:server` or `ACCOUNT:inbox` opens that
    /// view (or that account's INBOX) at start. Nothing connects. Test kit:
    /// only in builds with the test-kit feature.
    #[cfg(feature = "test-kit")]
    pub(super) fn screenshot_from_env(&mut self) {
        let Ok(wanted) = std::env::var("POSTA_SCREENSHOT_ROOM") else {
            return;
        };
        let Some((account, view)) = wanted.split_once(':') else {
            return;
        };
        let Ok(account) = account.parse::<i64>() else {
            return;
        };
        let _ = match view {
            "make-room" => self.open_room(account, Kind::MakeRoom),
            "server" => self.open_room(account, Kind::Server),
            _ => match self.account(account).and_then(|a| a.inbox()).map(|f| f.id) {
                Some(inbox) => self.open_folder(inbox),
                None => Action::None,
            },
        };
    }

    /// The open view, if any (for tests).
    pub fn room(&self) -> Option<&Room> {
        self.room.as_ref()
    }

    /// Passes a message to the open view and does what it asks.
    pub(super) fn room_message(&mut self, message: room::Message) -> Action {
        let Some(view) = &mut self.room else {
            return Action::None;
        };
        let account = view.account;
        match view.update(message) {
            room::Action::None => {}
            room::Action::Close => self.room = None,
            room::Action::Delete(ids) => {
                self.apply(account, Command::Delete { message_ids: ids });
                self.reload_room();
            }
            room::Action::Worker(command) => self.send_to_worker(account, command),
            room::Action::MoveToImap => return self.open_switch(account),
        }
        Action::None
    }

    /// A placeholder's button.
    pub(super) fn placeholder(&mut self, choice: Placeholder) -> Action {
        match choice {
            Placeholder::Download(account, uidl) => {
                self.send_to_worker(account, Command::FetchFromServer { uidls: vec![uidl] });
                Action::None
            }
            Placeholder::Delete(account, uidl) => {
                let _ = self.open_room(account, Kind::Server);
                let _ = self.room_message(room::Message::ToggleServer(uidl));
                self.room_message(room::Message::AskDeleteOnServer)
            }
        }
    }

    fn send_to_worker(&mut self, account: i64, command: Command) {
        let sent = self
            .account(account)
            .and_then(|a| a.worker.as_ref())
            .is_some_and(|w| w.send(command));
        if !sent {
            match &mut self.room {
                Some(view) if !view.server().is_empty() => {
                    view.set_notice(t!("server-offline-cached"))
                }
                Some(view) => view.set_notice(t!("folders-needs-connection")),
                None => self.notice = Some(t!("folders-needs-connection")),
            }
        }
    }

    /// Reads the open view's messages again (the store changed).
    pub(super) fn reload_room(&mut self) {
        let Some(view) = &mut self.room else {
            return;
        };
        let Some(entry) = self.accounts.iter().find(|a| a.config.id == view.account) else {
            self.room = None;
            return;
        };
        let folders = entry.folders.clone();
        if let Err(err) = with_store(&self.store, |s| view.reload(s, &folders)) {
            self.notice = Some(store_problem(&err));
        }
    }

    /// The worker listed the POP3 server, or did something there.
    pub(super) fn server_event(&mut self, account: i64, event: ServerEvent) {
        let words = match event {
            ServerEvent::Listing(listing) => {
                if let Some(entry) = self.account_mut(account) {
                    entry.server = listing.clone();
                }
                if let Some(view) = self.room.as_mut().filter(|v| v.account == account) {
                    view.set_server(listing);
                }
                return;
            }
            ServerEvent::Deleted(count) => t!("server-deleted", count = count),
            ServerEvent::Fetched(count) => t!("server-fetched", count = count),
        };
        match self.room.as_mut().filter(|v| v.account == account) {
            Some(view) => view.set_notice(words),
            None => self.notice = Some(words),
        }
    }

    /// The bar at 80 % and 95 % of an account's quota, with "Make room".
    pub(super) fn quota_bars(&self) -> Option<Element<'_, Message>> {
        let bars: Vec<Element<'_, Message>> = self
            .accounts
            .iter()
            // The open Make room view says the same in its heading.
            .filter(|account| {
                self.room
                    .as_ref()
                    .is_none_or(|v| v.account != account.config.id)
            })
            .filter_map(|account| {
                let (usage, level) = warning(&account.quota)?;
                let id = if level == QuotaLevel::Critical {
                    "quota-critical"
                } else {
                    "quota-warning"
                };
                let sentence = t!(
                    id,
                    account = account.config.name.as_str(),
                    percent = usage.percent() as f64,
                    amount = quota_amount(&usage)
                );
                let bar = container(
                    row![
                        text(sentence).size(13).width(Fill),
                        button(text(t!("quota-make-room")).size(13))
                            .padding([4, 10])
                            .on_press(Message::OpenRoom(account.config.id, Kind::MakeRoom)),
                    ]
                    .spacing(8)
                    .align_y(Center),
                )
                .padding([6, 10])
                .width(Fill)
                .style(if level == QuotaLevel::Critical {
                    container::danger
                } else {
                    container::warning
                });
                Some(bar.into())
            })
            .collect();
        (!bars.is_empty()).then(|| Column::with_children(bars).into())
    }

    /// Held-back POP3 messages of the open INBOX, as rows above the list:
    /// "3.4 MB, on the server — Download / Delete".
    pub(super) fn placeholders(&self) -> Option<Element<'_, Message>> {
        let (account, folder) = self.selected_folder()?;
        if account.config.protocol != Protocol::Pop3 || folder.role != Some(SpecialUse::Inbox) {
            return None;
        }
        let held: Vec<&ServerMessage> = account
            .server
            .iter()
            .filter(|m| m.state == ServerState::HeldBack)
            .collect();
        if held.is_empty() {
            return None;
        }
        let language = current_language();
        let id = account.config.id;
        let rows = held.into_iter().map(|m| {
            let subject = crate::widget::message_list::subject_or_placeholder(&m.subject);
            row![
                text("⇣").size(14),
                text(t!(
                    "server-placeholder",
                    size = format_size(m.size, language)
                ))
                .size(13),
                text(subject).size(13).width(Fill),
                button(text(t!("server-download")).size(12))
                    .padding([2, 8])
                    .on_press(Message::Placeholder(Placeholder::Download(
                        id,
                        m.uidl.clone()
                    ))),
                button(text(t!("server-delete")).size(12))
                    .padding([2, 8])
                    .style(button::secondary)
                    .on_press(Message::Placeholder(Placeholder::Delete(
                        id,
                        m.uidl.clone()
                    ))),
            ]
            .spacing(8)
            .padding([3, 10])
            .align_y(Center)
            .into()
        });
        Some(
            container(column(rows))
                .width(Fill)
                .style(container::bordered_box)
                .into(),
        )
    }
}

/// What the worker said about the POP3 server.
pub(super) enum ServerEvent {
    /// Its mailbox.
    Listing(Vec<ServerMessage>),
    /// This many deleted there.
    Deleted(usize),
    /// This many downloaded from there.
    Fetched(usize),
}
