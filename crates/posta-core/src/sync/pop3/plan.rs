//! The deletion policy: what one session downloads, holds back, deletes on
//! the server and forgets, decided from the listing and the ledger before
//! any message moves.

use std::collections::{HashMap, HashSet};

use super::listing::Listed;
use crate::store::{AccountConfig, LedgerEntry};

/// What one session will do, decided from the listing and the ledger
/// before any message moves.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Plan {
    /// New messages to download, in server order.
    pub download: Vec<Listed>,
    /// New messages left on the server for their size.
    pub held_back: Vec<Listed>,
    /// Downloaded earlier and due for deletion on the server now.
    pub delete: Vec<Listed>,
    /// Ledger entries the server no longer lists.
    pub forget: Vec<String>,
}

/// Decides a session's work. `wanted`, when given, limits the downloads to
/// those UIDLs and ignores the size limit (the user asked for them).
pub(super) fn plan(
    listing: &[Listed],
    known: &HashMap<String, LedgerEntry>,
    account: &AccountConfig,
    wanted: Option<&HashSet<String>>,
    now: i64,
) -> Plan {
    let mut plan = Plan::default();
    for message in listing {
        match known.get(&message.uidl) {
            Some(entry) => {
                if entry.due_for_server_deletion(account.keep_copy, now) {
                    plan.delete.push(message.clone());
                }
            }
            None => match wanted {
                Some(wanted) if wanted.contains(&message.uidl) => {
                    plan.download.push(message.clone())
                }
                Some(_) => {}
                None if too_large(account, message.size) => plan.held_back.push(message.clone()),
                None => plan.download.push(message.clone()),
            },
        }
    }
    // RFC 1939 §7: a unique-id is never reused in a maildrop, so an id the
    // server stopped listing can never come back: nothing is left to decide.
    let listed: HashSet<&str> = listing.iter().map(|m| m.uidl.as_str()).collect();
    plan.forget = known
        .keys()
        .filter(|uidl| !listed.contains(uidl.as_str()))
        .cloned()
        .collect();
    plan.forget.sort();
    plan
}

/// True when the account's download limit holds a message of this size back.
pub(super) fn too_large(account: &AccountConfig, size: u64) -> bool {
    account.max_download_size.is_some_and(|limit| size > limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Protocol;
    use crate::net::Security;
    use crate::store::KeepCopy;

    const DAY: i64 = 86_400;

    fn account(keep_copy: KeepCopy, max_download_size: Option<u64>) -> AccountConfig {
        AccountConfig {
            id: 1,
            name: "Pošta".into(),
            email: "jan@example.sk".into(),
            display_name: String::new(),
            protocol: Protocol::Pop3,
            host: "pop.example.sk".into(),
            port: 995,
            security: Security::Tls,
            user: "jan".into(),
            extra_ca_file: None,
            pinned_fingerprint: None,
            smtp: None,
            keep_copy,
            max_download_size,
            download_bodies: false,
            check_interval: crate::store::config::DEFAULT_CHECK_INTERVAL,
            oauth: None,
        }
    }

    fn listed(number: u32, uidl: &str, size: u64) -> Listed {
        Listed {
            number,
            uidl: uidl.into(),
            size,
        }
    }

    fn entry(downloaded_at: i64, deleted_locally: bool) -> LedgerEntry {
        LedgerEntry {
            message_id: Some(1),
            downloaded_at,
            deleted_locally,
            deleted_on_server: false,
            kept_on_server: false,
        }
    }

    fn uidls(messages: &[Listed]) -> Vec<&str> {
        messages.iter().map(|m| m.uidl.as_str()).collect()
    }

    #[test]
    fn the_ledger_decides_what_is_new() {
        let listing = [listed(1, "a", 10), listed(2, "b", 10), listed(3, "c", 10)];
        let known = HashMap::from([("b".to_owned(), entry(0, false))]);
        let plan = plan(&listing, &known, &account(KeepCopy::Keep, None), None, DAY);
        assert_eq!(uidls(&plan.download), ["a", "c"]);
        assert!(plan.delete.is_empty() && plan.held_back.is_empty() && plan.forget.is_empty());
    }

    #[test]
    fn large_messages_are_held_back_unless_asked_for() {
        let listing = [listed(1, "small", 100), listed(2, "big", 101)];
        let account = account(KeepCopy::Keep, Some(100));
        let plan1 = plan(&listing, &HashMap::new(), &account, None, 0);
        assert_eq!(uidls(&plan1.download), ["small"]);
        assert_eq!(uidls(&plan1.held_back), ["big"]);
        let wanted = HashSet::from(["big".to_owned()]);
        let plan2 = plan(&listing, &HashMap::new(), &account, Some(&wanted), 0);
        assert_eq!(uidls(&plan2.download), ["big"]);
        assert!(plan2.held_back.is_empty());
    }

    #[test]
    fn the_policy_picks_what_to_delete() {
        let listing = [
            listed(1, "old", 1),
            listed(2, "new", 1),
            listed(3, "gone-here", 1),
        ];
        let now = 100 * DAY;
        let known = HashMap::from([
            ("old".to_owned(), entry(now - 8 * DAY, false)),
            ("new".to_owned(), entry(now - DAY, false)),
            ("gone-here".to_owned(), entry(now - DAY, true)),
        ]);
        let deleted = |policy| {
            let plan = plan(&listing, &known, &account(policy, None), None, now);
            let mut names: Vec<String> = plan.delete.into_iter().map(|m| m.uidl).collect();
            names.sort();
            names
        };
        assert!(deleted(KeepCopy::Keep).is_empty());
        assert_eq!(deleted(KeepCopy::DeleteAfterDays(7)), ["old"]);
        assert_eq!(deleted(KeepCopy::UntilDeletedHere), ["gone-here"]);
        assert_eq!(
            deleted(KeepCopy::DeleteAfterDownload),
            ["gone-here", "new", "old"]
        );
    }

    #[test]
    fn ids_the_server_dropped_are_forgotten() {
        let listing = [listed(1, "kept", 1)];
        let known = HashMap::from([
            ("kept".to_owned(), entry(0, false)),
            ("deleted-by-quit".to_owned(), entry(0, false)),
        ]);
        let plan = plan(&listing, &known, &account(KeepCopy::Keep, None), None, 0);
        assert_eq!(plan.forget, ["deleted-by-quit"]);
    }
}
