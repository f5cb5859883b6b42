//! A new password for an account (the provider changed it): it is tested
//! with a real login first, and only a password the server accepted
//! replaces the keyring entry.

use std::time::Duration;

use super::settings::{test_servers, SettingsError};
use crate::secret::Secret;
use crate::store::{keyring, AccountConfig};

/// Logs in to `account`'s incoming server with `password` (the wizard's
/// test: folders listed, INBOX opened), then stores it in the keyring in
/// place of the old one. A refused password changes nothing.
pub async fn change_password(
    account: &AccountConfig,
    password: &Secret,
    timeout: Duration,
) -> Result<(), SettingsError> {
    test_servers(account, password, false, timeout).await?;
    keyring::store_password(account.id, &account.user, password).await?;
    Ok(())
}
