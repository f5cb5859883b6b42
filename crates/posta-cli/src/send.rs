//! `posta send`: a message written on the command line goes out the way
//! the window sends it — through the durable outbox, then the account's
//! outgoing server — and its copy is filed in Sent. The exit code says
//! what happened: 0 the server took it, 75 (`EX_TEMPFAIL`) it waits in the
//! outbox (the reason on standard error; `posta outbox --send` or the
//! window sends it later), 1 the server refused it (nothing waits: fix it
//! and send again), 2 wrong arguments.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::compose::{self, parse_addresses, Attachment, Draft, DraftProblem, SendContext};
use posta_core::compose::{Built, SendOutcome};
use posta_core::error::Error;
use posta_core::imap::ImapSession;
use posta_core::message::Address;
use posta_core::store::{keyring, AccountConfig};
use posta_core::sync::SharedStore;
use posta_core::Secret;
use posta_i18n::t;

/// Exit code of a message that waits in the outbox (`EX_TEMPFAIL`).
pub const QUEUED: i32 = 75;

/// Arguments of `posta send`.
#[derive(Debug, clap::Args)]
pub struct SendArgs {
    /// The sending account (its name or number).
    #[arg(long)]
    pub account: String,
    /// Recipients; repeat the option or separate addresses with commas.
    #[arg(long, required = true)]
    pub to: Vec<String>,
    /// Copy to these recipients.
    #[arg(long)]
    pub cc: Vec<String>,
    /// Hidden copy to these recipients.
    #[arg(long)]
    pub bcc: Vec<String>,
    /// The subject.
    #[arg(long, default_value = "")]
    pub subject: String,
    /// The text, from this UTF-8 file; without it, standard input.
    #[arg(long)]
    pub body_file: Option<PathBuf>,
    /// Attach this file (repeat for several).
    #[arg(long)]
    pub attach: Vec<PathBuf>,
    /// Read the password from the first line of standard input instead of
    /// the keyring (the text then follows on the next lines, unless
    /// --body-file gives it).
    #[arg(long)]
    pub password_stdin: bool,
}

/// Runs `posta send`; returns the exit code.
pub async fn run(args: SendArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.account(&args.account) {
        Ok(account) => account.clone(),
        Err(code) => return code,
    };
    if account.smtp.is_none() {
        eprintln!("{}", t!("compose-error-no-smtp"));
        return FAILED;
    }
    let (typed, body) = match input(&args) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let built = match message(&args, &account, body) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let password = match smtp_password(&account, typed.as_ref()).await {
        Ok(password) => password,
        Err(code) => return code,
    };
    let store: SharedStore = match context.store() {
        Ok(store) => Arc::new(Mutex::new(store)),
        Err(code) => return code,
    };
    let ctx = SendContext {
        home: context.home.clone(),
        store: store.clone(),
        account: account.clone(),
        password,
    };
    match compose::send(&ctx, &built, args.subject.trim()).await {
        Ok(SendOutcome::Sent { copy: Ok(_) }) => {
            upload_copies(&account, &store, typed.as_ref()).await;
            0
        }
        Ok(SendOutcome::Sent { copy: Err(err) }) => {
            let details = describe(&err, &account);
            eprintln!("{}", t!("compose-sent-no-copy", details = details));
            0
        }
        Ok(SendOutcome::Queued { reason }) => {
            let reason = describe_wait(&reason, &account);
            eprintln!("{}", t!("outbox-cli-queued", reason = reason));
            QUEUED
        }
        Err(err) => {
            eprintln!(
                "{}",
                t!("outbox-cli-refused", reason = describe(&err, &account))
            );
            FAILED
        }
    }
}

/// The typed password (if asked for) and the text, from standard input
/// or the body file.
fn input(args: &SendArgs) -> Result<(Option<Secret>, String), i32> {
    let needs_stdin = args.password_stdin || args.body_file.is_none();
    let mut stdin = String::new();
    if needs_stdin {
        if let Err(err) = std::io::stdin().lock().read_to_string(&mut stdin) {
            eprintln!("{}", t!("error-io", details = err.to_string()));
            return Err(USAGE);
        }
    }
    let mut rest = stdin.as_str();
    let typed = if args.password_stdin {
        let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
        rest = after;
        Some(Secret::new(line.strip_suffix('\r').unwrap_or(line)))
    } else {
        None
    };
    let body = match &args.body_file {
        Some(path) => read_body(path)?,
        None => rest.to_owned(),
    };
    Ok((typed, body))
}

fn read_body(path: &Path) -> Result<String, i32> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|err| {
        eprintln!(
            "{}",
            t!(
                "outbox-cli-body-unreadable",
                path = shown.as_str(),
                details = err.to_string()
            )
        );
        USAGE
    })?;
    String::from_utf8(bytes).map_err(|_| {
        eprintln!("{}", t!("outbox-cli-body-not-text", path = shown.as_str()));
        USAGE
    })
}

