//! Tag names and colours shared across devices through IMAP METADATA: one
//! private server entry holds the account's tag list as JSON. Keywords on
//! messages are ordinary IMAP flags; this only carries what they mean.

use super::{with_store, SharedStore};
use crate::error::Result;
use crate::imap::ImapSession;
use crate::store::TagDef;

/// The server-wide METADATA entry holding Posta's tag definitions.
pub const TAGS_ENTRY: &str = "/private/vendor/posta/tags";

/// Serialises tag definitions for the server.
pub fn tags_to_json(tags: &[TagDef]) -> String {
    serde_json::to_string(tags).unwrap_or_else(|_| "[]".to_owned())
}

/// Reads tag definitions from the server's JSON; unusable entries (a bad
/// keyword or colour) are skipped, garbage gives nothing.
pub fn tags_from_json(json: &str) -> Vec<TagDef> {
    serde_json::from_str::<Vec<TagDef>>(json)
        .unwrap_or_default()
        .into_iter()
        .filter(|t| crate::message::is_valid_keyword(&t.keyword))
        .filter_map(|t| {
            let color = crate::store::normalize_color(&t.color)?;
            Some(TagDef { color, ..t })
        })
        .collect()
}

/// What a pull changes here: tags added or changed elsewhere, and the
/// keywords of tags deleted elsewhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagMerge {
    /// Tags to add or update (the server's version).
    pub upsert: Vec<TagDef>,
    /// Tags deleted on another device.
    pub remove: Vec<String>,
}

/// Compares the server's list with the local one and with the server's
/// list as last seen: what changed on the server since then wins; what
/// changed only here (not pushed yet) stays; a tag gone from the server
/// since it was seen was deleted elsewhere. Without a last-seen list
/// (the first pull) nothing is removed.
pub fn merge(local: &[TagDef], seen: Option<&[TagDef]>, server: &[TagDef]) -> TagMerge {
    let find = |list: &[TagDef], keyword: &str| list.iter().find(|t| t.keyword == keyword).cloned();
    let mut out = TagMerge::default();
    for tag in server {
        let before = seen.and_then(|s| find(s, &tag.keyword));
        match (find(local, &tag.keyword), before) {
            // Deleted here, not pushed yet.
            (None, Some(_)) => {}
            (None, None) => out.upsert.push(tag.clone()),
            (Some(here), _) if here == *tag => {}
            // Changed here since the server was seen: ours goes up next.
            (Some(_), Some(before)) if before == *tag => {}
            (Some(_), _) => out.upsert.push(tag.clone()),
        }
    }
    for gone in seen.unwrap_or_default() {
        let still_here = find(local, &gone.keyword).is_some();
        if still_here && find(server, &gone.keyword).is_none() {
            out.remove.push(gone.keyword.clone());
        }
    }
    out
}

/// Applies the server's tag list to the store (see [`merge`]), in the
/// server's order when that changed, and remembers it as seen. Returns the
/// number of tags added, changed or removed.
pub async fn pull_tags(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
) -> Result<usize> {
    if !session.has_capability("METADATA") {
        return Ok(0);
    }
    let Some(json) = session.get_metadata("", TAGS_ENTRY).await? else {
        return Ok(0);
    };
    let server = tags_from_json(&json);
    with_store(store, |s| {
        let local = s.tags(account)?;
        let seen = s.seen_tags(account)?.map(|j| tags_from_json(&j));
        let changes = merge(&local, seen.as_deref(), &server);
        for tag in &changes.upsert {
            s.upsert_tag(account, tag)?;
        }
        for keyword in &changes.remove {
            s.remove_tag(account, keyword)?;
        }
        let order = |list: &[TagDef]| list.iter().map(|t| t.keyword.clone()).collect::<Vec<_>>();
        if seen.as_deref().map(order) != Some(order(&server)) {
            s.reorder_tags(account, &order(&server))?;
        }
        s.set_seen_tags(account, &json)?;
        Ok(changes.upsert.len() + changes.remove.len())
    })
}

/// Writes the store's tag list to the server.
pub async fn push_tags(session: &mut ImapSession, store: &SharedStore, account: i64) -> Result<()> {
    if !session.has_capability("METADATA") {
        return Ok(());
    }
    let json = tags_to_json(&with_store(store, |s| Ok(s.tags(account)?))?);
    session.set_metadata("", TAGS_ENTRY, Some(&json)).await?;
    with_store(store, |s| Ok(s.set_seen_tags(account, &json)?))
}

/// Queues the store's tag list for the server (offline), counting it as
/// seen: the server will have it once the queue is replayed.
pub fn queue_tags(store: &crate::store::Store, account: i64) -> Result<()> {
    let json = tags_to_json(&store.tags(account)?);
    store.enqueue(
        account,
        &crate::store::Op::SetMetadata {
            folder: String::new(),
            entry: TAGS_ENTRY.into(),
            value: Some(json.clone()),
        },
    )?;
    store.set_seen_tags(account, &json)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trips_and_refuses_bad_entries() {
        let tags = vec![TagDef {
            keyword: "projekt".into(),
            name: "Projekt Żółć".into(),
            color: "#12ab34".into(),
        }];
        assert_eq!(tags_from_json(&tags_to_json(&tags)), tags);
        let bad = r##"[{"keyword":"two words","name":"x","color":"#000000"},{"keyword":"ok","name":"y","color":"red"},{"keyword":"$label1","name":"Ważne","color":"#FF0000"}]"##;
        assert_eq!(
            tags_from_json(bad),
            vec![TagDef {
                keyword: "$label1".into(),
                name: "Ważne".into(),
                color: "#ff0000".into()
            }]
        );
        assert!(tags_from_json("not json").is_empty());
    }

    fn tag(keyword: &str, name: &str) -> TagDef {
        TagDef {
            keyword: keyword.into(),
            name: name.into(),
            color: "#ff0000".into(),
        }
    }

    #[test]
    fn deletions_and_renames_elsewhere_are_applied_ours_are_not_undone() {
        let seen = [tag("a", "A"), tag("b", "B"), tag("c", "C"), tag("d", "D")];
        // Here: b renamed (not pushed yet), d deleted (not pushed yet).
        let local = [tag("a", "A"), tag("b", "B here"), tag("c", "C")];
        // Elsewhere: a renamed, c deleted, e created.
        let server = [
            tag("a", "A there"),
            tag("b", "B"),
            tag("d", "D"),
            tag("e", "E"),
        ];
        let merged = merge(&local, Some(&seen), &server);
        assert_eq!(merged.upsert, [tag("a", "A there"), tag("e", "E")]);
        assert_eq!(merged.remove, ["c"]);
    }

    #[test]
    fn the_first_pull_only_adds_and_updates() {
        let local = [tag("a", "A"), tag("mine", "Mine")];
        let server = [tag("a", "A there")];
        let merged = merge(&local, None, &server);
        assert_eq!(merged.upsert, [tag("a", "A there")]);
        assert!(merged.remove.is_empty());
    }
}
