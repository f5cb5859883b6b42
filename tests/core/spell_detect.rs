//! Which languages spell checking turns on for real-looking mail: the
//! reading fixtures (a Bulgarian invitation, a Polish invoice in HTML, a
//! Slovak newsletter, replies from Gmail, Outlook and Thunderbird) as the
//! reader turns them into text, and replies written above them, the way
//! compose holds them.

use posta_core::compose::{Original, ReplyKind};
use posta_core::message::Address;
use posta_core::spell::{detect, Language};

fn text(fixture: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/reading/{fixture}.eml",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read(&path).expect("fixture");
    Original::parse(&raw, &posta_i18n::deception_warning).text
}

fn reply_above(fixture: &str, answer: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/reading/{fixture}.eml",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read(&path).expect("fixture");
    let original = Original::parse(&raw, &posta_i18n::deception_warning);
    let me = Address {
        name: Some("Alicja Żółw".into()),
        email: "alicja@example.pl".into(),
    };
    let draft = original.answer(ReplyKind::Reply, &me, "napisał(a):");
    format!("{answer}\n\n{}", draft.body)
}

#[test]
fn each_fixture_is_found_in_its_own_language() {
    assert_eq!(detect(&text("invitation-bg"))[0], Language::Bulgarian);
    assert_eq!(detect(&text("invoice-pl"))[0], Language::Polish);
    assert_eq!(detect(&text("newsletter-sk"))[0], Language::Slovak);
    assert_eq!(detect(&text("reply-gmail"))[0], Language::Slovak);
    assert_eq!(detect(&text("reply-outlook"))[0], Language::Polish);
    assert_eq!(detect(&text("reply-thunderbird"))[0], Language::Polish);
}

#[test]
fn a_reply_above_a_quote_in_another_language_turns_both_on() {
    let body = reply_above(
        "invitation-bg",
        "Dziękuję za zaproszenie! Niestety w tym terminie jestem w podróży, \
         ale chętnie spotkam się w przyszłym miesiącu.",
    );
    let languages = detect(&body);
    assert!(
        languages.contains(&Language::Polish),
        "{languages:?}\n{body}"
    );
    assert!(
        languages.contains(&Language::Bulgarian),
        "{languages:?}\n{body}"
    );
    // The same reply above a Polish message is Polish only.
    let body = reply_above(
        "reply-thunderbird",
        "Dziękuję, zdjęcia są piękne, zwłaszcza te z gór.",
    );
    assert_eq!(detect(&body), [Language::Polish]);
}
