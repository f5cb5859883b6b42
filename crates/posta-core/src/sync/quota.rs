//! The account's quota: read from the server at each sync and after
//! appends, kept in the store, and judged (80 % warns, 95 % is urgent).

use super::shared::joined;
use super::{with_store, SharedStore};
use crate::error::{Error, Result};
use crate::imap::{ImapSession, QuotaUsage};

/// How full the fullest resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QuotaLevel {
    /// Under 80 %.
    Fine,
    /// 80 % or more: time to make room.
    Warning,
    /// 95 % or more: mail may bounce soon.
    Critical,
}

/// The percentage from which the user is warned.
pub const WARNING_PERCENT: u64 = 80;
/// The percentage from which the warning is urgent.
pub const CRITICAL_PERCENT: u64 = 95;

impl QuotaLevel {
    /// The level of one percentage.
    pub fn of(percent: u64) -> QuotaLevel {
        match percent {
            p if p >= CRITICAL_PERCENT => QuotaLevel::Critical,
            p if p >= WARNING_PERCENT => QuotaLevel::Warning,
            _ => QuotaLevel::Fine,
        }
    }
}

/// The fullest resource, when it is at the warning level or above.
pub fn warning(usage: &[QuotaUsage]) -> Option<(QuotaUsage, QuotaLevel)> {
    let fullest = usage.iter().max_by_key(|u| u.percent())?;
    let level = QuotaLevel::of(fullest.percent());
    (level != QuotaLevel::Fine).then_some((*fullest, level))
}

/// Asks the server for the INBOX's quota and keeps the answer in the store
/// (an empty answer clears what was kept: no quota any more).
pub async fn refresh_quota(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
) -> Result<Vec<QuotaUsage>> {
    let usage = session.quota().await?;
    let kept = usage.clone();
    let store = std::sync::Arc::clone(store);
    joined(tokio::task::spawn_blocking(move || {
        with_store(&store, |s| s.set_quota(account, &kept).map_err(Error::from))
    }))
    .await?;
    Ok(usage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::imap::QuotaResource;

    fn usage(resource: QuotaResource, used: u64, limit: u64) -> QuotaUsage {
        QuotaUsage {
            resource,
            used,
            limit,
        }
    }

    #[test]
    fn the_fullest_resource_decides() {
        assert_eq!(warning(&[]), None);
        assert_eq!(warning(&[usage(QuotaResource::Storage, 79, 100)]), None);
        let storage = usage(QuotaResource::Storage, 80, 100);
        assert_eq!(warning(&[storage]), Some((storage, QuotaLevel::Warning)));
        let messages = usage(QuotaResource::Messages, 95, 100);
        assert_eq!(
            warning(&[storage, messages]),
            Some((messages, QuotaLevel::Critical))
        );
    }
}
