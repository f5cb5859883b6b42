//! Writes rules and the vacation reply as one Sieve script.

use std::collections::BTreeSet;

use super::quote::{list, multiline, quoted};
use super::{Extensions, MARKER};
use crate::rules::model::{Action, Condition, Rule, Vacation};

/// What goes into a script.
pub struct ScriptInput<'a> {
    /// The rules, in order; switched-off ones are kept as comments only.
    pub rules: &'a [Rule],
    /// The vacation reply, when set up (on or off).
    pub vacation: Option<&'a Vacation>,
    /// The account's own addresses, so mail to any of them is answered.
    pub addresses: &'a [String],
    /// An older script (another client's) that keeps running after
    /// Posta's rules, through `include :personal`.
    pub include: Option<&'a str>,
    /// A folder as Posta names it → as the server spells it in `fileinto`.
    pub folder_name: &'a dyn Fn(&str) -> String,
}

/// A Sieve extension the script needs and the server does not offer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the server's Sieve lacks the {extension} extension")]
pub struct Missing {
    /// Its name as `require` spells it.
    pub extension: &'static str,
}

struct Writer<'a> {
    extensions: &'a Extensions,
    needs: BTreeSet<&'static str>,
    body: String,
}

impl Writer<'_> {
    fn need(&mut self, extension: &'static str) -> Result<(), Missing> {
        if !self.extensions.has(extension) {
            return Err(Missing { extension });
        }
        self.needs.insert(extension);
        Ok(())
    }

    /// Uses `extension` when the server has it; false otherwise.
    fn want(&mut self, extension: &'static str) -> bool {
        self.need(extension).is_ok()
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.body.push_str("    ");
        }
        self.body.push_str(text);
        self.body.push('\n');
    }
}

