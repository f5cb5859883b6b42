//! Folder management (new, rename, delete, share) and the dialogs'
//! outcome: what "OK" in a dialog does.

use super::dialogs::{self, Dialog, Outcome};
use super::ops::{keyword_for, store_problem};
use super::{Action, Mailbox};
use crate::widget::folder_tree;
use posta_core::account::Protocol;
use posta_core::message::Flag;
use posta_core::store::TagDef;
use posta_core::sync::imap::with_store;
use posta_core::worker::Command;

impl Mailbox {
    /// True when the selected folder may get a sub-folder here, be renamed
    /// or be deleted: local folders always; server folders on IMAP unless
    /// special (Inbox, Sent…); other users' folders only with the rights.
    pub(super) fn folder_permissions(&self) -> (bool, bool) {
        let Some((account, folder)) = self.selected_folder() else {
            return (self.current_account().is_some(), false);
        };
        let pop3 = account.config.protocol == Protocol::Pop3;
        let rights = folder.my_rights.as_deref().unwrap_or("");
        let create = if folder.shared {
            rights.contains('k')
        } else {
            !pop3 || folder.local || folder.role.is_some()
        };
        let change = folder.role.is_none()
            && if folder.shared {
                rights.contains('x')
            } else {
                folder.local || !pop3
            };
        (create, change)
    }

    pub(super) fn open_new_folder(&mut self) -> Action {
        let Some(account) = self.current_account() else {
            return Action::None;
        };
        let account_id = account.config.id;
        let pop3 = account.config.protocol == Protocol::Pop3;
        // Under the selected folder when it may hold one (on POP3 the inbox
        // is the server's: new folders go to the top, as local folders).
        let parent = self
            .selected_folder()
            .filter(|(a, f)| a.config.id == account_id && (!pop3 || f.local))
            .filter(|(_, f)| !f.shared || f.my_rights.as_deref().is_some_and(|r| r.contains('k')))
            .map(|(_, f)| (f.id, folder_tree::label(f)));
        self.dialog = Some(Dialog::NewFolder {
            account: account_id,
            parent: parent.as_ref().map(|(id, _)| *id),
            parent_label: parent.map(|(_, label)| label),
            name: String::new(),
        });
        Action::Run(iced::widget::operation::focus(dialogs::NAME_INPUT))
    }

    pub(super) fn open_rename_folder(&mut self) -> Action {
        let Some((_, folder)) = self.selected_folder() else {
            return Action::None;
        };
        let leaf = folder
            .delimiter
            .and_then(|d| folder.name.rsplit(d).next())
            .unwrap_or(&folder.name)
            .to_owned();
        self.dialog = Some(Dialog::RenameFolder {
            folder_id: folder.id,
            name: leaf,
        });
        Action::Run(iced::widget::operation::focus(dialogs::NAME_INPUT))
    }

    pub(super) fn open_delete_folder(&mut self) -> Action {
        let Some((_, folder)) = self.selected_folder() else {
            return Action::None;
        };
        self.dialog = Some(Dialog::DeleteFolder {
            folder_id: folder.id,
            label: folder_tree::label(folder),
            messages: folder.total,
        });
        Action::None
    }

    pub(super) fn share_folder(&mut self) -> Action {
        match self.selected_folder() {
            Some((account, folder))
                if account.config.protocol == Protocol::Imap && !folder.local =>
            {
                Action::Share {
                    folder_id: folder.id,
                }
            }
            _ => Action::None,
        }
    }

    pub(super) fn dialog_message(&mut self, message: dialogs::Message) -> Action {
        let Some(dialog) = self.dialog.as_mut() else {
            return Action::None;
        };
        match dialog.update(message) {
            Outcome::Open => Action::None,
            Outcome::Cancelled => {
                self.dialog = None;
                Action::None
            }
            Outcome::Confirmed => {
                if let Some(dialog) = self.dialog.take() {
                    self.confirm(dialog);
                }
                Action::None
            }
        }
    }

    /// Does what a confirmed dialog asked for.
    fn confirm(&mut self, dialog: Dialog) {
        match dialog {
            Dialog::NewFolder {
                account,
                parent,
                name,
                ..
            } => self.apply(
                account,
                Command::CreateFolder {
                    parent,
                    name: name.trim().to_owned(),
                },
            ),
            Dialog::RenameFolder { folder_id, name } => {
                if let Some(account) = self.folder(folder_id).map(|(a, _)| a.config.id) {
                    self.apply(
                        account,
                        Command::RenameFolder {
                            folder_id,
                            name: name.trim().to_owned(),
                        },
                    );
                }
            }
            Dialog::DeleteFolder { folder_id, .. } => {
                if let Some(account) = self.folder(folder_id).map(|(a, _)| a.config.id) {
                    self.apply(account, Command::DeleteFolder { folder_id });
                    if self.selected == folder_tree::Selected::Folder(folder_id) {
                        self.selected = folder_tree::Selected::Nothing;
                    }
                }
            }
            Dialog::NewTag {
                account,
                name,
                color,
            } => self.create_tag(account, name.trim(), &color),
            Dialog::EmptyTrash { account, .. } => self.empty_trash(account),
        }
    }

    /// Defines a tag, puts it on the selection and shares the definitions.
    fn create_tag(&mut self, account: i64, name: &str, color: &str) {
        let existing: Vec<String> = self
            .account(account)
            .map(|a| a.tags.iter().map(|t| t.keyword.clone()).collect())
            .unwrap_or_default();
        let tag = TagDef {
            keyword: keyword_for(name, &existing),
            name: name.to_owned(),
            color: color.to_owned(),
        };
        if let Err(err) = with_store(&self.store, |s| Ok(s.upsert_tag(account, &tag)?)) {
            self.notice = Some(store_problem(&err));
            return;
        }
        self.apply(account, Command::SaveTags);
        self.reload();
        if !self.selection.is_empty() {
            let _ = self.toggle_flag(Flag::Keyword(tag.keyword));
        }
    }
}
