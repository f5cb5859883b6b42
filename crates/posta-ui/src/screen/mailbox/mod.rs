//! The everyday main window: folders of every account on the left, the
//! message list, the reader under it, a toolbar and a status bar with sync
//! progress and the offline state.
//!
//! Everything is drawn from the local store. What the user does goes to
//! the account's worker ([`posta_core::worker`]), which writes it to the
//! store and the offline queue and tells us to redraw (`StoreChanged`);
//! while an account has no worker (no password yet, or in tests) the same
//! offline-first actions run here directly, so nothing waits on a server.
//!
//! As an iced screen, [`Mailbox::update`] returns an [`Action`]: replies,
//! forwards, new messages and folder sharing belong to other screens.

mod accounts;
mod bars;
mod browse;
mod choices;
mod conversation;
mod dialogs;
mod drafts;
mod drag;
mod everyday;
mod folders;
mod help;
mod keys;
mod list_order;
mod new_mail;
mod ops;
mod outbox;
mod outbox_view;
pub mod reader;
mod room;
mod selection;
mod source;
mod switch;
mod tag_manager;
mod undo;
mod view;
mod worker;

use iced::keyboard::{self, Modifiers};
use iced::{Subscription, Task};

use crate::widget::folder_tree::{self, Selected};
use crate::widget::message_list::{self, MessageList};
use posta_core::store::{AccountConfig, FolderRow, KeyringError, MessageRow, PostaHome, TagDef};
use posta_core::sync::imap::{with_store, SharedStore};
use posta_core::sync::Progress;
use posta_core::worker::Handle;
use posta_core::Secret;

pub use bars::{BarMessage, PASSWORD_INPUT};
pub use choices::{FilterChoice, FolderChoice, TagChoice};
pub use dialogs::{Dialog, Message as DialogMessage, NAME_INPUT};
pub use drag::Pointer;
pub use everyday::Request as EverydayRequest;
pub use new_mail::note_for;
pub use outbox::{Done as OutboxDone, OutboxMessage, OutboxView};
pub use selection::Mode;
pub use source::Source;
pub use tag_manager::Message as TagManagerMessage;
pub use undo::{Last as UndoNotice, State as UndoState, UNDO_SHOWN};
pub use view::{MOVE_MENU, SEARCH_INPUT};
pub use worker::{FromWorker, Report};

use reader::Reader;
use selection::Selection;
use source::Listing;

/// What a new message is to be: the compose screen handles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compose {
    /// A blank message from this account.
    New {
        /// Account id.
        account: i64,
    },
    /// A reply to the sender.
    Reply {
        /// Store message id.
        message_id: i64,
    },
    /// A reply to the sender and every recipient.
    ReplyAll {
        /// Store message id.
        message_id: i64,
    },
    /// The message forwarded.
    Forward {
        /// Store message id.
        message_id: i64,
    },
    /// A saved draft, to go on writing.
    Draft {
        /// Store message id.
        message_id: i64,
    },
}

/// What the mailbox asks the application to do.
pub enum Action {
    /// Nothing.
    None,
    /// Run this task.
    Run(Task<Message>),
    /// Open the composer.
    Compose(Compose),
    /// Open the sharing dialog for this folder.
    Share {
        /// Folder id.
        folder_id: i64,
    },
    /// Show the whole window in this language (and remember it).
    Language(posta_i18n::Language),
    /// Open the wizard to add another account.
    AddAccount,
    /// Open the settings (on this account's first section, or General).
    Settings(Option<i64>),
}

