//! No English (or any) words hard-coded into the GUI: a source scan of
//! `crates/posta-ui/src/**/*.rs`.
//!
//! # The rule
//!
//! A string literal that contains a letter must not reach a widget or an
//! API that shows text. Such text comes from the Fluent files through
//! `t!("message-id", …)`, so it is translated, reviewed and checked by the
//! other i18n tests. The scan flags a lettered literal when:
//!
//! - the innermost call around it that matters is one that shows text:
//!   `text(…)`, `text!(…)`, `rich_text`, `span`, `button(…)`,
//!   `text_input(…)` (its placeholder), `tooltip(…)`, `checkbox`, `toggler`,
//!   `radio`, `combo_box`, `column![…]`/`row![…]`/`stack![…]` (a bare `&str`
//!   there becomes a text widget), `Text::new`, `Button::new`,
//!   `Element::from` and the like, or the methods `.title(…)`,
//!   `.placeholder(…)`, `.label(…)`, `.push(…)`, `.tooltip(…)`,
//!   `.set_title(…)`, `.set_description(…)` (file dialogs); also `write!` and
//!   `writeln!`, since a `Display` impl in the UI feeds pick-list labels.
//!   Calls in between that only pass text along, such as `format!`,
//!   closures, `if`/`match` blocks, are looked through:
//!   `text(format!("Version {v}"))` is flagged;
//! - it is a value argument of `t!` (`t!("id", name = "Inbox")`): values
//!   are data such as host names, never words;
//! - it is followed by `.into()`, the usual way a `&str` becomes an
//!   `Element`;
//! - it initialises a `const` or `static` of type `&str`, the usual way to
//!   hide a literal from the rule above.
//!
//! # What is allowed
//!
//! - The first argument of `t!`: the message id.
//! - Literals without letters once `{…}` placeholders are removed: icons and
//!   symbols ("✉", "→", "•"), numbers, separators, format strings such as
//!   `"{} / {}"` or `"{count}"`.
//! - Literals inside `env!`, `option_env!`, `include_str!`,
//!   `include_bytes!`, `stringify!`, assertion and panic macros and
//!   `eprintln!`/`println!`/`dbg!` (developer output, not UI).
//! - Literals anywhere else that never reach a widget: font family names
//!   (`Font::with_name("DejaVu Sans")`), widget ids, keyboard keys.
//! - Comments, doc comments, attributes and `#[cfg(test)] mod … { … }`.
//! - A line carrying `// i18n-allow: <reason>`, for the rare literal that
//!   truly must not be translated (say why).

use std::path::{Path, PathBuf};

/// A literal the rule forbids.
#[derive(Debug, Clone, PartialEq)]
struct Finding {
    line: usize,
    literal: String,
    reason: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Punct(char),
    /// Numbers and char literals: only their position matters.
    Other,
}

/// Functions and macros whose arguments are shown to the user.
const SHOWS_TEXT: &[&str] = &[
    "text",
    "text!",
    "rich_text",
    "rich_text!",
    "span",
    "button",
    "text_input",
    "tooltip",
    "checkbox",
    "toggler",
    "radio",
    "combo_box",
    "column!",
    "row!",
    "stack!",
    "keyed_column!",
    "write!",
    "writeln!",
];
/// Constructors of text-showing types, as `Type::function`.
const SHOWS_TEXT_PATHS: &[&str] = &[
    "Text::new",
    "Button::new",
    "TextInput::new",
    "Tooltip::new",
    "Checkbox::new",
    "Toggler::new",
    "Radio::new",
    "Span::new",
    "Element::from",
    "Text::from",
];
/// Methods whose arguments are shown to the user.
const SHOWS_TEXT_METHODS: &[&str] = &[
    "title",
    "placeholder",
    "label",
    "push",
    "push_maybe",
    "tooltip",
    "set_title",
    "set_description",
];
/// Macros whose literals are for developers or the compiler, not users.
const EXEMPT_MACROS: &[&str] = &[
    "env!",
    "option_env!",
    "include_str!",
    "include_bytes!",
    "stringify!",
    "assert!",
    "assert_eq!",
    "assert_ne!",
    "debug_assert!",
    "debug_assert_eq!",
    "debug_assert_ne!",
    "panic!",
    "unreachable!",
    "todo!",
    "unimplemented!",
    "eprintln!",
    "println!",
    "dbg!",
];

