//! Fetching a provider's own clientConfig over HTTPS: certificates verified
//! (system roots plus an optional extra CA), redirects only to HTTPS, a time
//! limit and a size cap, so a hostile or broken server can neither hang the
//! wizard nor fill the memory.

use std::sync::Arc;
use std::time::Duration;

use super::error::AutoconfigError;
use super::server::Address;

/// Where providers publish their configuration (Thunderbird's convention).
pub const AUTOCONFIG_URL: &str =
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={email}";
/// The same document under the domain's well-known path.
pub const WELL_KNOWN_URL: &str = "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml";

/// How the HTTPS steps run. The URL templates are overridable so tests can
/// point them at a server on loopback.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Template of the `autoconfig.<domain>` step; `{domain}` and `{email}`
    /// (percent-encoded) are filled in.
    pub autoconfig_url: String,
    /// Template of the `/.well-known/autoconfig` step.
    pub well_known_url: String,
    /// An extra certificate authority (PEM) to trust besides the system's.
    pub extra_ca_pem: Option<Arc<Vec<u8>>>,
    /// Limit for the whole request, redirects included.
    pub timeout: Duration,
    /// Largest answer accepted, in bytes.
    pub max_bytes: usize,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            autoconfig_url: AUTOCONFIG_URL.to_owned(),
            well_known_url: WELL_KNOWN_URL.to_owned(),
            extra_ca_pem: None,
            timeout: Duration::from_secs(10),
            // Real documents are a few kilobytes; the biggest in the ISPDB
            // (mail.com, hundreds of domains) is about 20.
            max_bytes: 256 * 1024,
        }
    }
}

/// Fills a URL template for `address`.
pub fn url_for(template: &str, address: &Address) -> String {
    template
        .replace("{domain}", &address.domain)
        .replace("{email}", &percent_encode(&address.email))
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// GETs `url` over HTTPS and returns the body as text.
pub async fn fetch(url: &str, options: &HttpOptions) -> Result<String, AutoconfigError> {
    let mut builder = reqwest::Client::builder()
        .use_native_tls()
        .https_only(true)
        .redirect(reqwest::redirect::Policy::limited(5))
        .timeout(options.timeout)
        .connect_timeout(options.timeout)
        .user_agent(concat!("Posta/", env!("CARGO_PKG_VERSION")));
    if let Some(pem) = &options.extra_ca_pem {
        let cert = reqwest::Certificate::from_pem(pem).map_err(|e| {
            AutoconfigError::Http(format!("the extra CA certificate is unusable: {e}"))
        })?;
        builder = builder.add_root_certificate(cert);
    }
    let client = builder
        .build()
        .map_err(|e| AutoconfigError::Http(e.to_string()))?;
    let mut response = client
        .get(url)
        .send()
        .await
        .map_err(|e| classify(&e, options))?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_FOUND || status == reqwest::StatusCode::GONE {
        return Err(AutoconfigError::NotFound);
    }
    if !status.is_success() {
        return Err(AutoconfigError::Http(format!(
            "the server answered {status}"
        )));
    }
    if response
        .content_length()
        .is_some_and(|n| n > options.max_bytes as u64)
    {
        return Err(AutoconfigError::TooLarge(options.max_bytes));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| classify(&e, options))? {
        if body.len() + chunk.len() > options.max_bytes {
            return Err(AutoconfigError::TooLarge(options.max_bytes));
        }
        body.extend_from_slice(&chunk);
    }
    String::from_utf8(body).map_err(|_| AutoconfigError::Xml("the document is not UTF-8".into()))
}

/// Turns reqwest's error into ours; a host that does not exist is simply
/// "nothing published", the common case for small domains.
fn classify(err: &reqwest::Error, options: &HttpOptions) -> AutoconfigError {
    if err.is_timeout() {
        return AutoconfigError::TimedOut(options.timeout.as_secs());
    }
    let chain = error_chain(err);
    let lower = chain.to_ascii_lowercase();
    if lower.contains("dns error")
        || lower.contains("failed to lookup")
        || lower.contains("name or service not known")
    {
        return AutoconfigError::NotFound;
    }
    AutoconfigError::Http(chain)
}

fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_and_the_address_encoded() {
        let address = Address::parse("jan+news@Example.pl").unwrap();
        assert_eq!(
            url_for(AUTOCONFIG_URL, &address),
            "https://autoconfig.example.pl/mail/config-v1.1.xml?emailaddress=jan%2Bnews%40Example.pl"
        );
        assert_eq!(
            url_for(WELL_KNOWN_URL, &address),
            "https://example.pl/.well-known/autoconfig/mail/config-v1.1.xml"
        );
    }
}