/// What can happen in the mailbox.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Something happened in the folder pane.
    Folders(folder_tree::Event),
    /// Something happened in the message list.
    List(message_list::Event),
    /// Something happened in the reader.
    Reader(reader::Message),
    /// Something happened in the open dialog.
    Dialog(dialogs::Message),
    /// A key was pressed outside any text field.
    Key(keyboard::Key, Modifiers),
    /// Shift, Ctrl or Alt went down or up.
    Modifiers(Modifiers),
    /// The search text changed.
    SearchChanged(String),
    /// "Search on the server" was pressed.
    SearchServer,
    /// Mark the selection read, or unread when it is all read.
    ToggleRead,
    /// Star the selection, or unstar it when it is all starred.
    ToggleStar,
    /// Delete the selection (to Trash where there is one).
    Delete,
    /// Move the selection to a folder.
    MoveTo(FolderChoice),
    /// The Move or Tag menu opened (true) or closed.
    MenuOpen(bool),
    /// Archive, Junk / Not junk, Mark all as read or Empty Trash.
    Everyday(everyday::Request),
    /// Show or hide the keyboard help.
    Help(bool),
    /// Group the open folder by conversation, or stop.
    Threaded(bool),
    /// A collapsed message of the open conversation was clicked.
    OpenInConversation(i64),
    /// An entry of the tag menu was chosen.
    Tag(TagChoice),
    /// The tag filter changed.
    Filter(FilterChoice),
    /// A quick filter (unread, starred) was turned on or off.
    Only(posta_core::store::Only),
    /// "New message".
    NewMessage,
    /// "New folder".
    NewFolder,
    /// "Rename folder".
    RenameFolder,
    /// "Delete folder".
    DeleteFolder,
    /// "Share this folder…".
    ShareFolder,
    /// "Sync now".
    SyncNow,
    /// The user picked a language in the status bar.
    LanguageSelected(posta_i18n::Language),
    /// The user asked to add another account.
    AddAccount,
    /// "Cancel" beside the sync progress.
    CancelSync,
    /// An account worker started or reported something.
    Worker(FromWorker),
    /// The keyring answered for an account's password.
    PasswordLoaded(i64, Result<Secret, KeyringError>),
    /// The notice at the bottom was closed.
    DismissNotice,
    /// Open "Make room" or the POP3 server mailbox for an account.
    OpenRoom(i64, crate::screen::room::Kind),
    /// Something happened in "Make room" or the server mailbox.
    Room(crate::screen::room::Message),
    /// A held-back message's placeholder row was used.
    Placeholder(room::Placeholder),
    /// Open "Move to IMAP" for a POP3 account.
    OpenSwitch(i64),
    /// Something happened in "Move to IMAP".
    Switch(crate::screen::switch::Message),
    /// A new-mail notification was clicked.
    Notified(crate::notify::Opened),
    /// Something happened in the tag manager.
    TagManager(tag_manager::Message),
    /// Something happened in an account's password or certificate bar.
    Bar(BarMessage),
    /// "Settings" in the status bar.
    OpenSettings,
    /// The pointer moved or let go while a press on a message was held.
    Pointer(drag::Pointer),
    /// Something happened in the Outbox.
    Outbox(OutboxMessage),
    /// Undo the last change (the button or Ctrl+Z).
    Undo,
    /// The Undo line was closed.
    DismissUndo,
    /// A second passed while the Undo line shows.
    UndoTick,
}

/// One account as the mailbox knows it.
#[derive(Debug, Clone)]
pub struct Account {
    /// Its settings.
    pub config: AccountConfig,
    /// Its folders with counts, from the store.
    pub folders: Vec<FolderRow>,
    /// Its tag definitions, from the store.
    pub tags: Vec<TagDef>,
    /// Changes waiting for the server.
    pub queued: usize,
    /// Whether the server was reachable at the last try (`None`: unknown).
    pub online: Option<bool>,
    /// The running sync's progress.
    pub progress: Option<Progress>,
    /// The server's quota as last read (IMAP).
    pub quota: Vec<posta_core::imap::QuotaUsage>,
    /// What is on the POP3 server, as last listed.
    pub server: Vec<posta_core::sync::pop3::ServerMessage>,
    /// The password the worker logs in with, once known.
    password: Option<Secret>,
    /// The worker, once started.
    worker: Option<Handle>,
    /// The colour the user gave the account.
    pub color: Option<iced::Color>,
    /// The kept local mail of a removed account: no server, no worker.
    pub local: bool,
    /// What waits in its outbox, oldest first.
    pub outbox: Vec<posta_core::smtp::OutboxEntry>,
}

impl Account {
    fn new(config: AccountConfig) -> Account {
        Account {
            config,
            folders: Vec::new(),
            tags: Vec::new(),
            queued: 0,
            online: None,
            progress: None,
            quota: Vec::new(),
            server: Vec::new(),
            password: None,
            worker: None,
            color: None,
            local: false,
            outbox: Vec::new(),
        }
    }

