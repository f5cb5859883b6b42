//! Saving an attachment: the desktop's dialog, else the Downloads folder
//! under a name not taken yet.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::SaveOutcome;
use posta_i18n::t;

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

/// Writes the attachment to a private folder (the user's runtime folder,
/// readable by the user alone) under a name not taken yet, readable by
/// the user alone, then hands it to the desktop's default application.
pub(super) async fn open_with_desktop(name: String, data: Arc<Vec<u8>>) -> Result<(), String> {
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

        let base = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .filter(|p| p.is_dir())
            .unwrap_or_else(std::env::temp_dir);
        let user = std::env::var("USER").unwrap_or_default();
        let dir = base.join(format!("posta-attachments-{user}"));
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| e.to_string())?;
        // A folder made by someone else, or open to others, is not used.
        let meta = std::fs::symlink_metadata(&dir).map_err(|e| e.to_string())?;
        if !meta.is_dir() || meta.permissions().mode() & 0o077 != 0 {
            return Err(dir.display().to_string());
        }
        let (stem, extension) = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), Some(ext.to_owned())),
            _ => (name.clone(), None),
        };
        for attempt in 0..1000u32 {
            let candidate = match (attempt, &extension) {
                (0, _) => name.clone(),
                (n, Some(ext)) => format!("{stem} ({n}).{ext}"),
                (n, None) => format!("{stem} ({n})"),
            };
            let path = dir.join(candidate);
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path);
            let mut file = match file {
                Ok(file) => file,
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(err.to_string()),
            };
            file.write_all(&data).map_err(|e| e.to_string())?;
            file.sync_all().map_err(|e| e.to_string())?;
            let status = std::process::Command::new("xdg-open")
                .arg(&path)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .map_err(|e| e.to_string())?;
            return if status.success() {
                Ok(())
            } else {
                Err(status.to_string())
            };
        }
        Err(name)
    })
    .await
    .map_err(|e| e.to_string())?
}
