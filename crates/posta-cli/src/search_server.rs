//! `posta search --server TEXT`: the search of `posta search`, done by each
//! IMAP account's server (`UID SEARCH CHARSET UTF-8 TEXT` per folder), so
//! words in mail whose text was never downloaded are found. Hits are
//! listed as local ones are (and added to the list here when newer than
//! the last sync, so `posta show` opens them); bounded by `--limit` and
//! `--timeout`.

use std::time::{Duration, Instant};

use super::connect::{self, Online};
use super::context::{one_line, FAILED};
use super::search::{print_rows, SearchArgs};
use posta_core::account::Protocol;
use posta_core::reading::server_search::search_on_server;
use posta_core::sync::with_store;
use posta_i18n::t;

/// Runs `posta search --server`; returns the exit code (1 when a server
/// could not be searched).
pub async fn run(args: SearchArgs) -> i32 {
    let Online {
        context,
        accounts,
        typed,
        store,
    } = match Online::load(args.account.as_deref(), args.password_stdin) {
        Ok(online) => online,
        Err(code) => return code,
    };
    let text = args.text.join(" ");
    let deadline = Instant::now() + Duration::from_secs(args.timeout.max(1));
    let mut code = 0;
    let mut rows = Vec::new();
    let (mut cut, mut timed_out) = (false, false);
    for account in accounts.iter().filter(|a| a.protocol == Protocol::Imap) {
        let Some(password) = connect::password(account, typed.as_ref()).await else {
            code = FAILED;
            continue;
        };
        let searched = async {
            let sync = connect::account_sync(account, &password, &store, args.timeout)?;
            let mut session = sync.connect().await?;
            let found = search_on_server(
                &mut session,
                &store,
                account.id,
                args.folder.as_deref(),
                &text,
                args.limit,
                deadline,
            )
            .await;
            let _ = session.logout().await;
            found
        }
        .await;
        match searched {
            Ok(found) => {
                cut |= found.cut;
                timed_out |= found.timed_out;
                rows.extend(found.rows);
            }
            Err(err) => {
                code = FAILED;
                eprintln!(
                    "{}",
                    t!(
                        "search-cli-server-failed",
                        account = one_line(&account.name)
                    )
                );
                eprintln!("{}", super::describe_for(account, &err));
            }
        }
    }
    rows.sort_by_key(|row| std::cmp::Reverse(row.date));
    if rows.len() > args.limit {
        cut = true;
        rows.truncate(args.limit);
    }
    if timed_out {
        eprintln!("{}", t!("search-cli-server-time"));
    }
    if rows.is_empty() {
        eprintln!("{}", t!("cli-search-nothing", text = one_line(&text)));
        return code;
    }
    if cut {
        eprintln!("{}", t!("search-cli-server-cut", count = rows.len()));
    }
    let printed = with_store(&store, |s| Ok(print_rows(&context, s, &rows)));
    match printed {
        Ok(0) => code,
        Ok(other) => other,
        Err(_) => FAILED,
    }
}
