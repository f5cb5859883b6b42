//! Reshaping the parsed HTML before layout: layout tables become plain
//! blocks, Outlook's reply header and what follows become a quote, and
//! nesting beyond a bound is cut (hostile mail nests thousands deep).

use std::collections::VecDeque;

use html2text::{Element, Handle, RcDom};

/// Elements nested deeper than this lose their content.
pub const MAX_DEPTH: usize = 128;

/// The element's local name (`"table"`), if it is an element.
fn name(node: &Handle) -> Option<&str> {
    match &node.data {
        Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

/// An attribute's value.
fn attribute(node: &Handle, wanted: &str) -> Option<String> {
    match &node.data {
        Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| AsRef::<str>::as_ref(&a.name.local).eq_ignore_ascii_case(wanted))
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

/// Fresh empty elements, taken from a small parsed document (html2text
/// parses; its node type cannot be built directly).
struct Factory {
    divs: Vec<Handle>,
}

impl Factory {
    fn new() -> Factory {
        Factory { divs: Vec::new() }
    }

    /// An empty element named `tag` (`div` or `blockquote`).
    fn element(&mut self, tag: &str) -> Option<Handle> {
        if tag == "div" {
            if self.divs.is_empty() {
                self.divs = parse_empty("div", 64);
            }
            return self.divs.pop();
        }
        parse_empty(tag, 1).pop()
    }
}

/// `count` empty `tag` elements, detached.
fn parse_empty(tag: &str, count: usize) -> Vec<Handle> {
    let markup = format!("<{tag}></{tag}>").repeat(count);
    let Ok(dom) = html2text::config::plain().parse_html(markup.as_bytes()) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut queue = VecDeque::from([dom.document.clone()]);
    while let Some(node) = queue.pop_front() {
        if name(&node) == Some(tag) {
            found.push(node.clone());
        }
        queue.extend(node.children.borrow().iter().cloned());
    }
    for node in &found {
        node.parent.set(None);
    }
    // Detach them from their parse tree, so they can be used elsewhere.
    let mut queue = VecDeque::from([dom.document.clone()]);
    while let Some(node) = queue.pop_front() {
        let children = std::mem::take(&mut *node.children.borrow_mut());
        queue.extend(children.into_iter().filter(|c| name(c) != Some(tag)));
    }
    found
}

/// Applies every reshaping to a parsed message body.
pub fn reshape(dom: &RcDom) {
    cut_depth(&dom.document);
    let mut factory = Factory::new();
    quote_outlook_reply(&dom.document, &mut factory);
    flatten_layout_tables(&dom.document, &mut factory);
}

/// Empties every element deeper than [`MAX_DEPTH`] (iteratively: no
/// recursion that deep markup could overflow).
fn cut_depth(root: &Handle) {
    let mut stack = vec![(root.clone(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth >= MAX_DEPTH {
            node.children.borrow_mut().clear();
            continue;
        }
        for child in node.children.borrow().iter() {
            stack.push((child.clone(), depth + 1));
        }
    }
}

/// All elements, parents before children.
fn elements(root: &Handle) -> Vec<Handle> {
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        if name(&node).is_some() {
            out.push(node.clone());
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out
}

/// Whether `node` starts a reply header as Outlook writes it:
/// `<div id="divRplyFwdMsg">` (Outlook on the web, new Outlook) or the
/// desktop one's `border-top:solid #E1E1E1` box around "From: … Sent: …".
fn is_outlook_header(node: &Handle) -> bool {
    if name(node) != Some("div") {
        return false;
    }
    if attribute(node, "id").is_some_and(|id| id.eq_ignore_ascii_case("divRplyFwdMsg")) {
        return true;
    }
    attribute(node, "style").is_some_and(|style| {
        let style = style.to_ascii_lowercase().replace(' ', "");
        style.contains("border-top:solid#e1e1e1") || style.contains("border-top:solid#b5c4df")
    })
}

/// Outlook does not put the message it answers in a `<blockquote>`: its
/// header and everything after it (and the `<hr>` just before) become one.
fn quote_outlook_reply(root: &Handle, factory: &mut Factory) {
    let Some(header) = elements(root).into_iter().find(is_outlook_header) else {
        return;
    };
    let Some(parent) = header.parent.take().and_then(|p| p.upgrade()) else {
        return;
    };
    header.parent.set(Some(std::rc::Rc::downgrade(&parent)));
    let Some(quote) = factory.element("blockquote") else {
        return;
    };
    let mut children = parent.children.borrow_mut();
    let Some(mut start) = children
        .iter()
        .position(|c| std::rc::Rc::ptr_eq(c, &header))
    else {
        return;
    };
    // The rule Outlook draws above the header belongs to the quote.
    if let Some(previous) = children[..start].iter().rposition(|c| name(c).is_some()) {
        if name(&children[previous]) == Some("hr") {
            start = previous;
        }
    }
    let moved: Vec<Handle> = children.drain(start..).collect();
    for child in &moved {
        child.parent.set(Some(std::rc::Rc::downgrade(&quote)));
    }
    quote.children.borrow_mut().extend(moved);
    quote.parent.set(Some(std::rc::Rc::downgrade(&parent)));
    children.push(quote);
}

/// The rows of a table (through `thead`/`tbody`/`tfoot`), each a list of
/// its cells.
fn rows(table: &Handle) -> Vec<Vec<Handle>> {
    let mut rows = Vec::new();
    for child in table.children.borrow().iter() {
        match name(child) {
            Some("tr") => rows.push(cells(child)),
            Some("thead" | "tbody" | "tfoot") => {
                for row in child.children.borrow().iter() {
                    if name(row) == Some("tr") {
                        rows.push(cells(row));
                    }
                }
            }
            _ => {}
        }
    }
    rows
}

fn cells(row: &Handle) -> Vec<Handle> {
    row.children
        .borrow()
        .iter()
        .filter(|c| matches!(name(c), Some("td" | "th")))
        .cloned()
        .collect()
}

/// Whether a table arranges a page rather than holding data: marked as
/// such, one column only, or holding another table.
fn is_layout_table(table: &Handle, rows: &[Vec<Handle>]) -> bool {
    if attribute(table, "role").is_some_and(|r| r.eq_ignore_ascii_case("presentation")) {
        return true;
    }
    if rows.iter().all(|row| row.len() <= 1) {
        return true;
    }
    let mut stack: Vec<Handle> = rows.iter().flatten().cloned().collect();
    while let Some(node) = stack.pop() {
        if name(&node) == Some("table") {
            return true;
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    false
}

/// Replaces each layout table by its cells, each cell a `<div>` of its
/// own (so neighbouring cells never run together).
fn flatten_layout_tables(root: &Handle, factory: &mut Factory) {
    for table in elements(root) {
        if name(&table) != Some("table") {
            continue;
        }
        let rows = rows(&table);
        if !is_layout_table(&table, &rows) {
            continue;
        }
        let mut blocks = Vec::new();
        for cell in rows.into_iter().flatten() {
            let Some(div) = factory.element("div") else {
                return;
            };
            let content = std::mem::take(&mut *cell.children.borrow_mut());
            for child in &content {
                child.parent.set(Some(std::rc::Rc::downgrade(&div)));
            }
            div.children.borrow_mut().extend(content);
            blocks.push(div);
        }
        let Some(parent) = table.parent.take().and_then(|p| p.upgrade()) else {
            continue;
        };
        for block in &blocks {
            block.parent.set(Some(std::rc::Rc::downgrade(&parent)));
        }
        let mut siblings = parent.children.borrow_mut();
        if let Some(at) = siblings.iter().position(|c| std::rc::Rc::ptr_eq(c, &table)) {
            siblings.splice(at..=at, blocks);
        }
    }
}
