//! Reads Posta's `.ftl` files into a summary the i18n tests can check:
//! message ids, the variables each message uses and its select expressions.
//!
//! Shared by `i18n_completeness.rs` and `i18n_plurals.rs` through
//! `#[path = "i18n_ftl.rs"] mod ftl;`, and a test target of its own for the
//! self-tests at the bottom.
//!
//! The parsing is Fluent's own (`FluentResource::try_new`, whose errors and
//! `Junk` entries are reported as they are). Walking the tree needs the
//! `fluent_syntax::ast` types, which `fluent-bundle` does not re-export, and
//! `fluent-syntax` is not a direct dependency; so each entry is read through
//! its derived `Debug` text, whose shape is fixed by the AST's field names
//! (`Select { selector: …, variants: [Variant { key: …, default: … }] }`).
//! With `fluent-syntax = "0.12"` as a dev-dependency, `summarize` can match
//! the AST directly instead and the `Debug` reader can go.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_bundle::FluentResource;
use posta_i18n::Language;

/// The paths of a language's Fluent files.
pub fn ftl_paths(language: Language) -> Vec<PathBuf> {
    posta_i18n::FTL_FILES
        .iter()
        .map(|file| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("i18n")
                .join(language.code())
                .join(file)
        })
        .collect()
}

/// What one Fluent file contains, as far as the tests care.
#[derive(Debug, Default)]
pub struct Ftl {
    /// Message and term ids (terms with their leading `-`), and
    /// `id.attribute` for attributes, each with its summary.
    pub messages: BTreeMap<String, MessageInfo>,
    /// Ids defined more than once.
    pub duplicates: Vec<String>,
    /// Messages referenced with `{ other-message }` or `{ -term }`.
    pub references: BTreeSet<String>,
}

/// One message (or attribute) of a Fluent file.
#[derive(Debug, Default, Clone)]
pub struct MessageInfo {
    /// Every `$variable` used anywhere in it, selectors included.
    pub variables: BTreeSet<String>,
    /// Every select expression in it, outermost first.
    pub selects: Vec<SelectInfo>,
}

/// One `{ $x -> [key] … *[default] … }` expression.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectInfo {
    /// The variable selected on, also through `NUMBER($x, …)`.
    pub variable: Option<String>,
    /// The identifier keys (`one`, `few`, `male`…), in file order.
    pub keys: Vec<String>,
    /// The number literal keys (`[0]`), in file order.
    pub number_keys: Vec<String>,
    /// The key marked with `*`.
    pub default: Option<String>,
}

/// The CLDR plural categories.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl SelectInfo {
    /// Whether this selects a plural form: its identifier keys are all CLDR
    /// categories and at least one of them is more than the catch-all.
    pub fn is_plural(&self) -> bool {
        let all_categories = self
            .keys
            .iter()
            .all(|key| PLURAL_CATEGORIES.contains(&key.as_str()));
        let any_specific = self.keys.iter().any(|key| key != "other");
        all_categories && (any_specific || !self.number_keys.is_empty())
    }
}

/// Parses a Fluent source; `Err` lists Fluent's parse errors and junk.
pub fn parse(source: &str) -> Result<Ftl, Vec<String>> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|error| {
                    let line = source[..error.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    format!("line {line}: {:?}", error.kind)
                })
                .collect())
        }
    };

    let mut ftl = Ftl::default();
    for entry in resource.entries() {
        let node = Node::parse(&format!("{entry:?}"))
            .map_err(|error| vec![format!("cannot read entry {entry:?}: {error}")])?;
        let Node::Named(kind, items) = &node else {
            continue;
        };
        let prefix = match kind.as_str() {
            "Message" => "",
            "Term" => "-",
            "Junk" => return Err(vec![format!("junk in file: {node:?}")]),
            _ => continue, // comments
        };
        let Some(body) = items.first().map(|(_, body)| body) else {
            continue;
        };
        let id = format!("{prefix}{}", identifier(body.field("id")));

        let mut add = |key: String, pattern: Option<&Node>| {
            let mut info = MessageInfo::default();
            if let Some(pattern) = pattern {
                collect(pattern, &mut info, &mut ftl.references);
            }
            if ftl.messages.insert(key.clone(), info).is_some() {
                ftl.duplicates.push(key);
            }
        };
        add(
            id.clone(),
            body.field("value").filter(|value| !value.is_none()),
        );
        if let Some(Node::List(attributes)) = body.field("attributes") {
            for attribute in attributes {
                let name = identifier(attribute.field("id"));
                add(format!("{id}.{name}"), attribute.field("value"));
            }
        }
    }
    Ok(ftl)
}

