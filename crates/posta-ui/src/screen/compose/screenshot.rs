//! Opening the compose window or the sharing dialog straight away, for the
//! screenshots `packaging/screenshots-compose.sh` takes under Xvfb. Read
//! only when `POSTA_SCREENSHOT_OVERLAY` is set; nothing here runs in normal
//! use, and nothing connects to a server.
//!
//! | variable | meaning |
//! |---|---|
//! | `POSTA_SCREENSHOT_OVERLAY` | `compose-new`, `compose-reply`, `share`, `share-custom`, `share-shared` or `share-pop3` |
//! | `POSTA_SCREENSHOT_ACCOUNT` | `display name|address|user` of the sample account |
//! | `POSTA_SCREENSHOT_FOLDER` | the folder's name for the sharing dialog |
//! | `POSTA_SCREENSHOT_ACL` | `person:rights;…` — who has access (`share`), or the user's own rights (`share-shared`, one entry) |
//!
//! The sharing dialog is shown in the state it reaches after the server
//! answered with those rights (`tests/ui/ui_share.rs` drives the live path
//! against Dovecot).

use std::sync::{Arc, Mutex};

use super::{Compose, Context, Kind};
use crate::screen::share::{self, Access, Share};
use posta_core::account::Protocol;
use posta_core::compose::{Draft, Original, ReplyKind};
use posta_core::imap::AclEntry;
use posta_core::message::Address;
use posta_core::net::Security;
use posta_core::rights::Preset;
use posta_core::store::{AccountConfig, FolderRow, KeepCopy, PostaHome, SmtpConfig, Store};
use posta_i18n::t;

/// A sample message to answer.
const ORIGINAL: &[u8] = include_bytes!("../../../../../tests/fixtures/compose/original.eml");

/// What to show.
#[derive(Debug)]
pub enum Shot {
    /// The compose window.
    Compose(Box<Compose>),
    /// The sharing dialog.
    Share(Box<Share>),
}

fn sample_account(protocol: Protocol) -> AccountConfig {
    let text = std::env::var("POSTA_SCREENSHOT_ACCOUNT").unwrap_or_default();
    let mut parts = text.splitn(3, '|').map(str::to_owned);
    let display_name = parts.next().unwrap_or_default();
    let email = parts.next().unwrap_or_default();
    let user = parts.next().unwrap_or_default();
    let host = email
        .rsplit_once('@')
        .map(|(_, d)| d.to_owned())
        .unwrap_or_default();
    AccountConfig {
        id: 1,
        name: display_name.clone(),
        email,
        display_name,
        protocol,
        host: host.clone(),
        port: 993,
        security: Security::Tls,
        user: user.clone(),
        extra_ca_file: None,
        pinned_fingerprint: None,
        smtp: Some(SmtpConfig {
            host,
            port: 587,
            security: Security::StartTls,
            user,
            pinned_fingerprint: None,
        }),
        keep_copy: KeepCopy::Keep,
        max_download_size: None,
        download_bodies: false,
        check_interval: posta_core::store::config::DEFAULT_CHECK_INTERVAL,
        oauth: None,
    }
}

fn acl() -> Vec<AclEntry> {
    std::env::var("POSTA_SCREENSHOT_ACL")
        .unwrap_or_default()
        .split(';')
        .filter_map(|entry| entry.split_once(':'))
        .map(|(identifier, rights)| AclEntry {
            identifier: identifier.to_owned(),
            rights: rights.to_owned(),
        })
        .collect()
}

/// The window `POSTA_SCREENSHOT_OVERLAY` names, or `None`.
pub fn from_env(home: &PostaHome) -> Option<Shot> {
    let which = std::env::var("POSTA_SCREENSHOT_OVERLAY").ok()?;
    let store = Arc::new(Mutex::new(Store::open_in_memory().ok()?));
    let protocol = if which == "share-pop3" {
        Protocol::Pop3
    } else {
        Protocol::Imap
    };
    let account = sample_account(protocol);
    let me = Address {
        name: Some(account.display_name.clone()),
        email: account.email.clone(),
    };
    match which.as_str() {
        "compose-new" | "compose-reply" => {
            let context = Context {
                home: home.clone(),
                store,
                account,
                password: None,
            };
            let (kind, draft) = if which == "compose-new" {
                (
                    Kind::New,
                    Draft {
                        from: me,
                        ..Draft::default()
                    },
                )
            } else {
                let original = Original::parse(ORIGINAL, &posta_i18n::deception_warning);
                let attribution = t!(
                    "compose-reply-attribution",
                    date = crate::widget::when::long(original.date, posta_i18n::current_language()),
                    sender = original
                        .from
                        .first()
                        .map(Address::to_string)
                        .unwrap_or_default()
                );
                (
                    Kind::ReplyAll,
                    original.answer(ReplyKind::ReplyAll, &me, &attribution),
                )
            };
            Some(Shot::Compose(Box::new(Compose::new(context, kind, draft))))
        }
        "share" | "share-custom" | "share-shared" | "share-pop3" => {
            let name = std::env::var("POSTA_SCREENSHOT_FOLDER").unwrap_or_default();
            let shared = which == "share-shared";
            let folder = FolderRow {
                shared,
                ..FolderRow::local(1, &name, None)
            };
            let context = share::Context {
                account,
                store,
                worker: None,
            };
            let (mut dialog, _) = Share::new(context, folder);
            if protocol == Protocol::Imap {
                let entries = acl();
                let access = if shared {
                    Access {
                        my_rights: entries
                            .first()
                            .map(|e| e.rights.clone())
                            .unwrap_or_default(),
                        acl: None,
                    }
                } else {
                    Access {
                        my_rights: Preset::FullControl.rights().to_owned(),
                        acl: Some(entries),
                    }
                };
                let _ = dialog.update(share::Message::Loaded(Ok(access)));
            }
            if which == "share-custom" {
                let _ = dialog.update(share::Message::Choose(share::Choice::Custom));
                let _ = dialog.update(share::Message::Toggle('i', true));
            }
            Some(Shot::Share(Box::new(dialog)))
        }
        _ => None,
    }
}
