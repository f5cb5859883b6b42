//! Translations: Fluent messages from `i18n/<lang>/*.ftl`, the user's
//! language, and numbers, sizes and dates written the local way.
//!
//! Views get every string through [`t!`](crate::t), which formats with the
//! process-wide [`current`] localizer; [`set_language`] swaps it at run time.
//! This module never imports iced: the core and the CLI use it too.

mod describe;
mod format;
mod hints;
mod language;
mod outbox;
mod quota;
mod settings;
mod spell;

use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource};

pub use describe::{deception_warning, denied_action, describe_error, describe_trust_problem};
pub use fluent_bundle::FluentValue;
pub use format::{format_date, format_number, format_size};
pub use hints::{describe_etc_problem, describe_provider_hint, describe_refused_login};
pub use language::{detect_language, language_from_locale, Language};
pub use outbox::{describe_refusal, describe_wait};
pub use quota::quota_amount;
pub use settings::{
    describe_effect, describe_invalid, describe_keyring_error, describe_removal,
    describe_settings_error,
};
pub use spell::{
    describe_spell_error, dictionary_packages, no_dictionary_sentence, spell_language_name,
};

/// Declares the Fluent files once: [`FTL_FILES`] and every language's
/// sources, compiled into the binary in that order. One line per file, so
/// work on different parts adds different lines.
macro_rules! ftl_files {
    ($($file:literal,)+) => {
        /// The Fluent files of every language, one per part of the
        /// interface, so parallel work on different screens never edits the
        /// same file.
        pub const FTL_FILES: &[&str] = &[$($file),+];

        /// The Fluent sources of each language, in the order of
        /// [`FTL_FILES`].
        fn sources(language: Language) -> &'static [&'static str] {
            match language {
                Language::English => &[$(include_str!(concat!("../../../i18n/en/", $file))),+],
                Language::Polish => &[$(include_str!(concat!("../../../i18n/pl/", $file))),+],
                Language::Slovak => &[$(include_str!(concat!("../../../i18n/sk/", $file))),+],
                Language::Bulgarian => &[$(include_str!(concat!("../../../i18n/bg/", $file))),+],
            }
        }
    };
}

ftl_files!(
    "posta.ftl",
    "wizard.ftl",
    "mailbox.ftl",
    "compose.ftl",
    "settings.ftl",
    "reader.ftl",
    "server.ftl",
    "providers.ftl",
    "conversation.ftl",
    "outbox.ftl",
    "cli.ftl",
    "reading.ftl",
    "spell.ftl",
    "list_filters.ftl",
    "mail-safety.ftl",
    "oauth.ftl",
    "rules.ftl",
    "transfer.ftl",
);

type Bundle = FluentBundle<FluentResource>;

/// Formats messages of one language, falling back to English for a message
/// the language lacks. `Send + Sync`, so one can be shared across threads.
pub struct Localizer {
    language: Language,
    bundle: Bundle,
    /// The English bundle, absent when `bundle` is English already.
    fallback: Option<Bundle>,
}

impl Localizer {
    /// Builds the localizer for `language` from the embedded `.ftl` files.
    pub fn new(language: Language) -> Self {
        let fallback = (language != Language::English).then(|| bundle(Language::English));
        Localizer {
            language,
            bundle: bundle(language),
            fallback,
        }
    }

    /// The language this localizer formats in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// True when this language or English has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        [Some(&self.bundle), self.fallback.as_ref()]
            .into_iter()
            .flatten()
            .any(|bundle| bundle.has_message(id))
    }

    /// The message `id` (or `id.attribute`) without arguments; the id itself
    /// when no language has it.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments, e.g. `[("count", 3.into())]`.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args: FluentArgs<'_> = args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        self.format(id, Some(&args))
    }

    /// The message `id` formatted with `args`; the id itself when missing.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        [Some(&self.bundle), self.fallback.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|bundle| format_in(bundle, id, args))
            .unwrap_or_else(|| id.to_string())
    }
}

