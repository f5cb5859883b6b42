//! Signing in with the provider from the command line: the provider's page
//! in the browser (its URL on standard error too, for a machine where no
//! browser opens), the answer caught on loopback, the refresh token into
//! the keyring; and the access token each command connects with.

use posta_core::oauth::flow::SignIn;
use posta_core::oauth::listener::{Pages, WAIT};
use posta_core::oauth::providers::Providers;
use posta_core::oauth::token::Limits;
use posta_core::oauth::tokens::TokenSource;
use posta_core::oauth::{browser, OAuthError, Provider};
use posta_core::store::AccountConfig;
use posta_core::Secret;
use posta_i18n::t;

use super::context::{one_line, FAILED, USAGE};

/// The providers of this installation; broken files are named on stderr.
pub fn providers() -> Providers {
    let home = posta_core::store::PostaHome::from_env().ok();
    let providers = Providers::from_env(home.as_ref().map(|h| h.root.as_path()));
    for problem in &providers.problems {
        let file = problem.file.display().to_string();
        let details = problem.details.as_str();
        let sentence = match problem.line {
            Some(line) => t!(
                "oauth-file-broken-line",
                file = file,
                line = line,
                details = details
            ),
            None => t!("oauth-file-broken", file = file, details = details),
        };
        eprintln!("{sentence}");
    }
    providers
}

/// The provider an account (or a new one) signs in with, with a client id;
/// prints why not.
pub fn provider_for(providers: &Providers, email: &str, host: &str) -> Result<Provider, i32> {
    let Some(provider) = providers.for_account(email, host) else {
        eprintln!("{}", t!("oauth-no-provider", address = email));
        return Err(USAGE);
    };
    if provider.client_id.is_none() {
        eprintln!(
            "{}",
            t!("oauth-no-client-id", provider = provider.name.as_str())
        );
        return Err(FAILED);
    }
    Ok(provider.clone())
}

/// The whole sign-in for `account`: browser, answer, refresh token kept.
pub async fn sign_in(provider: &Provider, account: &AccountConfig) -> Result<(), i32> {
    let tokens = obtain(provider, &account.email, &account.name).await?;
    TokenSource::for_account(account.id, &account.user, provider)
        .signed_in(tokens)
        .await
        .map_err(|err| said(&err, provider, &account.name))?;
    eprintln!(
        "{}",
        t!(
            "oauth-signed-in",
            account = one_line(&account.name),
            provider = provider.name.as_str()
        )
    );
    Ok(())
}

/// `posta check --oauth`: an access token for `user` at `host`, used once
/// and kept nowhere.
pub async fn one_off_token(user: &str, host: &str) -> Result<Secret, i32> {
    let providers = providers();
    let provider = provider_for(&providers, user, host)?;
    Ok(obtain(&provider, user, user).await?.access)
}

/// Browser, answer, tokens.
async fn obtain(
    provider: &Provider,
    login_hint: &str,
    account: &str,
) -> Result<posta_core::oauth::token::Tokens, i32> {
    let sign_in = SignIn::start(provider, login_hint)
        .await
        .map_err(|err| said(&err, provider, account))?;
    eprintln!("{}", t!("oauth-opening", provider = provider.name.as_str()));
    eprintln!("{}", sign_in.url());
    if let Err(err) = browser::open(sign_in.url()) {
        eprintln!("{}", t!("oauth-no-browser", details = err.to_string()));
    }
    let pages = Pages {
        done: t!("oauth-page-done"),
        failed: t!("oauth-page-failed"),
        lang: posta_i18n::current_language().code().to_owned(),
    };
    sign_in
        .finish(&pages, WAIT, Limits::default())
        .await
        .map_err(|err| said(&err, provider, account))
}

/// The access token of an OAuth2 account (`None` for a password account);
/// `Err` once the reason was printed.
pub async fn access_token(account: &AccountConfig) -> Result<Option<Secret>, ()> {
    let Some(source) = source(account) else {
        return Ok(None);
    };
    let source = source?;
    match source.access_token().await {
        Ok(token) => Ok(Some(token)),
        Err(err) => {
            eprintln!("{}", said_text(&err, source.provider(), &account.name));
            Err(())
        }
    }
}

/// After the server refused `rejected`: a renewed token, once.
pub async fn after_rejection(account: &AccountConfig, rejected: &Secret) -> Option<Secret> {
    let source = source(account)?.ok()?;
    match source.after_rejection(rejected).await {
        Ok(token) => Some(token),
        Err(err) => {
            eprintln!("{}", said_text(&err, source.provider(), &account.name));
            None
        }
    }
}

