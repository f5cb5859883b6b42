//! Removing an account: first what will be deleted (local mail, queued
//! changes, unsent mail, the keyring entry) and what will not (the mail on
//! the server), then the removal itself. Other accounts are untouched; with
//! "keep the local mail" the downloaded mail stays readable as a local
//! folder set, and nothing else of the account remains.

use super::settings::SettingsError;
use crate::smtp::Outbox;
use crate::store::{keyring, AccountConfig, Config, KeyringError, LocalSet, PostaHome, Store};

/// What removing an account deletes, counted before anything is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RemovalReport {
    /// Folders here.
    pub folders: usize,
    /// Messages here (the server's copies are not touched).
    pub messages: usize,
    /// Of those, messages whose body is on disk.
    pub with_body: usize,
    /// Changes made here that have not reached the server.
    pub queued: usize,
    /// Messages written here and not sent yet.
    pub unsent: usize,
}

/// Counts what removing `account` would delete.
pub fn removal_report(
    home: &PostaHome,
    store: &Store,
    account: i64,
) -> Result<RemovalReport, SettingsError> {
    let counts = store.account_counts(account)?;
    let unsent = Outbox::new(home).len(account).unwrap_or(0);
    Ok(RemovalReport {
        folders: counts.folders,
        messages: counts.messages,
        with_body: counts.with_body,
        queued: counts.queued,
        unsent,
    })
}

/// What [`remove_account`] did.
#[derive(Debug, Clone)]
pub struct Removed {
    /// What was deleted (counted first).
    pub report: RemovalReport,
    /// The account as it was.
    pub account: AccountConfig,
    /// The keyring entry could not be deleted (the rest is done): the
    /// caller tells the user to remove it by hand.
    pub keyring_left: Option<KeyringError>,
}

/// Removes account `id`: its local mail (or, with `keep_local_mail`, its
/// downloaded mail stays as a local folder set), queued changes, unsent
/// mail, identities, colour and keyring entry. The store goes first, so
/// a failure leaves the account listed and the removal can be run again.
/// The account's worker must be stopped by the caller.
pub async fn remove_account(
    home: &PostaHome,
    store: &Store,
    id: i64,
    keep_local_mail: bool,
) -> Result<Removed, SettingsError> {
    let (account, report) = remove_local(home, store, id, keep_local_mail)?;
    let keyring_left = forget_password(&account).await;
    Ok(Removed {
        report,
        account,
        keyring_left,
    })
}

/// Everything of [`remove_account`] but the keyring: the store, the
/// config and the outbox. Returns the account as it was and what was
/// deleted.
pub fn remove_local(
    home: &PostaHome,
    store: &Store,
    id: i64,
    keep_local_mail: bool,
) -> Result<(AccountConfig, RemovalReport), SettingsError> {
    let mut config = Config::load(home)?;
    let account = config
        .account(id)
        .cloned()
        .ok_or(SettingsError::NoAccount(id))?;
    let report = removal_report(home, store, id)?;
    if keep_local_mail {
        store.ensure_account(id, &account.name)?;
        store.keep_as_local(id, &account.name)?;
        config.local_sets.push(LocalSet {
            id,
            name: account.name.clone(),
        });
    } else {
        store.remove_account(id)?;
    }
    config.accounts.retain(|a| a.id != id);
    config.identities.retain(|i| i.account != id);
    config.account_colors.retain(|c| c.account != id);
    config.save(home)?;
    Outbox::new(home).remove_account(id)?;
    Ok((account, report))
}

/// Deletes a removed account's keyring entry; the error when it could not
/// be deleted (none when there was none).
pub async fn forget_password(account: &AccountConfig) -> Option<KeyringError> {
    match keyring::delete_password(account.id, &account.user).await {
        Ok(()) | Err(KeyringError::NotFound) => None,
        Err(err) => Some(err),
    }
}
