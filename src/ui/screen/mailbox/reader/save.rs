//! Saving an attachment: the desktop's dialog, else the Downloads folder
//! under a name not taken yet.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::SaveOutcome;
use crate::t;

/// Asks where to save with the desktop's dialog, then writes the file.
pub(super) async fn save_with_dialog(name: String, data: Arc<Vec<u8>>) -> SaveOutcome {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(t!("reader-save-title"))
        .set_file_name(name.as_str())
        .save_file();
    let Some(file) = dialog.await else {
        return SaveOutcome::NoFile;
    };
    match file.write(&data).await {
        Ok(()) => SaveOutcome::Written(file.path().to_path_buf()),
        Err(err) => SaveOutcome::Failed(err.to_string()),
    }
}

/// The user's Downloads folder (XDG), or `~/Downloads`.
pub fn downloads_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dirs.home_dir().join("Downloads")),
    )
}

/// Writes into the Downloads folder under a name not taken yet
/// ("faktura.pdf", then "faktura (1).pdf"…).
pub(super) async fn save_to_downloads(name: String, data: Arc<Vec<u8>>) -> SaveOutcome {
    let Some(dir) = downloads_dir() else {
        return SaveOutcome::Failed(t!("reader-no-downloads-folder"));
    };
    match write_new_file(&dir, &name, &data).await {
        Ok(path) => SaveOutcome::Written(path),
        Err(err) => SaveOutcome::Failed(err.to_string()),
    }
}

/// Creates `dir` if needed and writes `data` to a file named like `name`
/// that did not exist before (never overwrites).
pub async fn write_new_file(dir: &Path, name: &str, data: &[u8]) -> std::io::Result<PathBuf> {
    use tokio::io::AsyncWriteExt;

    tokio::fs::create_dir_all(dir).await?;
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext)),
        _ => (name, None),
    };
    for attempt in 0..1000 {
        let candidate = match (attempt, extension) {
            (0, _) => name.to_owned(),
            (n, Some(ext)) => format!("{stem} ({n}).{ext}"),
            (n, None) => format!("{stem} ({n})"),
        };
        let path = dir.join(candidate);
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .await;
        match file {
            Ok(mut file) => {
                file.write_all(data).await?;
                file.sync_all().await?;
                return Ok(path);
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(err),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        name.to_owned(),
    ))
}
