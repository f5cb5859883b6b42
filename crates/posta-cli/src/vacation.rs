//! `posta vacation ACCOUNT [--on --subject S --body-file F [--since DATE]
//! [--until DATE] [--days N] | --off]`: the automatic reply while away. It
//! is sent by the server (Sieve's vacation extension, which already skips
//! mailing lists and automatic mail), so it needs ManageSieve; without
//! `--on`/`--off` it prints `on|off SUBJECT SINCE UNTIL DAYS`, tab-separated.

use super::context::{one_line, store_failed, Context, FAILED, USAGE};
use super::rule_publish::{publish, Online};
use posta_core::rules::{Placement, RulesFile, Vacation};
use posta_i18n::t;

/// Arguments of `posta vacation`.
#[derive(Debug, clap::Args)]
pub struct VacationArgs {
    /// The account (its name or number).
    pub account: String,
    /// Switch the reply on.
    #[arg(long, conflicts_with = "off", requires_all = ["subject", "body_file"])]
    pub on: bool,
    /// Switch the reply off (its text is kept).
    #[arg(long)]
    pub off: bool,
    /// The reply's subject.
    #[arg(long)]
    pub subject: Option<String>,
    /// A file with the reply's text (UTF-8).
    #[arg(long)]
    pub body_file: Option<std::path::PathBuf>,
    /// First day of the reply, YYYY-MM-DD.
    #[arg(long)]
    pub since: Option<String>,
    /// Last day of the reply, YYYY-MM-DD.
    #[arg(long)]
    pub until: Option<String>,
    /// One reply per sender within this many days.
    #[arg(long, default_value_t = 7)]
    pub days: u32,
    #[command(flatten)]
    pub online: Online,
}

/// Runs `posta vacation`; returns the exit code.
pub async fn run(args: VacationArgs) -> i32 {
    let (context, account) = match Context::load_for(&args.account) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let name = one_line(&account.name);
    let mut file = match RulesFile::load(&context.home) {
        Ok(file) => file,
        Err(err) => return store_failed(err),
    };
    let mut rules = file.account(account.id);
    if !args.on && !args.off {
        match &rules.vacation {
            Some(v) => println!(
                "{}\t{}\t{}\t{}\t{}",
                if v.enabled { "on" } else { "off" },
                one_line(&v.subject),
                v.since.as_deref().unwrap_or("-"),
                v.until.as_deref().unwrap_or("-"),
                v.days
            ),
            None => println!("off\t-\t-\t-\t-"),
        }
        return 0;
    }
    if super::rule::local_only(&account) {
        eprintln!("{}", t!("vacation-needs-server", account = name));
        return FAILED;
    }
    if args.off {
        match rules.vacation.as_mut() {
            Some(v) => v.enabled = false,
            None => {
                println!("{}", t!("vacation-was-off", account = name));
                return 0;
            }
        }
    } else {
        let (Some(subject), Some(path)) = (&args.subject, &args.body_file) else {
            return USAGE;
        };
        let body = match std::fs::read_to_string(path) {
            Ok(body) => body,
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return FAILED;
            }
        };
        let vacation = Vacation {
            enabled: true,
            subject: subject.clone(),
            body,
            since: args.since.clone(),
            until: args.until.clone(),
            days: args.days.max(1),
        };
        if let Err(err) = vacation.validate() {
            eprintln!("{}", super::rule::invalid(&err));
            return USAGE;
        }
        rules.vacation = Some(vacation);
    }
    let on = args.on;
    file.set(rules);
    if let Err(err) = file.save(&context.home) {
        return store_failed(err);
    }
    let code = publish(&context, &account, file, &args.online).await;
    if code != 0 {
        return code;
    }
    let placement = RulesFile::load(&context.home)
        .map(|f| f.account(account.id).placement)
        .unwrap_or_default();
    if on && placement == Placement::Here {
        eprintln!("{}", t!("vacation-needs-server", account = name));
        return FAILED;
    }
    println!(
        "{}",
        if on {
            t!("vacation-on", account = name)
        } else {
            t!("vacation-off", account = name)
        }
    );
    0
}
