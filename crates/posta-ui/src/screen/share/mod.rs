//! "Share this folder…": who may use the folder (GETACL), sharing it with
//! someone — read only, read and write, full control, or rights chosen one
//! by one — (SETACL) and taking access away (DELETEACL). For a folder
//! someone shared with the user, what they may do in it (MYRIGHTS), and
//! why the rest is not allowed. A POP3 account cannot share: the dialog
//! says why and offers to set the account up again with IMAP.
//!
//! The server work goes through the account's worker (see `net.rs`).

mod net;
mod view;

use std::collections::BTreeSet;

use iced::Task;

use posta_core::account::Protocol;
use posta_core::imap::AclEntry;
use posta_core::rights::{normalize, Preset, ALL_RIGHTS};
use posta_core::store::{AccountConfig, FolderRow};
use posta_core::sync::imap::SharedStore;
use posta_i18n::t;

pub use net::Access;

/// Ids of the dialog's inputs, for focus and tests.
pub mod ids {
    use iced::widget::Id;

    /// The user name field.
    pub const PERSON: Id = Id::new("share-person");
    /// The choices: read only, read and write, full control, custom.
    pub const CHOICES: [Id; 4] = [
        Id::new("share-read-only"),
        Id::new("share-read-write"),
        Id::new("share-full"),
        Id::new("share-custom"),
    ];
}

/// What the dialog needs from the application.
#[derive(Debug, Clone)]
pub struct Context {
    /// The account the folder belongs to.
    pub account: AccountConfig,
    /// The store: the rights read from the server are kept there, so the
    /// mailbox can hide what the user may not do.
    pub store: SharedStore,
    /// The account's worker, which does the server work when running.
    pub worker: Option<posta_core::worker::Handle>,
}

/// What the person being added may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// One of the presets.
    Preset(Preset),
    /// The rights ticked one by one.
    Custom,
}

/// Where the dialog stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// POP3: nothing to share.
    Pop3,
    /// Waiting for the server.
    Loading,
    /// What the server said.
    Loaded(Access),
    /// The server could not be asked (translated).
    Failed(String),
}

/// What can happen in the dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The server answered (or not: a translated sentence).
    Loaded(Result<Access, String>),
    /// The user name field changed.
    Person(String),
    /// A preset (or "Custom") was chosen.
    Choose(Choice),
    /// A right was ticked or unticked in "Custom".
    Toggle(char, bool),
    /// "Share".
    Add,
    /// "Remove access" beside a person.
    Remove(String),
    /// A change was made (the sentence to show) or refused.
    Changed(Result<(Access, String), String>),
    /// "Close".
    Close,
    /// "Set up this account with IMAP" (POP3 accounts).
    SetUpImap,
}

/// What the dialog asks the application to do.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task.
    Run(Task<Message>),
    /// Close the dialog.
    Close,
    /// Open the setup wizard to add this account again with IMAP.
    SetUpImap {
        /// The POP3 account.
        account: i64,
    },
}

/// The sharing dialog of one folder.
#[derive(Debug)]
pub struct Share {
    context: Context,
    folder: FolderRow,
    state: State,
    person: String,
    choice: Choice,
    custom: BTreeSet<char>,
    busy: bool,
    /// The last change's outcome: `Ok` a confirmation, `Err` a problem.
    notice: Option<Result<String, String>>,
}

impl Share {
    /// The dialog for `folder`, and the task asking the server about it.
    pub fn new(context: Context, folder: FolderRow) -> (Share, Action) {
        let pop3 = context.account.protocol == Protocol::Pop3;
        let mut share = Share {
            context,
            folder,
            state: if pop3 { State::Pop3 } else { State::Loading },
            person: String::new(),
            choice: Choice::Preset(Preset::ReadOnly),
            custom: normalize(Preset::ReadOnly.rights()).chars().collect(),
            busy: false,
            notice: None,
        };
        let action = if pop3 { Action::None } else { share.reload() };
        (share, action)
    }

    /// Where the dialog stands.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The folder's name as the dialog shows it.
    pub fn folder_label(&self) -> &str {
        self.folder.leaf_name()
    }

