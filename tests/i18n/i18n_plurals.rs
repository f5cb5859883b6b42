//! Plural messages have exactly the CLDR categories of their language and
//! render the grammatical form for real numbers.
//!
//! CLDR cardinal categories (what `intl_pluralrules`, and so Fluent, picks):
//! - English, Bulgarian: `one` (1), `other` (everything else, 1.5 too).
//! - Polish: `one` (1); `few` (2–4, 22–24, 32–34…, not 12–14); `many` (0,
//!   5–21, 25–31…, 112–114); `other` (fractions: "1,5 wiadomości", genitive
//!   singular).
//! - Slovak: `one` (1); `few` (2–4); `other` (0 and 5 up, so 21, 22, 112);
//!   `many` only for fractions ("1,5 správy", genitive singular). An integer
//!   never lands in `[many]`, so the form for five must sit in `*[other]`.
//!
//! Fluent writes the number itself with our formatter: "1.5" in English,
//! "1,5" in the others.

use crate::i18n_ftl as ftl;

use std::collections::BTreeSet;

use posta_i18n::{FluentValue, Language, Localizer};

/// The categories CLDR defines for integers and decimals in `language`.
fn cldr_categories(language: Language) -> BTreeSet<&'static str> {
    match language {
        Language::English | Language::Bulgarian => ["one", "other"].into(),
        Language::Polish | Language::Slovak => ["one", "few", "many", "other"].into(),
    }
}

/// Every problem with the plural selects of one language.
fn plural_problems(language: Language, english: &ftl::Ftl, ftl: &ftl::Ftl) -> Vec<String> {
    let wanted = cldr_categories(language);
    let mut problems = Vec::new();

    for (id, message) in &ftl.messages {
        for select in message.selects.iter().filter(|select| select.is_plural()) {
            let keys: BTreeSet<&str> = select.keys.iter().map(String::as_str).collect();
            if keys != wanted {
                problems.push(format!(
                    "`{id}` selects on {:?} with {keys:?}; {} needs exactly {wanted:?}",
                    select.variable,
                    language.code()
                ));
            }
            if select.keys.len() != keys.len() {
                problems.push(format!("`{id}` repeats a key: {:?}", select.keys));
            }
            if select.default.as_deref() != Some("other") {
                problems.push(format!(
                    "`{id}` has default {:?}; the default must be *[other]",
                    select.default
                ));
            }
        }
    }

    // A message English pluralizes must be pluralized on the same variable
    // in every language, even where the forms happen to coincide.
    for (id, message) in &english.messages {
        for select in message.selects.iter().filter(|select| select.is_plural()) {
            let translated = ftl.messages.get(id).is_some_and(|translation| {
                translation
                    .selects
                    .iter()
                    .any(|other| other.is_plural() && other.variable == select.variable)
            });
            if !translated {
                problems.push(format!(
                    "`{id}` has no plural select on {:?} (English has one)",
                    select.variable
                ));
            }
        }
    }
    problems
}

