//! The sign-in, as the desktop clients that do it well: authorization code
//! with PKCE (S256), a random `state` checked on the way back, RFC 9207's
//! `iss` checked where the provider sends it, the user's own browser on
//! the provider's page with the address as `login_hint`, and the loopback
//! [`Listener`] catching the redirect.
//!
//! [`SignIn::start`] gives the URL (the caller opens the browser, prints
//! it…); [`SignIn::finish`] waits for the answer and gets the tokens.
//! Dropping either future cancels the sign-in.

use std::time::Duration;

use oauth2::{CsrfToken, PkceCodeChallenge, RedirectUrl, Scope};

use super::listener::{Listener, Pages};
use super::token::{self, Limits, Tokens};
use super::{OAuthError, Provider};

/// A sign-in waiting for the browser.
pub struct SignIn {
    provider: Provider,
    listener: Listener,
    url: String,
    state: String,
    verifier: String,
    redirect_uri: String,
}

impl SignIn {
    /// Opens the listener and builds the provider's URL for `login_hint`.
    pub async fn start(provider: &Provider, login_hint: &str) -> Result<SignIn, OAuthError> {
        let listener = Listener::open().await?;
        let redirect_uri = listener.redirect_uri();
        let client = token::client(provider)?.set_redirect_uri(
            RedirectUrl::new(redirect_uri.clone())
                .map_err(|e| OAuthError::Malformed(e.to_string()))?,
        );
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(provider.scopes.iter().cloned().map(Scope::new))
            .set_pkce_challenge(challenge);
        if !login_hint.is_empty() {
            request = request.add_extra_param("login_hint", login_hint.to_owned());
        }
        for (key, value) in &provider.parameters {
            request = request.add_extra_param(key.clone(), value.clone());
        }
        let (url, state) = request.url();
        Ok(SignIn {
            provider: provider.clone(),
            listener,
            url: url.to_string(),
            state: state.secret().clone(),
            verifier: verifier.secret().clone(),
            redirect_uri,
        })
    }

    /// The provider's page to open in the browser.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The loopback port the answer must come to.
    pub fn port(&self) -> u16 {
        self.listener.port()
    }

    /// Waits up to `limit` for the redirect, checks it and exchanges the
    /// code for tokens.
    pub async fn finish(
        self,
        pages: &Pages,
        limit: Duration,
        limits: Limits,
    ) -> Result<Tokens, OAuthError> {
        let SignIn {
            provider,
            listener,
            state,
            verifier,
            redirect_uri,
            ..
        } = self;
        let code = listener
            .wait(limit, pages, |params| check(params, &state, &provider))
            .await?;
        token::exchange_code(&provider, code, verifier, &redirect_uri, limits).await
    }
}

/// The authorization code, if the redirect is the answer to our request.
fn check(
    params: &[(String, String)],
    state: &str,
    provider: &Provider,
) -> Result<String, OAuthError> {
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    if get("state") != Some(state) {
        return Err(OAuthError::StateMismatch);
    }
    if let (Some(sent), Some(expected)) = (get("iss"), provider.issuer.as_deref()) {
        if sent != expected {
            return Err(OAuthError::IssuerMismatch(sent.chars().take(200).collect()));
        }
    }
    if let Some(error) = get("error") {
        let words: String = match get("error_description") {
            Some(description) => format!("{error} ({description})"),
            None => error.to_owned(),
        };
        return Err(if error == "access_denied" {
            OAuthError::Cancelled
        } else {
            OAuthError::Refused(words.chars().take(300).collect())
        });
    }
    get("code")
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .ok_or_else(|| OAuthError::Malformed("no code in the answer".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider() -> Provider {
        Provider {
            id: "t".into(),
            name: "T".into(),
            domains: vec![],
            hosts: vec![],
            authorization_url: "https://a/".into(),
            token_url: "https://a/t".into(),
            scopes: vec![],
            issuer: Some("https://issuer".into()),
            client_id: Some("c".into()),
            client_secret: None,
            parameters: vec![],
        }
    }

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn state_and_iss_are_checked() {
        let p = provider();
        let ok = params(&[("code", "c1"), ("state", "s"), ("iss", "https://issuer")]);
        assert_eq!(check(&ok, "s", &p), Ok("c1".into()));
        let no_iss = params(&[("code", "c1"), ("state", "s")]);
        assert_eq!(check(&no_iss, "s", &p), Ok("c1".into()));
        let wrong_state = params(&[("code", "c1"), ("state", "x")]);
        assert_eq!(check(&wrong_state, "s", &p), Err(OAuthError::StateMismatch));
        let no_state = params(&[("code", "c1")]);
        assert_eq!(check(&no_state, "s", &p), Err(OAuthError::StateMismatch));
        let wrong_iss = params(&[("code", "c1"), ("state", "s"), ("iss", "https://evil")]);
        assert!(matches!(
            check(&wrong_iss, "s", &p),
            Err(OAuthError::IssuerMismatch(_))
        ));
        let denied = params(&[("error", "access_denied"), ("state", "s")]);
        assert_eq!(check(&denied, "s", &p), Err(OAuthError::Cancelled));
    }
}
