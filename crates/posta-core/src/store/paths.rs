//! Where Posta keeps its files: one root directory holding the config, the
//! index database and the Maildir bodies, so a portable install or a test
//! moves everything by moving one directory.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The settings file's name in Posta's home.
pub(crate) const CONFIG_FILE: &str = "config.toml";

use super::error::{Result, StoreError};

/// The environment variable that overrides the root directory.
pub const HOME_ENV: &str = "POSTA_HOME";

/// Posta's root directory and the paths inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostaHome {
    /// The root directory.
    pub root: PathBuf,
}

impl PostaHome {
    /// `$POSTA_HOME` when set, else the platform data directory
    /// (`~/.local/share/posta` on Linux).
    pub fn from_env() -> Result<PostaHome> {
        if let Some(root) = std::env::var_os(HOME_ENV).filter(|v| !v.is_empty()) {
            return Ok(PostaHome::at(root));
        }
        directories::ProjectDirs::from("org", "Posta", "Posta")
            .map(|dirs| PostaHome::at(dirs.data_dir()))
            .ok_or_else(|| StoreError::NotFound("a home directory to keep Posta's data in".into()))
    }

    /// A home at `root` (tests, portable installs).
    pub fn at(root: impl Into<PathBuf>) -> PostaHome {
        PostaHome { root: root.into() }
    }

    /// `root/config.toml`.
    pub fn config_file(&self) -> PathBuf {
        self.root.join(CONFIG_FILE)
    }

    /// `root/posta.sqlite3`.
    pub fn database(&self) -> PathBuf {
        self.root.join("posta.sqlite3")
    }

    /// `root/mail`: every account's Maildirs.
    pub fn mail_root(&self) -> PathBuf {
        self.root.join("mail")
    }

    /// `root/mail/<account_id>/`.
    pub fn maildir(&self, account_id: i64) -> PathBuf {
        self.mail_root().join(account_id.to_string())
    }

    /// `root/mail/<account_id>/<folder_id>/`: one folder's Maildir.
    pub fn folder_maildir(&self, account_id: i64, folder_id: i64) -> PathBuf {
        self.maildir(account_id).join(folder_id.to_string())
    }

    /// Creates the root directory (private to the user) if it is missing.
    pub fn create(&self) -> Result<()> {
        create_private_dir(&self.root)?;
        Ok(())
    }
}

/// Creates `dir` and its parents; the last one readable by the user only,
/// since it holds mail.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `name` in `dir` (made private when missing) atomically, readable
/// by the user only: a temporary file beside it, fsync, rename over the old
/// one, fsync the directory. A failed write leaves the old file whole.
pub(crate) fn write_private_atomically(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    create_private_dir(dir)?;
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp"));
    let written = (|| -> io::Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        std::io::Write::write_all(&mut file, bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)?;
        sync_dir(dir)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Makes a rename or a new file in `dir` durable (a no-op where directories
/// cannot be opened, i.e. Windows).
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_live_under_the_root() {
        let home = PostaHome::at("/data/posta");
        assert_eq!(home.config_file(), Path::new("/data/posta/config.toml"));
        assert_eq!(home.database(), Path::new("/data/posta/posta.sqlite3"));
        assert_eq!(home.maildir(3), Path::new("/data/posta/mail/3"));
        assert_eq!(
            home.folder_maildir(3, 12),
            Path::new("/data/posta/mail/3/12")
        );
    }
}
