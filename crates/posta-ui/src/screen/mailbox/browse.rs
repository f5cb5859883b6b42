//! Moving around: opening folders and messages, scrolling and sorting the
//! list, the keyboard, search and the tag filter, and reading the store
//! again when it changed.

use iced::keyboard::{Key, Modifiers};
use iced::widget::operation::{self, AbsoluteOffset};
use iced::Task;

use super::keys::{self, KeyAction};
use super::reader::{self, Reader};
use super::selection::Mode;
use super::source::Source;
use super::{ops, Action, FilterChoice, Mailbox, Message};
use crate::widget::folder_tree::Selected;
use crate::widget::message_list::{self, Event as ListEvent, SCROLLABLE};
use posta_core::store::{MessageRow, Only};
use posta_core::sync::imap::with_store;
use posta_core::worker::Command;

/// A task that scrolls the list to `offset` pixels from the top.
fn scroll_to(offset: f32) -> Task<Message> {
    operation::scroll_to(SCROLLABLE, AbsoluteOffset { x: 0.0, y: offset })
}

impl Mailbox {
    /// Reads folders, tags and queue lengths of every account again.
    pub(super) fn reload_accounts(&mut self) {
        let configs: Vec<posta_core::store::AccountConfig> =
            self.accounts.iter().map(|a| a.config.clone()).collect();
        let loaded = with_store(&self.store, |s| {
            configs
                .iter()
                .map(|c| {
                    let id = c.id;
                    let server = match c.protocol {
                        posta_core::account::Protocol::Pop3 => {
                            posta_core::sync::pop3::cached_listing(s, c)?
                        }
                        posta_core::account::Protocol::Imap => Vec::new(),
                    };
                    Ok((
                        (s.folders(id)?, s.tags(id)?, s.pending_ops(id)?.len()),
                        (s.quota(id)?, server),
                    ))
                })
                .collect::<posta_core::Result<Vec<_>>>()
        });
        match loaded {
            Ok(loaded) => {
                for (account, ((folders, tags, queued), (quota, server))) in
                    self.accounts.iter_mut().zip(loaded)
                {
                    account.folders = folders;
                    account.tags = tags;
                    account.quota = quota;
                    account.server = server;
                    if account.worker.is_none() {
                        account.queued = queued;
                    }
                }
            }
            Err(err) => self.notice = Some(ops::store_problem(&err)),
        }
        self.reload_outbox();
    }

    /// With no folder open (a new account whose folders just arrived, an
    /// open folder deleted), the first account's Inbox opens: the window
    /// never waits on "choose a folder" when there is an Inbox to show.
    pub(super) fn open_inbox_if_nothing_open(&mut self) {
        if self.selected != Selected::Nothing || !self.search.is_empty() {
            return;
        }
        if let Some(inbox) = self.inbox_ids().first() {
            let _ = self.open_folder(*inbox);
        }
    }

    /// Everything shown is read from the store again (it changed).
    pub(super) fn reload(&mut self) {
        self.reload_accounts();
        self.open_inbox_if_nothing_open();
        self.reload_room();
        if let Selected::Folder(id) = self.selected {
            if self.folder(id).is_none() {
                self.selected = Selected::Nothing;
                self.listing.set_source(Source::Nothing);
            }
        }
        if let Source::Unified(_) = self.listing.source() {
            self.listing.set_source(Source::Unified(self.inbox_ids()));
        }
        self.refresh_list(false);
        let store = self.store.clone();
        let exists =
            |id: i64| with_store(&store, |s| Ok(s.message(id)?.is_some())).unwrap_or(false);
        self.selection.retain(exists);
        if let Some(reader) = &mut self.reader {
            match with_store(&self.store, |s| Ok(s.message(reader.message().id)?)) {
                Ok(Some(row)) => reader.refresh_row(row),
                _ => self.reader = None,
            }
        }
        let cursor = self
            .reader
            .as_ref()
            .and_then(|r| self.list.position(r.message().id))
            .or(self.selection.cursor().filter(|c| *c < self.list.total()));
        self.selection.set_cursor(cursor);
    }

