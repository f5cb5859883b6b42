//! The worker's loop: commands first, then wait — IDLE on the open folder,
//! a poll timer, or a back-off delay — each wait cut short by a command.

use std::sync::Arc;
use tokio::sync::{mpsc, Notify};

use super::{Backoff, Command, Event, Login};
use crate::account::Protocol;
use crate::error::{Error, ErrorKind, Result};
use crate::imap::{Folder, IdleOutcome, ImapSession};
use crate::reading::{self, Read};

/// The most messages a search on the server lists, per account.
const SERVER_HITS: usize = 500;
/// How long a search on the server may take, per account.
const SERVER_SEARCH_TIME: std::time::Duration = std::time::Duration::from_secs(60);
use crate::secret::Secret;
use crate::store::AccountLock;
use crate::store::{AccountConfig, FolderRow, Op};
use crate::sync::account::AccountSync;
use crate::sync::imap::sync_folder;
use crate::sync::{actions, tags, CancelToken, SyncOptions};
use crate::sync::{hold_account, with_store, SharedStore};

pub(super) struct Worker {
    pub(super) account: AccountConfig,
    pub(super) password: Secret,
    pub(super) store: SharedStore,
    pub(super) events: mpsc::UnboundedSender<Event>,
    wake: Arc<Notify>,
    pub(super) cancel: CancelToken,
    pub(super) session: Option<ImapSession>,
    open_folder: Option<i64>,
    /// When every folder is checked next (see `fresh.rs`).
    pub(super) next_check: tokio::time::Instant,
    /// What counts as new mail (see `fresh.rs`); set by the first sync.
    pub(super) new_mail: Option<crate::sync::new_mail::NewMailWatch>,
    backoff: Backoff,
    offline: bool,
    pub(super) login: Login,
    /// The account's lock, held from the first network step on (see
    /// `store::account_lock`): one Posta at a time per account.
    lock: Option<AccountLock>,
    /// Another Posta held the lock at the last try: said once, tried again
    /// every [`BUSY_RETRY`].
    busy: bool,
}

/// How often a worker whose account another Posta works on tries again.
const BUSY_RETRY: std::time::Duration = std::time::Duration::from_secs(2);

/// Errors that mean "the server is unreachable", worth a reconnect later.
fn is_connection_problem(err: &Error) -> bool {
    matches!(
        err.kind(),
        ErrorKind::HostNotFound
            | ErrorKind::ConnectionRefused
            | ErrorKind::TimedOut
            | ErrorKind::Io
    )
}

impl Worker {
    pub(super) fn new(
        account: AccountConfig,
        password: Secret,
        store: SharedStore,
        events: mpsc::UnboundedSender<Event>,
        wake: Arc<Notify>,
        cancel: CancelToken,
    ) -> Self {
        Worker {
            account,
            password,
            store,
            events,
            wake,
            cancel,
            session: None,
            open_folder: None,
            next_check: tokio::time::Instant::now(),
            new_mail: None,
            backoff: Backoff::new(),
            offline: false,
            login: Login::default(),
            lock: None,
            busy: false,
        }
    }

    pub(super) fn emit(&self, event: Event) {
        // The UI may have gone away; the worker then finishes its step.
        let _ = self.events.send(event);
    }

