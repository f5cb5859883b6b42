//! IMAP access rights (RFC 4314) in the terms the interface uses: what a
//! person may do with a folder, the presets the share dialog offers, and the
//! normal form of a rights string so two spellings of the same rights
//! compare equal.
//!
//! Pure functions only: the sharing commands themselves are in
//! [`crate::imap`] (`get_acl`, `set_acl`, `delete_acl`, `my_rights`).

use std::collections::BTreeSet;

/// Every right of RFC 4314, in the order the RFC lists them.
pub const ALL_RIGHTS: [char; 11] = ['l', 'r', 's', 'w', 'i', 'p', 'k', 'x', 't', 'e', 'a'];

/// What the holder of a set of rights may do with a folder's mail. Each
/// field names the interface actions it allows; anything false is hidden
/// or disabled, with [`Denied`] saying why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AllowedActions {
    /// See the folder and read its messages (`l` and `r`).
    pub read: bool,
    /// Mark messages read or unread (`s`).
    pub keep_seen: bool,
    /// Star, tag and mark messages answered (`w`).
    pub write_flags: bool,
    /// Put messages into the folder: move, copy, save (`i`).
    pub insert: bool,
    /// Delete messages and remove them for good (`t` and `e`).
    pub delete: bool,
    /// Create folders inside it (`k`).
    pub create_subfolder: bool,
    /// Delete or rename the folder itself (`x`).
    pub delete_folder: bool,
    /// Change who may use the folder (`a`).
    pub admin: bool,
}

impl AllowedActions {
    /// Everything: a folder of the user's own on a server without ACL, or
    /// a local folder.
    pub const ALL: AllowedActions = AllowedActions {
        read: true,
        keep_seen: true,
        write_flags: true,
        insert: true,
        delete: true,
        create_subfolder: true,
        delete_folder: true,
        admin: true,
    };

    /// True when nothing but reading is allowed (the folder is read-only).
    pub fn is_read_only(&self) -> bool {
        !(self.keep_seen
            || self.write_flags
            || self.insert
            || self.delete
            || self.create_subfolder
            || self.delete_folder)
    }

    /// Each action that is not allowed, with the right that is missing.
    pub fn denied(&self) -> Vec<Denied> {
        let checks = [
            (self.read, Denied::Read),
            (self.keep_seen, Denied::KeepSeen),
            (self.write_flags, Denied::WriteFlags),
            (self.insert, Denied::Insert),
            (self.delete, Denied::Delete),
            (self.create_subfolder, Denied::CreateSubfolder),
            (self.delete_folder, Denied::DeleteFolder),
            (self.admin, Denied::Admin),
        ];
        checks
            .into_iter()
            .filter(|(allowed, _)| !allowed)
            .map(|(_, denied)| denied)
            .collect()
    }
}

/// An action that a folder's rights do not allow; the interface names it
/// and says which right the owner would have to give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Denied {
    /// Reading messages.
    Read,
    /// Marking messages read or unread.
    KeepSeen,
    /// Stars, tags, answered marks.
    WriteFlags,
    /// Moving, copying or saving messages into the folder.
    Insert,
    /// Deleting messages.
    Delete,
    /// Creating folders inside.
    CreateSubfolder,
    /// Deleting or renaming the folder.
    DeleteFolder,
    /// Sharing the folder with others.
    Admin,
}

impl Denied {
    /// Every action, in the order the window and `posta rights` list them.
    pub const ALL: [Denied; 8] = [
        Denied::Read,
        Denied::KeepSeen,
        Denied::WriteFlags,
        Denied::Insert,
        Denied::Delete,
        Denied::CreateSubfolder,
        Denied::DeleteFolder,
        Denied::Admin,
    ];

    /// The right letter whose absence causes this.
    pub fn right(self) -> char {
        match self {
            Denied::Read => 'r',
            Denied::KeepSeen => 's',
            Denied::WriteFlags => 'w',
            Denied::Insert => 'i',
            Denied::Delete => 't',
            Denied::CreateSubfolder => 'k',
            Denied::DeleteFolder => 'x',
            Denied::Admin => 'a',
        }
    }
}

/// The normal form of a rights string: the obsolete RFC 2086 letters
/// expanded (`c` → `k`, `d` → `x t e`, as RFC 4314 §2.1.1 says servers
/// treat them), unknown letters dropped, duplicates removed, in RFC order.
pub fn normalize(rights: &str) -> String {
    let mut set = BTreeSet::new();
    for c in rights.chars() {
        match c {
            'c' => {
                set.insert('k');
            }
            'd' => {
                set.extend(['x', 't', 'e']);
            }
            c if ALL_RIGHTS.contains(&c) => {
                set.insert(c);
            }
            _ => {}
        }
    }
    ALL_RIGHTS.iter().filter(|c| set.contains(c)).collect()
}

