//! `posta outbox`: what waits to be sent, one TAB-separated line per
//! message (id, recipients, subject, attempts, why the last try failed, in
//! words), nothing at all when nothing waits. `--send` tries every waiting
//! message now (also one a refusal held back): exit 0 when all went, 75
//! when some still wait for the server, 1 when the server refused one.
//! `--remove ID` deletes a message without sending it.

use std::sync::{Arc, Mutex};

use super::context::{one_line, Context, FAILED, USAGE};
use super::send::{describe, describe_wait, smtp_password, upload_copies, QUEUED};
use posta_core::compose::{self, SendContext};
use posta_core::smtp::{Outbox, OutboxEntry};
use posta_core::store::AccountConfig;
use posta_core::sync::SharedStore;
use posta_i18n::t;

/// Arguments of `posta outbox`.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    /// Only this account (its name or number).
    #[arg(long)]
    pub account: Option<String>,
    /// Try to send every waiting message now.
    #[arg(long, conflicts_with = "remove")]
    pub send: bool,
    /// Delete the message with this id (the first column) without sending.
    #[arg(long, value_name = "ID")]
    pub remove: Option<String>,
    /// With --send: read the outgoing server's password from standard
    /// input instead of the keyring.
    #[arg(long, requires = "send")]
    pub password_stdin: bool,
}

/// Runs `posta outbox`; returns the exit code.
pub async fn run(args: OutboxArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let accounts: Vec<AccountConfig> = match context.accounts(args.account.as_deref()) {
        Ok(accounts) => accounts.into_iter().cloned().collect(),
        Err(code) => return code,
    };
    let outbox = Outbox::new(&context.home);
    let mut waiting = Vec::new();
    for account in &accounts {
        match outbox.listing(account.id) {
            Ok(entries) if entries.is_empty() => {}
            Ok(entries) => waiting.push((account, entries)),
            Err(err) => {
                eprintln!("{}", super::describe_error(&err, ""));
                return FAILED;
            }
        }
    }
    if let Some(id) = &args.remove {
        return remove(&context, &waiting, id).await;
    }
    if args.send {
        return send(&context, &waiting, args.password_stdin).await;
    }
    for (account, entries) in &waiting {
        for entry in entries {
            println!("{}", line(account, entry));
        }
    }
    0
}

/// One message as a TAB-separated line.
fn line(account: &AccountConfig, entry: &OutboxEntry) -> String {
    let reason = entry
        .meta
        .last_failure()
        .map(|err| {
            if entry.meta.needs_attention {
                describe(&err, account)
            } else {
                describe_wait(&err, account)
            }
        })
        .unwrap_or_default();
    [
        entry.id.clone(),
        entry.meta.envelope.to.join(", "),
        entry.meta.subject.clone(),
        entry.meta.attempts.to_string(),
        reason,
    ]
    .iter()
    .map(|field| one_line(field))
    .collect::<Vec<_>>()
    .join("\t")
}

fn send_context(context: &Context, store: &SharedStore, account: &AccountConfig) -> SendContext {
    SendContext {
        home: context.home.clone(),
        store: store.clone(),
        account: account.clone(),
        password: posta_core::Secret::default(),
    }
}

async fn remove(
    context: &Context,
    waiting: &[(&AccountConfig, Vec<OutboxEntry>)],
    id: &str,
) -> i32 {
    let Some((account, entry)) = waiting
        .iter()
        .find_map(|(a, entries)| entries.iter().find(|e| e.id == id).map(|e| (*a, e)))
    else {
        eprintln!("{}", t!("outbox-cli-not-found", id = one_line(id)));
        return USAGE;
    };
    let store: SharedStore = match context.store() {
        Ok(store) => Arc::new(Mutex::new(store)),
        Err(code) => return code,
    };
    let ctx = send_context(context, &store, account);
    match compose::remove_waiting(&ctx, id).await {
        Ok(()) => {
            eprintln!(
                "{}",
                t!(
                    "outbox-cli-removed",
                    subject = one_line(&entry.meta.subject)
                )
            );
            0
        }
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, ""));
            FAILED
        }
    }
}

async fn send(
    context: &Context,
    waiting: &[(&AccountConfig, Vec<OutboxEntry>)],
    password_stdin: bool,
) -> i32 {
    let typed = if password_stdin {
        match super::read_password_stdin() {
            Ok(password) => Some(password),
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return USAGE;
            }
        }
    } else {
        None
    };
    if waiting.is_empty() {
        return 0;
    }
    let store: SharedStore = match context.store() {
        Ok(store) => Arc::new(Mutex::new(store)),
        Err(code) => return code,
    };
    let mut code = 0;
    for (account, _) in waiting {
        let password = match smtp_password(account, typed.as_ref()).await {
            Ok(password) => password,
            Err(failed) => {
                code = failed;
                continue;
            }
        };
        let mut ctx = send_context(context, &store, account);
        ctx.password = password;
        let report = match compose::send_now(&ctx, None).await {
            Ok(report) => report,
            Err(posta_core::Error::AccountBusy) => {
                let name = super::context::one_line(&account.name);
                eprintln!("{}", t!("cli-account-busy", account = name));
                if code == 0 {
                    code = QUEUED;
                }
                continue;
            }
            Err(err) => {
                eprintln!("{}", describe(&err, account));
                code = FAILED;
                continue;
            }
        };
        if !report.sent.is_empty() {
            eprintln!("{}", t!("outbox-cli-sent", count = report.sent.len()));
            upload_copies(account, &store, typed.as_ref()).await;
        }
        if let Some((_, failure)) = report.failed.first() {
            let reason = if failure.transient {
                describe_wait(&failure.error, account)
            } else {
                describe(&failure.error, account)
            };
            eprintln!(
                "{}",
                t!(
                    "outbox-cli-still-waiting",
                    count = report.waiting,
                    reason = reason
                )
            );
            let refused = report.failed.iter().any(|(_, f)| !f.transient);
            // A refusal needs the user more than a wait does.
            if refused {
                code = FAILED;
            } else if code == 0 {
                code = QUEUED;
            }
        }
    }
    code
}
