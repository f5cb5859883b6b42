//! The folder tree's rows, from store rows (pure).

use super::*;

fn folder(id: i64, name: &str, role: Option<SpecialUse>) -> FolderRow {
    FolderRow {
        id,
        account: 1,
        name: name.into(),
        wire_name: name.into(),
        delimiter: Some('/'),
        role,
        selectable: true,
        ..FolderRow::default()
    }
}

/// The IMAP account "Praca" with `folders`.
fn praca(folders: &[FolderRow]) -> AccountFolders<'_> {
    AccountFolders {
        id: 1,
        name: "Praca",
        folders,
        quota: None,
        pop3: false,
        color: None,
    }
}

/// The POP3 account "Dom", with no server folders.
fn dom() -> AccountFolders<'static> {
    AccountFolders {
        id: 2,
        name: "Dom",
        folders: &[],
        quota: None,
        pop3: true,
        color: None,
    }
}

fn labels(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .map(|line| match line {
            Line::Unified { .. } => "*".into(),
            Line::Account { name, .. } => format!("#{name}"),
            Line::Outbox { count, .. } => format!("Outbox({count})"),
            Line::Group(g) => format!("[{g:?}]"),
            Line::Folder { depth, label, .. } => {
                let shown = match label {
                    Label::Role(role) => format!("{role:?}"),
                    Label::Name(name) => name.clone(),
                };
                format!("{}{shown}", "  ".repeat(*depth))
            }
        })
        .collect()
}

#[test]
fn unsubscribed_folders_are_not_in_the_tree() {
    let mut hidden = folder(2, "Stare", None);
    hidden.subscribed = false;
    let folders = vec![
        folder(1, "INBOX", Some(SpecialUse::Inbox)),
        hidden,
        folder(3, "Projekty", None),
    ];
    let accounts = [praca(&folders)];
    assert_eq!(
        labels(&lines(&accounts, None)),
        ["#Praca", "Inbox", "Projekty"]
    );
}

#[test]
fn special_folders_first_then_others_alphabetically_with_children() {
    let folders = vec![
        folder(1, "Zebra", None),
        folder(2, "Trash", Some(SpecialUse::Trash)),
        folder(3, "projekty/Żółć", None),
        folder(4, "INBOX", Some(SpecialUse::Inbox)),
        folder(5, "Sent", Some(SpecialUse::Sent)),
        folder(6, "Archive", Some(SpecialUse::Archive)),
        folder(7, "Drafts", Some(SpecialUse::Drafts)),
        folder(8, "Junk", Some(SpecialUse::Junk)),
        folder(9, "Alfa", None),
        folder(10, "INBOX/Faktury", None),
    ];
    let accounts = [praca(&folders)];
    assert_eq!(
        labels(&lines(&accounts, None)),
        [
            "#Praca",
            "Inbox",
            "  Faktury",
            "Drafts",
            "Sent",
            "Archive",
            "Junk",
            "Trash",
            "Alfa",
            "projekty",
            "  Żółć",
            "Zebra"
        ]
    );
    // The container "projekty" was never listed: it cannot be opened.
    let all = lines(&accounts, None);
    let container = all
        .iter()
        .find(|l| matches!(l, Line::Folder { label: Label::Name(n), .. } if n == "projekty"));
    assert!(matches!(
        container,
        Some(Line::Folder {
            selectable: false,
            id: 0,
            ..
        })
    ));
}

#[test]
fn shared_and_local_folders_have_their_own_groups() {
    let mut shared = folder(20, "shared/bob/Zespół", None);
    shared.shared = true;
    shared.unread = 3;
    let mut user = folder(21, "shared/bob", None);
    user.shared = true;
    user.selectable = false;
    let mut local = folder(30, "Archiwum 2025", None);
    local.local = true;
    let folders = vec![
        folder(4, "INBOX", Some(SpecialUse::Inbox)),
        shared,
        user,
        local,
    ];
    let accounts = [praca(&folders), dom()];
    let all = lines(&accounts, Some(7));
    assert_eq!(
        labels(&all),
        [
            "*",
            "#Praca",
            "Inbox",
            "[Shared]",
            "bob",
            "  Zespół",
            "[Local]",
            "Archiwum 2025",
            "#Dom"
        ]
    );
    assert!(all.contains(&Line::Folder {
        id: 20,
        depth: 1,
        label: Label::Name("Zespół".into()),
        icon: "▪",
        unread: 3,
        selectable: true
    }));
}

#[test]
fn labels_translate_only_top_level_special_folders() {
    assert_eq!(
        label_of(&folder(1, "INBOX", Some(SpecialUse::Inbox))),
        Label::Role(SpecialUse::Inbox)
    );
    assert_eq!(
        label_of(&folder(1, "Projekty/Sent", Some(SpecialUse::Sent))),
        Label::Name("Projekty › Sent".into())
    );
    let mut shared = folder(2, "shared/bob/Zespół", None);
    shared.shared = true;
    assert_eq!(label_of(&shared), Label::Name("bob › Zespół".into()));
}

#[test]
fn the_outbox_shows_after_inbox_and_drafts_only_while_something_waits() {
    let folders = vec![
        folder(1, "INBOX", Some(SpecialUse::Inbox)),
        folder(2, "INBOX/Faktury", None),
        folder(3, "Drafts", Some(SpecialUse::Drafts)),
        folder(4, "Sent", Some(SpecialUse::Sent)),
        folder(5, "Projekty", None),
    ];
    let accounts = [praca(&folders), dom()];
    let waiting = [
        Waiting {
            account: 1,
            count: 2,
            attention: false,
        },
        Waiting {
            account: 2,
            count: 1,
            attention: true,
        },
    ];
    assert_eq!(
        labels(&with_outbox(lines(&accounts, None), &waiting)),
        [
            "#Praca",
            "Inbox",
            "  Faktury",
            "Drafts",
            "Outbox(2)",
            "Sent",
            "Projekty",
            "#Dom",
            "Outbox(1)"
        ]
    );
    let nothing = [Waiting {
        account: 1,
        count: 0,
        attention: false,
    }];
    assert_eq!(
        with_outbox(lines(&accounts, None), &nothing),
        lines(&accounts, None)
    );
}
