//! The folder pane: one tree per account, special folders first (Inbox,
//! Drafts, Sent, Archive, Junk, Trash) under their translated names, then
//! the others alphabetically; other users' folders under "Shared with me",
//! folders kept only on this computer under "Local folders"; unread counts
//! beside each name. With more than one account, "All inboxes" comes first.
//!
//! [`lines`] turns store rows into the rows drawn (pure, tested below);
//! [`view`] draws them.

use std::cmp::Ordering;

use iced::widget::{button, column, container, mouse_area, row, scrollable, space, text};
use iced::{Center, Element, Fill, Theme};

use crate::theme;
use posta_core::imap::{QuotaUsage, SpecialUse};
use posta_core::store::FolderRow;
use posta_i18n::t;

/// One account's folders, as the tree needs them.
#[derive(Debug, Clone, Copy)]
pub struct AccountFolders<'a> {
    /// Account id.
    pub id: i64,
    /// What the user calls the account.
    pub name: &'a str,
    /// The account's folders from the store.
    pub folders: &'a [FolderRow],
    /// Its fullest quota resource, when the server has a quota.
    pub quota: Option<QuotaUsage>,
    /// A POP3 account: it has a server mailbox to look at.
    pub pop3: bool,
    /// The colour the user gave the account.
    pub color: Option<iced::Color>,
}

/// A heading inside an account's tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Other users' and public folders.
    Shared,
    /// Folders that exist only on this computer (POP3 mail is filed here).
    Local,
}

/// One row of the pane.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// Every account's inbox in one list.
    Unified {
        /// Unread messages in all inboxes.
        unread: u64,
    },
    /// An account's name.
    Account {
        /// Account id.
        id: i64,
        /// Its name.
        name: String,
        /// Its fullest quota resource, drawn as a small meter.
        quota: Option<QuotaUsage>,
        /// A POP3 account (it offers its server mailbox).
        pop3: bool,
        /// The account's colour.
        color: Option<iced::Color>,
    },
    /// A group heading inside an account.
    Group(Group),
    /// The account's outbox: shown only while something waits.
    Outbox {
        /// Account id.
        account: i64,
        /// Messages waiting.
        count: usize,
        /// Some of them were refused and wait for the user.
        attention: bool,
    },
    /// A folder.
    Folder {
        /// Store folder id (0 for a container the server did not list).
        id: i64,
        /// Nesting depth within its group.
        depth: usize,
        /// The name shown.
        label: Label,
        /// A symbol for its role.
        icon: &'static str,
        /// Unread messages.
        unread: u64,
        /// False for containers that hold no mail.
        selectable: bool,
    },
}

/// What is selected in the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selected {
    /// Nothing.
    Nothing,
    /// All inboxes.
    Unified,
    /// A folder.
    Folder(i64),
    /// An account's outbox.
    Outbox(i64),
}

/// What the pane reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A folder was clicked.
    Folder(i64),
    /// Dragged messages were let go over a folder.
    DropOn(i64),
    /// "All inboxes" was clicked.
    Unified,
    /// An account's quota meter was clicked: "Make room".
    MakeRoom(i64),
    /// A POP3 account's "On the server" was clicked.
    ServerMailbox(i64),
    /// An account's settings button was clicked.
    AccountSettings(i64),
    /// An account's Outbox was clicked.
    Outbox(i64),
}

/// Where a special folder sorts among its siblings.
fn rank(role: Option<SpecialUse>) -> u8 {
    match role {
        Some(SpecialUse::Inbox) => 0,
        Some(SpecialUse::Drafts) => 1,
        Some(SpecialUse::Sent) => 2,
        Some(SpecialUse::Archive) => 3,
        Some(SpecialUse::Junk) => 4,
        Some(SpecialUse::Trash) => 5,
        Some(SpecialUse::All) => 6,
        Some(SpecialUse::Flagged) => 7,
        None => 8,
    }
}

/// The symbol drawn before a folder with this role (all in DejaVu Sans).
pub fn icon(role: Option<SpecialUse>) -> &'static str {
    match role {
        Some(SpecialUse::Inbox) => "✉",
        Some(SpecialUse::Drafts) => "✎",
        Some(SpecialUse::Sent) => "✈",
        Some(SpecialUse::Archive) => "⛁",
        Some(SpecialUse::Junk) => "⚠",
        Some(SpecialUse::Trash) => "♻",
        Some(SpecialUse::All) => "≡",
        Some(SpecialUse::Flagged) => "⚑",
        None => "▪",
    }
}

