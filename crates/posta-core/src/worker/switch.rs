//! The move of a POP3 account to IMAP, run by the account's own worker so
//! the window never connects by itself (see `core::sync::switch`).

use super::run::Worker;
use super::Event;
use crate::account::Protocol;
use crate::error::Error;
use crate::imap::ImapSession;
use crate::store::{AccountConfig, Config, PostaHome};
use crate::sync::switch::{move_to_imap, Move};

impl Worker {
    /// Runs the move; on success the worker is an IMAP worker from now on,
    /// keeping the session the move synced with.
    pub(super) async fn switch_to_imap(&mut self, imap: AccountConfig, home: PostaHome) {
        self.cancel.reset();
        if let Err(err) = self.hold().await {
            self.emit(Event::SwitchStopped {
                error: err,
                account: Box::new(self.account.clone()),
            });
            return;
        }
        let imap = AccountConfig {
            id: self.account.id,
            ..imap
        };
        let events = self.events.clone();
        let store = self.store.clone();
        let result = async {
            let endpoint = imap.endpoint().map_err(Error::from)?;
            let mut session = ImapSession::connect(&endpoint, &imap.user, &self.password).await?;
            let plan = Move {
                home: &home,
                store: &store,
                from: &self.account,
                to: &imap,
                password: &self.password,
            };
            let report = move_to_imap(&plan, &mut session, &self.cancel, &mut |done, total| {
                let _ = events.send(Event::SwitchProgress { done, total });
            })
            .await;
            report.map(|report| (report, session))
        }
        .await;
        match result {
            Ok((report, session)) => {
                self.account = imap.clone();
                self.session = Some(session);
                self.emit(Event::StoreChanged);
                self.emit(Event::Switched {
                    account: Box::new(imap),
                    uploaded: report.uploaded,
                    found: report.found,
                });
            }
            Err(err) => {
                // Whatever was uploaded stays journalled. Stopped before
                // the config changed, the POP3 account goes on as before;
                // after, it is an IMAP account whose move the next run
                // finishes, and must not download by POP3 again.
                let configured = Config::load(&home).ok().and_then(|config| {
                    config
                        .accounts
                        .into_iter()
                        .find(|a| a.id == self.account.id)
                });
                if let Some(now) = configured.filter(|a| a.protocol == Protocol::Imap) {
                    self.account = now;
                }
                self.emit(Event::StoreChanged);
                self.emit(Event::SwitchStopped {
                    error: err,
                    account: Box::new(self.account.clone()),
                });
            }
        }
    }
}
