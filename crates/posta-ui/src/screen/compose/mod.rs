//! The compose window: a new message, a reply (to all) or a forward, with
//! attachments, sent through the account's outgoing server — or kept in
//! the outbox when the server cannot be reached — and filed in Sent;
//! "Save draft" files it in Drafts.
//!
//! As an iced screen, [`Compose::update`] returns an [`Action`]: work off
//! the UI thread ([`Action::Run`]) and closing ([`Action::Close`], with a
//! sentence for the status bar). The sending itself is
//! [`posta_core::compose`]'s.

mod attach;
mod completion;
mod highlight;
mod open;
#[cfg(feature = "test-kit")]
pub mod screenshot;
mod send;
mod spell_view;
pub mod spelling;
mod view;

use std::path::PathBuf;

use iced::widget::text_editor;
use iced::Task;

use posta_core::compose::{self, parse_addresses, Attachment, Built, Draft, DraftProblem};
use posta_core::message::Address;
use posta_core::store::{AccountConfig, PostaHome};
use posta_core::sync::imap::SharedStore;
use posta_core::Secret;
use posta_i18n::t;

use crate::said::Said;

pub use attach::{picker_available, Picker};
pub use completion::{Completion, Field};
pub use open::{open, OpenError};
use send::{describe, send_context, send_task};

/// Ids of the window's fields, for focus and tests.
pub mod ids {
    use iced::widget::Id;

    /// The To field.
    pub const TO: Id = Id::new("compose-to");
    /// The Cc field.
    pub const CC: Id = Id::new("compose-cc");
    /// The Bcc field.
    pub const BCC: Id = Id::new("compose-bcc");
    /// The subject field.
    pub const SUBJECT: Id = Id::new("compose-subject");
    /// The text.
    pub const BODY: Id = Id::new("compose-body");
    /// The file path field shown when no file dialog is available.
    pub const PATH: Id = Id::new("compose-path");
}

/// What the message answers, for the window's title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A new message.
    New,
    /// A reply to the sender.
    Reply,
    /// A reply to everyone.
    ReplyAll,
    /// A forward.
    Forward,
}

/// Where the window stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Being written.
    Editing,
    /// "Send" was pressed; waiting for the server.
    Sending,
    /// "Save draft" was pressed.
    Saving,
    /// The draft is saved.
    DraftSaved,
    /// Something to fix, in a translated sentence.
    Problem(String),
}

/// What the compose window needs from the application.
#[derive(Debug, Clone)]
pub struct Context {
    /// Posta's home (outbox, uploads).
    pub home: PostaHome,
    /// The store.
    pub store: SharedStore,
    /// The sending account.
    pub account: AccountConfig,
    /// The outgoing server's password if the application knows it; read
    /// from the keyring when sending otherwise.
    pub password: Option<Secret>,
}

/// What can happen in the compose window.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The To field changed.
    To(String),
    /// The Cc field changed.
    Cc(String),
    /// The Bcc field changed.
    Bcc(String),
    /// The subject changed.
    Subject(String),
    /// The text was edited.
    Body(text_editor::Action),
    /// "Attach files…".
    Attach,
    /// The file dialog closed (`None`: nothing chosen, or no dialog).
    Picked(Option<Vec<PathBuf>>),
    /// The path field changed.
    Path(String),
    /// "Attach" beside the path field.
    AttachPath,
    /// A file was read (or why not, translated).
    Loaded(Result<Attachment, String>),
    /// Remove the attachment at this index.
    Remove(usize),
    /// "Send".
    Send,
    /// "Save draft".
    SaveDraft,
    /// "Discard".
    Discard,
    /// The send finished.
    Sent(Outcome),
    /// The draft was saved (its `Message-ID`), or why not (translated).
    Saved(Result<String, String>),
    /// Time to save what changed since the last save.
    Autosave,
    /// Close the window, keeping what was written as a draft (Escape).
    Close,
    /// Another identity was chosen to send as.
    Identity(IdentityChoice),
    /// The person at this place in the completion list was clicked.
    Pick(usize),
    /// Spell checking.
    Spell(spelling::Message),
}

