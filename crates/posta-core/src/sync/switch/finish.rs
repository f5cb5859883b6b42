//! The end of the move: the local copies go once the server has them.

use crate::error::{Error, Result};
use crate::store::Store;

/// After every message is on the server: the local folders and what the
/// POP3 side kept go, and the journal with them. The next IMAP sync brings
/// the folders and messages back from the server, with their flags and
/// tags; tag names and colours stay (they belong to the account).
pub fn finish(store: &Store, account: i64) -> Result<()> {
    let journal = store.switch_journal(account)?;
    if journal.iter().any(|e| !e.appended) {
        return Err(Error::protocol(
            "not every local message is on the server yet",
        ));
    }
    for folder in store.folders(account)?.into_iter().filter(|f| f.local) {
        store.remove_folder(folder.id)?;
    }
    let known: Vec<String> = store.pop3_known(account)?.into_keys().collect();
    let uidls: Vec<&str> = known.iter().map(String::as_str).collect();
    store.pop3_forget(account, &uidls)?;
    store.pop3_server_forget(account, &uidls)?;
    Ok(store.switch_clear(account)?)
}
