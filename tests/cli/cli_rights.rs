//! `posta rights FOLDER`: the "your rights" panel without a window, on the
//! demo mailbox (bob shares "Zespół" with lrswi).

use posta_testkit::cli;
use posta_testkit::mailbox_fixture as fixture;

fn posta(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, "");
    let (stdout, stderr) = cli::text(&out);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

#[test]
fn what_may_be_done_in_a_shared_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(fixture::fill(dir.path()));
    let home = dir.path();
    let (code, out, err) = posta(home, &["rights", "shared/bob/Zespół", "--account", "Praca"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 8);
    assert!(lines.contains(&"i\tyes\tMove, copy or save messages into this folder"));
    assert!(lines.contains(&"t\tno\tDelete messages"));
    assert!(lines.contains(&"a\tno\tShare this folder with others"));

    let (_, out, _) = posta(home, &["rights", "INBOX", "--account", "Praca"]);
    assert!(out.lines().all(|l| l.contains("\tyes\t")), "{out}");

    let (code, _, err) = posta(home, &["rights", "Nic", "--account", "Praca"]);
    assert_eq!(code, 2);
    assert!(err.contains("“Nic”"), "{err}");
}
