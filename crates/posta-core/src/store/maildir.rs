//! Message bodies as Maildir files (`tmp/`, `new/`, `cur/`), readable by
//! other mail tools. A body is written to `tmp/`, synced to disk, renamed
//! into `cur/` with its flags in the name (`<unique>:2,FS`), and the
//! directory is synced: after [`Delivery::finish`] returns, the file
//! survives a power loss, and a failure at any step (a full disk included)
//! leaves nothing in `cur/`.
//!
//! The flags in a file name follow the index on a best-effort basis (a
//! rename without a directory sync); the index is the truth, and a body
//! whose recorded name went stale is found again by its unique part.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use super::error::Result;
use super::paths::{create_private_dir, sync_dir};
use crate::message::Flag;

/// Writes and syncs body files. The store uses [`RealFiles`]; tests pass a
/// writer that fails like a full disk, which no test can arrange for real
/// without mount privileges.
pub trait BodyWriter: Send + Sync {
    /// Writes all of `data` to `file`.
    fn write_all(&self, file: &mut File, data: &[u8]) -> io::Result<()> {
        file.write_all(data)
    }

    /// Flushes `file` to the disk.
    fn sync_all(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }
}

/// The ordinary file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealFiles;

impl BodyWriter for RealFiles {}

/// One Maildir (one folder's bodies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Maildir {
    root: PathBuf,
}

impl Maildir {
    /// Opens the Maildir at `root`, creating `tmp/`, `new/` and `cur/` (and
    /// making their creation durable) when missing.
    pub fn create(root: impl Into<PathBuf>) -> Result<Maildir> {
        let root = root.into();
        let maildir = Maildir { root };
        if !maildir.cur().is_dir() || !maildir.tmp().is_dir() || !maildir.root.join("new").is_dir()
        {
            for sub in ["tmp", "new", "cur"] {
                create_private_dir(&maildir.root.join(sub))?;
            }
            sync_dir(&maildir.root)?;
            if let Some(parent) = maildir.root.parent() {
                sync_dir(parent)?;
            }
        }
        Ok(maildir)
    }

    /// The Maildir's own directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `cur/`, where delivered bodies live.
    pub fn cur(&self) -> PathBuf {
        self.root.join("cur")
    }

    /// Makes the names of bodies delivered with
    /// [`Delivery::finish_unsynced`] durable.
    pub fn sync_cur(&self) -> Result<()> {
        Ok(sync_dir(&self.cur())?)
    }

    fn tmp(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// Starts writing a body in `tmp/`; stream it in with `Write`, then
    /// [`Delivery::finish`].
    pub fn begin<'w>(&self, writer: &'w dyn BodyWriter) -> Result<Delivery<'w>> {
        let unique = unique_name();
        let tmp = self.tmp().join(&unique);
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        Ok(Delivery {
            file: Some(file),
            tmp,
            cur: self.cur(),
            unique,
            size: 0,
            writer,
        })
    }

    /// Writes a whole body durably into `cur/` and returns its path.
    pub fn deliver(
        &self,
        raw: &[u8],
        flags: &[Flag],
        writer: &dyn BodyWriter,
    ) -> Result<Delivered> {
        let mut delivery = self.begin(writer)?;
        delivery.write_body(raw)?;
        delivery.finish(flags)
    }

    /// Moves a delivered body from another Maildir into this one, durably.
    pub fn take(&self, path: &Path) -> Result<PathBuf> {
        let name = path.file_name().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "a body path without a file name",
            )
        })?;
        let target = self.cur().join(name);
        fs::rename(path, &target)?;
        sync_dir(&self.cur())?;
        if let Some(source) = path.parent() {
            sync_dir(source)?;
        }
        Ok(target)
    }
}

/// A body being written into `tmp/`. Dropped without `finish`, its
/// temporary file is removed.
pub struct Delivery<'w> {
    file: Option<File>,
    tmp: PathBuf,
    cur: PathBuf,
    unique: String,
    size: u64,
    writer: &'w dyn BodyWriter,
}

/// A body that is durably in `cur/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivered {
    /// Its path.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
}

impl Delivery<'_> {
    /// Appends bytes to the body.
    pub fn write_body(&mut self, data: &[u8]) -> Result<()> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("the body file is closed"))?;
        self.writer.write_all(file, data)?;
        self.size += data.len() as u64;
        Ok(())
    }

    /// Syncs the body, moves it into `cur/` named with `flags`, and syncs
    /// the directory.
    pub fn finish(self, flags: &[Flag]) -> Result<Delivered> {
        let cur = self.cur.clone();
        let delivered = self.finish_unsynced(flags)?;
        if let Err(err) = sync_dir(&cur) {
            // Not known to be durable: the caller will not record it, so do
            // not leave it behind either.
            let _ = fs::remove_file(&delivered.path);
            return Err(err.into());
        }
        Ok(delivered)
    }

    /// Syncs the body and moves it into `cur/`, but leaves syncing the
    /// directory to the caller ([`Maildir::sync_cur`]), so a batch of
    /// deliveries costs one directory sync. Until then the name may not
    /// survive a crash: record the body only after that sync.
    pub fn finish_unsynced(mut self, flags: &[Flag]) -> Result<Delivered> {
        let file = self
            .file
            .take()
            .ok_or_else(|| io::Error::other("the body file is closed"))?;
        self.writer.sync_all(&file)?;
        drop(file);
        let path = self.cur.join(file_name(&self.unique, flags));
        fs::rename(&self.tmp, &path)?;
        // From here the temporary file is gone; nothing for Drop to remove.
        self.tmp = PathBuf::new();
        Ok(Delivered {
            path,
            size: self.size,
        })
    }
}

