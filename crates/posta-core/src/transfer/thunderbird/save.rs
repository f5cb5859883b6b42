//! Saving a reviewed [`Plan`]: its accounts, identities and the Local
//! Folders set into the config, its tags into every account it makes. An
//! account already there (same protocol, server and user) is reused, so
//! running the import again makes nothing twice; the mail's own journal
//! does the same for messages.

use super::{MailFolder, Plan};
use crate::store::{Config, LocalSet, Result, Store};

/// The name of Thunderbird's local folder set, as Thunderbird shows it.
pub const LOCAL_FOLDERS: &str = "Local Folders";

/// Where the mail of a saved plan goes: account id and its folders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    /// Each account (or the local set) with mail to bring in.
    pub mail: Vec<(i64, Vec<MailFolder>)>,
    /// Accounts made by this run (the Local Folders set not counted).
    pub added: usize,
}

/// Puts the plan into `config` (the caller saves it) and the tags into
/// the store.
pub fn save(plan: &Plan, config: &mut Config, store: &Store) -> Result<Saved> {
    let mut saved = Saved::default();
    for planned in &plan.accounts {
        let same = config.accounts.iter().find(|a| {
            a.protocol == planned.config.protocol
                && a.host.eq_ignore_ascii_case(&planned.config.host)
                && a.user == planned.config.user
        });
        let id = match same {
            Some(account) => account.id,
            None => {
                let id = config.next_account_id();
                let mut account = planned.config.clone();
                account.id = id;
                config.accounts.push(account);
                for identity in &planned.identities {
                    let mut identity = identity.clone();
                    identity.account = id;
                    config.identities.push(identity);
                }
                saved.added += 1;
                id
            }
        };
        store.ensure_account(id, &planned.config.name)?;
        for tag in &plan.tags {
            store.upsert_tag(id, tag)?;
        }
        if !planned.folders.is_empty() {
            saved.mail.push((id, planned.folders.clone()));
        }
    }
    if !plan.local_folders.is_empty() {
        let id = match config.local_sets.iter().find(|s| s.name == LOCAL_FOLDERS) {
            Some(set) => set.id,
            None => {
                let id = config.next_account_id();
                config.local_sets.push(LocalSet {
                    id,
                    name: LOCAL_FOLDERS.to_owned(),
                });
                id
            }
        };
        store.ensure_account(id, LOCAL_FOLDERS)?;
        for tag in &plan.tags {
            store.upsert_tag(id, tag)?;
        }
        saved.mail.push((id, plan.local_folders.clone()));
    }
    Ok(saved)
}
