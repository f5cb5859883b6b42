//! Message bodies in Maildir: where they land, their names, and a full
//! disk (injected through the writer seam) that must lose nothing and leave
//! no partial file where readers look.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use posta_core::message::{Envelope, Flag, Headers, RemoteId};
use posta_core::store::{maildir, BodyWriter, FolderRow, PostaHome, RealFiles, Store, StoreError};

const ENOSPC: i32 = 28;

fn envelope(uid: u32, flags: Vec<Flag>) -> Envelope {
    Envelope {
        id: RemoteId::Uid(uid),
        flags,
        size: 10,
        headers: Headers {
            subject: format!("message {uid}"),
            ..Headers::default()
        },
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    home: PostaHome,
    store: Store,
    folder: i64,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let home = PostaHome::at(dir.path().join("home"));
    let store = Store::open(&home).unwrap();
    store.ensure_account(1, "a").unwrap();
    let folder = store
        .upsert_folder(1, &FolderRow::local(1, "INBOX", None))
        .unwrap();
    store
        .upsert_messages(
            folder,
            &[
                envelope(1, vec![Flag::Seen, Flag::Flagged]),
                envelope(2, vec![]),
            ],
        )
        .unwrap();
    Fixture {
        _dir: dir,
        home,
        store,
        folder,
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Writes `allow` bytes of each write, then fails like a full disk.
struct FullDisk {
    allow: usize,
}

impl BodyWriter for FullDisk {
    fn write_all(&self, file: &mut File, data: &[u8]) -> io::Result<()> {
        file.write_all(&data[..self.allow.min(data.len())])?;
        Err(io::Error::from_raw_os_error(ENOSPC))
    }
}

/// Writes everything, then fails to sync (delayed allocation on a full
/// disk reports ENOSPC at fsync).
struct FullAtSync {
    syncs: AtomicUsize,
}

impl BodyWriter for FullAtSync {
    fn sync_all(&self, _file: &File) -> io::Result<()> {
        self.syncs.fetch_add(1, Ordering::SeqCst);
        Err(io::Error::from_raw_os_error(ENOSPC))
    }
}

#[test]
fn a_body_lands_in_cur_with_its_flags_and_survives_reopen() {
    let f = fixture();
    let id = f.store.message_by_uid(f.folder, 1).unwrap().unwrap().id;
    let raw = b"Subject: message 1\r\n\r\nTelo spr\xc3\xa1vy\r\n";
    let path = f.store.store_body(id, raw).unwrap();

    let maildir = f.home.folder_maildir(1, f.folder);
    assert_eq!(path.parent(), Some(maildir.join("cur").as_path()));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(name.ends_with(":2,FS"), "{name}");
    assert!(files(&maildir.join("tmp")).is_empty());
    assert!(files(&maildir.join("new")).is_empty());
    assert_eq!(std::fs::read(&path).unwrap(), raw);
    assert!(f.store.message(id).unwrap().unwrap().has_body);
    drop(f.store);

    let store = Store::open(&f.home).unwrap();
    assert_eq!(store.body(id).unwrap().as_deref(), Some(&raw[..]));
    assert_eq!(store.body_path(id).unwrap(), Some(path));
    let other = store.message_by_uid(f.folder, 2).unwrap().unwrap();
    assert_eq!(store.body(other.id).unwrap(), None);
}

#[test]
fn file_names_follow_flag_changes_and_stale_names_are_found() {
    let f = fixture();
    let id = f.store.message_by_uid(f.folder, 2).unwrap().unwrap().id;
    let first = f.store.store_body(id, b"Subject: x\r\n\r\ny\r\n").unwrap();
    assert!(first.to_str().unwrap().ends_with(":2,"));

    f.store
        .apply_flag_change(id, &[Flag::Seen, Flag::Answered], &[])
        .unwrap();
    let renamed = f.store.body_path(id).unwrap().unwrap();
    assert!(
        renamed.to_str().unwrap().ends_with(":2,RS"),
        "{}",
        renamed.display()
    );
    assert!(!first.exists());

    f.store.set_flags(f.folder, 2, &[Flag::Deleted]).unwrap();
    let renamed = f.store.body_path(id).unwrap().unwrap();
    assert!(
        renamed.to_str().unwrap().ends_with(":2,T"),
        "{}",
        renamed.display()
    );

    // Another Maildir program renames it behind our back.
    let theirs = renamed.with_file_name(format!(
        "{}:2,ST",
        maildir::unique_part(renamed.file_name().unwrap().to_str().unwrap())
    ));
    std::fs::rename(&renamed, &theirs).unwrap();
    assert_eq!(
        f.store.body(id).unwrap().as_deref(),
        Some(&b"Subject: x\r\n\r\ny\r\n"[..])
    );
    assert_eq!(f.store.body_path(id).unwrap(), Some(theirs.clone()));

    // Or deletes it: the index forgets the body, so sync fetches it again.
    std::fs::remove_file(&theirs).unwrap();
    assert_eq!(f.store.body(id).unwrap(), None);
    assert!(!f.store.message(id).unwrap().unwrap().has_body);
}

#[test]
fn a_full_disk_while_writing_loses_nothing_and_leaves_no_partial_file() {
    let f = fixture();
    let id = f.store.message_by_uid(f.folder, 1).unwrap().unwrap().id;
    let original = b"Subject: message 1\r\n\r\nthe first, complete body\r\n";
    let stored = f.store.store_body(id, original).unwrap();
    let maildir = f.home.folder_maildir(1, f.folder);
    let cur_before = files(&maildir.join("cur"));

    let bigger = vec![b'x'; 64 * 1024];
    let err = f
        .store
        .store_body_with(id, &bigger, &FullDisk { allow: 1000 })
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    assert_eq!(files(&maildir.join("cur")), cur_before, "cur/ changed");
    assert!(
        files(&maildir.join("tmp")).is_empty(),
        "a partial file stayed in tmp/"
    );
    assert_eq!(f.store.body(id).unwrap().as_deref(), Some(&original[..]));
    assert_eq!(f.store.body_path(id).unwrap(), Some(stored.clone()));

    let at_sync = FullAtSync {
        syncs: AtomicUsize::new(0),
    };
    let err = f.store.store_body_with(id, &bigger, &at_sync).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    assert_eq!(at_sync.syncs.load(Ordering::SeqCst), 1);
    assert_eq!(files(&maildir.join("cur")), cur_before);
    assert!(files(&maildir.join("tmp")).is_empty());
    assert_eq!(f.store.body(id).unwrap().as_deref(), Some(&original[..]));

    // A message without a body stays without one.
    let other = f.store.message_by_uid(f.folder, 2).unwrap().unwrap().id;
    assert!(matches!(
        f.store
            .store_body_with(other, b"abc", &FullDisk { allow: 0 }),
        Err(StoreError::DiskFull)
    ));
    assert!(!f.store.message(other).unwrap().unwrap().has_body);

    // The UI sees an I/O error with the OS code for "disk full".
    match posta_core::Error::from(err) {
        posta_core::Error::Io(io) => assert_eq!(io.raw_os_error(), Some(ENOSPC)),
        other => panic!("expected Error::Io, got {other:?}"),
    }

    // And the real writer works again afterwards.
    f.store
        .store_body_with(id, b"Subject: y\r\n\r\nz\r\n", &RealFiles)
        .unwrap();
    assert_eq!(
        f.store.body(id).unwrap().as_deref(),
        Some(&b"Subject: y\r\n\r\nz\r\n"[..])
    );
    assert!(!stored.exists(), "the replaced body file stayed");
}

#[test]
fn a_streamed_delivery_dropped_half_way_leaves_nothing() {
    let f = fixture();
    let maildir = f.store.folder_maildir(f.folder).unwrap();
    {
        let mut delivery = maildir.begin(&RealFiles).unwrap();
        delivery.write_all(b"Subject: half\r\n").unwrap();
        assert_eq!(files(&maildir.root().join("tmp")).len(), 1);
        // Connection lost: the delivery is dropped without finish.
    }
    assert!(files(&maildir.root().join("tmp")).is_empty());
    assert!(files(&maildir.cur()).is_empty());

    let mut delivery = maildir.begin(&RealFiles).unwrap();
    delivery.write_all(b"Subject: whole\r\n\r\n").unwrap();
    delivery.write_all(b"body\r\n").unwrap();
    let done = delivery.finish(&[Flag::Seen]).unwrap();
    assert_eq!(done.size, 24);
    assert_eq!(
        std::fs::read(&done.path).unwrap(),
        b"Subject: whole\r\n\r\nbody\r\n"
    );
    assert!(done.path.to_str().unwrap().ends_with(":2,S"));
}

#[test]
fn an_in_memory_store_keeps_no_bodies() {
    let store = Store::open_in_memory().unwrap();
    store.ensure_account(1, "a").unwrap();
    let folder = store
        .upsert_folder(1, &FolderRow::local(1, "INBOX", None))
        .unwrap();
    store
        .upsert_messages(folder, &[envelope(1, vec![])])
        .unwrap();
    let id = store.message_by_uid(folder, 1).unwrap().unwrap().id;
    assert!(matches!(
        store.store_body(id, b"x"),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.body(id).unwrap(), None);
}

#[test]
fn a_body_left_in_another_folder_by_a_crash_is_found_and_not_swept() {
    let f = fixture();
    let id = f.store.message_by_uid(f.folder, 1).unwrap().unwrap().id;
    let path = f
        .store
        .store_body(id, b"Subject: x\r\n\r\nonly copy\r\n")
        .unwrap();
    let other = f
        .store
        .upsert_folder(1, &FolderRow::local(1, "Local", None))
        .unwrap();
    let other_dir = f.store.folder_maildir(other).unwrap();
    // The file moved but the index update never reached the disk.
    let moved = other_dir.cur().join(path.file_name().unwrap());
    std::fs::rename(&path, &moved).unwrap();

    assert!(!f
        .store
        .pop3_unrecorded_bodies(other)
        .unwrap()
        .contains(&moved));
    assert_eq!(
        f.store.body(id).unwrap().as_deref(),
        Some(&b"Subject: x\r\n\r\nonly copy\r\n"[..])
    );
    assert_eq!(f.store.body_path(id).unwrap(), Some(moved));
}
