//! What the user does to mail, folders and tags. Each change goes to the
//! account's worker, which writes it to the store and the offline queue
//! and reports `StoreChanged`; an account without a worker gets the same
//! offline-first actions ([`posta_core::sync::actions`]) run here, and
//! the queue reaches the server with the next sync.

use std::collections::BTreeMap;

use super::dialogs::{self, Dialog};
use super::undo::Said;
use super::{Action, Compose, Mailbox, TagChoice};
use crate::widget::folder_tree;
use posta_core::error::Error;
use posta_core::imap::SpecialUse;
use posta_core::message::Flag;
use posta_core::store::{special_folder, MessageRow, TagDef};
use posta_core::sync::imap::with_store;
pub(super) use posta_core::sync::tag_admin::keyword_for;
use posta_core::sync::undo::Before;
use posta_core::worker::{self, Command};
use posta_i18n::t;

/// A sentence for a store failure.
pub(super) fn store_problem(err: &Error) -> String {
    t!("mailbox-store-error", details = err.to_string())
}

impl Mailbox {
    /// Sends a change to the account's worker, or applies it here (the
    /// same offline-first actions; the queue reaches the server with the
    /// worker's next sync).
    pub(super) fn apply(&mut self, account: i64, change: Command) {
        let Some(entry) = self.account(account) else {
            return;
        };
        if let Some(worker) = &entry.worker {
            if worker.send(change.clone()) {
                return;
            }
        }
        let result = with_store(&self.store, |s| {
            worker::apply_here(s, &entry.config, &change)
        });
        match result {
            Ok(()) => {}
            Err(Error::Unsupported(_)) => self.notice = Some(t!("folders-needs-connection")),
            Err(err @ Error::NotAllowed(_)) => {
                self.notice = Some(posta_i18n::describe_error(&err, ""));
            }
            Err(err) => self.notice = Some(store_problem(&err)),
        }
        self.reload();
    }

    /// The selected messages' rows, grouped by account.
    pub(super) fn selected_by_account(&self) -> BTreeMap<i64, Vec<MessageRow>> {
        let ids = self.with_conversations(self.selection.ids());
        let rows = with_store(&self.store, |s| {
            let mut rows = Vec::with_capacity(ids.len());
            for id in &ids {
                rows.extend(s.message(*id)?);
            }
            Ok(rows)
        })
        .unwrap_or_default();
        let mut groups: BTreeMap<i64, Vec<MessageRow>> = BTreeMap::new();
        for row in rows {
            if let Some((account, _)) = self.folder(row.folder_id) {
                groups.entry(account.config.id).or_default().push(row);
            }
        }
        groups
    }

    /// Adds `flag` to the selection, or removes it where every selected
    /// message has it already.
    pub(super) fn toggle_flag(&mut self, flag: Flag) -> Action {
        let groups = self.selected_by_account();
        let all = groups
            .values()
            .flatten()
            .all(|row| row.flags.contains(&flag));
        self.set_flag_on(groups, flag, !all);
        Action::None
    }

    /// Sets (`on`) or clears `flag` on the messages of `groups`, offering
    /// Undo.
    fn set_flag_on(&mut self, groups: BTreeMap<i64, Vec<MessageRow>>, flag: Flag, on: bool) {
        let count = groups.values().map(Vec::len).sum();
        let said = match &flag {
            Flag::Keyword(keyword) => Said::Tagged {
                count,
                tag: self.tag_name(keyword),
                on,
            },
            flag => Said::Marked {
                count,
                flag: flag.clone(),
                on,
            },
        };
        self.offer_undo(said, super::undo::snapshot(&groups));
        for (account, rows) in groups {
            let ids = rows.iter().map(|r| r.id).collect();
            let (add, remove) = if on {
                (vec![flag.clone()], Vec::new())
            } else {
                (Vec::new(), vec![flag.clone()])
            };
            self.apply(
                account,
                Command::SetFlags {
                    message_ids: ids,
                    add,
                    remove,
                },
            );
        }
    }

    pub(super) fn toggle_read(&mut self) -> Action {
        self.toggle_flag(Flag::Seen)
    }

    pub(super) fn toggle_star(&mut self) -> Action {
        self.toggle_flag(Flag::Flagged)
    }

    /// Stars or unstars one message (its star in the list was clicked).
    pub(super) fn toggle_star_of(&mut self, row: &MessageRow) -> Action {
        let Some((account, _)) = self.folder(row.folder_id) else {
            return Action::None;
        };
        let account = account.config.id;
        let on = !row.flags.contains(&Flag::Flagged);
        self.set_flag_on(
            BTreeMap::from([(account, vec![row.clone()])]),
            Flag::Flagged,
            on,
        );
        Action::None
    }

    /// Marks a message read because it was opened.
    pub(super) fn mark_read(&mut self, row: &MessageRow) {
        if !row.is_unread() {
            return;
        }
        if let Some((account, _)) = self.folder(row.folder_id) {
            let account = account.config.id;
            self.apply(
                account,
                Command::SetFlags {
                    message_ids: vec![row.id],
                    add: vec![Flag::Seen],
                    remove: Vec::new(),
                },
            );
        }
    }

    /// The tags of the account the toolbar acts for, in menu order.
    pub(super) fn current_tags(&self) -> Vec<TagDef> {
        self.current_account()
            .map(|a| a.tags.clone())
            .unwrap_or_default()
    }

