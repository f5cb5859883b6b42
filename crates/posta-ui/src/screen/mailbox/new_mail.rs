//! New mail announced on the desktop (one notification per batch and
//! account), a click on it opening the message, and the unread count the
//! window title shows.

use futures::StreamExt;
use iced::Subscription;

use super::{Mailbox, Message};
use crate::notify::{Note, Opened};
use posta_core::imap::SpecialUse;
use posta_core::store::Config;
use posta_core::sync::new_mail::NewMail;
use posta_core::sync::with_store;
use posta_i18n::t;

/// The notification for a batch of new mail in one account: sender and
/// subject for one message, a counted sentence for several.
pub fn note_for(account: i64, account_name: &str, new: &[NewMail]) -> Option<Note> {
    let (first, rest) = new.split_first()?;
    let app_name = t!("notify-app-name");
    if rest.is_empty() {
        return Some(Note {
            app_name,
            summary: first.from.clone(),
            body: first.subject.clone(),
            opens: Some(Opened {
                account,
                message_id: first.message_id,
            }),
        });
    }
    Some(Note {
        app_name,
        summary: t!("notify-new-mail", count = new.len()),
        body: account_name.to_owned(),
        opens: None,
    })
}

/// Clicked notifications, as messages.
fn clicked() -> impl futures::Stream<Item = Message> {
    match crate::notify::clicks() {
        Some(rx) => futures::stream::unfold(rx, |mut rx| async move {
            rx.recv()
                .await
                .map(|opened| (Message::Notified(opened), rx))
        })
        .boxed(),
        None => futures::stream::pending().boxed(),
    }
}

impl Mailbox {
    /// Listens for clicks on the notifications this window showed.
    pub(super) fn notification_clicks() -> Subscription<Message> {
        Subscription::run(clicked)
    }

    /// A worker found new mail: announce it unless the user switched
    /// notifications off (read from the config each time, so the switch
    /// takes effect at once).
    pub(super) fn new_mail(&mut self, account: i64, new: Vec<NewMail>) {
        let enabled = Config::load(&self.home).map_or(true, |c| c.notifications);
        if !enabled {
            return;
        }
        let Some(name) = self.account(account).map(|a| a.config.name.clone()) else {
            return;
        };
        if let Some(note) = note_for(account, &name, &new) {
            self.notifier.show(note);
        }
    }

    /// A notification was clicked: its message in its folder.
    pub(super) fn open_notified(&mut self, opened: Opened) -> super::Action {
        let row = with_store(&self.store, |s| Ok(s.message(opened.message_id)?))
            .ok()
            .flatten();
        let Some(row) = row else {
            return super::Action::None;
        };
        let action = self.open_folder(row.folder_id);
        self.open_message(row);
        action
    }

    /// The account's worker, once started (the share dialog uses it).
    pub fn worker(&self, account: i64) -> Option<posta_core::worker::Handle> {
        self.account(account).and_then(|a| a.worker.clone())
    }

    /// Unread messages in the accounts' own inboxes (the window title).
    pub fn inbox_unread(&self) -> u64 {
        self.accounts
            .iter()
            .flat_map(|a| a.folders.iter())
            .filter(|f| f.role == Some(SpecialUse::Inbox) && !f.shared)
            .map(|f| f.unread)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(id: i64) -> NewMail {
        NewMail {
            message_id: id,
            folder_id: 1,
            from: "Anna <anna@example.org>".into(),
            subject: format!("m{id}"),
        }
    }

    #[test]
    fn one_message_shows_sender_and_subject_several_a_count() {
        let one = note_for(1, "Praca", &[mail(7)]).expect("note");
        assert_eq!(one.summary, "Anna <anna@example.org>");
        assert_eq!(one.body, "m7");
        assert_eq!(
            one.opens,
            Some(Opened {
                account: 1,
                message_id: 7
            })
        );
        let three = note_for(1, "Praca", &[mail(1), mail(2), mail(3)]).expect("note");
        assert!(three.summary.contains('3'), "{}", three.summary);
        assert_eq!(three.body, "Praca");
        assert!(note_for(1, "Praca", &[]).is_none());
    }
}