    /// The account's inbox.
    fn inbox(&self) -> Option<&FolderRow> {
        self.folders
            .iter()
            .find(|f| f.role == Some(posta_core::imap::SpecialUse::Inbox) && !f.shared)
    }
}

/// The mailbox screen.
pub struct Mailbox {
    store: SharedStore,
    accounts: Vec<Account>,
    selected: Selected,
    listing: Listing,
    list: MessageList,
    selection: Selection,
    reader: Option<Reader>,
    search: String,
    /// Accounts still searching on their server for the search text.
    server_searching: usize,
    /// What the list showed before a search began.
    before_search: Source,
    modifiers: Modifiers,
    dialog: Option<Dialog>,
    notice: Option<String>,
    /// A notice kept as data and worded when shown (a sending outcome, an
    /// account's problem); `notice`, when set, is shown instead.
    said: Option<crate::said::Said>,
    /// When sync progress last made us read the store again.
    progress_refresh: Option<std::time::Instant>,
    /// "Make room" or the POP3 server mailbox, over the list.
    room: Option<crate::screen::room::Room>,
    /// "Move to IMAP", over the list.
    switch: Option<crate::screen::switch::Switch>,
    /// Where the config lives (a move to IMAP rewrites it).
    home: PostaHome,
    /// The tag manager, over the window.
    tag_manager: Option<tag_manager::TagManager>,
    /// Shows new-mail notifications.
    notifier: std::sync::Arc<dyn crate::notify::Notifier>,
    /// Accounts waiting for a password or a certificate decision.
    bars: Vec<bars::Bar>,
    /// A draft to edit once its body is downloaded.
    draft_to_edit: Option<i64>,
    /// The keyboard help is shown (`?`).
    help: bool,
    /// The Outbox, over the list.
    outbox: Option<OutboxView>,
    /// The Move or Tag menu is open: Escape closes it first.
    menu_open: bool,
    /// Flipped to close the menus (their widgets start afresh).
    menus_reset: bool,
    /// The last change, with its Undo.
    undo: Option<undo::Last>,
    /// A press on a message that may become a drag onto a folder.
    drag: Option<drag::Drag>,
}

impl std::fmt::Debug for Mailbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailbox")
            .field("accounts", &self.accounts.len())
            .field("selected", &self.selected)
            .field("total", &self.list.total())
            .finish_non_exhaustive()
    }
}

impl Mailbox {
    /// The mailbox over `store` for these accounts, showing the first
    /// account's inbox. No worker runs until a password is known
    /// ([`Mailbox::load_passwords`], [`Mailbox::set_password`]) or one is
    /// attached ([`Mailbox::attach_worker`]).
    pub fn new(store: SharedStore, accounts: Vec<AccountConfig>) -> Mailbox {
        let mut mailbox = Mailbox {
            store,
            accounts: accounts.into_iter().map(Account::new).collect(),
            selected: Selected::Nothing,
            listing: Listing::default(),
            list: MessageList::new(),
            selection: Selection::default(),
            reader: None,
            search: String::new(),
            server_searching: 0,
            before_search: Source::Nothing,
            modifiers: Modifiers::empty(),
            dialog: None,
            notice: None,
            said: None,
            progress_refresh: None,
            room: None,
            switch: None,
            home: PostaHome::from_env()
                .unwrap_or_else(|_| PostaHome::at(std::env::current_dir().unwrap_or_default())),
            tag_manager: None,
            notifier: std::sync::Arc::new(crate::notify::Desktop),
            bars: Vec::new(),
            draft_to_edit: None,
            help: false,
            outbox: None,
            menu_open: false,
            menus_reset: false,
            undo: None,
            drag: None,
        };
        let ensured = with_store(&mailbox.store, |s| {
            for account in &mailbox.accounts {
                s.ensure_account(account.config.id, &account.config.name)?;
            }
            Ok(())
        });
        if let Err(err) = ensured {
            mailbox.notice = Some(ops::store_problem(&err));
        }
        mailbox.reload_accounts();
        if let Some(inbox) = mailbox
            .accounts
            .iter()
            .find_map(|a| a.inbox().map(|f| f.id))
        {
            let _ = mailbox.open_folder(inbox);
        }
        #[cfg(feature = "test-kit")]
        mailbox.screenshot_from_env();
        #[cfg(feature = "test-kit")]
        mailbox.bar_screenshot_from_env();
        #[cfg(feature = "test-kit")]
        mailbox.tag_manager_from_env();
        #[cfg(feature = "test-kit")]
        mailbox.conversation_screenshot_from_env();
        mailbox
    }

