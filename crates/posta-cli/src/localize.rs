//! `--help` in the user's language: the clap tree the derive structs make,
//! with every description, heading and clap-made help line replaced from
//! Fluent (`i18n/<lang>/cli.ftl`) before parsing.
//!
//! The derive structs keep their English doc comments: `posta
//! package-files` renders the man pages and completions from them, and
//! those stay English. clap has no translation support of its own
//! (clap-rs/clap#380), so this walks the built tree and swaps the texts in.
//!
//! The key scheme, which every new verb or flag follows:
//! - a command's description: `cli-<path>` (subcommand names joined by
//!   `-`, the root `cli-posta`), with an optional `.long` attribute for the
//!   longer text `--help` shows;
//! - an argument's help: `cli-<path>--<arg-id>` (clap's id, `_` written
//!   `-`), likewise with an optional `.long`.

use clap::builder::{Resettable, StyledStr};
use clap::{Arg, Command, CommandFactory};
use posta_i18n::{current, Localizer};

use super::Cli;

/// The Fluent id of a command's description; `path` holds the subcommand
/// names below `posta`.
pub fn about_key(path: &[String]) -> String {
    if path.is_empty() {
        "cli-posta".to_string()
    } else {
        format!("cli-{}", path.join("-"))
    }
}

/// The Fluent id of an argument's help in the command at `path`.
pub fn arg_key(path: &[String], id: &str) -> String {
    format!("{}--{}", about_key(path), id.replace('_', "-"))
}

/// The ids clap's own parts use: the `-h`/`--help` and `-V`/`--version`
/// flags and the `help` subcommand, shared by every command.
const HELP_ARG: &str = "help";
const VERSION_ARG: &str = "version";
const HELP_COMMAND: &str = "help";

/// The command line as the binary parses it, in the current language.
pub fn command() -> Command {
    command_in(&current())
}

/// The command line with its help in `localizer`'s language.
pub fn command_in(localizer: &Localizer) -> Command {
    localized(Cli::command(), localizer)
}

fn localized(mut cmd: Command, localizer: &Localizer) -> Command {
    cmd.build();
    localize(&mut cmd, &mut Vec::new(), localizer);
    cmd
}

/// Every Fluent id the command tree needs: one per command and argument
/// (clap's own help and version flags and `help` command included), in
/// tree order. A verb added without its keys shows up in tests through this.
pub fn expected_keys() -> Vec<String> {
    keys_of(Cli::command())
}

fn keys_of(mut cmd: Command) -> Vec<String> {
    cmd.build();
    let mut keys = vec![
        "cli-help-flag".to_string(),
        "cli-help-flag-more".to_string(),
        "cli-help-flag-summary".to_string(),
        "cli-version-flag".to_string(),
        "cli-help-command".to_string(),
        "cli-help-command--subcommand".to_string(),
    ];
    collect_keys(&cmd, &mut Vec::new(), &mut keys);
    keys
}

fn collect_keys(cmd: &Command, path: &mut Vec<String>, keys: &mut Vec<String>) {
    keys.push(about_key(path));
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if id != HELP_ARG && id != VERSION_ARG {
            keys.push(arg_key(path, id));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() != HELP_COMMAND {
            path.push(sub.get_name().to_string());
            collect_keys(sub, path, keys);
            path.pop();
        }
    }
}

/// The message `id`, and its `.long` attribute when it has one; `None`
/// when no language has it (clap's English text then stays, and the i18n
/// tests name the missing key).
fn texts(localizer: &Localizer, id: &str) -> Option<(String, Option<String>)> {
    if !localizer.has(id) {
        return None;
    }
    let long_id = format!("{id}.long");
    // A missing attribute formats as its own id.
    let long = Some(localizer.tr(&long_id)).filter(|text| *text != long_id);
    Some((localizer.tr(id), long))
}

fn localize(cmd: &mut Command, path: &mut Vec<String>, localizer: &Localizer) {
    let mut c = std::mem::take(cmd);
    if let Some((about, long_about)) = texts(localizer, &about_key(path)) {
        c = c.about(about).long_about(reset(long_about));
    }
    c = c
        .mut_args(|arg| {
            let key = arg_key(path, arg.get_id().as_str());
            localize_arg(arg, &key, localizer)
        })
        .subcommand_value_name(localizer.tr("cli-value-command"));
    let template = help_template(&c, localizer);
    let usage = usage(&mut c, localizer);
    c = c.help_template(template).override_usage(usage);
    for sub in c.get_subcommands_mut() {
        if sub.get_name() == HELP_COMMAND {
            localize_help_command(sub, path, localizer);
        } else {
            path.push(sub.get_name().to_string());
            localize(sub, path, localizer);
            path.pop();
        }
    }
    *cmd = c;
}

