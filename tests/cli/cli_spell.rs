//! `posta spell`: the text on standard input checked with Debian's Hunspell
//! dictionaries (installed by `packaging/dev.sh test`).

use std::path::Path;

use posta_testkit::cli;

fn spell(home: &Path, args: &[&str], text: &str) -> (i32, String, String) {
    let mut args_with_verb = vec!["spell"];
    args_with_verb.extend_from_slice(args);
    let out = cli::posta(env!("CARGO_BIN_EXE_posta"), home, &args_with_verb, text);
    let (stdout, stderr) = cli::text(&out);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

/// The suggestions printed for `word`, or a failure naming what was printed.
fn suggestions<'a>(out: &'a str, word: &str) -> Vec<&'a str> {
    let line = out
        .lines()
        .find(|l| l.split('\t').next() == Some(word))
        .unwrap_or_else(|| panic!("no line for {word} in {out:?}"));
    line.split_once('\t')
        .map(|(_, s)| s.split(", ").collect())
        .unwrap_or_default()
}

#[test]
fn misspelled_words_come_with_corrections_in_each_language() {
    let home = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = spell(
        home.path(),
        &["--lang", "pl"],
        "Orgomne dzienki za wiadomość.",
    );
    assert_eq!(code, 0, "{err}");
    let words: Vec<&str> = out
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(words, ["Orgomne", "dzienki"]);
    assert_eq!(suggestions(&out, "Orgomne")[0], "Ogromne");
    assert_eq!(suggestions(&out, "dzienki")[0], "dzięki");

    let (code, out, _) = spell(
        home.path(),
        &["--lang", "sk"],
        "Posielam vám prilohy k zmluve.",
    );
    assert_eq!(code, 0);
    assert_eq!(suggestions(&out, "prilohy")[0], "prílohy");

    let (code, out, _) = spell(home.path(), &["--lang", "bg"], "Получих писмто и кнга.\n");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert_eq!(suggestions(&out, "писмто")[0], "писмо");
    assert_eq!(suggestions(&out, "кнга")[0], "книга");
}

#[test]
fn correct_text_prints_nothing() {
    let home = tempfile::tempdir().expect("tempdir");
    let texts = [
        ("pl", "Dzień dobry, przesyłam umowę. Zażółć gęślą jaźń."),
        (
            "sk",
            "Dobrý deň, posielam zmluvu v prílohe. Ďakujem, Ľuboš.",
        ),
        ("bg", "Здравейте, изпращам договора и писмото."),
        ("en", "Hello, the contract is attached. Thanks!"),
    ];
    for (lang, text) in texts {
        let (code, out, err) = spell(home.path(), &["--lang", lang], text);
        assert_eq!((code, out.as_str()), (0, ""), "{lang}: {err}");
    }
}

#[test]
fn the_language_is_detected_and_quotes_links_and_signatures_are_left_alone() {
    let home = tempfile::tempdir().expect("tempdir");
    let text = "Cześć Marto,\n\
                dzienki za raport, przeczytam go jutro. Szczegóły: https://intranet.example/raprot\n\
                albo napisz na marta.nowak@example.pl.\n\n\
                > Hi, please see the attached reprot and the nubmers for Q3.\n\n\
                -- \nGrzegorz Brzęczyszczykiewicz, tel. 600 100 200\n";
    let (code, out, err) = spell(home.path(), &[], text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(suggestions(&out, "dzienki")[0], "dzięki");
}

#[test]
fn ignored_words_repeated_words_and_added_words() {
    let home = tempfile::tempdir().expect("tempdir");
    let text = "Thnaks, Zbyszkowo. Thnaks again, Zbyszkowo.";
    let (_, out, _) = spell(home.path(), &["--lang", "en"], text);
    assert_eq!(out.lines().count(), 2, "each word once: {out}");
    let (code, out, _) = spell(
        home.path(),
        &["--lang", "en", "--ignore", "Zbyszkowo"],
        text,
    );
    assert_eq!(code, 0);
    assert_eq!(
        out.lines()
            .map(|l| l.split('\t').next())
            .collect::<Vec<_>>(),
        [Some("Thnaks")]
    );
    // The personal list compose's "Add to dictionary" writes.
    let list = home.path().join("spell");
    std::fs::create_dir_all(&list).expect("dir");
    std::fs::write(list.join("personal-en.txt"), "Zbyszkowo\nThnaks\n").expect("list");
    let (_, out, _) = spell(home.path(), &["--lang", "en"], text);
    assert_eq!(out, "");
}

#[test]
fn without_a_dictionary_the_package_is_named() {
    let home = tempfile::tempdir().expect("tempdir");
    let empty = tempfile::tempdir().expect("tempdir");
    let out = cli::run(
        cli::command(env!("CARGO_BIN_EXE_posta"))
            .args(["spell", "--lang", "bg"])
            .env("POSTA_HOME", home.path())
            .env("POSTA_DICTIONARY_DIRS", empty.path())
            .env("LANG", "pl_PL.UTF-8"),
        "Получих писмто.",
    );
    let (stdout, stderr) = cli::text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout, "");
    assert!(stderr.contains("hunspell-bg"), "{stderr}");
    assert!(stderr.contains("Zainstaluj pakiet"), "Polish: {stderr}");

    let out = cli::run(
        cli::command(env!("CARGO_BIN_EXE_posta"))
            .arg("spell")
            .env("POSTA_HOME", home.path())
            .env("POSTA_DICTIONARY_DIRS", empty.path()),
        "Hello.",
    );
    assert_eq!(out.status.code(), Some(1));
    cli::assert_stderr_has(&out, "hunspell-en-us");
}
