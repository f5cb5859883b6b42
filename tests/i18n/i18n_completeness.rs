//! Every language has exactly the messages English has, each using exactly
//! the variables the English one uses, and every file parses cleanly.
//!
//! English (`i18n/en/posta.ftl`) is the reference. A key missing from a
//! translation would show English in the middle of a Polish window; an extra
//! one is dead text nobody maintains; a variable the English message does
//! not pass renders as `{$name}`, and one the translation leaves out drops
//! information (a host name, a port) the user needs.

use crate::i18n_ftl as ftl;

use std::collections::BTreeSet;

use ftl::Ftl;
use posta_i18n::Language;

/// Every problem of `other` measured against `reference`, one line each.
fn compare(reference: &Ftl, other: &Ftl) -> Vec<String> {
    let mut problems = Vec::new();
    for id in reference.messages.keys() {
        if !other.messages.contains_key(id) {
            problems.push(format!("missing message `{id}`"));
        }
    }
    for (id, message) in &other.messages {
        let Some(english) = reference.messages.get(id) else {
            problems.push(format!("extra message `{id}` (not in English)"));
            continue;
        };
        for variable in message.variables.difference(&english.variables) {
            problems.push(format!(
                "`{id}` uses ${variable}, which the English message does not"
            ));
        }
        for variable in english.variables.difference(&message.variables) {
            problems.push(format!("`{id}` lacks ${variable}, which English uses"));
        }
    }
    problems.extend(own_problems(other));
    problems
}

/// Problems a file has on its own: duplicates, dangling references, ids
/// that are not kebab-case.
fn own_problems(ftl: &Ftl) -> Vec<String> {
    let mut problems = Vec::new();
    for id in &ftl.duplicates {
        problems.push(format!("`{id}` is defined more than once"));
    }
    for reference in &ftl.references {
        if !ftl.messages.contains_key(reference) {
            problems.push(format!("reference to undefined `{reference}`"));
        }
    }
    for id in ftl.messages.keys() {
        let message_id = id.split('.').next().unwrap_or(id).trim_start_matches('-');
        // CLI help keys join a command and its argument with `--`
        // (`cli-spell--lang`).
        let message_id = match message_id.split_once("--") {
            Some((command, arg)) if command.starts_with("cli-") => format!("{command}-{arg}"),
            _ => message_id.to_owned(),
        };
        let kebab = !message_id.is_empty()
            && message_id.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !kebab {
            problems.push(format!("`{id}` is not a kebab-case id"));
        }
    }
    problems
}

/// Loads a language, turning parse errors into a failure message.
fn load(language: Language) -> Ftl {
    ftl::load(language).unwrap_or_else(|errors| {
        panic!(
            "i18n/{}/*.ftl does not parse:\n  {}",
            language.code(),
            errors.join("\n  ")
        )
    })
}

/// The standard folders' message ids, in the order of their names below.
const FOLDER_IDS: [&str; 6] = [
    "folder-inbox",
    "folder-sent",
    "folder-drafts",
    "folder-trash",
    "folder-junk",
    "folder-archive",
];