/// An identity in the "From" menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityChoice {
    /// Its index among the account's identities.
    pub index: usize,
    /// Name and address.
    pub label: String,
}

impl std::fmt::Display for IdentityChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// How "Send" ended, in translated sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Sent, and the copy filed.
    Sent,
    /// Sent, but the copy could not be filed (why).
    SentWithoutCopy(String),
    /// Waiting in the outbox: why (worded when shown), and the server.
    Queued {
        /// Why it was not sent.
        reason: crate::said::Kept,
        /// The outgoing server.
        host: String,
    },
    /// Not sent: something to fix first (what).
    Failed(String),
}

/// What the compose window asks the application to do.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task.
    Run(Task<Message>),
    /// Close the window; what to say (if anything) goes to the mailbox,
    /// worded when shown.
    Close(Option<Said>),
    /// Close the window and run this task (work that outlives it).
    CloseWith(Task<Message>),
}

/// The compose window.
#[derive(Debug)]
pub struct Compose {
    context: Context,
    kind: Kind,
    to: String,
    cc: String,
    bcc: String,
    subject: String,
    body: text_editor::Content,
    attachments: Vec<Attachment>,
    in_reply_to: Option<String>,
    references: Vec<String>,
    /// The message this forwards, to mark it `$Forwarded` once sent.
    forwards: Option<String>,
    picker: Picker,
    path: String,
    status: Status,
    /// The `Message-ID`s of this draft's saved versions the next save
    /// replaces (the one it was reopened from, or the last one saved).
    draft_ids: Vec<String>,
    /// The draft as last saved (or as opened): nothing to save while the
    /// window still holds exactly this.
    saved_as: Draft,
    /// A save in the background is under way.
    autosaving: bool,
    /// What to do once that save is done.
    after_save: AfterSave,
    /// The addresses the account sends as (settings); empty: its own.
    identities: Vec<posta_core::store::Identity>,
    /// The one chosen.
    identity: usize,
    /// Recipient completion under To, Cc and Bcc.
    completion: Completion,
    /// Misspelled words, the languages, the suggestion menu.
    spelling: spelling::Spelling,
}

/// What waits for a background save to finish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AfterSave {
    /// Nothing.
    Nothing,
    /// "Send" was pressed meanwhile.
    Send,
    /// The window is to close.
    Close,
}

/// How often what is being written is saved as a draft.
pub const AUTOSAVE_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

impl Compose {
    /// A window holding `draft` (empty for a new message).
    pub fn new(context: Context, kind: Kind, draft: Draft) -> Compose {
        let saved_as = draft.clone();
        let spelling = spelling::Spelling::new(&context.home, &compose::format_list(&draft.to));
        Compose {
            context,
            kind,
            to: compose::format_list(&draft.to),
            cc: compose::format_list(&draft.cc),
            bcc: compose::format_list(&draft.bcc),
            subject: draft.subject,
            body: text_editor::Content::with_text(&draft.body),
            attachments: draft.attachments,
            in_reply_to: draft.in_reply_to,
            references: draft.references,
            forwards: draft.forwards,
            picker: Picker::Idle,
            path: String::new(),
            status: Status::Editing,
            draft_ids: Vec::new(),
            saved_as,
            autosaving: false,
            after_save: AfterSave::Nothing,
            identities: Vec::new(),
            identity: 0,
            completion: Completion::default(),
            spelling,
        }
    }

    /// Offers these identities in the "From" menu, `chosen` first selected
    /// (the one a replied-to message was addressed to).
    pub fn with_identities(
        mut self,
        identities: Vec<posta_core::store::Identity>,
        chosen: usize,
    ) -> Compose {
        self.identity = chosen.min(identities.len().saturating_sub(1));
        self.identities = identities;
        self
    }

    /// The "From" choices when there is more than one identity.
    pub fn identity_choices(&self) -> Vec<IdentityChoice> {
        if self.identities.len() < 2 {
            return Vec::new();
        }
        self.identities
            .iter()
            .enumerate()
            .map(|(index, identity)| IdentityChoice {
                index,
                label: identity_address(identity).to_string(),
            })
            .collect()
    }

