//! The account workers as an iced subscription (the pattern of iced's
//! `websocket` example): the subscription starts the worker, hands its
//! [`Handle`] back as the first report, then forwards every event. Its
//! identity is the account id only, so redrawing never restarts a worker.

use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use iced::Subscription;

use super::{Action, Mailbox, Message};
use posta_core::error::ErrorKind;
use posta_core::store::{AccountConfig, KeyringError};
use posta_core::sync::imap::SharedStore;
use posta_core::worker::{self, Event, Handle};
use posta_core::Secret;

/// How often sync progress may make the mailbox read the store again.
const PROGRESS_REFRESH: Duration = Duration::from_millis(300);

/// What a worker subscription reports.
#[derive(Debug, Clone)]
pub enum Report {
    /// The worker started; commands go to this handle.
    Ready(Handle),
    /// The worker said something.
    Event(Event),
}

/// A report from the worker of one account. Reports are compared by
/// identity (the same delivery), which is all `Message: PartialEq` needs.
#[derive(Debug, Clone)]
pub struct FromWorker(Arc<(i64, Report)>);

impl PartialEq for FromWorker {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl FromWorker {
    /// A worker of `account` started.
    pub fn ready(account: i64, handle: Handle) -> FromWorker {
        FromWorker(Arc::new((account, Report::Ready(handle))))
    }

    /// The worker of `account` reported `event`.
    pub fn event(account: i64, event: Event) -> FromWorker {
        FromWorker(Arc::new((account, Report::Event(event))))
    }

    /// The account.
    pub fn account(&self) -> i64 {
        self.0 .0
    }

    /// What was reported.
    pub fn report(&self) -> &Report {
        &self.0 .1
    }
}

/// What a worker subscription is started from; only the account id counts
/// for its identity.
struct Spec {
    account: AccountConfig,
    password: Secret,
    store: SharedStore,
}

impl Hash for Spec {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.account.id.hash(state);
    }
}

/// Runs the worker of `account` for as long as the subscription lives.
pub fn subscription(
    account: AccountConfig,
    password: Secret,
    store: SharedStore,
) -> Subscription<Message> {
    Subscription::run_with(
        Spec {
            account,
            password,
            store,
        },
        run,
    )
}

fn run(spec: &Spec) -> impl futures::Stream<Item = Message> + Send + 'static {
    let (account, password, store) = (
        spec.account.clone(),
        spec.password.clone(),
        spec.store.clone(),
    );
    let id = account.id;
    // Spawned when first polled, on iced's tokio runtime.
    futures::stream::once(async move { worker::spawn(account, password, store) }).flat_map(
        move |(handle, events)| {
            futures::stream::once(async move { Message::Worker(FromWorker::ready(id, handle)) })
                .chain(events.map(move |event| Message::Worker(FromWorker::event(id, event))))
        },
    )
}

impl Mailbox {
    pub(super) fn worker_report(&mut self, report: FromWorker) -> Action {
        let id = report.account();
        match report.report() {
            Report::Ready(handle) => {
                if let Some(account) = self.account_mut(id) {
                    account.worker = Some(handle.clone());
                }
                if let Some((account, folder)) = self.selected_folder() {
                    if account.config.id == id {
                        handle.send(worker::Command::OpenFolder {
                            folder_id: folder.id,
                        });
                    }
                }
            }
            Report::Event(Event::PartReady {
                message_id,
                section,
                result,
            }) => return self.part_ready(*message_id, section, result.clone()),
            Report::Event(event) => {
                let body = matches!(event, Event::BodyReady { .. });
                self.worker_event(id, event.clone());
                let draft = self.draft_ready();
                if body && matches!(draft, Action::None) {
                    // A body that arrived after opening: an allowed
                    // sender's remote images load now.
                    return self.remote_for_allowed_sender();
                }
                return draft;
            }
        }
        Action::None
    }

