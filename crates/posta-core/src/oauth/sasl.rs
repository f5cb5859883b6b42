//! The SASL mechanisms that carry an OAuth2 access token: OAUTHBEARER
//! (RFC 7628) where the server offers it, else Google's and Microsoft's
//! XOAUTH2. Both answer a failure with a base64 JSON "error challenge",
//! which the client acknowledges (`%x01` for OAUTHBEARER, an empty line
//! for XOAUTH2) before the server's final NO; [`Refusal`] keeps what it said.

use std::sync::{Arc, Mutex};

use serde::Deserialize;

use crate::secret::Secret;

/// One of the two mechanisms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// RFC 7628.
    OAuthBearer,
    /// XOAUTH2 (Google, Microsoft, Yahoo).
    XOAuth2,
}

impl Mechanism {
    /// OAUTHBEARER when `offered` says the server has it, else XOAUTH2.
    pub fn choose(offered: impl Fn(&str) -> bool) -> Mechanism {
        if offered("OAUTHBEARER") {
            Mechanism::OAuthBearer
        } else {
            Mechanism::XOAuth2
        }
    }

    /// The mechanism's SASL name.
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::OAuthBearer => "OAUTHBEARER",
            Mechanism::XOAuth2 => "XOAUTH2",
        }
    }

    /// The client's first message (not yet base64-encoded). It carries the
    /// token: never log it.
    pub fn initial_response(self, user: &str, token: &Secret) -> Vec<u8> {
        let token = token.expose();
        match self {
            // gs2-header "n,a=USER," then key/values separated by %x01.
            Mechanism::OAuthBearer => {
                let user = user.replace('=', "=3D").replace(',', "=2C");
                format!("n,a={user},\x01auth=Bearer {token}\x01\x01").into_bytes()
            }
            Mechanism::XOAuth2 => {
                format!("user={user}\x01auth=Bearer {token}\x01\x01").into_bytes()
            }
        }
    }

    /// What the client answers to an error challenge.
    pub fn error_acknowledgement(self) -> Vec<u8> {
        match self {
            Mechanism::OAuthBearer => vec![1],
            Mechanism::XOAuth2 => Vec::new(),
        }
    }
}

/// What the server said in its error challenge (RFC 7628 §3.2.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Refusal {
    /// `invalid_token`, or an HTTP-like code such as `"401"`.
    #[serde(default)]
    pub status: String,
    /// The scope the token needs.
    #[serde(default)]
    pub scope: Option<String>,
}

impl Refusal {
    /// Reads an error challenge; `None` when it is not the JSON it should be.
    pub fn parse(challenge: &[u8]) -> Option<Refusal> {
        if challenge.len() > 4096 {
            return None;
        }
        serde_json::from_slice(challenge).ok()
    }
}

/// Why a server refused an OAuth2 login, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// Microsoft: the mailbox or tenant has SMTP/IMAP/POP3 client
    /// authentication switched off (`5.7.139`, "SmtpClientAuthentication is
    /// disabled", "AUTHENTICATE failed" with an AADSTS code about it).
    ProtocolDisabled,
    /// An Entra ID (AADSTS) error: the administrator must allow the app.
    AdminConsent,
    /// The token was refused (expired, revoked, wrong scope).
    TokenRejected,
}

/// Classifies the words of a refused OAuth2 login, so they can be said in
/// plain words rather than as "a bad token".
pub fn classify(words: &str) -> RefusalKind {
    let lower = words.to_ascii_lowercase();
    if lower.contains("5.7.139")
        || lower.contains("smtpclientauthentication is disabled")
        || lower.contains("basic authentication is disabled")
        || lower.contains("user is authenticated but not connected")
    {
        RefusalKind::ProtocolDisabled
    } else if lower.contains("aadsts65001") || lower.contains("aadsts90094") {
        RefusalKind::AdminConsent
    } else {
        RefusalKind::TokenRejected
    }
}

/// An `async_imap` authenticator (and the shape of the POP3 one): sends the
/// initial response when asked (when SASL-IR did not already), then
/// acknowledges an error challenge and keeps it in `refusal`.
pub struct Exchange {
    mechanism: Mechanism,
    initial: Option<Vec<u8>>,
    /// The error challenge, once the server sent one.
    pub refusal: Arc<Mutex<Option<Refusal>>>,
}

impl Exchange {
    /// An exchange for `mechanism`; `sent_initial` when the initial
    /// response already went with the command (SASL-IR).
    pub fn new(mechanism: Mechanism, user: &str, token: &Secret, sent_initial: bool) -> Exchange {
        Exchange {
            mechanism,
            initial: (!sent_initial).then(|| mechanism.initial_response(user, token)),
            refusal: Arc::new(Mutex::new(None)),
        }
    }

    /// The answer to one server challenge (already base64-decoded).
    pub fn answer(&mut self, challenge: &[u8]) -> Vec<u8> {
        if challenge.is_empty() {
            if let Some(initial) = self.initial.take() {
                return initial;
            }
        }
        self.initial = None;
        let refusal = Refusal::parse(challenge).unwrap_or_default();
        *self.refusal.lock().unwrap_or_else(|p| p.into_inner()) = Some(refusal);
        self.mechanism.error_acknowledgement()
    }
}

impl async_imap::Authenticator for &mut Exchange {
    type Response = Vec<u8>;

    fn process(&mut self, challenge: &[u8]) -> Vec<u8> {
        self.answer(challenge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial_responses_follow_the_rfcs() {
        let token = Secret::bearer("ya29.abc");
        assert_eq!(
            Mechanism::OAuthBearer.initial_response("a,b=c@x.pl", &token),
            b"n,a=a=2Cb=3Dc@x.pl,\x01auth=Bearer ya29.abc\x01\x01"
        );
        assert_eq!(
            Mechanism::XOAuth2.initial_response("ola@x.pl", &token),
            b"user=ola@x.pl\x01auth=Bearer ya29.abc\x01\x01"
        );
    }

    #[test]
    fn an_error_challenge_is_kept_and_acknowledged() {
        let mut exchange = Exchange::new(Mechanism::OAuthBearer, "u", &Secret::bearer("t"), true);
        let answer = exchange.answer(br#"{"status":"invalid_token","scope":"mail"}"#);
        assert_eq!(answer, vec![1]);
        let refusal = exchange.refusal.lock().unwrap().clone().unwrap();
        assert_eq!(refusal.status, "invalid_token");
        assert_eq!(refusal.scope.as_deref(), Some("mail"));
        let mut xoauth = Exchange::new(Mechanism::XOAuth2, "u", &Secret::bearer("t"), false);
        assert!(!xoauth.answer(b"").is_empty());
        assert!(xoauth.answer(b"{\"status\":\"400\"}").is_empty());
    }

    #[test]
    fn microsofts_refusals_are_told_apart() {
        assert_eq!(
            classify("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."),
            RefusalKind::ProtocolDisabled
        );
        assert_eq!(
            classify("AADSTS65001: consent required"),
            RefusalKind::AdminConsent
        );
        assert_eq!(classify("AUTHENTICATE failed."), RefusalKind::TokenRejected);
    }
}
