//! `posta account switch-to-imap NAME`: the move the wizard recommends.
//! The IMAP login is tested, every local message the server lacks is
//! uploaded (progress on standard error), then the account becomes IMAP
//! and syncs, with its folders, flags and tags. Interrupted at any moment
//! (even `kill -9`), running it again finishes the move with every message
//! on the server exactly once (see `core::sync::switch`).

use super::connect;
use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::net::Security;
use posta_core::store::AccountConfig;
use posta_core::sync::switch::{detect_imap, move_to_imap, Move};
use posta_core::sync::CancelToken;
use posta_core::sync::{with_store, SharedStore};
use posta_core::{Error, Secret};
use posta_i18n::t;

/// Arguments of `posta account switch-to-imap`.
#[derive(Debug, clap::Args)]
pub struct SwitchArgs {
    /// The POP3 account (its name or number).
    pub name: String,
    /// The IMAP server; found from the POP3 one and the provider list when
    /// not given.
    #[arg(long)]
    pub host: Option<String>,
    /// The IMAP port (993 with TLS, 143 otherwise, when not given).
    #[arg(long)]
    pub port: Option<u16>,
    /// `tls`, `starttls` or `none`.
    #[arg(long, value_parser = super::args::parse_security)]
    pub security: Option<Security>,
    /// The IMAP user name (the POP3 one when not given).
    #[arg(long)]
    pub user: Option<String>,
    /// Read the password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Runs the move; returns the exit code.
pub async fn run(args: SwitchArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.account(&args.name) {
        Ok(account) => account.clone(),
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    let store = match connect::shared_store(&context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    // Two moves at once would both upload; the account as it is once this
    // one may work on it (another may have moved it meanwhile).
    let (_lock, account) = match connect::hold(&context, &store, &account).await {
        Ok(held) => held,
        Err(code) => return code,
    };
    let journal = with_store(&store, |s| Ok(s.switch_journal(account.id)?)).unwrap_or_default();
    if account.protocol == Protocol::Imap && journal.is_empty() {
        eprintln!(
            "{}",
            t!("server-switch-already-imap", account = name.as_str())
        );
        return USAGE;
    }
    let imap = target(&account, &args);
    let typed = match connect::typed_password(args.password_stdin) {
        Ok(typed) => typed,
        Err(code) => return code,
    };
    let Some(password) = connect::password(&account, typed.as_ref()).await else {
        return FAILED;
    };
    match switch(&context, &store, &account, &imap, &password, args.timeout).await {
        Ok((uploaded, found)) => {
            println!(
                "{}",
                t!(
                    "server-switch-done",
                    account = name.as_str(),
                    uploaded = uploaded,
                    found = found
                )
            );
            0
        }
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, &imap.host));
            if err.kind() != posta_core::ErrorKind::AuthenticationFailed {
                eprintln!("{}", t!("server-switch-resume", account = name.as_str()));
            }
            FAILED
        }
    }
}

/// The account as it will be: IMAP on the named or detected server.
fn target(account: &AccountConfig, args: &SwitchArgs) -> AccountConfig {
    if account.protocol == Protocol::Imap {
        return account.clone();
    }
    let (host, detected_port, detected, user) = detect_imap(account);
    let security = args.security.unwrap_or(detected);
    let port = match (args.port, args.security) {
        (Some(port), _) => port,
        (None, Some(Security::Tls)) => 993,
        (None, Some(_)) => 143,
        (None, None) => detected_port,
    };
    AccountConfig {
        protocol: Protocol::Imap,
        host: args.host.clone().unwrap_or(host),
        port,
        security,
        user: args.user.clone().unwrap_or(user),
        ..account.clone()
    }
}

/// Connects to the IMAP server and runs the move. Returns (uploaded, found
/// already on the server).
async fn switch(
    context: &Context,
    store: &SharedStore,
    account: &AccountConfig,
    imap: &AccountConfig,
    password: &Secret,
    timeout: u64,
) -> Result<(usize, usize), Error> {
    let mut session = connect::account_sync(imap, password, store, timeout)?
        .connect()
        .await?;
    let name = one_line(&account.name);
    let plan = Move {
        home: &context.home,
        store,
        from: account,
        to: imap,
        password,
    };
    let report = move_to_imap(
        &plan,
        &mut session,
        &CancelToken::new(),
        &mut |done, total| {
            eprintln!(
                "{}",
                t!(
                    "server-switch-progress",
                    account = name.as_str(),
                    done = done,
                    total = total
                )
            );
        },
    )
    .await?;
    let _ = session.logout().await;
    Ok((report.uploaded, report.found))
}