/// Reads and parses a language's file.
pub fn load(language: Language) -> Result<Ftl, Vec<String>> {
    // The files of a language form one bundle: read them as one source, so
    // an id defined in two files is reported as a duplicate.
    let mut source = String::new();
    for path in ftl_paths(language) {
        let text = std::fs::read_to_string(&path)
            .map_err(|error| vec![format!("{}: {error}", path.display())])?;
        source.push_str(&text);
        source.push('\n');
    }
    parse(&source)
}

/// The `name` of an `Identifier { name: "…" }` node.
fn identifier(node: Option<&Node>) -> String {
    match node.and_then(|node| node.field("name")) {
        Some(Node::Str(name)) => name.clone(),
        _ => String::new(),
    }
}

/// Gathers variables, selects and references below `node`.
fn collect(node: &Node, info: &mut MessageInfo, references: &mut BTreeSet<String>) {
    match node {
        Node::Named(name, items) => {
            match name.as_str() {
                "VariableReference" => {
                    info.variables.insert(identifier(node.field("id")));
                }
                "MessageReference" => {
                    references.insert(identifier(node.field("id")));
                }
                "TermReference" => {
                    references.insert(format!("-{}", identifier(node.field("id"))));
                }
                "Select" => info.selects.push(select(node)),
                _ => {}
            }
            for (_, item) in items {
                collect(item, info, references);
            }
        }
        Node::List(items) => {
            for item in items {
                collect(item, info, references);
            }
        }
        Node::Str(_) | Node::Atom(_) => {}
    }
}

/// Summarizes a `Select { selector, variants }` node.
fn select(node: &Node) -> SelectInfo {
    let variable = node.field("selector").and_then(|selector| {
        let mut info = MessageInfo::default();
        collect(selector, &mut info, &mut BTreeSet::new());
        info.variables.into_iter().next()
    });
    let mut keys = Vec::new();
    let mut number_keys = Vec::new();
    let mut default = None;
    if let Some(Node::List(variants)) = node.field("variants") {
        for variant in variants {
            let key = variant.field("key");
            let text = match key {
                Some(Node::Named(kind, _)) if kind == "NumberLiteral" => {
                    let Some(Node::Str(value)) = key.and_then(|key| key.field("value")) else {
                        continue;
                    };
                    number_keys.push(value.clone());
                    value.clone()
                }
                _ => {
                    let name = identifier(key);
                    keys.push(name.clone());
                    name
                }
            };
            if matches!(variant.field("default"), Some(Node::Atom(atom)) if atom == "true") {
                default = Some(text);
            }
        }
    }
    SelectInfo {
        variable,
        keys,
        number_keys,
        default,
    }
}

/// A value as `#[derive(Debug)]` prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `Name { field: value, … }`, `Name(value, …)` or a bare `Name`; tuple
    /// items have no field name.
    Named(String, Vec<(Option<String>, Node)>),
    /// `[value, …]`
    List(Vec<Node>),
    /// A quoted string, unescaped.
    Str(String),
    /// Anything else: numbers, `true`, ranges.
    Atom(String),
}

impl Node {
    /// The named field of a struct-like node.
    pub fn field(&self, name: &str) -> Option<&Node> {
        match self {
            Node::Named(_, items) => items
                .iter()
                .find(|(field, _)| field.as_deref() == Some(name))
                .map(|(_, node)| node),
            _ => None,
        }
    }

    /// Whether this is `None`.
    fn is_none(&self) -> bool {
        matches!(self, Node::Named(name, items) if name == "None" && items.is_empty())
    }

    /// Parses `Debug` output.
    pub fn parse(text: &str) -> Result<Node, String> {
        let mut reader = Reader {
            chars: text.chars().collect(),
            at: 0,
        };
        let node = reader.value()?;
        reader.skip_space();
        if reader.at != reader.chars.len() {
            return Err(format!("trailing text at {}", reader.at));
        }
        Ok(node)
    }
}

