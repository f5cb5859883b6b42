//! `posta rule list|add|remove|move|enable|disable|server ACCOUNT …`: an
//! account's rules. Every change is saved in `rules.toml`, then — for an
//! IMAP account whose server offers ManageSieve — written to the server as
//! Posta's Sieve script, so mail is sorted also while Posta is closed;
//! otherwise the rules run in Posta as mail arrives. `list` prints one
//! line per rule: number, name, `on|off`, where it runs (`server|here`),
//! `any|all`, conditions and actions (`;`-separated), separated by tabs;
//! a script made elsewhere that keeps running is a line numbered `-`.

use super::context::{one_line, store_failed, Context, USAGE};
use super::rule_publish::{publish, Online};
use posta_core::rules::{Action, Condition, Invalid, Rule, RulesFile, SieveServer};
use posta_core::store::AccountConfig;
use posta_i18n::t;

/// `posta rule …`.
#[derive(Debug, clap::Subcommand)]
pub enum RuleCommand {
    /// List the account's rules: number, name, on|off, server|here,
    /// any|all, conditions, actions, separated by tabs.
    List {
        /// The account (its name or number).
        account: String,
    },
    /// Add a rule at the end of the list.
    Add(Box<AddArgs>),
    /// Remove a rule (its number in `posta rule list`).
    Remove {
        /// The account.
        account: String,
        /// The rule's number.
        number: usize,
        #[command(flatten)]
        online: Online,
    },
    /// Move a rule to another place (1 is first).
    Move {
        /// The account.
        account: String,
        /// The rule's number.
        number: usize,
        /// Its new place.
        to: usize,
        #[command(flatten)]
        online: Online,
    },
    /// Switch a rule on.
    Enable {
        /// The account.
        account: String,
        /// The rule's number.
        number: usize,
        #[command(flatten)]
        online: Online,
    },
    /// Switch a rule off (it is kept).
    Disable {
        /// The account.
        account: String,
        /// The rule's number.
        number: usize,
        #[command(flatten)]
        online: Online,
    },
    /// Where the account's ManageSieve server is, when not on the IMAP
    /// host at port 4190.
    Server {
        /// The account.
        account: String,
        /// The ManageSieve host.
        #[arg(long)]
        host: Option<String>,
        /// The ManageSieve port.
        #[arg(long)]
        port: Option<u16>,
    },
}

/// `posta rule add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The account.
    pub account: String,
    /// The rule's name.
    pub name: String,
    /// The sender contains this text.
    #[arg(long)]
    pub from: Vec<String>,
    /// An address in To or Cc contains this text.
    #[arg(long)]
    pub to: Vec<String>,
    /// The subject contains this text.
    #[arg(long)]
    pub subject: Vec<String>,
    /// A header contains a text: NAME:TEXT.
    #[arg(long)]
    pub header: Vec<String>,
    /// The message is larger than SIZE (bytes, or with K, M or G).
    #[arg(long)]
    pub larger_than: Option<String>,
    /// Every condition must match (without it, any one does).
    #[arg(long)]
    pub all: bool,
    /// Move the message to this folder (made when missing).
    #[arg(long)]
    pub move_to: Option<String>,
    /// Put a copy into this folder.
    #[arg(long)]
    pub copy_to: Vec<String>,
    /// Add this tag (keyword).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Mark the message read.
    #[arg(long)]
    pub mark_read: bool,
    /// Star the message.
    #[arg(long)]
    pub star: bool,
    /// Send the message on to this address (a copy is kept).
    #[arg(long)]
    pub forward_to: Vec<String>,
    /// Delete the message.
    #[arg(long)]
    pub delete: bool,
    /// Look at no later rule.
    #[arg(long)]
    pub stop: bool,
    #[command(flatten)]
    pub online: Online,
}

