//! Putting an account's rules on its server: Posta's script is written,
//! checked with `CHECKSCRIPT`, uploaded and made the active one. A script
//! the user already had active (from a webmail, another client) is never
//! lost: Posta's script includes it, or — where the server has no include
//! extension — nothing is changed until the user agrees to replace it.

use super::sieve::{self, Extensions, Missing, ScriptInput};
use super::storage::AccountRules;
use crate::managesieve::{self, SieveError, SieveSession};
use crate::net::{Endpoint, Security};
use crate::store::AccountConfig;

/// The name of Posta's script on the server.
pub const SCRIPT_NAME: &str = "posta";

/// Why the rules did not reach the server.
#[derive(Debug, Clone, thiserror::Error)]
pub enum InstallError {
    /// The connection failed, or the server refused a command (for
    /// `CHECKSCRIPT`, with the errors in the script and their lines).
    #[error(transparent)]
    Sieve(#[from] SieveError),
    /// A rule needs a Sieve extension the server lacks.
    #[error(transparent)]
    Missing(#[from] Missing),
    /// Another script is active and the server cannot include it:
    /// activating Posta's would switch it off.
    #[error("the active script {name:?} would stop running")]
    WouldReplace {
        /// Its name.
        name: String,
        /// Its text, to show the user.
        script: String,
    },
}

/// What installing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The other client's script Posta's now includes.
    pub kept: Option<String>,
    /// The script as uploaded.
    pub script: String,
}

/// The ManageSieve endpoint of an account: where its rules say, else the
/// IMAP host at port 4190; STARTTLS unless the account uses no encryption.
pub fn endpoint(account: &AccountConfig, rules: &AccountRules) -> crate::store::Result<Endpoint> {
    let imap = account.endpoint()?;
    let configured = rules.sieve.as_ref();
    let host = configured
        .and_then(|s| s.host.clone())
        .unwrap_or(imap.host.clone());
    let port = configured.and_then(|s| s.port).unwrap_or(managesieve::PORT);
    let security = match imap.security {
        Security::Insecure => Security::Insecure,
        _ => Security::StartTls,
    };
    let mut endpoint = Endpoint::new(host, port, security);
    endpoint.tls = imap.tls;
    Ok(endpoint)
}

/// Writes `rules` as Posta's script and makes it the active one. With
/// `replace`, an active script that cannot be included is switched off
/// (it stays on the server, unchanged).
pub async fn install(
    session: &mut SieveSession,
    rules: &AccountRules,
    addresses: &[String],
    folder_name: &dyn Fn(&str) -> String,
    replace: bool,
) -> Result<Installed, InstallError> {
    let extensions = session.extensions();
    let scripts = session.list_scripts().await?;
    let active = scripts.iter().find(|s| s.active).map(|s| s.name.clone());
    let include = match active {
        Some(name) if name == SCRIPT_NAME => {
            let text = session.get_script(SCRIPT_NAME).await?;
            sieve::parse(&text).and_then(|ours| ours.include)
        }
        Some(name) if extensions.has("include") => Some(name),
        Some(name) if !replace => {
            let script = session.get_script(&name).await?;
            return Err(InstallError::WouldReplace { name, script });
        }
        _ => None,
    };
    let script = script_for(
        rules,
        addresses,
        include.as_deref(),
        folder_name,
        &extensions,
    )?;
    session.check_script(&script).await?;
    session.put_script(SCRIPT_NAME, &script).await?;
    session.set_active(SCRIPT_NAME).await?;
    Ok(Installed {
        kept: include,
        script,
    })
}

/// The script for `rules` on a server with `extensions`.
pub fn script_for(
    rules: &AccountRules,
    addresses: &[String],
    include: Option<&str>,
    folder_name: &dyn Fn(&str) -> String,
    extensions: &Extensions,
) -> Result<String, Missing> {
    sieve::generate(
        &ScriptInput {
            rules: &rules.rules,
            vacation: rules.vacation.as_ref(),
            addresses,
            include,
            folder_name,
        },
        extensions,
    )
}

/// True for failures that mean "no ManageSieve there" (nothing listens,
/// no such host), after which the rules run in Posta instead.
pub fn means_no_server(err: &SieveError) -> bool {
    use crate::error::ErrorKind;
    match err {
        SieveError::Net(err) => matches!(
            err.kind(),
            ErrorKind::ConnectionRefused | ErrorKind::HostNotFound
        ),
        SieveError::Refused(_) => false,
    }
}
