//! "Make room" and the POP3 server mailbox: the account's largest messages
//! across its folders (sortable, delete, empty Trash and Junk), and for a
//! POP3 account what is on the server (delete unseen, download now).
//!
//! Drawn over the mailbox, which owns it: deleting goes through the
//! mailbox's usual offline-first path, the server actions through the
//! account's worker ([`Action`] says which).

mod view;

use std::collections::BTreeSet;

use posta_core::account::Protocol;
use posta_core::imap::{QuotaUsage, SpecialUse};
use posta_core::store::{special_folder, FolderRow, MessageRow, Store};
use posta_core::sync::pop3::{ServerMessage, ServerState};
use posta_core::worker::Command;

/// How many of the largest messages the view lists.
pub const LARGEST: usize = 200;

/// Which view is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The largest messages here.
    MakeRoom,
    /// What is on the POP3 server.
    Server,
}

/// A column to sort the largest messages by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Size.
    Size,
    /// Folder name.
    Folder,
    /// Date.
    Date,
    /// Sender.
    Sender,
    /// Subject.
    Subject,
}

/// One of the largest messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Largest {
    /// The message.
    pub row: MessageRow,
    /// The folder it is in, as the tree names it.
    pub folder: String,
}

/// What the user does in the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Sort by this column (again: the other way round).
    Sort(Column),
    /// Tick or untick a message here.
    Toggle(i64),
    /// Tick or untick a message on the server.
    ToggleServer(String),
    /// Delete the ticked messages (here: for good, so the server frees the
    /// room).
    Delete,
    /// Delete everything in Trash and Junk.
    EmptyTrashJunk,
    /// Switch to the POP3 server mailbox.
    ShowServer,
    /// Switch to the largest messages.
    ShowLargest,
    /// Ask the server again.
    Refresh,
    /// "Delete from the server": asks for confirmation.
    AskDeleteOnServer,
    /// The confirmation's "Delete".
    ConfirmDeleteOnServer,
    /// The confirmation's "Cancel".
    CancelDeleteOnServer,
    /// Download the ticked server messages now.
    FetchChosen,
    /// Download every held-back message now.
    FetchHeldBack,
    /// "Move to IMAP…" (POP3 accounts).
    MoveToImap,
    /// Close the view.
    Close,
}

/// What the view asks the mailbox to do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Nothing.
    None,
    /// Close the view.
    Close,
    /// Delete these messages for good (offline-first, as the mailbox does).
    Delete(Vec<i64>),
    /// Send this to the account's worker.
    Worker(Command),
    /// Open "Move to IMAP" for the account.
    MoveToImap,
}

/// The view's state.
#[derive(Debug, Clone)]
pub struct Room {
    /// The account it is about.
    pub account: i64,
    name: String,
    protocol: Protocol,
    kind: Kind,
    quota: Vec<QuotaUsage>,
    largest: Vec<Largest>,
    /// Message ids in Trash and Junk.
    bins: Vec<i64>,
    sort: Column,
    descending: bool,
    chosen: BTreeSet<i64>,
    server: Vec<ServerMessage>,
    chosen_server: BTreeSet<String>,
    /// The delete-from-server confirmation is shown.
    confirming: bool,
    /// A server action is running.
    busy: bool,
    notice: Option<String>,
}

impl Room {
    /// The view for an account, read from the store.
    pub fn new(
        store: &Store,
        account: i64,
        name: &str,
        protocol: Protocol,
        folders: &[FolderRow],
        kind: Kind,
    ) -> posta_core::Result<Room> {
        let mut room = Room {
            account,
            name: name.to_owned(),
            protocol,
            kind,
            quota: Vec::new(),
            largest: Vec::new(),
            bins: Vec::new(),
            sort: Column::Size,
            descending: true,
            chosen: BTreeSet::new(),
            server: Vec::new(),
            chosen_server: BTreeSet::new(),
            confirming: false,
            busy: false,
            notice: None,
        };
        room.reload(store, folders)?;
        Ok(room)
    }