/// A cursor over `Debug` text.
struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn expect(&mut self, wanted: char) -> Result<(), String> {
        self.skip_space();
        if self.peek() == Some(wanted) {
            self.at += 1;
            Ok(())
        } else {
            Err(format!("expected {wanted:?} at {}", self.at))
        }
    }

    fn value(&mut self) -> Result<Node, String> {
        self.skip_space();
        match self.peek() {
            Some('"') => self.string().map(Node::Str),
            Some('[') => {
                self.at += 1;
                let items = self.sequence(']', |reader| reader.value())?;
                Ok(Node::List(items))
            }
            Some(c) if c.is_alphabetic() || c == '_' => {
                let name = self.word();
                self.skip_space();
                match self.peek() {
                    Some('{') => {
                        self.at += 1;
                        let fields = self.sequence('}', |reader| {
                            reader.skip_space();
                            let field = reader.word();
                            reader.expect(':')?;
                            Ok((Some(field), reader.value()?))
                        })?;
                        Ok(Node::Named(name, fields))
                    }
                    Some('(') => {
                        self.at += 1;
                        let items = self.sequence(')', |reader| Ok((None, reader.value()?)))?;
                        Ok(Node::Named(name, items))
                    }
                    _ if name == "true" || name == "false" => Ok(Node::Atom(name)),
                    _ => Ok(Node::Named(name, Vec::new())),
                }
            }
            Some(_) => {
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | ')' | ']' | '}') && !c.is_whitespace())
                {
                    self.at += 1;
                }
                if start == self.at {
                    return Err(format!("unexpected {:?} at {}", self.peek(), self.at));
                }
                Ok(Node::Atom(self.chars[start..self.at].iter().collect()))
            }
            None => Err("unexpected end".to_string()),
        }
    }

    /// Items separated by commas up to `close` (a trailing comma is allowed).
    fn sequence<T>(
        &mut self,
        close: char,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let mut items = Vec::new();
        loop {
            self.skip_space();
            if self.peek() == Some(close) {
                self.at += 1;
                return Ok(items);
            }
            items.push(item(self)?);
            self.skip_space();
            match self.peek() {
                Some(',') => self.at += 1,
                Some(c) if c == close => {}
                other => return Err(format!("expected ',' or {close:?}, got {other:?}")),
            }
        }
    }

    fn word(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// A Rust string literal as `Debug` escapes it.
    fn string(&mut self) -> Result<String, String> {
        self.at += 1; // opening quote
        let mut out = String::new();
        loop {
            let c = self.peek().ok_or("unterminated string")?;
            self.at += 1;
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let escaped = self.peek().ok_or("unterminated escape")?;
                    self.at += 1;
                    match escaped {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        '0' => out.push('\0'),
                        'u' => {
                            self.expect('{')?;
                            let start = self.at;
                            while self.peek().is_some_and(|c| c != '}') {
                                self.at += 1;
                            }
                            let hex: String = self.chars[start..self.at].iter().collect();
                            self.at += 1;
                            let code = u32::from_str_radix(&hex, 16).map_err(|e| e.to_string())?;
                            out.push(char::from_u32(code).ok_or("bad escape")?);
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }
}

#[cfg(test)]
mod self_tests {
    use super::*;

    #[test]
    fn reads_debug_text() {
        let node =
            Node::parse(r#"A { b: Some(C { d: "x\"\u{a0}\n" }), e: [1, true, None], f: 0..9 }"#)
                .unwrap();
        let Some(Node::Named(some, items)) = node.field("b") else {
            panic!("{node:?}");
        };
        assert_eq!(some, "Some");
        assert_eq!(
            items[0].1.field("d"),
            Some(&Node::Str("x\"\u{a0}\n".into()))
        );
        assert_eq!(node.field("f"), Some(&Node::Atom("0..9".into())));
    }

    #[test]
    fn summarizes_messages_selects_and_attributes() {
        let ftl = parse(
            "a = { $n ->\n    [0] none\n    [one] { $n } x\n   *[other] { $n } { $m } y\n}\n\
             b = { NUMBER($k, useGrouping: \"false\") ->\n    [few] z\n   *[other] { -brand }\n}\n\
             c = C\n    .title = T { $t }\n\
             -brand = Posta\n",
        )
        .unwrap();
        let a = &ftl.messages["a"];
        assert_eq!(a.variables, ["m", "n"].map(String::from).into());
        assert_eq!(
            a.selects,
            vec![SelectInfo {
                variable: Some("n".into()),
                keys: vec!["one".into(), "other".into()],
                number_keys: vec!["0".into()],
                default: Some("other".into()),
            }]
        );
        assert!(a.selects[0].is_plural());
        assert_eq!(ftl.messages["b"].selects[0].variable.as_deref(), Some("k"));
        assert!(ftl.messages["c.title"].variables.contains("t"));
        assert!(ftl.messages.contains_key("-brand"));
        assert!(ftl.references.contains("-brand"));
    }

    #[test]
    fn gender_selects_are_not_plural() {
        let ftl = parse("a = { $g ->\n    [male] M\n   *[other] O\n}\n").unwrap();
        assert!(!ftl.messages["a"].selects[0].is_plural());
    }

    #[test]
    fn parse_errors_and_duplicates_are_reported() {
        assert!(parse("a = { $x\nb = fine\n").is_err());
        let ftl = parse("a = 1\na = 2\n").unwrap();
        assert_eq!(ftl.duplicates, vec!["a".to_string()]);
    }
}
