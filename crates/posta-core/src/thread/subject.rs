//! Subjects as conversations compare them: reply and forward prefixes
//! ("Re:", "Odp:", "Отг:", "AW:", "Fwd:", "[list]" tags) removed, case and
//! spacing ignored.

/// Prefixes mail programs put before a reply's subject, lower case: the
/// RFC 5322 "Re" and what Polish, Slovak, Bulgarian, German, Scandinavian
/// and Turkish programs write.
const REPLY: &[&str] = &["re", "odp", "aw", "sv", "отг", "отн", "ynt", "vs"];
/// Forward prefixes.
const FORWARD: &[&str] = &["fwd", "fw", "pd", "prz", "пр", "wg", "tr"];

/// Splits off one leading prefix (`Re:`, `RE[2]:`, `[list]`); `None` when
/// there is none.
fn strip_one(subject: &str) -> Option<(&str, bool)> {
    let text = subject.trim_start();
    if let Some(rest) = text.strip_prefix('[') {
        let end = rest.find(']')?;
        return Some((&rest[end + 1..], false));
    }
    let (head, rest) = text.split_once(':')?;
    let word = head.trim_end();
    let word = match word.find('[') {
        Some(at) if word.ends_with(']') => &word[..at],
        _ => word,
    };
    let lower = word.to_lowercase();
    if REPLY.contains(&lower.as_str()) {
        Some((rest, true))
    } else if FORWARD.contains(&lower.as_str()) {
        Some((rest, false))
    } else {
        None
    }
}

/// Whether the subject starts (after list tags) with a reply prefix.
pub fn is_reply(subject: &str) -> bool {
    let mut text = subject;
    while let Some((rest, reply)) = strip_one(text) {
        if reply {
            return true;
        }
        text = rest;
    }
    false
}

/// The subject without prefixes, in lower case with single spaces.
pub fn base_subject(subject: &str) -> String {
    let mut text = subject;
    while let Some((rest, _)) = strip_one(text) {
        text = rest;
    }
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
