//! After `posta rule …` or `posta vacation …` changed an account's rules:
//! write them to the server (ManageSieve) where it can run them, or say
//! that they run here. What the server refused is said in plain words and
//! never reported as done.

use std::time::Duration;

use super::connect;
use super::context::{one_line, store_failed, Context, FAILED};
use posta_core::managesieve::{self, Credentials, SieveError, SieveSession};
use posta_core::rules::server::{self, InstallError};
use posta_core::rules::{Placement, RulesFile};
use posta_core::store::AccountConfig;
use posta_i18n::t;

/// How a command that changes rules reaches the server.
#[derive(Debug, Clone, clap::Args)]
pub struct Online {
    /// Read the password from standard input instead of the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Where the server cannot keep another client's active script
    /// running beside Posta's, switch it off (after it was shown).
    #[arg(long)]
    pub replace_script: bool,
}

/// Publishes the account's rules from `file` (already saved) and saves
/// where they run; returns the exit code.
pub async fn publish(
    context: &Context,
    account: &AccountConfig,
    mut file: RulesFile,
    online: &Online,
) -> i32 {
    let mut rules = file.account(account.id);
    let name = one_line(&account.name);
    if super::rule::local_only(account) {
        rules.placement = Placement::Here;
        file.set(rules);
        if let Err(err) = file.save(&context.home) {
            return store_failed(err);
        }
        println!("{}", t!("rule-saved-here-pop3", account = name));
        return 0;
    }
    let typed = match connect::typed_password(online.password_stdin) {
        Ok(typed) => typed,
        Err(code) => return code,
    };
    let Some(password) = connect::password(account, typed.as_ref()).await else {
        return FAILED;
    };
    let mut endpoint = match server::endpoint(account, &rules) {
        Ok(endpoint) => endpoint,
        Err(err) => return store_failed(err),
    };
    endpoint.timeout = Duration::from_secs(online.timeout.max(1));
    // An OAuth account will pass Credentials::Bearer with its token here.
    let credentials = Credentials::Password(password);
    let session = SieveSession::connect(&endpoint, &account.user, &credentials).await;
    let mut session = match session {
        Ok(session) => session,
        Err(err) if server::means_no_server(&err) => {
            rules.placement = Placement::Here;
            file.set(rules);
            if let Err(err) = file.save(&context.home) {
                return store_failed(err);
            }
            println!("{}", t!("rule-saved-here", account = name));
            return 0;
        }
        Err(err) => {
            eprintln!("{}", not_on_server(account, &InstallError::Sieve(err)));
            return FAILED;
        }
    };
    let addresses = vec![account.email.clone()];
    let same = |folder: &str| folder.to_owned();
    let installed = server::install(
        &mut session,
        &rules,
        &addresses,
        &same,
        online.replace_script,
    )
    .await;
    let _ = session.logout().await;
    match installed {
        Ok(installed) => {
            rules.placement = Placement::Server;
            rules.elsewhere = installed.kept.clone();
            file.set(rules);
            if let Err(err) = file.save(&context.home) {
                return store_failed(err);
            }
            println!("{}", t!("rule-saved-server", account = name.clone()));
            if let Some(kept) = installed.kept {
                println!("{}", t!("rule-kept-elsewhere", script = one_line(&kept)));
            }
            0
        }
        Err(err) => {
            eprintln!("{}", not_on_server(account, &err));
            FAILED
        }
    }
}

/// "Saved here, not on the server: …" with the reason in plain words.
fn not_on_server(account: &AccountConfig, err: &InstallError) -> String {
    let reason = match err {
        InstallError::Sieve(SieveError::Net(err)) => super::describe_for(account, err),
        InstallError::Sieve(SieveError::Refused(refused)) => {
            let details = refused.text.trim().to_owned();
            match managesieve::error_line(&details) {
                Some(line)
                    if refused.command == "CHECKSCRIPT" || refused.command == "PUTSCRIPT" =>
                {
                    t!(
                        "rule-script-rejected-line",
                        line = line as i64,
                        details = details
                    )
                }
                _ => t!("rule-server-refused", details = details),
            }
        }
        InstallError::Missing(missing) => {
            t!("rule-missing-extension", extension = missing.extension)
        }
        InstallError::WouldReplace { name, script } => t!(
            "rule-would-replace",
            script = one_line(name),
            text = script.trim_end().to_owned()
        ),
    };
    t!("rule-not-on-server", reason = reason)
}
