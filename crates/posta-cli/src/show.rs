//! `posta show FOLDER N`: one message as text, N counted as `posta
//! messages FOLDER` lists them (1 = the first line): From, To, Cc, Date and
//! Subject, an empty line, the body through the reader's renderer, then
//! one tab-separated line per attachment (name, type, size in bytes).
//! `--raw` prints the message exactly as stored. A message not on this
//! computer is fetched from the server as the window reads it (its text,
//! not its attachments: see `posta_core::reading`); `--save-attachments
//! DIR` fetches and writes the attachments too.

use std::io::Write;

use mail_parser::MessageParser;

use super::context::{one_line, store_failed, Context, FAILED};
use super::messages::find_folder;
use posta_core::render;
use posta_core::store::{MessageRow, Sort};
use posta_i18n::t;

/// Arguments of `posta show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The folder, as `posta folders` names it.
    pub folder: String,
    /// The message's position in `posta messages FOLDER` (1 = first line).
    pub number: usize,
    /// The account (its name or number); needed only when several accounts
    /// have a folder of that name.
    #[arg(long)]
    pub account: Option<String>,
    /// Print the message exactly as stored (RFC 5322, with its MIME parts).
    #[arg(long)]
    pub raw: bool,
    /// Also fetch the attachments and write them into this folder (names
    /// made safe; an existing file is never overwritten).
    #[arg(long, value_name = "DIR")]
    pub save_attachments: Option<std::path::PathBuf>,
    /// Read the password from standard input instead of the keyring, when
    /// the message must be fetched from the server.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

/// Runs `posta show`; returns the exit code.
pub async fn run(args: ShowArgs) -> i32 {
    let context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let accounts = match context.accounts(args.account.as_deref()) {
        Ok(accounts) => accounts,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let (account, folder_id) = match find_folder(&store, &accounts, &args.folder) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let row = match args.number.checked_sub(1).map(|skip| {
        store
            .messages(folder_id, 1, skip, Sort::DateDesc)
            .map(|rows| rows.into_iter().next())
    }) {
        Some(Ok(Some(row))) => row,
        Some(Err(err)) => return store_failed(err),
        _ => {
            let count = store
                .message_count(folder_id)
                .map(|(all, _)| all)
                .unwrap_or(0);
            eprintln!(
                "{}",
                t!(
                    "reader-cli-no-message",
                    number = args.number.to_string(),
                    folder = args.folder.as_str(),
                    count = count
                )
            );
            return FAILED;
        }
    };
    let fetched = super::show_fetch::readable(&context, account, store, &row, &args).await;
    let (raw, partial) = match fetched {
        Ok(found) => found,
        Err(code) => return code,
    };
    if let Some(dir) = &args.save_attachments {
        if let Err(code) = super::show_fetch::save_attachments(&raw, partial, dir) {
            return code;
        }
    }
    let mut out = std::io::stdout().lock();
    let written = if args.raw {
        out.write_all(&raw)
    } else {
        out.write_all(show(&row, &raw, partial).as_bytes())
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => 0,
        // A closed pipe (`posta show … | head`) is not a failure to report.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            eprintln!("{}", t!("error-io", details = err.to_string()));
            FAILED
        }
    }
}

/// The message as `posta show` prints it (`partial`: a partly read
/// message's document, whose attachments may not be here yet).
pub fn show(row: &MessageRow, raw: &[u8], partial: bool) -> String {
    let parsed = MessageParser::default().parse_headers(raw);
    let addresses = posta_core::message::address_line;
    let (from, to, cc, date, subject) = match &parsed {
        Some(m) => (
            addresses(m.from()),
            addresses(m.to()),
            addresses(m.cc()),
            m.date().map(|d| d.to_rfc822()).unwrap_or_default(),
            m.subject().unwrap_or_default().to_owned(),
        ),
        None => (
            row.from.clone(),
            row.to.clone(),
            String::new(),
            String::new(),
            row.subject.clone(),
        ),
    };
    let mut text = String::new();
    for (field, value) in [
        ("From", from),
        ("To", to),
        ("Cc", cc),
        ("Date", date),
        ("Subject", subject),
    ] {
        text.push_str(&format!("{field}: {}\n", one_line(&value)));
    }
    text.push('\n');
    let rendered = if partial {
        render::partial_message(raw, render::TEXT_WIDTH)
    } else {
        render::message(raw, render::TEXT_WIDTH)
    };
    text.push_str(&terminal_safe(
        &rendered.document.text(&posta_i18n::deception_warning),
    ));
    if rendered.document.truncated {
        text.push_str(&t!("reader-text-truncated"));
        text.push('\n');
    }
    if !rendered.attachments.is_empty() {
        text.push('\n');
    }
    for (index, attachment) in rendered.attachments.iter().enumerate() {
        let name = Some(render::safe_file_name(&attachment.name))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| t!("reader-attachment-unnamed", number = index + 1));
        text.push_str(&format!(
            "{}\t{}\t{}\n",
            one_line(&name),
            one_line(&attachment.content_type),
            attachment.size
        ));
    }
    text
}

/// Body text safe for a terminal: line ends and tabs kept, every other
/// control character (escape sequences a hostile message could carry)
/// removed.
fn terminal_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}