    /// Toggles the tag at `index` of the tag menu (keys 1–9).
    pub(super) fn toggle_tag_at(&mut self, index: usize) -> Action {
        match self.current_tags().get(index) {
            Some(tag) => self.toggle_flag(Flag::Keyword(tag.keyword.clone())),
            None => Action::None,
        }
    }

    /// The name a tag shows under.
    fn tag_name(&self, keyword: &str) -> String {
        self.current_tags()
            .iter()
            .find(|t| t.keyword == keyword)
            .map(crate::widget::tags::display_name)
            .unwrap_or_else(|| keyword.to_owned())
    }

    /// Removes every tag from the selection (key 0).
    pub(super) fn clear_tags(&mut self) -> Action {
        let groups = self.selected_by_account();
        let before = super::undo::snapshot(&groups);
        let count = super::undo::count(&before);
        self.offer_undo(Said::Cleared(count), before);
        for (account, rows) in groups {
            let tags: Vec<TagDef> = self
                .account(account)
                .map(|a| a.tags.clone())
                .unwrap_or_default();
            let remove: Vec<Flag> = tags.into_iter().map(|t| Flag::Keyword(t.keyword)).collect();
            let ids = rows.iter().map(|r| r.id).collect();
            self.apply(
                account,
                Command::SetFlags {
                    message_ids: ids,
                    add: Vec::new(),
                    remove,
                },
            );
        }
        Action::None
    }

    pub(super) fn tag_menu(&mut self, choice: TagChoice) -> Action {
        match choice {
            TagChoice::Toggle { keyword, .. } => self.toggle_flag(Flag::Keyword(keyword)),
            TagChoice::Clear => self.clear_tags(),
            TagChoice::Manage => self.open_tag_manager(),
            TagChoice::New => {
                if let Some(account) = self.current_account() {
                    let used: Vec<String> = account.tags.iter().map(|t| t.color.clone()).collect();
                    self.dialog = Some(Dialog::new_tag(account.config.id, &used));
                    return Action::Run(iced::widget::operation::focus(dialogs::NAME_INPUT));
                }
                Action::None
            }
        }
    }

    /// Deletes the selection: into the account's Trash, or for good when
    /// it is in the Trash already (or there is none).
    pub(super) fn delete_selection(&mut self) -> Action {
        let next = self.next_after_selection();
        let mut before = Vec::new();
        let mut trash_name = None;
        for (account, rows) in self.selected_by_account() {
            let trash = self
                .account(account)
                .and_then(|a| special_folder(&a.folders, SpecialUse::Trash));
            if let Some(folder) = trash {
                trash_name.get_or_insert_with(|| folder_tree::label_of(folder));
            }
            let trash = trash.map(|f| f.id);
            let (to_trash, for_good): (Vec<&MessageRow>, Vec<&MessageRow>) = rows
                .iter()
                .partition(|r| trash.is_some_and(|t| t != r.folder_id));
            if let (Some(trash), false) = (trash, to_trash.is_empty()) {
                let ids = to_trash.iter().map(|r| r.id).collect();
                let was = to_trash.iter().map(|r| Before::of(r)).collect();
                before.push((account, was));
                self.apply(
                    account,
                    Command::Move {
                        message_ids: ids,
                        to_folder: trash,
                    },
                );
            }
            if !for_good.is_empty() {
                let ids = for_good.iter().map(|r| r.id).collect();
                self.apply(account, Command::Delete { message_ids: ids });
            }
        }
        let count = super::undo::count(&before);
        match trash_name {
            Some(folder) => self.offer_undo(Said::Moved { count, folder }, before),
            None => self.undo = None,
        }
        self.select_next(next)
    }

    /// Files the selection in `folder` (same account only).
    pub(super) fn move_selection(&mut self, folder: i64) -> Action {
        let Some((target, name)) = self
            .folder(folder)
            .map(|(a, f)| (a.config.id, folder_tree::label_of(f)))
        else {
            return Action::None;
        };
        let next = self.next_after_selection();
        let mut before = Vec::new();
        for (account, rows) in self.selected_by_account() {
            let rows: Vec<&MessageRow> = rows.iter().filter(|r| r.folder_id != folder).collect();
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            if account == target && !ids.is_empty() {
                before.push((account, rows.iter().map(|r| Before::of(r)).collect()));
                self.apply(
                    account,
                    Command::Move {
                        message_ids: ids,
                        to_folder: folder,
                    },
                );
            } else if account != target {
                self.notice = Some(t!("mailbox-move-other-account"));
            }
        }
        let count = super::undo::count(&before);
        self.offer_undo(
            Said::Moved {
                count,
                folder: name,
            },
            before,
        );
        self.select_next(next)
    }

    pub(super) fn new_message(&mut self) -> Action {
        match self.current_account() {
            Some(account) => Action::Compose(Compose::New {
                account: account.config.id,
            }),
            None => Action::None,
        }
    }

    pub(super) fn sync_now(&mut self) -> Action {
        for account in &self.accounts {
            if let Some(worker) = &account.worker {
                worker.send(Command::SyncNow);
            }
        }
        if self.accounts.iter().all(|a| a.worker.is_none()) {
            self.notice = Some(t!("mailbox-no-connection"));
        }
        Action::None
    }

    pub(super) fn cancel_sync(&mut self) -> Action {
        for account in &self.accounts {
            if let (Some(worker), Some(_)) = (&account.worker, &account.progress) {
                worker.send(Command::Cancel);
            }
        }
        Action::None
    }
}