/// Whether a literal, placeholders removed, has a letter in it.
fn has_letters(literal: &str) -> bool {
    let literal = literal.replace("{{", "").replace("}}", "");
    let mut depth = 0;
    literal.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 && c.is_alphabetic() => return true,
            _ => {}
        }
        false
    })
}

/// Splits Rust source into the tokens the rule needs, each with its line.
/// Also returns the lines that carry an `i18n-allow:` comment with a reason.
fn tokenize(source: &str) -> (Vec<(Token, usize)>, Vec<usize>) {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut allowed_lines = Vec::new();
    let mut line = 1;
    let mut i = 0;

    // Reads a quoted string starting at the opening quote; `raw` strings
    // have no escapes and end at `"` followed by `hashes` `#`s.
    let read_string = |i: &mut usize, line: &mut usize, raw: bool, hashes: usize| -> String {
        let mut out = String::new();
        *i += 1;
        while *i < chars.len() {
            let c = chars[*i];
            if c == '"'
                && chars[*i + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&h| h == '#')
                    .count()
                    == hashes
            {
                *i += 1 + hashes;
                return out;
            }
            if c == '\n' {
                *line += 1;
            }
            if c == '\\' && !raw {
                *i += 1;
                let escaped = chars.get(*i).copied().unwrap_or('\\');
                match escaped {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    '0' => out.push('\0'),
                    'u' => {
                        let start = *i + 2;
                        let end = chars[start..]
                            .iter()
                            .position(|&c| c == '}')
                            .map_or(start, |p| start + p);
                        let hex: String = chars[start..end].iter().collect();
                        if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            out.push(c);
                        }
                        *i = end;
                    }
                    'x' => {
                        let hex: String = chars[*i + 1..(*i + 3).min(chars.len())].iter().collect();
                        if let Ok(byte) = u8::from_str_radix(&hex, 16) {
                            out.push(char::from(byte));
                        }
                        *i += 2;
                    }
                    '\n' => {
                        *line += 1;
                        while chars.get(*i + 1).is_some_and(|c| c.is_whitespace()) {
                            *i += 1;
                            if chars[*i] == '\n' {
                                *line += 1;
                            }
                        }
                    }
                    other => out.push(other),
                }
                *i += 1;
                continue;
            }
            out.push(c);
            *i += 1;
        }
        out
    };

    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(chars.len(), |p| i + p);
                let comment: String = chars[i..end].iter().collect();
                if let Some((_, reason)) = comment.split_once("i18n-allow:") {
                    if !reason.trim().is_empty() {
                        allowed_lines.push(line);
                    }
                }
                i = end;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            '"' => {
                let start_line = line;
                let text = read_string(&mut i, &mut line, false, 0);
                tokens.push((Token::Str(text), start_line));
            }
            '\'' => {
                // A char literal ('a', '\n', '\u{a0}') or a lifetime ('a).
                if chars.get(i + 1) == Some(&'\\') {
                    let end = chars[i + 2..]
                        .iter()
                        .position(|&c| c == '\'')
                        .map_or(chars.len(), |p| i + 2 + p);
                    i = end + 1;
                    tokens.push((Token::Other, line));
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                    tokens.push((Token::Other, line));
                } else {
                    i += 1;
                }
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let string_prefix = matches!(word.as_str(), "r" | "b" | "br" | "c" | "cr");
                let next = chars.get(i).copied();
                if string_prefix && (next == Some('"') || (word.contains('r') && next == Some('#')))
                {
                    let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
                    i += hashes;
                    let start_line = line;
                    let text = read_string(&mut i, &mut line, word.contains('r'), hashes);
                    tokens.push((Token::Str(text), start_line));
                } else {
                    tokens.push((Token::Ident(word), line));
                }
            }
            c if c.is_ascii_digit() => {
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
                {
                    // Stop before a method call on a number, `1.max(2)`.
                    if chars[i] == '.' && !chars.get(i + 1).is_some_and(char::is_ascii_digit) {
                        break;
                    }
                    i += 1;
                }
                tokens.push((Token::Other, line));
            }
            c => {
                tokens.push((Token::Punct(c), line));
                i += 1;
            }
        }
    }
    (tokens, allowed_lines)
}

