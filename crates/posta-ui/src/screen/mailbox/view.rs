//! The mailbox's layout: folder pane | toolbar, list heading, list,
//! reader, notice and status bar; a dialog on top when one is open.

use iced::widget::{
    button, checkbox, column, container, pick_list, progress_bar, row, rule, text, text_input,
    tooltip, Row,
};
use iced::{Center, Element, Fill, FillPortion, Theme};

use super::{dialogs, Account, FilterChoice, FolderChoice, Mailbox, Message, Source, TagChoice};
use crate::theme;
use crate::widget::folder_tree::{self, AccountFolders};
use crate::widget::message_list::{self, Look};
use crate::widget::{tags, when};
use posta_core::account::Protocol;
use posta_core::imap::SpecialUse;
use posta_core::store::Only;
use posta_i18n::current_language;
use posta_i18n::t;

/// The search field, for focus and tests.
pub const SEARCH_INPUT: iced::widget::Id = iced::widget::Id::new("mailbox-search");
/// The container around the Move menu.
pub const MOVE_MENU: iced::widget::Id = iced::widget::Id::new("mailbox-move-menu");

/// Below this height (right of the folders) the list keeps only a few rows.
const SHORT_HEIGHT: f32 = 640.0;
/// Below this width counts and status get lines of their own.
const NARROW_WIDTH: f32 = 700.0;
/// The rows the list keeps then.
const LIST_MIN_ROWS: f32 = 3.0;
/// The height of the list's column headings.
const LIST_HEADINGS: f32 = 26.0;

