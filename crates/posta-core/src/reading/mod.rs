//! Reading on demand (issue 34): opening an IMAP message fetches its
//! BODYSTRUCTURE and the parts needed to show it — the text, inline images
//! and small parts — not its attachments, which are listed (name, type,
//! size) and fetched when asked for, in chunks with progress and cancel.
//! Small messages, single parts and structures that cannot be believed
//! are fetched whole, bounded by the announced size, as before.
//!
//! The window's worker and `posta show` both come here over the account's
//! one connection.

pub mod server_search;
pub mod skeleton;

use crate::error::{Error, Result};
use crate::imap::structure::{self, leaves, Node, WHOLE_BELOW};
use crate::imap::{ImapSession, CHUNK};
use crate::store::{FolderRow, MessageRow};
use crate::sync::{with_store, CancelToken, SharedStore};

/// What is stored for a message once it can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// Its whole body (in the Maildir).
    Whole,
    /// Its text and what else was fetched; attachments marked.
    Partial,
    /// The BODYSTRUCTURE step broke the connection: connect again and
    /// fetch it whole ([`fetch_whole`]).
    NeedsWhole,
}

/// Fetches what showing `message_id` needs, unless the store has it. The
/// folder is examined on `session` (never marked read).
pub async fn fetch_for_reading(
    session: &mut ImapSession,
    store: &SharedStore,
    message_id: i64,
) -> Result<Read> {
    let (row, folder) = located(store, message_id)?;
    if row.has_body {
        return Ok(Read::Whole);
    }
    if with_store(store, |s| Ok(s.partial(message_id)?))?.is_some() {
        return Ok(Read::Partial);
    }
    let uid = remote_uid(&row, &folder)?;
    session.examine(&folder.name).await?;
    if row.size > 0 && row.size < WHOLE_BELOW {
        return whole(session, store, &row, uid).await;
    }
    let described = match session.fetch_structure(uid).await {
        Ok(described) => described,
        Err(err) => return after_failure(session, store, &row, uid, err).await,
    };
    let size = if described.size > 0 {
        described.size
    } else {
        row.size
    };
    let tree = match described.tree {
        Some(Ok(tree)) => tree,
        Some(Err(refused)) => {
            log::debug!("message {uid}: BODYSTRUCTURE not believable ({refused:?}); fetched whole");
            return whole_sized(session, store, &row, uid, size).await;
        }
        None => return whole_sized(session, store, &row, uid, size).await,
    };
    let Some(wanted) = structure::wanted(&tree) else {
        return whole_sized(session, store, &row, uid, size).await;
    };
    partial(session, store, &row, uid, &tree, &wanted).await
}

/// Fetches the message whole (after [`Read::NeedsWhole`], on a new
/// connection), bounded by its announced size.
pub async fn fetch_whole(
    session: &mut ImapSession,
    store: &SharedStore,
    message_id: i64,
) -> Result<Read> {
    let (row, folder) = located(store, message_id)?;
    let uid = remote_uid(&row, &folder)?;
    session.examine(&folder.name).await?;
    whole(session, store, &row, uid).await
}

/// Fetches the attachment `section` of a partly read message, in chunks:
/// `progress(done, total)` after each, stopped by `cancel` between them.
/// Its bytes join the stored document; nothing is kept of a cancelled or
/// failed fetch.
pub async fn fetch_attachment(
    session: &mut ImapSession,
    store: &SharedStore,
    message_id: i64,
    section: &str,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<()> {
    let (row, folder) = located(store, message_id)?;
    let Some(document) = with_store(store, |s| Ok(s.partial(message_id)?))? else {
        // Whole already (or never read): nothing to add.
        return Ok(());
    };
    let Some((_, size)) = skeleton::unfetched(&document)
        .into_iter()
        .find(|(s, _)| s == section)
    else {
        return Ok(());
    };
    let path: Vec<u32> = section
        .split('.')
        .map(str::parse)
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| Error::protocol(format!("{section:?} is not a MIME part number")))?;
    let uid = remote_uid(&row, &folder)?;
    session.examine(&folder.name).await?;
    let most = crate::net::announced_cap(size);
    let mut data: Vec<u8> = Vec::new();
    loop {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let chunk = session
            .fetch_part_chunk(uid, &path, data.len() as u64, CHUNK)
            .await?;
        let last = (chunk.len() as u64) < CHUNK;
        data.extend_from_slice(&chunk);
        if data.len() as u64 > most {
            return Err(Error::protocol(format!(
                "part {section} of message {uid} is larger than the {size} bytes announced"
            )));
        }
        progress(data.len() as u64, size.max(data.len() as u64));
        if last {
            break;
        }
    }
    let filled = skeleton::fill(&document, section, &data)
        .ok_or_else(|| Error::protocol(format!("message {uid} has no part {section} to fill")))?;
    with_store(store, |s| Ok(s.store_partial(message_id, &filled)?))
}