/// What an open bracket belongs to.
#[derive(Debug, Clone, PartialEq)]
enum Callee {
    /// `name!(…)`, stored with its `!`.
    Macro(String),
    /// `name(…)` or `Path::name(…)`: the last two segments.
    Function(Option<String>, String),
    /// `.name(…)`.
    Method(String),
    /// A group, array, block or struct body.
    Nothing,
}

struct Frame {
    callee: Callee,
    close: char,
    /// Index of the argument being read (commas seen at this level).
    argument: usize,
}

/// Works out what the bracket at `tokens[at]` is the argument list of.
fn callee_before(tokens: &[(Token, usize)], at: usize) -> Callee {
    let token = |index: usize| tokens.get(index).map(|(token, _)| token);
    let open = token(at);
    if at == 0 {
        return Callee::Nothing;
    }
    let mut before = at - 1;

    if let (Some(Token::Punct('!')), Some(Token::Ident(name))) =
        (token(before), before.checked_sub(1).and_then(token))
    {
        return Callee::Macro(format!("{name}!"));
    }
    if open != Some(&Token::Punct('(')) {
        return Callee::Nothing;
    }
    // Skip a turbofish: `text::<Theme>(…)`.
    if token(before) == Some(&Token::Punct('>')) {
        let mut depth = 0;
        loop {
            match token(before) {
                Some(Token::Punct('>')) => depth += 1,
                Some(Token::Punct('<')) => depth -= 1,
                None => return Callee::Nothing,
                _ => {}
            }
            if depth == 0 {
                break;
            }
            match before.checked_sub(1) {
                Some(previous) => before = previous,
                None => return Callee::Nothing,
            }
        }
        // Now at `<`; expect `::` before it.
        if before < 3 {
            return Callee::Nothing;
        }
        before -= 3;
    }
    let Some(Token::Ident(name)) = token(before) else {
        return Callee::Nothing;
    };
    let previous = before.checked_sub(1).and_then(token);
    if previous == Some(&Token::Punct('.')) {
        return Callee::Method(name.clone());
    }
    let path = match (
        before.checked_sub(2).and_then(token),
        previous,
        before.checked_sub(3).and_then(token),
    ) {
        (Some(Token::Punct(':')), Some(Token::Punct(':')), Some(Token::Ident(path))) => {
            Some(path.clone())
        }
        _ => None,
    };
    Callee::Function(path, name.clone())
}

/// What the calls around a literal make of it.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// A message id, or developer text inside an exempt macro.
    Allowed,
    /// It reaches the user; the reason says how.
    Forbidden(String),
    /// No call around it shows text; the `.into()` and constant rules decide.
    Undecided,
}

/// Walks the open calls from the innermost out to judge a literal.
fn verdict(stack: &[Frame]) -> Verdict {
    for frame in stack.iter().rev() {
        match &frame.callee {
            Callee::Macro(name) if name == "t!" => {
                return if frame.argument == 0 {
                    Verdict::Allowed
                } else {
                    Verdict::Forbidden(
                        "a literal value passed to t!; values are data, not words".to_string(),
                    )
                };
            }
            Callee::Macro(name) if EXEMPT_MACROS.contains(&name.as_str()) => {
                return Verdict::Allowed;
            }
            Callee::Macro(name) if SHOWS_TEXT.contains(&name.as_str()) => {
                return Verdict::Forbidden(format!("shown by {name}"));
            }
            Callee::Function(path, name) => {
                let full = path.as_ref().map(|path| format!("{path}::{name}"));
                if let Some(full) = full.filter(|full| SHOWS_TEXT_PATHS.contains(&full.as_str())) {
                    return Verdict::Forbidden(format!("shown by {full}(…)"));
                }
                if SHOWS_TEXT.contains(&name.as_str()) {
                    return Verdict::Forbidden(format!("shown by {name}(…)"));
                }
            }
            Callee::Method(name) if SHOWS_TEXT_METHODS.contains(&name.as_str()) => {
                return Verdict::Forbidden(format!("shown by .{name}(…)"));
            }
            _ => {}
        }
    }
    Verdict::Undecided
}

