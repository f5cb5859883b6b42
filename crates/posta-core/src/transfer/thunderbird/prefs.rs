//! `prefs.js` as Thunderbird writes it: `user_pref("name", value);` lines
//! with strings (JavaScript escapes), integers and booleans; comments
//! (`//`, `/* */`, `#`) skipped. A line that does not parse is counted and
//! left out, never guessed at.

use std::collections::BTreeMap;

/// One preference value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pref {
    /// A string.
    Text(String),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
}

/// The preferences of a profile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    values: BTreeMap<String, Pref>,
    /// Statements that could not be read.
    pub unreadable: usize,
}

impl Prefs {
    /// Parses the text of a `prefs.js`.
    pub fn parse(text: &str) -> Prefs {
        let mut prefs = Prefs::default();
        let mut rest = text;
        loop {
            rest = skip_space_and_comments(rest);
            if rest.is_empty() {
                break;
            }
            let call = ["user_pref", "pref", "sticky_pref"]
                .iter()
                .find_map(|name| {
                    rest.strip_prefix(name)
                        .filter(|r| r.trim_start().starts_with('('))
                });
            let parsed = call.and_then(|after| parse_call(after.trim_start()));
            match parsed {
                Some((name, value, after)) => {
                    prefs.values.insert(name, value);
                    rest = after;
                }
                None => {
                    prefs.unreadable += 1;
                    // Skip to after the next `;` (or the end of the line).
                    let end = rest
                        .find(';')
                        .map(|i| i + 1)
                        .or_else(|| rest.find('\n'))
                        .unwrap_or(rest.len());
                    rest = &rest[end.max(1).min(rest.len())..];
                }
            }
        }
        prefs
    }

    /// A value.
    pub fn get(&self, name: &str) -> Option<&Pref> {
        self.values.get(name)
    }

    /// A string value (an integer written as text for those Thunderbird
    /// stores either way).
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.values.get(name)? {
            Pref::Text(text) => Some(text),
            _ => None,
        }
    }

    /// An integer value (also from a string of digits).
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.values.get(name)? {
            Pref::Int(n) => Some(*n),
            Pref::Text(text) => text.trim().parse().ok(),
            Pref::Bool(_) => None,
        }
    }

    /// A boolean value (also from `"true"`/`"false"`).
    pub fn bool(&self, name: &str) -> Option<bool> {
        match self.values.get(name)? {
            Pref::Bool(b) => Some(*b),
            Pref::Text(text) => text.trim().parse().ok(),
            Pref::Int(n) => Some(*n != 0),
        }
    }

    /// Every name starting with `prefix`, with its value.
    pub fn with_prefix<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a Pref)> + 'a {
        self.values
            .range(prefix.to_owned()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), v))
    }

    /// A comma-separated list value, trimmed, empty items left out.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.text(name)
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

fn skip_space_and_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//").or_else(|| text.strip_prefix('#')) {
            text = rest.find('\n').map_or("", |i| &rest[i..]);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.find("*/").map_or("", |i| &rest[i + 2..]);
        } else {
            return text;
        }
    }
}

/// `("name", value);` → name, value and what follows.
fn parse_call(text: &str) -> Option<(String, Pref, &str)> {
    let text = text.strip_prefix('(')?.trim_start();
    let (name, rest) = parse_string(text)?;
    let rest = rest.trim_start().strip_prefix(',')?.trim_start();
    let (value, rest) = parse_value(rest)?;
    let rest = rest.trim_start().strip_prefix(')')?.trim_start();
    let rest = rest.strip_prefix(';').unwrap_or(rest);
    Some((name, value, rest))
}

fn parse_value(text: &str) -> Option<(Pref, &str)> {
    if text.starts_with('"') || text.starts_with('\'') {
        let (value, rest) = parse_string(text)?;
        return Some((Pref::Text(value), rest));
    }
    if let Some(rest) = text.strip_prefix("true") {
        return Some((Pref::Bool(true), rest));
    }
    if let Some(rest) = text.strip_prefix("false") {
        return Some((Pref::Bool(false), rest));
    }
    let end = text
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || (*i == 0 && (*c == '-' || *c == '+'))))
        .map_or(text.len(), |(i, _)| i);
    let number = text[..end].parse().ok()?;
    Some((Pref::Int(number), &text[end..]))
}

/// A JavaScript string literal in double or single quotes.
fn parse_string(text: &str) -> Option<(String, &str)> {
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let mut out = String::new();
    let mut chars = text[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c == quote => return Some((out, &text[1 + i + 1..])),
            '\\' => {
                let (_, escaped) = chars.next()?;
                match escaped {
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'x' => out.push(hex_char(&mut chars, 2)?),
                    'u' => {
                        let high = hex_char(&mut chars, 4)?;
                        out.push(high);
                    }
                    other => out.push(other),
                }
            }
            '\n' => return None,
            c => out.push(c),
        }
    }
    None
}

fn hex_char(chars: &mut std::str::CharIndices<'_>, digits: usize) -> Option<char> {
    let mut value = 0u32;
    for _ in 0..digits {
        value = value * 16 + chars.next()?.1.to_digit(16)?;
    }
    // A lone surrogate half (Thunderbird escapes astral characters as
    // pairs) becomes the replacement character rather than failing.
    Some(char::from_u32(value).unwrap_or('\u{fffd}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thunderbird_prefs_are_read() {
        let text = r#"// Mozilla User Preferences
/* Do not edit this file. */
user_pref("mail.accountmanager.accounts", "account1,account2, account3");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server2.leave_on_server", true);
user_pref("mail.identity.id1.fullName", "Zofia \"Zosia\" Nowak");
user_pref("mail.identity.id1.htmlSigText", "Pozdrawiam\nZofia \u017B\\x");
user_pref("mailnews.tags.$label1.tag", "Wa\u017Cne");
user_pref("mail.server.server2.port", -1);
user_pref("broken", );
user_pref("mail.server.server3.num_days_to_leave_on_server", "14");
pref("odd.spacing" ,  false ) ;
"#;
        let prefs = Prefs::parse(text);
        assert_eq!(
            prefs.list("mail.accountmanager.accounts"),
            ["account1", "account2", "account3"]
        );
        assert_eq!(prefs.int("mail.server.server1.port"), Some(993));
        assert_eq!(prefs.int("mail.server.server2.port"), Some(-1));
        assert_eq!(
            prefs.bool("mail.server.server2.leave_on_server"),
            Some(true)
        );
        assert_eq!(
            prefs.text("mail.identity.id1.fullName"),
            Some("Zofia \"Zosia\" Nowak")
        );
        assert_eq!(
            prefs.text("mail.identity.id1.htmlSigText"),
            Some("Pozdrawiam\nZofia Ż\\x")
        );
        assert_eq!(prefs.text("mailnews.tags.$label1.tag"), Some("Ważne"));
        assert_eq!(
            prefs.int("mail.server.server3.num_days_to_leave_on_server"),
            Some(14)
        );
        assert_eq!(prefs.bool("odd.spacing"), Some(false));
        assert_eq!(prefs.unreadable, 1);
        assert_eq!(prefs.with_prefix("mail.server.server2.").count(), 2);
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "user_pref(",
            "user_pref(\"a",
            "\"\\u12",
            "/*",
            "user_pref(\"a\", 1",
            "ż;ż;",
            "pref(\"x\", \"\\xZZ\");",
        ] {
            let _ = Prefs::parse(text);
        }
    }
}