    /// Counts the list's rows again and fetches the visible page; `top`
    /// also scrolls back to the first row.
    pub(super) fn refresh_list(&mut self, top: bool) {
        self.listing.set_threading(self.threading());
        let total = with_store(&self.store, |s| Ok(self.listing.refresh(s)?));
        match total {
            Ok(total) if top => self.list.reset(total),
            Ok(total) => self.list.invalidate(total),
            Err(err) => {
                self.notice = Some(ops::store_problem(&err));
                self.list.reset(0);
            }
        }
        self.fill_list();
    }

    /// Fetches the page the list needs, if any.
    pub(super) fn fill_list(&mut self) {
        let Some(range) = self.list.missing() else {
            return;
        };
        match with_store(&self.store, |s| Ok(self.listing.page(s, range.clone())?)) {
            Ok(rows) => self.list.fill(range.start, rows),
            Err(err) => self.notice = Some(ops::store_problem(&err)),
        }
    }

    /// Every account's inbox.
    pub(super) fn inbox_ids(&self) -> Vec<i64> {
        self.accounts
            .iter()
            .filter_map(|a| a.inbox().map(|f| f.id))
            .collect()
    }

    /// Shows another source from its first row, with nothing selected.
    fn show(&mut self, source: Source) -> Action {
        self.listing.set_source(source);
        self.listing.set_tag(None);
        self.selection.clear();
        self.reader = None;
        self.refresh_list(true);
        Action::Run(scroll_to(0.0))
    }

    pub(super) fn open_folder(&mut self, id: i64) -> Action {
        if self.folder(id).is_none() {
            // Created since the last reload (by the worker, another window).
            self.reload_accounts();
        }
        let Some((account, _)) = self.folder(id) else {
            return Action::None;
        };
        if let Some(worker) = &account.worker {
            worker.send(Command::OpenFolder { folder_id: id });
        }
        self.selected = Selected::Folder(id);
        self.search.clear();
        self.show(Source::Folder(id))
    }

    pub(super) fn open_unified(&mut self) -> Action {
        self.selected = Selected::Unified;
        self.search.clear();
        let inboxes = self.inbox_ids();
        self.show(Source::Unified(inboxes))
    }

    /// Asks every IMAP account's server for the search text; what they
    /// find joins the results ([`Mailbox::server_found`]).
    pub(super) fn search_server(&mut self) -> Action {
        let Source::Search(text) = self.listing.source().clone() else {
            return Action::None;
        };
        let mut asked = 0;
        for account in &self.accounts {
            if account.config.protocol != posta_core::account::Protocol::Imap {
                continue;
            }
            if let Some(worker) = &account.worker {
                worker.send(Command::SearchServer { text: text.clone() });
                asked += 1;
            }
        }
        self.server_searching = asked;
        Action::None
    }

    /// A server's answer to [`Mailbox::search_server`].
    pub(super) fn server_found(&mut self, text: &str, ids: &[i64]) {
        self.server_searching = self.server_searching.saturating_sub(1);
        if self.listing.add_found(text, ids) {
            self.refresh_list(false);
        }
    }

    pub(super) fn search_changed(&mut self, text: String) -> Action {
        self.server_searching = 0;
        let searching = posta_core::store::search::fts_query(&text).is_some();
        let was_searching = matches!(self.listing.source(), Source::Search(_));
        self.search = text;
        match (searching, was_searching) {
            (true, false) => {
                self.before_search = self.listing.source().clone();
                self.show(Source::Search(self.search.clone()))
            }
            (true, true) => self.show(Source::Search(self.search.clone())),
            (false, true) => {
                let before = std::mem::take(&mut self.before_search);
                self.show(before)
            }
            (false, false) => Action::None,
        }
    }

    pub(super) fn filter(&mut self, choice: FilterChoice) -> Action {
        self.listing.set_tag(match choice {
            FilterChoice::All => None,
            FilterChoice::Tag { keyword, .. } => Some(keyword),
        });
        self.selection.clear();
        self.refresh_list(true);
        Action::Run(scroll_to(0.0))
    }