/// The translated name of a special folder.
pub fn role_name(role: SpecialUse) -> String {
    match role {
        SpecialUse::Inbox => t!("folder-inbox"),
        SpecialUse::Drafts => t!("folder-drafts"),
        SpecialUse::Sent => t!("folder-sent"),
        SpecialUse::Archive => t!("folder-archive"),
        SpecialUse::Junk => t!("folder-junk"),
        SpecialUse::Trash => t!("folder-trash"),
        SpecialUse::All => t!("folders-all-mail"),
        SpecialUse::Flagged => t!("folders-flagged"),
    }
}

/// A folder's name before translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// A special folder, shown under its role's translated name.
    Role(SpecialUse),
    /// Any other folder, shown as named.
    Name(String),
}

impl Label {
    /// The text shown, in the current language.
    pub fn text(&self) -> String {
        match self {
            Label::Role(role) => role_name(*role),
            Label::Name(name) => name.clone(),
        }
    }
}

/// The name a folder is shown under anywhere outside the tree ("Move to…",
/// the list heading): a special folder at the top of its account by its
/// role, any other by its full path with " › " between the levels.
pub fn label_of(folder: &FolderRow) -> Label {
    match (folder.role, folder.shared, path(folder).len()) {
        (Some(role), false, 1) => Label::Role(role),
        _ => Label::Name(path(folder).join(" › ")),
    }
}

/// [`label_of`] in the current language.
pub fn label(folder: &FolderRow) -> String {
    label_of(folder).text()
}

/// A folder's path within its group: the namespace prefix of a shared
/// folder (`shared/`) is not part of what the user sees.
fn path(folder: &FolderRow) -> Vec<&str> {
    let mut parts: Vec<&str> = match folder.delimiter {
        Some(d) => folder.name.split(d).collect(),
        None => vec![folder.name.as_str()],
    };
    if folder.shared && !parts.is_empty() {
        // The namespace itself ("shared") is no folder of anyone's.
        parts.remove(0);
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// A node of one group's tree while it is being built.
struct Node<'a> {
    leaf: String,
    folder: Option<&'a FolderRow>,
    children: Vec<Node<'a>>,
}

impl<'a> Node<'a> {
    fn insert(&mut self, parts: &[&str], folder: &'a FolderRow) {
        let Some((first, rest)) = parts.split_first() else {
            return;
        };
        let index = match self.children.iter().position(|c| c.leaf == *first) {
            Some(index) => index,
            None => {
                self.children.push(Node {
                    leaf: (*first).to_owned(),
                    folder: None,
                    children: Vec::new(),
                });
                self.children.len() - 1
            }
        };
        let child = &mut self.children[index];
        if rest.is_empty() {
            child.folder = Some(folder);
        } else {
            child.insert(rest, folder);
        }
    }

    fn sort(&mut self, top: bool) {
        let key = |node: &Node<'_>| {
            let role = node.folder.and_then(|f| f.role).filter(|_| top);
            (rank(role), node.leaf.to_lowercase())
        };
        self.children
            .sort_by(|a, b| key(a).partial_cmp(&key(b)).unwrap_or(Ordering::Equal));
        for child in &mut self.children {
            child.sort(false);
        }
    }

    fn flatten(&self, depth: usize, shared: bool, out: &mut Vec<Line>) {
        for child in &self.children {
            let folder = child.folder;
            let role = folder
                .and_then(|f| f.role)
                .filter(|_| depth == 0 && !shared);
            let selectable = folder.is_some_and(|f| f.selectable);
            out.push(Line::Folder {
                id: folder.map_or(0, |f| f.id),
                depth,
                label: match role {
                    Some(role) => Label::Role(role),
                    // A folder others share that the user may only read.
                    None if folder.is_some_and(|f| {
                        posta_core::rights::is_read_only(f.my_rights.as_deref())
                    }) =>
                    {
                        Label::Name(posta_i18n::t!(
                            "folders-read-only",
                            name = child.leaf.as_str()
                        ))
                    }
                    None => Label::Name(child.leaf.clone()),
                },
                icon: match (role, selectable) {
                    (Some(_), _) | (None, true) => icon(role),
                    (None, false) => "▾",
                },
                unread: folder.map_or(0, |f| f.unread),
                selectable,
            });
            child.flatten(depth + 1, shared, out);
        }
    }
}