/// What `rights` (RFC 4314 letters, as MYRIGHTS or GETACL return them)
/// allow.
pub fn allowed_actions(rights: &str) -> AllowedActions {
    let set = normalize(rights);
    let has = |c: char| set.contains(c);
    AllowedActions {
        read: has('l') && has('r'),
        keep_seen: has('s'),
        write_flags: has('w'),
        insert: has('i'),
        delete: has('t') && has('e'),
        create_subfolder: has('k'),
        delete_folder: has('x'),
        admin: has('a'),
    }
}

/// What the user may do in a folder whose MYRIGHTS are `my_rights`:
/// everything where there are none (the user's own folders, servers
/// without ACL, local folders).
pub fn of_folder(my_rights: Option<&str>) -> AllowedActions {
    my_rights.map_or(AllowedActions::ALL, allowed_actions)
}

/// True when a folder with these rights is read-only for the user.
pub fn is_read_only(my_rights: Option<&str>) -> bool {
    my_rights.is_some_and(|r| of_folder(Some(r)).is_read_only())
}

impl AllowedActions {
    /// `Ok` when `denied`'s action is allowed, else the action refused
    /// (which `?` turns into [`crate::Error::NotAllowed`]).
    pub fn check(&self, action: Denied) -> Result<(), Denied> {
        if self.denied().contains(&action) {
            Err(action)
        } else {
            Ok(())
        }
    }
}

/// The ready-made choices of the share dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// See and read (`lr`).
    ReadOnly,
    /// Everything but sharing further (`lrswitedk`).
    ReadWrite,
    /// Everything, sharing included (`lrswipkxtea`).
    FullControl,
}

impl Preset {
    /// Every preset, from least to most.
    pub const ALL: [Preset; 3] = [Preset::ReadOnly, Preset::ReadWrite, Preset::FullControl];

    /// The rights sent with SETACL.
    pub fn rights(self) -> &'static str {
        match self {
            Preset::ReadOnly => "lr",
            // `d` is the obsolete "delete" right; servers expand it to
            // `xte`, so the folder and its messages may be deleted.
            Preset::ReadWrite => "lrswitedk",
            Preset::FullControl => "lrswipkxtea",
        }
    }

    /// The preset that grants exactly `rights` (after normalising both),
    /// if any: how an existing entry is shown.
    pub fn matching(rights: &str) -> Option<Preset> {
        let wanted = normalize(rights);
        Preset::ALL
            .into_iter()
            .find(|preset| normalize(preset.rights()) == wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_rights_allow_reading_only() {
        let allowed = allowed_actions("lr");
        assert!(allowed.read);
        assert!(allowed.is_read_only());
        assert_eq!(
            allowed.denied(),
            [
                Denied::KeepSeen,
                Denied::WriteFlags,
                Denied::Insert,
                Denied::Delete,
                Denied::CreateSubfolder,
                Denied::DeleteFolder,
                Denied::Admin
            ]
        );
    }

    #[test]
    fn full_rights_allow_everything() {
        assert_eq!(allowed_actions("lrswipkxtea"), AllowedActions::ALL);
        assert!(AllowedActions::ALL.denied().is_empty());
        assert!(!AllowedActions::ALL.is_read_only());
    }

    #[test]
    fn obsolete_letters_are_expanded() {
        assert_eq!(normalize("lrswitedk"), "lrswikxte");
        assert_eq!(normalize("rlc"), "lrk");
        assert_eq!(normalize("zz?l"), "l");
        let allowed = allowed_actions("lrswitedk");
        assert!(allowed.delete && allowed.delete_folder && allowed.create_subfolder);
        assert!(!allowed.admin);
        // Deleting needs both `t` and `e`.
        assert!(!allowed_actions("lrt").delete);
        // Reading needs `l` and `r`.
        assert!(!allowed_actions("r").read);
    }

    #[test]
    fn presets_are_recognised_in_any_spelling() {
        assert_eq!(Preset::matching("rl"), Some(Preset::ReadOnly));
        // What a server answers for `lrswitedk` after expanding `d`.
        assert_eq!(Preset::matching("lrswikxte"), Some(Preset::ReadWrite));
        assert_eq!(Preset::matching("aetxkpiwsrl"), Some(Preset::FullControl));
        assert_eq!(Preset::matching("lrs"), None);
        for preset in Preset::ALL {
            assert_eq!(Preset::matching(preset.rights()), Some(preset));
        }
    }

    #[test]
    fn denied_actions_name_their_right() {
        for denied in AllowedActions::default().denied() {
            assert!(ALL_RIGHTS.contains(&denied.right()));
        }
    }
}
