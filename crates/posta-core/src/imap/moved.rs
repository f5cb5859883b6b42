//! Moving one message and learning its UID in the target folder: with
//! MOVE (RFC 6851) and UIDPLUS (RFC 4315) the server says where it put the
//! message (`COPYUID`), so the copy shown in the target folder at once can
//! carry its real UID straight away, not only after the next check.

use async_imap::imap_proto::rfc4315::UidSetMember;
use async_imap::imap_proto::{Response, ResponseCode, Status};

use super::{quote, utf7, ImapSession};
use crate::error::Result;

/// Where a moved message went: the target folder's UIDVALIDITY and the
/// message's UID there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MovedTo {
    /// The target folder's UIDVALIDITY.
    pub uid_validity: u32,
    /// The message's UID in the target folder.
    pub uid: u32,
}

impl ImapSession {
    /// Moves the message `uid` of the selected folder to `to`; returns its
    /// new place when the server says (MOVE with UIDPLUS), else `None`
    /// (moved all the same, by COPY and a deletion where MOVE is missing).
    pub async fn move_message(&mut self, uid: u32, to: &str) -> Result<Option<MovedTo>> {
        if !(self.has_capability("MOVE") && self.has_capability("UIDPLUS")) {
            self.move_messages(&[uid], to).await?;
            return Ok(None);
        }
        let command = format!("UID MOVE {uid} {}", quote(&utf7::encode(to))?);
        let mut moved = None;
        self.collect(command, |response| {
            if let Response::Data {
                status: Status::Ok,
                outcome,
            } = response
            {
                if let Some(ResponseCode::CopyUid(validity, from, into)) = &outcome.code {
                    moved = single(from, into)
                        .filter(|(old, _)| *old == uid)
                        .map(|(_, new)| MovedTo {
                            uid_validity: *validity,
                            uid: new,
                        });
                }
            }
        })
        .await?;
        Ok(moved)
    }
}

/// The one UID pair of a COPYUID for one message.
fn single(from: &[UidSetMember], into: &[UidSetMember]) -> Option<(u32, u32)> {
    match (from, into) {
        ([UidSetMember::Uid(old)], [UidSetMember::Uid(new)]) => Some((*old, *new)),
        _ => None,
    }
}
