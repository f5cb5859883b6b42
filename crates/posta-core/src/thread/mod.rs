//! Conversations: messages grouped by Jamie Zawinski's threading algorithm
//! (<https://www.jwz.org/doc/threading.html>) over `References` and
//! `In-Reply-To`. The subject is used only for replies that carry neither
//! header (their program dropped them): such a "Re: …" joins the
//! conversation with the same subject; a message with headers never moves
//! by subject, so unrelated "Invoice" mails stay apart.
//!
//! The input may hold messages of several folders (the folder shown and
//! Sent, where the user's replies are); a conversation is kept when one of
//! its messages is `here`. Linear in the number of messages: 100,000 take
//! a few tens of milliseconds (see `benches/ui_open.rs`).

mod subject;

use std::collections::HashMap;

use foldhash::fast::RandomState;

pub use subject::{base_subject, is_reply};

/// One message as threading sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    /// Store row id.
    pub id: i64,
    /// `Message-ID` (without angle brackets).
    pub message_id: Option<String>,
    /// The first `In-Reply-To` id.
    pub in_reply_to: Option<String>,
    /// `References`, oldest first.
    pub references: Vec<String>,
    /// The subject, decoded.
    pub subject: String,
    /// The date (Unix seconds).
    pub date: Option<i64>,
    /// Not read yet.
    pub unread: bool,
    /// In the folder shown (not only in Sent).
    pub here: bool,
}

/// A conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    /// Its messages' row ids, oldest first.
    pub ids: Vec<i64>,
    /// The newest message in the folder shown: the row the list shows.
    pub latest: i64,
    /// The date of that message.
    pub date: Option<i64>,
    /// Unread messages in it.
    pub unread: usize,
}

impl Thread {
    /// How many messages it holds.
    pub fn count(&self) -> usize {
        self.ids.len()
    }
}

/// A node of the id table: a message, or a placeholder for an id that is
/// only referred to.
#[derive(Debug, Clone, Default)]
struct Container {
    item: Option<usize>,
    parent: Option<usize>,
}

/// Groups `items` into conversations, newest (by the latest message `here`)
/// first; conversations with no message `here` are left out.
pub fn threads(items: &[Item]) -> Vec<Thread> {
    let mut containers: Vec<Container> = Vec::with_capacity(items.len() + items.len() / 4);
    let mut by_id: HashMap<&str, usize, RandomState> =
        HashMap::with_capacity_and_hasher(items.len(), RandomState::default());
    let mut own: Vec<usize> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        own.push(place(&mut containers, &mut by_id, index, item));
    }
    for (index, item) in items.iter().enumerate() {
        link(&mut containers, &mut by_id, own[index], item);
    }
    let mut root_of: Vec<usize> = (0..containers.len())
        .map(|c| root(&containers, c))
        .collect();
    join_lost_replies(items, &own, &mut root_of);
    collect(items, &own, &root_of)
}

/// The container for `item`: the placeholder made for its id if one
/// exists, else a new one (a second message with the same id gets its own,
/// as JWZ says).
fn place<'a>(
    containers: &mut Vec<Container>,
    by_id: &mut HashMap<&'a str, usize, RandomState>,
    index: usize,
    item: &'a Item,
) -> usize {
    if let Some(id) = item.message_id.as_deref().filter(|id| !id.is_empty()) {
        if let Some(&existing) = by_id.get(id) {
            if containers[existing].item.is_none() {
                containers[existing].item = Some(index);
                return existing;
            }
        } else {
            containers.push(Container {
                item: Some(index),
                parent: None,
            });
            by_id.insert(id, containers.len() - 1);
            return containers.len() - 1;
        }
    }
    containers.push(Container {
        item: Some(index),
        parent: None,
    });
    containers.len() - 1
}

/// The container of an id that is only referred to (a placeholder made
/// when missing).
fn referred<'a>(
    containers: &mut Vec<Container>,
    by_id: &mut HashMap<&'a str, usize, RandomState>,
    id: &'a str,
) -> usize {
    *by_id.entry(id).or_insert_with(|| {
        containers.push(Container::default());
        containers.len() - 1
    })
}

/// Whether `ancestor` is `node` or above it.
fn reaches(containers: &[Container], node: usize, ancestor: usize) -> bool {
    let mut at = Some(node);
    let mut steps = 0;
    while let Some(now) = at {
        if now == ancestor {
            return true;
        }
        at = containers[now].parent;
        steps += 1;
        if steps > containers.len() {
            return true;
        }
    }
    false
}