/// Formats `id` in one bundle, or `None` when the bundle lacks it.
fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message_id, attribute)) => (message_id, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A missing argument still yields readable text ("{$host}" in place of the
    // value); the completeness tests keep callers and files in step, so this
    // is worth a note on stderr in debug builds, never a panic.
    #[cfg(debug_assertions)]
    if !errors.is_empty() {
        eprintln!("posta i18n: {id}: {errors:?}");
    }
    Some(text.into_owned())
}

/// Loads one language's embedded `.ftl` into a bundle.
fn bundle(language: Language) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![language.langid()]);
    // Fluent wraps every placeable in U+2068/U+2069 so a right-to-left value
    // cannot scramble a left-to-right sentence. All four languages are
    // left-to-right and the values are host names, numbers and server
    // replies; the marks would only cost us: the font has no glyph for them
    // and they break plain string comparison in tests and widget lookups.
    // Revisit if a right-to-left language is added.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number_formatter(language)));
    // NUMBER() lets a message turn grouping off, e.g. for port numbers. The
    // only possible error is a name clash, which cannot happen on a new bundle.
    let _ = bundle.add_function("NUMBER", number_function);

    // A parse error in an embedded file is caught by tests/i18n_completeness;
    // at run time the entries that did parse are still worth using.
    for source in sources(language) {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        // Errors here are duplicate ids, also caught by the tests; the first wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Fluent's `NUMBER()`, forgiving about its argument: the built-in one turns
/// a number passed as text (`port = port.to_string()`) into an error and the
/// value vanishes from the sentence; this one reads such text as the number
/// it is, and passes any other text through unchanged.
fn number_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mut number = match positional.first() {
        Some(FluentValue::Number(number)) => number.clone(),
        Some(FluentValue::String(text)) => match text.trim().parse::<FluentNumber>() {
            Ok(number) => number,
            Err(_) => return FluentValue::String(text.clone()),
        },
        _ => return FluentValue::Error,
    };
    number.options.merge(named);
    FluentValue::Number(number)
}

/// The Fluent formatter that writes numbers in `language`'s own way.
fn number_formatter<M>(language: Language) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    // Fluent takes a plain `fn`, not a closure, hence one per language.
    fn english<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        localize_number(value, Language::English)
    }
    fn polish<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        localize_number(value, Language::Polish)
    }
    fn slovak<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        localize_number(value, Language::Slovak)
    }
    fn bulgarian<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        localize_number(value, Language::Bulgarian)
    }
    match language {
        Language::English => english,
        Language::Polish => polish,
        Language::Slovak => slovak,
        Language::Bulgarian => bulgarian,
    }
}

/// A Fluent number in `language`'s symbols; `None` leaves other values alone.
fn localize_number(value: &FluentValue<'_>, language: Language) -> Option<String> {
    match value {
        // `as_string` applies `minimumFractionDigits`; the rest is ours.
        FluentValue::Number(number) => Some(format::localize_digits(
            &number.as_string(),
            language,
            number.options.use_grouping,
        )),
        _ => None,
    }
}

/// The localizer [`t!`](crate::t) formats with; English until [`set_language`].
static CURRENT: RwLock<Option<Arc<Localizer>>> = RwLock::new(None);

/// The current process-wide localizer.
pub fn current() -> Arc<Localizer> {
    let guard = CURRENT
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(localizer) = guard.as_ref() {
        return Arc::clone(localizer);
    }
    drop(guard);
    let mut guard = CURRENT
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    Arc::clone(guard.get_or_insert_with(|| Arc::new(Localizer::new(Language::English))))
}

/// Switches every later [`t!`](crate::t) to `language`.
pub fn set_language(language: Language) {
    let localizer = Arc::new(Localizer::new(language));
    *CURRENT
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(localizer);
}

