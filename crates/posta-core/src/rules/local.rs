//! The same rules applied by Posta itself, as mail arrives, where the
//! server cannot run them (POP3, IMAP without ManageSieve): the Sieve
//! script's meaning, worked out on the message's header and size.

use mail_parser::{Address, HeaderValue, MessageParser};

use super::model::{Action, Condition, Rule};

/// What the rules decided for one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Folders it is filed into (the first is where it moves; with none it
    /// stays where it arrived).
    pub move_to: Vec<String>,
    /// Folders that get a copy.
    pub copy_to: Vec<String>,
    /// Mark it read.
    pub mark_read: bool,
    /// Star it.
    pub star: bool,
    /// Tags (keywords) to add.
    pub tags: Vec<String>,
    /// Addresses it is sent on to.
    pub forward_to: Vec<String>,
    /// Delete it (unless a rule also files it).
    pub delete: bool,
}

impl Outcome {
    /// True when no rule matched or none did anything.
    pub fn is_empty(&self) -> bool {
        *self == Outcome::default()
    }
}

/// The parts of a message the conditions look at.
struct Seen {
    from: Vec<String>,
    to_cc: Vec<String>,
    subject: String,
    headers: Vec<(String, String)>,
    size: u64,
}

fn lower(text: &str) -> String {
    text.to_lowercase()
}

fn addresses(address: Option<&Address<'_>>) -> Vec<String> {
    let Some(address) = address else {
        return Vec::new();
    };
    address
        .iter()
        .map(|a| {
            lower(&format!(
                "{} <{}>",
                a.name().unwrap_or_default(),
                a.address().unwrap_or_default()
            ))
        })
        .collect()
}

fn seen(raw: &[u8], size: u64) -> Seen {
    let parsed = MessageParser::default().parse_headers(raw);
    let Some(message) = parsed else {
        return Seen {
            from: Vec::new(),
            to_cc: Vec::new(),
            subject: String::new(),
            headers: Vec::new(),
            size,
        };
    };
    let mut to_cc = addresses(message.to());
    to_cc.extend(addresses(message.cc()));
    let headers = message
        .headers()
        .iter()
        .map(|h| {
            let value = match &h.value {
                HeaderValue::Text(t) => t.to_string(),
                HeaderValue::TextList(list) => list.join(", "),
                _ => message
                    .header_raw(h.name.as_str())
                    .unwrap_or_default()
                    .trim()
                    .to_owned(),
            };
            (h.name.as_str().to_ascii_lowercase(), lower(&value))
        })
        .collect();
    Seen {
        from: addresses(message.from()),
        to_cc,
        subject: lower(message.subject().unwrap_or_default()),
        headers,
        size,
    }
}

fn matches(condition: &Condition, seen: &Seen) -> bool {
    let any = |values: &[String], text: &str| {
        let text = lower(text);
        values.iter().any(|v| v.contains(&text))
    };
    match condition {
        Condition::From { contains } => any(&seen.from, contains),
        Condition::ToCc { contains } => any(&seen.to_cc, contains),
        Condition::Subject { contains } => seen.subject.contains(&lower(contains)),
        Condition::Header { name, contains } => {
            let name = name.to_ascii_lowercase();
            let text = lower(contains);
            seen.headers
                .iter()
                .any(|(n, v)| *n == name && v.contains(&text))
        }
        Condition::LargerThan { bytes } => seen.size > *bytes,
    }
}

/// Runs `rules` in order on a message (`raw` needs only its header; `size`
/// is the whole message's), as the server's script would.
pub fn apply(rules: &[Rule], raw: &[u8], size: u64) -> Outcome {
    let seen = seen(raw, size);
    let mut out = Outcome::default();
    for rule in rules.iter().filter(|r| r.enabled) {
        let hit = if rule.conditions.is_empty() {
            true
        } else if rule.all {
            rule.conditions.iter().all(|c| matches(c, &seen))
        } else {
            rule.conditions.iter().any(|c| matches(c, &seen))
        };
        if !hit {
            continue;
        }
        let mut stop = false;
        for action in &rule.actions {
            match action {
                Action::MoveTo { folder } => push_new(&mut out.move_to, folder),
                Action::CopyTo { folder } => push_new(&mut out.copy_to, folder),
                Action::Tag { keyword } => push_new(&mut out.tags, keyword),
                Action::MarkRead => out.mark_read = true,
                Action::Star => out.star = true,
                Action::ForwardTo { address } => push_new(&mut out.forward_to, address),
                Action::Delete => out.delete = true,
                Action::Stop => stop = true,
            }
        }
        if stop {
            break;
        }
    }
    if !out.move_to.is_empty() || !out.copy_to.is_empty() {
        // Filing wins over deleting, as `fileinto` survives `discard`'s
        // cancelled keep in Sieve.
        out.delete = false;
    }
    out
}

fn push_new(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v == value) {
        list.push(value.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWSLETTER: &[u8] = "From: =?utf-8?q?Sklep_=C5=BBabka?= <Newsletter@Sklep.pl>\r\n\
        To: Alicja <alice@example.org>\r\nCc: zespol@firma.pl\r\n\
        Subject: =?utf-8?q?Promocje_tygodnia_=E2=80=93_FAKT=C3=9ARA?=\r\n\
        List-Id: <promocje.sklep.pl>\r\n\r\nbody\r\n"
        .as_bytes();

    fn rule(all: bool, conditions: Vec<Condition>, actions: Vec<Action>) -> Rule {
        Rule {
            name: "r".into(),
            enabled: true,
            all,
            conditions,
            actions,
        }
    }

    #[test]
    fn each_condition_matches_without_case_and_with_decoded_words() {
        let cases = [
            Condition::From {
                contains: "newsletter@sklep.pl".into(),
            },
            Condition::From {
                contains: "żabka".into(),
            },
            Condition::ToCc {
                contains: "ZESPOL@".into(),
            },
            Condition::Subject {
                contains: "faktúra".into(),
            },
            Condition::Header {
                name: "list-id".into(),
                contains: "promocje".into(),
            },
            Condition::LargerThan { bytes: 100 },
        ];
        for condition in cases {
            let out = apply(
                &[rule(false, vec![condition.clone()], vec![Action::Star])],
                NEWSLETTER,
                1000,
            );
            assert!(out.star, "{condition:?} should match");
        }
        let out = apply(
            &[rule(
                false,
                vec![Condition::LargerThan { bytes: 1000 }],
                vec![Action::Star],
            )],
            NEWSLETTER,
            1000,
        );
        assert!(out.is_empty());
    }

    #[test]
    fn all_of_any_of_stop_and_switched_off_rules() {
        let from = Condition::From {
            contains: "sklep.pl".into(),
        };
        let subject = Condition::Subject {
            contains: "nie ma".into(),
        };
        let move_to = |f: &str| Action::MoveTo { folder: f.into() };
        let rules = [
            rule(
                true,
                vec![from.clone(), subject.clone()],
                vec![move_to("Oba")],
            ),
            rule(
                false,
                vec![from.clone(), subject],
                vec![move_to("Newsletters"), Action::MarkRead, Action::Stop],
            ),
            rule(false, vec![from.clone()], vec![Action::Delete]),
        ];
        let out = apply(&rules, NEWSLETTER, 10);
        assert_eq!(out.move_to, vec!["Newsletters".to_owned()]);
        assert!(out.mark_read);
        assert!(!out.delete, "stop ended the rules");
        let mut off = rules.clone();
        off[1].enabled = false;
        let out = apply(&off, NEWSLETTER, 10);
        assert!(out.delete && out.move_to.is_empty());
    }
}
