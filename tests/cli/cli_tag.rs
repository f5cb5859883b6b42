//! `posta tag` on the demo mailbox: list in order, add, rename (the
//! keyword stays), recolour, move, remove (off every message, one queued
//! STORE per folder), each change queued for the server with a sentence;
//! unknown tags and an unnamed account among several are refused.

use posta_testkit::cli;
use posta_testkit::mailbox_fixture as fixture;

use posta_core::store::{Op, PostaHome, Store};

fn posta(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = cli::posta(env!("CARGO_BIN_EXE_posta"), home, args, "");
    let (stdout, stderr) = cli::text(&out);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

fn keywords(list: &str) -> Vec<String> {
    list.lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_tag_manager_without_a_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(fixture::fill(dir.path()));
    let home = dir.path();
    let work = ["--account", "Praca"];

    let (code, _, err) = posta(home, &["tag", "list"]);
    assert_eq!(code, 2, "several accounts: {err}");
    assert!(err.contains("--account"), "{err}");

    let (code, out, _) = posta(home, &["tag", "list", "--account", "Praca"]);
    assert_eq!(code, 0);
    assert_eq!(keywords(&out)[..2], ["$label1", "$label2"]);
    assert!(
        out.lines().next().unwrap_or_default().contains("\t#ff0000"),
        "{out}"
    );

    let (code, out, err) = posta(
        home,
        &["tag", "add", "Żółć", "--color", "#00aa00", work[0], work[1]],
    );
    assert_eq!((code, out.trim()), (0, "zolc"), "{err}");
    assert!(err.contains("next sync"), "{err}");

    let (code, _, _) = posta(
        home,
        &["tag", "rename", "$label1", "Pilne", work[0], work[1]],
    );
    assert_eq!(code, 0);
    let (code, _, _) = posta(
        home,
        &["tag", "recolour", "$label1", "#123456", work[0], work[1]],
    );
    assert_eq!(code, 0);
    let (code, _, _) = posta(home, &["tag", "move", "zolc", "1", work[0], work[1]]);
    assert_eq!(code, 0);
    let (_, out, _) = posta(home, &["tag", "list", work[0], work[1]]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "zolc\tŻółć\t#00aa00");
    assert_eq!(lines[1], "$label1\tPilne\t#123456");

    let store = Store::open(&PostaHome::at(home)).expect("store");
    let before = store.tagged_messages(1, "$label2").expect("tagged");
    let tagged = before.len();
    assert!(tagged >= 2, "the demo has $label2 on several messages");
    let mut folders: Vec<i64> = before
        .iter()
        .filter(|m| m.uid.is_some())
        .map(|m| m.folder_id)
        .collect();
    folders.dedup();
    drop(store);
    let (code, _, err) = posta(home, &["tag", "remove", "$label2", work[0], work[1]]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&format!("{tagged} messages")), "{err}");
    let store = Store::open(&PostaHome::at(home)).expect("store");
    assert!(store
        .tagged_messages(1, "$label2")
        .expect("tagged")
        .is_empty());
    let ops: Vec<Op> = store
        .pending_ops(1)
        .expect("queue")
        .into_iter()
        .map(|(_, op)| op)
        .collect();
    let stores = ops
        .iter()
        .filter(|op| matches!(op, Op::StoreFlags { .. }))
        .count();
    assert_eq!(stores, folders.len(), "one STORE per folder: {ops:?}");
    assert!(
        ops.iter().any(
            |op| matches!(op, Op::SetMetadata { value: Some(v), .. } if !v.contains("$label2"))
        ),
        "{ops:?}"
    );

    let (code, _, err) = posta(home, &["tag", "rename", "nic", "X", work[0], work[1]]);
    assert_eq!(code, 2);
    assert!(err.contains("“nic”"), "{err}");
}