/// The rows of one group of folders.
fn group_lines<'a>(folders: impl Iterator<Item = &'a FolderRow>, shared: bool) -> Vec<Line> {
    let mut root = Node {
        leaf: String::new(),
        folder: None,
        children: Vec::new(),
    };
    for folder in folders {
        root.insert(&path(folder), folder);
    }
    root.sort(!shared);
    let mut out = Vec::new();
    root.flatten(0, shared, &mut out);
    out
}

/// Every row of the pane, in order. `unified` adds "All inboxes" with its
/// unread count at the top.
pub fn lines(accounts: &[AccountFolders<'_>], unified: Option<u64>) -> Vec<Line> {
    let mut out = Vec::new();
    if let Some(unread) = unified {
        out.push(Line::Unified { unread });
    }
    for account in accounts {
        out.push(Line::Account {
            id: account.id,
            name: account.name.to_owned(),
            quota: account.quota,
            pop3: account.pop3,
            color: account.color,
        });
        // Folders the user unsubscribed from are not shown (Thunderbird's
        // way); their parents stay where something under them is shown.
        let own = account
            .folders
            .iter()
            .filter(|f| !f.shared && !f.local && f.subscribed);
        out.extend(group_lines(own, false));
        if account.folders.iter().any(|f| f.shared) {
            out.push(Line::Group(Group::Shared));
            out.extend(group_lines(
                account.folders.iter().filter(|f| f.shared),
                true,
            ));
        }
        if account.folders.iter().any(|f| f.local && !f.shared) {
            out.push(Line::Group(Group::Local));
            let local = account.folders.iter().filter(|f| f.local && !f.shared);
            out.extend(group_lines(local, false));
        }
    }
    out
}

/// What waits in one account's outbox, for [`with_outbox`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    /// Account id.
    pub account: i64,
    /// Messages waiting.
    pub count: usize,
    /// Some were refused and wait for the user.
    pub attention: bool,
}

/// `lines` with each account's Outbox where something waits: among its
/// special folders, after Inbox and Drafts (where Thunderbird and Apple
/// Mail show theirs), before Sent and the rest.
pub fn with_outbox(lines: Vec<Line>, waiting: &[Waiting]) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len() + waiting.len());
    let mut pending: Option<Waiting> = None;
    let outbox = |w: Waiting| Line::Outbox {
        account: w.account,
        count: w.count,
        attention: w.attention,
    };
    for line in lines {
        let before_inbox_or_drafts = matches!(
            &line,
            Line::Folder {
                depth: 0,
                label: Label::Role(SpecialUse::Inbox | SpecialUse::Drafts),
                ..
            } | Line::Folder { depth: 1.., .. }
        );
        if !before_inbox_or_drafts {
            if let Some(w) = pending.take() {
                out.push(outbox(w));
            }
        }
        if let Line::Account { id, .. } = &line {
            pending = waiting
                .iter()
                .find(|w| w.account == *id && w.count > 0)
                .copied();
        }
        out.push(line);
    }
    if let Some(w) = pending {
        out.push(outbox(w));
    }
    out
}

/// An account's name, its quota meter ("Make room" on a click) and, for
/// POP3, the way to its server mailbox.
fn account_row<'a>(
    id: i64,
    name: String,
    quota: Option<QuotaUsage>,
    pop3: bool,
    color: Option<iced::Color>,
) -> Element<'a, Event> {
    // The name, the account's colour before it, its settings after it.
    let mut head = iced::widget::row![].spacing(6).align_y(iced::Center);
    if let Some(color) = color {
        head =
            head.push(
                container(text(""))
                    .width(4)
                    .height(16)
                    .style(move |_| container::Style {
                        background: Some(iced::Background::Color(color)),
                        ..container::Style::default()
                    }),
            );
    }
    head = head.push(text(name).font(theme::FONT_BOLD).size(14).width(Fill));
    head = head.push(
        button(text("⚙").size(13))
            .padding([0, 4])
            .style(button::text)
            .on_press(Event::AccountSettings(id)),
    );
    let mut column = iced::widget::column![head].spacing(3);
    if let Some(usage) = quota {
        column = column.push(
            button(super::quota::meter(&usage))
                .padding(0)
                .width(Fill)
                .style(button::text)
                .on_press(Event::MakeRoom(id)),
        );
    }
    if pop3 {
        column = column.push(
            button(
                text(t!("server-on-the-server"))
                    .size(12)
                    .style(text::primary),
            )
            .padding(0)
            .style(button::text)
            .on_press(Event::ServerMailbox(id)),
        );
    }
    container(column).padding([8, 8]).into()
}

