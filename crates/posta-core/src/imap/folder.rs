//! A folder as the server lists it and as it stands once selected: plain
//! data, shared by listing, role guessing and sync.

/// What a folder is for (RFC 6154 special-use, plus INBOX).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SpecialUse {
    /// Incoming mail.
    Inbox,
    /// Drafts.
    Drafts,
    /// Sent mail.
    Sent,
    /// Archive.
    Archive,
    /// Junk / spam.
    Junk,
    /// Trash.
    Trash,
    /// A virtual folder with all mail.
    All,
    /// A virtual folder with flagged mail.
    Flagged,
}

/// A folder as the server lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    /// Full name, decoded (`Projekty/Żółć`).
    pub name: String,
    /// Full name as sent on the wire (modified UTF-7).
    pub wire_name: String,
    /// Hierarchy separator, if the server has one.
    pub delimiter: Option<char>,
    /// Special-use role.
    pub role: Option<SpecialUse>,
    /// False for `\Noselect` / `\NonExistent` containers.
    pub selectable: bool,
    /// True when it belongs to another user or a public namespace.
    pub shared: bool,
}

impl Folder {
    /// The last component of the name (what a tree shows).
    pub fn leaf(&self) -> &str {
        match self.delimiter {
            Some(d) => self.name.rsplit(d).next().unwrap_or(&self.name),
            None => &self.name,
        }
    }

    /// The parent's full name, if any.
    pub fn parent(&self) -> Option<&str> {
        let d = self.delimiter?;
        self.name.rfind(d).map(|i| &self.name[..i])
    }
}

/// The state of a selected folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderStatus {
    /// Number of messages.
    pub exists: u32,
    /// UIDVALIDITY: when it changes, cached UIDs are void.
    pub uid_validity: Option<u32>,
    /// The UID the next message will get.
    pub uid_next: Option<u32>,
    /// HIGHESTMODSEQ (CONDSTORE), when the server has it.
    pub highest_modseq: Option<u64>,
    /// True when new keywords may be stored (`\*` in PERMANENTFLAGS).
    pub keywords_allowed: bool,
    /// True for EXAMINE, or a folder the user may not change.
    pub read_only: bool,
}