    /// Reads the largest messages, the bins and the quota again.
    pub fn reload(&mut self, store: &Store, folders: &[FolderRow]) -> posta_core::Result<()> {
        let label = |id: i64| {
            folders
                .iter()
                .find(|f| f.id == id)
                .map(crate::widget::folder_tree::label)
                .unwrap_or_default()
        };
        self.largest = store
            .largest_messages(self.account, LARGEST)?
            .into_iter()
            .map(|(row, _)| Largest {
                folder: label(row.folder_id),
                row,
            })
            .collect();
        self.bins.clear();
        // The account's Trash and Junk, found by the one rule for them.
        for folder in [SpecialUse::Trash, SpecialUse::Junk]
            .into_iter()
            .filter_map(|role| special_folder(folders, role))
        {
            let (total, _) = store.message_count(folder.id)?;
            let rows = store.messages(folder.id, total as usize, 0, Default::default())?;
            self.bins.extend(rows.into_iter().map(|r| r.id));
        }
        self.quota = store.quota(self.account)?;
        let present: BTreeSet<i64> = self.largest.iter().map(|l| l.row.id).collect();
        self.chosen.retain(|id| present.contains(id));
        self.sort_rows();
        Ok(())
    }

    /// The server's mailbox arrived (or the cached copy of it).
    pub fn set_server(&mut self, listing: Vec<ServerMessage>) {
        let present: BTreeSet<&str> = listing.iter().map(|m| m.uidl.as_str()).collect();
        self.chosen_server.retain(|u| present.contains(u.as_str()));
        self.server = listing;
        self.busy = false;
    }

    /// A sentence to show under the heading (what a server action did).
    pub fn set_notice(&mut self, notice: String) {
        self.notice = Some(notice);
        self.busy = false;
    }

    /// Which view is open.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The largest messages in their current order.
    pub fn largest(&self) -> &[Largest] {
        &self.largest
    }

    /// The server's messages as last listed.
    pub fn server(&self) -> &[ServerMessage] {
        &self.server
    }

    /// True while the delete-from-server confirmation is shown.
    pub fn confirming(&self) -> bool {
        self.confirming
    }

