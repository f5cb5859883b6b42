//! Everyone the store knows, for completing recipients: the senders of
//! mail received and the recipients of mail sent, ranked by how often and
//! how recently the user wrote to them (sent mail counts most), then by
//! what they sent.
//!
//! A query over the messages' `sender` and `recipients` address lines
//! (nothing kept beside them, so nothing to keep up to date): one pass,
//! measured at 100,000 messages by `benches/contacts.rs`. The compose
//! window reads the list once and filters it while the user types.

use std::collections::HashMap;

use super::error::Result;
use super::folders::role_name;
use super::search_text::fold_key;
use super::{Config, Store};
use crate::imap::SpecialUse;
use crate::message::Address;

/// What one written message weighs against one received.
const SENT_WEIGHT: f64 = 4.0;
/// After this many days a message counts half.
const HALF_LIFE_DAYS: f64 = 90.0;
/// What a message with no date counts (as if very old).
const UNDATED: f64 = 0.05;

/// One person.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// The name last seen with the address (may be empty).
    pub name: String,
    /// The address, as last seen.
    pub email: String,
    /// Messages the user sent them.
    pub sent: u32,
    /// Messages received from them.
    pub received: u32,
    /// The newest of those, Unix seconds.
    pub last: Option<i64>,
    /// The rank: each message weighed ([`SENT_WEIGHT`] for sent mail) and
    /// halved every [`HALF_LIFE_DAYS`] of age, summed.
    pub score: f64,
}

impl Contact {
    /// Messages either way.
    pub fn count(&self) -> u32 {
        self.sent + self.received
    }

    /// As a recipient field holds it: `Name <address>`, or the address.
    pub fn address(&self) -> Address {
        Address {
            name: Some(self.name.clone()).filter(|n| !n.trim().is_empty()),
            email: self.email.clone(),
        }
    }
}

/// The contacts, best first, with the words a query is matched against.
#[derive(Debug, Clone, Default)]
pub struct Contacts {
    list: Vec<Contact>,
    /// Per contact: the folded words of its name and address, and the
    /// folded address whole.
    words: Vec<(Vec<String>, String)>,
}

impl Contacts {
    /// Everyone, best first.
    pub fn list(&self) -> &[Contact] {
        &self.list
    }

    /// Those matching `query`, best first, at most `limit`: every word of
    /// the query (case and diacritics ignored) begins a word of the name or
    /// of the address, or the query begins the address. Nothing for a
    /// query with no letters.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Contact> {
        let folded = fold_key(query.trim());
        let terms: Vec<&str> = split_words(&folded).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        self.list
            .iter()
            .zip(&self.words)
            .filter(|(_, (words, email))| {
                email.starts_with(folded.as_str())
                    || terms
                        .iter()
                        .all(|term| words.iter().any(|word| word.starts_with(term)))
            })
            .map(|(contact, _)| contact)
            .take(limit)
            .collect()
    }
}

/// The words of folded text: runs of letters and digits.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// The addresses in a stored address line (`Name <address>, address, …`,
/// as [`Address`]'s `Display` writes them). A comma inside a name
/// ("Zieliński, Piotr <piotr@…>") stays in the name.
pub fn parse_address_line(line: &str) -> Vec<Address> {
    addresses(line)
        .map(|(name, email)| Address {
            name: name.map(str::to_owned),
            email: email.to_owned(),
        })
        .collect()
}

/// [`parse_address_line`] without copying: (name, address) pairs.
fn addresses(line: &str) -> impl Iterator<Item = (Option<&str>, &str)> {
    let mut rest = line;
    std::iter::from_fn(move || loop {
        rest = rest.trim_start_matches([',', ' ']);
        if rest.is_empty() {
            return None;
        }
        let comma = rest.find(',').unwrap_or(rest.len());
        match rest.find('<') {
            // `Name <address>`: the name may hold commas.
            Some(open) if open < comma || !rest[..comma].contains('@') => {
                let close = open + rest[open..].find('>')?;
                let email = rest[open + 1..close].trim();
                let name = rest[..open].trim().trim_matches('"').trim();
                rest = &rest[close + 1..];
                if email.contains('@') {
                    return Some((Some(name).filter(|n| !n.is_empty()), email));
                }
            }
            _ => {
                let email = rest[..comma].trim();
                rest = &rest[comma..];
                if email.contains('@') {
                    return Some((None, email));
                }
            }
        }
    })
}

/// The user's own addresses: every account's and identity's (what
/// [`Store::contacts`] leaves out).
pub fn own_addresses(config: &Config) -> Vec<String> {
    config
        .accounts
        .iter()
        .map(|account| account.email.clone())
        .chain(
            config
                .identities
                .iter()
                .map(|identity| identity.email.clone()),
        )
        .filter(|email| !email.is_empty())
        .collect()
}

/// What is summed per address.
struct Tally {
    name: String,
    named_at: i64,
    email: String,
    sent: u32,
    received: u32,
    last: Option<i64>,
    score: f64,
}

