//! Full-text search over subject, sender, recipients and body text. The
//! index folds case and strips diacritics (`unicode61 remove_diacritics 2`),
//! so "zolc" finds "Żółć", "posta" finds "pošta" and "входящи" finds
//! "Входящи". User text never reaches `MATCH` raw: each word becomes a
//! quoted phrase, the last one a prefix, so `"`, `*`, `-`, `NEAR(` or `OR`
//! are just text.

use rusqlite::params;

use super::error::Result;
use super::messages::{from_row, MessageRow, COLUMNS};
use super::search_index::ID_MASK;
use super::search_text::fold;
use super::Store;

/// Where to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// Every account.
    #[default]
    Everywhere,
    /// One account's folders.
    Account(i64),
    /// One folder.
    Folder(i64),
}

/// Turns what the user typed into a safe FTS5 query: every word quoted
/// (inner quotes doubled), the last one a prefix (search as you type),
/// all of them required. Words with no letter or digit are dropped, since
/// the tokenizer would drop them too. `None` when nothing is left.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let quoted: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let phrase = format!("\"{}\"", fold(word).replace('"', "\"\""));
            if i == last {
                phrase + "*"
            } else {
                phrase
            }
        })
        .collect();
    Some(quoted.join(" "))
}

/// The search query with `filter` on `m`, the message. `CROSS JOIN` keeps
/// the index outside: its matches are read in key (date) order, newest
/// first, and reading stops at the limit.
fn search_sql(filter: &str) -> String {
    format!(
        "SELECT {COLUMNS} FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid & {ID_MASK}
         WHERE messages_fts MATCH ?1 AND {filter}
         ORDER BY messages_fts.rowid DESC LIMIT ?3"
    )
}

impl Store {
    /// Messages matching `query` in every account, newest first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<MessageRow>> {
        self.search_in(Scope::Everywhere, query, limit)
    }

    /// Messages matching `query` within `scope`, newest first (by the
    /// minute, then as stored: the index's own order, so a common word
    /// costs the rows shown, not a sort of every match). Text with no
    /// searchable word matches nothing; messages still waiting for the
    /// index ([`Store::index_pending`]) are not found yet.
    pub fn search_in(&self, scope: Scope, query: &str, limit: usize) -> Result<Vec<MessageRow>> {
        let Some(query) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let (filter, id) = match scope {
            Scope::Everywhere => ("?2 IS NULL", None),
            Scope::Account(account) => (
                "m.folder_id IN (SELECT id FROM folders WHERE account_id = ?2)",
                Some(account),
            ),
            Scope::Folder(folder) => ("m.folder_id = ?2", Some(folder)),
        };
        let mut stmt = self.conn.prepare_cached(&search_sql(filter))?;
        let rows = stmt.query_map(params![query, id, limit as i64], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::search_text::{body_text, INDEXED_PREFIX};
    use std::borrow::Cow;

    #[test]
    fn matches_are_read_in_index_order_without_a_sort() {
        let store = Store::open_in_memory().unwrap();
        for filter in [
            "?2 IS NULL",
            "m.folder_id IN (SELECT id FROM folders WHERE account_id = ?2)",
            "m.folder_id = ?2",
        ] {
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {}", search_sql(filter)))
                .unwrap();
            let plan: Vec<String> = stmt
                .query_map(params!["x", 1, 10], |row| row.get(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let plan = plan.join("; ");
            assert!(
                plan.starts_with("SCAN messages_fts VIRTUAL TABLE"),
                "{plan}"
            );
            assert!(
                plan.contains("SEARCH m USING INTEGER PRIMARY KEY"),
                "{plan}"
            );
            assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        }
    }

    #[test]
    fn a_big_message_is_indexed_from_its_start() {
        let attachment = "QUJD".repeat(INDEXED_PREFIX / 2);
        let raw = format!(
            "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nŻółć na początku\r\n--b\r\n\
Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n{attachment}\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nbeyond the prefix\r\n--b--\r\n"
        );
        assert!(raw.len() > INDEXED_PREFIX);
        let text = body_text(raw.as_bytes());
        assert!(text.contains("Żółć na początku"), "{text:.80}");
        assert!(!text.contains("beyond the prefix"));
    }

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(fts_query("zolc").as_deref(), Some("\"zolc\"*"));
        assert_eq!(
            fts_query("  faktura  za  ").as_deref(),
            Some("\"faktura\" \"za\"*")
        );
        assert_eq!(
            fts_query("say \"hi\"").as_deref(),
            Some("\"say\" \"\"\"hi\"\"\"*")
        );
    }

    #[test]
    fn operators_are_plain_text() {
        assert_eq!(
            fts_query("NEAR(a b) OR -x").as_deref(),
            Some("\"NEAR(a\" \"b)\" \"OR\" \"-x\"*")
        );
        assert_eq!(fts_query("a* -"), Some("\"a*\"*".into()));
    }

    #[test]
    fn letters_without_decomposition_are_folded() {
        assert_eq!(fold("Żółć Łódź"), "Żólć Lódź");
        assert_eq!(fold("Đak, Øre, Straße"), "Dak, Ore, Strasse");
        assert!(matches!(fold("pošta Входящи"), Cow::Borrowed(_)));
        assert_eq!(fts_query("żół").as_deref(), Some("\"żól\"*"));
    }

    #[test]
    fn nothing_searchable_is_none() {
        for text in ["", "   ", "\"", "*", "- * \" ()", "\u{301}"] {
            assert_eq!(fts_query(text), None, "{text:?}");
        }
    }

    #[test]
    fn html_only_bodies_become_text() {
        let raw = b"Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Dobr&yacute; <b>de\xc5\x88</b></p>";
        let text = body_text(raw);
        assert!(text.contains("Dobrý"), "{text:?}");
        assert!(text.contains("deň"), "{text:?}");
        assert!(!text.contains("<b>"), "{text:?}");
    }

    #[test]
    fn multipart_alternative_is_indexed_once_as_the_reader_shows_it() {
        let raw = b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n\
--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n\
--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html words</p>\r\n--b--\r\n";
        let text = body_text(raw);
        // One alternative only: the HTML one, which the reader draws.
        assert!(text.contains("html words"), "{text:?}");
        assert!(!text.contains("plain words"), "{text:?}");
    }
}