    fn reload(&mut self) -> Action {
        let (context, folder) = (self.context.clone(), self.folder.clone());
        Action::Run(Task::perform(net::load(context, folder), Message::Loaded))
    }

    /// Applies a message.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(Ok(access)) => self.state = State::Loaded(access),
            Message::Loaded(Err(problem)) => self.state = State::Failed(problem),
            Message::Person(value) => self.person = value,
            Message::Choose(choice) => self.choose(choice),
            Message::Toggle(right, on) => {
                if on {
                    self.custom.insert(right);
                } else {
                    self.custom.remove(&right);
                }
            }
            Message::Add => return self.add(),
            Message::Remove(person) => return self.remove(person),
            Message::Changed(result) => self.changed(result),
            Message::Close => return Action::Close,
            Message::SetUpImap => {
                return Action::SetUpImap {
                    account: self.context.account.id,
                }
            }
        }
        Action::None
    }

    fn choose(&mut self, choice: Choice) {
        // "Custom" starts from the preset chosen before, so ticking one
        // more right is one click.
        if let (Choice::Custom, Choice::Preset(preset)) = (choice, self.choice) {
            self.custom = normalize(preset.rights()).chars().collect();
        }
        self.choice = choice;
    }

    /// The rights the person would get, in RFC order.
    pub fn chosen_rights(&self) -> String {
        match self.choice {
            Choice::Preset(preset) => preset.rights().to_owned(),
            Choice::Custom => ALL_RIGHTS
                .iter()
                .filter(|c| self.custom.contains(c))
                .collect(),
        }
    }

    fn add(&mut self) -> Action {
        let person = self.person.trim().to_owned();
        if person.is_empty() {
            self.notice = Some(Err(t!("share-error-person")));
            return Action::None;
        }
        let rights = self.chosen_rights();
        if rights.is_empty() {
            self.notice = Some(Err(t!("share-error-no-rights")));
            return Action::None;
        }
        self.busy = true;
        let (context, folder) = (self.context.clone(), self.folder.clone());
        Action::Run(Task::perform(
            net::grant(context, folder, person, rights),
            Message::Changed,
        ))
    }

    fn remove(&mut self, person: String) -> Action {
        self.busy = true;
        let (context, folder) = (self.context.clone(), self.folder.clone());
        Action::Run(Task::perform(
            net::revoke(context, folder, person),
            Message::Changed,
        ))
    }

    fn changed(&mut self, result: Result<(Access, String), String>) {
        self.busy = false;
        match result {
            Ok((access, confirmation)) => {
                self.state = State::Loaded(access);
                self.person.clear();
                self.notice = Some(Ok(confirmation));
            }
            Err(problem) => self.notice = Some(Err(problem)),
        }
    }

    /// Whether `entry` is the account's own (the owner's) entry.
    fn is_me(&self, entry: &AclEntry) -> bool {
        entry.identifier == self.context.account.user
    }
}

/// The last part of a folder's name.
trait LeafName {
    fn leaf_name(&self) -> &str;
}

impl LeafName for FolderRow {
    fn leaf_name(&self) -> &str {
        match self.delimiter {
            Some(d) => self.name.rsplit(d).next().unwrap_or(&self.name),
            None => &self.name,
        }
    }
}

/// The dialog for the folder `folder_id` of the store, as the mailbox asks
/// for it; `Err` is a translated sentence (the folder or its account is
/// gone).
pub fn open(
    store: &SharedStore,
    accounts: &[AccountConfig],
    folder_id: i64,
    worker: Option<posta_core::worker::Handle>,
) -> Result<(Share, Action), String> {
    let folder = posta_core::sync::imap::with_store(store, |s| Ok(s.folder(folder_id)?))
        .ok()
        .flatten()
        .ok_or_else(|| t!("compose-error-original-gone"))?;
    let account = accounts
        .iter()
        .find(|a| a.id == folder.account)
        .cloned()
        .ok_or_else(|| t!("compose-error-original-gone"))?;
    let context = Context {
        account,
        store: store.clone(),
        worker,
    };
    Ok(Share::new(context, folder))
}
