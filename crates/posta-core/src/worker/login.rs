//! When the server refuses the password or shows a certificate other than
//! the one the user accepted: the worker stops connecting (one refused
//! login, never a lock-out from retrying; never a changed certificate
//! accepted silently), tells the UI once, and resumes when the user gives a
//! new password (tested, then kept in the keyring) or accepts the new
//! certificate (pinned in the config).

use std::time::Duration;

use super::run::Worker;
use super::{Event, Login};
use crate::account::password::change_password;
use crate::account::settings::{test_servers, SettingsError};
use crate::error::{Error, ErrorKind, Fingerprint};
use crate::secret::Secret;
use crate::store::{AccountConfig, Config, PostaHome};

/// How long each step of testing a new password may take.
const TEST_TIMEOUT: Duration = Duration::from_secs(30);

/// True for a refusal of the password itself, not a server that is
/// temporarily unable to log anyone in (RFC 5530 `[UNAVAILABLE]`, POP3
/// `[SYS/TEMP]`), which is worth trying again later.
pub fn is_refused_password(err: &Error) -> bool {
    match err {
        Error::AuthenticationFailed(words) => {
            let upper = words.to_ascii_uppercase();
            !upper.contains("[UNAVAILABLE]") && !upper.contains("[SYS/TEMP]")
        }
        _ => false,
    }
}

/// The error a blocked worker returns instead of connecting.
fn waiting() -> Error {
    Error::AuthenticationFailed("waiting for the user".into())
}

impl Worker {
    /// False while the worker waits for a password or a certificate.
    pub(super) fn may_connect(&self) -> bool {
        self.login == Login::Allowed
    }

    /// The error for "do not connect now", or `None` when connecting is
    /// allowed.
    pub(super) fn login_blocked(&self) -> Option<Error> {
        (!self.may_connect()).then(waiting)
    }

    /// Looks at a failure: a refused password or a changed certificate
    /// stops connecting and tells the UI once. True when `err` was handled
    /// here (the caller then reports nothing more).
    pub(super) fn login_failed(&mut self, err: &Error) -> bool {
        if !self.may_connect() && err.kind() == ErrorKind::AuthenticationFailed {
            // What a blocked worker returns: already told.
            return true;
        }
        if is_refused_password(err) {
            self.session = None;
            self.login = Login::PasswordRefused;
            self.emit(Event::PasswordRefused);
            return true;
        }
        if let Error::TlsUntrusted(cert) = err {
            let old = self
                .account
                .pinned_fingerprint
                .as_deref()
                .and_then(Fingerprint::parse);
            if let Some(old) = old.filter(|old| *old != cert.fingerprint) {
                self.session = None;
                self.login = Login::CertificateChanged(cert.fingerprint.clone());
                self.emit(Event::CertificateChanged {
                    host: cert.host.clone(),
                    old,
                    new: cert.fingerprint.clone(),
                });
                return true;
            }
        }
        false
    }

    /// A new password from the user: tested with a real login, then kept
    /// in the keyring (`keep`) or for this session only; sync resumes. A
    /// refused one leaves the worker waiting, as before.
    pub(super) async fn new_password(&mut self, password: Secret, keep: bool) {
        let tested = if keep {
            change_password(&self.account, &password, TEST_TIMEOUT).await
        } else {
            test_servers(&self.account, &password, false, TEST_TIMEOUT)
                .await
                .map_err(SettingsError::from)
        };
        let stored = match tested {
            Ok(()) => keep,
            // The server took it; only the keyring failed: use it for this
            // session and say so.
            Err(SettingsError::Keyring(err)) => {
                self.emit(Event::KeyringFailed(err));
                false
            }
            Err(SettingsError::Failed(err)) if is_refused_password(&err) => {
                self.login = Login::PasswordRefused;
                self.emit(Event::PasswordRefused);
                return;
            }
            Err(SettingsError::Failed(err)) => {
                self.emit(Event::Failed(err));
                return;
            }
            Err(other) => {
                self.emit(Event::Failed(Error::protocol(other.to_string())));
                return;
            }
        };
        self.password = password;
        self.login = Login::Allowed;
        self.emit(Event::PasswordAccepted { stored });
        self.sync().await;
    }

    /// New settings for the account: the session ends, a waiting worker
    /// may try again (the settings were tested when saved), and it syncs.
    pub(super) async fn reconfigure(&mut self, account: AccountConfig) {
        let server_changed = crate::account::settings::incoming_changed(&self.account, &account);
        self.account = account;
        if server_changed {
            if let Some(session) = self.session.take() {
                let _ = session.logout().await;
            }
            self.login = Login::Allowed;
        }
        self.sync().await;
    }

    /// The user accepted the certificate with this fingerprint: it is
    /// pinned in the config under `home` and sync resumes. Only the
    /// certificate the worker was asked about can be accepted.
    pub(super) async fn accept_certificate(&mut self, fingerprint: Fingerprint, home: &PostaHome) {
        if self.login != Login::CertificateChanged(fingerprint.clone()) {
            return;
        }
        let saved = Config::load(home).and_then(|mut config| {
            if let Some(account) = config.accounts.iter_mut().find(|a| a.id == self.account.id) {
                account.pinned_fingerprint = Some(fingerprint.to_string());
            }
            config.save(home)
        });
        if let Err(err) = saved {
            self.emit(Event::Failed(Error::from(err)));
            return;
        }
        self.account.pinned_fingerprint = Some(fingerprint.to_string());
        self.login = Login::Allowed;
        self.emit(Event::CertificateAccepted);
        self.sync().await;
    }
}