/// Every forbidden literal in one file's source.
fn scan(source: &str) -> Vec<Finding> {
    let (tokens, allowed_lines) = tokenize(source);
    let token = |index: usize| tokens.get(index).map(|(token, _)| token);
    let mut findings = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;

    while i < tokens.len() {
        let (current, line) = &tokens[i];
        match current {
            // Attributes: skip `#[…]` and `#![…]`; after `#[cfg(test)]`, skip
            // the test module that follows.
            Token::Punct('#') => {
                let mut open = i + 1;
                if token(open) == Some(&Token::Punct('!')) {
                    open += 1;
                }
                if token(open) == Some(&Token::Punct('[')) {
                    let close = matching(&tokens, open);
                    let is_cfg_test = tokens[open + 1..close].iter().map(|(token, _)| token).eq([
                        Token::Ident("cfg".into()),
                        Token::Punct('('),
                        Token::Ident("test".into()),
                        Token::Punct(')'),
                    ]
                    .iter());
                    i = close + 1;
                    if is_cfg_test {
                        let mut next = i;
                        if token(next) == Some(&Token::Ident("pub".into())) {
                            next += 1;
                        }
                        if token(next) == Some(&Token::Ident("mod".into()))
                            && token(next + 2) == Some(&Token::Punct('{'))
                        {
                            i = matching(&tokens, next + 2) + 1;
                        }
                    }
                    continue;
                }
            }
            Token::Punct(open @ ('(' | '[' | '{')) => {
                stack.push(Frame {
                    callee: callee_before(&tokens, i),
                    close: match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    },
                    argument: 0,
                });
            }
            Token::Punct(close @ (')' | ']' | '}')) => {
                if let Some(position) = stack.iter().rposition(|frame| frame.close == *close) {
                    stack.truncate(position);
                }
            }
            Token::Punct(',') => {
                if let Some(frame) = stack.last_mut() {
                    frame.argument += 1;
                }
            }
            Token::Str(literal) if has_letters(literal) && !allowed_lines.contains(line) => {
                let into = token(i + 1) == Some(&Token::Punct('.'))
                    && token(i + 2) == Some(&Token::Ident("into".into()));
                let reason = match verdict(&stack) {
                    Verdict::Allowed => None,
                    Verdict::Forbidden(reason) => Some(reason),
                    Verdict::Undecided if into => {
                        Some("turned into a widget with .into()".to_string())
                    }
                    Verdict::Undecided if str_constant(&tokens, i) => {
                        Some("hidden in a &str constant".to_string())
                    }
                    Verdict::Undecided => None,
                };
                if let Some(reason) = reason {
                    findings.push(Finding {
                        line: *line,
                        literal: literal.clone(),
                        reason,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    findings
}

/// Whether the literal at `at` initialises `const`/`static NAME: &str`.
fn str_constant(tokens: &[(Token, usize)], at: usize) -> bool {
    // Walk back over `= str 'static &? : NAME (const|static)`.
    let mut index = at;
    let mut step = || {
        index = index.checked_sub(1)?;
        Some(&tokens[index].0)
    };
    if step() != Some(&Token::Punct('=')) || step() != Some(&Token::Ident("str".into())) {
        return false;
    }
    let mut previous = step();
    if previous == Some(&Token::Ident("static".into())) {
        // `&'static str`: the lifetime's quote was dropped by the tokenizer.
        previous = step();
    }
    if previous != Some(&Token::Punct('&')) || step() != Some(&Token::Punct(':')) {
        return false;
    }
    let _name = step();
    matches!(step(), Some(Token::Ident(keyword)) if keyword == "const" || keyword == "static")
}

/// The index of the bracket closing the one at `open`.
fn matching(tokens: &[(Token, usize)], open: usize) -> usize {
    let mut depth = 0;
    for (index, (token, _)) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::Punct('(' | '[' | '{') => depth += 1,
            Token::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("readable directory")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_ui_shows_only_translated_text() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/posta-ui/src");
    let files = rust_files(&ui);
    assert!(!files.is_empty(), "no sources under {}", ui.display());

    let mut report = Vec::new();
    let mut translated_calls = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).expect("readable source");
        translated_calls += source.matches("t!(").count();
        for finding in scan(&source) {
            report.push(format!(
                "{}:{}: {:?}: {}",
                file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(file)
                    .display(),
                finding.line,
                finding.literal,
                finding.reason
            ));
        }
    }
    assert!(
        translated_calls > 0,
        "the scan saw no t!() at all; is it reading the right files?"
    );
    assert!(
        report.is_empty(),
        "hard-coded text in the UI; put it in i18n/*/posta.ftl and use t!():\n{}",
        report.join("\n")
    );
}

/// The scanner itself: it must flag what the rule forbids and nothing else.
mod scanner;
