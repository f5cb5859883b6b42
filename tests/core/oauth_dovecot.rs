//! Signing in with the provider against real parts: the test kit's OpenID
//! provider (`oidc-provider` on loopback) and a Dovecot that introspects
//! every token. The sign-in flow with a test browser, IMAP and POP3 logins
//! with OAUTHBEARER, a refused token renewed once and the login retried
//! once, a forgotten grant ending in "sign in again" with nothing retried;
//! the listener refusing a forged `state` or `iss` and closing when nothing
//! comes; a hostile token endpoint (huge, slow, malformed) bounded.
//! Needs the session's keyring (run under `dbus-run-session`).

use std::process::Command;
use std::time::Duration;

use posta_core::imap::ImapSession;
use posta_core::oauth::flow::SignIn;
use posta_core::oauth::listener::Pages;
use posta_core::oauth::token::{self, Limits};
use posta_core::oauth::tokens::TokenSource;
use posta_core::oauth::{OAuthError, Provider as OAuthProvider};
use posta_core::pop3::Pop3Session;
use posta_core::{ErrorKind, Secret};
use posta_testkit::accounts::imaps_endpoint;
use posta_testkit::dovecot::{Dovecot, ALICE};
use posta_testkit::oidc::{Provider, CLIENT_ID};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn oauth_provider(provider: &Provider) -> OAuthProvider {
    OAuthProvider {
        id: "test".into(),
        name: "Uczelnia".into(),
        domains: vec![],
        hosts: vec!["localhost".into()],
        authorization_url: provider.authorization_url(),
        token_url: provider.token_url(),
        scopes: vec!["openid".into(), "email".into()],
        issuer: Some(provider.issuer()),
        client_id: Some(CLIENT_ID.into()),
        client_secret: None,
        parameters: vec![],
    }
}

fn pages() -> Pages {
    Pages {
        done: "Zalogowano.".into(),
        failed: "Nie udało się.".into(),
        lang: "pl".into(),
    }
}

/// Runs the test browser on `url` (it signs in as the login_hint).
fn browse(provider: &Provider, url: &str) {
    let command = provider.browser();
    let mut words = command.split_whitespace();
    let mut child = Command::new(words.next().expect("node"))
        .args(words)
        .arg(url)
        .spawn()
        .expect("start the test browser");
    std::thread::spawn(move || {
        let _ = child.wait();
    });
}

/// A whole sign-in for `login`, kept in a fresh token source of account `id`.
async fn sign_in(provider: &Provider, id: i64, login: &str) -> std::sync::Arc<TokenSource> {
    let oauth = oauth_provider(provider);
    let sign_in = SignIn::start(&oauth, login).await.expect("start");
    browse(provider, sign_in.url());
    let tokens = sign_in
        .finish(&pages(), Duration::from_secs(60), Limits::default())
        .await
        .expect("sign in");
    assert!(tokens.access.is_bearer());
    let source = TokenSource::for_account(id, login, &oauth);
    source.signed_in(tokens).await.expect("keep the tokens");
    source
}

#[test]
fn a_refused_token_is_renewed_once_and_a_dead_grant_is_not_retried() {
    let provider = Provider::start(3600);
    let dovecot = Dovecot::start_with_oauth(&provider.introspection_url());
    let login = "alice@oauth-core.test";
    posta_testkit::runtime().block_on(async {
        let source = sign_in(&provider, 9101, login).await;
        let endpoint = imaps_endpoint(&dovecot);

        // The token from the sign-in works for IMAP and POP3.
        let token = source.access_token().await.expect("token");
        let imap = ImapSession::connect(&endpoint, login, &token)
            .await
            .expect("IMAP with OAUTHBEARER");
        imap.logout().await.expect("logout");
        let mut pop3_endpoint = endpoint.clone();
        pop3_endpoint.port = dovecot.pop3s_port();
        let pop3 = Pop3Session::connect(&pop3_endpoint, login, &token)
            .await
            .expect("POP3 with OAUTHBEARER");
        drop(pop3);
        assert_eq!(provider.grants("refresh_token"), 0);

        // The access token ends: the server refuses it, one renewal, one
        // retry, and it works.
        provider.expire_access_tokens();
        let refused = ImapSession::connect(&endpoint, login, &token)
            .await
            .expect_err("a revoked token");
        assert_eq!(refused.kind(), ErrorKind::AuthenticationFailed);
        let renewed = source.after_rejection(&token).await.expect("renew");
        assert_ne!(renewed, token);
        ImapSession::connect(&endpoint, login, &renewed)
            .await
            .expect("the renewed token works");
        assert_eq!(provider.grants("refresh_token"), 1);
        // A second connection refused with the old token gets the renewed
        // one, without asking the provider again.
        assert_eq!(source.after_rejection(&token).await.unwrap(), renewed);
        assert_eq!(provider.grants("refresh_token"), 1);

        // The provider forgets every grant: "sign in again", and the dead
        // refresh token is gone, so nothing asks the provider again.
        provider.forget_every_grant();
        assert_eq!(
            source.after_rejection(&renewed).await,
            Err(OAuthError::SignInAgain)
        );
        let asked = provider.log().len();
        assert_eq!(
            source.after_rejection(&renewed).await,
            Err(OAuthError::SignInAgain)
        );
        assert_eq!(provider.log().len(), asked);
        assert!(!source.has_grant().await.unwrap());
    });
    // Every token issued stayed out of Dovecot's log.
    let log = std::fs::read_to_string(dovecot.log_path()).unwrap_or_default();
    for token in provider.issued() {
        assert!(!log.contains(&token), "a token in Dovecot's log");
    }
    let _ = ALICE;
}

