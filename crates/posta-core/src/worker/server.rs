//! The worker's side of the server's mailbox: the POP3 server listing and
//! its actions (delete unseen, download anyway), and the quota after a
//! sync or an upload. Each runs on the worker, like every network action.

use super::run::Worker;
use super::Event;
use crate::account::Protocol;
use crate::error::{Error, Result};
use crate::sync::pop3::{delete_on_server, download_from_server, server_listing, Pop3Account};
use crate::sync::quota::refresh_quota;

impl Worker {
    /// Runs `work` with the account as a POP3 account; an IMAP account has
    /// no separate server mailbox.
    async fn with_pop3<T>(
        &mut self,
        work: impl AsyncFnOnce(&Pop3Account<'_>) -> Result<T>,
    ) -> Result<T> {
        if self.account.protocol != Protocol::Pop3 {
            return Err(Error::Unsupported("the server mailbox view is for POP3"));
        }
        self.hold().await?;
        let endpoint = self.account.endpoint().map_err(Error::from)?;
        let pop3 = Pop3Account {
            endpoint: &endpoint,
            user: &self.account.user,
            password: &self.password,
            store: &self.store,
            account: &self.account,
        };
        work(&pop3).await
    }

    /// Lists the POP3 server's mailbox (headers from `TOP`, cached).
    pub(super) async fn list_server(&mut self) -> Result<()> {
        let listing = self.with_pop3(async |p| server_listing(p).await).await?;
        self.emit(Event::ServerListing(listing));
        self.emit(Event::StoreChanged);
        Ok(())
    }

    /// Deletes these messages on the POP3 server without downloading them.
    pub(super) async fn delete_on_server(&mut self, uidls: Vec<String>) -> Result<()> {
        let count = self
            .with_pop3(async |p| delete_on_server(p, &uidls).await)
            .await?;
        self.emit(Event::ServerDeleted(count));
        self.list_server().await
    }

    /// Downloads these messages from the POP3 server whatever their size.
    pub(super) async fn fetch_from_server(&mut self, uidls: Vec<String>) -> Result<()> {
        let summary = self
            .with_pop3(async |p| download_from_server(p, &uidls).await)
            .await?;
        self.emit(Event::ServerFetched(summary.new_messages));
        self.list_server().await
    }

    /// Reads the quota again (IMAP); a server that cannot say is no failure.
    pub(super) async fn refresh_quota(&mut self) {
        if self.account.protocol != Protocol::Imap {
            return;
        }
        let (store, account) = (self.store.clone(), self.account.id);
        let Ok(session) = self.session().await else {
            return;
        };
        if refresh_quota(session, &store, account).await.is_ok() {
            self.emit(Event::StoreChanged);
        }
    }
}