/// Runs `posta rule …`; returns the exit code.
pub async fn run(command: RuleCommand) -> i32 {
    match command {
        RuleCommand::List { account } => list(&account),
        RuleCommand::Add(args) => {
            let rule = match rule_from(&args) {
                Ok(rule) => rule,
                Err(code) => return code,
            };
            change(&args.account, &args.online, move |rules| {
                rules.push(rule);
                Ok(())
            })
            .await
        }
        RuleCommand::Remove {
            account,
            number,
            online,
        } => {
            change(&account, &online, |rules| {
                let index = index(rules, number)?;
                rules.remove(index);
                Ok(())
            })
            .await
        }
        RuleCommand::Move {
            account,
            number,
            to,
            online,
        } => {
            change(&account, &online, |rules| {
                let index = index(rules, number)?;
                let rule = rules.remove(index);
                let to = to.clamp(1, rules.len() + 1) - 1;
                rules.insert(to, rule);
                Ok(())
            })
            .await
        }
        RuleCommand::Enable {
            account,
            number,
            online,
        } => switch(&account, number, true, &online).await,
        RuleCommand::Disable {
            account,
            number,
            online,
        } => switch(&account, number, false, &online).await,
        RuleCommand::Server {
            account,
            host,
            port,
        } => server(&account, host, port),
    }
}

async fn switch(account: &str, number: usize, on: bool, online: &Online) -> i32 {
    change(account, online, |rules| {
        let index = index(rules, number)?;
        rules[index].enabled = on;
        Ok(())
    })
    .await
}

/// The index of rule `number` (1-based); says why not.
fn index(rules: &[Rule], number: usize) -> Result<usize, i32> {
    if number == 0 || number > rules.len() {
        eprintln!("{}", t!("rule-unknown", number = number as i64));
        return Err(USAGE);
    }
    Ok(number - 1)
}

/// Loads the account's rules, applies `edit`, saves, and publishes.
async fn change(
    wanted: &str,
    online: &Online,
    edit: impl FnOnce(&mut Vec<Rule>) -> Result<(), i32>,
) -> i32 {
    let (context, account) = match Context::load_for(wanted) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let mut file = match RulesFile::load(&context.home) {
        Ok(file) => file,
        Err(err) => return store_failed(err),
    };
    let mut rules = file.account(account.id);
    if let Err(code) = edit(&mut rules.rules) {
        return code;
    }
    file.set(rules.clone());
    if let Err(err) = file.save(&context.home) {
        return store_failed(err);
    }
    publish(&context, &account, file, online).await
}

fn list(wanted: &str) -> i32 {
    let (context, account) = match Context::load_for(wanted) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let file = match RulesFile::load(&context.home) {
        Ok(file) => file,
        Err(err) => return store_failed(err),
    };
    let rules = file.account(account.id);
    let place = rules.placement.as_str();
    if rules.rules.is_empty() && rules.elsewhere.is_none() {
        eprintln!("{}", t!("rule-none", account = one_line(&account.name)));
    }
    for (i, rule) in rules.rules.iter().enumerate() {
        println!(
            "{}\t{}\t{}\t{place}\t{}\t{}\t{}",
            i + 1,
            one_line(&rule.name),
            if rule.enabled { "on" } else { "off" },
            if rule.all { "all" } else { "any" },
            one_line(&conditions_text(&rule.conditions)),
            one_line(&actions_text(&rule.actions)),
        );
    }
    if let Some(name) = &rules.elsewhere {
        println!(
            "-\t{}\ton\tserver\t-\tmade-elsewhere\tinclude",
            one_line(name)
        );
    }
    0
}

fn server(wanted: &str, host: Option<String>, port: Option<u16>) -> i32 {
    let (context, account) = match Context::load_for(wanted) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let mut file = match RulesFile::load(&context.home) {
        Ok(file) => file,
        Err(err) => return store_failed(err),
    };
    let mut rules = file.account(account.id);
    rules.sieve = (host.is_some() || port.is_some()).then_some(SieveServer { host, port });
    file.set(rules.clone());
    if let Err(err) = file.save(&context.home) {
        return store_failed(err);
    }
    let at = rules.sieve.as_ref();
    println!(
        "{}\t{}",
        at.and_then(|s| s.host.clone())
            .unwrap_or_else(|| account.host.clone()),
        at.and_then(|s| s.port)
            .unwrap_or(posta_core::managesieve::PORT)
    );
    0
}

/// `from:x;subject:y`, as `list` prints conditions.
fn conditions_text(conditions: &[Condition]) -> String {
    let parts: Vec<String> = conditions
        .iter()
        .map(|c| match c {
            Condition::From { contains } => format!("from:{contains}"),
            Condition::ToCc { contains } => format!("to:{contains}"),
            Condition::Subject { contains } => format!("subject:{contains}"),
            Condition::Header { name, contains } => format!("header:{name}:{contains}"),
            Condition::LargerThan { bytes } => format!("larger-than:{bytes}"),
        })
        .collect();
    if parts.is_empty() {
        "every-message".to_owned()
    } else {
        parts.join(";")
    }
}

