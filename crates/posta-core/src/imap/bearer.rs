//! `AUTHENTICATE OAUTHBEARER` (RFC 7628), else `AUTHENTICATE XOAUTH2`, with
//! an OAuth2 access token; the initial response goes with the command when
//! the server offers SASL-IR (RFC 4959). The server's error challenge is
//! acknowledged and its status kept in the error.

use std::collections::BTreeSet;
use std::time::Duration;

use base64::Engine;

use super::{map_err, Inner};
use crate::error::{Error, Result};
use crate::net::MailStream;
use crate::oauth::sasl::{Exchange, Mechanism};
use crate::secret::Secret;

/// Logs in with `token`.
pub(super) async fn bearer_login(
    client: async_imap::Client<MailStream>,
    caps: &BTreeSet<String>,
    user: &str,
    token: &Secret,
    limit: Duration,
) -> Result<Inner> {
    let mechanism = Mechanism::choose(|m| caps.contains(&format!("AUTH={m}")));
    let sasl_ir = caps.contains("SASL-IR");
    let mut exchange = Exchange::new(mechanism, user, token, sasl_ir);
    let command = if sasl_ir {
        let initial = base64::engine::general_purpose::STANDARD
            .encode(mechanism.initial_response(user, token));
        format!("{} {initial}", mechanism.name())
    } else {
        mechanism.name().to_owned()
    };
    let refusal = exchange.refusal.clone();
    let login = client.authenticate(command, &mut exchange);
    match tokio::time::timeout(limit, login).await {
        Err(_) => Err(Error::timed_out("logging in")),
        Ok(Ok(session)) => Ok(session),
        Ok(Err((async_imap::error::Error::No(words), _)))
        | Ok(Err((async_imap::error::Error::Bad(words), _))) => {
            let status = refusal
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .as_ref()
                .map(|r| r.status.clone())
                .filter(|s| !s.is_empty());
            Err(Error::AuthenticationFailed(match status {
                Some(status) => format!("{words} [{status}]"),
                None => words,
            }))
        }
        Ok(Err((other, _))) => Err(map_err(other)),
    }
}
