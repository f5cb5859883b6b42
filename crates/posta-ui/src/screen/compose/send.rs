//! "Send" off the UI thread: the outgoing server's password, core's send
//! (outbox first, then the server), the outcome in translated sentences.

use posta_core::compose::{self, Built, SendContext, SendOutcome};
use posta_core::error::Error;
use posta_core::store::{keyring, AccountConfig};
use posta_core::Secret;
use posta_i18n::t;

use super::{Context, Outcome};

pub(super) fn send_context(context: &Context, password: Secret) -> SendContext {
    SendContext {
        home: context.home.clone(),
        store: context.store.clone(),
        account: context.account.clone(),
        password,
    }
}

/// The password of the outgoing server: the one given, else the keyring's
/// for the SMTP user, else the keyring's for the incoming user (the wizard
/// stores one password when both are the same).
async fn smtp_password(context: &Context) -> Result<Secret, String> {
    if let Some(password) = &context.password {
        return Ok(password.clone());
    }
    let account = &context.account;
    let smtp_user = account.smtp.as_ref().map_or("", |s| s.user.as_str());
    match keyring::load_password(account.id, smtp_user).await {
        Ok(password) => Ok(password),
        Err(first) => keyring::load_password(account.id, &account.user)
            .await
            .map_err(|_| first.to_string()),
    }
}

/// A translated sentence for an error while sending or filing.
pub(super) fn describe(err: &Error, account: &AccountConfig) -> String {
    let host = account
        .smtp
        .as_ref()
        .map_or(account.host.as_str(), |s| s.host.as_str());
    match err {
        Error::StartTlsUnavailable { host, .. } => {
            t!("compose-error-smtp-starttls", host = host.as_str())
        }
        Error::Unsupported(_) => t!("compose-error-no-smtp"),
        other => posta_i18n::describe_refusal(other, host),
    }
}

/// Sends off the UI thread; the outcome comes back translated. Once the
/// message is sent or waits in the outbox, its draft goes.
pub(super) async fn send_task(
    context: Context,
    built: Built,
    subject: String,
    drafts: Vec<String>,
) -> Outcome {
    let password = match smtp_password(&context).await {
        Ok(password) => password,
        Err(details) => return Outcome::Failed(t!("compose-error-no-password", details = details)),
    };
    let account = context.account.clone();
    let context = send_context(&context, password);
    let outcome = compose::send(&context, &built, &subject).await;
    if outcome.is_ok() {
        // The message is out or durably in the outbox: the draft is done.
        let _ = compose::remove_draft(&context, &drafts).await;
    }
    match outcome {
        Ok(SendOutcome::Sent { copy: Ok(_) }) => Outcome::Sent,
        Ok(SendOutcome::Sent { copy: Err(err) }) => {
            Outcome::SentWithoutCopy(describe(&err, &account))
        }
        Ok(SendOutcome::Queued { reason }) => {
            let host = account.smtp.as_ref().map_or("", |s| s.host.as_str());
            Outcome::Queued {
                reason: crate::said::Kept(reason),
                host: host.to_owned(),
            }
        }
        Err(err) => Outcome::Failed(describe(&err, &account)),
    }
}
