//! QUOTA (RFC 9208, formerly RFC 2087): how full the mailbox is.
//!
//! Read with the raw exchange and this module's own parser, so a reply
//! async-imap's parser does not know (RFC 9208 adds resources such as
//! `MAILBOX` and `ANNOTATION-STORAGE`) cannot break the connection.

use super::data::{Reader, Value};
use super::ImapSession;
use crate::error::Result;

/// What a quota limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuotaResource {
    /// Storage, in bytes (the server counts units of 1,024 octets).
    Storage,
    /// Messages, counted.
    Messages,
}

impl QuotaResource {
    /// The name the CLI and the store use.
    pub fn as_str(self) -> &'static str {
        match self {
            QuotaResource::Storage => "storage",
            QuotaResource::Messages => "message",
        }
    }

    /// The resource of a stored name.
    pub fn from_name(name: &str) -> Option<QuotaResource> {
        match name {
            "storage" => Some(QuotaResource::Storage),
            "message" => Some(QuotaResource::Messages),
            _ => None,
        }
    }
}

/// One limit of a quota root: used and allowed, in bytes for storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaUsage {
    /// What is limited.
    pub resource: QuotaResource,
    /// How much is used.
    pub used: u64,
    /// How much is allowed.
    pub limit: u64,
}

impl QuotaUsage {
    /// The used share as a whole percentage, rounded down (a limit of 0 is
    /// full).
    pub fn percent(&self) -> u64 {
        if self.limit == 0 {
            return 100;
        }
        ((self.used as u128 * 100) / self.limit as u128) as u64
    }
}

/// Reads the `* QUOTA root (RESOURCE used limit …)` lines of a reply; other
/// lines and unknown resources are skipped, a limit only once per resource
/// (the first root wins, as INBOX's first root is the one that fills).
pub fn parse_quota(lines: &[Vec<u8>]) -> Vec<QuotaUsage> {
    let mut out: Vec<QuotaUsage> = Vec::new();
    for line in lines {
        let Some(rest) = line.strip_prefix(b"* ") else {
            continue;
        };
        if rest.len() < 6 || !rest[..6].eq_ignore_ascii_case(b"QUOTA ") {
            continue;
        }
        let mut reader = Reader::new(&rest[6..]);
        let (Some(_root), Some(Value::List(items))) = (reader.next_value(), reader.next_value())
        else {
            continue;
        };
        for triple in items.chunks(3) {
            let [Value::Str(name), Value::Str(used), Value::Str(limit)] = triple else {
                break;
            };
            let (Ok(used), Ok(limit)) = (used.parse::<u64>(), limit.parse::<u64>()) else {
                continue;
            };
            let (resource, scale) = match name.to_ascii_uppercase().as_str() {
                "STORAGE" => (QuotaResource::Storage, 1024),
                "MESSAGE" => (QuotaResource::Messages, 1),
                _ => continue,
            };
            if out.iter().any(|u| u.resource == resource) {
                continue;
            }
            out.push(QuotaUsage {
                resource,
                used: used.saturating_mul(scale),
                limit: limit.saturating_mul(scale),
            });
        }
    }
    out
}

impl ImapSession {
    /// The quota of the INBOX's roots (`GETQUOTAROOT INBOX`); empty when the
    /// server has no QUOTA capability or sets no limit.
    pub async fn quota(&mut self) -> Result<Vec<QuotaUsage>> {
        if !self.has_capability("QUOTA") {
            return Ok(Vec::new());
        }
        let lines = self.raw_exchange("GETQUOTAROOT INBOX").await?;
        Ok(parse_quota(&lines))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<Vec<u8>> {
        text.iter().map(|l| l.as_bytes().to_vec()).collect()
    }

    #[test]
    fn dovecots_reply_is_read_in_bytes() {
        let quota = parse_quota(&lines(&[
            "* QUOTAROOT INBOX \"User quota\"",
            "* QUOTA \"User quota\" (STORAGE 3988 5120 MESSAGE 12 1000)",
        ]));
        assert_eq!(
            quota,
            [
                QuotaUsage {
                    resource: QuotaResource::Storage,
                    used: 3988 * 1024,
                    limit: 5120 * 1024
                },
                QuotaUsage {
                    resource: QuotaResource::Messages,
                    used: 12,
                    limit: 1000
                }
            ]
        );
        assert_eq!(quota[0].percent(), 77);
    }

    #[test]
    fn unknown_resources_and_junk_are_skipped() {
        let quota = parse_quota(&lines(&[
            "* QUOTA \"\" (MAILBOX 3 10 STORAGE 10 10)",
            "* QUOTA root (STORAGE x 10)",
            "* QUOTA",
            "* QUOTAROOT INBOX",
            "* QUOTA other (STORAGE 1 2)",
        ]));
        assert_eq!(quota.len(), 1);
        assert_eq!(quota[0].used, 10 * 1024);
        assert_eq!(quota[0].percent(), 100);
        assert!(parse_quota(&lines(&["* QUOTAROOT INBOX"])).is_empty());
    }
}
