//! A password that never shows up in `Debug`, `Display`, logs or panics.

use std::fmt;

/// A secret string (a password, or an OAuth2 access token). Its `Debug`
/// prints `***`; the only way to read it is [`Secret::expose`], which makes
/// every use easy to find.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String, Kind);

/// What a secret proves, and so how a login sends it.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    /// A password: LOGIN, PLAIN, USER/PASS.
    #[default]
    Password,
    /// An OAuth2 access token: SASL OAUTHBEARER or XOAUTH2.
    Bearer,
}

impl Secret {
    /// Wraps a secret value (a password).
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into(), Kind::Password)
    }

    /// Wraps an OAuth2 access token: every login sends it with SASL
    /// OAUTHBEARER or XOAUTH2, never as a password.
    pub fn bearer(token: impl Into<String>) -> Self {
        Secret(token.into(), Kind::Bearer)
    }

    /// True for an OAuth2 access token.
    pub fn is_bearer(&self) -> bool {
        self.1 == Kind::Bearer
    }

    /// The secret itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when no secret was given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_value() {
        let secret = Secret::new("hunter2");
        assert_eq!(format!("{secret:?}"), "***");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some(***)");
        assert_eq!(secret.expose(), "hunter2");
    }
}
