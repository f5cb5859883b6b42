//! The images a message carries (`cid:` parts, `data:` URLs), decoded
//! once into handles so each frame draws them from iced's cache.

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine;
use iced::widget::image::Handle;

use posta_core::render::{Document, ImageSource};

/// The most bytes a `data:` URL may decode to.
const MAX_DATA_BYTES: usize = 5 * 1024 * 1024;

/// Handles for every carried image the document shows.
pub fn carried(
    document: &Document,
    inline: &HashMap<String, Arc<Vec<u8>>>,
) -> HashMap<ImageSource, Handle> {
    let mut handles = HashMap::new();
    for source in document.carried_images() {
        if handles.contains_key(source) {
            continue;
        }
        let bytes = match source {
            ImageSource::Cid(id) => inline.get(id).map(|b| b.to_vec()),
            ImageSource::Data(url) => data_url(url),
            ImageSource::Remote(_) => None,
        };
        if let Some(bytes) = bytes {
            handles.insert(source.clone(), Handle::from_bytes(bytes));
        }
    }
    handles
}

/// The bytes of a base64 `data:image/…` URL.
fn data_url(url: &str) -> Option<Vec<u8>> {
    let (meta, payload) = url.split_once(',')?;
    let meta = meta.to_ascii_lowercase();
    if !meta.starts_with("data:image/") || !meta.ends_with(";base64") {
        return None;
    }
    if payload.len() / 4 * 3 > MAX_DATA_BYTES {
        return None;
    }
    let clean: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(clean).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_decode_only_images_in_base64() {
        assert_eq!(data_url("data:image/png;base64,AAEC"), Some(vec![0, 1, 2]));
        assert_eq!(data_url("data:text/html;base64,AAEC"), None);
        assert_eq!(data_url("data:image/svg+xml,<svg/>"), None);
    }
}
