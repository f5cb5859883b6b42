//! clap's parse errors in the user's language.
//!
//! clap writes its errors in English only (clap-rs/clap#380); what it keeps
//! besides the text is an [`ErrorKind`] and typed context values (the bad
//! argument, the value, suggestions). clap's advice for other wording is
//! to render from those, so this does, sentence by sentence through
//! Fluent, in the layout clap uses: `error: …`, tips, the usage line and
//! where to read more.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Error;
use posta_i18n::{t, FluentValue};

/// The whole message for `err`, ending with a newline.
pub fn render(err: &Error) -> String {
    let mut out = format!("{} {}", t!("cli-error-prefix"), sentence(err));
    let tips = tips(err);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            let _ = write!(out, "\n  {} {tip}", t!("cli-error-tip"));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's usage starts with its English heading.
        let usage = usage.trim_start().strip_prefix("Usage:").unwrap_or(&usage);
        let _ = write!(
            out,
            "\n\n{}: {}",
            t!("cli-heading-usage"),
            usage.trim_start()
        );
    }
    let _ = write!(out, "\n\n{}\n", t!("cli-error-more", flag = "--help"));
    out
}

fn text(err: &Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(texts) => Some(texts.join(", ")),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::StyledStrs(texts) => Some(
            texts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(number) => Some(number.to_string()),
        ContextValue::Bool(flag) => Some(flag.to_string()),
        ContextValue::None => None,
        _ => None,
    }
}

fn number(err: &Error, kind: ContextKind) -> i64 {
    match err.get(kind) {
        Some(ContextValue::Number(number)) => *number as i64,
        _ => 0,
    }
}

fn arg(err: &Error) -> FluentValue<'static> {
    text(err, ContextKind::InvalidArg)
        .unwrap_or_default()
        .into()
}

fn value(err: &Error) -> FluentValue<'static> {
    text(err, ContextKind::InvalidValue)
        .unwrap_or_default()
        .into()
}

