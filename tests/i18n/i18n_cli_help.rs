//! The command line's help in four languages: every command and option of
//! the clap tree has its Fluent key (`cli-<path>`, `cli-<path>--<id>`) in
//! every language, and no English sentence is left in the Polish, Slovak
//! or Bulgarian `--help` of any command.

use crate::i18n_ftl as ftl;

use clap::Command;
use posta_i18n::Language;

/// Every key the tree needs that `language`'s files lack.
fn missing_keys(language: Language) -> Vec<String> {
    let messages = ftl::load(language)
        .unwrap_or_else(|errors| panic!("{}: {errors:?}", language.code()))
        .messages;
    posta_cli::expected_keys()
        .into_iter()
        .filter(|key| !messages.contains_key(key))
        .collect()
}

#[test]
fn every_command_and_option_has_help_in_every_language() {
    let keys = posta_cli::expected_keys();
    // The walk reaches the nested verbs and their options.
    for key in [
        "cli-posta",
        "cli-account-edit",
        "cli-account-edit--download-bodies",
        "cli-remote-content-allow--address",
        "cli-help-flag",
    ] {
        assert!(keys.iter().any(|k| k == key), "{key} not walked");
    }
    let problems: Vec<String> = Language::ALL
        .into_iter()
        .flat_map(|language| {
            missing_keys(language)
                .into_iter()
                .map(move |key| format!("i18n/{}/: {key}", language.code()))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "command-line help missing (a command's description is `cli-<path>`, \
         an option's `cli-<path>--<id>`; add them to an .ftl file of each language):\n  {}",
        problems.join("\n  ")
    );
}

/// The command at `path` below `root`.
fn find<'a>(root: &'a mut Command, path: &[String]) -> &'a mut Command {
    path.iter().fold(root, |cmd, name| {
        cmd.find_subcommand_mut(name)
            .unwrap_or_else(|| panic!("no command {name}"))
    })
}

/// Every command's path below `posta` (clap's `help` command left out),
/// the root first.
fn paths(cmd: &Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    out.push(prefix.to_vec());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        paths(sub, &path, out);
    }
}

/// The `--help` text of every command, with its path.
fn all_help(language: Language) -> Vec<(String, String)> {
    let mut root = posta_cli::localized_command(language);
    let mut all = Vec::new();
    paths(&root, &[], &mut all);
    all.into_iter()
        .map(|path| {
            let text = find(&mut root, &path).render_long_help().to_string();
            (format!("posta {}", path.join(" ")), text)
        })
        .collect()
}

/// A line's words once what the user types is taken out: options
/// (`--account`, `-h`), metavariables (`<FOLDER>`, `NAME`), `literals`,
/// numbers and punctuation.
fn prose_words(line: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_literal = false;
    for c in line.chars() {
        if c == '`' {
            in_literal = !in_literal;
        } else if !in_literal {
            text.push(c);
        }
    }
    text.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .filter(|word| !word.starts_with('-'))
        .filter(|word| !word.chars().all(|c| !c.is_lowercase()))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(str::to_string)
        .collect()
}

/// Lines of `translated` that are English prose: a line with two or more
/// words that appears word for word in the English help.
fn english_left(english: &str, translated: &str) -> Vec<String> {
    let english_lines: std::collections::HashSet<&str> = english.lines().map(str::trim).collect();
    translated
        .lines()
        .map(str::trim)
        .filter(|line| english_lines.contains(line) && prose_words(line).len() >= 2)
        .map(str::to_string)
        .collect()
}

/// What clap itself writes in English, which must not appear elsewhere.
const CLAP_WORDS: [&str; 10] = [
    "Usage:",
    "Commands:",
    "Arguments:",
    "Options:",
    "[OPTIONS]",
    "[COMMAND]",
    "Print help",
    "Print version",
    "[default:",
    "subcommand",
];

#[test]
fn no_english_sentence_is_left_in_translated_help() {
    let english = all_help(Language::English);
    // The check can fail: English against itself is all English.
    let (_, root) = &english[0];
    assert!(english_left(root, root).len() >= 3, "{root}");
    assert!(
        root.contains("Usage:") && root.contains("Print help"),
        "{root}"
    );

    let mut problems = Vec::new();
    for language in [Language::Polish, Language::Slovak, Language::Bulgarian] {
        let translated = all_help(language);
        assert_eq!(translated.len(), english.len());
        assert!(translated.len() > 40, "only {} commands", translated.len());
        for ((path, english), (_, text)) in english.iter().zip(&translated) {
            for line in english_left(english, text) {
                problems.push(format!("{} `{path}`: {line}", language.code()));
            }
            for word in CLAP_WORDS {
                if text.contains(word) {
                    problems.push(format!("{} `{path}`: clap's {word:?}", language.code()));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "English left:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn translated_help_keeps_the_options_and_the_layout() {
    let english = all_help(Language::English);
    for language in [Language::Polish, Language::Slovak, Language::Bulgarian] {
        for ((path, english), (_, text)) in english.iter().zip(&all_help(language)) {
            // The same options and arguments, in the same order.
            let flags = |help: &str| -> Vec<String> {
                help.lines()
                    .filter_map(|line| line.trim_start().split("  ").next())
                    .filter(|first| first.starts_with('-') || first.starts_with('<'))
                    .map(str::to_string)
                    .collect()
            };
            assert_eq!(flags(english), flags(text), "{} {path}", language.code());
            assert_eq!(
                english.lines().filter(|l| l.is_empty()).count(),
                text.lines().filter(|l| l.is_empty()).count(),
                "{} {path}:\n{text}",
                language.code()
            );
        }
    }
}

#[test]
fn prose_words_leave_out_what_the_user_types() {
    assert_eq!(
        prose_words("      --account <ACCOUNT>  The account (its name or number)"),
        ["The", "account", "its", "name", "number"]
    );
    assert!(prose_words("  -h, --help  `tls`, `starttls` NAME<TAB>VALUE 993/143").is_empty());
    assert_eq!(
        english_left(
            "Sync now\n  -h  Print help",
            "Synchronizuj\n  -h  Print help"
        ),
        ["-h  Print help"]
    );
}
