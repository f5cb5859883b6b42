//! Tag names and colours shared across devices through IMAP METADATA: one
//! private server entry holds the account's tag list as JSON. Keywords on
//! messages are ordinary IMAP flags; this only carries what they mean.

use super::{with_store, SharedStore};
use crate::core::error::Result;
use crate::core::imap::ImapSession;
use crate::core::store::TagDef;

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
        .filter(|t| crate::core::message::is_valid_keyword(&t.keyword))
        .filter_map(|t| {
            let color = crate::core::store::normalize_color(&t.color)?;
            Some(TagDef { color, ..t })
        })
        .collect()
}

/// Merges the server's tag list into the store (the server's names and
/// colours win: another device changed them last).
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
    let tags = tags_from_json(&json);
    with_store(store, |s| {
        for tag in &tags {
            s.upsert_tag(account, tag)?;
        }
        Ok(tags.len())
    })
}

/// Writes the store's tag list to the server.
pub async fn push_tags(session: &mut ImapSession, store: &SharedStore, account: i64) -> Result<()> {
    if !session.has_capability("METADATA") {
        return Ok(());
    }
    let tags = with_store(store, |s| Ok(s.tags(account)?))?;
    session
        .set_metadata("", TAGS_ENTRY, Some(&tags_to_json(&tags)))
        .await
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
}
