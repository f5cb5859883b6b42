//! The tag manager's changes, offline-first like every other action:
//! rename and recolour keep the keyword (only the name and colour shared
//! through METADATA change), delete takes the keyword off every message
//! (one queued STORE per folder, its UIDs sent as ranges) and the tag from
//! the list; order is the list's order. After any of them the tag list goes
//! to the server ([`super::tags::push_tags`] or [`super::tags::queue_tags`]).

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::message::Flag;
use crate::store::{Op, Store, TagDef};

fn existing(store: &Store, account: i64, keyword: &str) -> Result<TagDef> {
    store
        .tags(account)?
        .into_iter()
        .find(|t| t.keyword == keyword)
        .ok_or_else(|| Error::protocol(format!("there is no tag {keyword:?}")))
}

/// Gives a tag another name; messages keep their keyword.
pub fn rename_tag(store: &Store, account: i64, keyword: &str, name: &str) -> Result<()> {
    let tag = existing(store, account, keyword)?;
    store.upsert_tag(
        account,
        &TagDef {
            name: name.to_owned(),
            ..tag
        },
    )?;
    Ok(())
}

/// Gives a tag another colour (`#rrggbb`).
pub fn recolour_tag(store: &Store, account: i64, keyword: &str, color: &str) -> Result<()> {
    let tag = existing(store, account, keyword)?;
    store.upsert_tag(
        account,
        &TagDef {
            color: color.to_owned(),
            ..tag
        },
    )?;
    Ok(())
}

/// Moves a tag to position `to` (0 first) in the account's list.
pub fn move_tag(store: &Store, account: i64, keyword: &str, to: usize) -> Result<()> {
    let mut order: Vec<String> = store
        .tags(account)?
        .into_iter()
        .map(|t| t.keyword)
        .collect();
    let from = order
        .iter()
        .position(|k| k == keyword)
        .ok_or_else(|| Error::protocol(format!("there is no tag {keyword:?}")))?;
    let moved = order.remove(from);
    order.insert(to.min(order.len()), moved);
    store.reorder_tags(account, &order)?;
    Ok(())
}

/// Deletes a tag: its keyword comes off every message here at once and
/// on the server through the queue; returns how many messages had it.
pub fn delete_tag(store: &Store, account: i64, keyword: &str) -> Result<usize> {
    let tagged = store.tagged_messages(account, keyword)?;
    let flag = [Flag::Keyword(keyword.to_owned())];
    let mut by_folder: BTreeMap<i64, Vec<u32>> = BTreeMap::new();
    let mut changed = 0;
    for message in &tagged {
        // Folders others share without `w`: their messages keep it.
        let writable = store
            .folder(message.folder_id)?
            .is_some_and(|f| crate::sync::actions::flag_rights(&f, &[], &flag).is_ok());
        if !writable {
            continue;
        }
        store.apply_flag_change(message.id, &[], &flag)?;
        changed += 1;
        if let Some(uid) = message.uid {
            by_folder.entry(message.folder_id).or_default().push(uid);
        }
    }
    for (folder_id, uids) in by_folder {
        let Some(folder) = store.folder(folder_id)? else {
            continue;
        };
        if folder.local {
            continue;
        }
        store.enqueue(
            account,
            &Op::StoreFlags {
                folder: folder.name,
                uids,
                add: Vec::new(),
                remove: flag.to_vec(),
            },
        )?;
    }
    store.remove_tag(account, keyword)?;
    Ok(changed)
}

/// An IMAP keyword for a new tag named `name`: its letters and digits in
/// ASCII (keywords are atoms), lower case, unique among `existing`.
pub fn keyword_for(name: &str, existing: &[String]) -> String {
    let folded = crate::store::search_text::fold(name);
    let base: String = folded
        .chars()
        .filter_map(deaccent)
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    let base = if base.is_empty() {
        "tag".to_owned()
    } else {
        base
    };
    let taken = |k: &str| existing.iter().any(|e| e.eq_ignore_ascii_case(k));
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|k| !taken(k))
        .unwrap_or(base)
}

/// A letter without its accent, for keywords ("Żółć" → "zolc"); letters
/// of other scripts (Cyrillic) have no ASCII form and give `None`.
fn deaccent(c: char) -> Option<char> {
    let lower = c.to_lowercase().next()?;
    if lower.is_ascii() {
        return Some(lower);
    }
    Some(match lower {
        'ą' | 'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'ć' | 'č' | 'ç' => 'c',
        'ď' | 'đ' => 'd',
        'ę' | 'é' | 'ě' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ľ' | 'ĺ' | 'ł' => 'l',
        'ń' | 'ň' | 'ñ' => 'n',
        'ó' | 'ô' | 'ö' | 'ò' | 'õ' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' => 's',
        'ť' => 't',
        'ú' | 'ů' | 'ù' | 'û' | 'ü' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::is_valid_keyword;

    #[test]
    fn keywords_for_new_tags_are_ascii_atoms_and_unique() {
        assert_eq!(keyword_for("Żółć", &[]), "zolc");
        assert_eq!(keyword_for("Projekt Łódź", &[]), "projektlodz");
        assert_eq!(keyword_for("Šťastný deň", &[]), "stastnyden");
        assert_eq!(keyword_for("Работа", &[]), "tag");
        assert_eq!(keyword_for("Работа", &["tag".into()]), "tag2");
        assert_eq!(
            keyword_for("zolc", &["ZOLC".into(), "zolc2".into()]),
            "zolc3"
        );
        for name in ["Żółć", "a b(c)", "x*y%z"] {
            assert!(is_valid_keyword(&keyword_for(name, &[])), "{name}");
        }
    }
}
