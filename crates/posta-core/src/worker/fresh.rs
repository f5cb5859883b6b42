//! Keeping every folder fresh: the open folder on IDLE (renewed before the
//! 29 minutes RFC 2177 allows, re-checking the folder each time), every
//! other folder checked at the account's `check_interval`; POP3 accounts
//! fetch at the same interval.

use std::time::Duration;

use tokio::time::Instant;

use super::run::Worker;
use super::Event;
use crate::account::Protocol;
use crate::error::Error;
use crate::sync::fresh::check_account;
use crate::sync::new_mail::NewMailWatch;

/// How long one IDLE lasts at most before it is renewed.
pub(super) const IDLE_RENEW: Duration = Duration::from_secs(25 * 60);

impl Worker {
    /// The account's check interval (at least one second).
    pub(super) fn check_interval(&self) -> Duration {
        Duration::from_secs(self.account.check_interval.max(1))
    }

    /// Starts the wait for the next check from now.
    pub(super) fn schedule_check(&mut self) {
        self.next_check = Instant::now() + self.check_interval();
    }

    /// True when the other folders are due for a check.
    pub(super) fn check_due(&self) -> bool {
        Instant::now() >= self.next_check
    }

    /// How long the next IDLE may last: until the next check of the other
    /// folders or the renewal, whichever comes first.
    pub(super) fn idle_limit(&self) -> Duration {
        self.next_check
            .saturating_duration_since(Instant::now())
            .clamp(Duration::from_millis(1), IDLE_RENEW)
    }

    /// An IDLE ended without news: the check when it is due, otherwise a
    /// renewal, which re-checks the open folder first (a change a server
    /// failed to push is caught at least every [`IDLE_RENEW`]).
    pub(super) async fn idle_ended(&mut self) {
        if self.check_due() {
            self.check().await;
        } else {
            self.sync_open_folder().await;
        }
    }

    /// Checks every folder (IMAP) or fetches new mail (POP3).
    pub(super) async fn check(&mut self) {
        if self.account.protocol == Protocol::Pop3 {
            // A POP3 sync is the check: UIDL, then what is new.
            self.sync().await;
            return;
        }
        self.schedule_check();
        self.cancel.reset();
        let store = self.store.clone();
        let cancel = self.cancel.clone();
        let events = self.events.clone();
        let account = self.account.id;
        let result = match self.session().await {
            Ok(session) => {
                check_account(session, &store, account, &cancel, &mut |event| {
                    if let crate::sync::Event::ChangeRefused { error, .. } = event {
                        let _ = events.send(Event::Failed(error));
                    }
                })
                .await
            }
            Err(err) => Err(err),
        };
        match result {
            Ok(summary) => {
                if summary.changed() {
                    self.emit(Event::StoreChanged);
                    self.announce_new_mail();
                }
                if summary.sync.replayed + summary.sync.refused > 0 {
                    self.queued();
                }
                self.flush_waiting().await;
            }
            Err(Error::Cancelled) => self.emit(Event::StoreChanged),
            Err(err) => self.lost(err),
        }
    }

    /// Announces mail added to the store since the last look (one event
    /// per batch). The first successful sync only starts the watch: what
    /// an account already had is not new mail.
    pub(super) fn announce_new_mail(&mut self) {
        let (store, account) = (self.store.clone(), self.account.id);
        match self.new_mail.as_mut() {
            None => self.new_mail = NewMailWatch::start(&store, account).ok(),
            Some(watch) => {
                if let Ok(new) = watch.collect(&store, account) {
                    if !new.is_empty() {
                        self.emit(Event::NewMail(new));
                    }
                }
            }
        }
    }
}