    /// Turns the quick filters (unread, starred) on or off.
    pub(super) fn quick_filter(&mut self, only: Only) -> Action {
        self.listing.set_only(only);
        self.selection.clear();
        self.refresh_list(true);
        Action::Run(scroll_to(0.0))
    }

    pub(super) fn list_event(&mut self, event: ListEvent) -> Action {
        match event {
            ListEvent::Scrolled { offset, height } => {
                self.list.scrolled(offset, height);
                self.fill_list();
                Action::None
            }
            ListEvent::Pressed(index) => {
                let action = self.pick(index, Mode::from_modifiers(self.modifiers));
                self.press_may_drag();
                action
            }
            ListEvent::Star(index) => match self.list.get(index).cloned() {
                Some(row) => self.toggle_star_of(&row),
                None => Action::None,
            },
            ListEvent::Sort(column) => {
                self.listing
                    .set_sort(column.sort_after(self.listing.sort()));
                self.selection.clear();
                self.refresh_list(true);
                Action::Run(scroll_to(0.0))
            }
        }
    }

    /// Selects the row at `index` as a click with `mode` would; one
    /// selected message is opened in the reader.
    pub(super) fn pick(&mut self, index: usize, mode: Mode) -> Action {
        let Some(row) = self.row_at(index) else {
            return Action::None;
        };
        let listing = &self.listing;
        let store = &self.store;
        self.selection.pick(index, row.id, mode, |range| {
            let range = *range.start()..*range.end() + 1;
            with_store(store, |s| Ok(listing.page(s, range)?))
                .map(|rows| rows.into_iter().map(|r| r.id).collect())
                .unwrap_or_default()
        });
        let again = self
            .reader
            .as_ref()
            .is_some_and(|r| r.message().id == row.id);
        match self.selection.single() {
            Some(id) if id == row.id && again && Self::is_draft(&row) => {
                return self.edit_draft(row)
            }
            Some(id) if id == row.id => self.open_message(row),
            _ => self.reader = None,
        }
        self.remote_for_allowed_sender()
    }

    /// Loads the open message's remote images when its sender is one the
    /// user allowed always.
    pub(super) fn remote_for_allowed_sender(&mut self) -> Action {
        let Some(reader) = self.reader.as_mut() else {
            return Action::None;
        };
        let allowed = reader.sender().is_some_and(|sender| {
            with_store(&self.store, |s| Ok(s.remote_content_allowed(sender)?)).unwrap_or(false)
        });
        reader.set_sender_allowed(allowed);
        match reader.remote_task_if_allowed() {
            Some(task) => Action::Run(task.map(Message::Reader)),
            None => Action::None,
        }
    }

    /// The row at `index`, fetched if it is not in memory.
    pub(super) fn row_at(&mut self, index: usize) -> Option<MessageRow> {
        if let Some(row) = self.list.get(index) {
            return Some(row.clone());
        }
        with_store(&self.store, |s| {
            Ok(self.listing.page(s, index..index + 1)?)
        })
        .ok()?
        .into_iter()
        .next()
    }

    /// Shows a message in the reader and marks it read.
    pub(super) fn open_message(&mut self, row: MessageRow) {
        let raw = with_store(&self.store, |s| Ok(s.readable(row.id)?))
            .ok()
            .flatten();
        let worker = self
            .folder(row.folder_id)
            .and_then(|(a, _)| a.worker.clone());
        let downloading = raw.is_none() && worker.is_some();
        if downloading {
            if let Some(worker) = &worker {
                worker.send(Command::FetchBody { message_id: row.id });
            }
        }
        let raw = raw
            .as_ref()
            .map(|(raw, partial)| (raw.as_slice(), *partial));
        self.reader = Some(Reader::open_read(row.clone(), raw, downloading));
        self.mark_read(&row);
    }

    /// The body of the open message is on disk now.
    pub(super) fn body_ready(&mut self, message_id: i64) {
        let Some(reader) = self
            .reader
            .as_mut()
            .filter(|r| r.message().id == message_id)
        else {
            return;
        };
        match with_store(&self.store, |s| Ok(s.readable(message_id)?)) {
            Ok(Some((raw, partial))) => reader.body_read(&raw, partial),
            _ => reader.body_unavailable(),
        }
    }