/// The language [`t!`](crate::t) currently formats in.
pub fn current_language() -> Language {
    current().language()
}

/// Detects the user's language and makes it current; returns it.
///
/// Binaries call this once at start-up; libraries and tests stay in English
/// unless they choose otherwise.
pub fn init() -> Language {
    let language = detect_language();
    set_language(language);
    language
}

/// Formats a message in the current language.
///
/// `t!("home-welcome")` or `t!("app-version", version = "1.0")`; argument
/// values are anything that converts into a [`FluentValue`]: strings and
/// numbers (numbers pick plural forms and are written the local way).
#[macro_export]
macro_rules! t {
    ($id:expr $(,)?) => {
        $crate::current().tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::current().tr_args(
            $id,
            &[$((stringify!($name), $crate::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localizer_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Localizer>();
    }

    #[test]
    fn every_language_formats_its_own_text() {
        assert_eq!(
            Localizer::new(Language::English).tr("folder-inbox"),
            "Inbox"
        );
        assert_eq!(
            Localizer::new(Language::Polish).tr("folder-inbox"),
            "Odebrane"
        );
        assert_eq!(
            Localizer::new(Language::Slovak).tr("folder-inbox"),
            "Doručená pošta"
        );
        assert_eq!(
            Localizer::new(Language::Bulgarian).tr("folder-inbox"),
            "Входящи"
        );
    }

    #[test]
    fn missing_id_returns_the_id() {
        for language in Language::ALL {
            let localizer = Localizer::new(language);
            assert_eq!(localizer.tr("no-such-message"), "no-such-message");
            assert_eq!(
                localizer.tr("app-title.no-such-attribute"),
                "app-title.no-such-attribute"
            );
        }
    }

    #[test]
    fn english_fills_in_for_a_missing_message() {
        let mut localizer = Localizer::new(Language::Polish);
        localizer.bundle = Bundle::new_concurrent(vec![Language::Polish.langid()]);
        assert_eq!(localizer.tr("folder-inbox"), "Inbox");
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let localizer = Localizer::new(Language::English);
        let text = localizer.tr_args("app-version", &[("version", "1.2.3".into())]);
        assert_eq!(text, "Version 1.2.3");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn numbers_in_messages_are_localized() {
        let polish = Localizer::new(Language::Polish);
        let text = polish.tr_args("mailbox-message-count", &[("count", 12345.into())]);
        assert_eq!(text, "12\u{a0}345 wiadomości");
        let english = Localizer::new(Language::English);
        let text = english.tr_args("mailbox-message-count", &[("count", 12345.into())]);
        assert_eq!(text, "12,345 messages");
    }

    #[test]
    fn port_numbers_are_never_grouped() {
        let english = Localizer::new(Language::English);
        let text = english.tr_args(
            "error-connection-refused",
            &[("host", "mail.example.com".into()), ("port", 10143.into())],
        );
        assert!(text.contains("port 10143"), "{text}");
        // The same when the caller passes the port as text.
        let text = english.tr_args(
            "error-connection-refused",
            &[
                ("host", "mail.example.com".into()),
                ("port", "10143".into()),
            ],
        );
        assert!(text.contains("port 10143"), "{text}");
        let slovak = Localizer::new(Language::Slovak);
        let text = slovak.tr_args(
            "error-connection-refused",
            &[("host", "mail.example.com".into()), ("port", 1143.into())],
        );
        assert!(text.contains("porte 1143"), "{text}");
    }

    #[test]
    fn macro_formats_with_the_current_language() {
        // The only test in this crate that touches the global localizer.
        set_language(Language::Slovak);
        assert_eq!(current_language(), Language::Slovak);
        assert_eq!(crate::t!("folder-trash"), "Kôš");
        assert_eq!(
            crate::t!("mailbox-unread-count", count = 3),
            "3 neprečítané správy"
        );
        set_language(Language::English);
        assert_eq!(crate::t!("folder-trash"), "Trash");
    }
}
