//! Bringing in a Thunderbird profile: its accounts from `prefs.js` (shown
//! for review before anything is saved; passwords are not read, as
//! Thunderbird keeps them encrypted), the mail of Local Folders and POP3
//! accounts (mbox files, `.sbd` subfolders; the `.msf` indexes ignored),
//! and its tags, keywords kept as Thunderbird wrote them so the same tags
//! meet on an IMAP server. IMAP accounts' mail stays on their server.

pub mod prefs;
pub mod profile;
pub mod save;

use std::path::{Path, PathBuf};

use crate::net::Security;
use crate::protocol::Protocol;
use crate::store::{AccountConfig, Identity, KeepCopy, SmtpConfig, TagDef};
use prefs::Prefs;

/// Thunderbird's `authMethod` for OAuth2.
const AUTH_OAUTH2: i64 = 10;

/// An account as Thunderbird had it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedAccount {
    /// The settings (id 0 until saved).
    pub config: AccountConfig,
    /// The addresses it sends as (account 0 until saved).
    pub identities: Vec<Identity>,
    /// Its local mail (POP3): the folders to bring in.
    pub folders: Vec<MailFolder>,
    /// It signed in with OAuth2.
    pub oauth2: bool,
}

/// One mbox folder of a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailFolder {
    /// Posta's name: `INBOX`, `Rodzina`, `Rodzina/Wakacje`.
    pub name: String,
    /// The mbox file.
    pub path: PathBuf,
}

/// What a profile holds, for review before anything is saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// IMAP and POP3 accounts.
    pub accounts: Vec<PlannedAccount>,
    /// Local Folders' mail.
    pub local_folders: Vec<MailFolder>,
    /// Tags with Thunderbird's keywords, names and colours.
    pub tags: Vec<TagDef>,
    /// Accounts of kinds Posta does not read (news, feeds): their names.
    pub left_out: Vec<String>,
    /// `prefs.js` statements that could not be read.
    pub unreadable_prefs: usize,
}

/// Reads a profile's `prefs.js` and mail folders.
pub fn plan(profile: &Path) -> std::io::Result<Plan> {
    let text = std::fs::read(profile.join("prefs.js"))?;
    let prefs = Prefs::parse(&String::from_utf8_lossy(&text));
    Ok(plan_from(&prefs, profile))
}

/// The plan for parsed preferences of the profile at `profile`.
pub fn plan_from(prefs: &Prefs, profile: &Path) -> Plan {
    let mut plan = Plan {
        unreadable_prefs: prefs.unreadable,
        tags: tags(prefs),
        ..Plan::default()
    };
    for account in prefs.list("mail.accountmanager.accounts") {
        let Some(server) = prefs.text(&format!("mail.account.{account}.server")) else {
            continue;
        };
        let key = |field: &str| format!("mail.server.{server}.{field}");
        let kind = prefs.text(&key("type")).unwrap_or_default();
        let directory = mail_directory(prefs, server, profile);
        match kind {
            "imap" | "pop3" => {
                let identities = identities(prefs, &account);
                let planned = server_account(prefs, server, kind, &identities);
                let folders = match (kind, &directory) {
                    ("pop3", Some(dir)) => mail_folders(dir),
                    _ => Vec::new(),
                };
                plan.accounts.push(PlannedAccount {
                    oauth2: prefs.int(&key("authMethod")) == Some(AUTH_OAUTH2),
                    config: planned,
                    identities,
                    folders,
                });
            }
            "none" => {
                if let Some(dir) = &directory {
                    plan.local_folders = mail_folders(dir);
                }
            }
            _ => plan
                .left_out
                .push(prefs.text(&key("name")).unwrap_or(server).to_owned()),
        }
    }
    plan
}

/// The directory of a server's mail: `directory-rel` (`[ProfD]Mail/…`)
/// inside the profile, else the absolute `directory`.
fn mail_directory(prefs: &Prefs, server: &str, profile: &Path) -> Option<PathBuf> {
    if let Some(rel) = prefs.text(&format!("mail.server.{server}.directory-rel")) {
        if let Some(inside) = rel.strip_prefix("[ProfD]") {
            return Some(profile.join(inside));
        }
    }
    prefs
        .text(&format!("mail.server.{server}.directory"))
        .map(PathBuf::from)
}

fn security(socket_type: Option<i64>) -> Security {
    match socket_type {
        Some(2) => Security::StartTls,
        Some(3) => Security::Tls,
        Some(0) => Security::Insecure,
        // Thunderbird's default for a new account is TLS.
        _ => Security::Tls,
    }
}

