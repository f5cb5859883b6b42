//! Fetching a message's remote images, only after the user asked for them
//! ("Show for this message" / "Always for this sender"): system TLS roots,
//! no cookies (reqwest keeps none unless a cookie store is given), no
//! `Referer`, a time limit per image and in all, a size limit per image,
//! a bounded number of images, and only `image/*` answers kept.

use std::sync::Arc;
use std::time::Duration;

/// The most images fetched for one message.
pub const MAX_IMAGES: usize = 40;
/// The largest image kept, in bytes.
pub const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;
/// Time limit for one image, redirects included.
pub const IMAGE_TIMEOUT: Duration = Duration::from_secs(15);

/// One image's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// Its bytes.
    Image(Arc<Vec<u8>>),
    /// Not loaded (refused, too large, not an image, timed out: the
    /// reason in the HTTP client's words, for the log only).
    Failed(String),
}

/// Fetches `urls` (http and https only), at most [`MAX_IMAGES`], four at a
/// time; each URL with its outcome.
pub async fn fetch_images(urls: Vec<String>) -> Vec<(String, Fetched)> {
    use futures::StreamExt;

    let client = match reqwest::Client::builder()
        .referer(false)
        .redirect(reqwest::redirect::Policy::limited(5))
        .timeout(IMAGE_TIMEOUT)
        .connect_timeout(IMAGE_TIMEOUT)
        .user_agent(concat!("Posta/", env!("CARGO_PKG_VERSION")))
        .build()
    {
        Ok(client) => client,
        Err(err) => {
            return urls
                .into_iter()
                .map(|url| (url, Fetched::Failed(err.to_string())))
                .collect();
        }
    };
    futures::stream::iter(urls.into_iter().take(MAX_IMAGES))
        .map(|url| {
            let client = client.clone();
            async move {
                let outcome = fetch_one(&client, &url).await;
                (url, outcome)
            }
        })
        .buffered(4)
        .collect()
        .await
}

async fn fetch_one(client: &reqwest::Client, url: &str) -> Fetched {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Fetched::Failed("not a web address".into());
    }
    let mut response = match client.get(url).send().await {
        Ok(response) => response,
        Err(err) => return Fetched::Failed(err.to_string()),
    };
    if !response.status().is_success() {
        return Fetched::Failed(response.status().to_string());
    }
    let is_image = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().to_ascii_lowercase().starts_with("image/"));
    if !is_image {
        return Fetched::Failed("not an image".into());
    }
    if response
        .content_length()
        .is_some_and(|n| n > MAX_IMAGE_BYTES as u64)
    {
        return Fetched::Failed("too large".into());
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_IMAGE_BYTES {
                    return Fetched::Failed("too large".into());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Fetched::Image(Arc::new(body)),
            Err(err) => return Fetched::Failed(err.to_string()),
        }
    }
}
