//! One token source per account, shared by its IMAP, POP3 and SMTP
//! connections: the refresh token lives only in the keyring (replaced in
//! one call whenever the provider rotates it, before the new access token
//! is used), the access token only in memory, renewed 30 s before it
//! expires, one renewal at a time. When the provider answers
//! `invalid_grant` the refresh token is deleted, so nothing asks again
//! until the user signs in again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::token::{self, Limits, Tokens};
use super::{OAuthError, Provider};
use crate::secret::Secret;
use crate::store::keyring::{self, KeyringError};

/// How long before its end an access token is renewed.
pub const MARGIN: Duration = Duration::from_secs(30);

/// The access token in memory and when it ends.
#[derive(Clone)]
struct Access {
    token: Secret,
    ends: Option<Instant>,
}

/// An account's tokens.
pub struct TokenSource {
    provider: Provider,
    account_id: i64,
    user: String,
    limits: Limits,
    access: tokio::sync::Mutex<Option<Access>>,
}

static SOURCES: Mutex<Option<HashMap<i64, Arc<TokenSource>>>> = Mutex::new(None);

impl TokenSource {
    /// The account's token source, shared by every connection of this
    /// process (made anew when the provider or login changed).
    pub fn for_account(account_id: i64, user: &str, provider: &Provider) -> Arc<TokenSource> {
        let mut sources = SOURCES.lock().unwrap_or_else(|p| p.into_inner());
        let sources = sources.get_or_insert_with(HashMap::new);
        if let Some(source) = sources.get(&account_id) {
            if source.user == user && source.provider == *provider {
                return source.clone();
            }
        }
        let source = Arc::new(TokenSource {
            provider: provider.clone(),
            account_id,
            user: user.to_owned(),
            limits: Limits::default(),
            access: tokio::sync::Mutex::new(None),
        });
        sources.insert(account_id, source.clone());
        source
    }

    /// The provider.
    pub fn provider(&self) -> &Provider {
        &self.provider
    }

    /// A live access token: the one in memory, or a renewed one.
    pub async fn access_token(&self) -> Result<Secret, OAuthError> {
        let mut access = self.access.lock().await;
        if let Some(current) = access.as_ref() {
            let fresh = current
                .ends
                .is_none_or(|ends| Instant::now() + MARGIN < ends);
            if fresh {
                return Ok(current.token.clone());
            }
        }
        let renewed = self.renew().await?;
        *access = Some(renewed.clone());
        Ok(renewed.token)
    }

    /// After a server refused `rejected`: a renewed token, once. When
    /// another connection already renewed it, that one is given instead.
    pub async fn after_rejection(&self, rejected: &Secret) -> Result<Secret, OAuthError> {
        let mut access = self.access.lock().await;
        if let Some(current) = access.as_ref() {
            if current.token != *rejected {
                return Ok(current.token.clone());
            }
        }
        *access = None;
        let renewed = self.renew().await?;
        *access = Some(renewed.clone());
        Ok(renewed.token)
    }

    /// Keeps what a sign-in gave: the refresh token into the keyring, the
    /// access token in memory.
    pub async fn signed_in(&self, tokens: Tokens) -> Result<(), OAuthError> {
        let mut access = self.access.lock().await;
        let refresh = tokens
            .refresh
            .clone()
            .ok_or_else(|| OAuthError::Malformed("the provider gave no refresh token".into()))?;
        keyring::store_refresh_token(self.account_id, &self.user, &refresh).await?;
        *access = Some(Access {
            ends: tokens.expires_in.map(|d| Instant::now() + d),
            token: tokens.access,
        });
        Ok(())
    }

    /// True when a refresh token is in the keyring.
    pub async fn has_grant(&self) -> Result<bool, OAuthError> {
        match keyring::load_refresh_token(self.account_id, &self.user).await {
            Ok(_) => Ok(true),
            Err(KeyringError::NotFound) => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    async fn renew(&self) -> Result<Access, OAuthError> {
        let refresh = match keyring::load_refresh_token(self.account_id, &self.user).await {
            Ok(token) => token,
            Err(KeyringError::NotFound) => return Err(OAuthError::SignInAgain),
            Err(err) => return Err(err.into()),
        };
        match token::refresh(&self.provider, &refresh, self.limits).await {
            Ok(tokens) => {
                if let Some(rotated) = &tokens.refresh {
                    if *rotated != refresh {
                        // Before the new access token is used: a crash
                        // now leaves the new refresh token, never the old.
                        keyring::store_refresh_token(self.account_id, &self.user, rotated).await?;
                    }
                }
                Ok(Access {
                    ends: tokens.expires_in.map(|d| Instant::now() + d),
                    token: tokens.access,
                })
            }
            Err(OAuthError::SignInAgain) => {
                // A dead grant: forget it, so nothing retries it.
                match keyring::delete_refresh_token(self.account_id, &self.user).await {
                    Ok(()) | Err(KeyringError::NotFound) => {}
                    Err(err) => return Err(err.into()),
                }
                Err(OAuthError::SignInAgain)
            }
            Err(err) => Err(err),
        }
    }
}