fn source(account: &AccountConfig) -> Option<Result<std::sync::Arc<TokenSource>, ()>> {
    let id = account.oauth.as_deref()?;
    let providers = providers();
    Some(match providers.get(id) {
        Some(provider) if provider.client_id.is_some() => Ok(TokenSource::for_account(
            account.id,
            &account.user,
            provider,
        )),
        Some(provider) => {
            eprintln!(
                "{}",
                t!("oauth-no-client-id", provider = provider.name.as_str())
            );
            Err(())
        }
        None => {
            eprintln!("{}", t!("oauth-provider-gone", provider = id));
            Err(())
        }
    })
}

fn said(err: &OAuthError, provider: &Provider, account: &str) -> i32 {
    eprintln!("{}", said_text(err, provider, account));
    FAILED
}

/// An OAuth2 failure in one sentence.
pub fn said_text(err: &OAuthError, provider: &Provider, account: &str) -> String {
    let account = one_line(account);
    let provider = provider.name.as_str();
    match err {
        OAuthError::SignInAgain => t!("oauth-sign-in-again", account = account),
        OAuthError::Cancelled => t!("oauth-cancelled"),
        OAuthError::TimedOut => t!("oauth-timed-out"),
        OAuthError::StateMismatch | OAuthError::IssuerMismatch(_) => {
            t!("oauth-forged", provider = provider)
        }
        OAuthError::NoClientId(_) => t!("oauth-no-client-id", provider = provider),
        OAuthError::Keyring(err) => super::args::keyring_problem(err, &account),
        other => t!(
            "oauth-failed",
            provider = provider,
            details = other.to_string()
        ),
    }
}

/// `posta account signin NAME`: signs the account in again.
pub async fn signin(wanted: &str) -> i32 {
    let context = match super::context::Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.accounts(Some(wanted)) {
        Ok(accounts) => match accounts.first() {
            Some(account) => (*account).clone(),
            None => return USAGE,
        },
        Err(code) => return code,
    };
    let Some(id) = account.oauth.clone() else {
        eprintln!(
            "{}",
            t!("oauth-not-oauth", account = one_line(&account.name))
        );
        return USAGE;
    };
    let providers = providers();
    let Some(provider) = providers.get(&id).cloned() else {
        eprintln!("{}", t!("oauth-provider-gone", provider = id));
        return FAILED;
    };
    if provider.client_id.is_none() {
        eprintln!(
            "{}",
            t!("oauth-no-client-id", provider = provider.name.as_str())
        );
        return FAILED;
    }
    match sign_in(&provider, &account).await {
        Ok(()) => 0,
        Err(code) => code,
    }
}

/// A server's refusal of an access token, in plain words: Microsoft's
/// "protocol switched off" and "administrator must allow" are not a bad
/// token; anything else means signing in again.
pub fn refused(account: &AccountConfig, err: &posta_core::Error) -> String {
    use posta_core::oauth::sasl::{classify, RefusalKind};
    let name = one_line(&account.name);
    match classify(&err.to_string()) {
        RefusalKind::ProtocolDisabled => t!("oauth-protocol-disabled", account = name),
        RefusalKind::AdminConsent => t!("oauth-admin-consent", account = name),
        RefusalKind::TokenRejected => t!("oauth-sign-in-again", account = name),
    }
}

/// `posta account edit NAME --oauth|--password`: the account signs in
/// with its provider from now on (after a sign-in), or with the password
/// read from standard input; what the other method kept is deleted.
pub async fn switch(
    mut context: super::context::Context,
    account: AccountConfig,
    to_oauth: bool,
) -> i32 {
    use posta_core::store::keyring;
    let mut changed = account.clone();
    if to_oauth {
        let providers = providers();
        let provider = match provider_for(&providers, &account.email, &account.host) {
            Ok(provider) => provider,
            Err(code) => return code,
        };
        changed.oauth = Some(provider.id.clone());
        if let Err(code) = sign_in(&provider, &changed).await {
            return code;
        }
    } else {
        let password = match super::read_password_stdin() {
            Ok(password) => password,
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return USAGE;
            }
        };
        if let Err(err) = keyring::store_password(account.id, &account.user, &password).await {
            eprintln!("{}", super::args::keyring_problem(&err, &account.name));
            return FAILED;
        }
        changed.oauth = None;
    }
    if let Some(slot) = context
        .config
        .accounts
        .iter_mut()
        .find(|a| a.id == account.id)
    {
        *slot = changed;
    }
    if let Err(err) = context.config.save(&context.home) {
        return super::context::store_failed(err);
    }
    // What the old method kept is of no use now.
    if to_oauth {
        let _ = keyring::delete_password(account.id, &account.user).await;
    } else {
        let _ = keyring::delete_refresh_token(account.id, &account.user).await;
        println!(
            "{}",
            t!(
                "oauth-switched-to-password",
                account = one_line(&account.name)
            )
        );
    }
    0
}
