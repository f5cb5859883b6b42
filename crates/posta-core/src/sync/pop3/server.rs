//! The server view: what is in the server's mailbox, and the user's
//! actions on it (delete unseen, download anyway).

use std::collections::HashSet;

use super::listing::{list_mailbox, Listed};
use super::plan::too_large;
use super::{on_store, session, Pop3Account};
use crate::error::Result;
use crate::message::{parse_headers, Headers};
use crate::pop3::Pop3Session;
use crate::store::{AccountConfig, Store, StoreError};
use crate::sync::SharedStore;
use crate::sync::{CancelToken, SyncSummary};

/// Where a message on the server stands, seen from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerState {
    /// A copy is here.
    Downloaded,
    /// It was downloaded and then deleted here; the server still has it.
    DeletedHere,
    /// Larger than the account's download limit: a sync leaves it there.
    HeldBack,
    /// Not downloaded yet; the next sync will.
    New,
}

impl ServerState {
    /// The CLI's word for it (`downloaded`, `held-back`, `new`); a message
    /// deleted here was downloaded.
    pub fn as_str(self) -> &'static str {
        match self {
            ServerState::Downloaded | ServerState::DeletedHere => "downloaded",
            ServerState::HeldBack => "held-back",
            ServerState::New => "new",
        }
    }
}

/// One message in the server's mailbox, as the server-mailbox view shows
/// it: enough to decide to skip or delete a large message without
/// downloading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMessage {
    /// Its number in the last session (RFC 1939 message number).
    pub number: u32,
    /// Its unique id, stable across sessions.
    pub uidl: String,
    /// Its size in octets, as `LIST` reports it.
    pub size: u64,
    /// `Date:` (Unix seconds), from `TOP n 0`.
    pub date: Option<i64>,
    /// `From:` as one line.
    pub sender: String,
    /// `Subject:`.
    pub subject: String,
    /// `Message-ID:`.
    pub message_id: Option<String>,
    /// Where it stands.
    pub state: ServerState,
}

/// The server's mailbox as last listed (no connection): what the INBOX's
/// placeholders and the server view show between listings.
pub fn cached_listing(
    store: &Store,
    account: &AccountConfig,
) -> Result<Vec<ServerMessage>, StoreError> {
    let known = store.pop3_known(account.id)?;
    Ok(store
        .pop3_server(account.id)?
        .into_iter()
        .map(|row| {
            let state = match known.get(&row.uidl) {
                Some(entry) if entry.deleted_locally => ServerState::DeletedHere,
                Some(_) => ServerState::Downloaded,
                None if too_large(account, row.size) => ServerState::HeldBack,
                None => ServerState::New,
            };
            ServerMessage {
                number: row.number,
                uidl: row.uidl,
                size: row.size,
                date: row.date,
                sender: row.sender,
                subject: row.subject,
                message_id: row.message_id,
                state,
            }
        })
        .collect())
}

/// Records a session's listing in the store's copy of the server mailbox
/// and asks `TOP n 0` for the messages `needs_headers` picks whose headers
/// are not cached yet (a UIDL's headers never change).
pub(super) async fn remember_listing(
    session: &mut Pop3Session,
    store: &SharedStore,
    account: i64,
    listing: &[Listed],
    needs_headers: impl Fn(&Listed) -> bool,
) -> Result<()> {
    let rows: Vec<(u32, String, u64)> = listing
        .iter()
        .map(|m| (m.number, m.uidl.clone(), m.size))
        .collect();
    let cached = on_store(store, move |s| {
        let rows: Vec<(u32, &str, u64)> =
            rows.iter().map(|(n, u, z)| (*n, u.as_str(), *z)).collect();
        s.pop3_server_listed(account, &rows)?;
        Ok(s.pop3_server(account)?
            .into_iter()
            .filter(|r| r.has_headers)
            .map(|r| r.uidl)
            .collect::<HashSet<String>>())
    })
    .await?;
    let mut fetched = Vec::new();
    for message in listing {
        if cached.contains(&message.uidl) || !needs_headers(message) {
            continue;
        }
        let raw = session.top(message.number, 0).await?;
        fetched.push((message.uidl.clone(), parse_headers(&raw)));
    }
    if !fetched.is_empty() {
        on_store(store, move |s| {
            let rows: Vec<(&str, &Headers)> =
                fetched.iter().map(|(u, h)| (u.as_str(), h)).collect();
            s.pop3_server_headers(account, &rows)
        })
        .await?;
    }
    Ok(())
}

/// Downloads the messages with these UIDLs even if they exceed the size
/// limit (the user asked for them after seeing the server listing); the
/// keep-copy policy applies as in a sync. Unknown or already downloaded
/// UIDLs are ignored. Dropping the future cancels; what was recorded stays.
pub async fn download_from_server(pop3: &Pop3Account<'_>, uidls: &[String]) -> Result<SyncSummary> {
    let wanted: HashSet<String> = uidls.iter().cloned().collect();
    session(pop3, Some(&wanted), &CancelToken::new(), &mut |_| {}).await
}

/// The server's mailbox with headers, sizes and where each message stands,
/// without downloading any message (`UIDL`, `LIST`, and `TOP n 0` for the
/// messages whose headers are not cached yet).
pub async fn server_listing(pop3: &Pop3Account<'_>) -> Result<Vec<ServerMessage>> {
    let mut session = pop3.connect().await?;
    let listing = list_mailbox(&mut session).await?;
    remember_listing(&mut session, pop3.store, pop3.account.id, &listing, |_| {
        true
    })
    .await?;
    session.quit().await?;
    let account = pop3.account.clone();
    on_store(pop3.store, move |s| cached_listing(s, &account)).await
}

/// The UIDLs of `uidls` the server does not list (`UIDL` only: nothing of
/// any message is read).
pub async fn unknown_uidls(pop3: &Pop3Account<'_>, uidls: &[String]) -> Result<Vec<String>> {
    let mut session = pop3.connect().await?;
    let listed: HashSet<String> = session.uidl().await?.into_iter().map(|(_, u)| u).collect();
    session.quit().await?;
    Ok(uidls
        .iter()
        .filter(|uidl| !listed.contains(*uidl))
        .cloned()
        .collect())
}

/// Deletes these messages on the server, downloaded or not (a message too
/// large to download can be deleted unseen); returns how many the server
/// deleted. UIDLs the server does not list are ignored.
pub async fn delete_on_server(pop3: &Pop3Account<'_>, uidls: &[String]) -> Result<usize> {
    let wanted: HashSet<&str> = uidls.iter().map(String::as_str).collect();
    let mut session = pop3.connect().await?;
    let listing = list_mailbox(&mut session).await?;
    let mut deleted = Vec::new();
    for message in listing.iter().filter(|m| wanted.contains(m.uidl.as_str())) {
        session.dele(message.number).await?;
        deleted.push(message.uidl.clone());
    }
    session.quit().await?;
    let account_id = pop3.account.id;
    let count = deleted.len();
    on_store(pop3.store, move |s| {
        let known = s.pop3_known(account_id)?;
        let recorded: Vec<&str> = deleted
            .iter()
            .map(String::as_str)
            .filter(|uidl| known.contains_key(*uidl))
            .collect();
        s.pop3_mark_deleted_on_server(account_id, &recorded)?;
        let gone: Vec<&str> = deleted.iter().map(String::as_str).collect();
        s.pop3_server_forget(account_id, &gone)
    })
    .await?;
    Ok(count)
}
