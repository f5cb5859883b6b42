//! The account layer: one API over IMAP and POP3. The UI and the sync engine
//! talk to a [`Connection`] and ask its [`Capabilities`] what it can do; a
//! POP3 account has one server folder (INBOX) and keeps everything else
//! (folders, flags, tags) locally.

pub mod check;
pub mod effects;
pub mod identities;
pub mod password;
pub mod remove;
pub mod settings;

pub use crate::protocol::Protocol;

use super::error::{Error, Result};
use super::imap::ImapSession;
use super::net::Endpoint;
use super::pop3::Pop3Session;
use super::secret::Secret;

/// What an account can do on its server. Anything false is done locally, or
/// not at all, and the UI hides or explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capabilities {
    /// Folders live on the server (list, create, rename, delete, move mail).
    pub server_folders: bool,
    /// Read/answered/flagged state is kept on the server.
    pub server_flags: bool,
    /// Tags can be stored on the server as keywords.
    pub keywords: bool,
    /// Other users' folders can be listed and folders shared (NAMESPACE+ACL).
    pub shared_folders: bool,
    /// Annotations (tag names and colours) can be kept on the server.
    pub metadata: bool,
    /// The server tells us about new mail (IDLE); otherwise we poll.
    pub push: bool,
    /// Headers can be read without downloading the whole message.
    pub partial_fetch: bool,
}

/// Everything needed to connect to an incoming server. The password comes
/// from the caller (the keyring, a prompt); it is never stored here on disk.
#[derive(Debug, Clone)]
pub struct ConnectionSettings {
    /// IMAP or POP3.
    pub protocol: Protocol,
    /// Host, port, security, trust and time limit.
    pub endpoint: Endpoint,
    /// Login name.
    pub user: String,
    /// Password.
    pub password: Secret,
}

/// A live, logged-in connection to an account's incoming server.
#[derive(Debug)]
pub enum Connection {
    /// IMAP.
    Imap(ImapSession),
    /// POP3.
    Pop3(Pop3Session),
}

impl Connection {
    /// Connects and logs in.
    pub async fn connect(settings: &ConnectionSettings) -> Result<Connection> {
        match settings.protocol {
            Protocol::Imap => Ok(Connection::Imap(
                ImapSession::connect(&settings.endpoint, &settings.user, &settings.password)
                    .await?,
            )),
            Protocol::Pop3 => Ok(Connection::Pop3(
                Pop3Session::connect(&settings.endpoint, &settings.user, &settings.password)
                    .await?,
            )),
        }
    }

    /// The protocol in use.
    pub fn protocol(&self) -> Protocol {
        match self {
            Connection::Imap(_) => Protocol::Imap,
            Connection::Pop3(_) => Protocol::Pop3,
        }
    }

    /// What this account can do on its server.
    pub fn capabilities(&self) -> Capabilities {
        match self {
            Connection::Imap(s) => Capabilities {
                server_folders: true,
                server_flags: true,
                keywords: s.keywords_allowed(),
                shared_folders: s.has_capability("NAMESPACE") && s.has_capability("ACL"),
                metadata: s.has_capability("METADATA"),
                push: s.has_capability("IDLE"),
                partial_fetch: true,
            },
            Connection::Pop3(s) => Capabilities {
                partial_fetch: s
                    .capabilities()
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case("TOP")),
                ..Capabilities::default()
            },
        }
    }

    /// The server's own capability words, for diagnostics.
    pub fn server_capabilities(&self) -> Vec<String> {
        match self {
            Connection::Imap(s) => s.server_capabilities().iter().cloned().collect(),
            Connection::Pop3(s) => s.capabilities().to_vec(),
        }
    }

    /// Proves the account can really be used, not only logged in to: IMAP
    /// lists the folders and opens INBOX read-only; POP3 answers `STAT` and
    /// `UIDL`. Returns how many folders there are (POP3: 1).
    pub async fn verify(&mut self) -> Result<usize> {
        match self {
            Connection::Imap(s) => {
                let folders = s.list_folders().await?;
                s.examine("INBOX").await?;
                Ok(folders.len())
            }
            Connection::Pop3(s) => {
                s.stat().await?;
                s.uidl().await?;
                Ok(1)
            }
        }
    }

    /// The IMAP session, for what only IMAP can do (flags, sharing…).
    pub fn imap(&mut self) -> Result<&mut ImapSession> {
        match self {
            Connection::Imap(s) => Ok(s),
            Connection::Pop3(_) => Err(Error::Unsupported("this needs an IMAP account")),
        }
    }

    /// Ends the session cleanly (POP3: deletions take effect now).
    pub async fn close(self) -> Result<()> {
        match self {
            Connection::Imap(s) => s.logout().await,
            Connection::Pop3(s) => s.quit().await,
        }
    }
}
