//! Drafts kept as the user writes: every saved version replaces the one
//! before it. Locally the new row goes in before the old one leaves, all
//! through the store's durable writes, so a kill at any moment leaves at
//! least one version. On IMAP the upload is an [`Op::AppendDraft`] in the
//! durable queue, which deletes the older versions on the server only
//! after the new one is there; a version whose upload is still waiting is
//! simply overtaken (its op dropped, what it replaced carried over).
//! Sending or discarding removes every version ([`Op::DeleteDrafts`]).

use std::collections::BTreeSet;

use mail_parser::MessageParser;

use super::filing::{add_local_row, write_upload, Filed};
use super::{Draft, Original};
use crate::error::Result;
use crate::imap::SpecialUse;
use crate::message::{Address, Flag};
use crate::render::Warning;
use crate::store::{AccountConfig, FolderRow, Op, PostaHome, Store};

/// The flags a saved draft carries.
pub const DRAFT_FLAGS: [Flag; 2] = [Flag::Seen, Flag::Draft];

/// Drops the queued uploads of `ids` that have not reached the server
/// yet; returns what those uploads were to replace.
fn overtake(store: &Store, account: i64, ids: &BTreeSet<String>) -> Result<BTreeSet<String>> {
    let mut carried = BTreeSet::new();
    for (op_id, op) in store.pending_ops(account)? {
        if let Op::AppendDraft {
            message_id,
            replaces,
            ..
        } = op
        {
            if ids.contains(&message_id) {
                // If a replay is uploading it right now, the id is still
                // in the next op's list, which deletes it on the server.
                store.complete_op(op_id)?;
                carried.extend(replaces);
            }
        }
    }
    Ok(carried)
}

/// Removes this device's rows of the versions `ids` from `folder` (the
/// server learns it through the queue, by `Message-ID`).
fn drop_local(store: &Store, folder: &FolderRow, ids: &BTreeSet<String>) -> Result<()> {
    for id in ids {
        for row in store.messages_with_message_id(folder.account, id)? {
            let in_folder = store
                .message(row)?
                .is_some_and(|m| m.folder_id == folder.id);
            if in_folder {
                store.delete_message(row)?;
            }
        }
    }
    Ok(())
}

/// Files a new version of a draft (`raw`, whose `Message-ID` is
/// `message_id`) in Drafts, replacing the versions `previous`.
pub fn file_draft(
    store: &Store,
    home: &PostaHome,
    account: &AccountConfig,
    raw: &[u8],
    message_id: &str,
    previous: &[String],
) -> Result<Filed> {
    store.ensure_account(account.id, &account.name)?;
    let folder = store.special_folder_or_new(account, SpecialUse::Drafts)?;
    let previous: BTreeSet<String> = previous
        .iter()
        .filter(|id| id.as_str() != message_id)
        .cloned()
        .collect();
    let upload = if folder.local {
        None
    } else {
        let mut replaces = previous.clone();
        let pending: BTreeSet<String> = store
            .pending_ops(account.id)?
            .into_iter()
            .filter_map(|(_, op)| match op {
                Op::AppendDraft {
                    message_id,
                    replaces,
                    ..
                } if previous.contains(&message_id) => Some(replaces),
                _ => None,
            })
            .flatten()
            .collect();
        replaces.extend(pending);
        let path = write_upload(home, raw)?;
        let op = Op::AppendDraft {
            folder: folder.name.clone(),
            flags: DRAFT_FLAGS.to_vec(),
            path: path.clone(),
            message_id: message_id.to_owned(),
            replaces: replaces.into_iter().collect(),
        };
        match store.enqueue(account.id, &op) {
            Ok(id) => Some(id),
            Err(err) => {
                let _ = std::fs::remove_file(&path);
                return Err(err.into());
            }
        }
    };
    // The new version is durable (row, body, queued upload) before the
    // old ones go: a kill in between leaves two versions, not none.
    let row = add_local_row(store, folder.id, raw, &DRAFT_FLAGS)?;
    if upload.is_some() {
        overtake(store, account.id, &previous)?;
    }
    drop_local(store, &folder, &previous)?;
    Ok(Filed {
        folder_id: folder.id,
        message_id: row,
        upload,
    })
}

/// Removes every version `ids` of a draft (it was sent, or discarded):
/// here at once, on the server through the queue.
pub fn remove_draft(store: &Store, account: &AccountConfig, ids: &[String]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let folder = store.special_folder_or_new(account, SpecialUse::Drafts)?;
    let ids: BTreeSet<String> = ids.iter().cloned().collect();
    if !folder.local {
        let mut all = ids.clone();
        all.extend(overtake(store, account.id, &ids)?);
        store.enqueue(
            account.id,
            &Op::DeleteDrafts {
                folder: folder.name.clone(),
                message_ids: all.into_iter().collect(),
            },
        )?;
    }
    drop_local(store, &folder, &ids)
}

/// A saved draft read back for editing, and its `Message-ID` (which the
/// next saved version replaces).
/// `warning` words a deceptive link's warning, as in [`Original::parse`].
pub fn reopen(raw: &[u8], warning: Warning) -> (Draft, Option<String>) {
    let original = Original::parse(raw, warning);
    let headers = crate::message::parse_headers(raw);
    let bcc = MessageParser::default()
        .parse_headers(raw)
        .and_then(|m| {
            m.bcc().map(|list| {
                list.iter()
                    .filter_map(|a| {
                        Some(Address {
                            name: a.name().map(str::to_owned),
                            email: a.address()?.to_owned(),
                        })
                    })
                    .collect()
            })
        })
        .unwrap_or_default();
    let forwards = super::build::header_ids(raw, super::build::FORWARDED_HEADER)
        .into_iter()
        .next();
    let draft = Draft {
        from: original.from.first().cloned().unwrap_or_default(),
        to: original.to,
        cc: original.cc,
        bcc,
        subject: original.subject,
        body: original.text,
        attachments: original.attachments,
        in_reply_to: headers.in_reply_to.first().cloned(),
        references: original.references,
        forwards,
        reply_to: original.reply_to.first().cloned(),
    };
    (draft, original.message_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_draft_reads_back_as_it_was_written() {
        let draft = Draft {
            from: Address {
                name: Some("Alicja".into()),
                email: "alicja@example.pl".into(),
            },
            to: vec![Address {
                name: None,
                email: "bob@example.sk".into(),
            }],
            bcc: vec![Address {
                name: None,
                email: "ukryty@example.bg".into(),
            }],
            subject: "Żółć i ďakujem".into(),
            body: "Pierwsza linia\nDruga linia\n".into(),
            in_reply_to: Some("orig@example.sk".into()),
            references: vec!["root@example.sk".into(), "orig@example.sk".into()],
            forwards: None,
            ..Draft::default()
        };
        let built = super::super::build_draft(&draft).expect("builds");
        let (back, id) = reopen(&built.raw, &|d| d.actual.clone());
        assert_eq!(id.as_deref(), Some(built.message_id.as_str()));
        assert_eq!(back.to, draft.to);
        assert_eq!(back.bcc, draft.bcc);
        assert_eq!(back.subject, draft.subject);
        assert_eq!(back.body.trim_end(), draft.body.trim_end());
        assert_eq!(back.in_reply_to, draft.in_reply_to);
        assert_eq!(back.references, draft.references);
    }
}
