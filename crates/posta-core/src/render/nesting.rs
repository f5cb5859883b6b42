//! A linear pass over the markup before it is parsed that drops start
//! tags nested deeper than a bound (and their end tags): HTML parsers
//! check scopes along the stack of open elements, so 100,000 nested
//! `<div>`s would otherwise cost time quadratic in the depth.

/// Start tags nested deeper than this are dropped.
pub const MAX_NESTING: usize = 256;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements whose end tag may be left out: the parser closes them itself,
/// so they never build up depth and are never dropped.
const SELF_CLOSING: &[&str] = &[
    "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "rp", "rt", "html", "head", "body",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// `markup` with start tags deeper than [`MAX_NESTING`] removed.
pub fn limit(markup: &str) -> String {
    let bytes = markup.as_bytes();
    let mut out = String::with_capacity(markup.len());
    let mut depth = 0usize;
    let mut dropped = 0usize;
    let mut at = 0usize;
    while let Some(offset) = markup[at..].find('<') {
        let start = at + offset;
        out.push_str(&markup[at..start]);
        let rest = &markup[start..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(markup.len(), |n| start + n + 3);
            out.push_str(&markup[start..end]);
            at = end;
            continue;
        }
        let closing = bytes.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = markup[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(markup.len() - name_start);
        if name_len == 0 {
            out.push('<');
            at = start + 1;
            continue;
        }
        let name = markup[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(markup, name_start + name_len);
        let tag = &markup[start..end];
        let counted = !VOID.contains(&name.as_str())
            && !SELF_CLOSING.contains(&name.as_str())
            && !tag.ends_with("/>");
        if closing {
            if counted && dropped > 0 {
                dropped -= 1;
            } else {
                if counted {
                    depth = depth.saturating_sub(1);
                }
                out.push_str(tag);
            }
            at = end;
            continue;
        }
        if RAW.contains(&name.as_str()) {
            // Keep the element whole: its text may hold anything.
            let close = format!("</{name}");
            let body_end = markup[end..]
                .to_ascii_lowercase()
                .find(&close)
                .map_or(markup.len(), |n| end + n);
            out.push_str(&markup[start..body_end]);
            at = body_end;
            continue;
        }
        if counted && depth >= MAX_NESTING {
            dropped += 1;
        } else {
            if counted {
                depth += 1;
            }
            out.push_str(tag);
        }
        at = end;
    }
    out.push_str(&markup[at..]);
    out
}

/// Where the tag whose name ends at `from` ends (after its `>`, quoted
/// attribute values skipped).
fn tag_end(markup: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in markup.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return from + i + 1,
            _ => {}
        }
    }
    markup.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_cut_and_ordinary_markup_kept() {
        let deep = format!("{}x{}", "<div>".repeat(1000), "</div>".repeat(1000));
        let cut = limit(&deep);
        assert_eq!(cut.matches("<div>").count(), MAX_NESTING);
        assert_eq!(cut.matches("</div>").count(), MAX_NESTING);
        let ordinary =
            "<p>a<p>b<br><img src=\"x>y\"><script>if (a<b) {}</script><!-- <div> --></p>";
        assert_eq!(limit(ordinary), ordinary);
    }
}
