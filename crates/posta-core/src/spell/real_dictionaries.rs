//! The checker against Debian's real dictionaries (`hunspell-pl`,
//! `hunspell-sk`, `hunspell-bg`, `hunspell-en-us`, which
//! `packaging/dev.sh test` installs): sentences with every letter of each
//! alphabet, and the corrections the issue names.

use std::path::PathBuf;

use super::{Language, Speller};

fn speller(languages: &[Language]) -> Speller {
    let dirs = vec![PathBuf::from("/usr/share/hunspell")];
    let (speller, errors) = Speller::new(languages, &dirs, None);
    assert!(
        errors.is_empty(),
        "install hunspell-pl hunspell-sk hunspell-bg hunspell-en-us: {errors:?}"
    );
    speller
}

fn misspelled(speller: &Speller, text: &str) -> Vec<String> {
    speller.check(text).into_iter().map(|m| m.word).collect()
}

fn suggests(speller: &Speller, word: &str, expected: &str) {
    let suggestions = speller.suggest(word);
    assert!(
        suggestions.iter().any(|s| s == expected),
        "{word}: {suggestions:?} lacks {expected}"
    );
}

#[test]
fn polish_with_every_diacritic_is_right_and_typos_are_corrected() {
    let pl = speller(&[Language::Polish]);
    // ą ć ę ł ń ó ś ź ż, small and capital.
    let text = "Zażółć gęślą jaźń. Łódź, Śląsk, Żółw, Ćma, Źdźbło i Ósemka są na miejscu. \
                Mąż przyniósł książkę, więc dziękuję za wiadomość.";
    assert_eq!(misspelled(&pl, text), Vec::<String>::new());
    assert_eq!(
        misspelled(&pl, "Orgomne dzienki za wiadomość."),
        ["Orgomne", "dzienki"]
    );
    suggests(&pl, "Orgomne", "Ogromne");
    suggests(&pl, "dzienki", "dzięki");
    suggests(&pl, "ksiazka", "książka");
}

#[test]
fn slovak_with_every_diacritic_is_right_and_typos_are_corrected() {
    let sk = speller(&[Language::Slovak]);
    // á ä č ď é í ĺ ľ ň ó ô ŕ š ť ú ý ž.
    let text = "Kŕdeľ ďatľov učí koňa žrať kôru. Päť dní, ťava, úľ, výška, lóže, mäso, \
                šťastie, báseň, čierny, Ďalší, Žltý, Ľudia. Posielam zmluvu v prílohe.";
    assert_eq!(misspelled(&sk, text), Vec::<String>::new());
    assert_eq!(misspelled(&sk, "Posielam prilohy."), ["prilohy"]);
    suggests(&sk, "prilohy", "prílohy");
}

#[test]
fn bulgarian_with_every_letter_is_right_and_typos_are_corrected() {
    let bg = speller(&[Language::Bulgarian]);
    // The whole Bulgarian alphabet, ъ ь ю я щ ѝ included.
    let text = "Ах, чудна българска земя, полюшвай цъфтящи жита. Шофьорът даде ѝ билет. \
                Юнакът и щъркелът хапват фъстъци. Изпращам писмото и книгата.";
    assert_eq!(misspelled(&bg, text), Vec::<String>::new());
    assert_eq!(
        misspelled(&bg, "Получих писмто и кнга."),
        ["писмто", "кнга"]
    );
    suggests(&bg, "писмто", "писмо");
    suggests(&bg, "кнга", "книга");
}

#[test]
fn english_is_right_and_typos_are_corrected() {
    let en = speller(&[Language::English]);
    assert_eq!(
        misspelled(
            &en,
            "Thanks for the message; I'll send the report tomorrow."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        misspelled(&en, "Thnaks for the mesage."),
        ["Thnaks", "mesage"]
    );
    suggests(&en, "mesage", "message");
}

#[test]
fn several_languages_at_once_and_only_in_their_script() {
    let both = speller(&[Language::Polish, Language::English, Language::Bulgarian]);
    assert_eq!(
        misspelled(
            &both,
            "Dziękuję, the meeting is jutro, а писмото е готово. Thnaks"
        ),
        ["Thnaks"]
    );
    // A Cyrillic word gets Cyrillic suggestions only.
    assert!(both
        .suggest("кнга")
        .iter()
        .all(|s| s.chars().any(|c| c > '\u{3ff}')));
}

#[test]
fn ignored_and_added_words_are_not_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = crate::store::PostaHome::at(dir.path());
    let dirs = vec![PathBuf::from("/usr/share/hunspell")];
    let (pl, _) = Speller::new(&[Language::Polish], &dirs, Some(&home));
    assert_eq!(
        misspelled(&pl, "Pozdrawiam, Grzegorzex i Zbyszkowo"),
        ["Grzegorzex", "Zbyszkowo"]
    );
    pl.ignore("Grzegorzex");
    assert_eq!(
        pl.add_to_dictionary("Zbyszkowo").expect("added"),
        Some(Language::Polish)
    );
    assert_eq!(
        misspelled(&pl, "Pozdrawiam, Grzegorzex i Zbyszkowo"),
        Vec::<String>::new()
    );
    // A new session forgets the ignored word but keeps the added one.
    let (again, _) = Speller::new(&[Language::Polish], &dirs, Some(&home));
    assert_eq!(misspelled(&again, "Grzegorzex i Zbyszkowo"), ["Grzegorzex"]);
}
