//! Moving a POP3 account to IMAP: every local message the IMAP server does
//! not have yet is uploaded (INBOX to INBOX, local folders to server
//! folders of the same name, created as needed), with its read, answered
//! and flagged state and its tags as keywords.
//!
//! Safe at any moment. Before the first upload, the journal in the store
//! lists every local message with its folder and SHA-256. After each
//! APPEND the server accepted, the journal records it (durably, with the
//! UID from APPENDUID). Killed between the two, the next run finds the
//! message on the server by its Message-ID and the same content hash, and
//! records it instead of uploading it again. The local mail is removed
//! only by [`finish`], once the journal says the server has all of it.
//!
//! [`move_to_imap`] runs the whole move for the CLI and the account worker
//! alike: upload, the account becomes IMAP in the config, [`finish`], tag
//! names to the server, a first IMAP sync.

mod detect;
mod finish;
mod run;
mod upload;

pub use detect::detect_imap;
pub use finish::finish;
pub use run::{move_to_imap, Move};
pub use upload::{content_hash, upload_local_mail, UploadReport};
