//! Finding a mail account's servers from its address, the way the wizard
//! explains it: first Posta's own provider list, then what the provider
//! publishes (its autoconfig file, then the well-known path), then the
//! provider behind the domain's MX records, then the domain's SRV records
//! (RFC 6186), and last a guess by probing the usual names and ports. The
//! first step that finds something ends the search; every step reports its
//! progress, and dropping the future cancels it.
//!
//! Nothing here imports iced; the wizard turns [`Progress`] into messages.

pub mod certificate;
pub mod clientconfig;
pub mod dns;
pub mod error;
pub mod hint;
pub mod http;
pub mod probe;
pub mod providers;
pub mod server;
pub mod smtp;
mod srv;

use std::sync::Arc;

pub use error::{AutoconfigError, StepOutcome};
pub use server::{Address, Authentication, IncomingServer, LeaveOnServer, OutgoingServer};

use crate::etc::Etc;
use clientconfig::ClientConfig;
use dns::{Dns, SystemDns};
use http::HttpOptions;
use probe::ProbeOptions;

/// The detection steps, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// `/etc/posta/providers`, then Posta's bundled provider list.
    ProviderList,
    /// `https://autoconfig.<domain>/mail/config-v1.1.xml`.
    Autoconfig,
    /// `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml`.
    WellKnown,
    /// The provider behind the domain's MX hosts, in the bundled list.
    Mx,
    /// The domain's SRV records (RFC 6186).
    Srv,
    /// Probing the usual host names and ports.
    Probe,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::ProviderList,
        Step::Autoconfig,
        Step::WellKnown,
        Step::Mx,
        Step::Srv,
        Step::Probe,
    ];
}

/// A change in one step, for a progress list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// The step started.
    Started(Step),
    /// The step ended.
    Finished(Step, StepOutcome),
}

/// Where the settings came from, which tells the user how far to trust them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The administrator's `/etc/posta/providers` knows the domain.
    Organisation {
        /// The provider's name.
        provider: String,
        /// The file with the settings.
        file: std::path::PathBuf,
    },
    /// Posta's provider list knows the domain.
    ProviderList {
        /// The provider's name.
        provider: String,
    },
    /// The provider published them at this HTTPS address.
    Published {
        /// The address of the document.
        url: String,
    },
    /// The domain's mail goes to a provider Posta's list knows.
    MxProvider {
        /// The MX host that led to the provider.
        mx_host: String,
        /// The provider's name.
        provider: String,
    },
    /// The domain's DNS names its servers (SRV records).
    Srv,
    /// Servers answered on the usual names and ports: a guess to check.
    Guess,
}

/// What detection found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// Where it came from.
    pub source: Source,
    /// The provider's name, when known.
    pub provider_name: Option<String>,
    /// Incoming servers, best first.
    pub incoming: Vec<IncomingServer>,
    /// Outgoing servers, best first (may be empty).
    pub outgoing: Vec<OutgoingServer>,
    /// What the user must do at the provider first, when the provider is
    /// known (bundled list, `/etc`, published file or MX).
    pub hint: Option<hint::ProviderHint>,
}

impl Detection {
    /// The best incoming server of `protocol`.
    pub fn best_incoming(&self, protocol: crate::protocol::Protocol) -> Option<&IncomingServer> {
        self.incoming.iter().find(|s| s.protocol == protocol)
    }

    /// False when every incoming server needs the provider's sign-in page
    /// (OAuth2), which Posta cannot do yet.
    pub fn password_login_possible(&self) -> bool {
        self.incoming
            .iter()
            .any(|s| server::accepts_password(&s.authentication))
    }
}

/// How detection runs; tests replace the network parts.
#[derive(Debug, Clone)]
pub struct DetectOptions {
    /// The HTTPS steps.
    pub http: HttpOptions,
    /// DNS for the MX and SRV steps.
    pub dns: Arc<dyn Dns>,
    /// The probing step.
    pub probe: ProbeOptions,
    /// Steps not to run (reported as skipped).
    pub skip: Vec<Step>,
    /// The administrator's settings, whose providers win over the bundled.
    pub etc: Arc<Etc>,
}

impl Default for DetectOptions {
    fn default() -> Self {
        DetectOptions {
            http: HttpOptions::default(),
            dns: Arc::new(SystemDns::default()),
            probe: ProbeOptions::default(),
            skip: Vec::new(),
            etc: Etc::shared(),
        }
    }
}

/// Finds the servers of `email`, reporting each step to `progress`.
///
/// Fails with [`AutoconfigError::InvalidAddress`] for a malformed address
/// and [`AutoconfigError::NotFound`] when no step found anything.
pub async fn detect(
    email: &str,
    options: &DetectOptions,
    mut progress: impl FnMut(Progress) + Send,
) -> Result<Detection, AutoconfigError> {
    let address =
        Address::parse(email).ok_or_else(|| AutoconfigError::InvalidAddress(email.to_owned()))?;
    let mut found = None;
    for step in Step::ALL {
        if found.is_some() || options.skip.contains(&step) {
            progress(Progress::Finished(step, StepOutcome::Skipped));
            continue;
        }
        progress(Progress::Started(step));
        match run_step(step, &address, options).await {
            Ok(detection) => {
                progress(Progress::Finished(step, StepOutcome::Found));
                found = Some(detection);
            }
            Err(err) => progress(Progress::Finished(step, StepOutcome::Nothing(err))),
        }
    }
    found.ok_or(AutoconfigError::NotFound)
}