fn server_account(
    prefs: &Prefs,
    server: &str,
    kind: &str,
    identities: &[Identity],
) -> AccountConfig {
    let key = |field: &str| format!("mail.server.{server}.{field}");
    let protocol = if kind == "imap" {
        Protocol::Imap
    } else {
        Protocol::Pop3
    };
    let security = security(prefs.int(&key("socketType")));
    let default_port = match (protocol, security) {
        (Protocol::Imap, Security::Tls) => 993,
        (Protocol::Imap, _) => 143,
        (Protocol::Pop3, Security::Tls) => 995,
        (Protocol::Pop3, _) => 110,
    };
    let port = prefs
        .int(&key("port"))
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p > 0)
        .unwrap_or(default_port);
    let email = identities
        .first()
        .map(|i| i.email.clone())
        .unwrap_or_default();
    let host = prefs.text(&key("hostname")).unwrap_or_default().to_owned();
    let keep_copy = if prefs.bool(&key("leave_on_server")).unwrap_or(false) {
        let days = prefs.int(&key("num_days_to_leave_on_server"));
        if prefs
            .bool(&key("delete_by_age_from_server"))
            .unwrap_or(false)
        {
            KeepCopy::DeleteAfterDays(days.and_then(|d| u32::try_from(d).ok()).unwrap_or(7).max(1))
        } else if prefs
            .bool(&key("delete_mail_left_on_server"))
            .unwrap_or(false)
        {
            KeepCopy::UntilDeletedHere
        } else {
            KeepCopy::Keep
        }
    } else {
        KeepCopy::DeleteAfterDownload
    };
    let smtp = identities
        .first()
        .and(prefs_smtp(prefs, identities_smtp_key(prefs, server)));
    AccountConfig {
        id: 0,
        name: prefs
            .text(&key("name"))
            .map(str::to_owned)
            .unwrap_or_else(|| email.clone()),
        display_name: identities
            .first()
            .map(|i| i.name.clone())
            .unwrap_or_default(),
        email,
        protocol,
        host,
        port,
        security,
        user: prefs.text(&key("userName")).unwrap_or_default().to_owned(),
        extra_ca_file: None,
        pinned_fingerprint: None,
        smtp,
        keep_copy,
        max_download_size: None,
        download_bodies: false,
        oauth: None,
        check_interval: prefs
            .int(&key("check_time"))
            .and_then(|m| u64::try_from(m).ok())
            .filter(|m| *m > 0)
            .map_or(crate::store::config::DEFAULT_CHECK_INTERVAL, |m| m * 60),
    }
}

/// The SMTP server key an account's first identity uses (`smtp1`), set by
/// [`identities`] through the identity's `smtpServer`, else the default.
fn identities_smtp_key<'a>(prefs: &'a Prefs, server: &str) -> Option<&'a str> {
    let account = prefs
        .list("mail.accountmanager.accounts")
        .into_iter()
        .find(|a| prefs.text(&format!("mail.account.{a}.server")) == Some(server))?;
    let identity = prefs
        .list(&format!("mail.account.{account}.identities"))
        .into_iter()
        .next();
    identity
        .and_then(|id| prefs.text(&format!("mail.identity.{id}.smtpServer")))
        .filter(|s| !s.is_empty())
        .or_else(|| prefs.text("mail.smtp.defaultserver"))
}

fn prefs_smtp(prefs: &Prefs, key: Option<&str>) -> Option<SmtpConfig> {
    let key = key?;
    let field = |f: &str| format!("mail.smtpserver.{key}.{f}");
    let host = prefs.text(&field("hostname"))?.to_owned();
    let security = match prefs
        .int(&field("try_ssl"))
        .or_else(|| prefs.int(&field("socketType")))
    {
        Some(3) => Security::Tls,
        Some(0) => Security::Insecure,
        _ => Security::StartTls,
    };
    let port = prefs
        .int(&field("port"))
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p > 0)
        .unwrap_or(if security == Security::Tls { 465 } else { 587 });
    Some(SmtpConfig {
        host,
        port,
        security,
        user: prefs
            .text(&field("username"))
            .unwrap_or_default()
            .to_owned(),
        pinned_fingerprint: None,
    })
}

fn identities(prefs: &Prefs, account: &str) -> Vec<Identity> {
    prefs
        .list(&format!("mail.account.{account}.identities"))
        .into_iter()
        .filter_map(|id| {
            let field = |f: &str| format!("mail.identity.{id}.{f}");
            let email = prefs.text(&field("useremail"))?.trim().to_owned();
            Some(Identity {
                account: 0,
                name: prefs
                    .text(&field("fullName"))
                    .unwrap_or_default()
                    .to_owned(),
                email,
                reply_to: prefs
                    .text(&field("reply_to"))
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned),
                signature: prefs
                    .text(&field("htmlSigText"))
                    .unwrap_or_default()
                    .to_owned(),
            })
        })
        .collect()
}

/// Tags from `mailnews.tags.KEY.tag` / `.color`, keyword `KEY`.
fn tags(prefs: &Prefs) -> Vec<TagDef> {
    let mut tags = Vec::new();
    for (name, value) in prefs.with_prefix("mailnews.tags.") {
        let Some(keyword) = name
            .strip_prefix("mailnews.tags.")
            .and_then(|k| k.strip_suffix(".tag"))
        else {
            continue;
        };
        let prefs::Pref::Text(label) = value else {
            continue;
        };
        if !crate::message::is_valid_keyword(keyword) {
            continue;
        }
        let color = prefs
            .text(&format!("mailnews.tags.{keyword}.color"))
            .and_then(crate::store::normalize_color)
            .unwrap_or_else(|| "#808080".to_owned());
        tags.push(TagDef {
            keyword: keyword.to_owned(),
            name: label.clone(),
            color,
        });
    }
    tags
}

/// The mbox folders in a Thunderbird mail directory: files that start
/// with a `From ` line (so `.msf` indexes, `popstate.dat`, filter logs are
/// left alone), subfolders from `Name.sbd/`. `Inbox` becomes `INBOX`.
pub fn mail_folders(dir: &Path) -> Vec<MailFolder> {
    let mut found = Vec::new();
    walk(dir, "", &mut found);
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

fn walk(dir: &Path, prefix: &str, found: &mut Vec<MailFolder>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if let Some(parent) = name.strip_suffix(".sbd") {
                walk(&path, &format!("{prefix}{parent}/"), found);
            }
            continue;
        }
        if name.ends_with(".msf") || !starts_with_from(&path) {
            continue;
        }
        let posta = if prefix.is_empty() && name == "Inbox" {
            "INBOX".to_owned()
        } else {
            format!("{prefix}{name}")
        };
        found.push(MailFolder { name: posta, path });
    }
}

fn starts_with_from(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 5];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"From ")
}
