//! What `posta show` needs from the server: the message's text when it is
//! not on this computer (the way the window reads it, attachments left on
//! the server), the whole message for `--raw`, the attachments for
//! `--save-attachments`; and writing those attachments into a folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::connect;
use super::context::{one_line, store_failed, Context, FAILED};
use super::show::ShowArgs;
use posta_core::account::Protocol;
use posta_core::imap::ImapSession;
use posta_core::reading::{self, skeleton, Read};
use posta_core::render;
use posta_core::store::{AccountConfig, MessageRow, Store};
use posta_core::sync::{with_store, CancelToken, SharedStore};
use posta_core::Error;
use posta_i18n::t;

/// The message to print and whether it is a partly read one: from the
/// store when it has what `args` asks for, else fetched first.
pub async fn readable(
    _context: &Context,
    account: &AccountConfig,
    store: Store,
    row: &MessageRow,
    args: &ShowArgs,
) -> Result<(Vec<u8>, bool), i32> {
    let here = store.readable(row.id).map_err(store_failed)?;
    if let Some((raw, partial)) = &here {
        let missing = *partial
            && (args.raw
                || (args.save_attachments.is_some() && !skeleton::unfetched(raw).is_empty()));
        if !missing {
            return Ok((raw.clone(), *partial));
        }
    }
    let remote = account.protocol == Protocol::Imap
        && row.uid.is_some()
        && store
            .folder(row.folder_id)
            .map_err(store_failed)?
            .is_some_and(|f| !f.local);
    if !remote {
        eprintln!(
            "{}",
            t!(
                "show-cli-not-on-server",
                number = args.number.to_string(),
                folder = one_line(&args.folder)
            )
        );
        return Err(FAILED);
    }
    let typed = connect::typed_password(args.password_stdin)?;
    let password = connect::password(account, typed.as_ref())
        .await
        .ok_or(FAILED)?;
    let shared: SharedStore = std::sync::Arc::new(std::sync::Mutex::new(store));
    let sync = connect::account_sync(account, &password, &shared, args.timeout)
        .map_err(|err| unreachable(account, args, &err))?;
    let mut session = sync
        .connect()
        .await
        .map_err(|err| unreachable(account, args, &err))?;
    let fetched = fetch(&sync, &mut session, &shared, row.id, args).await;
    let _ = session.logout().await;
    fetched.map_err(|err| unreachable(account, args, &err))?;
    let found = with_store(&shared, |s| Ok(s.readable(row.id)?));
    match found {
        Ok(Some(found)) => Ok(found),
        Ok(None) => Err(unreachable(
            account,
            args,
            &Error::protocol("the server sent nothing to show"),
        )),
        Err(err) => Err(unreachable(account, args, &err)),
    }
}

/// Fetches what `args` asks for over `session`.
async fn fetch(
    sync: &posta_core::sync::account::AccountSync<'_>,
    session: &mut ImapSession,
    store: &SharedStore,
    message_id: i64,
    args: &ShowArgs,
) -> posta_core::Result<()> {
    let mut read = reading::fetch_for_reading(session, store, message_id).await?;
    if read == Read::NeedsWhole {
        *session = sync.connect().await?;
        read = reading::fetch_whole(session, store, message_id).await?;
    }
    if read == Read::Partial && args.raw {
        reading::fetch_whole(session, store, message_id).await?;
    } else if read == Read::Partial && args.save_attachments.is_some() {
        let mut last = 0;
        reading::fetch_attachments(
            session,
            store,
            message_id,
            &CancelToken::new(),
            &mut |done, total| {
                let percent = done.saturating_mul(100) / total.max(1);
                if percent / 10 != last / 10 || done == total {
                    last = percent;
                    eprintln!(
                        "{}",
                        t!(
                            "show-cli-progress",
                            done = (done / 1024).to_string(),
                            total = (total / 1024).to_string()
                        )
                    );
                }
            },
        )
        .await?;
    }
    Ok(())
}

/// Says that the message could not be fetched, and what works instead.
fn unreachable(account: &AccountConfig, args: &ShowArgs, err: &Error) -> i32 {
    eprintln!(
        "{}",
        t!(
            "show-cli-unreachable",
            number = args.number.to_string(),
            folder = one_line(&args.folder),
            account = one_line(&account.name)
        )
    );
    eprintln!("{}", super::describe_for(account, err));
    FAILED
}

/// Writes every attachment of the message into `dir` (made if missing):
/// byte for byte, under its name made safe, never over an existing file.
pub fn save_attachments(raw: &[u8], partial: bool, dir: &Path) -> Result<(), i32> {
    let rendered = if partial {
        render::partial_message(raw, render::TEXT_WIDTH)
    } else {
        render::message(raw, render::TEXT_WIDTH)
    };
    if let Err(err) = std::fs::create_dir_all(dir) {
        eprintln!("{}", t!("error-io", details = err.to_string()));
        return Err(FAILED);
    }
    for (index, attachment) in rendered.attachments.iter().enumerate() {
        if attachment.unfetched.is_some() {
            eprintln!(
                "{}",
                t!("show-cli-not-fetched", name = one_line(&attachment.name))
            );
            return Err(FAILED);
        }
        let name = Some(render::safe_file_name(&attachment.name))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("attachment-{}", index + 1));
        match write_new(dir, &name, &attachment.data) {
            Ok(path) => eprintln!(
                "{}",
                t!("show-cli-saved", file = path.display().to_string())
            ),
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return Err(FAILED);
            }
        }
    }
    Ok(())
}

/// Creates `dir/name` (or `name (2)`, … when taken) and writes `data`.
fn write_new(dir: &Path, name: &str, data: &[u8]) -> std::io::Result<PathBuf> {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (name.to_owned(), String::new()),
    };
    for n in 1..1000 {
        let candidate = if n == 1 {
            dir.join(name)
        } else {
            dir.join(format!("{stem} ({n}){ext}"))
        };
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate);
        match file {
            Ok(mut file) => {
                file.write_all(data)?;
                file.sync_all()?;
                return Ok(candidate);
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(err),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!("{name}: too many files of that name"),
    ))
}