    pub(super) async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Command>) {
        let _ = with_store(&self.store, |s| {
            Ok(s.ensure_account(self.account.id, &self.account.name)?)
        });
        self.sync().await;
        loop {
            while let Ok(command) = commands.try_recv() {
                if !self.handle(command).await {
                    if let Some(session) = self.session.take() {
                        let _ = session.logout().await;
                    }
                    return;
                }
            }
            if commands.is_closed() && commands.is_empty() {
                return;
            }
            self.wait().await;
        }
    }

    /// Waits for something to do; runs a sync when the wait says so.
    async fn wait(&mut self) {
        if !self.may_connect() {
            // Waiting for a password or a certificate: only a command.
            self.wake.notified().await;
            return;
        }
        if self.busy {
            tokio::select! {
                () = tokio::time::sleep(BUSY_RETRY) => self.sync().await,
                () = self.wake.notified() => {}
            }
            return;
        }
        if self.offline {
            let delay = self.backoff.next_delay();
            tokio::select! {
                () = tokio::time::sleep(delay) => self.sync().await,
                () = self.wake.notified() => {}
            }
            return;
        }
        if self.check_due() {
            self.check().await;
            return;
        }
        let open = self
            .open_folder
            .and_then(|id| self.folder(id).ok().flatten());
        let can_idle = self.account.protocol == Protocol::Imap
            && self
                .session
                .as_ref()
                .is_some_and(|s| s.has_capability("IDLE"));
        if let (true, Some(folder)) = (can_idle, open.filter(|f| !f.local)) {
            let wake = self.wake.clone();
            let limit = self.idle_limit();
            let Some(session) = self.session.as_mut() else {
                return;
            };
            let notify = session.enable_notify().await.unwrap_or(false);
            let outcome = match session.select_for_change(&folder.name).await {
                Ok(()) => session.idle(limit, wake.notified()).await,
                Err(err) => Err(err),
            };
            match outcome {
                // With NOTIFY the news may be about any folder.
                Ok(IdleOutcome::Changed) if notify => self.check().await,
                Ok(IdleOutcome::Changed) => self.sync_open_folder().await,
                Ok(IdleOutcome::TimedOut) => self.idle_ended().await,
                Ok(IdleOutcome::Stopped) => {}
                Err(err) => self.lost(err),
            }
            return;
        }
        tokio::select! {
            () = tokio::time::sleep_until(self.next_check) => self.check().await,
            () = self.wake.notified() => {}
        }
    }

    pub(super) fn lost(&mut self, err: Error) {
        if self.login_failed(&err) {
            return;
        }
        if err.kind() == ErrorKind::AccountBusy {
            // Not the server's doing, and no reason to give up: said once.
            if !self.busy {
                self.emit(Event::Failed(err));
            }
            self.busy = true;
            return;
        }
        self.session = None;
        if is_connection_problem(&err) {
            if !self.offline {
                self.emit(Event::Online(false));
            }
            self.offline = true;
        }
        self.emit(Event::Failed(err));
    }

    fn folder(&self, id: i64) -> Result<Option<FolderRow>> {
        with_store(&self.store, |s| Ok(s.folder(id)?))
    }

    /// Takes the account's lock for good unless the worker holds it
    /// already; [`Error::AccountBusy`] while another Posta works on it.
    pub(super) async fn hold(&mut self) -> Result<()> {
        if self.lock.is_some() {
            return Ok(());
        }
        let lock = hold_account(&self.store, self.account.id, std::time::Duration::ZERO).await?;
        self.lock = Some(lock);
        self.busy = false;
        self.adopt_moved_account();
        Ok(())
    }

    /// After waiting for another Posta: the account it may have moved to
    /// IMAP meanwhile is what this worker works on from now on.
    fn adopt_moved_account(&mut self) {
        let Ok(home) = crate::store::PostaHome::from_env() else {
            return;
        };
        let configured = crate::store::Config::load(&home)
            .ok()
            .and_then(|c| c.accounts.into_iter().find(|a| a.id == self.account.id));
        if let Some(now) = configured.filter(|a| a.protocol != self.account.protocol) {
            self.account = now;
            self.session = None;
        }
    }

    pub(super) async fn session(&mut self) -> Result<&mut ImapSession> {
        if let Some(blocked) = self.login_blocked() {
            return Err(blocked);
        }
        self.hold().await?;
        if self.session.is_none() {
            self.session = Some(self.account_sync().connect().await?);
        }
        self.session
            .as_mut()
            .ok_or_else(|| Error::protocol("not connected"))
    }

    pub(super) fn queued(&self) {
        if let Ok(pending) = with_store(&self.store, |s| Ok(s.pending_ops(self.account.id)?.len()))
        {
            self.emit(Event::Queued(pending));
        }
    }

    /// The account's connect-and-sync path, shared with `posta sync`.
    fn account_sync(&self) -> AccountSync<'_> {
        AccountSync {
            account: &self.account,
            password: &self.password,
            store: &self.store,
            timeout: None,
        }
    }

    /// A full sync; connection problems switch to offline mode with back-off.
    pub(super) async fn sync(&mut self) {
        self.schedule_check();
        if !self.may_connect() {
            return;
        }
        self.cancel.reset();
        let result = self.sync_account().await;
        match result {
            Ok(summary) => {
                self.busy = false;
                if self.offline {
                    self.emit(Event::Online(true));
                }
                self.offline = false;
                self.backoff.reset();
                self.emit(Event::SyncDone(summary));
                self.emit(Event::StoreChanged);
                // What a big first sync left to index; a search shown
                // meanwhile is read again when it is done.
                let (store, events) = (self.store.clone(), self.events.clone());
                tokio::spawn(async move {
                    if crate::sync::indexer::catch_up(store).await > 0 {
                        let _ = events.send(Event::StoreChanged);
                    }
                });
                self.announce_new_mail();
                self.flush_outbox().await;
                // After the sync's appends and the outbox's copies in Sent.
                self.refresh_quota().await;
            }
            Err(Error::Cancelled) => self.emit(Event::StoreChanged),
            Err(err) => {
                self.emit(Event::StoreChanged);
                self.lost(err);
            }
        }
        self.queued();
    }

    /// Sends mail written while offline, now that the server answers.
    /// Whatever happened, the window reads the outbox again; a message the
    /// server refused is said at once, one that only waits is counted in
    /// the status bar (it is tried again by itself).
    pub(super) async fn flush_outbox(&mut self) {
        let Ok(home) = crate::store::PostaHome::from_env() else {
            return;
        };
        if self.hold().await.is_err() {
            // Another Posta works on the account: its flush sends them.
            return;
        }
        match self.account_sync().send_outbox(&home).await {
            None => {}
            Some(Ok(report)) => {
                if !report.sent.is_empty() || !report.failed.is_empty() {
                    self.emit(Event::StoreChanged);
                }
                for (_, failure) in report.failed {
                    if !failure.transient {
                        self.emit(Event::Failed(failure.error));
                    }
                }
            }
            Some(Err(error)) => self.emit(Event::Failed(error)),
        }
    }

    /// [`Worker::flush_outbox`] when something waits that may go by itself
    /// (not one held back until the user acts): at every check, so a
    /// message queued while only the outgoing server was away goes within
    /// the account's check interval.
    pub(super) async fn flush_waiting(&mut self) {
        let Ok(home) = crate::store::PostaHome::from_env() else {
            return;
        };
        let outbox = crate::smtp::Outbox::new(&home);
        let waiting = outbox
            .entries(self.account.id)
            .is_ok_and(|entries| entries.iter().any(|e| !e.meta.needs_attention));
        if waiting {
            self.flush_outbox().await;
        }
    }

    /// The sync of [`AccountSync::sync`] over the worker's connection.
    async fn sync_account(&mut self) -> Result<crate::sync::SyncSummary> {
        self.hold().await?;
        if self.account.protocol == Protocol::Imap {
            // The login's own checks (a refused password waits for a new one).
            self.session().await?;
        }
        let events = self.events.clone();
        let run = AccountSync {
            account: &self.account,
            password: &self.password,
            store: &self.store,
            timeout: None,
        };
        let options = run.options();
        run.sync(&mut self.session, &options, &self.cancel, &mut |event| {
            if let crate::sync::Event::Progress(p) = event {
                let _ = events.send(Event::Progress(p));
            }
        })
        .await
    }

    pub(super) async fn sync_open_folder(&mut self) {
        let Some(folder) = self
            .open_folder
            .and_then(|id| self.folder(id).ok().flatten())
        else {
            return;
        };
        let store = self.store.clone();
        let cancel = self.cancel.clone();
        let result = match self.session().await {
            Ok(session) => {
                sync_folder(
                    session,
                    &store,
                    &folder,
                    &SyncOptions::default(),
                    &cancel,
                    &mut |_| {},
                )
                .await
            }
            Err(err) => Err(err),
        };
        match result {
            Ok(_) => {
                self.emit(Event::StoreChanged);
                self.announce_new_mail();
            }
            Err(err) => self.lost(err),
        }
    }

    /// Handles one command; false to stop the worker.
    async fn handle(&mut self, command: Command) -> bool {
        let result = match command {
            Command::Shutdown => return false,
            Command::SyncNow => {
                self.sync().await;
                Ok(())
            }
            Command::Cancel => {
                self.cancel.cancel();
                Ok(())
            }
            Command::OpenFolder { folder_id } => {
                self.open_folder = Some(folder_id);
                if self.account.protocol == Protocol::Imap && !self.offline {
                    self.sync_open_folder().await;
                }
                Ok(())
            }
            Command::FetchBody { message_id } => self.fetch_body(message_id).await,
            Command::FetchPart {
                message_id,
                section,
            } => self.fetch_part(message_id, section).await,
            Command::SearchServer { text } => self.search_server(text).await,
            Command::SetFlags {
                message_ids,
                add,
                remove,
            } => {
                self.message_change(|s| actions::set_flags_many(s, &message_ids, &add, &remove))
                    .await
            }
            Command::Move {
                message_ids,
                to_folder,
            } => {
                self.message_change(|s| {
                    for id in &message_ids {
                        actions::move_message(s, *id, to_folder)?;
                    }
                    Ok(())
                })
                .await
            }
            Command::Delete { message_ids } => {
                self.message_change(|s| actions::delete_many(s, &message_ids))
                    .await
            }
            Command::CreateFolder { parent, name } => self.create_folder(parent, &name).await,
            Command::RenameFolder { folder_id, name } => self.rename_folder(folder_id, &name).await,
            Command::DeleteFolder { folder_id } => self.delete_folder(folder_id).await,
            Command::Subscribe {
                folder_id,
                subscribed,
            } => self.subscribe(folder_id, subscribed).await,
            Command::SaveTags => self.save_tags().await,
            Command::Access {
                folder_id,
                change,
                reply,
            } => self.access(folder_id, change, reply).await,
            Command::DeleteTag { keyword } => self.delete_tag(&keyword).await,
            Command::Everyday(action) => self.everyday(action).await,
            Command::Undo { before } => self.undo(before).await,
            Command::SendQueue => self.send_queue().await,
            Command::ListServer => self.list_server().await,
            Command::DeleteOnServer { uidls } => self.delete_on_server(uidls).await,
            Command::FetchFromServer { uidls } => self.fetch_from_server(uidls).await,
            Command::NewPassword { password, keep } => {
                self.new_password(password, keep).await;
                Ok(())
            }
            Command::AcceptCertificate { fingerprint, home } => {
                self.accept_certificate(fingerprint, &home).await;
                Ok(())
            }
            Command::Settings { account } => {
                self.reconfigure(*account).await;
                Ok(())
            }
            Command::SwitchToImap { imap, home } => {
                self.switch_to_imap(*imap, home).await;
                Ok(())
            }
        };
        match result {
            // Refused here by the folder's rights: the connection is fine.
            Err(err) if err.kind() == ErrorKind::NotAllowed => self.emit(Event::Failed(err)),
            Err(err) => self.lost(err),
            Ok(()) => {}
        }
        true
    }

    /// Applies a change of folders to the store (shown at once), then
    /// syncs when the server is reachable: a new, renamed or re-subscribed
    /// folder has mail to bring.
    pub(super) async fn local_change(
        &mut self,
        change: impl FnOnce(&crate::store::Store) -> Result<()>,
    ) -> Result<()> {
        with_store(&self.store, change)?;
        self.emit(Event::StoreChanged);
        self.queued();
        if self.account.protocol == Protocol::Imap && !self.offline {
            self.sync().await;
        }
        Ok(())
    }

    /// Applies a change of messages (flags, tags, a move, a deletion) to
    /// the store, journalled in the queue first, then sends the queue and
    /// nothing else: one action puts the change on the wire (the MOVE, the
    /// STORE), not a whole sync. The periodic check brings what the server
    /// did with it (a moved message's new UID) like any change elsewhere.
    pub(super) async fn message_change(
        &mut self,
        change: impl FnOnce(&crate::store::Store) -> Result<()>,
    ) -> Result<()> {
        self.message_change_refused(change).await.map(drop)
    }

    /// [`Worker::message_change`], returning the first change the server
    /// refused, if any.
    pub(super) async fn message_change_refused(
        &mut self,
        change: impl FnOnce(&crate::store::Store) -> Result<()>,
    ) -> Result<Option<Error>> {
        with_store(&self.store, change)?;
        self.emit(Event::StoreChanged);
        let mut first = None;
        if self.account.protocol == Protocol::Imap && !self.offline {
            let store = self.store.clone();
            let account = self.account.id;
            let events = self.events.clone();
            let session = self.session().await?;
            let (replayed, refused) =
                crate::sync::replay::replay(session, &store, account, &mut |event| {
                    if let crate::sync::Event::ChangeRefused { error, .. } = event {
                        first.get_or_insert_with(|| error.clone());
                        let _ = events.send(Event::Failed(error));
                    }
                })
                .await?;
            self.emit(Event::SyncDone(crate::sync::SyncSummary {
                replayed,
                refused,
                ..Default::default()
            }));
        }
        self.queued();
        Ok(first)
    }

    /// Fetches what showing the message needs (its text first; see
    /// [`crate::reading`]); a BODYSTRUCTURE that broke the connection is
    /// followed by a whole fetch on a new one.
    async fn fetch_body(&mut self, message_id: i64) -> Result<()> {
        let here = with_store(&self.store, |s| Ok(s.readable(message_id)?.is_some()))?;
        if here {
            self.emit(Event::BodyReady { message_id });
            return Ok(());
        }
        let store = self.store.clone();
        let session = self.session().await?;
        if reading::fetch_for_reading(session, &store, message_id).await? == Read::NeedsWhole {
            self.session = None;
            let session = self.session().await?;
            reading::fetch_whole(session, &store, message_id).await?;
        }
        self.emit(Event::BodyReady { message_id });
        Ok(())
    }

    /// Searches the account's folders on the server (at most
    /// [`SERVER_HITS`] messages, [`SERVER_SEARCH_TIME`] in all).
    async fn search_server(&mut self, text: String) -> Result<()> {
        if self.account.protocol != Protocol::Imap {
            return Ok(());
        }
        let store = self.store.clone();
        let account = self.account.id;
        let session = self.session().await?;
        let deadline = std::time::Instant::now() + SERVER_SEARCH_TIME;
        let found = reading::server_search::search_on_server(
            session,
            &store,
            account,
            None,
            &text,
            SERVER_HITS,
            deadline,
        )
        .await?;
        self.emit(Event::StoreChanged);
        self.emit(Event::ServerFound {
            text,
            message_ids: found.rows.iter().map(|r| r.id).collect(),
        });
        Ok(())
    }

    /// Fetches an attachment of a partly read message, with progress;
    /// [`Command::Cancel`] stops it.
    async fn fetch_part(&mut self, message_id: i64, section: String) -> Result<()> {
        self.cancel.reset();
        let store = self.store.clone();
        let cancel = self.cancel.clone();
        let events = self.events.clone();
        let session = self.session().await?;
        let fetched = reading::fetch_attachment(
            session,
            &store,
            message_id,
            &section,
            &cancel,
            &mut |done, total| {
                let _ = events.send(Event::PartProgress {
                    message_id,
                    section: section.clone(),
                    done,
                    total,
                });
            },
        )
        .await;
        match fetched {
            Ok(()) => {
                self.emit(Event::PartReady {
                    message_id,
                    section,
                    result: Ok(()),
                });
                Ok(())
            }
            Err(err) => {
                self.emit(Event::PartReady {
                    message_id,
                    section,
                    result: Err(err.clone()),
                });
                match err.kind() {
                    ErrorKind::Cancelled | ErrorKind::Protocol => Ok(()),
                    _ => Err(err),
                }
            }
        }
    }

    fn full_name(&self, parent: Option<&FolderRow>, name: &str) -> String {
        match parent {
            Some(p) => format!("{}{}{}", p.name, p.delimiter.unwrap_or('/'), name),
            None => name.to_owned(),
        }
    }

    async fn create_folder(&mut self, parent: Option<i64>, name: &str) -> Result<()> {
        let parent = match parent {
            Some(id) => self.folder(id)?,
            None => None,
        };
        if let Some(parent) = &parent {
            crate::rights::of_folder(parent.my_rights.as_deref())
                .check(crate::rights::Denied::CreateSubfolder)?;
        }
        let full = self.full_name(parent.as_ref(), name);
        let local =
            self.account.protocol == Protocol::Pop3 || parent.as_ref().is_some_and(|p| p.local);
        let account = self.account.id;
        self.local_change(|s| {
            if local {
                s.upsert_folder(account, &FolderRow::local(account, &full, None))?;
            } else {
                s.enqueue(account, &Op::CreateFolder { name: full.clone() })?;
                let folder = Folder {
                    wire_name: crate::imap::utf7::encode(&full),
                    name: full.clone(),
                    delimiter: parent.as_ref().and_then(|p| p.delimiter).or(Some('/')),
                    role: None,
                    selectable: true,
                    shared: false,
                };
                s.upsert_folder(account, &FolderRow::from_folder(account, &folder))?;
            }
            Ok(())
        })
        .await
    }

    async fn rename_folder(&mut self, folder_id: i64, name: &str) -> Result<()> {
        let folder = self
            .folder(folder_id)?
            .ok_or_else(|| Error::protocol("the folder is gone"))?;
        crate::rights::of_folder(folder.my_rights.as_deref())
            .check(crate::rights::Denied::DeleteFolder)?;
        let parent_name = folder
            .delimiter
            .and_then(|d| folder.name.rfind(d).map(|i| folder.name[..=i].to_owned()))
            .unwrap_or_default();
        let full = format!("{parent_name}{name}");
        let account = self.account.id;
        self.local_change(|s| {
            if !folder.local {
                s.enqueue(
                    account,
                    &Op::RenameFolder {
                        from: folder.name.clone(),
                        to: full.clone(),
                    },
                )?;
            }
            s.rename_folder(folder_id, &full, &crate::imap::utf7::encode(&full))?;
            Ok(())
        })
        .await
    }

    async fn delete_folder(&mut self, folder_id: i64) -> Result<()> {
        let folder = self
            .folder(folder_id)?
            .ok_or_else(|| Error::protocol("the folder is gone"))?;
        crate::rights::of_folder(folder.my_rights.as_deref())
            .check(crate::rights::Denied::DeleteFolder)?;
        let account = self.account.id;
        self.local_change(|s| {
            if !folder.local {
                s.enqueue(
                    account,
                    &Op::DeleteFolder {
                        name: folder.name.clone(),
                    },
                )?;
            }
            s.remove_folder(folder_id)?;
            Ok(())
        })
        .await
    }

    pub(super) async fn save_tags(&mut self) -> Result<()> {
        if self.account.protocol != Protocol::Imap {
            return Ok(());
        }
        let store = self.store.clone();
        let account = self.account.id;
        if self.offline {
            return with_store(&store, |s| tags::queue_tags(s, account));
        }
        let session = self.session().await?;
        tags::push_tags(session, &store, account).await?;
        Ok(())
    }
}