    /// Reads every account's password from the keyring; each answer comes
    /// back as [`Message::PasswordLoaded`] and starts that account's worker.
    pub fn load_passwords(&self) -> Task<Message> {
        Task::batch(
            self.accounts
                .iter()
                .filter(|a| a.password.is_none() && !a.local)
                .map(|a| {
                    let (id, user) = (a.config.id, a.config.user.clone());
                    Task::perform(
                        async move { posta_core::store::keyring::load_password(id, &user).await },
                        move |result| Message::PasswordLoaded(id, result),
                    )
                }),
        )
    }

    /// Gives an account its password (e.g. one typed in the wizard that
    /// could not go to the keyring); its worker starts.
    pub fn set_password(&mut self, account: i64, password: Secret) {
        if let Some(account) = self.account_mut(account) {
            account.password = Some(password);
        }
    }

    /// The mailbox with its config under `home` (else `POSTA_HOME` or the
    /// platform's data directory).
    pub fn with_home(mut self, home: PostaHome) -> Mailbox {
        self.home = home;
        self.reload_outbox();
        self
    }

    /// Uses a worker started elsewhere (tests run their own).
    pub fn attach_worker(&mut self, account: i64, handle: Handle) {
        let _ = self.update(Message::Worker(FromWorker::ready(account, handle)));
    }

