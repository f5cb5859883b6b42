//! The outbox: every message is written here, durably, before it is sent,
//! so mail written offline (or when the server is away) is never lost and
//! goes out when the connection is back.
//!
//! Layout, under [`PostaHome`]: `outbox/<account>/<unique>.eml` (the
//! message as filed, with its `Bcc:`) and `<unique>.json` beside it (an
//! [`OutboxMeta`]). Each file is written to a temporary name, fsynced and
//! renamed, then the directory is fsynced; the `.json` is written last, so
//! an entry exists exactly when its `.json` does. Plain files, not a store
//! table, because a message to send must survive even a broken index, and a
//! person can see (and rescue) what is waiting with a file manager.
//!
//! Sending claims an entry by renaming its `.json` to `.sending` (atomic),
//! so two flushes never send the same message; the claim is removed with
//! the entry once the server accepted it. After a crash in the middle, the
//! claim is put back by [`Outbox::recover`]: such a message may go out
//! twice (if the crash came after the server's "250 OK"), never zero times.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Envelope;
use crate::error::{Error, Result};
use crate::store::maildir::unique_name;
use crate::store::paths::{create_private_dir, sync_dir};
use crate::store::PostaHome;

/// What the outbox knows about a waiting message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutboxMeta {
    /// The account that sends it.
    pub account: i64,
    /// Envelope sender and recipients.
    pub envelope: Envelope,
    /// Its `Message-ID` (without angle brackets).
    pub message_id: String,
    /// Its subject, to list the outbox.
    pub subject: String,
    /// When it was written (Unix seconds).
    pub created_at: i64,
    /// How many times sending was tried.
    #[serde(default)]
    pub attempts: u32,
    /// Why the last try failed (the error's text, for a person reading
    /// the file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// Why the last try failed, as data a sentence is made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<super::Reason>,
    /// When sending was last tried (Unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempt: Option<i64>,
    /// The last failure needs the user (a refused recipient, a wrong
    /// password): not tried again until they say so.
    #[serde(default)]
    pub needs_attention: bool,
}

impl OutboxMeta {
    /// Records a try that failed with `error`; `transient`: waiting may
    /// help, so it is tried again by itself (else only when the user says).
    pub fn failed(&mut self, error: &Error, transient: bool) {
        self.attempts += 1;
        self.last_error = Some(error.to_string());
        self.reason = Some(super::Reason::from(error));
        self.last_attempt = Some(now());
        self.needs_attention = !transient;
    }

    /// Why the last try failed, as an error to describe; `None` before
    /// the first try.
    pub fn last_failure(&self) -> Option<Error> {
        match (&self.reason, &self.last_error) {
            (Some(reason), _) => Some(reason.to_error()),
            (None, Some(text)) => Some(Error::Protocol(text.clone())),
            (None, None) => None,
        }
    }
}

/// One waiting message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    /// Its unique name in the account's outbox.
    pub id: String,
    /// What is known about it.
    pub meta: OutboxMeta,
    /// A flush has claimed it: it is being sent right now.
    pub sending: bool,
    dir: PathBuf,
}

impl OutboxEntry {
    fn path(&self, extension: &str) -> PathBuf {
        self.dir.join(format!("{}.{extension}", self.id))
    }

    /// The message file.
    pub fn message_path(&self) -> PathBuf {
        self.path("eml")
    }
}

/// The outbox of every account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbox {
    root: PathBuf,
}

