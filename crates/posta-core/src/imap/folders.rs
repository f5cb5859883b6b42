//! Folders: list with special-use roles and hierarchy, select/examine with
//! the numbers sync needs, create/rename/delete. Names are Unicode here and
//! modified UTF-7 on the wire.

use async_imap::imap_proto::NameAttribute;
use futures::TryStreamExt;

use super::folder::{Folder, FolderStatus, SpecialUse};
use super::{quote, utf7, ImapSession};
use crate::error::Result;

fn role_of(name: &str, attributes: &[NameAttribute<'_>]) -> Option<SpecialUse> {
    if name.eq_ignore_ascii_case("INBOX") {
        return Some(SpecialUse::Inbox);
    }
    attributes.iter().find_map(|a| match a {
        NameAttribute::Drafts => Some(SpecialUse::Drafts),
        NameAttribute::Sent => Some(SpecialUse::Sent),
        NameAttribute::Archive => Some(SpecialUse::Archive),
        NameAttribute::Junk => Some(SpecialUse::Junk),
        NameAttribute::Trash => Some(SpecialUse::Trash),
        NameAttribute::All => Some(SpecialUse::All),
        NameAttribute::Flagged => Some(SpecialUse::Flagged),
        _ => None,
    })
}

/// A mailbox name as the server meant it. imap-proto hands quoted strings
/// over still escaped (`a\\b` for `a\b`), so `\\` and `\"` are undone
/// here. `None` for a name no folder can have: empty, or with control
/// characters (NUL, CR, LF, …).
pub(super) fn unescape_quoted(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next @ ('\\' | '"')) => out.push(next),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            c if c.is_control() => return None,
            c => out.push(c),
        }
    }
    (!out.is_empty()).then_some(out)
}