impl Mailbox {
    /// The whole window.
    pub fn view(&self) -> Element<'_, Message> {
        // Right of the folders, laid out for the room there is: a narrow or
        // short window (800×600) moves counts and status onto lines of their
        // own and keeps the list short, so nothing is squeezed to a sliver.
        let main = iced::widget::responsive(move |size| self.main(size));
        let base = self.with_drag(row![self.folder_pane(), rule::vertical(1), main].into());
        match (&self.dialog, &self.tag_manager) {
            (Some(dialog), _) => dialogs::modal(base, dialog),
            (None, Some(manager)) => dialogs::overlay(
                base,
                manager.view().map(Message::TagManager),
                Message::TagManager(super::tag_manager::Message::Done),
            ),
            (None, None) if self.help => self.with_help(base),
            (None, None) => base,
        }
    }

    /// Toolbar, bars, list, message, notice and status bar in `size`.
    fn main(&self, size: iced::Size) -> Element<'_, Message> {
        let narrow = size.width < NARROW_WIDTH;
        let mut main = column![self.toolbar()].height(Fill);
        if let Some(bars) = self.login_bars() {
            main = main.push(bars);
        }
        if let Some(bars) = self.quota_bars() {
            main = main.push(bars);
        }
        if let Some(view) = &self.switch {
            main = main.push(view.view().map(Message::Switch));
        } else if let Some(view) = &self.room {
            main = main.push(view.view().map(Message::Room));
        } else if let Some(view) = &self.outbox {
            main = main.push(self.outbox_panel(view));
        } else {
            main = main.push(self.heading(narrow)).push(rule::horizontal(1));
            if let Some(placeholders) = self.placeholders() {
                main = main.push(placeholders);
            }
            main = main.push(match &self.reader {
                Some(reader) => self.list_and_reader(reader, size.height < SHORT_HEIGHT),
                None => container(self.list()).height(Fill).into(),
            });
        }
        if let Some(notice) = self.notice() {
            main = main.push(notice_bar(notice));
        }
        if let Some(undo) = self.undo_bar() {
            main = main.push(undo);
        }
        main.push(self.status_bar(narrow)).into()
    }

    /// The list above the open message. Where there is height enough they
    /// share it two to three; in a short window (800×600) the list keeps a
    /// few rows and the message gets the rest, so it reads as more than a
    /// line or two.
    fn list_and_reader<'a>(
        &'a self,
        reader: &'a super::reader::Reader,
        short: bool,
    ) -> Element<'a, Message> {
        let list_height = if short {
            iced::Length::Fixed(LIST_MIN_ROWS * message_list::ROW_HEIGHT + LIST_HEADINGS)
        } else {
            FillPortion(2)
        };
        let tags = self.row_tags(reader.message());
        let mut both = column![
            container(self.list()).height(list_height),
            rule::horizontal(1)
        ];
        if let Some(stack) = self.conversation_stack() {
            both = both.push(stack);
        }
        both.push(container(reader.view(tags).map(Message::Reader)).height(FillPortion(3)))
            .height(Fill)
            .into()
    }

    fn folder_pane(&self) -> Element<'_, Message> {
        let accounts: Vec<AccountFolders<'_>> = self
            .accounts
            .iter()
            .map(|a| AccountFolders {
                id: a.config.id,
                name: &a.config.name,
                folders: &a.folders,
                quota: a.quota.iter().max_by_key(|u| u.percent()).copied(),
                // A kept local folder set has no server to look at.
                pop3: a.config.protocol == Protocol::Pop3 && !a.local,
                color: a.color,
            })
            .collect();
        let unified = (self.accounts.len() > 1).then(|| {
            self.accounts
                .iter()
                .filter_map(|a| a.inbox().map(|f| f.unread))
                .sum()
        });
        let lines = folder_tree::with_outbox(
            folder_tree::lines(&accounts, unified),
            &self.outbox_waiting(),
        );
        let selected = match &self.outbox {
            Some(view) => folder_tree::Selected::Outbox(view.account),
            None => self.selected,
        };
        let tree =
            container(folder_tree::view(lines, selected, self.dragging()).map(Message::Folders))
                .height(Fill);
        let (create, change) = self.folder_permissions();
        let share = self.share_target().is_some();
        let tool = |icon: &'static str, tip: String, message: Option<Message>| {
            tooltip(
                button(text(icon).size(14))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press_maybe(message),
                container(text(tip).size(12))
                    .padding(6)
                    .style(container::rounded_box),
                tooltip::Position::Top,
            )
        };
        let tools = row![
            tool("+", t!("folders-new"), create.then_some(Message::NewFolder)),
            tool(
                "✎",
                t!("folders-rename"),
                change.then_some(Message::RenameFolder)
            ),
            tool(
                "✖",
                t!("folders-delete"),
                change.then_some(Message::DeleteFolder)
            ),
            tool(
                "⇄",
                t!("share-folder"),
                share.then_some(Message::ShareFolder)
            ),
        ]
        .spacing(4)
        .padding(6);
        // Search covers every account, so it sits above all of them.
        let search = text_input(&t!("search-placeholder"), &self.search)
            .id(SEARCH_INPUT)
            .on_input(Message::SearchChanged)
            .size(13)
            .padding([5, 8]);
        column![container(search).padding([8, 6]), tree, tools]
            .width(folder_tree::WIDTH)
            .height(Fill)
            .into()
    }

    /// The folder "Share this folder…" would share (or, for a folder
    /// others share, whose "your rights" it shows), if any.
    fn share_target(&self) -> Option<i64> {
        let (account, folder) = self.selected_folder()?;
        (account.config.protocol == Protocol::Imap && !folder.local).then_some(folder.id)
    }

    /// What the open folder's rights allow (everything in the user's own
    /// folders and where the server has no ACL).
    pub(super) fn folder_rights(&self) -> posta_core::rights::AllowedActions {
        posta_core::rights::of_folder(
            self.selected_folder()
                .and_then(|(_, f)| f.my_rights.as_deref()),
        )
    }

    fn toolbar(&self) -> Element<'_, Message> {
        let any = !self.selection.is_empty();
        // Only what the open folder's rights allow is offered.
        let may = self.folder_rights();
        let icon_button = |icon: &'static str, tip: String, message: Message, allowed: bool| {
            tooltip(
                button(text(icon).size(15))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press_maybe((any && allowed).then_some(message)),
                container(text(tip).size(12))
                    .padding(6)
                    .style(container::rounded_box),
                tooltip::Position::Bottom,
            )
        };
        let tags = if may.write_flags {
            self.tag_choices()
        } else {
            Vec::new()
        };
        let moves = if may.delete {
            self.move_choices()
        } else {
            Vec::new()
        };
        // The menus share what the buttons leave, up to a width each: a
        // long folder or tag name must not push the buttons off a narrow
        // window (a 1024-pixel one in Polish did).
        let fresh = |menu| fresh_menu(self.menus_reset, menu);
        let tag_menu = container(fresh(
            pick_list(tags, None::<TagChoice>, Message::Tag)
                .placeholder(t!("mailbox-tag-menu"))
                .text_size(13)
                .padding([5, 8])
                .width(Fill)
                .on_open(Message::MenuOpen(true))
                .on_close(Message::MenuOpen(false))
                .into(),
        ))
        .width(Fill)
        .max_width(180);
        let move_menu = container(fresh(
            pick_list(moves, None::<FolderChoice>, Message::MoveTo)
                .placeholder(t!("mailbox-move-to"))
                .text_size(13)
                .padding([5, 8])
                .width(Fill)
                .on_open(Message::MenuOpen(true))
                .on_close(Message::MenuOpen(false))
                .into(),
        ))
        .id(MOVE_MENU)
        .width(Fill)
        .max_width(220);
        row![
            button(text(t!("mailbox-new-message")).size(13))
                .padding([5, 10])
                .on_press(Message::NewMessage),
            icon_button(
                "✉",
                t!("mailbox-toggle-read"),
                Message::ToggleRead,
                may.keep_seen
            ),
            icon_button(
                "★",
                t!("mailbox-toggle-star"),
                Message::ToggleStar,
                may.write_flags
            ),
            tag_menu,
            move_menu,
            button(text(t!("mailbox-delete")).size(13))
                .padding([5, 10])
                .style(button::secondary)
                .on_press_maybe((any && may.delete).then_some(Message::Delete)),
            self.everyday_buttons(),
        ]
        .spacing(6)
        .padding(8)
        .align_y(Center)
        .into()
    }

    /// The tag menu: each tag with its shortcut key, then "remove all" and
    /// "new tag…".
    fn tag_choices(&self) -> Vec<TagChoice> {
        let mut choices: Vec<TagChoice> = self
            .current_tags()
            .iter()
            .enumerate()
            .map(|(index, tag)| {
                let name = tags::display_name(tag);
                TagChoice::Toggle {
                    keyword: tag.keyword.clone(),
                    label: if index < 9 {
                        format!("{} {name}", index + 1)
                    } else {
                        name
                    },
                }
            })
            .collect();
        // Always offered, so the menu keeps its width as the selection
        // changes; with nothing selected it does nothing.
        choices.push(TagChoice::Clear);
        choices.push(TagChoice::New);
        choices.push(TagChoice::Manage);
        choices
    }

    /// The folders the selection can be filed in: its account's, except
    /// the one it is in.
    fn move_choices(&self) -> Vec<FolderChoice> {
        let Some(account) = self.current_account() else {
            return Vec::new();
        };
        let here = match self.selected {
            folder_tree::Selected::Folder(id) => Some(id),
            _ => None,
        };
        let rights_ok = |f: &posta_core::store::FolderRow| {
            posta_core::rights::of_folder(f.my_rights.as_deref()).insert
        };
        let mut folders: Vec<&posta_core::store::FolderRow> = account
            .folders
            .iter()
            .filter(|f| f.selectable && f.subscribed && Some(f.id) != here && rights_ok(f))
            .filter(|f| account.config.protocol == Protocol::Imap || f.local || f.role.is_some())
            .collect();
        folders.sort_by_key(|f| (f.shared, f.local, f.role.is_none(), f.name.to_lowercase()));
        folders
            .into_iter()
            .map(|f| FolderChoice {
                id: f.id,
                label: folder_tree::label(f),
            })
            .collect()
    }

    /// "Search on the server", or that the servers are being searched.
    fn server_search_offer(&self) -> Element<'_, Message> {
        if self.server_searching > 0 {
            return text(t!("reading-search-server-busy"))
                .size(13)
                .style(text::secondary)
                .into();
        }
        button(text(t!("reading-search-server")).size(13))
            .padding([4, 10])
            .on_press(Message::SearchServer)
            .into()
    }

    /// The folder's name and counts, and the tag filter.
    fn heading(&self, narrow: bool) -> Element<'_, Message> {
        let title = match self.listing.source() {
            Source::Nothing => String::new(),
            Source::Folder(id) => self
                .folder(*id)
                .map(|(_, f)| folder_tree::label(f))
                .unwrap_or_default(),
            Source::Unified(_) => t!("folders-unified"),
            Source::Search(query) => t!("search-results-for", query = query.as_str()),
        };
        let mut counts = t!("mailbox-message-count", count = self.list.total());
        if let (Source::Search(_), unindexed @ 1..) =
            (self.listing.source(), self.listing.unindexed())
        {
            counts = format!(
                "{counts} · {}",
                t!("search-not-indexed-yet", count = unindexed)
            );
        }
        if let Source::Folder(id) = self.listing.source() {
            if let Some((_, folder)) = self.folder(*id).filter(|(_, f)| f.unread > 0) {
                counts = format!(
                    "{counts} · {}",
                    t!("mailbox-unread-count", count = folder.unread)
                );
            }
        }
        let mut filters = vec![FilterChoice::All];
        filters.extend(self.current_tags().iter().map(|tag| FilterChoice::Tag {
            keyword: tag.keyword.clone(),
            name: tags::display_name(tag),
        }));
        let chosen = match self.listing.tag() {
            None => Some(FilterChoice::All),
            Some(keyword) => filters
                .iter()
                .find(|f| matches!(f, FilterChoice::Tag { keyword: k, .. } if k == keyword))
                .cloned(),
        };
        let counts = text(counts).size(13).style(text::secondary);
        let (inline, below) = if narrow {
            (None, Some(counts))
        } else {
            (Some(counts.width(Fill)), None)
        };
        let title = text(title).size(16).font(theme::FONT_BOLD);
        let offer = (matches!(self.listing.source(), Source::Search(_)) && self.list.total() > 0)
            .then(|| self.server_search_offer());
        let heading = row![if narrow { title.width(Fill) } else { title }]
            .push(inline)
            .push(offer)
            .push(self.threading_toggle())
            .push(self.folder_button())
            .spacing(10)
            .align_y(Center);
        // "Show:" the quick filters and the tag, on a line of their own;
        // tighter in a narrow window, where the reader needs the height.
        let pad = if narrow { 2 } else { 4 };
        let filters = row![text(t!("tags-filter-label")).size(13)]
            .push(self.quick_filters())
            .push(
                pick_list(filters, chosen, Message::Filter)
                    .text_size(13)
                    .padding([pad, 8]),
            )
            .spacing(10)
            .align_y(Center);
        // Narrow: the counts on a line of their own, whole, not "3 wia…".
        container(column![heading].push(below).push(filters).spacing(2))
            .padding([pad, 10])
            .into()
    }

    /// The quick filters above the list: only unread, only starred, only
    /// with attachments (keys `u`, `*`, `p`); any of them may be on.
    fn quick_filters(&self) -> Option<Element<'_, Message>> {
        if matches!(self.listing.source(), Source::Nothing) {
            return None;
        }
        let only = self.listing.only();
        Some(
            row![
                checkbox(only.unread)
                    .label(t!("list-filter-unread"))
                    .text_size(13)
                    .on_toggle(move |unread| Message::Only(Only { unread, ..only })),
                checkbox(only.starred)
                    .label(t!("list-filter-starred"))
                    .text_size(13)
                    .on_toggle(move |starred| Message::Only(Only { starred, ..only })),
                checkbox(only.attachments)
                    .label(t!("list-filter-attachments"))
                    .text_size(13)
                    .on_toggle(move |attachments| Message::Only(Only {
                        attachments,
                        ..only
                    })),
            ]
            .spacing(10)
            .into(),
        )
    }

    fn list(&self) -> Element<'_, Message> {
        if self.list_state().total() == 0 {
            let empty = match self.listing.source() {
                Source::Nothing => t!("mailbox-choose-folder"),
                Source::Search(_) => t!("search-no-results"),
                _ if self.listing.only() != Only::ANY => t!("list-filter-empty"),
                _ if self.listing.tag().is_some() => t!("tags-filter-empty"),
                _ => t!("mailbox-empty-folder"),
            };
            let empty = text(empty).size(14).style(text::secondary);
            if let Source::Search(_) = self.listing.source() {
                return container(
                    column![empty, self.server_search_offer()]
                        .spacing(10)
                        .align_x(Center),
                )
                .center(Fill)
                .into();
            }
            return container(empty).center(Fill).into();
        }
        let selection = &self.selection;
        let is_selected = |id: i64| selection.contains(id);
        let row_tags = |row: &posta_core::store::MessageRow| self.row_tags(row);
        let thread = |row: &posta_core::store::MessageRow| {
            self.listing
                .thread_of(row.id)
                .filter(|t| t.latest == row.id && t.count() > 1)
                .map(|t| (t.count(), t.unread))
        };
        let folder_of = |row: &posta_core::store::MessageRow| self.folder_of(row);
        let place = match self.listing.source() {
            Source::Unified(_) => Some(t!("mailbox-column-account")),
            Source::Search(_) => Some(t!("mailbox-column-folder")),
            _ => None,
        };
        let look = Look {
            folder: place.map(|heading| (heading, &folder_of as _)),
            is_selected: &is_selected,
            cursor: self.selection.cursor(),
            tags: &row_tags,
            thread: &thread,
            sort: self.listing.sort(),
            now: when::now(),
            language: current_language(),
            recipients: self.selected_folder().is_some_and(|(_, folder)| {
                matches!(folder.role, Some(SpecialUse::Sent | SpecialUse::Drafts))
            }),
        };
        message_list::view(self.list_state(), &look).map(Message::List)
    }

    /// Where a message of a list that spans folders is: in all inboxes,
    /// whose inbox (the account); in search results, the folder, then the
    /// account when there are several (the folder first: a narrow column
    /// keeps the start).
    fn folder_of(&self, row: &posta_core::store::MessageRow) -> String {
        let Some((account, folder)) = self.folder(row.folder_id) else {
            return String::new();
        };
        match self.listing.source() {
            Source::Unified(_) => account.config.name.clone(),
            _ if self.accounts.len() > 1 => {
                format!("{} · {}", folder_tree::label(folder), account.config.name)
            }
            _ => folder_tree::label(folder),
        }
    }

    /// Per account: sync progress with Cancel, or offline with the queue.
    fn status_bar(&self, narrow: bool) -> Element<'_, Message> {
        let mut parts: Vec<Element<'_, Message>> = Vec::new();
        // What waits to be sent gets a line of its own, the whole width:
        // its reason must be read, not squeezed beside the buttons.
        let mut outbox: Vec<Element<'_, Message>> = Vec::new();
        for account in &self.accounts {
            if let Some(part) = account_status(account, self.accounts.len() > 1) {
                parts.push(part);
            }
            if let Some(part) = self.outbox_status(account, self.accounts.len() > 1) {
                outbox.push(part);
            }
        }
        if parts.is_empty() && outbox.is_empty() {
            parts.push(
                text(t!("mailbox-all-synced"))
                    .size(12)
                    .style(text::secondary)
                    .into(),
            );
        }
        let language = pick_list(
            posta_i18n::Language::ALL,
            Some(current_language()),
            Message::LanguageSelected,
        )
        .text_size(12)
        .padding([3, 8]);
        let add_account = button(text(t!("mailbox-add-account")).size(12))
            .padding([3, 10])
            .style(button::secondary)
            .on_press(Message::AddAccount);
        let settings = button(text(t!("settings-open")).size(12))
            .padding([3, 10])
            .style(button::secondary)
            .on_press(Message::OpenSettings);
        let any_worker = self.accounts.iter().any(|a| a.has_worker());
        let sync = button(text(t!("mailbox-sync-now")).size(12))
            .padding([3, 10])
            .style(button::secondary)
            .on_press_maybe(any_worker.then_some(Message::SyncNow));
        let parts = Row::with_children(parts).spacing(16).align_y(Center);
        // Narrow: what is said gets a line of its own above the buttons.
        let (parts, said) = if narrow {
            (row![], Some(parts))
        } else {
            (parts, None)
        };
        outbox.extend(said.map(Element::from));
        let bar = row![
            parts.width(Fill),
            text(t!("settings-language")).size(12),
            language,
            add_account,
            settings,
            sync,
            self.help_button(),
        ]
        .spacing(8)
        .align_y(Center);
        container(
            iced::widget::Column::with_children(outbox)
                .push(bar)
                .spacing(4),
        )
        .padding([4, 10])
        .width(Fill)
        .style(|theme: &Theme| container::Style {
            background: Some(theme.extended_palette().background.weak.color.into()),
            ..container::Style::default()
        })
        .into()
    }
}