#[test]
fn access_tokens_are_renewed_before_they_end_one_renewal_for_all_connections() {
    // Tokens living 20 s are within the 30 s margin at once.
    let provider = Provider::start(20);
    let login = "alice@oauth-expiry.test";
    posta_testkit::runtime().block_on(async {
        let source = sign_in(&provider, 9102, login).await;
        let first = source.access_token().await.expect("token");
        assert_eq!(provider.grants("refresh_token"), 1);
        // Two connections at once renew one after the other (one renewal at
        // a time); each renewed token is again near its end, so each renews.
        let (a, b) = tokio::join!(source.access_token(), source.access_token());
        assert!(a.is_ok() && b.is_ok());
        assert_eq!(provider.grants("refresh_token"), 3);
        assert_ne!(a.unwrap(), first);
    });
    let long = Provider::start(3600);
    posta_testkit::runtime().block_on(async {
        let source = sign_in(&long, 9103, "alice@oauth-long.test").await;
        let (a, b, c) = tokio::join!(
            source.access_token(),
            source.access_token(),
            source.access_token()
        );
        assert_eq!(a.unwrap(), b.unwrap());
        assert!(c.is_ok());
        assert_eq!(long.grants("refresh_token"), 0, "a live token was renewed");
    });
}

/// A query parameter of `url`, as sent (still percent-encoded).
fn query_value(url: &str, key: &str) -> String {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{key}=")))
        .unwrap_or_default()
        .to_owned()
}

async fn get(port: u16, target: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect listener");
    stream
        .write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer).await;
    answer
}

#[test]
fn a_forged_state_or_issuer_is_refused_and_an_idle_listener_closes() {
    let provider = Provider::start(3600);
    let oauth = oauth_provider(&provider);
    posta_testkit::runtime().block_on(async {
        // A wrong state.
        let sign_in = SignIn::start(&oauth, "ola@x.pl").await.unwrap();
        let port = sign_in.port();
        let waiting = tokio::spawn(async move {
            let pages = pages();
            sign_in
                .finish(&pages, Duration::from_secs(20), Limits::default())
                .await
        });
        let favicon = get(port, "/favicon.ico").await;
        assert!(favicon.starts_with("HTTP/1.1 404"));
        let answer = get(port, "/?code=abc&state=forged").await;
        assert!(answer.contains("Nie udało się."), "{answer}");
        assert_eq!(
            waiting.await.unwrap().err(),
            Some(OAuthError::StateMismatch)
        );

        // The right state from another issuer (RFC 9207).
        let sign_in = SignIn::start(&oauth, "ola@x.pl").await.unwrap();
        let state = query_value(sign_in.url(), "state");
        assert_eq!(query_value(sign_in.url(), "code_challenge_method"), "S256");
        assert_eq!(query_value(sign_in.url(), "login_hint"), "ola%40x.pl");
        let port = sign_in.port();
        let waiting = tokio::spawn(async move {
            let pages = pages();
            sign_in
                .finish(&pages, Duration::from_secs(20), Limits::default())
                .await
        });
        let answer = get(
            port,
            &format!("/?code=abc&state={state}&iss=https%3A%2F%2Fevil.example"),
        )
        .await;
        assert!(answer.contains("Nie udało się."));
        assert!(matches!(
            waiting.await.unwrap(),
            Err(OAuthError::IssuerMismatch(_))
        ));

        // Nothing comes: the listener gives up and closes its port.
        let sign_in = SignIn::start(&oauth, "ola@x.pl").await.unwrap();
        let port = sign_in.port();
        let result = sign_in
            .finish(&pages(), Duration::from_millis(300), Limits::default())
            .await;
        assert_eq!(result.err(), Some(OAuthError::TimedOut));
        assert!(tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err());
    });
}

/// A token endpoint that answers every request with `answer` after `delay`.
async fn hostile(answer: Vec<u8>, delay: Duration) -> u16 {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf).await;
                tokio::time::sleep(delay).await;
                let _ = stream.write_all(&answer).await;
            });
        }
    });
    port
}

#[test]
fn a_hostile_token_endpoint_is_bounded() {
    posta_testkit::runtime().block_on(async {
        let limits = Limits {
            time: Duration::from_secs(2),
            bytes: 64 * 1024,
        };
        let refresh = Secret::new("r");
        let provider_at = |port: u16| OAuthProvider {
            id: "h".into(),
            name: "H".into(),
            domains: vec![],
            hosts: vec![],
            authorization_url: format!("http://127.0.0.1:{port}/auth"),
            token_url: format!("http://127.0.0.1:{port}/token"),
            scopes: vec![],
            issuer: None,
            client_id: Some("c".into()),
            client_secret: None,
            parameters: vec![],
        };
        let mut huge = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"access_token\":\"".to_vec();
        huge.extend(std::iter::repeat_n(b'a', 1 << 20));
        let port = hostile(huge, Duration::ZERO).await;
        assert_eq!(
            token::refresh(&provider_at(port), &refresh, limits).await.err(),
            Some(OAuthError::TooLarge)
        );
        let port = hostile(b"HTTP/1.1 200 OK\r\n\r\n".to_vec(), Duration::from_secs(30)).await;
        assert_eq!(
            token::refresh(&provider_at(port), &refresh, limits).await.err(),
            Some(OAuthError::Slow)
        );
        let port = hostile(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"acc\": [".to_vec(),
            Duration::ZERO,
        )
        .await;
        assert!(matches!(
            token::refresh(&provider_at(port), &refresh, limits).await,
            Err(OAuthError::Malformed(_))
        ));
    });
}
