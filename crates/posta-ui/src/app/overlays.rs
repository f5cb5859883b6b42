//! The windows over the mailbox: compose (opening it with the focus in its
//! first field, passing it messages, closing it with its notice) and the
//! sharing dialog; and saving a message being written when Posta exits.

use iced::Task;

use super::{App, Message, Overlay, Screen};
use crate::screen::compose;
use crate::screen::mailbox;
use crate::screen::share;

impl App {
    /// Opens the compose window over the mailbox.
    pub(super) fn open_compose(&mut self, request: &mailbox::Compose) -> Task<Message> {
        let Some(store) = &self.store else {
            return Task::none();
        };
        let passwords = &self.session_passwords;
        if let Ok(window) = compose::open(
            request,
            &self.wizard_options.home,
            store,
            &self.accounts,
            |id| passwords.get(&id).cloned(),
        ) {
            let mut window = window;
            let focus = window.focus_first_field();
            let spelling = window.start_spelling().map(Message::Compose);
            self.overlay = Some(Overlay::Compose(Box::new(window)));
            return Task::batch([focus, spelling]);
        }
        Task::none()
    }

    /// Opens the sharing dialog over the mailbox.
    pub(super) fn open_share(&mut self, folder_id: i64) -> Task<Message> {
        let Some(store) = &self.store else {
            return Task::none();
        };
        let account = store
            .lock()
            .ok()
            .and_then(|s| s.folder(folder_id).ok().flatten())
            .map(|f| f.account);
        let worker = match (&self.screen, account) {
            (Screen::Mailbox(mailbox), Some(account)) => mailbox.worker(account),
            _ => None,
        };
        match share::open(store, &self.accounts, folder_id, worker) {
            Ok((dialog, action)) => {
                self.overlay = Some(Overlay::Share(Box::new(dialog)));
                self.share_action(action)
            }
            Err(_) => Task::none(),
        }
    }

    /// Passes a message to the compose window.
    pub(super) fn update_compose(&mut self, message: compose::Message) -> Task<Message> {
        let Some(Overlay::Compose(window)) = &mut self.overlay else {
            return Task::none();
        };
        let account = window.account();
        let saved = matches!(message, compose::Message::Saved(Ok(_)));
        let action = window.update(message);
        let closing = matches!(
            action,
            compose::Action::Close(_) | compose::Action::CloseWith(_)
        );
        // A saved, sent or discarded draft is in the durable queue: the
        // account's worker sends it now rather than at the next check.
        if let (true, Screen::Mailbox(mailbox)) = (saved || closing, &self.screen) {
            mailbox.draft_saved(account);
        }
        match action {
            compose::Action::None => Task::none(),
            compose::Action::Run(task) => task.map(Message::Compose),
            compose::Action::Close(notice) => {
                self.overlay = None;
                // "Sent", or queued with why and when it is tried again.
                if let Screen::Mailbox(mailbox) = &mut self.screen {
                    mailbox.compose_closed(notice);
                }
                Task::none()
            }
            compose::Action::CloseWith(task) => {
                self.overlay = None;
                task.map(Message::Compose)
            }
        }
    }

    /// Closing the window: a message being written is saved as a draft
    /// first (what changed since the last autosave), then Posta exits.
    pub(super) fn close_requested(&mut self) -> Task<Message> {
        let save = match &mut self.overlay {
            Some(Overlay::Compose(window)) => window.save_before_exit(),
            _ => None,
        };
        match save {
            Some(task) => task.map(Message::Compose).chain(iced::exit()),
            None => iced::exit(),
        }
    }

    /// Passes a message to the sharing dialog.
    pub(super) fn update_share(&mut self, message: share::Message) -> Task<Message> {
        let Some(Overlay::Share(dialog)) = &mut self.overlay else {
            return Task::none();
        };
        let action = dialog.update(message);
        self.share_action(action)
    }

    fn share_action(&mut self, action: share::Action) -> Task<Message> {
        match action {
            share::Action::None => Task::none(),
            share::Action::Run(task) => task.map(Message::Share),
            share::Action::Close => {
                self.overlay = None;
                Task::none()
            }
            share::Action::SetUpImap { .. } => {
                self.overlay = None;
                self.open_wizard();
                Task::none()
            }
        }
    }
}
