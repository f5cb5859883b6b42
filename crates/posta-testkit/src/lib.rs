//! What Posta's integration tests share (a dev-dependency only; nothing
//! here reaches the shipped binary): real servers (Dovecot, aiosmtpd) and
//! scripted ones, the wizard's window driver, the mailbox fixture, message
//! builders and the guard of the process-wide language.

use std::sync::{Mutex, MutexGuard};

use posta_i18n::Language;

pub mod accounts;
pub mod cli;
pub mod detection;
pub mod dovecot;
pub mod events;
pub mod fake_server;
pub mod imap_script;
pub mod mail;
pub mod mailbox_fixture;
pub mod memory;
pub mod oidc;
pub mod pop3_script;
pub mod scan_mail;
pub mod servers;
pub mod smtp_server;
pub mod stores;
pub mod window;
pub mod wire_count;
pub mod wizard;

/// The current language is process-wide: a test that reads or sets words
/// holds this while it runs, so tests in one binary never mix languages.
pub static LANGUAGE: Mutex<()> = Mutex::new(());

/// Locks the language and sets it.
pub fn language(language: Language) -> MutexGuard<'static, ()> {
    let guard = LANGUAGE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    posta_i18n::set_language(language);
    guard
}

/// Locks the language and sets English.
pub fn english() -> MutexGuard<'static, ()> {
    language(Language::English)
}

/// A multi-threaded tokio runtime of two workers, as the window has.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}
