//! The offline op queue: strict order per account, durable across reopen,
//! failed operations kept with their error until retried or discarded.

use posta_core::message::Flag;
use posta_core::store::{Op, PostaHome, Store};

fn set_seen(uid: u32) -> Op {
    Op::SetFlags {
        folder: "INBOX".into(),
        uid,
        add: vec![Flag::Seen],
        remove: vec![],
    }
}

/// The ids of account 1's pending operations, in order.
fn pending_ids(store: &Store) -> Vec<i64> {
    store
        .pending_ops(1)
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

/// A store in a throw-away home, with account 1.
fn queue_home() -> (tempfile::TempDir, PostaHome, Store) {
    let dir = tempfile::tempdir().unwrap();
    let home = PostaHome::at(dir.path());
    let store = Store::open(&home).unwrap();
    store.ensure_account(1, "a").unwrap();
    (dir, home, store)
}

#[test]
fn ops_replay_in_order_per_account_and_survive_reopen() {
    let (_dir, home, store) = queue_home();
    store.ensure_account(2, "b").unwrap();
    let ops = vec![
        Op::CreateFolder {
            name: "Archív".into(),
        },
        Op::Move {
            folder: "INBOX".into(),
            uid: 4,
            to: "Archív".into(),
            message: None,
        },
        set_seen(5),
        Op::Delete {
            folder: "INBOX".into(),
            uid: 6,
        },
    ];
    let mut ids = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        ids.push(store.enqueue(1, op).unwrap());
        // Interleave another account's op; it must not show up in account 1.
        store.enqueue(2, &set_seen(100 + i as u32)).unwrap();
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    drop(store);

    let store = Store::open(&home).unwrap();
    let pending = store.pending_ops(1).unwrap();
    assert_eq!(
        pending.iter().map(|(_, op)| op.clone()).collect::<Vec<_>>(),
        ops
    );
    assert_eq!(pending.iter().map(|(id, _)| *id).collect::<Vec<_>>(), ids);
    assert_eq!(store.pending_ops(2).unwrap().len(), 4);

    store.complete_op(ids[0]).unwrap();
    let pending = store.pending_ops(1).unwrap();
    assert_eq!(pending[0].1, ops[1]);
    assert_eq!(pending.len(), 3);

    // Later ops never get an id below earlier ones, even after deletions.
    let last = store.enqueue(1, &set_seen(7)).unwrap();
    assert!(last > *ids.last().unwrap());
    assert_eq!(store.pending_ops(1).unwrap().last().unwrap().1, set_seen(7));
}

#[test]
fn failed_ops_are_kept_with_their_error_and_can_be_retried() {
    let (_dir, home, store) = queue_home();
    let first = store.enqueue(1, &set_seen(1)).unwrap();
    let second = store
        .enqueue(
            1,
            &Op::DeleteFolder {
                name: "Kôš".into()
            },
        )
        .unwrap();
    let third = store.enqueue(1, &set_seen(3)).unwrap();

    store
        .fail_op(second, "NO [NOPERM] Permission denied")
        .unwrap();
    drop(store);
    let store = Store::open(&home).unwrap();
    let pending = pending_ids(&store);
    assert_eq!(pending, vec![first, third]);
    assert_eq!(
        store.failed_ops(1).unwrap(),
        vec![(
            second,
            Op::DeleteFolder {
                name: "Kôš".into()
            },
            "NO [NOPERM] Permission denied".to_owned()
        )]
    );

    store.retry_op(second).unwrap();
    let pending = pending_ids(&store);
    assert_eq!(pending, vec![first, second, third]);
    assert!(store.failed_ops(1).unwrap().is_empty());

    store.fail_op(second, "again").unwrap();
    store.complete_op(second).unwrap();
    assert!(store.failed_ops(1).unwrap().is_empty());
    assert!(store.fail_op(9_999, "x").is_err());
}

#[test]
fn an_unreadable_op_stops_the_queue_instead_of_being_skipped() {
    let (_dir, home, store) = queue_home();
    store.enqueue(1, &set_seen(1)).unwrap();
    let conn = rusqlite::Connection::open(home.database()).unwrap();
    conn.execute(
        "INSERT INTO op_queue (account_id, op, created_at) VALUES (1, '{\"op\":\"from-the-future\"}', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let err = store.pending_ops(1).unwrap_err();
    assert!(err.to_string().contains("cannot be read"), "{err}");
}

#[test]
fn ops_of_an_unknown_account_are_refused() {
    let store = Store::open_in_memory().unwrap();
    assert!(store.enqueue(42, &set_seen(1)).is_err());
}
