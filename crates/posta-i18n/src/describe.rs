//! Turns an account-layer error into the translated sentence a person reads.

use crate::t;
use posta_core::error::{server_words, Error, TrustProblem, UntrustedCertificate};

/// A translated sentence for `err` that says what went wrong and what to do.
/// `host` names the server the user was connecting to.
pub fn describe_error(err: &Error, host: &str) -> String {
    match err {
        Error::HostNotFound { host } => t!("error-host-not-found", host = host.as_str()),
        Error::ConnectionRefused { host, port } => {
            t!(
                "error-connection-refused",
                host = host.as_str(),
                port = *port
            )
        }
        Error::TimedOut { .. } => t!("error-timed-out", host = host),
        Error::TlsUntrusted(cert) => {
            format!(
                "{} {}",
                describe_trust_problem(cert),
                t!(
                    "error-tls-untrusted",
                    fingerprint = cert.fingerprint.to_string()
                )
            )
        }
        // The TLS library's own words ("error:0A00010B:SSL routines…") are
        // for the log, never for a sentence.
        Error::TlsFailed(_) => t!("error-tls-failed"),
        Error::StartTlsUnavailable { host, .. } => {
            t!("error-starttls-unavailable", host = host.as_str())
        }
        Error::AuthenticationFailed(_) => t!("error-authentication-failed"),
        // RFC 5530's response code for a full mailbox (RFC 9208 names it).
        Error::Protocol(details) if details.to_ascii_uppercase().contains("[OVERQUOTA]") => {
            t!("quota-server-full", details = server_words(details))
        }
        // RFC 5530: the rights changed since the action was offered.
        Error::Protocol(details) if details.to_ascii_uppercase().contains("[NOPERM]") => {
            t!("rights-refused-by-server", details = server_words(details))
        }
        Error::Protocol(details) => t!("error-protocol", details = server_words(details)),
        Error::Io(io) if io.raw_os_error() == Some(28) => t!("error-disk-full"),
        Error::Io(io) => t!("error-io", details = server_words(&io.to_string())),
        Error::Unsupported(_) => t!("error-unsupported"),
        Error::Cancelled => t!("error-cancelled"),
        Error::AccountBusy => t!("error-account-busy"),
        Error::NotAllowed(denied) => t!(
            "rights-not-allowed",
            action = crate::denied_action(*denied),
            right = denied.right().to_string()
        ),
    }
}

/// The action a missing right forbids, in words ("Delete messages").
pub fn denied_action(denied: posta_core::rights::Denied) -> String {
    use posta_core::rights::Denied;
    match denied {
        Denied::Read => t!("share-action-read"),
        Denied::KeepSeen => t!("share-action-keep-seen"),
        Denied::WriteFlags => t!("share-action-write-flags"),
        Denied::Insert => t!("share-action-insert"),
        Denied::Delete => t!("share-action-delete"),
        Denied::CreateSubfolder => t!("share-action-create-subfolder"),
        Denied::DeleteFolder => t!("share-action-delete-folder"),
        Denied::Admin => t!("share-action-admin"),
    }
}

/// Why `cert` is not trusted, as one translated sentence.
pub fn describe_trust_problem(cert: &UntrustedCertificate) -> String {
    match cert.problem {
        TrustProblem::UnknownIssuer => t!("error-tls-reason-unknown-issuer"),
        TrustProblem::Expired => t!("error-tls-reason-expired"),
        TrustProblem::HostnameMismatch => {
            t!("error-tls-reason-host-mismatch", host = cert.host.as_str())
        }
        TrustProblem::Other => t!("error-tls-reason-other"),
    }
}

/// A deceptive link's warning, as the reader and a quoted reply show it.
pub fn deception_warning(deception: &posta_core::render::Deception) -> String {
    t!(
        "reader-link-deceptive",
        shown = deception.shown.as_str(),
        actual = deception.actual.as_str()
    )
}