    /// The identity chosen, as a menu entry.
    pub fn identity_choice(&self) -> Option<IdentityChoice> {
        self.identity_choices().into_iter().nth(self.identity)
    }

    /// A window editing a saved draft whose `Message-ID` is `id`: the next
    /// save replaces it, sending removes it.
    pub fn reopened(context: Context, draft: Draft, id: Option<String>) -> Compose {
        let mut window = Compose::new(context, Kind::New, draft);
        window.draft_ids = id.into_iter().collect();
        window
    }

    /// The account the message is written from.
    pub fn account(&self) -> i64 {
        self.context.account.id
    }

    /// The `Message-ID`s of the saved versions of this draft.
    pub fn draft_ids(&self) -> &[String] {
        &self.draft_ids
    }

    /// Saves every [`AUTOSAVE_EVERY`] while the window is open; Escape
    /// closes it (keeping the draft), Ctrl+Enter sends.
    pub fn subscription(&self) -> iced::Subscription<Message> {
        let keys = iced::keyboard::listen().filter_map(|event| match event {
            iced::keyboard::Event::KeyPressed { key, modifiers, .. } => shortcut(&key, modifiers),
            _ => None,
        });
        iced::Subscription::batch([
            iced::time::every(AUTOSAVE_EVERY).map(|_| Message::Autosave),
            keys,
        ])
    }

    /// The window's title.
    pub fn title(&self) -> String {
        match self.kind {
            Kind::New => t!("compose-title-new"),
            Kind::Reply => t!("compose-title-reply"),
            Kind::ReplyAll => t!("compose-title-reply-all"),
            Kind::Forward => t!("compose-title-forward"),
        }
    }

    /// Where the window stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The attached files.
    pub fn attachments(&self) -> &[Attachment] {
        &self.attachments
    }

    /// The text as typed.
    pub fn body(&self) -> String {
        self.body.text()
    }

