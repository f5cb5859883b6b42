//! `posta --help`, every command's help and clap's own mistakes ("unknown
//! flag", "missing value") in the user's language, chosen as the window
//! chooses it: LC_ALL, LC_MESSAGES, LANG, and the General setting over
//! them; the man pages and completions stay English.

use std::path::Path;
use std::process::Output;

use posta_testkit::cli;

/// Runs posta in `home` with `LANG=locale`.
fn posta_in(locale: &str, home: &Path, args: &[&str]) -> Output {
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(args)
        .env("POSTA_HOME", home)
        .env("LANG", locale);
    cli::run(&mut command, "")
}

/// What a language must show, and English words it must not.
struct Expected {
    locale: &'static str,
    /// From `posta --help`: the description, a heading, the help flag.
    root: [&'static str; 3],
    /// From `posta account edit --help`.
    edit: [&'static str; 3],
    /// `posta sync --bogus`.
    unknown: &'static str,
    /// `posta account edit Praca --port`.
    missing: &'static str,
}

const LANGUAGES: [Expected; 3] = [
    Expected {
        locale: "pl_PL.UTF-8",
        root: [
            "Posta, klient poczty IMAP i POP3",
            "Polecenia:",
            "Wyświetla pomoc",
        ],
        edit: [
            "Zmienia ustawienia konta",
            "Użycie: posta account edit [OPCJE] <ACCOUNT>",
            "IMAP: pobiera treść wiadomości, by dało się je czytać bez sieci",
        ],
        unknown: "błąd: nieoczekiwany argument '--bogus'",
        missing: "błąd: '--port <PORT>' wymaga wartości, a nie podano żadnej",
    },
    Expected {
        locale: "sk_SK.UTF-8",
        root: [
            "Posta, poštový klient pre IMAP a POP3",
            "Príkazy:",
            "Zobrazí pomocníka",
        ],
        edit: [
            "Zmení nastavenia účtu",
            "Použitie: posta account edit [VOĽBY] <ACCOUNT>",
            "IMAP: sťahuje obsah správ, aby sa dali čítať bez siete",
        ],
        unknown: "chyba: neočakávaný argument '--bogus'",
        missing: "chyba: '--port <PORT>' vyžaduje hodnotu, no žiadna nebola zadaná",
    },
    Expected {
        locale: "bg_BG.UTF-8",
        root: [
            "Posta, пощенски клиент за IMAP и POP3",
            "Команди:",
            "Показва помощта",
        ],
        edit: [
            "Променя настройките на акаунт",
            "Употреба: posta account edit [ОПЦИИ] <ACCOUNT>",
            "IMAP: изтегля съдържанието на писмата, за четене без мрежа",
        ],
        unknown: "грешка: неочакван аргумент '--bogus'",
        missing: "грешка: '--port <PORT>' изисква стойност, но не е дадена",
    },
];

/// English that clap or the doc comments would have written.
const ENGLISH: [&str; 8] = [
    "Usage:",
    "Options:",
    "Print help",
    "error:",
    "unexpected argument",
    "a value is required",
    "For more information",
    "Change an account's settings",
];

#[track_caller]
fn assert_no_english(text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn help_and_mistakes_speak_the_users_language() {
    let home = tempfile::tempdir().expect("tempdir");
    for expected in &LANGUAGES {
        let help = cli::ok(&posta_in(expected.locale, home.path(), &["--help"]));
        for words in expected.root {
            assert!(help.contains(words), "{words:?} not in:\n{help}");
        }
        assert_no_english(&help);

        let edit = cli::ok(&posta_in(
            expected.locale,
            home.path(),
            &["account", "edit", "--help"],
        ));
        for words in expected.edit {
            assert!(edit.contains(words), "{words:?} not in:\n{edit}");
        }
        assert!(edit.contains("--download-bodies"), "{edit}");
        assert_no_english(&edit);

        let unknown = posta_in(expected.locale, home.path(), &["sync", "--bogus"]);
        cli::assert_code(&unknown, 2);
        cli::assert_stderr_has(&unknown, expected.unknown);
        assert_no_english(&cli::stderr(&unknown));
        assert!(cli::stdout(&unknown).is_empty());

        let missing = posta_in(
            expected.locale,
            home.path(),
            &["account", "edit", "Praca", "--port"],
        );
        cli::assert_code(&missing, 2);
        cli::assert_stderr_has(&missing, expected.missing);
        assert_no_english(&cli::stderr(&missing));
    }
}

#[test]
fn english_stays_as_clap_writes_it() {
    let home = tempfile::tempdir().expect("tempdir");
    let help = cli::ok(&posta_in("C", home.path(), &["account", "edit", "--help"]));
    assert!(
        help.contains("Usage: posta account edit [OPTIONS] <ACCOUNT>"),
        "{help}"
    );
    assert!(help.contains("Change an account's settings"), "{help}");
    let unknown = posta_in("en_GB.UTF-8", home.path(), &["sync", "--acount", "x"]);
    cli::assert_code(&unknown, 2);
    let stderr = cli::stderr(&unknown);
    assert_eq!(
        stderr,
        "error: unexpected argument '--acount' found\n\n  \
         tip: a similar argument exists: '--account'\n\n\
         Usage: posta sync [OPTIONS]\n\n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn refused_values_are_explained_in_the_users_language() {
    let home = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, &[&str], &str); 5] = [
        (
            "pl_PL.UTF-8",
            &["account", "edit", "Praca", "--port", "70000"],
            "błąd: nieprawidłowa wartość '70000' dla '--port <PORT>': liczba musi być od 0 do 65535",
        ),
        (
            "sk_SK.UTF-8",
            &["account", "edit", "Praca", "--security", "xyz"],
            "chyba: neplatná hodnota 'xyz' pre '--security <SECURITY>': zadajte tls, starttls alebo none",
        ),
        (
            "bg_BG.UTF-8",
            &["archive", "INBOX", "0"],
            "грешка: невалидна стойност '0' за '<POSITIONS>...': числото трябва да е поне 1",
        ),
        (
            "pl_PL.UTF-8",
            &["acount"],
            "wskazówka: istnieją podobne polecenia: 'contacts', 'account'",
        ),
        (
            "bg_BG.UTF-8",
            &["account", "edit"],
            "грешка: липсват задължителни аргументи:\n  <ACCOUNT>",
        ),
    ];
    for (locale, args, words) in cases {
        let out = posta_in(locale, home.path(), args);
        cli::assert_code(&out, 2);
        cli::assert_stderr_has(&out, words);
        assert_no_english(&cli::stderr(&out));
    }
}

#[test]
fn the_general_setting_chooses_the_language_as_in_the_window() {
    let home = tempfile::tempdir().expect("tempdir");
    cli::ok(&posta_in(
        "C",
        home.path(),
        &["settings", "--language", "sk"],
    ));
    // LC_ALL says Polish; the language chosen in the settings wins, as in
    // the window.
    let mut command = cli::command(env!("CARGO_BIN_EXE_posta"));
    command
        .args(["account", "edit", "--help"])
        .env("POSTA_HOME", home.path())
        .env("LC_ALL", "pl_PL.UTF-8");
    let help = cli::ok(&cli::run(&mut command, ""));
    assert!(help.contains("Zmení nastavenia účtu"), "{help}");

    cli::ok(&posta_in(
        "C",
        home.path(),
        &["settings", "--language", "system"],
    ));
    let help = cli::ok(&cli::run(&mut command, ""));
    assert!(help.contains("Zmienia ustawienia konta"), "{help}");
}

#[test]
fn man_pages_and_completions_stay_english() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let dir = out.path().to_str().expect("UTF-8 path");
    cli::ok(&posta_in(
        "pl_PL.UTF-8",
        home.path(),
        &["package-files", dir],
    ));
    let page = |name: &str| {
        std::fs::read_to_string(out.path().join("man").join(name))
            .unwrap_or_else(|err| panic!("{name}: {err}"))
    };
    let main = page("posta.1");
    assert!(
        main.contains("Posta, a mail client for IMAP and POP3"),
        "{main}"
    );
    assert!(main.contains("Test a connection to an incoming mail server"));
    let account = page("posta-account.1");
    assert!(account.contains("Add or list mail accounts"), "{account}");
    for polish in ["Użycie", "Polecenia", "Sprawdza", "Wyświetla"] {
        assert!(!cli::any_file_contains(out.path(), polish), "{polish}");
    }
    let bash = std::fs::read_to_string(out.path().join("completions/posta")).expect("bash");
    assert!(bash.contains("--download-bodies"), "{bash}");
    assert!(out.path().join("completions/_posta").is_file());
    assert!(out.path().join("completions/posta.fish").is_file());
}
