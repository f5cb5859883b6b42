//! The tag manager: every tag of an account with its name (editable),
//! colour, place in the list and a delete button that asks first. Opened
//! from the tag menu. It only edits its own rows; what each change does
//! (store, queue, worker) is up to the mailbox, through [`Effect`].

use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Center, Element, Fill};

use crate::theme;
use crate::widget::{color_grid, tags};
use posta_core::account::Protocol;
use posta_core::store::TagDef;
use posta_core::sync::{tag_admin, tags as tags_sync, with_store};
use posta_core::worker::Command;
use posta_i18n::t;

/// The dialog's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagManager {
    /// Account id.
    pub account: i64,
    rows: Vec<Row>,
    /// The tag whose colour is being picked.
    picking: Option<String>,
    /// The tag waiting for "delete?" to be confirmed.
    deleting: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    tag: TagDef,
    /// The name as typed (saved when the manager closes or on Enter).
    draft: String,
}

/// What can happen in the tag manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A tag's name field changed.
    Name(String, String),
    /// Enter in a name field: save that name.
    Submit(String),
    /// Pick a colour for this tag (shows the palette).
    Pick(String),
    /// The colour picked for the tag being edited.
    Color(String),
    /// Move a tag one place up.
    Up(String),
    /// Move a tag one place down.
    Down(String),
    /// Delete a tag (asks first).
    Delete(String),
    /// "Yes, delete it".
    ConfirmDelete,
    /// "No, keep it".
    CancelDelete,
    /// Close the manager (typed names are saved).
    Done,
}

/// What the mailbox should do after a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing.
    None,
    /// Rename a tag.
    Rename(String, String),
    /// Recolour a tag.
    Recolour(String, String),
    /// Put a tag at this place (0 first).
    Move(String, usize),
    /// Delete a tag everywhere.
    Delete(String),
    /// Close, after saving these renames.
    Close(Vec<(String, String)>),
}

impl TagManager {
    /// The manager for `account`'s tags, in their order.
    pub fn new(account: i64, tags: &[TagDef]) -> TagManager {
        let mut manager = TagManager {
            account,
            rows: Vec::new(),
            picking: None,
            deleting: None,
        };
        manager.refresh(tags);
        manager
    }

    /// Takes the store's tags again, keeping names being typed.
    pub fn refresh(&mut self, tags: &[TagDef]) {
        let old = std::mem::take(&mut self.rows);
        self.rows = tags
            .iter()
            .map(|tag| {
                let draft = old
                    .iter()
                    .find(|r| r.tag.keyword == tag.keyword && r.draft != r.tag.name)
                    .map_or_else(|| tags::display_name(tag), |r| r.draft.clone());
                Row {
                    tag: tag.clone(),
                    draft,
                }
            })
            .collect();
    }

