//! Writing folders out, every message byte for byte as stored: one mbox
//! file per folder (mboxrd, subfolders in `Name.sbd/` as Thunderbird keeps
//! them), a Maildir per folder (state in the file names, subfolders as
//! directories inside), or one `.eml` file per message. Messages whose
//! body is not on this computer are named in the report, not guessed at.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::mbox::{from_line, write_message};
use super::source::Format;
use crate::error::{Error, Result};
use crate::store::maildir::{file_name, unique_name};
use crate::store::paths::{create_private_dir, sync_dir};
use crate::store::{FolderRow, MessageRow, Sort, Store};
use crate::sync::CancelToken;

/// Messages read from the store at a time.
const PAGE: usize = 500;

/// A message left out of an export: its body is not on this computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its folder.
    pub folder: String,
    /// Its date (Unix seconds).
    pub date: Option<i64>,
    /// Its subject.
    pub subject: String,
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    /// Folders written.
    pub folders: usize,
    /// Messages written.
    pub written: usize,
    /// Messages left out.
    pub skipped: Vec<Skipped>,
}

/// Where a folder goes under `out` when several are exported: its path
/// below `out`, `/` separating levels; mbox subfolders in `Name.sbd/`.
pub fn folder_path(out: &Path, folder: &str, format: Format) -> PathBuf {
    let parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    let mut path = out.to_owned();
    for (i, part) in parts.iter().enumerate() {
        let safe = safe_name(part);
        if format == Format::Mbox && i + 1 < parts.len() {
            path.push(format!("{safe}.sbd"));
        } else {
            path.push(safe);
        }
    }
    path
}

/// A folder name usable as a file name.
fn safe_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c == '\0' || c == '/' { '_' } else { c })
        .collect();
    match name.as_str() {
        "" | "." | ".." => format!("_{name}"),
        _ => name,
    }
}

/// Exports `folders` of the store into `out`. With `single`, `out` is the
/// folder itself (the mbox file, the Maildir, the `.eml` directory);
/// otherwise a directory holding each folder at [`folder_path`].
/// `progress(written)` after each message.
pub fn export_folders(
    store: &Store,
    folders: &[FolderRow],
    format: Format,
    out: &Path,
    single: bool,
    cancel: &CancelToken,
    progress: &mut dyn FnMut(usize),
) -> Result<ExportReport> {
    let mut report = ExportReport::default();
    if !single {
        create_private_dir(out)?;
    }
    for folder in folders.iter().filter(|f| f.selectable) {
        let target = if single {
            out.to_owned()
        } else {
            folder_path(out, &folder.name, format)
        };
        if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let mut writer = FolderWriter::open(format, &target)?;
        let mut offset = 0;
        loop {
            let page = store.messages(folder.id, PAGE, offset, Sort::DateAsc)?;
            offset += page.len();
            for row in &page {
                if cancel.is_cancelled() {
                    return Err(Error::Cancelled);
                }
                match store.body(row.id)? {
                    Some(raw) => {
                        writer.write(row, &raw)?;
                        report.written += 1;
                        progress(report.written);
                    }
                    None => report.skipped.push(Skipped {
                        folder: folder.name.clone(),
                        date: row.date,
                        subject: row.subject.clone(),
                    }),
                }
            }
            if page.len() < PAGE {
                break;
            }
        }
        writer.finish()?;
        report.folders += 1;
    }
    Ok(report)
}

/// Downloads the bodies of `folder`'s messages that are not on this
/// computer (an IMAP account that reads on demand), so the export can
/// write them; `progress(fetched)` after each batch. Returns how many.
pub async fn fetch_missing_bodies(
    session: &mut crate::imap::ImapSession,
    store: &Store,
    folder: &FolderRow,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<usize> {
    let mut wanted = Vec::new();
    let mut ids = std::collections::HashMap::new();
    let mut offset = 0;
    loop {
        let page = store.messages(folder.id, PAGE, offset, Sort::DateAsc)?;
        offset += page.len();
        for row in page.iter().filter(|r| !r.has_body) {
            if let Some(uid) = row.uid {
                wanted.push((uid, row.size));
                ids.insert(uid, row.id);
            }
        }
        if page.len() < PAGE {
            break;
        }
    }
    if wanted.is_empty() {
        return Ok(0);
    }
    session.select(&folder.name).await?;
    let mut fetched = 0;
    for chunk in wanted.chunks(50) {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        for (uid, raw) in session.fetch_messages(chunk).await? {
            if let Some(id) = ids.get(&uid) {
                store.store_body(*id, &raw)?;
                fetched += 1;
            }
        }
        progress(fetched);
    }
    Ok(fetched)
}

/// Writes one folder's messages in one format.
enum FolderWriter {
    Mbox {
        file: BufWriter<File>,
        tmp: PathBuf,
        path: PathBuf,
    },
    Maildir(PathBuf),
    Eml {
        dir: PathBuf,
        count: usize,
    },
}

impl FolderWriter {
    fn open(format: Format, path: &Path) -> Result<FolderWriter> {
        Ok(match format {
            Format::Mbox => {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let tmp = path.with_file_name(format!(".{name}.part"));
                FolderWriter::Mbox {
                    file: BufWriter::with_capacity(1 << 16, File::create(&tmp)?),
                    tmp,
                    path: path.to_owned(),
                }
            }
            Format::Maildir => {
                for sub in ["cur", "new", "tmp"] {
                    fs::create_dir_all(path.join(sub))?;
                }
                FolderWriter::Maildir(path.to_owned())
            }
            Format::Eml => {
                fs::create_dir_all(path)?;
                FolderWriter::Eml {
                    dir: path.to_owned(),
                    count: 0,
                }
            }
        })
    }

    fn write(&mut self, row: &MessageRow, raw: &[u8]) -> io::Result<()> {
        match self {
            FolderWriter::Mbox { file, .. } => {
                let sender = crate::message::parse_headers(raw)
                    .from
                    .first()
                    .map(|a| a.email.clone());
                write_message(file, &from_line(sender.as_deref(), row.date), raw)
            }
            FolderWriter::Maildir(dir) => {
                let name = file_name(&unique_name(), &row.flags);
                write_file(&dir.join("cur").join(name), raw)
            }
            FolderWriter::Eml { dir, count } => {
                *count += 1;
                write_file(&dir.join(format!("{count:06}.eml")), raw)
            }
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            FolderWriter::Mbox { file, tmp, path } => {
                let file = file.into_inner().map_err(|e| e.into_error())?;
                file.sync_all()?;
                fs::rename(&tmp, &path)?;
                if let Some(parent) = path.parent() {
                    let _ = sync_dir(parent);
                }
                Ok(())
            }
            FolderWriter::Maildir(dir) => sync_dir(&dir.join("cur")),
            FolderWriter::Eml { dir, .. } => sync_dir(&dir),
        }
    }
}

fn write_file(path: &Path, raw: &[u8]) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(raw)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subfolders_nest_the_way_each_format_keeps_them() {
        let out = Path::new("/o");
        assert_eq!(
            folder_path(out, "Rodzina/Wakacje", Format::Mbox),
            Path::new("/o/Rodzina.sbd/Wakacje")
        );
        assert_eq!(
            folder_path(out, "Rodzina/Wakacje", Format::Maildir),
            Path::new("/o/Rodzina/Wakacje")
        );
        assert_eq!(folder_path(out, "..", Format::Eml), Path::new("/o/_.."));
    }
}