/// The width of the pane.
pub const WIDTH: f32 = 240.0;

/// Draws the rows, highlighting `selected`.
pub fn view<'a>(lines: Vec<Line>, selected: Selected, dragging: bool) -> Element<'a, Event> {
    let rows = lines.into_iter().map(|line| match line {
        Line::Unified { unread } => entry(
            "◉",
            t!("folders-unified"),
            0,
            unread,
            Some(Event::Unified),
            selected == Selected::Unified,
        ),
        Line::Account {
            id,
            name,
            quota,
            pop3,
            color,
        } => account_row(id, name, quota, pop3, color),
        Line::Group(group) => {
            let title = match group {
                Group::Shared => t!("folders-shared-with-me"),
                Group::Local => t!("folders-local"),
            };
            container(text(title).size(12).style(text::secondary))
                .padding(iced::Padding {
                    top: 8.0,
                    bottom: 2.0,
                    left: 12.0,
                    right: 8.0,
                })
                .into()
        }
        Line::Outbox {
            account,
            count,
            attention,
        } => entry(
            if attention { "⚠" } else { "⇪" },
            t!("outbox-folder"),
            1,
            count as u64,
            Some(Event::Outbox(account)),
            selected == Selected::Outbox(account),
        ),
        Line::Folder {
            id,
            depth,
            label,
            icon,
            unread,
            selectable,
        } => {
            let entry = entry(
                icon,
                label.text(),
                depth + 1,
                unread,
                selectable.then_some(Event::Folder(id)),
                selected == Selected::Folder(id),
            );
            // Always the same widgets; they take a drop only during a drag.
            let target = mouse_area(entry);
            if dragging && selectable {
                target.on_release(Event::DropOn(id)).into()
            } else {
                target.into()
            }
        }
    });
    let content = column(rows).padding([4, 4]).width(Fill);
    container(scrollable(content).height(Fill))
        .width(WIDTH)
        .height(Fill)
        .style(|theme: &Theme| container::Style {
            background: Some(theme.extended_palette().background.weak.color.into()),
            ..container::Style::default()
        })
        .into()
}

/// One clickable folder row.
fn entry<'a>(
    icon: &'static str,
    label: String,
    depth: usize,
    unread: u64,
    on_press: Option<Event>,
    chosen: bool,
) -> Element<'a, Event> {
    let font = if unread > 0 {
        theme::FONT_BOLD
    } else {
        theme::FONT
    };
    let count: Element<'a, Event> = if unread > 0 {
        text(posta_i18n::format_number(
            unread as f64,
            posta_i18n::current_language(),
        ))
        .size(12)
        .font(theme::FONT_BOLD)
        .into()
    } else {
        space().into()
    };
    let content = row![
        text(icon).size(13).width(18),
        crate::widget::ellipsis::ellipsis(label).size(13).font(font),
        count
    ]
    .spacing(4)
    .align_y(Center);
    button(content)
        .padding(iced::Padding {
            top: 3.0,
            bottom: 3.0,
            left: 6.0 + depth as f32 * 12.0,
            right: 8.0,
        })
        .width(Fill)
        .on_press_maybe(on_press)
        .style(move |theme: &Theme, status| {
            let palette = theme.extended_palette();
            let background = match (chosen, status) {
                (true, _) => Some(palette.primary.weak.color.into()),
                (false, button::Status::Hovered) => Some(palette.background.strong.color.into()),
                _ => None,
            };
            button::Style {
                background,
                text_color: if chosen {
                    palette.primary.weak.text
                } else {
                    palette.background.base.text
                },
                border: iced::border::rounded(4),
                ..button::Style::default()
            }
        })
        .into()
}

#[cfg(test)]
mod tests;