    /// Part of an attachment being fetched arrived.
    pub(super) fn part_progress(&mut self, message_id: i64, section: &str, done: u64, total: u64) {
        if let Some(reader) = self
            .reader
            .as_mut()
            .filter(|r| r.message().id == message_id)
        {
            reader.part_progress(section, done, total);
        }
    }

    /// An attachment was fetched (or not): the reader shows it, then opens
    /// or saves it as the user asked.
    pub(super) fn part_ready(
        &mut self,
        message_id: i64,
        section: &str,
        result: Result<(), posta_core::Error>,
    ) -> Action {
        let Some(reader) = self
            .reader
            .as_mut()
            .filter(|r| r.message().id == message_id)
        else {
            return Action::None;
        };
        let raw = with_store(&self.store, |s| Ok(s.readable(message_id)?))
            .ok()
            .flatten();
        let action = reader.part_ready(
            section,
            raw.as_ref().map(|(r, p)| (r.as_slice(), *p)),
            result,
        );
        self.reader_action(action)
    }

    pub(super) fn reader_message(&mut self, message: reader::Message) -> Action {
        let Some(reader) = self.reader.as_mut() else {
            return Action::None;
        };
        let action = reader.update(message);
        self.reader_action(action)
    }

    /// The open message's id and its account's worker.
    fn reader_worker(&self) -> Option<(i64, posta_core::worker::Handle)> {
        let row = self.reader.as_ref()?.message();
        let worker = self.folder(row.folder_id)?.0.worker.clone()?;
        Some((row.id, worker))
    }

    /// What the reader asked for, done or handed up.
    fn reader_action(&mut self, action: reader::Action) -> Action {
        match action {
            reader::Action::None => Action::None,
            reader::Action::FetchPart { section } => {
                if let Some((message_id, worker)) = self.reader_worker() {
                    worker.send(Command::FetchPart {
                        message_id,
                        section,
                    });
                }
                Action::None
            }
            reader::Action::CancelFetch => {
                if let Some((_, worker)) = self.reader_worker() {
                    worker.send(Command::Cancel);
                }
                Action::None
            }
            reader::Action::Run(task) => Action::Run(task.map(Message::Reader)),
            reader::Action::Compose(compose) => Action::Compose(compose),
            reader::Action::Remember(sender, task) => {
                if let Err(err) = with_store(&self.store, |s| Ok(s.allow_remote_content(&sender)?))
                {
                    log::warn!("could not remember {sender} for remote content: {err}");
                }
                Action::Run(task.map(Message::Reader))
            }
        }
    }