/// Writes `bytes` to `dir/name` durably: temporary file, fsync, rename,
/// fsync of the directory.
fn write_durably(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{name}.tmp"));
    let written = (|| {
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, dir.join(name))?;
        sync_dir(dir)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Outbox {
    /// The outbox in `home` (`home/outbox`).
    pub fn new(home: &PostaHome) -> Outbox {
        Outbox {
            root: home.root.join("outbox"),
        }
    }

    fn account_dir(&self, account: i64) -> PathBuf {
        self.root.join(account.to_string())
    }

    /// Puts a message in the outbox; on disk when this returns.
    pub fn add(
        &self,
        account: i64,
        envelope: Envelope,
        message_id: &str,
        subject: &str,
        raw: &[u8],
    ) -> Result<OutboxEntry> {
        let dir = self.account_dir(account);
        create_private_dir(&dir)?;
        let id = unique_name();
        let meta = OutboxMeta {
            account,
            envelope,
            message_id: message_id.to_owned(),
            subject: subject.to_owned(),
            created_at: now(),
            attempts: 0,
            last_error: None,
            reason: None,
            last_attempt: None,
            needs_attention: false,
        };
        let entry = OutboxEntry {
            id,
            meta,
            sending: false,
            dir,
        };
        write_durably(&entry.dir, &format!("{}.eml", entry.id), raw)?;
        if let Err(err) = self.write_meta(&entry, "json") {
            let _ = fs::remove_file(entry.message_path());
            return Err(err);
        }
        Ok(entry)
    }

    fn write_meta(&self, entry: &OutboxEntry, extension: &str) -> Result<()> {
        let json = serde_json::to_vec_pretty(&entry.meta)
            .map_err(|e| Error::from(io::Error::new(io::ErrorKind::InvalidData, e.to_string())))?;
        write_durably(&entry.dir, &format!("{}.{extension}", entry.id), &json)?;
        Ok(())
    }

    /// The account's waiting messages, oldest first. An entry whose
    /// description cannot be read is an error, not skipped: it is mail.
    pub fn entries(&self, account: i64) -> Result<Vec<OutboxEntry>> {
        self.read(account, false)
    }

    /// Like [`Outbox::entries`], with the messages being sent right now
    /// (`sending`): what a person looking at the outbox must see.
    pub fn listing(&self, account: i64) -> Result<Vec<OutboxEntry>> {
        self.read(account, true)
    }

    /// The waiting (or claimed) entry called `id`.
    pub fn find(&self, account: i64, id: &str) -> Result<Option<OutboxEntry>> {
        Ok(self.listing(account)?.into_iter().find(|e| e.id == id))
    }

    fn read(&self, account: i64, claimed: bool) -> Result<Vec<OutboxEntry>> {
        let dir = self.account_dir(account);
        let listing = match fs::read_dir(&dir) {
            Ok(listing) => listing,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(err.into()),
        };
        let mut entries = Vec::new();
        for item in listing {
            let path = item?.path();
            let Some(name) = path
                .file_name()
                .and_then(|n| n.to_str())
                .filter(|n| !n.starts_with('.'))
            else {
                continue;
            };
            let (id, sending) = match (name.strip_suffix(".json"), name.strip_suffix(".sending")) {
                (Some(id), _) => (id, false),
                (None, Some(id)) if claimed => (id, true),
                _ => continue,
            };
            let text = match fs::read(&path) {
                Ok(text) => text,
                // Claimed or sent meanwhile: another flush has it.
                Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
                Err(err) => return Err(err.into()),
            };
            let meta: OutboxMeta = serde_json::from_slice(&text).map_err(|e| {
                Error::from(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{} cannot be read: {e}", path.display()),
                ))
            })?;
            entries.push(OutboxEntry {
                id: id.to_owned(),
                meta,
                sending,
                dir: dir.clone(),
            });
        }
        entries.sort_by(|a, b| (a.meta.created_at, &a.id).cmp(&(b.meta.created_at, &b.id)));
        // A claim being given back has both files for a moment.
        entries.dedup_by(|a, b| a.id == b.id);
        Ok(entries)
    }

    /// The message itself.
    pub fn message(&self, entry: &OutboxEntry) -> Result<Vec<u8>> {
        Ok(fs::read(entry.message_path())?)
    }

    /// Claims an entry for sending; `false` when another flush has it (or
    /// it is gone).
    pub fn claim(&self, entry: &OutboxEntry) -> Result<bool> {
        match fs::rename(entry.path("json"), entry.path("sending")) {
            Ok(()) => Ok(true),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    /// Gives a claimed entry back, with what the try found.
    pub fn release(&self, entry: &OutboxEntry) -> Result<()> {
        let mut entry = entry.clone();
        entry.sending = false;
        self.write_meta(&entry, "json")?;
        let _ = fs::remove_file(entry.path("sending"));
        Ok(())
    }

    /// Removes a (claimed or waiting) entry: it was sent, or the user
    /// discarded it. The description goes first, so a crash in between
    /// leaves a stray file, never an entry that sends twice.
    pub fn remove(&self, entry: &OutboxEntry) -> Result<()> {
        for extension in ["sending", "json", "eml"] {
            match fs::remove_file(entry.path(extension)) {
                Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err.into()),
                _ => {}
            }
        }
        sync_dir(&entry.dir)?;
        Ok(())
    }

    /// Clears the "needs attention" mark so the next flush tries again.
    pub fn retry(&self, entry: &OutboxEntry) -> Result<()> {
        let mut entry = entry.clone();
        entry.meta.needs_attention = false;
        self.write_meta(&entry, "json")
    }

    /// After a crash: claims left behind are put back (so those messages
    /// are tried again), and message files without a description (a crash
    /// while adding) are removed. Call only when no flush runs.
    pub fn recover(&self, account: i64) -> Result<()> {
        let dir = self.account_dir(account);
        let listing = match fs::read_dir(&dir) {
            Ok(listing) => listing,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(err) => return Err(err.into()),
        };
        let names: Vec<String> = listing
            .filter_map(|item| item.ok()?.file_name().into_string().ok())
            .collect();
        for name in &names {
            if let Some(id) = name.strip_suffix(".sending") {
                fs::rename(dir.join(name), dir.join(format!("{id}.json")))?;
            }
        }
        for name in &names {
            if let Some(id) = name.strip_suffix(".eml") {
                let described = names
                    .iter()
                    .any(|n| *n == format!("{id}.json") || *n == format!("{id}.sending"));
                if !described {
                    fs::remove_file(dir.join(name))?;
                }
            }
        }
        sync_dir(&dir)?;
        Ok(())
    }

    /// Deletes everything waiting for `account` (the account is removed).
    pub fn remove_account(&self, account: i64) -> Result<()> {
        match fs::remove_dir_all(self.account_dir(account)) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err.into()),
            _ => Ok(()),
        }
    }

    /// How many messages wait for `account`.
    pub fn len(&self, account: i64) -> Result<usize> {
        Ok(self.entries(account)?.len())
    }

    /// True when nothing waits for `account`.
    pub fn is_empty(&self, account: i64) -> Result<bool> {
        Ok(self.len(account)? == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope() -> Envelope {
        Envelope {
            from: "a@example.org".into(),
            to: vec!["b@example.org".into()],
        }
    }

    #[test]
    fn entries_are_added_listed_claimed_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::new(&PostaHome::at(dir.path()));
        assert!(outbox.is_empty(1).unwrap());
        let first = outbox.add(1, envelope(), "id1@x", "Żółć", b"one").unwrap();
        let second = outbox.add(1, envelope(), "id2@x", "two", b"two").unwrap();
        let entries = outbox.entries(1).unwrap();
        assert_eq!(entries, [first.clone(), second.clone()]);
        assert!(outbox.entries(2).unwrap().is_empty());
        assert_eq!(outbox.message(&first).unwrap(), b"one");

        assert!(outbox.claim(&first).unwrap());
        assert!(!outbox.claim(&first).unwrap(), "claimed twice");
        assert_eq!(outbox.entries(1).unwrap(), std::slice::from_ref(&second));
        let mut tried = first.clone();
        tried.meta.attempts = 1;
        tried.meta.last_error = Some("refused".into());
        outbox.release(&tried).unwrap();
        assert_eq!(outbox.entries(1).unwrap()[0].meta.attempts, 1);

        outbox.remove(&first).unwrap();
        outbox.remove(&second).unwrap();
        assert!(outbox.is_empty(1).unwrap());
        let left: Vec<_> = fs::read_dir(dir.path().join("outbox/1")).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn recovery_puts_claims_back_and_drops_undescribed_messages() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::new(&PostaHome::at(dir.path()));
        let entry = outbox.add(3, envelope(), "id@x", "s", b"m").unwrap();
        assert!(outbox.claim(&entry).unwrap());
        fs::write(dir.path().join("outbox/3/stray.eml"), b"half").unwrap();
        outbox.recover(3).unwrap();
        assert_eq!(outbox.entries(3).unwrap(), [entry]);
        assert!(!dir.path().join("outbox/3/stray.eml").exists());
    }
}
