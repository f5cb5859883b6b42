//! Sieve strings (RFC 5228 §2.4.2): quoted strings with `"` and `\`
//! escaped, any UTF-8 inside; multi-line `text:` literals with dot-stuffing.

/// `value` as a Sieve quoted string.
pub fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A string list: `"a"` for one, `["a", "b"]` for more.
pub fn list<S: AsRef<str>>(values: &[S]) -> String {
    match values {
        [one] => quoted(one.as_ref()),
        _ => {
            let items: Vec<String> = values.iter().map(|v| quoted(v.as_ref())).collect();
            format!("[{}]", items.join(", "))
        }
    }
}

/// `text` as a multi-line literal: `text:`, the lines with a leading dot
/// doubled, and the closing dot line.
pub fn multiline(text: &str) -> String {
    let mut out = String::from("text:\n");
    for line in text.replace("\r\n", "\n").replace('\r', "\n").split('\n') {
        if line.starts_with('.') {
            out.push('.');
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(".\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_are_escaped_and_utf8_kept() {
        assert_eq!(quoted(r#"Faktury "2026"\x"#), r#""Faktury \"2026\"\\x""#);
        assert_eq!(quoted("Счета/Фактури"), "\"Счета/Фактури\"");
    }

    #[test]
    fn multiline_text_is_dot_stuffed() {
        assert_eq!(
            multiline("Jestem na urlopie.\r\n.\r\n.kropka"),
            "text:\nJestem na urlopie.\n..\n..kropka\n.\n"
        );
    }

    #[test]
    fn lists_are_bracketed_only_when_more_than_one() {
        assert_eq!(list(&["to"]), "\"to\"");
        assert_eq!(list(&["to", "cc"]), "[\"to\", \"cc\"]");
    }
}
