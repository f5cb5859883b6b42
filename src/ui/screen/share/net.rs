//! The dialog's server work: a short IMAP connection per step, MYRIGHTS
//! (and GETACL when the user may administer the folder), SETACL and
//! DELETEACL. Errors come back as translated sentences.

use crate::core::error::Error;
use crate::core::imap::{AclEntry, ImapSession};
use crate::core::store::{keyring, FolderRow};
use crate::core::sync::imap::with_store;
use crate::i18n::describe_error;
use crate::t;

use super::Context;

/// What the server says about a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// The user's own rights (MYRIGHTS).
    pub my_rights: String,
    /// Everyone's rights (GETACL), when the user may see them (`a`).
    pub acl: Option<Vec<AclEntry>>,
}

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

/// Connects, does `change` (if any), reads the rights, logs out.
async fn run(
    context: Context,
    folder: FolderRow,
    change: Option<(String, Option<String>)>,
) -> Result<Access, String> {
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