    fn sort_rows(&mut self) {
        let key = self.sort;
        self.largest.sort_by(|a, b| {
            let order = match key {
                Column::Size => a.row.size.cmp(&b.row.size),
                Column::Folder => a.folder.to_lowercase().cmp(&b.folder.to_lowercase()),
                Column::Date => a.row.date.cmp(&b.row.date),
                Column::Sender => a.row.from.to_lowercase().cmp(&b.row.from.to_lowercase()),
                Column::Subject => a
                    .row
                    .subject
                    .to_lowercase()
                    .cmp(&b.row.subject.to_lowercase()),
            };
            order.then(a.row.id.cmp(&b.row.id))
        });
        if self.descending {
            self.largest.reverse();
        }
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Sort(column) => {
                self.descending = if column == self.sort {
                    !self.descending
                } else {
                    matches!(column, Column::Size | Column::Date)
                };
                self.sort = column;
                self.sort_rows();
                Action::None
            }
            Message::Toggle(id) => {
                if !self.chosen.remove(&id) {
                    self.chosen.insert(id);
                }
                Action::None
            }
            Message::ToggleServer(uidl) => {
                if !self.chosen_server.remove(&uidl) {
                    self.chosen_server.insert(uidl);
                }
                Action::None
            }
            Message::Delete => {
                let ids: Vec<i64> = std::mem::take(&mut self.chosen).into_iter().collect();
                self.deleted(ids)
            }
            Message::EmptyTrashJunk => {
                let ids = std::mem::take(&mut self.bins);
                self.deleted(ids)
            }
            Message::ShowServer => {
                self.kind = Kind::Server;
                self.server_command(Command::ListServer)
            }
            Message::ShowLargest => {
                self.kind = Kind::MakeRoom;
                Action::None
            }
            Message::Refresh => self.server_command(Command::ListServer),
            Message::AskDeleteOnServer => {
                self.confirming = !self.chosen_server.is_empty();
                Action::None
            }
            Message::CancelDeleteOnServer => {
                self.confirming = false;
                Action::None
            }
            Message::ConfirmDeleteOnServer => {
                self.confirming = false;
                let uidls = std::mem::take(&mut self.chosen_server)
                    .into_iter()
                    .collect();
                self.server_command(Command::DeleteOnServer { uidls })
            }
            Message::FetchChosen => {
                let uidls: Vec<String> = std::mem::take(&mut self.chosen_server)
                    .into_iter()
                    .collect();
                self.server_command(Command::FetchFromServer { uidls })
            }
            Message::FetchHeldBack => {
                let uidls = self
                    .server
                    .iter()
                    .filter(|m| m.state == ServerState::HeldBack)
                    .map(|m| m.uidl.clone())
                    .collect();
                self.server_command(Command::FetchFromServer { uidls })
            }
            Message::MoveToImap => Action::MoveToImap,
            Message::Close => Action::Close,
        }
    }

    fn deleted(&mut self, ids: Vec<i64>) -> Action {
        if ids.is_empty() {
            return Action::None;
        }
        let gone: BTreeSet<i64> = ids.iter().copied().collect();
        self.largest.retain(|l| !gone.contains(&l.row.id));
        self.bins.retain(|id| !gone.contains(id));
        Action::Delete(ids)
    }

    fn server_command(&mut self, command: Command) -> Action {
        if self.protocol != Protocol::Pop3 {
            return Action::None;
        }
        self.busy = true;
        self.notice = None;
        Action::Worker(command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use posta_core::message::{Envelope, Headers, RemoteId};
    use posta_core::store::FolderRow;

    fn store_with_mail() -> (Store, Vec<FolderRow>) {
        let store = Store::open_in_memory().unwrap();
        store.ensure_account(1, "Praca").unwrap();
        for (name, role) in [
            ("INBOX", Some(SpecialUse::Inbox)),
            ("Trash", Some(SpecialUse::Trash)),
        ] {
            let folder = store
                .upsert_folder(1, &FolderRow::local(1, name, role))
                .unwrap();
            let envelopes: Vec<Envelope> = (1..=3)
                .map(|uid| Envelope {
                    id: RemoteId::Uid(uid),
                    flags: Vec::new(),
                    size: u64::from(uid) * if name == "Trash" { 10 } else { 1000 },
                    headers: Headers {
                        subject: format!("{name} {uid}"),
                        date: Some(i64::from(uid)),
                        ..Headers::default()
                    },
                })
                .collect();
            store.upsert_messages(folder, &envelopes).unwrap();
        }
        let folders = store.folders(1).unwrap();
        (store, folders)
    }

    #[test]
    fn largest_first_sortable_and_deleted_from_the_list() {
        let (store, folders) = store_with_mail();
        let mut room =
            Room::new(&store, 1, "Praca", Protocol::Imap, &folders, Kind::MakeRoom).unwrap();
        let sizes: Vec<u64> = room.largest().iter().map(|l| l.row.size).collect();
        assert_eq!(sizes, [3000, 2000, 1000, 30, 20, 10]);
        room.update(Message::Sort(Column::Size));
        assert_eq!(
            room.largest()[0].row.size,
            10,
            "a second click turns the order round"
        );
        room.update(Message::Sort(Column::Date));
        assert_eq!(room.largest()[0].row.date, Some(3));
        let biggest = room
            .largest()
            .iter()
            .max_by_key(|l| l.row.size)
            .unwrap()
            .row
            .id;
        room.update(Message::Toggle(biggest));
        match room.update(Message::Delete) {
            Action::Delete(ids) => assert_eq!(ids, [biggest]),
            other => panic!("{other:?}"),
        }
        assert_eq!(room.largest().len(), 5);
        match room.update(Message::EmptyTrashJunk) {
            Action::Delete(ids) => assert_eq!(ids.len(), 3),
            other => panic!("{other:?}"),
        }
        // An IMAP account has no server mailbox view to ask for.
        assert!(matches!(room.update(Message::ShowServer), Action::None));
    }
}
