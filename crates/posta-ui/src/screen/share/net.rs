//! The dialog's server work: SETACL/DELETEACL, MYRIGHTS and (when the user
//! may administer the folder) GETACL, through the account's worker like
//! every other network action. Without a running worker (no password yet,
//! a locked keyring, an offline window) the dialog says so rather than
//! connecting on its own. Errors come back as translated sentences.

use posta_core::error::Error;
use posta_core::store::FolderRow;
use posta_i18n::describe_error;
use posta_i18n::t;

use super::Context;

pub use posta_core::worker::Access;
use posta_core::worker::{AclChange, Command, Reply};

/// Asks the account's worker: `change` (if any), then the rights.
async fn through_worker(
    context: &Context,
    folder: &FolderRow,
    change: Option<(String, Option<String>)>,
) -> Option<Result<Access, String>> {
    let worker = context.worker.as_ref()?;
    let change = change.map(|(person, rights)| match rights {
        Some(rights) => AclChange::Grant { person, rights },
        None => AclChange::Revoke { person },
    });
    let (reply, answer) = Reply::new();
    let sent = worker.send(Command::Access {
        folder_id: folder.id,
        change,
        reply,
    });
    if !sent {
        return None;
    }
    let host = context.account.host.clone();
    Some(match answer.await {
        Ok(result) => result.map_err(|e| describe_error(&e, &host)),
        // The worker stopped before answering.
        Err(_) => Err(describe_error(
            &Error::from(std::io::Error::from(std::io::ErrorKind::ConnectionAborted)),
            &host,
        )),
    })
}

/// Does `change` (if any) and reads the rights, through the worker.
async fn run(
    context: Context,
    folder: FolderRow,
    change: Option<(String, Option<String>)>,
) -> Result<Access, String> {
    match through_worker(&context, &folder, change).await {
        Some(answer) => answer,
        None => Err(t!("share-not-connected")),
    }
}

/// What the server says about `folder` now.
pub async fn load(context: Context, folder: FolderRow) -> Result<Access, String> {
    run(context, folder, None).await
}

/// Gives `person` exactly `rights`.
pub async fn grant(
    context: Context,
    folder: FolderRow,
    person: String,
    rights: String,
) -> Result<(Access, String), String> {
    let access = run(context, folder, Some((person.clone(), Some(rights)))).await?;
    Ok((access, t!("share-added", person = person)))
}

/// Takes `person`'s access away.
pub async fn revoke(
    context: Context,
    folder: FolderRow,
    person: String,
) -> Result<(Access, String), String> {
    let access = run(context, folder, Some((person.clone(), None))).await?;
    Ok((access, t!("share-removed", person = person)))
}