/// The whole script, with `\r\n` line ends as RFC 5228 writes them.
pub fn generate(input: &ScriptInput<'_>, extensions: &Extensions) -> Result<String, Missing> {
    let mut w = Writer {
        extensions,
        needs: BTreeSet::new(),
        body: String::new(),
    };
    if let Some(vacation) = input.vacation {
        vacation_block(&mut w, vacation, input.addresses)?;
    }
    for rule in input.rules {
        rule_block(&mut w, rule, input.folder_name)?;
    }
    if let Some(name) = input.include {
        w.need("include")?;
        w.line(0, &format!("# posta-include {}", json(&name)));
        w.line(0, &format!("include :personal {};", quoted(name)));
    }
    let mut script = format!(
        "{MARKER}\n# Written by Posta from its rules; make changes in Posta, as changes\n\
         # made here are replaced the next time Posta saves its rules.\n"
    );
    if !w.needs.is_empty() {
        let needs: Vec<&str> = w.needs.iter().copied().collect();
        script.push_str(&format!("require {};\n", list(&needs)));
    }
    script.push_str(&w.body);
    Ok(script.replace("\r\n", "\n").replace('\n', "\r\n"))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

fn vacation_block(
    w: &mut Writer<'_>,
    vacation: &Vacation,
    addresses: &[String],
) -> Result<(), Missing> {
    w.line(0, &format!("# posta-vacation {}", json(vacation)));
    if !vacation.enabled {
        return Ok(());
    }
    w.need("vacation")?;
    let mut tests = Vec::new();
    for (day, relation) in [(&vacation.since, "ge"), (&vacation.until, "le")] {
        if let Some(day) = day {
            w.need("date")?;
            w.need("relational")?;
            tests.push(format!(
                "currentdate :value {} \"date\" {}",
                quoted(relation),
                quoted(day)
            ));
        }
    }
    let mut command = format!(
        "vacation :days {} :subject {}",
        vacation.days.max(1),
        quoted(&vacation.subject)
    );
    if !addresses.is_empty() {
        command.push_str(&format!(" :addresses {}", list(addresses)));
    }
    command.push(' ');
    command.push_str(&multiline(&vacation.body));
    command.push(';');
    if tests.is_empty() {
        w.line(0, &command);
    } else {
        w.line(0, &format!("if allof ({}) {{", tests.join(", ")));
        w.line(0, &command);
        w.line(0, "}");
    }
    Ok(())
}

fn rule_block(
    w: &mut Writer<'_>,
    rule: &Rule,
    folder_name: &dyn Fn(&str) -> String,
) -> Result<(), Missing> {
    w.line(0, &format!("# posta-rule {}", json(rule)));
    if !rule.enabled {
        return Ok(());
    }
    let comparator = if w.want("comparator-i;unicode-casemap") {
        " :comparator \"i;unicode-casemap\""
    } else {
        ""
    };
    let tests: Vec<String> = rule
        .conditions
        .iter()
        .map(|c| match c {
            Condition::From { contains } => {
                format!(
                    "address{comparator} :contains \"from\" {}",
                    quoted(contains)
                )
            }
            Condition::ToCc { contains } => format!(
                "address{comparator} :contains [\"to\", \"cc\"] {}",
                quoted(contains)
            ),
            Condition::Subject { contains } => {
                format!(
                    "header{comparator} :contains \"subject\" {}",
                    quoted(contains)
                )
            }
            Condition::Header { name, contains } => format!(
                "header{comparator} :contains {} {}",
                quoted(name),
                quoted(contains)
            ),
            Condition::LargerThan { bytes } => format!("size :over {bytes}"),
        })
        .collect();
    let test = match tests.as_slice() {
        [] => "true".to_owned(),
        [one] => one.clone(),
        _ => format!(
            "{} ({})",
            if rule.all { "allof" } else { "anyof" },
            tests.join(", ")
        ),
    };
    w.line(0, &format!("if {test} {{"));
    let mut flags = Vec::new();
    for action in &rule.actions {
        match action {
            Action::MarkRead => flags.push("\\Seen".to_owned()),
            Action::Star => flags.push("\\Flagged".to_owned()),
            Action::Tag { keyword } => flags.push(keyword.clone()),
            _ => {}
        }
    }
    if !flags.is_empty() {
        w.need("imap4flags")?;
    }
    let files = rule
        .actions
        .iter()
        .any(|a| matches!(a, Action::MoveTo { .. } | Action::CopyTo { .. }));
    if !flags.is_empty() && !files {
        // No folder of its own: the flags go with wherever it is kept.
        w.line(1, &format!("addflag {};", list(&flags)));
    }
    let flag_tag = if flags.is_empty() {
        String::new()
    } else {
        format!(" :flags {}", list(&flags))
    };
    for action in &rule.actions {
        match action {
            Action::MoveTo { folder } | Action::CopyTo { folder } => {
                w.need("fileinto")?;
                let copy = if matches!(action, Action::CopyTo { .. }) {
                    w.need("copy")?;
                    " :copy"
                } else {
                    ""
                };
                let create = if w.want("mailbox") { " :create" } else { "" };
                w.line(
                    1,
                    &format!(
                        "fileinto{copy}{create}{flag_tag} {};",
                        quoted(&folder_name(folder))
                    ),
                );
            }
            Action::ForwardTo { address } => {
                if w.want("copy") {
                    w.line(1, &format!("redirect :copy {};", quoted(address)));
                } else {
                    w.line(1, &format!("redirect {};", quoted(address)));
                    w.line(1, "keep;");
                }
            }
            Action::Delete => w.line(1, "discard;"),
            Action::Stop => w.line(1, "stop;"),
            Action::MarkRead | Action::Star | Action::Tag { .. } => {}
        }
    }
    w.line(0, "}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn newsletter() -> Rule {
        Rule {
            name: "Newslettery".into(),
            enabled: true,
            all: false,
            conditions: vec![Condition::From {
                contains: "newsletter@sklep.pl".into(),
            }],
            actions: vec![
                Action::MoveTo {
                    folder: "Newsletters".into(),
                },
                Action::MarkRead,
            ],
        }
    }

    fn same(name: &str) -> String {
        name.to_owned()
    }

    fn script(
        rules: &[Rule],
        vacation: Option<&Vacation>,
        ext: &Extensions,
    ) -> Result<String, Missing> {
        generate(
            &ScriptInput {
                rules,
                vacation,
                addresses: &["alice@posta.test".to_owned()],
                include: None,
                folder_name: &same,
            },
            ext,
        )
    }

    #[test]
    fn a_move_with_mark_read_files_with_flags_and_requires_only_what_it_uses() {
        let text = script(&[newsletter()], None, &Extensions::all()).expect("script");
        assert!(text.starts_with("# posta-script 1\r\n"), "{text}");
        assert!(
            text.contains("require [\"fileinto\", \"imap4flags\", \"mailbox\"];\r\n"),
            "{text}"
        );
        assert!(text.contains(
            "if address :contains \"from\" \"newsletter@sklep.pl\" {\r\n    fileinto :create :flags \"\\\\Seen\" \"Newsletters\";\r\n}"
        ), "{text}");
        assert!(!text.contains("vacation"), "{text}");
    }

    #[test]
    fn without_mailbox_there_is_no_create_and_without_imap4flags_no_mark_read() {
        let ext = Extensions::parse("fileinto");
        let err = script(&[newsletter()], None, &ext).expect_err("no imap4flags");
        assert_eq!(err.extension, "imap4flags");
        let mut plain = newsletter();
        plain.actions.pop();
        let text = script(&[plain], None, &ext).expect("script");
        assert!(text.contains("fileinto \"Newsletters\";"), "{text}");
        assert!(text.contains("require \"fileinto\";"), "{text}");
    }

    #[test]
    fn folder_names_are_spelled_as_the_server_does_and_quoted() {
        let mut rule = newsletter();
        rule.actions = vec![Action::CopyTo {
            folder: "Klienci/Faktúry \"2026\"\\Q".into(),
        }];
        let dots = |name: &str| name.replace('/', ".");
        let text = generate(
            &ScriptInput {
                rules: &[rule],
                vacation: None,
                addresses: &[],
                include: None,
                folder_name: &dots,
            },
            &Extensions::all(),
        )
        .expect("script");
        assert!(
            text.contains(r#"fileinto :copy :create "Klienci.Faktúry \"2026\"\\Q";"#),
            "{text}"
        );
    }

    #[test]
    fn every_condition_and_action_has_its_sieve() {
        let rule = Rule {
            name: "Все".into(),
            enabled: true,
            all: true,
            conditions: vec![
                Condition::ToCc {
                    contains: "zespol@".into(),
                },
                Condition::Subject {
                    contains: "Фактура".into(),
                },
                Condition::Header {
                    name: "X-Priority".into(),
                    contains: "1".into(),
                },
                Condition::LargerThan { bytes: 1_000_000 },
            ],
            actions: vec![
                Action::Tag {
                    keyword: "$faktura".into(),
                },
                Action::Star,
                Action::ForwardTo {
                    address: "ksiegowa@firma.pl".into(),
                },
                Action::Delete,
                Action::Stop,
            ],
        };
        let text = script(&[rule], None, &Extensions::all()).expect("script");
        for expected in [
            "if allof (address :contains [\"to\", \"cc\"] \"zespol@\", header :contains \"subject\" \"Фактура\", header :contains \"X-Priority\" \"1\", size :over 1000000) {",
            "addflag [\"$faktura\", \"\\\\Flagged\"];",
            "redirect :copy \"ksiegowa@firma.pl\";",
            "discard;",
            "stop;",
            "require [\"copy\", \"imap4flags\"];",
        ] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }

    #[test]
    fn vacation_with_dates_needs_date_and_relational() {
        let vacation = Vacation {
            enabled: true,
            subject: "Urlop do 4 stycznia".into(),
            body: "Dzień dobry,\n.\njestem na urlopie.".into(),
            since: Some("2026-12-20".into()),
            until: Some("2027-01-04".into()),
            days: 3,
        };
        let text = script(&[], Some(&vacation), &Extensions::all()).expect("script");
        assert!(text.contains("if allof (currentdate :value \"ge\" \"date\" \"2026-12-20\", currentdate :value \"le\" \"date\" \"2027-01-04\") {"), "{text}");
        assert!(text.contains("vacation :days 3 :subject \"Urlop do 4 stycznia\" :addresses \"alice@posta.test\" text:\r\nDzień dobry,\r\n..\r\njestem na urlopie.\r\n.\r\n;"), "{text}");
        let err = script(
            &[],
            Some(&vacation),
            &Extensions::parse("vacation fileinto"),
        )
        .expect_err("no date");
        assert_eq!(err.extension, "date");
    }

    #[test]
    fn switched_off_rules_and_vacation_are_kept_as_comments_only() {
        let mut rule = newsletter();
        rule.enabled = false;
        let vacation = Vacation {
            enabled: false,
            subject: "x".into(),
            body: "y".into(),
            since: None,
            until: None,
            days: 7,
        };
        let text = script(&[rule], Some(&vacation), &Extensions::parse("")).expect("script");
        assert!(!text.contains("require"), "{text}");
        assert!(!text.contains("fileinto"), "{text}");
        assert!(text.contains("# posta-rule {"), "{text}");
    }

    #[test]
    fn an_older_script_is_included_after_posta_rules() {
        let text = generate(
            &ScriptInput {
                rules: &[newsletter()],
                vacation: None,
                addresses: &[],
                include: Some("roundcube"),
                folder_name: &same,
            },
            &Extensions::all(),
        )
        .expect("script");
        assert!(
            text.ends_with("include :personal \"roundcube\";\r\n"),
            "{text}"
        );
        assert!(text.contains("\"include\""), "{text}");
        let err = generate(
            &ScriptInput {
                rules: &[],
                vacation: None,
                addresses: &[],
                include: Some("roundcube"),
                folder_name: &same,
            },
            &Extensions::parse("fileinto"),
        )
        .expect_err("no include");
        assert_eq!(err.extension, "include");
    }
}