impl Store {
    /// Everyone in the store ([`Contacts`]), ranked as of now; `own` are
    /// the user's addresses (accounts and identities): never offered, and
    /// mail from them counts as sent wherever it is filed.
    pub fn contacts(&self, own: &[String]) -> Result<Contacts> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_secs() as i64);
        self.contacts_at(own, now)
    }

    /// [`Store::contacts`] ranked as of `now` (Unix seconds).
    pub fn contacts_at(&self, own: &[String], now: i64) -> Result<Contacts> {
        let is_own = |email: &str| own.iter().any(|o| o.eq_ignore_ascii_case(email));
        // Drafts were never sent and Junk is strangers; Sent by its role,
        // else by the usual name (as `special_folder` finds it).
        let mut stmt = self.conn.prepare(
            "SELECT m.sender, m.recipients, m.date,
                    f.role = ?1 OR (f.role IS NULL AND f.name = 'Sent' COLLATE NOCASE)
             FROM messages m JOIN folders f ON f.id = m.folder_id
             WHERE f.role IS NULL OR f.role NOT IN (?2, ?3)",
        )?;
        let mut rows = stmt.query([
            role_name(SpecialUse::Sent),
            role_name(SpecialUse::Drafts),
            role_name(SpecialUse::Junk),
        ])?;
        let mut tallies: HashMap<String, Tally> = HashMap::new();
        let mut key = String::new();
        while let Some(row) = rows.next()? {
            // Read in place: no copy of a line unless a person is new.
            let sender = row.get_ref(0)?.as_str().unwrap_or_default();
            let date: Option<i64> = row.get(2)?;
            let in_sent: bool = row.get::<_, Option<bool>>(3)?.unwrap_or(false);
            let sent = in_sent || addresses(sender).any(|(_, email)| is_own(email));
            let weight = if sent { SENT_WEIGHT } else { 1.0 };
            let weight = weight
                * match date {
                    Some(date) => {
                        let days = (now - date).max(0) as f64 / 86_400.0;
                        0.5f64.powf(days / HALF_LIFE_DAYS)
                    }
                    None => UNDATED,
                };
            let line = if sent {
                row.get_ref(1)?.as_str().unwrap_or_default()
            } else {
                sender
            };
            let when = date.unwrap_or(i64::MIN + 1);
            for (name, email) in addresses(line) {
                if is_own(email) {
                    continue;
                }
                key.clear();
                key.extend(email.chars().flat_map(char::to_lowercase));
                if !tallies.contains_key(&key) {
                    tallies.insert(
                        key.clone(),
                        Tally {
                            name: String::new(),
                            named_at: i64::MIN,
                            email: email.to_owned(),
                            sent: 0,
                            received: 0,
                            last: None,
                            score: 0.0,
                        },
                    );
                }
                let Some(tally) = tallies.get_mut(&key) else {
                    continue;
                };
                if let Some(name) = name.filter(|_| when >= tally.named_at) {
                    if tally.name != name {
                        name.clone_into(&mut tally.name);
                    }
                    if tally.email != email {
                        email.clone_into(&mut tally.email);
                    }
                    tally.named_at = when;
                }
                if sent {
                    tally.sent += 1;
                } else {
                    tally.received += 1;
                }
                tally.last = tally.last.max(date);
                tally.score += weight;
            }
        }
        let mut list: Vec<Contact> = tallies
            .into_values()
            .map(|t| Contact {
                name: t.name,
                email: t.email,
                sent: t.sent,
                received: t.received,
                last: t.last,
                score: t.score,
            })
            .collect();
        list.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.last.cmp(&a.last))
                .then_with(|| a.email.cmp(&b.email))
        });
        let words = list
            .iter()
            .map(|contact| {
                let name = fold_key(&contact.name);
                let email = fold_key(&contact.email);
                let words = split_words(&name)
                    .chain(split_words(&email))
                    .map(str::to_owned)
                    .collect();
                (words, email)
            })
            .collect();
        Ok(Contacts { list, words })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(name: Option<&str>, email: &str) -> Address {
        Address {
            name: name.map(str::to_owned),
            email: email.to_owned(),
        }
    }

    #[test]
    fn address_lines_parse_with_commas_in_names() {
        assert_eq!(
            parse_address_line("Zieliński, Piotr <piotr@example.pl>, jan@example.pl, Иван Петров <ivan@example.bg>"),
            vec![
                address(Some("Zieliński, Piotr"), "piotr@example.pl"),
                address(None, "jan@example.pl"),
                address(Some("Иван Петров"), "ivan@example.bg"),
            ]
        );
        assert_eq!(parse_address_line(""), Vec::<Address>::new());
        assert_eq!(
            parse_address_line("undisclosed-recipients:;"),
            Vec::<Address>::new()
        );
        assert_eq!(
            parse_address_line("Broken <no-close"),
            Vec::<Address>::new()
        );
    }
}