/// `move-to:X;mark-read`, as `list` prints actions.
fn actions_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|a| match a {
            Action::MoveTo { folder } => format!("move-to:{folder}"),
            Action::CopyTo { folder } => format!("copy-to:{folder}"),
            Action::Tag { keyword } => format!("tag:{keyword}"),
            Action::MarkRead => "mark-read".to_owned(),
            Action::Star => "star".to_owned(),
            Action::ForwardTo { address } => format!("forward-to:{address}"),
            Action::Delete => "delete".to_owned(),
            Action::Stop => "stop".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// `500`, `500K`, `5M`, `1G` in bytes (K = 1024).
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((at, _)) => text.split_at(at),
        None => (text, ""),
    };
    let number: u64 = digits.parse().ok()?;
    let factor = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1024,
        "M" | "MB" | "MIB" => 1024 * 1024,
        "G" | "GB" | "GIB" => 1024 * 1024 * 1024,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// The rule `add`'s flags describe; says why not.
fn rule_from(args: &AddArgs) -> Result<Rule, i32> {
    let mut conditions = Vec::new();
    conditions.extend(args.from.iter().map(|t| Condition::From {
        contains: t.clone(),
    }));
    conditions.extend(args.to.iter().map(|t| Condition::ToCc {
        contains: t.clone(),
    }));
    conditions.extend(args.subject.iter().map(|t| Condition::Subject {
        contains: t.clone(),
    }));
    for header in &args.header {
        let Some((name, text)) = header.split_once(':') else {
            eprintln!("{}", t!("rule-header-format"));
            return Err(USAGE);
        };
        conditions.push(Condition::Header {
            name: name.trim().to_owned(),
            contains: text.trim_start().to_owned(),
        });
    }
    if let Some(size) = &args.larger_than {
        let Some(bytes) = parse_size(size) else {
            eprintln!("{}", t!("rule-size-invalid", value = one_line(size)));
            return Err(USAGE);
        };
        conditions.push(Condition::LargerThan { bytes });
    }
    let mut actions = Vec::new();
    actions.extend(args.tag.iter().map(|k| Action::Tag { keyword: k.clone() }));
    if args.mark_read {
        actions.push(Action::MarkRead);
    }
    if args.star {
        actions.push(Action::Star);
    }
    actions.extend(
        args.copy_to
            .iter()
            .map(|f| Action::CopyTo { folder: f.clone() }),
    );
    if let Some(folder) = &args.move_to {
        actions.push(Action::MoveTo {
            folder: folder.clone(),
        });
    }
    actions.extend(
        args.forward_to
            .iter()
            .map(|a| Action::ForwardTo { address: a.clone() }),
    );
    if args.delete {
        actions.push(Action::Delete);
    }
    if args.stop {
        actions.push(Action::Stop);
    }
    let rule = Rule {
        name: args.name.clone(),
        enabled: true,
        all: args.all,
        conditions,
        actions,
    };
    rule.validate().map_err(|err| {
        eprintln!("{}", invalid(&err));
        USAGE
    })?;
    Ok(rule)
}

/// The sentence for a value a rule cannot hold.
pub fn invalid(err: &Invalid) -> String {
    match err {
        Invalid::NoAction => t!("rule-no-action"),
        Invalid::HeaderName(v) => t!("rule-invalid-header", value = one_line(v)),
        Invalid::Keyword(v) => t!("rule-invalid-tag", value = one_line(v)),
        Invalid::Folder(v) => t!("rule-invalid-folder", value = one_line(v)),
        Invalid::Address(v) => t!("rule-invalid-address", value = one_line(v)),
        Invalid::Date(v) => t!("rule-invalid-date", value = one_line(v)),
        Invalid::Text(v) => t!("rule-invalid-text", value = one_line(v)),
    }
}

/// Whether the account's rules can only run here (POP3 has no filters on
/// the server).
pub fn local_only(account: &AccountConfig) -> bool {
    account.protocol == posta_core::account::Protocol::Pop3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_units() {
        assert_eq!(parse_size("500"), Some(500));
        assert_eq!(parse_size("5M"), Some(5 * 1024 * 1024));
        assert_eq!(parse_size("2 kB"), Some(2048));
        assert_eq!(parse_size("5X"), None);
        assert_eq!(parse_size("M"), None);
    }
}