    /// Keyboard shortcuts, and a worker per account with a password.
    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, modifiers, .. } => {
                Some(Message::Key(key, modifiers))
            }
            keyboard::Event::ModifiersChanged(modifiers) => Some(Message::Modifiers(modifiers)),
            _ => None,
        });
        let workers = self.accounts.iter().filter_map(|account| {
            let password = account.password.clone()?;
            Some(worker::subscription(
                account.config.clone(),
                password,
                self.store.clone(),
            ))
        });
        let clicks = Self::notification_clicks();
        let undo = self.undo_subscription();
        Subscription::batch([keys, clicks, undo].into_iter().chain(workers))
    }

    /// Applies a message; see [`Action`] for what comes back.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Folders(folder_tree::Event::Folder(id)) => {
                self.outbox = None;
                self.open_folder(id)
            }
            Message::Folders(folder_tree::Event::Unified) => {
                self.outbox = None;
                self.open_unified()
            }
            Message::Folders(folder_tree::Event::Outbox(account)) => {
                self.outbox_message(OutboxMessage::Open(account))
            }
            Message::Outbox(message) => self.outbox_message(message),
            Message::Folders(folder_tree::Event::MakeRoom(account)) => {
                self.open_room(account, crate::screen::room::Kind::MakeRoom)
            }
            Message::Folders(folder_tree::Event::AccountSettings(account)) => {
                Action::Settings(Some(account))
            }
            Message::OpenSettings => Action::Settings(None),
            Message::Pointer(pointer) => self.pointer(pointer),
            Message::Folders(folder_tree::Event::DropOn(id)) => self.dropped_on(id),
            Message::Folders(folder_tree::Event::ServerMailbox(account)) => {
                self.open_room(account, crate::screen::room::Kind::Server)
            }
            Message::OpenRoom(account, kind) => self.open_room(account, kind),
            Message::Room(message) => self.room_message(message),
            Message::Placeholder(choice) => self.placeholder(choice),
            Message::OpenSwitch(account) => self.open_switch(account),
            Message::Switch(message) => self.switch_message(message),
            Message::Notified(opened) => self.open_notified(opened),
            Message::TagManager(message) => self.tag_manager_message(message),
            Message::List(event) => self.list_event(event),
            Message::Reader(message) => self.reader_message(message),
            Message::Dialog(message) => self.dialog_message(message),
            Message::Key(key, modifiers) => self.key(&key, modifiers),
            Message::Modifiers(modifiers) => {
                self.modifiers = modifiers;
                Action::None
            }
            Message::SearchChanged(text) => self.search_changed(text),
            Message::SearchServer => self.search_server(),
            Message::ToggleRead => self.toggle_read(),
            Message::ToggleStar => self.toggle_star(),
            Message::Delete => self.delete_selection(),
            Message::MoveTo(choice) => self.move_selection(choice.id),
            Message::MenuOpen(open) => {
                self.menu_open = open;
                Action::None
            }
            Message::Everyday(request) => self.everyday(request),
            Message::Threaded(on) => self.set_threaded(on),
            Message::OpenInConversation(id) => self.open_in_conversation(id),
            Message::Help(shown) => {
                self.help = shown;
                Action::None
            }
            Message::Tag(choice) => self.tag_menu(choice),
            Message::Filter(choice) => self.filter(choice),
            Message::Only(only) => self.quick_filter(only),
            Message::NewMessage => self.new_message(),
            Message::NewFolder => self.open_new_folder(),
            Message::RenameFolder => self.open_rename_folder(),
            Message::DeleteFolder => self.open_delete_folder(),
            Message::ShareFolder => self.share_folder(),
            Message::SyncNow => self.sync_now(),
            Message::LanguageSelected(language) => Action::Language(language),
            Message::AddAccount => Action::AddAccount,
            Message::CancelSync => self.cancel_sync(),
            Message::Worker(report) => self.worker_report(report),
            Message::PasswordLoaded(account, result) => self.password_loaded(account, result),
            Message::Bar(message) => Action::Run(self.bar_message(message)),
            Message::DismissNotice => {
                self.notice = None;
                self.said = None;
                Action::None
            }
            Message::Undo => self.undo_last(),
            Message::DismissUndo => {
                self.undo = None;
                Action::None
            }
            Message::UndoTick => {
                self.undo_tick();
                Action::None
            }
        }
    }

    // --- What tests and the application read -------------------------

    /// The accounts.
    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }

    /// What the folder pane has selected.
    pub fn selected(&self) -> Selected {
        self.selected
    }

    /// The number of rows in the list.
    pub fn total(&self) -> usize {
        self.list.total()
    }

    /// The row at `index`, if in memory.
    pub fn row(&self, index: usize) -> Option<&MessageRow> {
        self.list.get(index)
    }

    /// The selected message ids.
    pub fn selection(&self) -> Vec<i64> {
        self.selection.ids()
    }

    /// The open message, if any.
    pub fn reader(&self) -> Option<&Reader> {
        self.reader.as_ref()
    }

    /// True while the Move or Tag menu is open.
    pub fn menu_open(&self) -> bool {
        self.menu_open
    }

    /// The open dialog, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The notice shown at the bottom, if any, in the language chosen now.
    pub fn notice(&self) -> Option<String> {
        self.notice
            .clone()
            .or_else(|| self.said.as_ref().map(crate::said::Said::words))
    }

    /// The list's source.
    pub fn source(&self) -> &Source {
        self.listing.source()
    }

    fn account(&self, id: i64) -> Option<&Account> {
        self.accounts.iter().find(|a| a.config.id == id)
    }

    fn account_mut(&mut self, id: i64) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.config.id == id)
    }

    /// The folder with this id, and its account.
    fn folder(&self, id: i64) -> Option<(&Account, &FolderRow)> {
        self.accounts
            .iter()
            .find_map(|a| a.folders.iter().find(|f| f.id == id).map(|f| (a, f)))
    }

    /// The folder selected in the pane.
    fn selected_folder(&self) -> Option<(&Account, &FolderRow)> {
        match self.selected {
            Selected::Folder(id) => self.folder(id),
            _ => None,
        }
    }

    /// The account the toolbar acts for: the selected folder's, else the
    /// open message's, else the first.
    fn current_account(&self) -> Option<&Account> {
        self.selected_folder()
            .map(|(a, _)| a)
            .or_else(|| {
                let folder = self.reader.as_ref()?.message().folder_id;
                self.folder(folder).map(|(a, _)| a)
            })
            .or_else(|| self.accounts.first())
    }
}
