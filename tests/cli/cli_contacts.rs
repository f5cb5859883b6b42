//! `posta contacts` on the demo mailbox: `list` puts whom Alicja wrote to
//! first and never Alicja herself; `search` finds "pio", "zol" and "ива"
//! as completion does, and prints nothing (exit 0) when nobody matches.

use posta_testkit::cli;
use posta_testkit::mailbox_fixture as fixture;

fn posta(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, "");
    let (stdout, stderr) = cli::text(&out);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

fn first_columns(out: &str) -> Vec<(String, String)> {
    out.lines()
        .map(|line| {
            let mut columns = line.split('\t');
            let name = columns.next().unwrap_or_default().to_owned();
            let email = columns.next().unwrap_or_default().to_owned();
            assert!(
                columns.next().is_some_and(|n| n.parse::<u32>().is_ok()),
                "a count: {line}"
            );
            (name, email)
        })
        .collect()
}

#[test]
fn contacts_list_and_search() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(fixture::fill(dir.path()));
    let home = dir.path();

    let (code, out, err) = posta(home, &["contacts", "list"]);
    assert_eq!(code, 0, "{err}");
    let list = first_columns(&out);
    assert_eq!(
        list.first().map(|c| c.0.as_str()),
        Some("Jan Kowalski"),
        "written to first: {out}"
    );
    assert!(
        !list.iter().any(|c| c.1.starts_with("alicja@")),
        "never the user's own address: {out}"
    );

    for (typed, name) in [
        ("pio", "Piotr Zieliński"),
        ("ZOL", "Zofia Żółkiewska"),
        ("ива", "Иван Петров"),
    ] {
        let (code, out, err) = posta(home, &["contacts", "search", typed]);
        assert_eq!(code, 0, "{err}");
        let found = first_columns(&out);
        assert_eq!(
            found.first().map(|c| c.0.as_str()),
            Some(name),
            "{typed}: {out}"
        );
    }

    let (code, out, err) = posta(home, &["contacts", "search", "xyzzy"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}
