//! The store's error type. A full disk is its own variant because it is the
//! one local failure a user can fix, and the UI tells them how.

use std::io;
use std::sync::Arc;

/// `ENOSPC` on Linux and the BSDs: no space left on the device.
pub const ENOSPC: i32 = 28;
/// `EDQUOT` on Linux: the user's disk quota is used up, which to the user is
/// the same as a full disk.
const EDQUOT: i32 = 122;

/// What went wrong in the local store. `Clone` so it can travel in UI events.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The index database failed.
    #[error("the mail index failed: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    /// Reading or writing a file failed.
    #[error("a file operation failed: {0}")]
    Io(Arc<io::Error>),
    /// No space left on the disk (or the quota is used up); nothing already
    /// stored was lost.
    #[error("the disk is full")]
    DiskFull,
    /// A file or the database holds something Posta cannot read.
    #[error("damaged or unreadable data: {0}")]
    Corrupt(String),
    /// The named thing does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// A value given to the store is not acceptable (a tag colour, a keyword).
    #[error("invalid value: {0}")]
    Invalid(String),
}

/// Result with the store's error.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// True when `err` means the disk (or quota) is full.
pub fn is_disk_full(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(ENOSPC | EDQUOT)) || err.kind() == io::ErrorKind::StorageFull
}

impl From<io::Error> for StoreError {
    fn from(err: io::Error) -> Self {
        if is_disk_full(&err) {
            StoreError::DiskFull
        } else {
            StoreError::Io(Arc::new(err))
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                StoreError::Corrupt(format!("the mail index is damaged: {err}"))
            }
            _ => StoreError::Sqlite(Arc::new(err)),
        }
    }
}

impl From<StoreError> for crate::Error {
    /// Everything becomes [`crate::Error::Io`]; a full disk keeps the
    /// OS error code (28) so the UI can say "disk full".
    fn from(err: StoreError) -> Self {
        let io = match err {
            StoreError::Io(io) => return crate::Error::Io(io),
            StoreError::DiskFull => io::Error::from_raw_os_error(ENOSPC),
            StoreError::NotFound(_) => io::Error::new(io::ErrorKind::NotFound, err.to_string()),
            StoreError::Invalid(_) => io::Error::new(io::ErrorKind::InvalidInput, err.to_string()),
            StoreError::Corrupt(_) => io::Error::new(io::ErrorKind::InvalidData, err.to_string()),
            StoreError::Sqlite(_) => io::Error::other(err.to_string()),
        };
        crate::Error::Io(Arc::new(io))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disk_full_is_recognised_and_keeps_its_code_for_the_ui() {
        let err = StoreError::from(io::Error::from_raw_os_error(ENOSPC));
        assert!(matches!(err, StoreError::DiskFull));
        let core: crate::Error = err.into();
        match core {
            crate::Error::Io(io) => assert_eq!(io.raw_os_error(), Some(ENOSPC)),
            other => panic!("expected Io, got {other:?}"),
        }
        assert!(matches!(
            StoreError::from(io::Error::from_raw_os_error(EDQUOT)),
            StoreError::DiskFull
        ));
        assert!(matches!(
            StoreError::from(io::Error::from(io::ErrorKind::PermissionDenied)),
            StoreError::Io(_)
        ));
    }

    #[test]
    fn sqlite_disk_full_becomes_disk_full() {
        let err = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert!(matches!(StoreError::from(err), StoreError::DiskFull));
        let err = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        );
        assert!(matches!(StoreError::from(err), StoreError::Corrupt(_)));
    }

    #[test]
    fn other_errors_keep_their_words() {
        let core: crate::Error = StoreError::NotFound("message 7".into()).into();
        assert_eq!(core.kind(), crate::ErrorKind::Io);
        assert!(core.to_string().contains("message 7"), "{core}");
    }
}
