//! `posta check`: connect, log in, report what the server offers.

use std::sync::Arc;
use std::time::Duration;

use posta_core::account::{Connection, ConnectionSettings, Protocol};
use posta_core::error::Fingerprint;
use posta_core::net::{Endpoint, Security, TlsOptions};
use posta_i18n::t;

/// Arguments of `posta check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// `imap` or `pop3`.
    #[arg(long)]
    pub protocol: Protocol,
    /// Server host name.
    #[arg(long)]
    pub host: String,
    /// Server port (993/143 IMAP, 995/110 POP3).
    #[arg(long)]
    pub port: u16,
    /// `tls`, `starttls` or `none` (none sends your password unencrypted).
    #[arg(long, value_parser = super::args::parse_security)]
    pub security: Security,
    /// Login name.
    #[arg(long)]
    pub user: String,
    /// Read the password from standard input (it is never a command-line
    /// argument, where other users of the machine could see it).
    #[arg(long, required_unless_present = "oauth", conflicts_with = "oauth")]
    pub password_stdin: bool,
    /// Sign in with the provider in the browser instead of a password (the
    /// token is used for this check only and kept nowhere).
    #[arg(long)]
    pub oauth: bool,
    /// An extra certificate authority to trust (PEM file).
    #[arg(long)]
    pub ca_file: Option<std::path::PathBuf>,
    /// Accept the server certificate with this SHA-256 fingerprint.
    #[arg(long)]
    pub fingerprint: Option<String>,
    /// Seconds to wait for each network step.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
}

/// Runs the check; returns the exit code (0 on success, 1 on a connection
/// failure, 2 on bad arguments).
pub async fn run(args: CheckArgs) -> i32 {
    let password = if args.oauth {
        match super::oauth::one_off_token(&args.user, &args.host).await {
            Ok(token) => token,
            Err(code) => return code,
        }
    } else {
        match super::read_password_stdin() {
            Ok(p) => p,
            Err(err) => {
                eprintln!("{}", t!("error-io", details = err.to_string()));
                return 2;
            }
        }
    };
    let extra_ca_pem = match &args.ca_file {
        Some(path) => match std::fs::read(path) {
            Ok(pem) => Some(Arc::new(pem)),
            Err(err) => {
                eprintln!(
                    "{}",
                    t!(
                        "check-ca-unreadable",
                        path = path.display().to_string(),
                        details = err.to_string()
                    )
                );
                return 2;
            }
        },
        None => None,
    };
    let pinned = match args.fingerprint.as_deref().map(Fingerprint::parse) {
        Some(None) => {
            eprintln!("{}", t!("check-bad-fingerprint"));
            return 2;
        }
        Some(fp) => fp,
        None => None,
    };
    let settings = ConnectionSettings {
        protocol: args.protocol,
        endpoint: Endpoint {
            host: args.host.clone(),
            port: args.port,
            security: args.security,
            tls: TlsOptions {
                extra_ca_pem,
                pinned,
            },
            timeout: Duration::from_secs(args.timeout.max(1)),
        },
        user: args.user.clone(),
        password,
    };
    if args.security == Security::Insecure {
        eprintln!("{}", t!("check-insecure-warning"));
    }
    let connected = async {
        let mut connection = Connection::connect(&settings).await?;
        // Logged in is not enough: the folders must list and INBOX open.
        match connection.verify().await {
            Ok(folders) => Ok((connection, folders)),
            Err(err) => {
                let _ = connection.close().await;
                Err(err)
            }
        }
    };
    match connected.await {
        Ok((connection, folders)) => {
            let caps = connection.capabilities();
            println!(
                "{}",
                t!(
                    "check-ok",
                    protocol = args.protocol.as_str().to_uppercase(),
                    host = args.host.as_str(),
                    port = args.port.to_string()
                )
            );
            println!(
                "{}: {}",
                t!("check-server-capabilities"),
                connection.server_capabilities().join(" ")
            );
            let yes_no = |b: bool| if b { t!("check-yes") } else { t!("check-no") };
            for (id, value) in [
                ("capability-server-folders", caps.server_folders),
                ("capability-server-flags", caps.server_flags),
                ("capability-keywords", caps.keywords),
                ("capability-shared-folders", caps.shared_folders),
                ("capability-metadata", caps.metadata),
                ("capability-push", caps.push),
                ("capability-partial-fetch", caps.partial_fetch),
            ] {
                println!("  {}: {}", t!(id), yes_no(value));
            }
            println!("{}: {}", t!("check-folders"), folders);
            let _ = connection.close().await;
            0
        }
        Err(err) => {
            eprintln!("error: {}", err.kind().as_str());
            eprintln!("{}", super::describe_error(&err, &args.host));
            1
        }
    }
}