/// Runs one step.
pub async fn run_step(
    step: Step,
    address: &Address,
    options: &DetectOptions,
) -> Result<Detection, AutoconfigError> {
    match step {
        Step::ProviderList => {
            if let Some(entry) = options.etc.provider(&address.domain) {
                let mut detection =
                    from_config(&entry.config, address, |provider| Source::Organisation {
                        provider,
                        file: entry.file.clone(),
                    });
                // The administrator's words, not Posta's for the provider
                // whose id the file may share.
                if let Some(hint) = &mut detection.hint {
                    hint.message_id = None;
                }
                return Ok(detection);
            }
            let config = providers::lookup(&address.domain).ok_or(AutoconfigError::NotFound)?;
            Ok(from_config(config, address, |name| Source::ProviderList {
                provider: name,
            }))
        }
        Step::Autoconfig | Step::WellKnown => {
            let template = if step == Step::Autoconfig {
                &options.http.autoconfig_url
            } else {
                &options.http.well_known_url
            };
            let url = http::url_for(template, address);
            let xml = http::fetch(&url, &options.http).await?;
            let config = ClientConfig::parse(&xml)?;
            Ok(from_config(&config, address, |_| Source::Published {
                url: url.clone(),
            }))
        }
        Step::Mx => {
            let hosts = options.dns.mx(&address.domain).await?;
            for host in &hosts {
                for name in dns::mx_lookup_names(host) {
                    if let Some(config) = providers::lookup(&name) {
                        return Ok(from_config(config, address, |provider| {
                            Source::MxProvider {
                                mx_host: host.clone(),
                                provider,
                            }
                        }));
                    }
                }
            }
            Err(AutoconfigError::NotFound)
        }
        Step::Srv => srv::lookup(address, options.dns.as_ref()).await,
        Step::Probe => {
            let result = probe::probe(address, &options.probe).await;
            if result.incoming.is_empty() {
                return Err(AutoconfigError::NotFound);
            }
            Ok(Detection {
                source: Source::Guess,
                provider_name: None,
                incoming: result.incoming,
                outgoing: result.outgoing,
                hint: None,
            })
        }
    }
}

fn from_config(
    config: &ClientConfig,
    address: &Address,
    source: impl FnOnce(String) -> Source,
) -> Detection {
    let name = config
        .display_name
        .clone()
        .unwrap_or_else(|| config.id.clone());
    Detection {
        source: source(name.clone()),
        provider_name: Some(name.clone()),
        incoming: config.incoming_for(address),
        outgoing: config.outgoing_for(address),
        hint: Some(hint::ProviderHint {
            provider: name,
            message_id: Some(hint::message_id(&config.id)),
            enable: config.enable.clone(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Protocol;

    fn offline() -> DetectOptions {
        DetectOptions {
            skip: vec![
                Step::Autoconfig,
                Step::WellKnown,
                Step::Mx,
                Step::Srv,
                Step::Probe,
            ],
            ..DetectOptions::default()
        }
    }

    #[tokio::test]
    async fn the_provider_list_answers_first_and_the_rest_is_skipped() {
        let mut seen = Vec::new();
        let detection = detect("jan.kowalski@wp.pl", &DetectOptions::default(), |p| {
            seen.push(p)
        })
        .await
        .unwrap();
        assert_eq!(
            detection.source,
            Source::ProviderList {
                provider: "Poczta Wirtualna Polska".into()
            }
        );
        assert_eq!(
            detection.best_incoming(Protocol::Imap).unwrap().host,
            "imap.wp.pl"
        );
        assert_eq!(
            detection.best_incoming(Protocol::Pop3).unwrap().host,
            "pop3.wp.pl"
        );
        assert_eq!(detection.outgoing[0].host, "smtp.wp.pl");
        assert!(detection.password_login_possible());
        assert_eq!(seen[0], Progress::Started(Step::ProviderList));
        assert_eq!(
            seen[1],
            Progress::Finished(Step::ProviderList, StepOutcome::Found)
        );
        assert!(seen[2..]
            .iter()
            .all(|p| matches!(p, Progress::Finished(_, StepOutcome::Skipped))));
        assert_eq!(seen.len(), 2 + Step::ALL.len() - 1);
    }

    #[tokio::test]
    async fn bad_addresses_and_unknown_domains_fail_clearly() {
        let err = detect("not an address", &offline(), |_| {})
            .await
            .unwrap_err();
        assert!(matches!(err, AutoconfigError::InvalidAddress(_)));
        let mut seen = Vec::new();
        let err = detect("a@example.invalid", &offline(), |p| seen.push(p))
            .await
            .unwrap_err();
        assert_eq!(err, AutoconfigError::NotFound);
        assert_eq!(
            seen[1],
            Progress::Finished(
                Step::ProviderList,
                StepOutcome::Nothing(AutoconfigError::NotFound)
            )
        );
    }

    #[tokio::test]
    async fn oauth_only_providers_are_flagged() {
        let detection = detect("jan@outlook.com", &offline(), |_| {}).await.unwrap();
        assert!(!detection.password_login_possible());
        let detection = detect("jan@gmail.com", &offline(), |_| {}).await.unwrap();
        assert!(detection.password_login_possible());
    }
}
