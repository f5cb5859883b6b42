//! Signing in with the provider (OAuth2) instead of a password: Gmail,
//! Outlook.com, Yahoo and any organisation's own single sign-on.
//!
//! - [`providers`]: who can sign in whom: Thunderbird's table compiled in
//!   ([`presets`]), `/etc/posta/oauth/*.toml`, the user's own files, and
//!   the client ids a distributor builds in.
//! - [`flow`]: the authorization code flow with PKCE in the system browser,
//!   caught by a one-shot loopback listener ([`listener`]).
//! - [`token`]: the token endpoint, with bounded replies.
//! - [`tokens`]: one [`tokens::TokenSource`] per account: the refresh token
//!   in the keyring only, the access token in memory only.
//! - [`sasl`]: OAUTHBEARER and XOAUTH2 on the wire.

pub mod browser;
pub mod flow;
pub mod listener;
pub mod presets;
pub mod providers;
pub mod sasl;
pub mod token;
pub mod tokens;

use crate::secret::Secret;
use crate::store::keyring::KeyringError;

/// One OAuth2 provider: where to sign in, what to ask for, and the client
/// id it issued to whoever distributes Posta.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    /// A short stable id: `google`, `microsoft`, … or an `/etc` file's name.
    pub id: String,
    /// The name on the button ("Google", "Uczelnia").
    pub name: String,
    /// E-mail domains whose addresses sign in here.
    pub domains: Vec<String>,
    /// Mail server host names (or their domain suffixes) it signs in to.
    pub hosts: Vec<String>,
    /// The authorization endpoint.
    pub authorization_url: String,
    /// The token endpoint.
    pub token_url: String,
    /// The scopes asked for.
    pub scopes: Vec<String>,
    /// The issuer identifier its authorization responses carry (RFC 9207).
    pub issuer: Option<String>,
    /// The client id; `None` when nobody configured one.
    pub client_id: Option<String>,
    /// The client secret, for providers that want one even from an app.
    pub client_secret: Option<Secret>,
    /// Extra parameters of the authorization request.
    pub parameters: Vec<(String, String)>,
}

impl Provider {
    /// True when an address at `domain` signs in here.
    pub fn serves_domain(&self, domain: &str) -> bool {
        let domain = domain.trim().to_ascii_lowercase();
        self.domains.iter().any(|d| matches_name(d, &domain))
    }

    /// True when the mail server `host` belongs to this provider.
    pub fn serves_host(&self, host: &str) -> bool {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        self.hosts
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
    }
}

/// `pattern` is a domain, or ends in `.*` for every top-level domain
/// (`hotmail.*`).
fn matches_name(pattern: &str, domain: &str) -> bool {
    match pattern.strip_suffix(".*") {
        Some(stem) => domain
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|tld| !tld.is_empty()),
        None => pattern == domain,
    }
}

/// Why signing in or getting a token did not work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthError {
    /// Nobody configured a client id for this provider.
    #[error("no OAuth2 client id is configured for {0}")]
    NoClientId(String),
    /// The provider no longer accepts the grant (revoked, expired,
    /// password changed): the user must sign in again. Nothing retries.
    #[error("the sign-in is no longer valid; sign in again")]
    SignInAgain,
    /// The user cancelled, or closed the sign-in.
    #[error("the sign-in was cancelled")]
    Cancelled,
    /// Nothing came back to the listener in time.
    #[error("no answer from the browser in time")]
    TimedOut,
    /// The redirect's `state` was not ours (a forged or stale answer).
    #[error("the answer's state does not match")]
    StateMismatch,
    /// The redirect's `iss` was not the provider's (RFC 9207).
    #[error("the answer came from another issuer: {0}")]
    IssuerMismatch(String),
    /// The provider said no on its page (`error=access_denied`, …).
    #[error("the provider refused: {0}")]
    Refused(String),
    /// The browser could not be started.
    #[error("no browser could be opened: {0}")]
    Browser(String),
    /// The token endpoint could not be reached or answered an HTTP error.
    #[error("the token endpoint failed: {0}")]
    Http(String),
    /// The token endpoint's answer was not a token response.
    #[error("the token endpoint answered nonsense: {0}")]
    Malformed(String),
    /// The token endpoint took longer than allowed.
    #[error("the token endpoint did not answer in time")]
    Slow,
    /// The token endpoint's answer was larger than allowed.
    #[error("the token endpoint's answer is too large")]
    TooLarge,
    /// The endpoint is not HTTPS (and not on this computer).
    #[error("the endpoint is not HTTPS: {0}")]
    NotHttps(String),
    /// The keyring failed.
    #[error(transparent)]
    Keyring(#[from] KeyringError),
    /// The listener could not be opened.
    #[error("the sign-in listener failed: {0}")]
    Listener(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_domains_match_any_tld() {
        assert!(matches_name("hotmail.*", "hotmail.co.uk"));
        assert!(matches_name("hotmail.*", "hotmail.com"));
        assert!(!matches_name("hotmail.*", "hotmail."));
        assert!(!matches_name("hotmail.*", "nothotmail.com"));
        assert!(matches_name("gmail.com", "gmail.com"));
    }
}
