//! Two connections to one store, as the window and an account worker hold
//! them: the worker's write transaction never holds up the window's reads,
//! and two writers wait for each other instead of failing.

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use crate::store::{PostaHome, Store};

    fn stores() -> (tempfile::TempDir, Store, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let window = Store::open(&PostaHome::at(dir.path())).expect("open");
        let worker = window
            .reopen()
            .expect("a store on disk can be opened again")
            .expect("reopen");
        (dir, window, worker)
    }

    #[test]
    fn in_memory_store_has_no_second_connection() {
        let store = Store::open_in_memory().expect("open");
        assert!(store.reopen().is_none());
    }

    /// The window reads while the worker's transaction is still open: the
    /// read answers from the last commit at once. Through one shared
    /// connection behind a mutex it would wait for the whole transaction.
    #[test]
    fn reads_do_not_wait_for_an_open_write() {
        let (_dir, window, worker) = stores();
        window.ensure_account(1, "first").expect("account");
        let (held_tx, held_rx) = mpsc::channel();
        let (done_tx, done_rx) = mpsc::channel::<()>();
        let writer = std::thread::spawn(move || {
            worker
                .write(|tx| {
                    tx.execute("INSERT INTO accounts (id, name) VALUES (2, 'second')", [])?;
                    held_tx.send(()).expect("signal");
                    // Holds the write lock until the reader is done (or
                    // gives up after 20 s, and the reader's check fails).
                    let _ = done_rx.recv_timeout(Duration::from_secs(20));
                    Ok(())
                })
                .expect("write");
            worker
        });
        held_rx.recv().expect("the writer holds its transaction");
        let started = std::time::Instant::now();
        let seen = window.accounts().expect("read during the write");
        let waited = started.elapsed();
        done_tx.send(()).expect("release the writer");
        let worker = writer.join().expect("writer thread");
        assert_eq!(seen, vec![(1, "first".to_string())], "the last commit");
        assert!(
            waited < Duration::from_secs(5),
            "the read waited {waited:?} for the writer"
        );
        assert_eq!(worker.accounts().expect("after").len(), 2);
        assert_eq!(window.accounts().expect("after").len(), 2);
    }

    /// A write that reads first, while the other connection commits: with
    /// `BEGIN IMMEDIATE` it waits for the lock and then succeeds (a
    /// deferred transaction would fail with `SQLITE_BUSY_SNAPSHOT`).
    #[test]
    fn two_writers_wait_for_each_other() {
        let (_dir, window, worker) = stores();
        window.ensure_account(1, "first").expect("account");
        let (held_tx, held_rx) = mpsc::channel();
        let writer = std::thread::spawn(move || {
            worker
                .write(|tx| {
                    tx.execute("UPDATE accounts SET name = 'renamed' WHERE id = 1", [])?;
                    held_tx.send(()).expect("signal");
                    std::thread::sleep(Duration::from_millis(200));
                    Ok(())
                })
                .expect("worker write");
        });
        held_rx.recv().expect("the worker holds its transaction");
        window
            .write(|tx| {
                let name: String =
                    tx.query_row("SELECT name FROM accounts WHERE id = 1", [], |row| {
                        row.get(0)
                    })?;
                tx.execute(
                    "INSERT INTO accounts (id, name) VALUES (2, ?1)",
                    [format!("after {name}")],
                )?;
                Ok(())
            })
            .expect("the window's write waits for the worker's and succeeds");
        writer.join().expect("writer thread");
        let names: Vec<String> = window
            .accounts()
            .expect("accounts")
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        assert_eq!(names, ["renamed", "after renamed"]);
    }
}