#[test]
fn every_file_parses() {
    let failures: Vec<String> = Language::ALL
        .into_iter()
        .filter_map(|language| {
            ftl::load(language)
                .err()
                .map(|errors| format!("i18n/{}/*.ftl: {}", language.code(), errors.join("; ")))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_language_matches_english() {
    let english = load(Language::English);
    assert!(
        english.messages.len() >= 20,
        "the English file looks truncated: {} messages",
        english.messages.len()
    );
    let mut report = Vec::new();
    for language in Language::ALL {
        let problems = compare(&english, &load(language));
        if !problems.is_empty() {
            report.push(format!("{}:\n  {}", language.code(), problems.join("\n  ")));
        }
    }
    assert!(
        report.is_empty(),
        "translations out of step:\n{}",
        report.join("\n")
    );
}

#[test]
fn every_language_directory_is_a_supported_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let found: BTreeSet<String> = std::fs::read_dir(&root)
        .expect("i18n/ exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let supported: BTreeSet<String> = Language::ALL
        .into_iter()
        .map(|language| language.code().to_string())
        .collect();
    assert_eq!(found, supported, "i18n/ folders and Language::ALL differ");
}

#[test]
fn the_messages_the_code_relies_on_exist() {
    let english = load(Language::English);
    let required = [
        "app-title",
        "app-version",
        "app-language",
        "settings-language",
        "home-welcome",
        "error-host-not-found",
        "error-connection-refused",
        "error-timed-out",
        "error-tls-untrusted",
        "error-tls-failed",
        "error-starttls-unavailable",
        "error-authentication-failed",
        "error-protocol",
        "error-io",
        "error-disk-full",
        "mailbox-unread-count",
        "mailbox-message-count",
        "sync-queued-changes",
        "sync-progress",
        "pop3-keep-days",
    ];
    let missing: Vec<&str> = required
        .into_iter()
        .chain(FOLDER_IDS)
        .filter(|id| !english.messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn standard_folders_use_the_established_names() {
    let expected = [
        (
            Language::Polish,
            [
                "Odebrane",
                "Wysłane",
                "Kopie robocze",
                "Kosz",
                "Spam",
                "Archiwum",
            ],
        ),
        (
            Language::Slovak,
            [
                "Doručená pošta",
                "Odoslaná pošta",
                "Koncepty",
                "Kôš",
                "Nevyžiadaná pošta",
                "Archív",
            ],
        ),
        (
            Language::Bulgarian,
            ["Входящи", "Изпратени", "Чернови", "Кошче", "Спам", "Архив"],
        ),
    ];
    for (language, names) in expected {
        let localizer = posta_i18n::Localizer::new(language);
        for (id, name) in FOLDER_IDS.into_iter().zip(names) {
            assert_eq!(localizer.tr(id), name, "{} {id}", language.code());
        }
    }
}

/// The message ids written as `t!("id"…)` in one Rust source.
fn ids_in_source(source: &str) -> Vec<String> {
    source
        .match_indices("t!(")
        .filter(|(at, _)| {
            // `t!(`, not the tail of `format!(` or `print!(`.
            !source[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, _)| {
            let call = source[at + 3..].trim_start().strip_prefix('"')?;
            let id = &call[..call.find('"')?];
            Some(id.to_string())
        })
        .collect()
}

#[test]
fn every_id_the_code_uses_exists() {
    let english = load(Language::English);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pending = vec![root.join("src"), root.join("crates")];
    let mut unknown = Vec::new();
    let mut seen = 0;
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("readable source");
            for id in ids_in_source(&source) {
                seen += 1;
                if !english.messages.contains_key(&id) {
                    unknown.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(seen > 0, "no t!(\"…\") calls found under src/ or crates/");
    assert!(
        unknown.is_empty(),
        "ids used in code but missing from i18n/en/posta.ftl:\n{}",
        unknown.join("\n")
    );
}

/// The checker itself must catch what it claims to catch.
mod checker {
    use super::*;

    fn parse(source: &str) -> Ftl {
        ftl::parse(source).expect("sample parses")
    }

    /// What comparing the translation `other` with `english` finds.
    fn problems_of(english: &str, other: &str) -> Vec<String> {
        compare(&parse(english), &parse(other))
    }

    /// Panics unless one of `problems` mentions `words`.
    #[track_caller]
    fn assert_flagged(problems: &[String], words: &str) {
        assert!(problems.iter().any(|p| p.contains(words)), "{problems:?}");
    }

    #[test]
    fn flags_missing_and_extra_keys() {
        let problems = problems_of("a = A\nb = B\n", "a = A\nc = C\n");
        assert_flagged(&problems, "missing message `b`");
        assert_flagged(&problems, "extra message `c`");
    }

    #[test]
    fn flags_variable_differences_in_both_directions() {
        let problems = problems_of(
            "a = Hi { $name }\nb = { $n -> \n    [one] one\n   *[other] { $n }\n}\n",
            "a = Hi { $user }\nb = { $n -> \n    [one] one\n   *[other] many\n}\n",
        );
        assert_flagged(&problems, "uses $user");
        assert_flagged(&problems, "`a` lacks $name");
        // A selector counts as a use: `b` still uses $n in the translation.
        assert!(!problems.iter().any(|p| p.contains("`b`")), "{problems:?}");
    }

    #[test]
    fn flags_attributes_duplicates_and_bad_ids() {
        let problems = problems_of("a = A\n    .title = T\n", "a = A\na = again\nBad_Id = x\n");
        assert_flagged(&problems, "missing message `a.title`");
        assert_flagged(&problems, "more than once");
        assert_flagged(&problems, "not a kebab-case");
    }

    #[test]
    fn flags_parse_errors() {
        assert!(ftl::parse("a = { $x\n").is_err());
        assert!(ftl::parse("= no id\n").is_err());
    }

    #[test]
    fn finds_ids_in_source() {
        let source = r#"text(t!("home-welcome")); t!( "app-version", version = v); t!(id);
            format!("{x}"); crate::t!("folder-inbox")"#;
        assert_eq!(
            ids_in_source(source),
            ["home-welcome", "app-version", "folder-inbox"]
        );
    }

    #[test]
    fn a_matching_translation_passes() {
        let english = parse("a = Hi { $name }\n");
        let other = parse("a = Cześć { $name }\n");
        assert!(compare(&english, &other).is_empty());
    }
}