#[test]
fn every_plural_select_has_exactly_the_cldr_categories() {
    let english = ftl::load(Language::English).expect("English parses");
    let plural_messages = english
        .messages
        .values()
        .filter(|message| message.selects.iter().any(ftl::SelectInfo::is_plural))
        .count();
    assert!(
        plural_messages >= 5,
        "only {plural_messages} plural messages found"
    );

    let mut report = Vec::new();
    for language in Language::ALL {
        let ftl = ftl::load(language).expect("file parses");
        let problems = plural_problems(language, &english, &ftl);
        if !problems.is_empty() {
            report.push(format!("{}:\n  {}", language.code(), problems.join("\n  ")));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_category_check_can_fail() {
    let english = ftl::parse("a = { $n ->\n    [one] 1\n   *[other] n\n}\n").unwrap();
    // Polish without [many], with a non-"other" default.
    let polish = ftl::parse("a = { $n ->\n    [one] 1\n    [few] 2\n   *[other] n\n}\n").unwrap();
    let problems = plural_problems(Language::Polish, &english, &polish);
    assert!(
        problems.iter().any(|p| p.contains("needs exactly")),
        "{problems:?}"
    );

    let polish =
        ftl::parse("a = { $n ->\n    [one] 1\n    [few] 2\n   *[many] 5\n    [other] 1,5\n}\n")
            .unwrap();
    let problems = plural_problems(Language::Polish, &english, &polish);
    assert!(
        problems.iter().any(|p| p.contains("default must be")),
        "{problems:?}"
    );

    // Bulgarian with a [few] it does not have.
    let bulgarian =
        ftl::parse("a = { $n ->\n    [one] 1\n    [few] 2\n   *[other] n\n}\n").unwrap();
    let problems = plural_problems(Language::Bulgarian, &english, &bulgarian);
    assert!(
        problems.iter().any(|p| p.contains("needs exactly")),
        "{problems:?}"
    );

    // A translation that dropped the plural altogether.
    let slovak = ftl::parse("a = { $n } vecí\n").unwrap();
    let problems = plural_problems(Language::Slovak, &english, &slovak);
    assert!(
        problems.iter().any(|p| p.contains("no plural select")),
        "{problems:?}"
    );
}

/// Renders `id` with `$name` = `value`.
fn render(localizer: &Localizer, id: &str, name: &str, value: f64) -> String {
    localizer.tr_args(id, &[(name, FluentValue::from(value))])
}

/// The numbers each expectation row covers, in order.
const SAMPLES: [f64; 8] = [1.0, 2.0, 5.0, 21.0, 22.0, 25.0, 112.0, 1.5];

/// Asserts the rendering of `id` for each of [`SAMPLES`].
fn assert_forms(language: Language, id: &str, variable: &str, expected: [&str; 8]) {
    let localizer = Localizer::new(language);
    for (number, want) in SAMPLES.into_iter().zip(expected) {
        assert_eq!(
            render(&localizer, id, variable, number),
            want,
            "{} {id} with ${variable} = {number}",
            language.code()
        );
    }
}

#[test]
fn english_forms() {
    use Language::English;
    assert_forms(
        English,
        "mailbox-unread-count",
        "count",
        [
            "1 unread message",
            "2 unread messages",
            "5 unread messages",
            "21 unread messages",
            "22 unread messages",
            "25 unread messages",
            "112 unread messages",
            "1.5 unread messages",
        ],
    );
    assert_forms(
        English,
        "mailbox-message-count",
        "count",
        [
            "1 message",
            "2 messages",
            "5 messages",
            "21 messages",
            "22 messages",
            "25 messages",
            "112 messages",
            "1.5 messages",
        ],
    );
    assert_forms(
        English,
        "pop3-keep-days",
        "days",
        [
            "Keep messages on the server for 1 day",
            "Keep messages on the server for 2 days",
            "Keep messages on the server for 5 days",
            "Keep messages on the server for 21 days",
            "Keep messages on the server for 22 days",
            "Keep messages on the server for 25 days",
            "Keep messages on the server for 112 days",
            "Keep messages on the server for 1.5 days",
        ],
    );
}

#[test]
fn polish_forms() {
    use Language::Polish;
    assert_forms(
        Polish,
        "mailbox-unread-count",
        "count",
        [
            "1 nieprzeczytana wiadomość",
            "2 nieprzeczytane wiadomości",
            "5 nieprzeczytanych wiadomości",
            "21 nieprzeczytanych wiadomości",
            "22 nieprzeczytane wiadomości",
            "25 nieprzeczytanych wiadomości",
            "112 nieprzeczytanych wiadomości",
            "1,5 nieprzeczytanej wiadomości",
        ],
    );
    assert_forms(
        Polish,
        "sync-queued-changes",
        "count",
        [
            "1 zmiana czeka na wysłanie",
            "2 zmiany czekają na wysłanie",
            "5 zmian czeka na wysłanie",
            "21 zmian czeka na wysłanie",
            "22 zmiany czekają na wysłanie",
            "25 zmian czeka na wysłanie",
            "112 zmian czeka na wysłanie",
            "1,5 zmiany czeka na wysłanie",
        ],
    );
    assert_forms(
        Polish,
        "pop3-keep-days",
        "days",
        [
            "Pozostawiaj wiadomości na serwerze przez 1 dzień",
            "Pozostawiaj wiadomości na serwerze przez 2 dni",
            "Pozostawiaj wiadomości na serwerze przez 5 dni",
            "Pozostawiaj wiadomości na serwerze przez 21 dni",
            "Pozostawiaj wiadomości na serwerze przez 22 dni",
            "Pozostawiaj wiadomości na serwerze przez 25 dni",
            "Pozostawiaj wiadomości na serwerze przez 112 dni",
            "Pozostawiaj wiadomości na serwerze przez 1,5 dnia",
        ],
    );
}

#[test]
fn slovak_forms() {
    use Language::Slovak;
    assert_forms(
        Slovak,
        "mailbox-unread-count",
        "count",
        [
            "1 neprečítaná správa",
            "2 neprečítané správy",
            "5 neprečítaných správ",
            "21 neprečítaných správ",
            "22 neprečítaných správ",
            "25 neprečítaných správ",
            "112 neprečítaných správ",
            "1,5 neprečítanej správy",
        ],
    );
    assert_forms(
        Slovak,
        "sync-queued-changes",
        "count",
        [
            "1 zmena čaká na odoslanie",
            "2 zmeny čakajú na odoslanie",
            "5 zmien čaká na odoslanie",
            "21 zmien čaká na odoslanie",
            "22 zmien čaká na odoslanie",
            "25 zmien čaká na odoslanie",
            "112 zmien čaká na odoslanie",
            "1,5 zmeny čaká na odoslanie",
        ],
    );
    assert_forms(
        Slovak,
        "pop3-keep-days",
        "days",
        [
            "Ponechávať správy na serveri 1 deň",
            "Ponechávať správy na serveri 2 dni",
            "Ponechávať správy na serveri 5 dní",
            "Ponechávať správy na serveri 21 dní",
            "Ponechávať správy na serveri 22 dní",
            "Ponechávať správy na serveri 25 dní",
            "Ponechávať správy na serveri 112 dní",
            "Ponechávať správy na serveri 1,5 dňa",
        ],
    );
}

#[test]
fn bulgarian_forms() {
    use Language::Bulgarian;
    assert_forms(
        Bulgarian,
        "mailbox-unread-count",
        "count",
        [
            "1 непрочетено писмо",
            "2 непрочетени писма",
            "5 непрочетени писма",
            "21 непрочетени писма",
            "22 непрочетени писма",
            "25 непрочетени писма",
            "112 непрочетени писма",
            "1,5 непрочетени писма",
        ],
    );
    assert_forms(
        Bulgarian,
        "sync-queued-changes",
        "count",
        [
            "1 промяна очаква изпращане",
            "2 промени очакват изпращане",
            "5 промени очакват изпращане",
            "21 промени очакват изпращане",
            "22 промени очакват изпращане",
            "25 промени очакват изпращане",
            "112 промени очакват изпращане",
            "1,5 промени очакват изпращане",
        ],
    );
    assert_forms(
        Bulgarian,
        "pop3-keep-days",
        "days",
        [
            "Писмата да остават на сървъра 1 ден",
            "Писмата да остават на сървъра 2 дни",
            "Писмата да остават на сървъра 5 дни",
            "Писмата да остават на сървъра 21 дни",
            "Писмата да остават на сървъра 22 дни",
            "Писмата да остават на сървъра 25 дни",
            "Писмата да остават на сървъра 112 дни",
            "Писмата да остават на сървъра 1,5 дни",
        ],
    );
}

#[test]
fn slovak_integers_never_use_many() {
    // [many] holds the fraction form ("neprečítanej správy"); if a number of
    // messages ever showed it, the Slovak file relied on [many] for integers.
    let slovak = Localizer::new(Language::Slovak);
    let fraction_form = render(&slovak, "mailbox-unread-count", "count", 1.5);
    assert!(
        fraction_form.ends_with("neprečítanej správy"),
        "{fraction_form}"
    );
    for n in 0..=1000u32 {
        let text = slovak.tr_args("mailbox-unread-count", &[("count", n.into())]);
        assert!(!text.contains("neprečítanej"), "{n}: {text}");
    }
    assert_eq!(
        slovak.tr_args("mailbox-unread-count", &[("count", 5.into())]),
        "5 neprečítaných správ"
    );
    assert_eq!(
        slovak.tr_args("mailbox-unread-count", &[("count", 0.into())]),
        "0 neprečítaných správ"
    );
}

#[test]
fn zero_takes_the_plural_of_each_language() {
    let cases = [
        (Language::English, "0 unread messages"),
        (Language::Polish, "0 nieprzeczytanych wiadomości"),
        (Language::Slovak, "0 neprečítaných správ"),
        (Language::Bulgarian, "0 непрочетени писма"),
    ];
    for (language, want) in cases {
        let localizer = Localizer::new(language);
        assert_eq!(
            localizer.tr_args("mailbox-unread-count", &[("count", 0.into())]),
            want
        );
    }
}

#[test]
fn progress_selects_on_the_total() {
    let cases = [
        (Language::English, 1, "Synchronizing: 0 of 1 message"),
        (Language::English, 250, "Synchronizing: 3 of 250 messages"),
        (Language::Polish, 250, "Synchronizacja: 3 z 250 wiadomości"),
        (Language::Slovak, 1, "Synchronizácia: 0 z 1 správy"),
        (Language::Slovak, 3, "Synchronizácia: 3 z 3 správ"),
        (Language::Slovak, 250, "Synchronizácia: 3 z 250 správ"),
        (Language::Bulgarian, 1, "Синхронизиране: 0 от 1 писмо"),
        (Language::Bulgarian, 250, "Синхронизиране: 3 от 250 писма"),
    ];
    for (language, total, want) in cases {
        let done = if total == 1 { 0 } else { 3 };
        let text = Localizer::new(language).tr_args(
            "sync-progress",
            &[("done", done.into()), ("total", total.into())],
        );
        assert_eq!(text, want, "{}", language.code());
    }
}

#[test]
fn large_counts_are_grouped_the_local_way() {
    let count = || [("count", FluentValue::from(12_345))];
    assert_eq!(
        Localizer::new(Language::English).tr_args("mailbox-message-count", &count()),
        "12,345 messages"
    );
    assert_eq!(
        Localizer::new(Language::Slovak).tr_args("mailbox-message-count", &count()),
        "12\u{a0}345 správ"
    );
    assert_eq!(
        Localizer::new(Language::Bulgarian).tr_args("mailbox-message-count", &count()),
        "12\u{a0}345 писма"
    );
}