impl Account {
    /// True once the account's worker runs.
    pub fn has_worker(&self) -> bool {
        self.worker.is_some()
    }
}

/// One account's part of the status bar, if there is anything to say.
fn account_status(account: &Account, name_it: bool) -> Option<Element<'_, Message>> {
    let prefix = |line: String| {
        if name_it {
            format!("{}: {line}", account.config.name)
        } else {
            line
        }
    };
    if let Some(progress) = &account.progress {
        let line = prefix(t!(
            "sync-progress",
            done = progress.done,
            total = progress.total
        ));
        return Some(
            row![
                text(line).size(12),
                progress_bar(0.0..=progress.total.max(1) as f32, progress.done as f32)
                    .length(140)
                    .girth(8),
                button(text(t!("mailbox-cancel")).size(12))
                    .padding([2, 8])
                    .style(button::secondary)
                    .on_press(Message::CancelSync),
            ]
            .spacing(8)
            .align_y(Center)
            .into(),
        );
    }
    let offline = account.online == Some(false);
    if !offline && account.queued == 0 {
        return None;
    }
    let mut line = String::new();
    if offline {
        line = t!("mailbox-offline");
    }
    if account.queued > 0 {
        let queued = t!("sync-queued-changes", count = account.queued);
        line = if line.is_empty() {
            queued
        } else {
            format!("{line} · {queued}")
        };
    }
    let icon = if offline { "⚠" } else { "⟳" };
    Some(
        row![text(icon).size(13), text(prefix(line)).size(12)]
            .spacing(6)
            .align_y(Center)
            .into(),
    )
}

/// A dismissable line above the status bar.
fn notice_bar<'a>(notice: String) -> Element<'a, Message> {
    container(
        row![
            text(notice).size(13).width(Fill),
            button(text("✕").size(12))
                .style(button::text)
                .on_press(Message::DismissNotice),
        ]
        .spacing(8)
        .align_y(Center),
    )
    .padding([6, 10])
    .width(Fill)
    .style(container::warning)
    .into()
}

/// Escape closes an open menu by giving the menus fresh widgets: a column
/// more or less around them (`reset` flips; a container would not do, it
/// shares its content's state).
fn fresh_menu(reset: bool, menu: Element<'_, Message>) -> Element<'_, Message> {
    if reset {
        column![menu].width(Fill).into()
    } else {
        menu
    }
}