/// JWZ step 1B–1C: chains the references, then hangs the message under
/// its parent (the last reference, or `In-Reply-To`).
fn link<'a>(
    containers: &mut Vec<Container>,
    by_id: &mut HashMap<&'a str, usize, RandomState>,
    own: usize,
    item: &'a Item,
) {
    let mut chain: Vec<&str> = item
        .references
        .iter()
        .map(String::as_str)
        .filter(|id| !id.is_empty())
        .collect();
    if let Some(parent) = item.in_reply_to.as_deref().filter(|id| !id.is_empty()) {
        if chain.last() != Some(&parent) {
            chain.push(parent);
        }
    }
    let mut previous: Option<usize> = None;
    for id in &chain {
        let node = referred(containers, by_id, id);
        if let Some(above) = previous {
            // Earlier messages' own links win: only an orphan is adopted,
            // and never into a loop.
            if node != above
                && containers[node].parent.is_none()
                && !reaches(containers, above, node)
            {
                containers[node].parent = Some(above);
            }
        }
        previous = Some(node);
    }
    if let Some(parent) = previous {
        if parent != own && !reaches(containers, parent, own) {
            containers[own].parent = Some(parent);
        }
    }
}

fn root(containers: &[Container], node: usize) -> usize {
    let mut at = node;
    let mut steps = 0;
    while let Some(parent) = containers[at].parent {
        at = parent;
        steps += 1;
        if steps > containers.len() {
            break;
        }
    }
    at
}

/// A reply whose threading headers were lost (a "Re: …" with neither
/// `References` nor `In-Reply-To`, alone in its conversation) joins the
/// conversation with the same subject, preferring one that starts with a
/// message that is not itself a reply.
fn join_lost_replies(items: &[Item], own: &[usize], root_of: &mut [usize]) {
    // Most mail keeps its headers: then no subject is even looked at.
    if !items.iter().any(is_lost_reply) {
        return;
    }
    let mut size: HashMap<usize, usize> = HashMap::new();
    for &container in own {
        *size.entry(root_of[container]).or_default() += 1;
    }
    let mut by_subject: HashMap<String, (usize, bool)> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let lost = is_lost_reply(item);
        if lost && size.get(&root_of[own[index]]) == Some(&1) {
            continue;
        }
        let key = base_subject(&item.subject);
        if key.is_empty() {
            continue;
        }
        let original = !is_reply(&item.subject);
        let candidate = (root_of[own[index]], original);
        by_subject
            .entry(key)
            .and_modify(|best| {
                if original && !best.1 {
                    *best = candidate;
                }
            })
            .or_insert(candidate);
    }
    for (index, item) in items.iter().enumerate() {
        let container = own[index];
        if !is_lost_reply(item) || size.get(&root_of[container]) != Some(&1) {
            continue;
        }
        if let Some(&(target, _)) = by_subject.get(&base_subject(&item.subject)) {
            root_of[container] = target;
        }
    }
}

fn is_lost_reply(item: &Item) -> bool {
    item.references.is_empty() && item.in_reply_to.is_none() && is_reply(&item.subject)
}

/// Gathers the messages of each root into conversations.
fn collect(items: &[Item], own: &[usize], root_of: &[usize]) -> Vec<Thread> {
    let mut groups: HashMap<usize, Vec<usize>, RandomState> = HashMap::default();
    for (index, &container) in own.iter().enumerate() {
        groups.entry(root_of[container]).or_default().push(index);
    }
    let mut threads: Vec<Thread> = groups
        .into_values()
        .filter_map(|mut members| {
            let latest = members
                .iter()
                .copied()
                .filter(|&m| items[m].here)
                .max_by_key(|&m| (items[m].date, items[m].id))?;
            members.sort_by_key(|&m| (items[m].date, items[m].id));
            Some(Thread {
                ids: members.iter().map(|&m| items[m].id).collect(),
                latest: items[latest].id,
                date: items[latest].date,
                unread: members.iter().filter(|&&m| items[m].unread).count(),
            })
        })
        .collect();
    threads.sort_by(|a, b| b.date.cmp(&a.date).then(b.latest.cmp(&a.latest)));
    threads
}

#[cfg(test)]
mod tests;
