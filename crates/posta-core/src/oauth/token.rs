//! The token endpoint, through the `oauth2` crate's requests and our own
//! HTTP client: `oauth2` without its default features brings no HTTP stack
//! of its own (its reqwest feature would pin rustls/other versions), so
//! every request goes through the reqwest client Posta already has, with
//! the limits every server reply gets: a time limit, a size limit, and a
//! malformed answer reported as such. HTTPS only, except on this computer.

use std::time::Duration;

use oauth2::basic::{BasicClient, BasicErrorResponseType};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, HttpRequest, HttpResponse,
    PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError, TokenResponse, TokenUrl,
};

use super::{OAuthError, Provider};
use crate::secret::Secret;

/// How long and how large a token endpoint's answer may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// For the whole request.
    pub time: Duration,
    /// For the body.
    pub bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(30),
            bytes: 64 * 1024,
        }
    }
}

/// What the token endpoint gave.
#[derive(Debug, Clone)]
pub struct Tokens {
    /// The access token (a bearer [`Secret`]).
    pub access: Secret,
    /// Seconds it lives, when the provider says.
    pub expires_in: Option<Duration>,
    /// A new refresh token, when the provider issued or rotated one.
    pub refresh: Option<Secret>,
}

/// `Ok` for an HTTPS URL, or HTTP to this computer (a loopback provider).
pub fn check_endpoint(url: &str) -> Result<(), OAuthError> {
    let parsed = reqwest::Url::parse(url).map_err(|e| OAuthError::NotHttps(e.to_string()))?;
    let loopback = matches!(
        parsed.host_str(),
        Some("127.0.0.1") | Some("localhost") | Some("[::1]")
    );
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(OAuthError::NotHttps(url.to_owned())),
    }
}

/// Exchanges an authorization code (with its PKCE verifier) for tokens.
pub async fn exchange_code(
    provider: &Provider,
    code: String,
    verifier: String,
    redirect_uri: &str,
    limits: Limits,
) -> Result<Tokens, OAuthError> {
    let client = client(provider)?
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_owned()).map_err(malformed)?);
    let http = move |request| send(request, limits);
    let answer = client
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(PkceCodeVerifier::new(verifier))
        .request_async(&http)
        .await;
    tokens(answer)
}

/// Gets a fresh access token with a refresh token.
pub async fn refresh(
    provider: &Provider,
    refresh_token: &Secret,
    limits: Limits,
) -> Result<Tokens, OAuthError> {
    let client = client(provider)?;
    let http = move |request| send(request, limits);
    let token = RefreshToken::new(refresh_token.expose().to_owned());
    let answer = client
        .exchange_refresh_token(&token)
        .request_async(&http)
        .await;
    tokens(answer)
}

type Client = oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    oauth2::basic::BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

/// The provider as an `oauth2` client (authorization and token endpoints).
pub(super) fn client(provider: &Provider) -> Result<Client, OAuthError> {
    let id = provider
        .client_id
        .clone()
        .ok_or_else(|| OAuthError::NoClientId(provider.name.clone()))?;
    check_endpoint(&provider.authorization_url)?;
    check_endpoint(&provider.token_url)?;
    let mut client = BasicClient::new(ClientId::new(id))
        .set_auth_uri(AuthUrl::new(provider.authorization_url.clone()).map_err(malformed)?)
        .set_token_uri(TokenUrl::new(provider.token_url.clone()).map_err(malformed)?);
    if let Some(secret) = &provider.client_secret {
        // Installed-app "secrets" (Google's) go in the body, as the
        // providers' own libraries send them.
        client = client
            .set_client_secret(ClientSecret::new(secret.expose().to_owned()))
            .set_auth_type(oauth2::AuthType::RequestBody);
    }
    Ok(client)
}

fn malformed(err: impl std::fmt::Display) -> OAuthError {
    OAuthError::Malformed(err.to_string())
}

fn tokens(
    answer: Result<
        oauth2::basic::BasicTokenResponse,
        RequestTokenError<OAuthError, oauth2::basic::BasicErrorResponse>,
    >,
) -> Result<Tokens, OAuthError> {
    match answer {
        Ok(response) => Ok(Tokens {
            access: Secret::bearer(response.access_token().secret().clone()),
            expires_in: response.expires_in(),
            refresh: response
                .refresh_token()
                .map(|t| Secret::new(t.secret().clone())),
        }),
        Err(RequestTokenError::ServerResponse(error)) => match error.error() {
            BasicErrorResponseType::InvalidGrant => Err(OAuthError::SignInAgain),
            other => Err(OAuthError::Refused(
                error
                    .error_description()
                    .map(|d| format!("{} ({d})", other.as_ref()))
                    .unwrap_or_else(|| other.as_ref().to_owned()),
            )),
        },
        Err(RequestTokenError::Request(err)) => Err(err),
        Err(RequestTokenError::Parse(err, _)) => Err(OAuthError::Malformed(err.to_string())),
        Err(RequestTokenError::Other(words)) => Err(OAuthError::Malformed(words)),
    }
}

/// Sends one request, bounded in time and size; never follows redirects.
async fn send(request: HttpRequest, limits: Limits) -> Result<HttpResponse, OAuthError> {
    check_endpoint(&request.uri().to_string())?;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(limits.time)
        .build()
        .map_err(|e| OAuthError::Http(e.to_string()))?;
    let (parts, body) = request.into_parts();
    let work = async {
        let response = client
            .request(parts.method, parts.uri.to_string())
            .headers(parts.headers)
            .body(body)
            .send()
            .await
            .map_err(|e| OAuthError::Http(without_url(e)))?;
        let status = response.status();
        let headers = response.headers().clone();
        if response
            .content_length()
            .is_some_and(|len| len > limits.bytes as u64)
        {
            return Err(OAuthError::TooLarge);
        }
        let mut body = Vec::new();
        let mut response = response;
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| OAuthError::Http(without_url(e)))?
        {
            if body.len() + chunk.len() > limits.bytes {
                return Err(OAuthError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        let mut answer = HttpResponse::new(body);
        *answer.status_mut() = status;
        *answer.headers_mut() = headers;
        Ok(answer)
    };
    tokio::time::timeout(limits.time, work)
        .await
        .map_err(|_| OAuthError::Slow)?
}

/// reqwest's error without the URL (a token endpoint's query is harmless,
/// but an error text should not grow with what a server sends).
fn without_url(err: reqwest::Error) -> String {
    err.without_url().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_this_computer() {
        assert!(check_endpoint("https://login.example.com/token").is_ok());
        assert!(check_endpoint("http://127.0.0.1:8080/token").is_ok());
        assert!(check_endpoint("http://localhost/token").is_ok());
        assert!(check_endpoint("http://login.example.com/token").is_err());
        assert!(check_endpoint("ftp://x/y").is_err());
    }
}