/// Fetches every attachment not yet here (for saving them all).
pub async fn fetch_attachments(
    session: &mut ImapSession,
    store: &SharedStore,
    message_id: i64,
    cancel: &CancelToken,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<()> {
    let Some(document) = with_store(store, |s| Ok(s.partial(message_id)?))? else {
        return Ok(());
    };
    for (section, _) in skeleton::unfetched(&document) {
        fetch_attachment(session, store, message_id, &section, cancel, progress).await?;
    }
    Ok(())
}

fn located(store: &SharedStore, message_id: i64) -> Result<(MessageRow, FolderRow)> {
    with_store(store, |s| {
        let row = s
            .message(message_id)?
            .ok_or_else(|| Error::protocol(format!("message {message_id} is not in the store")))?;
        let folder = s
            .folder(row.folder_id)?
            .ok_or_else(|| Error::protocol("the message's folder is gone"))?;
        Ok((row, folder))
    })
}

fn remote_uid(row: &MessageRow, folder: &FolderRow) -> Result<u32> {
    match (row.uid, folder.local) {
        (Some(uid), false) => Ok(uid),
        _ => Err(Error::Unsupported("this message has no copy on the server")),
    }
}

/// After the BODYSTRUCTURE step or the parts failed: the server refused
/// (the connection still good): fetched whole now; the connection broke
/// under a reply it could not keep to: [`Read::NeedsWhole`]; else the error.
async fn after_failure(
    session: &mut ImapSession,
    store: &SharedStore,
    row: &MessageRow,
    uid: u32,
    err: Error,
) -> Result<Read> {
    if !session.is_connected() {
        log::debug!("message {uid}: reading it in parts broke the connection ({err})");
        return Ok(Read::NeedsWhole);
    }
    if err.kind() == crate::ErrorKind::Protocol {
        log::debug!("message {uid}: reading it in parts was refused ({err}); fetched whole");
        return whole(session, store, row, uid).await;
    }
    Err(err)
}

async fn whole(
    session: &mut ImapSession,
    store: &SharedStore,
    row: &MessageRow,
    uid: u32,
) -> Result<Read> {
    whole_sized(session, store, row, uid, row.size).await
}

async fn whole_sized(
    session: &mut ImapSession,
    store: &SharedStore,
    row: &MessageRow,
    uid: u32,
    size: u64,
) -> Result<Read> {
    let raw = session.fetch_message_sized(uid, size).await?;
    with_store(store, |s| Ok(s.store_body(row.id, &raw).map(drop)?))?;
    Ok(Read::Whole)
}

async fn partial(
    session: &mut ImapSession,
    store: &SharedStore,
    row: &MessageRow,
    uid: u32,
    tree: &Node,
    wanted: &[Vec<u32>],
) -> Result<Read> {
    let all = leaves(tree);
    let mimes: Vec<Vec<u32>> = all.iter().map(|l| l.section.clone()).collect();
    let bound: u64 = all
        .iter()
        .filter(|l| wanted.contains(&l.section))
        .map(|l| l.octets)
        .sum();
    let sections = match session.fetch_sections(uid, &mimes, wanted, bound).await {
        Ok(sections) => sections,
        Err(err) => return after_failure(session, store, row, uid, err).await,
    };
    if let Some(missing) = wanted.iter().find(|s| !sections.bodies.contains_key(*s)) {
        // The server does not agree with its own BODYSTRUCTURE.
        log::debug!(
            "message {uid}: part {} of its BODYSTRUCTURE did not come; fetched whole",
            structure::section_text(missing)
        );
        return whole(session, store, row, uid).await;
    }
    let document = skeleton::build(tree, &sections);
    with_store(store, |s| Ok(s.store_partial(row.id, &document)?))?;
    Ok(Read::Partial)
}