/// The first sentence: what was wrong.
fn sentence(err: &Error) -> String {
    let listed = |kind| {
        match err.get(kind) {
            Some(ContextValue::Strings(items)) => items.clone(),
            Some(ContextValue::String(item)) => vec![item.clone()],
            _ => Vec::new(),
        }
        .into_iter()
        .map(|item| format!("\n  {item}"))
        .collect::<String>()
    };
    match err.kind() {
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg(err)),
        ErrorKind::InvalidSubcommand => t!(
            "cli-error-unknown-command",
            command = text(err, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if text(err, ContextKind::InvalidValue).as_deref() == Some("") => {
            t!("cli-error-missing-value", arg = arg(err))
        }
        ErrorKind::InvalidValue => {
            let mut sentence = t!(
                "cli-error-invalid-value",
                arg = arg(err),
                value = value(err)
            );
            if let Some(valid) = text(err, ContextKind::ValidValue) {
                sentence.push_str(&format!(
                    "\n  {}",
                    t!("cli-possible-values", values = valid)
                ));
            }
            sentence
        }
        ErrorKind::ValueValidation => {
            let sentence = t!(
                "cli-error-invalid-value",
                arg = arg(err),
                value = value(err)
            );
            match validation_reason(err) {
                Some(reason) => format!("{sentence}: {reason}"),
                None => sentence,
            }
        }
        ErrorKind::MissingRequiredArgument => format!(
            "{}{}",
            t!("cli-error-missing-required"),
            listed(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingSubcommand => {
            let command = text(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!(
                "{}{}",
                t!("cli-error-missing-command", command = command),
                listed(ContextKind::ValidSubcommand)
            )
        }
        ErrorKind::ArgumentConflict => conflict(err),
        ErrorKind::NoEquals => t!("cli-error-no-equals", arg = arg(err)),
        ErrorKind::TooManyValues => {
            t!(
                "cli-error-too-many-values",
                arg = arg(err),
                value = value(err)
            )
        }
        ErrorKind::TooFewValues => t!(
            "cli-error-too-few-values",
            arg = arg(err),
            count = number(err, ContextKind::MinValues),
            given = number(err, ContextKind::ActualNumValues)
        ),
        ErrorKind::WrongNumberOfValues => t!(
            "cli-error-wrong-number-of-values",
            arg = arg(err),
            count = number(err, ContextKind::ExpectedNumValues),
            given = number(err, ContextKind::ActualNumValues)
        ),
        ErrorKind::InvalidUtf8 => t!("cli-error-invalid-utf8"),
        _ => t!("cli-error-other"),
    }
}

fn conflict(err: &Error) -> String {
    let arg = text(err, ContextKind::InvalidArg).unwrap_or_default();
    let prior = match err.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) => Some(prior.clone()),
        Some(ContextValue::Strings(prior)) => Some(prior.join(", ")),
        _ => None,
    };
    match prior {
        Some(prior) if prior == arg => t!("cli-error-used-twice", arg = arg),
        Some(prior) => t!("cli-error-conflict", arg = arg, other = prior),
        None => t!("cli-error-conflict-some", arg = arg),
    }
}

/// Why a value was refused. Posta's own value parsers answer in the user's
/// language already; the ones clap brings (numbers) answer in English, so
/// those are recognised and said again.
fn validation_reason(err: &Error) -> Option<String> {
    let source = std::error::Error::source(err)?;
    if let Some(number) = source.downcast_ref::<std::num::ParseIntError>() {
        use std::num::IntErrorKind;
        return Some(match number.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => t!("cli-error-number-too-big"),
            _ => t!("cli-error-not-a-number"),
        });
    }
    let reason = source.to_string();
    // clap's ranged number parsers: "70000 is not in 0..=65535", "0 is not
    // in 1..18446744073709551615" (no upper bound).
    if let Some((_, range)) = reason.split_once(" is not in ") {
        return Some(describe_range(range));
    }
    Some(reason)
}

/// A range as clap's number parsers write it, in words.
fn describe_range(range: &str) -> String {
    let (low, high) = range.split_once("..").unwrap_or((range, ""));
    // clap writes a missing upper bound as the type's largest number.
    let high = match high.strip_prefix('=') {
        Some(inclusive) => inclusive.parse::<u128>().ok(),
        None => high
            .parse::<u128>()
            .ok()
            .and_then(|excluded| excluded.checked_sub(1)),
    }
    .filter(|high| *high < i64::MAX as u128 - 1);
    match high {
        Some(high) => t!(
            "cli-error-number-range",
            low = low.to_string(),
            high = high.to_string()
        ),
        None => t!("cli-error-number-at-least", low = low.to_string()),
    }
}

/// clap's suggestions ("a similar argument exists", "to pass '-x' as a
/// value…") in the user's language.
fn tips(err: &Error) -> Vec<String> {
    let mut tips = Vec::new();
    for (kind, id) in [
        (
            ContextKind::SuggestedSubcommand,
            "cli-error-similar-command",
        ),
        (ContextKind::SuggestedArg, "cli-error-similar-argument"),
        (ContextKind::SuggestedValue, "cli-error-similar-value"),
    ] {
        let similar = match err.get(kind) {
            Some(ContextValue::String(one)) => vec![one.clone()],
            Some(ContextValue::Strings(many)) => many.clone(),
            _ => Vec::new(),
        };
        if !similar.is_empty() {
            let quoted: Vec<String> = similar.iter().map(|s| format!("'{s}'")).collect();
            tips.push(t!(id, similar = quoted.join(", "), count = similar.len()));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = err.get(ContextKind::Suggested) {
        tips.extend(suggestions.iter().map(|s| suggestion(&s.to_string())));
    }
    tips
}

/// One of clap's pre-written English tips, recognised by its shape.
fn suggestion(english: &str) -> String {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [given, instead] if english.starts_with("to pass ") => t!(
            "cli-error-tip-pass-as-value",
            given = given.to_string(),
            instead = instead.to_string()
        ),
        [command, _dashes] if english.starts_with("subcommand ") => {
            t!("cli-error-tip-remove-dashes", command = command.to_string())
        }
        [exists] if english.ends_with(" exists") => {
            t!("cli-error-tip-exists", similar = exists.to_string())
        }
        _ => english.to_string(),
    }
}
