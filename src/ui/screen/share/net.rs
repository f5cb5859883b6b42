//! The dialog's server work: SETACL/DELETEACL, MYRIGHTS and (when the user
//! may administer the folder) GETACL, through the account's worker like
//! every other network action. Only when the account has no worker running
//! (no password known to the window yet) does the dialog use a short
//! connection of its own. Errors come back as translated sentences.

use crate::core::error::Error;
use crate::core::imap::ImapSession;
use crate::core::store::{keyring, FolderRow};
use crate::core::sync::imap::with_store;
use crate::i18n::describe_error;
use crate::t;

use super::Context;

pub use crate::core::worker::Access;
use crate::core::worker::{AclChange, Command, Reply};

/// Logs in with the known password, or the keyring's.
async fn connect(context: &Context) -> Result<ImapSession, String> {
    let account = &context.account;
    let password = match &context.password {
        Some(password) => password.clone(),
        None => keyring::load_password(account.id, &account.user)
            .await
            .map_err(|e| t!("compose-error-no-password", details = e.to_string()))?,
    };
    let endpoint = account
        .endpoint()
        .map_err(|e| describe_error(&Error::from(e), &account.host))?;
    ImapSession::connect(&endpoint, &account.user, &password)
        .await
        .map_err(|e| describe_error(&e, &account.host))
}

/// Reads the rights, and keeps the user's own in the store.
async fn read(
    context: &Context,
    session: &mut ImapSession,
    folder: &FolderRow,
) -> Result<Access, Error> {
    let my_rights = session.my_rights(&folder.name).await?;
    let acl = if my_rights.contains('a') {
        Some(session.get_acl(&folder.name).await?)
    } else {
        None
    };
    let rights = my_rights.clone();
    with_store(&context.store, |s| {
        Ok(s.set_folder_rights(folder.id, Some(&rights))?)
    })?;
    Ok(Access { my_rights, acl })
}

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

/// Does `change` (if any) and reads the rights: through the worker, or
/// with a connection of its own when there is none.
async fn run(
    context: Context,
    folder: FolderRow,
    change: Option<(String, Option<String>)>,
) -> Result<Access, String> {
    if let Some(answer) = through_worker(&context, &folder, change.clone()).await {
        return answer;
    }
    let mut session = connect(&context).await?;
    let host = context.account.host.clone();
    let result = async {
        match &change {
            Some((person, Some(rights))) => session.set_acl(&folder.name, person, rights).await?,
            Some((person, None)) => session.delete_acl(&folder.name, person).await?,
            None => {}
        }
        read(&context, &mut session, &folder).await
    }
    .await;
    let _ = session.logout().await;
    result.map_err(|e| describe_error(&e, &host))
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
