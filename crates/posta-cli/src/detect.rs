//! `posta detect ADDRESS [--bundled-only]`: the wizard's detection on the
//! command line. One tab-separated line per server found, best first:
//! `PROTOCOL HOST PORT SECURITY LOGIN SOURCE`; the provider's hint (switch
//! IMAP on, use an app password) on standard error.

use posta_core::autoconfig::{self, AutoconfigError, Progress, Source, Step, StepOutcome};
use posta_core::autoconfig::{Address, DetectOptions};
use posta_i18n as i18n;
use posta_i18n::t;

use super::context::{FAILED, USAGE};

/// Arguments of `posta detect`.
#[derive(Debug, clap::Args)]
pub struct DetectArgs {
    /// The e-mail address whose servers to find.
    pub address: String,
    /// Look only in /etc/posta/providers and Posta's bundled provider list;
    /// nothing goes over the network.
    #[arg(long)]
    pub bundled_only: bool,
}

/// Runs detection; 0 when servers were found, 1 when none, 2 for an
/// address that is not one.
pub async fn run(args: DetectArgs) -> i32 {
    let Some(address) = Address::parse(&args.address) else {
        eprintln!(
            "{}",
            t!("provider-detect-invalid", address = args.address.as_str())
        );
        return USAGE;
    };
    // Broken files under /etc/posta were reported at start-up (main.rs).
    let mut options = DetectOptions::default();
    if args.bundled_only {
        options.skip = Step::ALL
            .into_iter()
            .filter(|s| *s != Step::ProviderList)
            .collect();
    }
    let mut found_by = None;
    let result = autoconfig::detect(&args.address, &options, |progress| {
        if let Progress::Finished(step, StepOutcome::Found) = progress {
            found_by = Some(step);
        }
    })
    .await;
    let detection = match result {
        Ok(detection) => detection,
        Err(AutoconfigError::NotFound) if args.bundled_only => {
            eprintln!(
                "{}",
                t!(
                    "provider-detect-none-bundled",
                    domain = address.domain.as_str()
                )
            );
            return FAILED;
        }
        Err(_) => {
            eprintln!(
                "{}",
                t!("provider-detect-none", address = args.address.as_str())
            );
            return FAILED;
        }
    };
    let source = source_name(&detection.source, found_by);
    // The AUTH column: `oauth2` where a compiled-in or /etc provider signs
    // this address in at this server, else `password`.
    let providers = super::oauth::providers();
    let auth = |host: &str| match providers.for_account(&args.address, host) {
        Some(_) => "oauth2",
        None => "password",
    };
    for server in &detection.incoming {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{source}\t{}",
            server.protocol.as_str(),
            server.host,
            server.port,
            server.security.as_str(),
            server.user,
            auth(&server.host)
        );
    }
    for server in &detection.outgoing {
        println!(
            "smtp\t{}\t{}\t{}\t{}\t{source}\t{}",
            server.host,
            server.port,
            server.security.as_str(),
            server.user,
            auth(&server.host)
        );
    }
    if let Some(hint) = detection
        .hint
        .as_ref()
        .and_then(i18n::describe_provider_hint)
    {
        eprintln!("{hint}");
    }
    0
}

/// The SOURCE column: `etc`, `bundled`, `autoconfig`, `well-known`, `mx`,
/// `srv` or `probe`.
fn source_name(source: &Source, step: Option<Step>) -> &'static str {
    match (source, step) {
        (Source::Organisation { .. }, _) => "etc",
        (Source::ProviderList { .. }, _) => "bundled",
        (Source::Published { .. }, Some(Step::WellKnown)) => "well-known",
        (Source::Published { .. }, _) => "autoconfig",
        (Source::MxProvider { .. }, _) => "mx",
        (Source::Srv, _) => "srv",
        (Source::Guess, _) => "probe",
    }
}
