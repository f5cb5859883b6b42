//! What a rule is: conditions on a message ("any of" or "all of") and the
//! actions taken when they match; and the vacation reply. The same values
//! become a Sieve script on the server or run in Posta as mail arrives.

use serde::{Deserialize, Serialize};

/// One rule, in the order the user put it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// What the user calls it.
    pub name: String,
    /// Switched off rules are kept but do nothing.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// True: every condition must match ("all of"); false: any one.
    #[serde(default)]
    pub all: bool,
    /// No condition at all matches every message.
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// What happens, in order.
    pub actions: Vec<Action>,
}

fn yes() -> bool {
    true
}

/// A test on one message. Text comparisons ignore case and look for the
/// text anywhere in the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "kebab-case")]
pub enum Condition {
    /// The sender's address or name contains the text.
    From { contains: String },
    /// An address in To or Cc contains the text.
    ToCc { contains: String },
    /// The subject contains the text.
    Subject { contains: String },
    /// A header field (by name) contains the text.
    Header { name: String, contains: String },
    /// The message is larger than this many bytes.
    LargerThan { bytes: u64 },
}

/// What a matching rule does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Action {
    /// Files the message into the folder (made when missing), out of the
    /// Inbox. The folder is named as Posta shows it (the server's name).
    MoveTo { folder: String },
    /// Files a copy into the folder; the message stays where it is.
    CopyTo { folder: String },
    /// Adds a tag (an IMAP keyword).
    Tag { keyword: String },
    /// Marks the message read.
    MarkRead,
    /// Stars (flags) the message.
    Star,
    /// Sends the message on to an address; a copy is kept.
    ForwardTo { address: String },
    /// Deletes the message.
    Delete,
    /// No later rule looks at the message.
    Stop,
}

/// The automatic reply while away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vacation {
    /// On or off; the text is kept while off.
    pub enabled: bool,
    /// The reply's subject.
    pub subject: String,
    /// The reply's text.
    pub body: String,
    /// First day (`YYYY-MM-DD`) it is sent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Last day (`YYYY-MM-DD`) it is sent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// One reply per sender within this many days.
    #[serde(default = "seven")]
    pub days: u32,
}

fn seven() -> u32 {
    7
}

/// Something a rule or reply holds that cannot be written safely.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// A rule with no action.
    #[error("the rule has no action")]
    NoAction,
    /// A header name with a space, colon or control character.
    #[error("{0:?} is not a header name")]
    HeaderName(String),
    /// A tag with characters an IMAP keyword cannot have.
    #[error("{0:?} cannot be a tag")]
    Keyword(String),
    /// An empty folder name, or one with a line break.
    #[error("{0:?} is not a folder name")]
    Folder(String),
    /// Not one e-mail address.
    #[error("{0:?} is not an e-mail address")]
    Address(String),
    /// Not a date written `YYYY-MM-DD`.
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    Date(String),
    /// Empty text to look for, or one with a line break.
    #[error("{0:?} is not text to look for")]
    Text(String),
}

impl Rule {
    /// Checks every name and text before anything is written.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.actions.is_empty() {
            return Err(Invalid::NoAction);
        }
        for condition in &self.conditions {
            match condition {
                Condition::From { contains }
                | Condition::ToCc { contains }
                | Condition::Subject { contains } => text(contains)?,
                Condition::Header { name, contains } => {
                    if !is_header_name(name) {
                        return Err(Invalid::HeaderName(name.clone()));
                    }
                    text(contains)?;
                }
                Condition::LargerThan { .. } => {}
            }
        }
        for action in &self.actions {
            match action {
                Action::MoveTo { folder } | Action::CopyTo { folder } => {
                    if folder.trim().is_empty() || folder.chars().any(char::is_control) {
                        return Err(Invalid::Folder(folder.clone()));
                    }
                }
                Action::Tag { keyword } => {
                    if !is_keyword(keyword) {
                        return Err(Invalid::Keyword(keyword.clone()));
                    }
                }
                Action::ForwardTo { address } => {
                    if !is_address(address) {
                        return Err(Invalid::Address(address.clone()));
                    }
                }
                Action::MarkRead | Action::Star | Action::Delete | Action::Stop => {}
            }
        }
        Ok(())
    }

    /// The folders the rule files into.
    pub fn folders(&self) -> impl Iterator<Item = &str> {
        self.actions.iter().filter_map(|a| match a {
            Action::MoveTo { folder } | Action::CopyTo { folder } => Some(folder.as_str()),
            _ => None,
        })
    }
}

impl Vacation {
    /// Checks the dates.
    pub fn validate(&self) -> Result<(), Invalid> {
        for day in [&self.since, &self.until].into_iter().flatten() {
            if !is_date(day) {
                return Err(Invalid::Date(day.clone()));
            }
        }
        Ok(())
    }
}

fn text(value: &str) -> Result<(), Invalid> {
    if value.is_empty() || value.contains(['\r', '\n', '\0']) {
        return Err(Invalid::Text(value.to_owned()));
    }
    Ok(())
}

/// RFC 5322 field name: printable ASCII except the colon.
pub fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| (33..=126).contains(&b) && b != b':')
}

/// An IMAP keyword (RFC 3501 `atom`), not a system flag.
pub fn is_keyword(keyword: &str) -> bool {
    !keyword.is_empty()
        && keyword
            .bytes()
            .all(|b| (33..=126).contains(&b) && !b"(){%*\"\\]".contains(&b))
}

/// One plain address, `local@domain`, nothing around it.
pub fn is_address(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"\\".contains(c))
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(day: &str) -> bool {
    let parts: Vec<&str> = day.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(y, 4), number(m, 2), number(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_tags_addresses_and_dates_are_checked() {
        assert!(is_header_name("List-Id"));
        assert!(!is_header_name("List Id"));
        assert!(!is_header_name("X:Y"));
        assert!(is_keyword("$faktura"));
        assert!(!is_keyword("\\Seen"));
        assert!(!is_keyword("two words"));
        assert!(is_address("jan.kowalski@firma.pl"));
        assert!(!is_address("Jan <jan@firma.pl>"));
        assert!(!is_address("jan@localhost"));
        assert!(is_date("2027-01-04"));
        assert!(!is_date("4.1.2027"));
        assert!(!is_date("2027-13-01"));
    }

    #[test]
    fn a_rule_needs_an_action_and_clean_values() {
        let mut rule = Rule {
            name: "Faktury".into(),
            enabled: true,
            all: false,
            conditions: vec![Condition::Subject {
                contains: "faktura".into(),
            }],
            actions: vec![],
        };
        assert_eq!(rule.validate(), Err(Invalid::NoAction));
        rule.actions.push(Action::MoveTo {
            folder: "Faktury\r\nX".into(),
        });
        assert!(matches!(rule.validate(), Err(Invalid::Folder(_))));
        rule.actions[0] = Action::MoveTo {
            folder: "Faktúry/2026".into(),
        };
        assert_eq!(rule.validate(), Ok(()));
    }
}
