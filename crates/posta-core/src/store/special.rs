//! The one rule for finding an account's special folders (Trash, Archive,
//! Junk, Sent, Drafts): the user's own selectable folder with that role,
//! else one with the usual name; when there is none, one is made (here
//! for POP3, on the server through the queue for IMAP). The window's
//! Delete, the everyday actions and the copies of sent mail all ask here.

use super::{AccountConfig, FolderRow, Op, Result, Store};
use crate::imap::{utf7, SpecialUse};
use crate::protocol::Protocol;

/// The name a missing special folder is created with. The interface shows
/// special folders by their role, translated; this is the name on disk or
/// on the server, which other mail programs recognise.
fn default_name(role: SpecialUse) -> &'static str {
    match role {
        SpecialUse::Sent => "Sent",
        SpecialUse::Drafts => "Drafts",
        SpecialUse::Trash => "Trash",
        SpecialUse::Junk => "Junk",
        SpecialUse::Archive => "Archive",
        SpecialUse::Inbox => "INBOX",
        SpecialUse::All => "All",
        SpecialUse::Flagged => "Flagged",
    }
}

/// The account's folder for `role` among `folders` (one account's): its
/// own (not shared), selectable folder with that role, else one with the
/// usual name.
pub fn special_folder(folders: &[FolderRow], role: SpecialUse) -> Option<&FolderRow> {
    let mut own = folders.iter().filter(|f| !f.shared && f.selectable);
    own.clone().find(|f| f.role == Some(role)).or_else(|| {
        let name = default_name(role);
        own.find(|f| f.name.eq_ignore_ascii_case(name))
    })
}

impl Store {
    /// The account's folder for `role`, if it has one (see
    /// [`special_folder`]).
    pub fn special_folder(&self, account: i64, role: SpecialUse) -> Result<Option<FolderRow>> {
        Ok(special_folder(&self.folders(account)?, role).cloned())
    }

    /// The account's folder for `role` (see [`special_folder`]), made when
    /// missing: local for POP3, for IMAP created on the server through the
    /// queue and shown at once.
    pub fn special_folder_or_new(
        &self,
        account: &AccountConfig,
        role: SpecialUse,
    ) -> Result<FolderRow> {
        if let Some(found) = self.special_folder(account.id, role)? {
            return Ok(found);
        }
        let name = default_name(role);
        let mut row = match account.protocol {
            Protocol::Pop3 => FolderRow::local(account.id, name, Some(role)),
            Protocol::Imap => {
                self.enqueue(
                    account.id,
                    &Op::CreateFolder {
                        name: name.to_owned(),
                    },
                )?;
                FolderRow {
                    account: account.id,
                    name: name.to_owned(),
                    wire_name: utf7::encode(name),
                    role: Some(role),
                    selectable: true,
                    ..FolderRow::default()
                }
            }
        };
        row.id = self.upsert_folder(account.id, &row)?;
        Ok(row)
    }
}
