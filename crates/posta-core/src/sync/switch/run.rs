//! The whole move, in the order that keeps it safe: upload (journalled),
//! then the config names IMAP, then the local copies go, then the first
//! IMAP sync. Stopped anywhere, the same call again finishes it.

use super::{finish, upload_local_mail, UploadReport};
use crate::account::Protocol;
use crate::error::{Error, Result};
use crate::imap::ImapSession;
use crate::secret::Secret;
use crate::store::account_lock::BRIEF_WAIT;
use crate::store::{keyring, AccountConfig, Config, PostaHome};
use crate::sync::imap::sync_account;
use crate::sync::tags::push_tags;
use crate::sync::{with_store, SharedStore};
use crate::sync::{CancelToken, SyncOptions};

/// What a move needs.
#[derive(Debug, Clone, Copy)]
pub struct Move<'a> {
    /// Where the config lives.
    pub home: &'a PostaHome,
    /// The account's store.
    pub store: &'a SharedStore,
    /// The account as it is (POP3, or IMAP when a run stopped after the
    /// config was switched).
    pub from: &'a AccountConfig,
    /// The account as it will be: IMAP on the chosen server.
    pub to: &'a AccountConfig,
    /// The password `session` logged in with.
    pub password: &'a Secret,
}

/// Moves the account over `session` (logged in to `to`'s server);
/// `progress(done, total)` after each message. Returns what the upload
/// did. A stop (refusal, lost connection, `cancel`) leaves the journal and
/// the local mail as they were, for the next run.
pub async fn move_to_imap(
    plan: &Move<'_>,
    session: &mut ImapSession,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<UploadReport> {
    let account = plan.from.id;
    // Two moves at once would each upload what the server lacks.
    let _lock = crate::sync::hold_account(plan.store, account, BRIEF_WAIT).await?;
    if plan.from.protocol == Protocol::Pop3 && moved_meanwhile(plan)? {
        // Another Posta finished the move while this one waited.
        return Ok(UploadReport::default());
    }
    let report = upload_local_mail(session, plan.store, account, cancel, progress).await?;
    if cancel.is_cancelled() {
        return Err(Error::Cancelled);
    }
    if plan.from.protocol == Protocol::Pop3 {
        // The config first: killed after it, the next run sees an IMAP
        // account with a journal and finishes; the POP3 side never runs
        // again over a half-removed store.
        // The password under the IMAP login goes first, so an account the
        // config names IMAP can always log in.
        if plan.to.user != plan.from.user {
            keyring::store_password(account, &plan.to.user, plan.password)
                .await
                .map_err(|err| Error::from(std::io::Error::other(err.to_string())))?;
        }
        let mut config = Config::load(plan.home)?;
        match config.accounts.iter_mut().find(|a| a.id == account) {
            Some(entry) => *entry = plan.to.clone(),
            None => return Err(Error::protocol("the account is no longer configured")),
        }
        config.save(plan.home)?;
    }
    with_store(plan.store, |s| finish(s, account))?;
    // Tag names and colours go to the server (METADATA) before the sync
    // reads them back; a server without METADATA keeps them here only.
    let _ = push_tags(session, plan.store, account).await;
    sync_account(
        session,
        plan.store,
        account,
        &SyncOptions {
            download_bodies: plan.to.download_bodies,
            ..SyncOptions::default()
        },
        cancel,
        &mut |_| {},
    )
    .await?;
    Ok(report)
}

/// Whether the config names the account IMAP already with nothing left in
/// the journal: a move that another Posta made while `plan` was drawn up.
fn moved_meanwhile(plan: &Move<'_>) -> Result<bool> {
    let config = Config::load(plan.home)?;
    let now_imap = config
        .accounts
        .iter()
        .any(|a| a.id == plan.from.id && a.protocol == Protocol::Imap);
    let journal = with_store(plan.store, |s| Ok(s.switch_journal(plan.from.id)?))?;
    Ok(now_imap && journal.is_empty())
}
