//! Special folders recognised by name, for servers that send no RFC 6154
//! attributes: the usual spellings in Posta's four languages and of the
//! common providers and servers (Exchange's "Sent Items", Courier's
//! "INBOX.Sent", …), as other clients do for such servers.

use super::folder::{Folder, SpecialUse};

/// Lower-case names per role; compared with the folder's own name.
const NAMES: [(SpecialUse, &[&str]); 5] = [
    (
        SpecialUse::Sent,
        &[
            "sent",
            "sent items",
            "sent mail",
            "sent messages",
            "sent-mail",
            "wysłane",
            "elementy wysłane",
            "wiadomości wysłane",
            "odoslané",
            "odoslaná pošta",
            "odoslané položky",
            "odeslané",
            "odeslaná pošta",
            "изпратени",
            "изпратени писма",
            "изпратени съобщения",
            "gesendet",
            "gesendete elemente",
            "gesendete objekte",
            "envoyés",
            "éléments envoyés",
        ],
    ),
    (
        SpecialUse::Drafts,
        &[
            "drafts",
            "draft",
            "kopie robocze",
            "wersje robocze",
            "robocze",
            "koncepty",
            "rozpracované",
            "чернови",
            "entwürfe",
            "brouillons",
        ],
    ),
    (
        SpecialUse::Trash,
        &[
            "trash",
            "deleted items",
            "deleted messages",
            "deleted",
            "bin",
            "kosz",
            "elementy usunięte",
            "usunięte",
            "kôš",
            "odstránené",
            "odstránené položky",
            "koš",
            "кошче",
            "изтрити",
            "изтрити съобщения",
            "papierkorb",
            "gelöschte elemente",
            "gelöschte objekte",
            "corbeille",
        ],
    ),
    (
        SpecialUse::Junk,
        &[
            "junk",
            "junk e-mail",
            "junk email",
            "junk mail",
            "spam",
            "bulk mail",
            "wiadomości-śmieci",
            "niechciane",
            "śmieci",
            "nevyžiadaná pošta",
            "nevyžádaná pošta",
            "нежелана поща",
            "спам",
            "junk-e-mail",
            "unerwünscht",
            "courrier indésirable",
        ],
    ),
    (
        SpecialUse::Archive,
        &[
            "archive",
            "archives",
            "archiwum",
            "archív",
            "archiv",
            "архив",
        ],
    ),
];

/// The role a folder's name suggests: only for folders at the top or
/// directly under INBOX ("Projekty/Kosz" is the user's own folder).
pub fn role_by_name(folder: &Folder) -> Option<SpecialUse> {
    if folder.shared {
        return None;
    }
    if let Some(parent) = folder.parent() {
        if !parent.eq_ignore_ascii_case("INBOX") {
            return None;
        }
    }
    let leaf = folder.leaf().trim().to_lowercase();
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&leaf.as_str()))
        .map(|(role, _)| *role)
}

/// Gives each role no folder has from the server's attributes to the first
/// folder whose name says it (top-level names before INBOX's children).
pub fn guess_roles(folders: &mut [Folder]) {
    let mut order: Vec<usize> = (0..folders.len()).collect();
    order.sort_by_key(|&i| folders[i].parent().is_some());
    for i in order {
        if folders[i].role.is_some() || !folders[i].selectable {
            continue;
        }
        let Some(role) = role_by_name(&folders[i]) else {
            continue;
        };
        if folders.iter().all(|f| f.role != Some(role)) {
            folders[i].role = Some(role);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str, delimiter: char) -> Folder {
        Folder {
            name: name.to_owned(),
            wire_name: super::super::utf7::encode(name),
            delimiter: Some(delimiter),
            role: name
                .eq_ignore_ascii_case("INBOX")
                .then_some(SpecialUse::Inbox),
            selectable: true,
            shared: false,
        }
    }

    fn roles(names: &[&str], delimiter: char) -> Vec<Option<SpecialUse>> {
        let mut folders: Vec<Folder> = names.iter().map(|n| folder(n, delimiter)).collect();
        guess_roles(&mut folders);
        folders.into_iter().map(|f| f.role).collect()
    }

    #[test]
    fn names_in_the_four_languages_and_of_providers_are_recognised() {
        use SpecialUse::*;
        let cases = [
            ("Wysłane", Sent),
            ("Elementy wysłane", Sent),
            ("Kosz", Trash),
            ("Odoslané", Sent),
            ("Kôš", Trash),
            ("Изпратени", Sent),
            ("Кошче", Trash),
            ("Sent Items", Sent),
            ("Deleted Items", Trash),
            ("Junk E-mail", Junk),
            ("SPAM", Junk),
            ("Nevyžiadaná pošta", Junk),
            ("Нежелана поща", Junk),
            ("Kopie robocze", Drafts),
            ("Чернови", Drafts),
            ("Archiwum", Archive),
            ("Архив", Archive),
        ];
        for (name, role) in cases {
            assert_eq!(role_by_name(&folder(name, '/')), Some(role), "{name}");
        }
        assert_eq!(role_by_name(&folder("Faktury", '/')), None);
    }

    #[test]
    fn inbox_children_count_but_deeper_folders_do_not() {
        use SpecialUse::*;
        assert_eq!(
            roles(&["INBOX", "INBOX.Sent", "INBOX.Trash", "INBOX.Drafts"], '.'),
            [Some(Inbox), Some(Sent), Some(Trash), Some(Drafts)]
        );
        assert_eq!(roles(&["Projekty/Kosz"], '/'), [None]);
    }

    #[test]
    fn attributes_win_and_each_role_goes_to_one_folder() {
        use SpecialUse::*;
        let mut folders = vec![
            folder("INBOX", '/'),
            folder("Sent", '/'),
            folder("Wysłane", '/'),
            folder("Kosz", '/'),
            folder("INBOX/Trash", '/'),
        ];
        folders[2].role = Some(Sent); // the server said so
        guess_roles(&mut folders);
        let got: Vec<_> = folders.iter().map(|f| f.role).collect();
        assert_eq!(
            got,
            [Some(Inbox), None, Some(Sent), Some(Trash), None],
            "the server's Sent stays, the top-level Kosz wins over INBOX/Trash"
        );
    }

    #[test]
    fn shared_and_unselectable_folders_get_no_role() {
        let mut shared = folder("Sent", '/');
        shared.shared = true;
        let mut container = folder("Trash", '/');
        container.selectable = false;
        let mut folders = vec![shared, container];
        guess_roles(&mut folders);
        assert!(folders.iter().all(|f| f.role.is_none()));
    }
}
