//! Sentences for account settings: why a change was refused, what a change
//! will do to mail, and what removing an account deletes.

use super::{describe_error, format_size};
use crate::t;
use posta_core::account::effects::Effect;
use posta_core::account::remove::RemovalReport;
use posta_core::account::settings::{Invalid, SettingsError, MIN_CHECK_INTERVAL};
use posta_core::store::keyring::KeyringError;
use posta_core::store::StoreError;

/// A translated sentence for why a settings change was not made. `host`
/// names the server the change was tested against.
pub fn describe_settings_error(err: &SettingsError, host: &str) -> String {
    match err {
        SettingsError::NoAccount(_) => t!("settings-error-no-account"),
        SettingsError::Invalid(invalid) => describe_invalid(invalid),
        SettingsError::Failed(err) => format!(
            "{} {}",
            t!("settings-error-not-saved"),
            describe_error(err, host)
        ),
        SettingsError::Keyring(err) => describe_keyring_error(err),
        SettingsError::Store(err) => describe_store_error(err),
    }
}

/// What to tell the user when the keyring cannot be used.
pub fn describe_keyring_error(err: &KeyringError) -> String {
    match err {
        KeyringError::Unavailable(_) => t!("settings-keyring-unavailable"),
        KeyringError::Locked(_) => t!("settings-keyring-locked"),
        KeyringError::NotFound => t!("settings-keyring-no-password"),
        KeyringError::Other(details) => t!("cli-keyring-failed", details = details.as_str()),
    }
}

fn describe_store_error(err: &StoreError) -> String {
    describe_error(&posta_core::Error::from(err.clone()), "")
}

/// A translated sentence for a setting that is not valid.
pub fn describe_invalid(invalid: &Invalid) -> String {
    match invalid {
        Invalid::EmptyName => t!("settings-invalid-empty-name"),
        Invalid::NameTaken(name) => t!("settings-invalid-name-taken", account = name.as_str()),
        Invalid::BadEmail(email) => t!("settings-invalid-email", email = email.as_str()),
        Invalid::EmptyHost => t!("settings-invalid-empty-host"),
        Invalid::BadPort => t!("settings-invalid-port"),
        Invalid::KeepCopyOnImap => t!("settings-invalid-keep-copy-imap"),
        Invalid::CaUnreadable { path, details } => t!(
            "check-ca-unreadable",
            path = path.display().to_string(),
            details = details.as_str()
        ),
        Invalid::CheckIntervalTooShort(_) => {
            t!("settings-invalid-check-interval", min = MIN_CHECK_INTERVAL)
        }
        Invalid::NoOutgoingServer => t!("settings-invalid-no-outgoing"),
        Invalid::BadColor(color) => t!("settings-invalid-color", color = color.as_str()),
        Invalid::IdentityNotFound(email) => {
            t!(
                "settings-invalid-identity-not-found",
                email = email.as_str()
            )
        }
    }
}

/// What a change will do to mail, as one sentence.
pub fn describe_effect(effect: &Effect) -> String {
    match *effect {
        Effect::DeleteAfterDownload { on_server } => {
            t!("settings-effect-delete-after-download", count = on_server)
        }
        Effect::DeleteAfterDays { days, on_server } => t!(
            "settings-effect-delete-after-days",
            days = days,
            count = on_server
        ),
        Effect::DeleteWhenDeletedHere { on_server } => {
            t!(
                "settings-effect-delete-when-deleted-here",
                count = on_server
            )
        }
        Effect::KeepOnServer => t!("settings-effect-keep"),
        Effect::DownloadLimit(Some(limit)) => {
            t!(
                "settings-effect-download-limit",
                size = format_size(limit, super::current_language())
            )
        }
        Effect::DownloadLimit(None) => t!("settings-effect-no-download-limit"),
        Effect::DownloadBodies { messages } => {
            t!("settings-effect-download-bodies", count = messages)
        }
        Effect::BodiesOnDemand => t!("settings-effect-bodies-on-demand"),
    }
}

/// What removing `account` deletes and what it does not, one sentence a
/// line.
pub fn describe_removal(
    account: &str,
    report: &RemovalReport,
    keep_local_mail: bool,
) -> Vec<String> {
    let mut lines = vec![t!("settings-remove-intro", account = account)];
    if keep_local_mail {
        lines.push(t!(
            "settings-remove-kept",
            account = account,
            count = report.with_body
        ));
        let gone = report.messages - report.with_body.min(report.messages);
        if gone > 0 {
            lines.push(t!("settings-remove-headers-only", count = gone));
        }
    } else {
        lines.push(t!("settings-remove-messages", count = report.messages));
    }
    if report.queued > 0 {
        lines.push(t!("settings-remove-queued", count = report.queued));
    }
    if report.unsent > 0 {
        lines.push(t!("settings-remove-unsent", count = report.unsent));
    }
    lines.push(t!("settings-remove-password"));
    lines.push(t!("settings-remove-server-untouched"));
    lines
}