    fn worker_event(&mut self, id: i64, event: Event) {
        match event {
            Event::Progress(progress) => {
                let open = self.selected_folder().is_some_and(|(a, f)| {
                    a.config.id == progress.account && f.name == progress.folder
                });
                if let Some(account) = self.account_mut(id) {
                    account.progress = Some(progress);
                }
                // New mail lands batch by batch: show it as it comes, but
                // read the counts at most a few times a second.
                let due = self
                    .progress_refresh
                    .is_none_or(|last| last.elapsed() >= PROGRESS_REFRESH);
                if due {
                    self.progress_refresh = Some(Instant::now());
                    self.reload_accounts();
                    self.open_inbox_if_nothing_open();
                    if open {
                        self.refresh_list(false);
                    }
                }
            }
            Event::SyncDone(_) => {
                if let Some(account) = self.account_mut(id) {
                    account.progress = None;
                }
                // The account works again: its problem is stale now.
                self.account_recovered(id);
            }
            Event::StoreChanged => self.reload(),
            Event::NewMail(new) => self.new_mail(id, new),
            Event::Online(online) => {
                if let Some(account) = self.account_mut(id) {
                    account.online = Some(online);
                }
            }
            Event::Queued(count) => {
                if let Some(account) = self.account_mut(id) {
                    account.queued = count;
                }
            }
            Event::BodyReady { message_id } => self.body_ready(message_id),
            Event::PartProgress {
                message_id,
                section,
                done,
                total,
            } => self.part_progress(message_id, &section, done, total),
            // Answered in `report`, where its follow-up task can run.
            Event::PartReady { .. } => {}
            Event::ServerFound { text, message_ids } => self.server_found(&text, &message_ids),
            Event::Undone(result) => self.undone(&result),
            // The sharing dialog (another screen) asks for and reads ACLs.
            Event::ServerListing(listing) => {
                self.server_event(id, super::room::ServerEvent::Listing(listing))
            }
            Event::ServerDeleted(count) => {
                self.server_event(id, super::room::ServerEvent::Deleted(count))
            }
            Event::ServerFetched(count) => {
                self.server_event(id, super::room::ServerEvent::Fetched(count))
            }
            Event::SwitchProgress { done, total } => self.switch_progress(id, done, total),
            Event::Switched {
                account,
                uploaded,
                found,
            } => self.switched(&account, uploaded, found),
            Event::SwitchStopped { error, account } => self.switch_stopped(&error, &account),
            Event::PasswordRefused
            | Event::PasswordAccepted { .. }
            | Event::KeyringFailed(_)
            | Event::CertificateChanged { .. }
            | Event::CertificateAccepted => {
                self.login_event(id, &event);
            }
            Event::Failed(err) => {
                self.server_searching = 0;
                if let Some(account) = self.account_mut(id) {
                    account.progress = None;
                }
                if let Some(reader) = &mut self.reader {
                    reader.body_unavailable();
                }
                if err.kind() != ErrorKind::Cancelled {
                    // Kept as what happened: worded when shown, and
                    // cleared when the account works again.
                    let problem =
                        self.account(id)
                            .map(|account| crate::said::Said::AccountProblem {
                                account: id,
                                name: account.config.name.clone(),
                                host: account.config.host.clone(),
                                error: crate::said::Kept(err),
                            });
                    if problem.is_some() {
                        self.notice = None;
                        self.said = problem;
                    }
                }
            }
        }
    }

    /// Clears `id`'s problem once it checked or sent mail again.
    pub(super) fn account_recovered(&mut self, id: i64) {
        if self.said.as_ref().and_then(crate::said::Said::account) == Some(id) {
            self.said = None;
        }
    }

    pub(super) fn password_loaded(
        &mut self,
        id: i64,
        result: Result<Secret, KeyringError>,
    ) -> Action {
        match result {
            Ok(password) => self.set_password(id, password),
            // A bar on the account asks for the password for this session.
            Err(err) => self.keyring_problem(id, err),
        }
        Action::None
    }
}