    pub(super) fn key(&mut self, key: &Key, modifiers: Modifiers) -> Action {
        if self.dialog.is_some() {
            // Over the dialog no shortcut reaches the list; Escape (once its
            // field has let go of it) cancels the dialog, and Return no field
            // or button took is its main button (Delete, Create, Rename).
            return match keys::action(key, modifiers) {
                Some(KeyAction::Escape) => self.dialog_message(super::dialogs::Message::Cancel),
                Some(KeyAction::Open) => self.dialog_message(super::dialogs::Message::Confirm),
                _ => Action::None,
            };
        }
        let Some(action) = keys::action(key, modifiers) else {
            return Action::None;
        };
        match action {
            KeyAction::Move { by, extend } => {
                let last = self.list.total().saturating_sub(1) as isize;
                let from = self.selection.cursor().map_or(-1, |c| c as isize);
                let to = (from + by).clamp(0, last.max(0)) as usize;
                self.move_cursor(to, extend)
            }
            KeyAction::First => self.move_cursor(0, modifiers.shift()),
            KeyAction::Last => {
                self.move_cursor(self.list.total().saturating_sub(1), modifiers.shift())
            }
            KeyAction::Open => match self.selection.cursor().and_then(|c| self.row_at(c)) {
                Some(row) if Self::is_draft(&row) => self.edit_draft(row),
                Some(row) => {
                    self.open_message(row);
                    self.remote_for_allowed_sender()
                }
                None => Action::None,
            },
            KeyAction::Delete => self.delete_selection(),
            KeyAction::ToggleRead => self.toggle_read(),
            KeyAction::ToggleStar => self.toggle_star(),
            KeyAction::OnlyUnread => {
                let only = self.listing.only();
                self.quick_filter(Only {
                    unread: !only.unread,
                    ..only
                })
            }
            KeyAction::OnlyStarred => {
                let only = self.listing.only();
                self.quick_filter(Only {
                    starred: !only.starred,
                    ..only
                })
            }
            KeyAction::OnlyAttachments => {
                let only = self.listing.only();
                self.quick_filter(Only {
                    attachments: !only.attachments,
                    ..only
                })
            }
            KeyAction::Tag(index) => self.toggle_tag_at(index),
            KeyAction::ClearTags => self.clear_tags(),
            KeyAction::SelectAll => {
                let total = self.list.total();
                let ids = with_store(&self.store, |s| Ok(self.listing.page(s, 0..total)?))
                    .map(|rows| rows.into_iter().map(|r| r.id).collect())
                    .unwrap_or_default();
                self.selection.select_all(ids);
                self.reader = None;
                Action::None
            }
            KeyAction::Reply | KeyAction::ReplyAll | KeyAction::Forward => self.answer(action),
            KeyAction::Archive => self.everyday(super::everyday::Request::Archive),
            KeyAction::NewMessage => self.new_message(),
            KeyAction::Search => Action::Run(iced::widget::operation::focus(super::SEARCH_INPUT)),
            KeyAction::Undo => self.undo_last(),
            KeyAction::Settings => Action::Settings(None),
            KeyAction::Help => {
                self.help = !self.help;
                Action::None
            }
            // The topmost thing first: a drag, an open menu, the message.
            KeyAction::Escape if self.cancel_drag() => Action::None,
            KeyAction::Escape if self.menu_open => {
                self.menu_open = false;
                self.menus_reset = !self.menus_reset;
                Action::None
            }
            KeyAction::Escape if self.help => {
                self.help = false;
                Action::None
            }
            KeyAction::Escape if !self.search.is_empty() => self.search_changed(String::new()),
            KeyAction::Escape => {
                self.selection.clear();
                self.reader = None;
                Action::None
            }
        }
    }

    /// r, Shift+R, f: answers the open message, else the one at the cursor.
    fn answer(&mut self, action: KeyAction) -> Action {
        let target = self.reader.as_ref().map(|r| r.message().id).or_else(|| {
            self.selection
                .cursor()
                .and_then(|c| self.row_at(c))
                .map(|r| r.id)
        });
        let Some(message_id) = target else {
            return Action::None;
        };
        Action::Compose(match action {
            KeyAction::ReplyAll => super::Compose::ReplyAll { message_id },
            KeyAction::Forward => super::Compose::Forward { message_id },
            _ => super::Compose::Reply { message_id },
        })
    }

    /// Moves the keyboard cursor to `index`, scrolling it into view.
    fn move_cursor(&mut self, index: usize, extend: bool) -> Action {
        if self.list.total() == 0 {
            return Action::None;
        }
        let scroll = self.list.reveal(index);
        if let Some(offset) = scroll {
            let height = self.list.height();
            self.list.scrolled(offset, height);
            self.fill_list();
        }
        let mode = if extend { Mode::Extend } else { Mode::Replace };
        let _ = self.pick(index, mode);
        match scroll {
            Some(offset) => Action::Run(scroll_to(offset)),
            None => Action::None,
        }
    }

    /// Rows for the list's tag column: the tags defined in the message's
    /// account.
    pub(super) fn row_tags(&self, row: &MessageRow) -> Vec<crate::widget::tags::Shown> {
        let defs = self
            .folder(row.folder_id)
            .map(|(a, _)| a.tags.as_slice())
            .unwrap_or_default();
        crate::widget::tags::shown(&row.flags, defs)
    }

    /// The list widget's state, for the view.
    pub(super) fn list_state(&self) -> &message_list::MessageList {
        &self.list
    }
}
