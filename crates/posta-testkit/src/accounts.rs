//! Account settings pointing at the test servers, so each test states only
//! what differs (`AccountConfig { name: …, ..accounts::imap(&d, &ALICE) }`).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use posta_core::account::Protocol;
use posta_core::compose::SendContext;
use posta_core::imap::ImapSession;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_core::store::{AccountConfig, Config, KeepCopy, PostaHome, SmtpConfig, Store};
use posta_core::sync::imap::{sync_account, with_store, SharedStore};
use posta_core::sync::{CancelToken, SyncOptions, SyncSummary};
use posta_core::Secret;

use super::dovecot::{Dovecot, User};
use super::smtp_server::{SmtpServer, USER};

/// `user`'s IMAP account on `dovecot` over implicit TLS, trusting the
/// harness CA; id 1, no outgoing server.
pub fn imap(dovecot: &Dovecot, user: &User) -> AccountConfig {
    AccountConfig {
        id: 1,
        name: user.name.into(),
        email: format!("{}@example.org", user.name),
        display_name: String::new(),
        protocol: Protocol::Imap,
        host: dovecot.host().into(),
        port: dovecot.imaps_port(),
        security: Security::Tls,
        user: user.name.into(),
        extra_ca_file: Some(dovecot.ca_pem()),
        ..base()
    }
}

/// The settings tests seldom change, spelled once: no CA file or pin, no
/// outgoing server, copies kept, no size limit, headers only, the default
/// check interval; id 1 and an IMAP account over TLS on localhost, whose
/// names the caller gives (`AccountConfig { name: …, ..accounts::base() }`).
pub fn base() -> AccountConfig {
    AccountConfig {
        // What the tests seldom change.
        check_interval: posta_core::store::config::DEFAULT_CHECK_INTERVAL,
        download_bodies: false,
        max_download_size: None,
        keep_copy: KeepCopy::Keep,
        smtp: None,
        pinned_fingerprint: None,
        extra_ca_file: None,
        // What each caller names.
        id: 1,
        name: String::new(),
        email: String::new(),
        display_name: String::new(),
        protocol: Protocol::Imap,
        host: "localhost".into(),
        port: 993,
        security: Security::Tls,
        user: String::new(),
        oauth: None,
    }
}

/// An account on a host that never resolves (`mail.example.invalid`), so
/// nothing connects: IMAP over TLS, checked every five minutes.
pub fn unreachable(name: &str, email: &str, user: &str) -> AccountConfig {
    AccountConfig {
        name: name.into(),
        email: email.into(),
        host: "mail.example.invalid".into(),
        user: user.into(),
        check_interval: 300,
        ..base()
    }
}

/// The same account over POP3S.
pub fn pop3(dovecot: &Dovecot, user: &User) -> AccountConfig {
    AccountConfig {
        protocol: Protocol::Pop3,
        port: dovecot.pop3s_port(),
        ..imap(dovecot, user)
    }
}

/// Sending through the test SMTP server's submission port with STARTTLS,
/// as its user.
pub fn submission(smtp: &SmtpServer) -> SmtpConfig {
    SmtpConfig {
        host: smtp.host().into(),
        port: smtp.submission_port(),
        security: Security::StartTls,
        user: USER.into(),
        pinned_fingerprint: None,
    }
}

/// Alice's IMAP account sending through the test SMTP server, whose user
/// is also her address (display name with Polish letters).
pub fn imap_sending(dovecot: &Dovecot, smtp: &SmtpServer) -> AccountConfig {
    AccountConfig {
        name: "Alice".into(),
        email: USER.into(),
        display_name: "Alice Żółw".into(),
        smtp: Some(submission(smtp)),
        ..imap(dovecot, &super::dovecot::ALICE)
    }
}

/// `dovecot`'s IMAP over implicit TLS, trusting the harness CA, 20 s for
/// each network step.
pub fn imaps_endpoint(dovecot: &Dovecot) -> Endpoint {
    Endpoint {
        host: dovecot.host().into(),
        port: dovecot.imaps_port(),
        security: Security::Tls,
        tls: TlsOptions {
            extra_ca_pem: Some(Arc::new(std::fs::read(dovecot.ca_pem()).expect("ca"))),
            pinned: None,
        },
        timeout: Duration::from_secs(20),
    }
}

/// `user` logged in to `dovecot` over IMAPS: another device, or another
/// person, next to the one under test.
pub async fn login(dovecot: &Dovecot, user: &User) -> ImapSession {
    ImapSession::connect(
        &imaps_endpoint(dovecot),
        user.name,
        &Secret::new(user.password),
    )
    .await
    .expect("login")
}

/// Syncs `store` with the server once over `session`, with `options`,
/// uncancelled and unwatched.
pub async fn sync_over(
    session: &mut ImapSession,
    store: &SharedStore,
    account: i64,
    options: &SyncOptions,
) -> SyncSummary {
    sync_account(
        session,
        store,
        account,
        options,
        &CancelToken::new(),
        &mut |_| {},
    )
    .await
    .expect("sync")
}

/// Logs in to `account`'s server as `user` and syncs `store` with it once.
pub async fn sync(account: &AccountConfig, user: &User, store: &SharedStore) -> SyncSummary {
    let endpoint = account.endpoint().expect("endpoint");
    let mut session = ImapSession::connect(&endpoint, user.name, &Secret::new(user.password))
        .await
        .expect("login");
    sync_over(&mut session, store, account.id, &SyncOptions::default()).await
}

/// Writes a `config.toml` holding `accounts`, nothing else, into `home`.
pub fn save(home: &PostaHome, accounts: Vec<AccountConfig>) {
    Config {
        accounts,
        ..Config::default()
    }
    .save(home)
    .expect("config");
}

/// A home with Alice's IMAP account (sending through `smtp`) synced once,
/// and what sending from it takes.
pub fn sending_home(
    rt: &tokio::runtime::Runtime,
    dovecot: &Dovecot,
    smtp: &SmtpServer,
) -> (tempfile::TempDir, SharedStore, AccountConfig, SendContext) {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = PostaHome::at(dir.path().join("home"));
    let store: SharedStore = Arc::new(Mutex::new(Store::open(&home).expect("store")));
    let account = imap_sending(dovecot, smtp);
    with_store(&store, |s| Ok(s.ensure_account(account.id, "Alice")?)).expect("account");
    rt.block_on(sync(&account, &super::dovecot::ALICE, &store));
    let ctx = SendContext {
        home,
        store: store.clone(),
        account: account.clone(),
        password: Secret::new(super::smtp_server::PASSWORD),
    };
    (dir, store, account, ctx)
}
