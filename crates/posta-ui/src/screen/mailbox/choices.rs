//! The entries of the mailbox's drop-down menus ("Move to…", the tag menu
//! and the tag filter). Their `Display` is what the menu shows, always
//! from the store (folder and tag names) or the Fluent files.

use std::fmt;

use posta_i18n::t;

/// A folder in the "Move to…" menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderChoice {
    /// Folder id.
    pub id: i64,
    /// The name shown.
    pub label: String,
}

impl fmt::Display for FolderChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// An entry of the tag menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagChoice {
    /// Add this tag to the selection, or remove it when all have it.
    Toggle {
        /// The keyword.
        keyword: String,
        /// The name shown, with its key ("1 Important").
        label: String,
    },
    /// Remove every tag from the selection.
    Clear,
    /// Define a new tag (opens a dialog).
    New,
    /// Rename, recolour, reorder or delete tags (opens the tag manager).
    Manage,
}

impl fmt::Display for TagChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TagChoice::Toggle { label, .. } => f.write_str(label),
            TagChoice::Clear => f.write_str(&t!("tags-remove-all")),
            TagChoice::New => f.write_str(&t!("tags-new")),
            TagChoice::Manage => f.write_str(&t!("tags-manage")),
        }
    }
}

/// An entry of the tag filter above the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterChoice {
    /// Every message.
    All,
    /// Only messages with this tag.
    Tag {
        /// The keyword.
        keyword: String,
        /// The name shown.
        name: String,
    },
}

impl fmt::Display for FilterChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilterChoice::All => f.write_str(&t!("tags-filter-all")),
            FilterChoice::Tag { name, .. } => f.write_str(name),
        }
    }
}