/// The message built from the arguments; prints what is wrong.
fn message(args: &SendArgs, account: &AccountConfig, body: String) -> Result<Built, i32> {
    let parse = |lists: &[String]| {
        parse_addresses(&lists.join(", ")).map_err(|bad| {
            eprintln!("{}", t!("compose-error-address", address = bad.0.as_str()));
            USAGE
        })
    };
    let mut attachments = Vec::new();
    for path in &args.attach {
        match Attachment::read(path) {
            Ok(file) => attachments.push(file),
            Err(err) => {
                eprintln!(
                    "{}",
                    t!(
                        "outbox-cli-attach-unreadable",
                        path = path.display().to_string(),
                        details = err.to_string()
                    )
                );
                return Err(USAGE);
            }
        }
    }
    let draft = Draft {
        from: Address {
            name: Some(account.display_name.clone()).filter(|n| !n.trim().is_empty()),
            email: account.email.clone(),
        },
        to: parse(&args.to)?,
        cc: parse(&args.cc)?,
        bcc: parse(&args.bcc)?,
        subject: args.subject.trim().to_owned(),
        body,
        attachments,
        ..Draft::default()
    };
    compose::build(&draft).map_err(|problem| {
        let sentence = match problem {
            DraftProblem::NoRecipients => t!("compose-error-no-recipients"),
            DraftProblem::BadAddress(address) => {
                t!("compose-error-address", address = address.as_str())
            }
            DraftProblem::BadSender(address) => {
                t!("compose-error-sender", address = address.as_str())
            }
            DraftProblem::Invalid(details) => {
                t!("compose-error-invalid", details = details.as_str())
            }
        };
        eprintln!("{sentence}");
        USAGE
    })
}

/// The outgoing server's password: typed, else the keyring's for the
/// SMTP login, else the keyring's for the incoming login (the wizard
/// stores one when both are the same).
pub async fn smtp_password(account: &AccountConfig, typed: Option<&Secret>) -> Result<Secret, i32> {
    if let Some(password) = typed {
        return Ok(password.clone());
    }
    let smtp_user = account.smtp.as_ref().map_or("", |s| s.user.as_str());
    match keyring::load_password(account.id, smtp_user).await {
        Ok(password) => Ok(password),
        Err(first) => match keyring::load_password(account.id, &account.user).await {
            Ok(password) => Ok(password),
            Err(_) => {
                eprintln!("{}", super::args::keyring_problem(&first, &account.name));
                Err(FAILED)
            }
        },
    }
}

/// Uploads the queued copies in Sent (IMAP) now when the incoming
/// server's password is at hand; otherwise, or when that fails, says they
/// go with the next `posta sync`. POP3 keeps its copies here.
pub async fn upload_copies(account: &AccountConfig, store: &SharedStore, typed: Option<&Secret>) {
    if account.protocol != Protocol::Imap {
        return;
    }
    let same_login = account
        .smtp
        .as_ref()
        .is_some_and(|smtp| smtp.user == account.user);
    let password = match keyring::load_password(account.id, &account.user).await {
        Ok(password) => Some(password),
        Err(_) => typed.filter(|_| same_login).cloned(),
    };
    let uploaded = match password {
        Some(password) => upload(account, store, &password).await.is_ok(),
        None => false,
    };
    if !uploaded {
        eprintln!(
            "{}",
            t!("outbox-cli-copy-later", account = one_line(&account.name))
        );
    }
}

async fn upload(
    account: &AccountConfig,
    store: &SharedStore,
    password: &Secret,
) -> Result<(), Error> {
    // The queue is replayed by one Posta at a time (a busy account's
    // copies go with that one).
    let _lock = posta_core::sync::hold_account(
        store,
        account.id,
        posta_core::store::account_lock::BRIEF_WAIT,
    )
    .await?;
    let endpoint = account.endpoint().map_err(Error::from)?;
    let mut session = ImapSession::connect(&endpoint, &account.user, password).await?;
    let replayed =
        posta_core::sync::replay::replay(&mut session, store, account.id, &mut |_| {}).await;
    let _ = session.logout().await;
    replayed.map(drop)
}

/// Why a message waits, as a clause (the server away, the network down).
pub fn describe_wait(err: &Error, account: &AccountConfig) -> String {
    let host = account.smtp.as_ref().map_or("", |s| s.host.as_str());
    posta_i18n::describe_wait(err, host)
}

/// A translated sentence for an error while sending.
pub fn describe(err: &Error, account: &AccountConfig) -> String {
    let host = account
        .smtp
        .as_ref()
        .map_or(account.host.as_str(), |s| s.host.as_str());
    match err {
        Error::StartTlsUnavailable { host, .. } => {
            t!("compose-error-smtp-starttls", host = host.as_str())
        }
        other => posta_i18n::describe_refusal(other, host),
    }
}
