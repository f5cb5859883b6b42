//! The share dialog's server work through the account worker (one
//! connection per account, like every other network action): an optional
//! SETACL/DELETEACL, then MYRIGHTS and, for a folder the user administers,
//! GETACL; the user's own rights are kept in the store. The answer goes
//! back on the request's own channel.

use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use super::run::Worker;
use crate::error::{Error, Result};
use crate::imap::AclEntry;
use crate::sync::with_store;

/// What the server says about a folder's sharing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// The user's own rights (MYRIGHTS).
    pub my_rights: String,
    /// Everyone's rights (GETACL), when the user may see them (`a`).
    pub acl: Option<Vec<AclEntry>>,
}

/// A change to a folder's sharing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AclChange {
    /// Give `person` exactly `rights` (SETACL).
    Grant {
        /// User name.
        person: String,
        /// RFC 4314 letters.
        rights: String,
    },
    /// Take `person`'s access away (DELETEACL).
    Revoke {
        /// User name.
        person: String,
    },
}

/// Where a request's answer goes (cloneable so commands stay `Clone`; the
/// first to answer takes it).
#[derive(Debug, Clone)]
pub struct Reply<T>(Arc<Mutex<Option<oneshot::Sender<T>>>>);

impl<T> Reply<T> {
    /// A reply channel and the receiver to await.
    pub fn new() -> (Reply<T>, oneshot::Receiver<T>) {
        let (tx, rx) = oneshot::channel();
        (Reply(Arc::new(Mutex::new(Some(tx)))), rx)
    }

    fn send(&self, value: T) {
        let sender = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(sender) = sender {
            let _ = sender.send(value);
        }
    }
}

impl Worker {
    /// Does `change` (if any) on `folder_id`, reads its access and answers.
    pub(super) async fn access(
        &mut self,
        folder_id: i64,
        change: Option<AclChange>,
        reply: Reply<Result<Access>>,
    ) -> Result<()> {
        let result = self.read_access(folder_id, change).await;
        // The dialog shows a refusal; a lost connection is the worker's too.
        let lost = match &result {
            Err(err) if self.session.is_none() => Some(err.clone()),
            _ => None,
        };
        reply.send(result);
        lost.map_or(Ok(()), Err)
    }

    async fn read_access(&mut self, folder_id: i64, change: Option<AclChange>) -> Result<Access> {
        let folder = with_store(&self.store, |s| Ok(s.folder(folder_id)?))?
            .ok_or_else(|| Error::protocol("the folder is gone"))?;
        if self.account.protocol != crate::account::Protocol::Imap {
            return Err(Error::Unsupported("sharing needs IMAP"));
        }
        let session = self.session().await?;
        match &change {
            Some(AclChange::Grant { person, rights }) => {
                session.set_acl(&folder.name, person, rights).await?;
            }
            Some(AclChange::Revoke { person }) => session.delete_acl(&folder.name, person).await?,
            None => {}
        }
        let my_rights = session.my_rights(&folder.name).await?;
        let acl = if my_rights.contains('a') {
            Some(session.get_acl(&folder.name).await?)
        } else {
            None
        };
        with_store(&self.store, |s| {
            Ok(s.set_folder_rights(folder.id, Some(&my_rights))?)
        })?;
        Ok(Access { my_rights, acl })
    }
}
