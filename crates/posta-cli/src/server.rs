//! `posta server ACCOUNT`: the POP3 server's mailbox, without downloading
//! it. One tab-separated line per message on the server:
//! `NUMBER UIDL SIZE DATE FROM SUBJECT STATE` (size in bytes, date in ISO
//! 8601, state `downloaded`, `held-back` or `new`). `--delete UIDL…`
//! deletes those on the server unseen (only `UIDL`, `LIST` and `DELE` are
//! sent); `--fetch UIDL…` downloads them into INBOX whatever their size.

use super::connect;
use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::account::Protocol;
use posta_core::sync::pop3::{
    delete_on_server, download_from_server, server_listing, unknown_uidls, Pop3Account,
    ServerMessage,
};
use posta_core::Error;
use posta_i18n::t;

/// Arguments of `posta server`.
#[derive(Debug, clap::Args)]
pub struct ServerArgs {
    /// The POP3 account (its name or number).
    pub account: String,
    /// Delete these messages (by UIDL) on the server without downloading.
    #[arg(long, num_args = 1.., value_name = "UIDL")]
    pub delete: Vec<String>,
    /// Download these messages (by UIDL) into INBOX now, whatever their size.
    #[arg(long, num_args = 1.., value_name = "UIDL")]
    pub fetch: Vec<String>,
    /// Read the password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Runs `posta server`; returns the exit code.
pub async fn run(args: ServerArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let account = match context.account(&args.account) {
        Ok(account) => account.clone(),
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    if account.protocol != Protocol::Pop3 {
        eprintln!("{}", t!("server-not-pop3", account = name));
        return USAGE;
    }
    let typed = match connect::typed_password(args.password_stdin) {
        Ok(typed) => typed,
        Err(code) => return code,
    };
    let Some(password) = connect::password(&account, typed.as_ref()).await else {
        return FAILED;
    };
    let store = match connect::shared_store(&context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    let (_lock, account) = match connect::hold(&context, &store, &account).await {
        Ok(held) => held,
        Err(code) => return code,
    };
    let account = &account;
    let endpoint = match connect::account_sync(account, &password, &store, args.timeout)
        .and_then(|run| run.endpoint())
    {
        Ok(endpoint) => endpoint,
        Err(err) => {
            eprintln!("{}", super::describe_error(&err, &account.host));
            return FAILED;
        }
    };
    let pop3 = Pop3Account {
        endpoint: &endpoint,
        user: &account.user,
        password: &password,
        store: &store,
        account,
    };
    match act(&pop3, &args, &name).await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", super::describe_for(account, &err));
            FAILED
        }
    }
}

async fn act(pop3: &Pop3Account<'_>, args: &ServerArgs, name: &str) -> Result<i32, Error> {
    if args.delete.is_empty() && args.fetch.is_empty() {
        for message in server_listing(pop3).await? {
            println!("{}", line(&message));
        }
        return Ok(0);
    }
    let asked: Vec<String> = args.delete.iter().chain(&args.fetch).cloned().collect();
    let unknown = unknown_uidls(pop3, &asked).await?;
    if !unknown.is_empty() {
        for uidl in unknown {
            eprintln!(
                "{}",
                t!(
                    "server-unknown-uidl",
                    account = name,
                    uidl = one_line(&uidl)
                )
            );
        }
        return Ok(FAILED);
    }
    if !args.fetch.is_empty() {
        let summary = download_from_server(pop3, &args.fetch).await?;
        eprintln!("{}", t!("server-fetched", count = summary.new_messages));
    }
    if !args.delete.is_empty() {
        let count = delete_on_server(pop3, &args.delete).await?;
        eprintln!("{}", t!("server-deleted", count = count));
    }
    Ok(0)
}

/// One message as a tab-separated line.
fn line(message: &ServerMessage) -> String {
    let date = message
        .date
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default();
    format!(
        "{}\t{}\t{}\t{date}\t{}\t{}\t{}",
        message.number,
        one_line(&message.uidl),
        message.size,
        one_line(&message.sender),
        one_line(&message.subject),
        message.state.as_str()
    )
}
