//! One account's connect-and-sync, the same for the account worker and
//! `posta sync`: the endpoint from the settings, the login, the sync of
//! the protocol (the offline queue first), then the outbox — mail written
//! while the server could not be reached (`send_outbox`, in
//! [`crate::compose`], which builds on sync and not the other way round) —
//! and the quota. Where the password comes from (the keyring, standard
//! input, the window) is the caller's business.

use std::time::Duration;

use super::pop3::{sync_pop3, Pop3Account};
use super::{CancelToken, Event, SharedStore, SyncOptions, SyncSummary};
use crate::account::Protocol;
use crate::error::{Error, Result};
use crate::imap::{ImapSession, QuotaUsage};
use crate::net::Endpoint;
use crate::secret::Secret;
use crate::store::account_lock::BRIEF_WAIT;
use crate::store::AccountConfig;

/// An account, its password and the store it syncs into.
#[derive(Debug, Clone, Copy)]
pub struct AccountSync<'a> {
    /// The account's settings.
    pub account: &'a AccountConfig,
    /// Its password.
    pub password: &'a Secret,
    /// The store.
    pub store: &'a SharedStore,
    /// How long each network step may take (the settings' when `None`).
    pub timeout: Option<Duration>,
}

impl AccountSync<'_> {
    /// How the account syncs (its bodies downloaded for offline reading
    /// when the settings say so).
    pub fn options(&self) -> SyncOptions {
        SyncOptions {
            download_bodies: self.account.download_bodies,
            ..SyncOptions::default()
        }
    }

    /// Where the account's incoming server is, with the timeout.
    pub fn endpoint(&self) -> Result<Endpoint> {
        let mut endpoint = self.account.endpoint().map_err(Error::from)?;
        if let Some(timeout) = self.timeout {
            endpoint.timeout = timeout;
        }
        Ok(endpoint)
    }

    /// Connects and logs in to the account's IMAP server.
    pub async fn connect(&self) -> Result<ImapSession> {
        ImapSession::connect(&self.endpoint()?, &self.account.user, self.password).await
    }

    /// Brings the store in line with the server and the server with the
    /// queue: for IMAP over `session` (connected first when there is none;
    /// it stays open for the caller), for POP3 over a connection of its own.
    pub async fn sync(
        &self,
        session: &mut Option<ImapSession>,
        options: &SyncOptions,
        cancel: &CancelToken,
        events: &mut (dyn FnMut(Event) + Send),
    ) -> Result<SyncSummary> {
        // One Posta at a time (shared with a caller that holds it already).
        let _lock = super::hold_account(self.store, self.account.id, BRIEF_WAIT).await?;
        match self.account.protocol {
            Protocol::Imap => {
                if session.is_none() {
                    *session = Some(self.connect().await?);
                }
                let session = session
                    .as_mut()
                    .ok_or_else(|| Error::protocol("not connected"))?;
                super::imap::sync_account(
                    session,
                    self.store,
                    self.account.id,
                    options,
                    cancel,
                    events,
                )
                .await
            }
            Protocol::Pop3 => {
                let endpoint = self.endpoint()?;
                let pop3 = Pop3Account {
                    endpoint: &endpoint,
                    user: &self.account.user,
                    password: self.password,
                    store: self.store,
                    account: self.account,
                };
                sync_pop3(&pop3, options, cancel, events).await
            }
        }
    }

    /// Reads the quota again (after the outbox's copies in Sent).
    pub async fn quota(&self, session: &mut ImapSession) -> Result<Vec<QuotaUsage>> {
        super::quota::refresh_quota(session, self.store, self.account.id).await
    }
}