fn localize_arg(arg: Arg, key: &str, localizer: &Localizer) -> Arg {
    let (help, long_help) = match arg.get_id().as_str() {
        HELP_ARG if arg.get_long_help().is_some() => (
            localizer.tr("cli-help-flag-more"),
            Some(localizer.tr("cli-help-flag-summary")),
        ),
        HELP_ARG => (localizer.tr("cli-help-flag"), None),
        VERSION_ARG => (localizer.tr("cli-version-flag"), None),
        _ => texts(localizer, key).unwrap_or_else(|| {
            let english = |text: Option<&StyledStr>| text.map(ToString::to_string);
            (
                english(arg.get_help()).unwrap_or_default(),
                english(arg.get_long_help()),
            )
        }),
    };
    // clap writes "[default: …]" and "[possible values: …]" in English; the
    // translated words go on the help line instead.
    let mut notes = Vec::new();
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if takes_values && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        notes.push(localizer.tr_args(
            "cli-default-value",
            &[("value", defaults.join(", ").into())],
        ));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_string())
        .collect();
    if takes_values && !arg.is_hide_possible_values_set() && !possible.is_empty() {
        notes.push(localizer.tr_args(
            "cli-possible-values",
            &[("values", possible.join(", ").into())],
        ));
    }
    let (help, long_help) = if notes.is_empty() {
        (help, long_help)
    } else {
        let notes = notes.join(" ");
        (
            format!("{help} {notes}"),
            long_help.map(|long| format!("{long}\n\n{notes}")),
        )
    };
    arg.help(help)
        .long_help(reset(long_help))
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// clap's generated `help` command and, below it, its copies of the
/// sibling commands (for `posta help account edit`).
fn localize_help_command(cmd: &mut Command, path: &[String], localizer: &Localizer) {
    let mut c = std::mem::take(cmd)
        .about(localizer.tr("cli-help-command"))
        .subcommand_value_name(localizer.tr("cli-value-command"));
    if c.get_arguments().any(|arg| arg.get_id() == "subcommand") {
        c = c.mut_arg("subcommand", |arg| {
            arg.help(localizer.tr("cli-help-command--subcommand"))
                .value_name(localizer.tr("cli-value-command"))
        });
    }
    let template = help_template(&c, localizer);
    let usage = usage(&mut c, localizer);
    c = c.help_template(template).override_usage(usage);
    for copy in c.get_subcommands_mut() {
        let mut copy_path = path.to_vec();
        copy_path.push(copy.get_name().to_string());
        localize_help_copy(copy, &mut copy_path, localizer);
    }
    *cmd = c;
}

fn localize_help_copy(cmd: &mut Command, path: &mut Vec<String>, localizer: &Localizer) {
    let about = if cmd.get_name() == HELP_COMMAND {
        Some(localizer.tr("cli-help-command"))
    } else {
        texts(localizer, &about_key(path)).map(|(about, _)| about)
    };
    if let Some(about) = about {
        *cmd = std::mem::take(cmd).about(about);
    }
    for sub in cmd.get_subcommands_mut() {
        path.push(sub.get_name().to_string());
        localize_help_copy(sub, path, localizer);
        path.pop();
    }
}

/// clap's default help layout with the headings clap writes in English
/// ("Usage:", "Arguments:", "Options:") in the current language; a section
/// is left out when the command has nothing to show in it, as clap does.
fn help_template(cmd: &Command, localizer: &Localizer) -> StyledStr {
    let styles = cmd.get_styles();
    let (usage_style, header) = (styles.get_usage(), styles.get_header());
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}:{usage_style:#} {{usage}}",
        localizer.tr("cli-heading-usage")
    );
    let mut sections = Vec::new();
    if cmd
        .get_subcommands()
        .any(|sub| sub.get_name() != HELP_COMMAND && !sub.is_hide_set())
    {
        sections.push(format!(
            "{header}{}:{header:#}\n{{subcommands}}",
            localizer.tr("cli-heading-commands")
        ));
    }
    if cmd.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(format!(
            "{header}{}:{header:#}\n{{positionals}}",
            localizer.tr("cli-heading-arguments")
        ));
    }
    if cmd
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        sections.push(format!(
            "{header}{}:{header:#}\n{{options}}",
            localizer.tr("cli-heading-options")
        ));
    }
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    template.into()
}

/// clap's usage line without its "Usage:" title (the template and the
/// error messages write their own) and with "[OPTIONS]" translated.
fn usage(cmd: &mut Command, localizer: &Localizer) -> StyledStr {
    let ansi = cmd.render_usage().ansi().to_string();
    let body = ansi
        .split_once("Usage:")
        .map_or(ansi.as_str(), |(_, rest)| rest);
    let body = body.strip_prefix("\u{1b}[0m").unwrap_or(body).trim_start();
    let options = format!("[{}]", localizer.tr("cli-value-options"));
    body.replace("[OPTIONS]", &options).into()
}

fn reset(text: Option<String>) -> Resettable<StyledStr> {
    match text {
        Some(text) => Resettable::Value(text.into()),
        None => Resettable::Reset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use posta_i18n::Language;

    /// The tree with a verb nobody wrote Fluent keys for.
    fn with_new_verb() -> Command {
        Cli::command().subcommand(
            Command::new("frobnicate")
                .about("Frobnicate the mail")
                .arg(Arg::new("fast_mode").long("fast-mode").help("Go fast")),
        )
    }

    #[test]
    fn a_new_verb_needs_keys_named_by_the_scheme() {
        let keys = keys_of(with_new_verb());
        for key in ["cli-frobnicate", "cli-frobnicate--fast-mode"] {
            assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
            assert!(!Localizer::new(Language::English).has(key));
        }
        assert!(keys
            .iter()
            .any(|k| k == "cli-account-edit--download-bodies"));
    }

    #[test]
    fn a_verb_without_keys_keeps_its_english_help() {
        let polish = Localizer::new(Language::Polish);
        let mut cmd = localized(with_new_verb(), &polish);
        let verb = cmd.find_subcommand_mut("frobnicate").expect("verb");
        let help = verb.render_help().to_string();
        assert!(help.contains("Frobnicate the mail"), "{help}");
        assert!(help.contains("Go fast"), "{help}");
        assert!(help.contains("Opcje:"), "{help}");
        assert!(!help.contains("cli-"), "{help}");
    }

    #[test]
    fn keys_follow_the_scheme() {
        let path = ["account".to_string(), "edit".to_string()];
        assert_eq!(about_key(&[]), "cli-posta");
        assert_eq!(about_key(&path), "cli-account-edit");
        assert_eq!(
            arg_key(&path, "download_bodies"),
            "cli-account-edit--download-bodies"
        );
    }
}
