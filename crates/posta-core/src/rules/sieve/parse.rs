//! Reads a script Posta wrote back into rules, from the comment each rule
//! carries; a script without Posta's first line is someone else's.

use super::MARKER;
use crate::rules::model::{Rule, Vacation};

/// What a script of Posta's holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostaScript {
    /// The rules, in order.
    pub rules: Vec<Rule>,
    /// The vacation reply, when set up.
    pub vacation: Option<Vacation>,
    /// The older script it keeps running.
    pub include: Option<String>,
}

/// The rules of a script Posta wrote; `None` for any other script (or one
/// whose rule comments were damaged, which Posta must not overwrite
/// believing it knows what it held).
pub fn parse(script: &str) -> Option<PostaScript> {
    let mut lines = script.lines().map(|l| l.trim_end_matches('\r'));
    if lines.next()? != MARKER {
        return None;
    }
    let mut out = PostaScript::default();
    for line in lines {
        if let Some(json) = line.strip_prefix("# posta-rule ") {
            out.rules.push(serde_json::from_str(json).ok()?);
        } else if let Some(json) = line.strip_prefix("# posta-vacation ") {
            out.vacation = Some(serde_json::from_str(json).ok()?);
        } else if let Some(json) = line.strip_prefix("# posta-include ") {
            out.include = Some(serde_json::from_str(json).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::{generate, Extensions, ScriptInput};
    use super::*;
    use crate::rules::model::{Action, Condition};

    #[test]
    fn reading_back_gives_exactly_the_rules_written() {
        let rules = vec![
            Rule {
                name: "Faktury \"2026\" \\ Счета".into(),
                enabled: true,
                all: true,
                conditions: vec![
                    Condition::Subject {
                        contains: "faktura".into(),
                    },
                    Condition::Header {
                        name: "X-Firma".into(),
                        contains: "Žilina".into(),
                    },
                ],
                actions: vec![
                    Action::MoveTo {
                        folder: "Faktúry".into(),
                    },
                    Action::Stop,
                ],
            },
            Rule {
                name: "off".into(),
                enabled: false,
                all: false,
                conditions: vec![],
                actions: vec![Action::Delete],
            },
        ];
        let vacation = Vacation {
            enabled: true,
            subject: "Отпуск".into(),
            body: "Ще отговоря след 4 януари.\n.".into(),
            since: None,
            until: Some("2027-01-04".into()),
            days: 7,
        };
        let same = |n: &str| n.to_owned();
        let text = generate(
            &ScriptInput {
                rules: &rules,
                vacation: Some(&vacation),
                addresses: &[],
                include: Some("roundcube"),
                folder_name: &same,
            },
            &Extensions::all(),
        )
        .expect("script");
        let back = parse(&text).expect("Posta's script");
        assert_eq!(back.rules, rules);
        assert_eq!(back.vacation, Some(vacation));
        assert_eq!(back.include.as_deref(), Some("roundcube"));
    }

    #[test]
    fn another_clients_script_is_not_posta_s() {
        assert_eq!(
            parse("require \"fileinto\";\r\nif header :contains \"subject\" \"[faktura]\" { fileinto \"Faktury\"; }\r\n"),
            None
        );
        assert_eq!(parse("# posta-script 1\n# posta-rule {broken\n"), None);
    }
}