impl Write for Delivery<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("the body file is closed"))?;
        self.writer.write_all(file, buf)?;
        self.size += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Delivery<'_> {
    fn drop(&mut self) {
        self.file = None;
        if !self.tmp.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// The Maildir info of a flag set: `2,` and the letters in ASCII order
/// (D draft, F flagged, R replied, S seen, T trashed). Keywords have no
/// portable letter and are kept in the index only.
pub fn info(flags: &[Flag]) -> String {
    let mut letters: Vec<char> = flags
        .iter()
        .filter_map(|f| match f {
            Flag::Draft => Some('D'),
            Flag::Flagged => Some('F'),
            Flag::Answered => Some('R'),
            Flag::Seen => Some('S'),
            Flag::Deleted => Some('T'),
            Flag::Keyword(_) => None,
        })
        .collect();
    letters.sort_unstable();
    letters.dedup();
    let mut info = String::from("2,");
    info.extend(letters);
    info
}

/// `<unique>:2,<flags>`.
pub fn file_name(unique: &str, flags: &[Flag]) -> String {
    format!("{unique}:{}", info(flags))
}

/// The unique part of a Maildir file name (before the `:`).
pub fn unique_part(name: &str) -> &str {
    name.split_once(':').map_or(name, |(unique, _)| unique)
}

/// Renames a body so its name carries `flags`; returns the new path (the
/// same one when nothing changes). Not synced: the index is the truth.
pub fn rename_for_flags(path: &Path, flags: &[Flag]) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let wanted = file_name(unique_part(name), flags);
    if name == wanted {
        return Ok(path.to_owned());
    }
    let target = path.with_file_name(wanted);
    fs::rename(path, &target)?;
    Ok(target)
}

/// Finds a body by its unique part when its recorded path is stale: first
/// in `cur/` and `new/` of the Maildir that holds `recorded` (its flags part
/// changed), then in the account's other folders (a local move whose index
/// update was lost in a crash).
pub fn find(recorded: &Path) -> Option<PathBuf> {
    let unique = unique_part(recorded.file_name()?.to_str()?);
    let own = recorded.parent()?.parent()?;
    find_in(own, unique).or_else(|| {
        fs::read_dir(own.parent()?)
            .ok()?
            .flatten()
            .map(|entry| entry.path())
            .filter(|dir| dir != own)
            .find_map(|dir| find_in(&dir, unique))
    })
}

fn find_in(maildir: &Path, unique: &str) -> Option<PathBuf> {
    ["cur", "new"].iter().find_map(|sub| {
        fs::read_dir(maildir.join(sub))
            .ok()?
            .flatten()
            .find_map(|entry| {
                let name = entry.file_name();
                (unique_part(name.to_str()?) == unique).then(|| entry.path())
            })
    })
}

/// A unique name per the Maildir spec: `<seconds>.M<micros>P<pid>Q<n>.<host>`.
pub fn unique_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    // Microseconds zero-padded: names made in the same second sort in the
    // order they were made (the outbox lists its queue by them).
    format!(
        "{}.M{:06}P{}Q{}.{}",
        now.as_secs(),
        now.subsec_micros(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        hostname()
    )
}

/// The host name with `/` and `:` escaped as the spec asks.
fn hostname() -> &'static str {
    static HOST: OnceLock<String> = OnceLock::new();
    HOST.get_or_init(|| {
        let raw = fs::read_to_string("/proc/sys/kernel/hostname")
            .or_else(|_| fs::read_to_string("/etc/hostname"))
            .unwrap_or_default();
        let host = sanitize_host(raw.trim());
        if host.is_empty() {
            "localhost".to_owned()
        } else {
            host
        }
    })
}

fn sanitize_host(host: &str) -> String {
    let mut out = String::with_capacity(host.len());
    for c in host.chars() {
        match c {
            '/' => out.push_str("\\057"),
            ':' => out.push_str("\\072"),
            c if c.is_whitespace() || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_letters_are_sorted_and_unique() {
        assert_eq!(info(&[]), "2,");
        let flags = [
            Flag::Seen,
            Flag::Draft,
            Flag::Answered,
            Flag::Flagged,
            Flag::Deleted,
            Flag::Seen,
        ];
        assert_eq!(info(&flags), "2,DFRST");
        assert_eq!(info(&[Flag::Keyword("$label1".into()), Flag::Seen]), "2,S");
    }

    #[test]
    fn names_split_into_unique_and_info() {
        let name = file_name("1700000000.M5P7Q1.host", &[Flag::Seen]);
        assert_eq!(name, "1700000000.M5P7Q1.host:2,S");
        assert_eq!(unique_part(&name), "1700000000.M5P7Q1.host");
        assert_eq!(unique_part("no-info"), "no-info");
    }

    #[test]
    fn unique_names_differ_and_have_no_colon_or_slash() {
        let a = unique_name();
        let b = unique_name();
        assert_ne!(a, b);
        for name in [a, b] {
            assert!(!name.contains(':') && !name.contains('/'), "{name}");
            // Six digits of microseconds, so names of one second sort in order.
            let micros = name
                .split_once(".M")
                .and_then(|(_, rest)| rest.split_once('P'))
                .map(|(m, _)| m);
            assert_eq!(micros.map(str::len), Some(6), "{name}");
        }
        assert_eq!(sanitize_host("a/b:c d"), "a\\057b\\072cd");
    }
}
