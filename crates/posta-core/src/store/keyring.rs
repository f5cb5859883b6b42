//! Passwords in the desktop keyring (the freedesktop Secret Service, e.g.
//! GNOME Keyring or KWallet), through keyring-core and the pure-Rust zbus
//! store. Nothing here writes a password anywhere else, and no error or
//! `Debug` output carries one.
//!
//! The zbus store's calls block (D-Bus round trips, and possibly an unlock
//! prompt), so the async functions run them on tokio's blocking pool.

use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry};

use crate::secret::Secret;

/// The keyring's service name for every Posta password.
pub const SERVICE: &str = "posta";

/// Why the keyring could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    /// There is no session bus or no Secret Service on it.
    #[error("no keyring is available: {0}")]
    Unavailable(String),
    /// The keyring is locked and was not unlocked (prompt dismissed).
    #[error("the keyring is locked: {0}")]
    Locked(String),
    /// No password is stored for this account.
    #[error("no password is stored for this account")]
    NotFound,
    /// Any other keyring failure.
    #[error("the keyring failed: {0}")]
    Other(String),
}

/// The keyring user name of an account's password: `"{account_id}:{user}"`,
/// so two accounts with the same login on different servers do not collide.
pub fn key_user(account_id: i64, user: &str) -> String {
    format!("{account_id}:{user}")
}

/// Stores (or replaces) the password of an account.
pub async fn store_password(
    account_id: i64,
    user: &str,
    password: &Secret,
) -> Result<(), KeyringError> {
    store_secret(key_user(account_id, user), password).await
}

/// Reads the password of an account.
pub async fn load_password(account_id: i64, user: &str) -> Result<Secret, KeyringError> {
    load_secret(key_user(account_id, user)).await
}

/// Deletes the password of an account; `NotFound` if there was none.
pub async fn delete_password(account_id: i64, user: &str) -> Result<(), KeyringError> {
    delete_secret(key_user(account_id, user)).await
}

/// The keyring user name of an account's OAuth2 refresh token.
fn refresh_key(account_id: i64, user: &str) -> String {
    format!("{}:oauth2-refresh", key_user(account_id, user))
}

/// Stores (or replaces, in one Secret Service call) the OAuth2 refresh
/// token of an account.
pub async fn store_refresh_token(
    account_id: i64,
    user: &str,
    token: &Secret,
) -> Result<(), KeyringError> {
    store_secret(refresh_key(account_id, user), token).await
}

/// Reads the OAuth2 refresh token of an account.
pub async fn load_refresh_token(account_id: i64, user: &str) -> Result<Secret, KeyringError> {
    load_secret(refresh_key(account_id, user)).await
}

/// Deletes the OAuth2 refresh token of an account; `NotFound` if none.
pub async fn delete_refresh_token(account_id: i64, user: &str) -> Result<(), KeyringError> {
    delete_secret(refresh_key(account_id, user)).await
}

/// Stores (or replaces) the secret under keyring user name `key`.
async fn store_secret(key: String, secret: &Secret) -> Result<(), KeyringError> {
    let secret = secret.clone();
    blocking(move || {
        entry(&key)?
            .set_password(secret.expose())
            .map_err(map_error)
    })
    .await
}

/// Reads the secret under keyring user name `key`.
async fn load_secret(key: String) -> Result<Secret, KeyringError> {
    blocking(move || {
        entry(&key)?
            .get_password()
            .map(Secret::new)
            .map_err(map_error)
    })
    .await
}

/// Deletes the secret under keyring user name `key`.
async fn delete_secret(key: String) -> Result<(), KeyringError> {
    blocking(move || entry(&key)?.delete_credential().map_err(map_error)).await
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, KeyringError> + Send + 'static,
) -> Result<T, KeyringError> {
    let result = tokio::task::spawn_blocking(work)
        .await
        .map_err(|err| KeyringError::Other(format!("the keyring task stopped: {err}")))?;
    if matches!(result, Err(KeyringError::Unavailable(_))) {
        // The bus or the service may have gone away: connect afresh next time.
        forget_store();
    }
    result
}

/// The connected Secret Service store. Only a successful connection is kept,
/// so starting or unlocking a keyring later works without restarting Posta.
static STORE: Mutex<Option<Arc<CredentialStore>>> = Mutex::new(None);

