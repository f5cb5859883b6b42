//! `posta import thunderbird [PROFILE] [--yes]`: a Thunderbird profile's
//! accounts, identities, SMTP servers, tags and local mail. Without
//! `--yes` it only prints what it found (one TAB-separated line each) for
//! review; with it, it saves the accounts and brings in the mail of Local
//! Folders and POP3 accounts. Passwords are not read.

use std::path::{Path, PathBuf};

use super::context::{one_line, Context, FAILED, USAGE};
use posta_core::store::KeepCopy;
use posta_core::sync::CancelToken;
use posta_core::transfer::import::{import_local, local_folder};
use posta_core::transfer::source::{Format, Source};
use posta_core::transfer::thunderbird::profile::find_profiles;
use posta_core::transfer::thunderbird::save::{save, LOCAL_FOLDERS};
use posta_core::transfer::thunderbird::{plan, Plan};
use posta_i18n::t;

/// Arguments of `posta import thunderbird`.
#[derive(Debug, clap::Args)]
pub struct ThunderbirdArgs {
    /// The profile: its directory or its name in profiles.ini (the default
    /// profile when not given).
    pub profile: Option<String>,
    /// Save the accounts and bring in the mail (without it, only show
    /// what would be brought in).
    #[arg(long)]
    pub yes: bool,
}

/// Runs the import; returns the exit code.
pub async fn run(args: ThunderbirdArgs) -> i32 {
    let Some(profile) = profile_dir(args.profile.as_deref()) else {
        eprintln!("{}", t!("transfer-tb-no-profile"));
        return USAGE;
    };
    let plan = match plan(&profile) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!(
                "{}",
                t!(
                    "transfer-unreadable",
                    path = one_line(&profile.join("prefs.js").display().to_string()),
                    details = err.to_string()
                )
            );
            return FAILED;
        }
    };
    print_plan(&plan);
    if !args.yes {
        eprintln!("{}", t!("transfer-tb-review"));
        return 0;
    }
    let mut context = match Context::load() {
        Ok(context) => context,
        Err(code) => return code,
    };
    let store = match context.store() {
        Ok(store) => store,
        Err(code) => return code,
    };
    let saved = match save(&plan, &mut context.config, &store)
        .and_then(|saved| context.config.save(&context.home).map(|()| saved))
    {
        Ok(saved) => saved,
        Err(err) => return super::context::store_failed(err),
    };
    println!("{}", t!("transfer-tb-saved", count = saved.added));
    eprintln!("{}", t!("transfer-tb-passwords"));
    let cancel = CancelToken::new();
    let mut failed = false;
    for (account, folders) in &saved.mail {
        for folder in folders {
            let mut source = Source::new(Format::Mbox, vec![folder.path.clone()]);
            let result = local_folder(&store, *account, &folder.name)
                .and_then(|id| import_local(&store, id, &mut source, &cancel, &mut |_| {}));
            let name = context
                .name_of(*account)
                .unwrap_or(LOCAL_FOLDERS)
                .to_owned();
            match result {
                Ok(report) => {
                    println!(
                        "{}",
                        t!(
                            "transfer-import-done",
                            count = report.imported,
                            account = one_line(&name),
                            folder = one_line(&folder.name)
                        )
                    );
                    if report.deleted > 0 {
                        println!("{}", t!("transfer-import-deleted", count = report.deleted));
                    }
                }
                Err(err) => {
                    let account = context
                        .readable_accounts(Some(&account.to_string()))
                        .ok()
                        .and_then(|mut a| a.pop());
                    if let Some(account) = account {
                        eprintln!("{}", super::transfer::import_failure(&err, &account));
                    }
                    failed = true;
                }
            }
        }
    }
    if failed {
        eprintln!("{}", t!("transfer-import-resume"));
        FAILED
    } else {
        0
    }
}

/// The profile directory: a path given, a profile named, or the default.
fn profile_dir(wanted: Option<&str>) -> Option<PathBuf> {
    if let Some(wanted) = wanted {
        let path = Path::new(wanted);
        if path.join("prefs.js").is_file() {
            return Some(path.to_owned());
        }
    }
    let home = std::env::var_os("HOME").map(PathBuf::from)?;
    let profiles = find_profiles(&home);
    match wanted {
        Some(name) => profiles
            .into_iter()
            .find(|p| p.name == name)
            .map(|p| p.path),
        None => profiles.into_iter().next().map(|p| p.path),
    }
}

/// One TAB-separated line per account, identity, folder and tag.
fn print_plan(plan: &Plan) {
    for account in &plan.accounts {
        let c = &account.config;
        let keep = match c.keep_copy {
            KeepCopy::Keep => "keep".to_owned(),
            other => other.to_string(),
        };
        println!(
            "account\t{}\t{}\t{}:{}\t{}\t{}\t{}",
            one_line(&c.name),
            c.protocol.as_str(),
            one_line(&c.host),
            c.port,
            c.security.as_str(),
            one_line(&c.user),
            if c.protocol == posta_core::account::Protocol::Pop3 {
                keep.as_str()
            } else {
                "-"
            }
        );
        for identity in &account.identities {
            println!(
                "identity\t{}\t{}\t{}\t{}",
                one_line(&c.name),
                one_line(&identity.name),
                one_line(&identity.email),
                one_line(identity.reply_to.as_deref().unwrap_or("-"))
            );
        }
        if let Some(smtp) = &c.smtp {
            println!(
                "smtp\t{}\t{}:{}\t{}\t{}",
                one_line(&c.name),
                one_line(&smtp.host),
                smtp.port,
                smtp.security.as_str(),
                one_line(&smtp.user)
            );
        }
        for folder in &account.folders {
            println!("folder\t{}\t{}", one_line(&c.name), one_line(&folder.name));
        }
        if account.oauth2 {
            eprintln!("{}", t!("transfer-tb-oauth2", account = one_line(&c.name)));
        }
    }
    for folder in &plan.local_folders {
        println!("folder\t{LOCAL_FOLDERS}\t{}", one_line(&folder.name));
    }
    for tag in &plan.tags {
        println!(
            "tag\t{}\t{}\t{}",
            one_line(&tag.keyword),
            one_line(&tag.name),
            tag.color
        );
    }
    for name in &plan.left_out {
        eprintln!("{}", t!("transfer-tb-left-out", account = one_line(name)));
    }
    if plan.unreadable_prefs > 0 {
        eprintln!(
            "{}",
            t!(
                "transfer-tb-unreadable-prefs",
                count = plan.unreadable_prefs
            )
        );
    }
}
