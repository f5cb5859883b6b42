//! The server's listing: `UIDL` and `LIST` merged into one list.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::pop3::Pop3Session;

/// A message of the server's listing: number, unique id, size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Listed {
    pub number: u32,
    pub uidl: String,
    pub size: u64,
}

/// `UIDL` and `LIST` merged, in server order. A server that lists a unique
/// id twice has only the first one touched.
pub(super) async fn list_mailbox(session: &mut Pop3Session) -> Result<Vec<Listed>> {
    let ids = session.uidl().await?;
    let sizes: HashMap<u32, u64> = session.list().await?.into_iter().collect();
    let mut seen = HashSet::with_capacity(ids.len());
    Ok(ids
        .into_iter()
        .filter(|(_, uidl)| seen.insert(uidl.clone()))
        .map(|(number, uidl)| Listed {
            number,
            size: sizes.get(&number).copied().unwrap_or(0),
            uidl,
        })
        .collect())
}
