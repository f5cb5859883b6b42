//! Messages to bring in, one at a time, from mbox files, Maildirs or
//! `.eml` files, each with the state its headers or file name give.

use std::fs::{self, File};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};

use super::mbox::{MboxError, MboxReader};
use super::state;
use crate::message::Flag;

/// The form of what is brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One or more mbox files.
    Mbox,
    /// Maildirs (`cur/`, `new/`).
    Maildir,
    /// Single-message files, or directories of `*.eml`.
    Eml,
}

/// One message read from a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The message as it was stored.
    pub raw: Vec<u8>,
    /// Its state and tags.
    pub flags: Vec<Flag>,
    /// Deleted where it came from (Thunderbird's not-yet-compacted
    /// deletions, Maildir's `T`): not brought in.
    pub deleted: bool,
    /// The mbox file ended inside it.
    pub cut_off: bool,
    /// It has no header fields (brought in as it is).
    pub headerless: bool,
    /// Where it came from: the file, and for mbox its position.
    pub origin: String,
}

impl Incoming {
    fn new(raw: Vec<u8>, mut flags: Vec<Flag>, origin: String) -> Incoming {
        let header = state::from_headers(&raw);
        for flag in header.flags {
            if !flags.contains(&flag) {
                flags.push(flag);
            }
        }
        let deleted = header.expunged || flags.contains(&Flag::Deleted);
        flags.retain(|f| *f != Flag::Deleted);
        Incoming {
            headerless: !state::has_headers(&raw),
            raw,
            flags,
            deleted,
            cut_off: false,
            origin,
        }
    }
}

/// Why a source could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// An mbox file could not be read on.
    #[error("{path}: {source}")]
    Mbox {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: MboxError,
    },
    /// A path is not what the format needs (a Maildir without `cur/`).
    #[error("{0}: not a Maildir (no cur/ or new/)")]
    NotMaildir(PathBuf),
    /// Reading failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: io::Error,
    },
}

impl SourceError {
    fn io(path: &Path, source: io::Error) -> SourceError {
        SourceError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Reads paths of one format, message after message.
pub struct Source {
    format: Format,
    paths: std::vec::IntoIter<PathBuf>,
    mbox: Option<(PathBuf, MboxReader<BufReader<File>>)>,
    files: std::vec::IntoIter<PathBuf>,
}

impl Source {
    /// A source over `paths` read as `format`.
    pub fn new(format: Format, paths: Vec<PathBuf>) -> Source {
        Source {
            format,
            paths: paths.into_iter(),
            mbox: None,
            files: Vec::new().into_iter(),
        }
    }

    /// The next message, `None` at the end.
    pub fn next_message(&mut self) -> Result<Option<Incoming>, SourceError> {
        loop {
            if let Some((path, reader)) = self.mbox.as_mut() {
                match reader.next_message() {
                    Ok(Some(message)) => {
                        let origin = format!("{}#{}", path.display(), reader.messages_read());
                        let mut incoming = Incoming::new(message.raw, Vec::new(), origin);
                        incoming.cut_off = message.cut_off;
                        return Ok(Some(incoming));
                    }
                    Ok(None) => self.mbox = None,
                    Err(source) => {
                        let path = path.clone();
                        self.mbox = None;
                        return Err(SourceError::Mbox { path, source });
                    }
                }
                continue;
            }
            if let Some(path) = self.files.next() {
                let raw = fs::read(&path).map_err(|e| SourceError::io(&path, e))?;
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let flags = if self.format == Format::Maildir {
                    state::from_maildir_name(&name)
                } else {
                    Vec::new()
                };
                return Ok(Some(Incoming::new(raw, flags, path.display().to_string())));
            }
            let Some(path) = self.paths.next() else {
                return Ok(None);
            };
            self.open(path)?;
        }
    }

    fn open(&mut self, path: PathBuf) -> Result<(), SourceError> {
        match self.format {
            Format::Mbox => {
                let file = File::open(&path).map_err(|e| SourceError::io(&path, e))?;
                let reader = MboxReader::new(BufReader::with_capacity(1 << 16, file));
                self.mbox = Some((path, reader));
            }
            Format::Maildir => {
                let (cur, new) = (path.join("cur"), path.join("new"));
                if !cur.is_dir() && !new.is_dir() {
                    return Err(SourceError::NotMaildir(path));
                }
                let mut files = Vec::new();
                for dir in [cur, new] {
                    files.extend(sorted_files(&dir, |_| true)?);
                }
                self.files = files.into_iter();
            }
            Format::Eml if path.is_dir() => {
                let emls = sorted_files(&path, |p| {
                    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml"))
                })?;
                self.files = emls.into_iter();
            }
            Format::Eml => self.files = vec![path].into_iter(),
        }
        Ok(())
    }
}

impl Iterator for Source {
    type Item = Result<Incoming, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_message().transpose()
    }
}

/// The files in `dir` that `keep` accepts, by name; missing `dir` is empty.
fn sorted_files(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, SourceError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(SourceError::io(dir, err)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| SourceError::io(dir, e))?.path();
        if path.is_file() && keep(&path) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maildir_and_eml_sources_carry_state() {
        let dir = tempfile::tempdir().unwrap();
        let maildir = dir.path().join("md");
        for sub in ["cur", "new", "tmp"] {
            fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        fs::write(maildir.join("cur/1.a:2,RS"), b"Subject: a\n\nA\n").unwrap();
        fs::write(maildir.join("cur/2.b:2,ST"), b"Subject: b\n\nB\n").unwrap();
        fs::write(maildir.join("new/3.c"), b"Subject: c\n\nC\n").unwrap();
        let read: Vec<Incoming> = Source::new(Format::Maildir, vec![maildir.clone()])
            .map(|m| m.unwrap())
            .collect();
        assert_eq!(read.len(), 3);
        assert_eq!(read[0].flags, [Flag::Answered, Flag::Seen]);
        assert!(read[1].deleted && !read[0].deleted);
        assert!(read[2].flags.is_empty());

        fs::write(dir.path().join("x.eml"), b"no headers here\n").unwrap();
        let eml: Vec<Incoming> = Source::new(Format::Eml, vec![dir.path().to_owned()])
            .map(|m| m.unwrap())
            .collect();
        assert_eq!(eml.len(), 1);
        assert!(eml[0].headerless);
        let mut missing = Source::new(Format::Maildir, vec![dir.path().join("none")]);
        assert!(matches!(
            missing.next(),
            Some(Err(SourceError::NotMaildir(_)))
        ));
    }
}