    /// The chosen identity's address, else the account's own, with the
    /// name recipients see.
    fn sender(&self) -> Address {
        if let Some(identity) = self.identities.get(self.identity) {
            return identity_address(identity);
        }
        let account = &self.context.account;
        Address {
            name: Some(account.display_name.clone()).filter(|n| !n.trim().is_empty()),
            email: account.email.clone(),
        }
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::To(value) => {
                self.complete(Field::To, &value);
                self.to = value;
            }
            Message::Cc(value) => {
                self.complete(Field::Cc, &value);
                self.cc = value;
            }
            Message::Bcc(value) => {
                self.complete(Field::Bcc, &value);
                self.bcc = value;
            }
            Message::Pick(index) => return Action::Run(self.pick(index)),
            Message::Subject(value) => {
                self.close_completion();
                self.subject = value;
            }
            Message::Body(action) => {
                self.close_completion();
                return Action::Run(self.body_edited(action));
            }
            Message::Spell(message) => return Action::Run(self.spell(message)),
            Message::Close if self.spelling.menu().is_some() => {
                return Action::Run(self.spell(spelling::Message::CloseMenu))
            }
            Message::Attach => return self.open_picker(),
            Message::Picked(paths) => return self.picked(paths),
            Message::Path(value) => self.path = value,
            Message::AttachPath => return self.attach_path(),
            Message::Loaded(result) => self.loaded(result),
            Message::Remove(index) => {
                if index < self.attachments.len() {
                    self.attachments.remove(index);
                }
            }
            Message::Send => return self.send(),
            Message::SaveDraft => return self.save_draft(),
            Message::Discard => return self.discard(),
            Message::Sent(result) => return self.sent(result),
            Message::Saved(result) => return self.saved(result),
            Message::Autosave => return self.autosave(),
            Message::Close => return self.close(),
            Message::Identity(choice) => self.identity = choice.index,
        }
        Action::None
    }

    /// The draft as typed, or the first thing to fix.
    fn draft(&self) -> Result<Draft, String> {
        let parse = |list: &str| {
            parse_addresses(list)
                .map_err(|bad| t!("compose-error-address", address = bad.0.as_str()))
        };
        Ok(Draft {
            from: self.sender(),
            to: parse(&self.to)?,
            cc: parse(&self.cc)?,
            bcc: parse(&self.bcc)?,
            subject: self.subject.trim().to_owned(),
            body: self.body.text(),
            attachments: self.attachments.clone(),
            in_reply_to: self.in_reply_to.clone(),
            references: self.references.clone(),
            forwards: self.forwards.clone(),
            reply_to: self.identities.get(self.identity).and_then(|identity| {
                let address = identity.reply_to.as_ref()?;
                Some(Address {
                    name: None,
                    email: address.clone(),
                })
            }),
        })
    }

    /// The message built from the draft, or a translated reason.
    fn built(&self) -> Result<Built, String> {
        compose::build(&self.draft()?).map_err(|problem| self.problem(problem))
    }

    /// A translated sentence for what keeps a draft from being a message.
    fn problem(&self, problem: DraftProblem) -> String {
        match problem {
            DraftProblem::NoRecipients => t!("compose-error-no-recipients"),
            DraftProblem::BadAddress(address) => {
                t!("compose-error-address", address = address.as_str())
            }
            DraftProblem::BadSender(address) => {
                t!("compose-error-sender", address = address.as_str())
            }
            DraftProblem::Invalid(details) => {
                t!("compose-error-invalid", details = details.as_str())
            }
        }
    }

    fn busy(&self) -> bool {
        matches!(self.status, Status::Sending | Status::Saving)
    }

    fn send(&mut self) -> Action {
        if self.busy() {
            return Action::None;
        }
        if self.autosaving {
            // Sending must remove the version being saved too: wait for it.
            self.after_save = AfterSave::Send;
            self.status = Status::Sending;
            return Action::None;
        }
        if self.context.account.smtp.is_none() {
            self.status = Status::Problem(t!("compose-error-no-smtp"));
            return Action::None;
        }
        let built = match self.built() {
            Ok(built) => built,
            Err(problem) => {
                self.status = Status::Problem(problem);
                return Action::None;
            }
        };
        self.status = Status::Sending;
        let context = self.context.clone();
        let subject = self.subject.clone();
        let drafts = self.draft_ids.clone();
        Action::Run(Task::perform(
            send_task(context, built, subject, drafts),
            Message::Sent,
        ))
    }

    fn sent(&mut self, outcome: Outcome) -> Action {
        match outcome {
            Outcome::Sent => Action::Close(Some(Said::Sent)),
            Outcome::SentWithoutCopy(details) => {
                Action::Close(Some(Said::SentWithoutCopy(details)))
            }
            // Closed only with the sentence saying it waits, why, and
            // when Posta tries again (the worker does at every check).
            Outcome::Queued { reason, host } => {
                let minutes = self.context.account.check_interval.div_ceil(60).max(1);
                Action::Close(Some(Said::Queued {
                    reason,
                    host,
                    minutes,
                }))
            }
            Outcome::Failed(problem) => {
                self.status = Status::Problem(problem);
                Action::None
            }
        }
    }

    fn save_draft(&mut self) -> Action {
        if self.busy() || self.autosaving {
            return Action::None;
        }
        match self.save_task() {
            Ok(task) => {
                self.status = Status::Saving;
                Action::Run(task)
            }
            Err(problem) => {
                self.status = Status::Problem(problem);
                Action::None
            }
        }
    }

    /// Whether the window holds something not saved yet.
    pub fn changed(&self) -> bool {
        self.draft().map_or(true, |draft| draft != self.saved_as)
    }

    /// Saves quietly when something changed; a draft that cannot be built
    /// yet (a half-typed address) waits for the next tick.
    fn autosave(&mut self) -> Action {
        if self.busy() || self.autosaving || !self.changed() {
            return Action::None;
        }
        match self.save_task() {
            Ok(task) => Action::Run(task),
            Err(_) => Action::None,
        }
    }

    /// Escape: saves what changed, then closes; the draft stays in Drafts.
    fn close(&mut self) -> Action {
        if self.busy() {
            return Action::None;
        }
        if self.autosaving {
            self.after_save = AfterSave::Close;
            return Action::None;
        }
        if !self.changed() {
            return Action::Close(None);
        }
        match self.save_task() {
            Ok(task) => {
                self.after_save = AfterSave::Close;
                Action::Run(task)
            }
            // Nothing valid to keep (e.g. an address being typed): the
            // user is told, and the window stays.
            Err(problem) => {
                self.status = Status::Problem(problem);
                Action::None
            }
        }
    }

    /// The window is closing with Posta: the save of what changed since
    /// the last one, if anything did (and it can be built).
    pub fn save_before_exit(&mut self) -> Option<Task<Message>> {
        if self.busy() || !self.changed() {
            return None;
        }
        self.save_task().ok()
    }

    /// "Discard": every saved version goes too.
    fn discard(&mut self) -> Action {
        if self.draft_ids.is_empty() {
            return Action::Close(None);
        }
        let context = send_context(&self.context, Secret::default());
        let ids = std::mem::take(&mut self.draft_ids);
        // The window closes at once; removing the versions is queued work
        // that cannot usefully fail in front of the user.
        Action::CloseWith(
            Task::future(async move {
                let _ = compose::remove_draft(&context, &ids).await;
            })
            .discard(),
        )
    }

    /// The save of what the window holds, off the UI thread.
    fn save_task(&mut self) -> Result<Task<Message>, String> {
        // A draft may lack recipients; what is typed must still be valid.
        let draft = self.draft()?;
        let built = compose::build_draft(&draft).map_err(|problem| self.problem(problem))?;
        self.autosaving = true;
        self.saved_as = draft;
        let account = self.context.account.clone();
        let context = send_context(&self.context, Secret::default());
        let previous = self.draft_ids.clone();
        Ok(Task::perform(
            async move {
                compose::save_draft(&context, &built, &previous)
                    .await
                    .map(|_| built.message_id)
                    .map_err(|err| describe(&err, &account))
            },
            Message::Saved,
        ))
    }

    fn saved(&mut self, result: Result<String, String>) -> Action {
        self.autosaving = false;
        match result {
            Ok(id) => {
                self.draft_ids = vec![id];
                if self.status == Status::Saving {
                    self.status = Status::DraftSaved;
                }
            }
            Err(problem) => {
                // Saved again at the next tick.
                self.saved_as = Draft::default();
                self.status = Status::Problem(problem);
                self.after_save = AfterSave::Nothing;
            }
        }
        match std::mem::replace(&mut self.after_save, AfterSave::Nothing) {
            AfterSave::Nothing => Action::None,
            AfterSave::Close => Action::Close(None),
            AfterSave::Send => {
                self.status = Status::Editing;
                self.send()
            }
        }
    }
}