    fn index(&self, keyword: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.tag.keyword == keyword)
    }

    /// Names typed and not saved yet.
    fn renames(&self) -> Vec<(String, String)> {
        self.rows
            .iter()
            .filter(|r| {
                !r.draft.trim().is_empty()
                    && r.draft.trim() != r.tag.name
                    && r.draft != tags::display_name(&r.tag)
            })
            .map(|r| (r.tag.keyword.clone(), r.draft.trim().to_owned()))
            .collect()
    }

    /// Applies a message; the effect says what the mailbox must do.
    pub fn update(&mut self, message: Message) -> Effect {
        match message {
            Message::Name(keyword, name) => {
                if let Some(i) = self.index(&keyword) {
                    self.rows[i].draft = name;
                }
                Effect::None
            }
            Message::Submit(keyword) => self
                .renames()
                .into_iter()
                .find(|(k, _)| *k == keyword)
                .map_or(Effect::None, |(k, name)| Effect::Rename(k, name)),
            Message::Pick(keyword) => {
                self.picking = (self.picking.as_deref() != Some(&keyword)).then_some(keyword);
                Effect::None
            }
            Message::Color(color) => match self.picking.take() {
                Some(keyword) => Effect::Recolour(keyword, color),
                None => Effect::None,
            },
            Message::Up(keyword) => match self.index(&keyword) {
                Some(i) if i > 0 => Effect::Move(keyword, i - 1),
                _ => Effect::None,
            },
            Message::Down(keyword) => match self.index(&keyword) {
                Some(i) if i + 1 < self.rows.len() => Effect::Move(keyword, i + 1),
                _ => Effect::None,
            },
            Message::Delete(keyword) => {
                self.deleting = Some(keyword);
                Effect::None
            }
            Message::ConfirmDelete => self.deleting.take().map_or(Effect::None, Effect::Delete),
            Message::CancelDelete => {
                self.deleting = None;
                Effect::None
            }
            Message::Done => Effect::Close(self.renames()),
        }
    }

    /// The dialog's box.
    pub fn view(&self) -> Element<'_, Message> {
        let mut list = column![].spacing(8);
        let last = self.rows.len().saturating_sub(1);
        for (i, r) in self.rows.iter().enumerate() {
            let keyword = r.tag.keyword.clone();
            list = list.push(self.row_view(i, last, r, keyword));
        }
        let mut body = column![text(t!("tags-manager-title"))
            .size(18)
            .font(theme::FONT_BOLD)]
        .spacing(14);
        body = body.push(container(scrollable(list)).max_height(380));
        if let Some(keyword) = &self.picking {
            let color = self
                .index(keyword)
                .map(|i| self.rows[i].tag.color.clone())
                .unwrap_or_default();
            body = body.push(text(t!("tags-color")).size(13));
            body = body.push(color_grid::grid(&color, Message::Color));
        }
        let done = button(text(t!("tags-manager-done")))
            .style(button::primary)
            .on_press(Message::Done);
        body = body.push(row![iced::widget::space().width(Fill), done]);
        container(body.width(560))
            .padding(20)
            .style(container::rounded_box)
            .into()
    }

    fn row_view<'a>(
        &'a self,
        i: usize,
        last: usize,
        r: &'a Row,
        keyword: String,
    ) -> Element<'a, Message> {
        if self.deleting.as_deref() == Some(keyword.as_str()) {
            let question = text(t!("tags-manager-delete-confirm", tag = r.draft.as_str()))
                .size(14)
                .width(Fill);
            return row![
                question,
                button(text(t!("mailbox-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelDelete),
                button(text(t!("tags-manager-delete")))
                    .style(button::danger)
                    .on_press(Message::ConfirmDelete),
            ]
            .spacing(8)
            .align_y(Center)
            .into();
        }
        let color = tags::parse_color(&r.tag.color).unwrap_or(iced::Color::BLACK);
        let swatch = button(text(" ").size(14))
            .width(28)
            .height(28)
            .on_press(Message::Pick(keyword.clone()))
            .style(move |_theme, _status| button::Style {
                background: Some(color.into()),
                border: iced::Border {
                    radius: 6.0.into(),
                    ..iced::Border::default()
                },
                ..button::Style::default()
            });
        let (k1, k2, k3, k4) = (keyword.clone(), keyword.clone(), keyword.clone(), keyword);
        let name = text_input(&t!("tags-name-placeholder"), &r.draft)
            .on_input(move |name| Message::Name(k1.clone(), name))
            .on_submit(Message::Submit(k2))
            .padding(6)
            .width(Fill);
        let up = button(text("↑")).style(button::secondary);
        let down = button(text("↓")).style(button::secondary);
        row![
            swatch,
            name,
            up.on_press_maybe((i > 0).then(|| Message::Up(k3.clone()))),
            down.on_press_maybe((i < last).then(|| Message::Down(k3.clone()))),
            button(text(t!("tags-manager-delete")))
                .style(button::danger)
                .on_press(Message::Delete(k4)),
        ]
        .spacing(6)
        .align_y(Center)
        .into()
    }
}

impl super::Mailbox {
    /// For screenshots: `POSTA_SCREENSHOT_TAGS=1` opens the tag manager
    /// with the first tag's palette, `=delete` with the first tag's
    /// delete question.
    #[cfg(feature = "test-kit")]
    pub(super) fn tag_manager_from_env(&mut self) {
        let Ok(wanted) = std::env::var("POSTA_SCREENSHOT_TAGS") else {
            return;
        };
        let _ = self.open_tag_manager();
        let first = self.current_account().and_then(|a| a.tags.first().cloned());
        if let (Some(manager), Some(tag)) = (self.tag_manager.as_mut(), first) {
            let message = if wanted == "delete" {
                Message::Delete(tag.keyword)
            } else {
                Message::Pick(tag.keyword)
            };
            manager.update(message);
        }
    }

    /// Opens the tag manager for the current account.
    pub(super) fn open_tag_manager(&mut self) -> super::Action {
        if let Some(account) = self.current_account() {
            self.tag_manager = Some(TagManager::new(account.config.id, &account.tags));
        }
        super::Action::None
    }

    /// Applies what the tag manager asked for: the store at once, then
    /// the worker (or the queue) shares it with the server.
    pub(super) fn tag_manager_message(&mut self, message: Message) -> super::Action {
        let Some(manager) = self.tag_manager.as_mut() else {
            return super::Action::None;
        };
        let account = manager.account;
        let effect = manager.update(message);
        let result = match effect {
            Effect::None => return super::Action::None,
            Effect::Rename(keyword, name) => {
                self.tag_change(account, |s, a| tag_admin::rename_tag(s, a, &keyword, &name))
            }
            Effect::Recolour(keyword, color) => self.tag_change(account, |s, a| {
                tag_admin::recolour_tag(s, a, &keyword, &color)
            }),
            Effect::Move(keyword, to) => {
                self.tag_change(account, |s, a| tag_admin::move_tag(s, a, &keyword, to))
            }
            Effect::Delete(keyword) => self.delete_tag(account, keyword),
            Effect::Close(renames) => {
                self.tag_manager = None;
                self.tag_change(account, |s, a| {
                    renames
                        .iter()
                        .try_for_each(|(keyword, name)| tag_admin::rename_tag(s, a, keyword, name))
                })
            }
        };
        if let Err(err) = result {
            self.notice = Some(super::ops::store_problem(&err));
        }
        self.reload();
        if let (Some(manager), Some(entry)) = (
            self.tag_manager.as_mut(),
            self.accounts.iter().find(|a| a.config.id == account),
        ) {
            manager.refresh(&entry.tags);
        }
        super::Action::None
    }

    /// A change to the definitions: in the store, then shared.
    fn tag_change(
        &mut self,
        account: i64,
        change: impl FnOnce(&posta_core::store::Store, i64) -> posta_core::Result<()>,
    ) -> posta_core::Result<()> {
        with_store(&self.store, |s| change(s, account))?;
        self.share_tags(account);
        Ok(())
    }

    /// A tag deleted: through the worker (off every message on the server
    /// too), or here with the queue when the account has no worker.
    fn delete_tag(&mut self, account: i64, keyword: String) -> posta_core::Result<()> {
        let worker = self.account(account).and_then(|a| a.worker.clone());
        if let Some(worker) = worker {
            if worker.send(Command::DeleteTag {
                keyword: keyword.clone(),
            }) {
                // Shown at once; the worker does the same in the store.
                return with_store(&self.store, |s| Ok(s.remove_tag(account, &keyword)?));
            }
        }
        with_store(&self.store, |s| {
            tag_admin::delete_tag(s, account, &keyword).map(drop)
        })?;
        self.share_tags(account);
        Ok(())
    }

    /// The tag list goes to the server: by the worker, or queued.
    fn share_tags(&mut self, account: i64) {
        let Some(entry) = self.account(account) else {
            return;
        };
        if let Some(worker) = &entry.worker {
            if worker.send(Command::SaveTags) {
                return;
            }
        }
        if entry.config.protocol == Protocol::Imap {
            if let Err(err) = with_store(&self.store, |s| tags_sync::queue_tags(s, account)) {
                self.notice = Some(super::ops::store_problem(&err));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(keyword: &str, name: &str) -> TagDef {
        TagDef {
            keyword: keyword.into(),
            name: name.into(),
            color: "#ff0000".into(),
        }
    }

    #[test]
    fn edits_become_effects() {
        let mut m = TagManager::new(1, &[tag("a", "A"), tag("b", "B")]);
        assert_eq!(m.update(Message::Up("a".into())), Effect::None);
        assert_eq!(
            m.update(Message::Down("a".into())),
            Effect::Move("a".into(), 1)
        );
        m.update(Message::Pick("b".into()));
        assert_eq!(
            m.update(Message::Color("#00ff00".into())),
            Effect::Recolour("b".into(), "#00ff00".into())
        );
        m.update(Message::Name("a".into(), "Ala".into()));
        assert_eq!(
            m.update(Message::Submit("a".into())),
            Effect::Rename("a".into(), "Ala".into())
        );
        assert_eq!(m.update(Message::Delete("b".into())), Effect::None);
        assert_eq!(m.update(Message::ConfirmDelete), Effect::Delete("b".into()));
        assert_eq!(
            m.update(Message::Done),
            Effect::Close(vec![("a".into(), "Ala".into())])
        );
    }
}