fn store() -> Result<Arc<CredentialStore>, KeyringError> {
    let mut slot = STORE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(store) = slot.as_ref() {
        return Ok(store.clone());
    }
    let store: Arc<CredentialStore> =
        zbus_secret_service_keyring_store::Store::new().map_err(map_error)?;
    // Also the process-wide default, so `keyring_core::Entry::new` elsewhere
    // talks to the same store.
    keyring_core::set_default_store(store.clone());
    *slot = Some(store.clone());
    Ok(store)
}

fn forget_store() {
    let mut slot = STORE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if slot.take().is_some() {
        keyring_core::unset_default_store();
    }
}

fn entry(user: &str) -> Result<Entry, KeyringError> {
    store()?.build(SERVICE, user, None).map_err(map_error)
}

/// Maps keyring-core's error to ours. Variants that carry the secret's bytes
/// (`BadEncoding`, `BadDataFormat`) are reduced to words.
fn map_error(err: keyring_core::Error) -> KeyringError {
    use keyring_core::Error as E;
    match err {
        E::NoEntry => KeyringError::NotFound,
        E::PlatformFailure(inner) | E::NoStorageAccess(inner) => {
            classify_platform(&error_chain(inner.as_ref()))
        }
        E::BadEncoding(_) => KeyringError::Other("the stored password is not valid text".into()),
        E::BadDataFormat(_, _) => KeyringError::Other("the stored secret is malformed".into()),
        E::Ambiguous(entries) => KeyringError::Other(format!(
            "{} passwords are stored for this account",
            entries.len()
        )),
        E::NoDefaultStore => KeyringError::Unavailable("no keyring store is set up".into()),
        other => KeyringError::Other(other.to_string()),
    }
}

fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// Classifies a Secret Service failure by its words: the store hides the
/// underlying `secret_service::Error` behind a boxed error we cannot name.
fn classify_platform(words: &str) -> KeyringError {
    let lower = words.to_ascii_lowercase();
    let unavailable = [
        "no secret service provider or dbus session found",
        "serviceunknown",
        "service unknown",
        "name has no owner",
        "not provided by any .service files",
        "no such file or directory",
        "connection refused",
        "address",
        "dbus_session_bus_address",
        "failed to connect",
        "unknown method",
        "unknownobject",
        "object does not exist",
    ];
    let locked = ["locked", "prompt"];
    if locked.iter().any(|w| lower.contains(w)) {
        KeyringError::Locked(words.to_owned())
    } else if unavailable.iter().any(|w| lower.contains(w)) {
        KeyringError::Unavailable(words.to_owned())
    } else {
        KeyringError::Other(words.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn platform(words: &str) -> keyring_core::Error {
        keyring_core::Error::PlatformFailure(Box::new(std::io::Error::other(words.to_owned())))
    }

    #[test]
    fn secret_service_failures_are_classified() {
        let unavailable = [
            "no secret service provider or dbus session found",
            "zbus error: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files",
            "zbus error: Address error: DBUS_SESSION_BUS_ADDRESS not set",
        ];
        for words in unavailable {
            assert!(
                matches!(map_error(platform(words)), KeyringError::Unavailable(_)),
                "{words}"
            );
        }
        for words in [
            "SS Error: object locked",
            "SS error: prompt dismissed",
            "SS error: connection closed before prompt completed",
        ] {
            assert!(
                matches!(map_error(platform(words)), KeyringError::Locked(_)),
                "{words}"
            );
        }
        assert_eq!(
            map_error(keyring_core::Error::NoEntry),
            KeyringError::NotFound
        );
        assert!(matches!(
            map_error(platform("Crypto error: bad padding")),
            KeyringError::Other(_)
        ));
    }

    #[test]
    fn errors_never_carry_the_secret_bytes() {
        let err = map_error(keyring_core::Error::BadEncoding(b"hunter2\xff".to_vec()));
        assert!(!format!("{err:?} {err}").contains("hunter2"));
        let err = map_error(keyring_core::Error::BadDataFormat(
            b"hunter2".to_vec(),
            Box::new(std::io::Error::other("x")),
        ));
        assert!(!format!("{err:?} {err}").contains("hunter2"));
    }

    #[test]
    fn key_user_separates_accounts() {
        assert_eq!(key_user(3, "jan@example.sk"), "3:jan@example.sk");
        assert_ne!(key_user(1, "jan"), key_user(2, "jan"));
    }
}