/// The compose window's own keys: Escape closes, Ctrl+Enter sends, Ctrl+.
/// opens the spelling menu on the word at the cursor.
pub fn shortcut(
    key: &iced::keyboard::Key,
    modifiers: iced::keyboard::Modifiers,
) -> Option<Message> {
    use iced::keyboard::{key::Named, Key};
    match key.as_ref() {
        Key::Named(Named::Escape) => Some(Message::Close),
        Key::Named(Named::Enter) if modifiers.command() => Some(Message::Send),
        Key::Character(".") if modifiers.command() => {
            Some(Message::Spell(spelling::Message::MenuAtCursor))
        }
        _ => None,
    }
}

/// An identity as a sender address.
fn identity_address(identity: &posta_core::store::Identity) -> Address {
    Address {
        name: Some(identity.name.clone()).filter(|n| !n.trim().is_empty()),
        email: identity.email.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{key::Named, Key, Modifiers};

    #[test]
    fn escape_closes_and_ctrl_enter_sends() {
        let enter = Key::Named(Named::Enter);
        assert_eq!(
            shortcut(&Key::Named(Named::Escape), Modifiers::empty()),
            Some(Message::Close)
        );
        assert_eq!(shortcut(&enter, Modifiers::CTRL), Some(Message::Send));
        assert_eq!(
            shortcut(&enter, Modifiers::empty()),
            None,
            "Enter is a new line"
        );
        assert_eq!(shortcut(&Key::Character("n".into()), Modifiers::CTRL), None);
    }
}