fn is_selectable(attributes: &[NameAttribute<'_>]) -> bool {
    !attributes.iter().any(|a| match a {
        NameAttribute::NoSelect => true,
        NameAttribute::Extension(e) => e.eq_ignore_ascii_case("\\NonExistent"),
        _ => false,
    })
}

impl ImapSession {
    /// Lists every folder, the shared namespaces' included. Shared folders
    /// are recognised by the prefixes NAMESPACE reports.
    pub async fn list_folders(&mut self) -> Result<Vec<Folder>> {
        let shared_prefixes: Vec<String> = if self.has_capability("NAMESPACE") {
            let ns = self.namespaces().await?;
            ns.other_users
                .iter()
                .chain(ns.shared.iter())
                .map(|n| n.prefix.clone())
                .filter(|p| !p.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        let listed: Vec<Option<Folder>> = call!(self, |s| {
            let names = s.list(Some(""), Some("*")).await?;
            names
                .map_ok(|n| {
                    let wire = unescape_quoted(n.name())?;
                    let name = utf7::decode(&wire);
                    Some(Folder {
                        role: role_of(&wire, n.attributes()),
                        selectable: is_selectable(n.attributes()),
                        delimiter: n.delimiter().and_then(|d| d.chars().next()),
                        shared: false,
                        name,
                        wire_name: wire,
                    })
                })
                .try_collect::<Vec<_>>()
                .await
        })?;
        let total = listed.len();
        let mut seen = std::collections::HashSet::with_capacity(total);
        let mut folders: Vec<Folder> = listed
            .into_iter()
            .flatten()
            .filter(|f| seen.insert(f.wire_name.clone()))
            .collect();
        if folders.len() < total {
            log::debug!(
                "ignored {} LIST entries with unusable or repeated names",
                total - folders.len()
            );
        }
        for folder in &mut folders {
            folder.shared = shared_prefixes.iter().any(|p| {
                folder.wire_name.starts_with(p.as_str())
                    || folder.wire_name == p.trim_end_matches('/')
            });
        }
        // Servers without SPECIAL-USE: Sent, Trash, … by their names.
        super::special_names::guess_roles(&mut folders);
        Ok(folders)
    }

    /// Selects a folder for reading and writing (with CONDSTORE when offered).
    pub async fn select(&mut self, folder: &str) -> Result<FolderStatus> {
        let wire = utf7::encode(folder);
        let condstore = self.has_capability("CONDSTORE");
        // A failed SELECT leaves no folder selected (RFC 3501 6.3.1).
        self.open = None;
        let mailbox = call!(self, |s| if condstore {
            s.select_condstore(&wire).await
        } else {
            s.select(&wire).await
        })?;
        self.selected = Some(selected_of(&mailbox));
        self.open = Some(folder.to_owned());
        Ok(status_of(&mailbox, false))
    }

    /// Makes `folder` the selected one for a change to its messages: a
    /// SELECT only when it is not selected read-write already (one user
    /// action on the open folder sends the change, not a SELECT first).
    pub async fn select_for_change(&mut self, folder: &str) -> Result<()> {
        if self.open.as_deref() == Some(folder) {
            return Ok(());
        }
        self.select(folder).await.map(drop)
    }

    /// Opens a folder read-only.
    pub async fn examine(&mut self, folder: &str) -> Result<FolderStatus> {
        let wire = utf7::encode(folder);
        self.open = None;
        let mailbox = call!(self, |s| s.examine(&wire).await)?;
        self.selected = Some(selected_of(&mailbox));
        Ok(status_of(&mailbox, true))
    }

    /// Creates a folder (parents as needed, per the server's rules) and
    /// subscribes to it, as other clients do: a folder made here is shown
    /// everywhere.
    pub async fn create_folder(&mut self, name: &str) -> Result<()> {
        let wire = utf7::encode(name);
        call!(self, |s| s.create(&wire).await)?;
        self.keep_subscribed(name).await
    }

    /// Renames a folder; the subscription follows it (RFC 3501 leaves
    /// that to the server, and not every server does it).
    pub async fn rename_folder(&mut self, from: &str, to: &str) -> Result<()> {
        let (from_wire, to_wire) = (utf7::encode(from), utf7::encode(to));
        self.open = None;
        call!(self, |s| s.rename(&from_wire, &to_wire).await)?;
        self.keep_subscribed(to).await
    }

    /// SUBSCRIBE after CREATE or RENAME: a refusal (the server keeps no
    /// subscriptions) is not the user's problem, a lost connection is.
    async fn keep_subscribed(&mut self, name: &str) -> Result<()> {
        match self.subscribe(name).await {
            Err(err) if err.kind() == crate::error::ErrorKind::Protocol => {
                log::debug!("the server refused to subscribe a new folder: {err}");
                Ok(())
            }
            other => other,
        }
    }

    /// The names of the subscribed folders (LSUB), decoded. A server with
    /// LIST-EXTENDED answers LSUB too (RFC 5258 keeps it), and async-imap
    /// parses its replies, so one command serves every server.
    pub async fn subscribed_names(&mut self) -> Result<Vec<String>> {
        let names: Vec<Option<String>> = call!(self, |s| {
            let names = s.lsub(Some(""), Some("*")).await?;
            names
                .map_ok(|n| unescape_quoted(n.name()).map(|wire| utf7::decode(&wire)))
                .try_collect::<Vec<_>>()
                .await
        })?;
        Ok(names.into_iter().flatten().collect())
    }

    /// Deletes a folder and the mail in it.
    pub async fn delete_folder(&mut self, name: &str) -> Result<()> {
        let wire = utf7::encode(name);
        self.open = None;
        call!(self, |s| s.delete(&wire).await)
    }

    /// Subscribes to a folder (so other clients show it too).
    pub async fn subscribe(&mut self, name: &str) -> Result<()> {
        let command = format!("SUBSCRIBE {}", quote(&utf7::encode(name))?);
        self.simple(command).await
    }

    /// Unsubscribes from a folder: it stays on the server, but clients that
    /// follow subscriptions (this one included) stop showing it.
    pub async fn unsubscribe(&mut self, name: &str) -> Result<()> {
        let command = format!("UNSUBSCRIBE {}", quote(&utf7::encode(name))?);
        self.simple(command).await
    }
}

fn selected_of(mailbox: &async_imap::types::Mailbox) -> super::asked::Selected {
    super::asked::Selected {
        exists: mailbox.exists,
        uid_next: mailbox.uid_next,
    }
}

fn status_of(mailbox: &async_imap::types::Mailbox, examine: bool) -> FolderStatus {
    let keywords_allowed = mailbox
        .permanent_flags
        .iter()
        .any(|f| matches!(f, async_imap::types::Flag::MayCreate));
    FolderStatus {
        exists: mailbox.exists,
        uid_validity: mailbox.uid_validity,
        uid_next: mailbox.uid_next,
        highest_modseq: mailbox.highest_modseq,
        keywords_allowed,
        read_only: examine || mailbox.permanent_flags.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::unescape_quoted;

    #[test]
    fn quoted_names_are_unescaped_and_unusable_ones_refused() {
        assert_eq!(unescape_quoted(r"a\\b").as_deref(), Some(r"a\b"));
        assert_eq!(
            unescape_quoted(r#"say \"hi\""#).as_deref(),
            Some(r#"say "hi""#)
        );
        assert_eq!(
            unescape_quoted("Projekty/&AXs-").as_deref(),
            Some("Projekty/&AXs-")
        );
        assert_eq!(unescape_quoted(""), None);
        assert_eq!(unescape_quoted("bad\u{0}name"), None);
        assert_eq!(unescape_quoted("two\r\nlines"), None);
    }
}
