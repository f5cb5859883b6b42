//! Which link targets are kept, and when a link's words name another
//! address than the one it opens.

use super::model::{Deception, ImageSource};

/// The target kept for a link, or `None` for schemes that must not be
/// opened from mail (`javascript:`, `data:`, `file:`, `vbscript:`…).
pub fn safe_target(target: &str) -> Option<String> {
    let target = target.trim();
    let lower = target.to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        .then(|| target.to_owned())
}

/// What an `<img src>` is, or `None` for sources never loaded.
pub fn image_source(src: &str) -> Option<ImageSource> {
    let src = src.trim();
    let lower = src.get(..8).unwrap_or(src).to_ascii_lowercase();
    if lower.starts_with("cid:") {
        let id = src[4..].trim_matches(|c| c == '<' || c == '>');
        Some(ImageSource::Cid(id.to_owned()))
    } else if lower.starts_with("data:") {
        Some(ImageSource::Data(src.to_owned()))
    } else if lower.starts_with("http://") || lower.starts_with("https://") || src.starts_with("//")
    {
        let url = if src.starts_with("//") {
            format!("https:{src}")
        } else {
            src.to_owned()
        };
        Some(ImageSource::Remote(url))
    } else {
        None
    }
}

/// The warning a link deserves when its words look like an address (a
/// host name, a URL or a mail address) other than where it really goes.
pub fn deception(words: &str, target: &str) -> Option<Deception> {
    let shown = shown_host(words)?;
    let actual = target_host(target)?;
    let same = actual == shown
        || actual.ends_with(&format!(".{shown}"))
        || shown.ends_with(&format!(".{actual}"));
    (!same).then_some(Deception { shown, actual })
}

/// The host that link words name, when they look like an address.
fn shown_host(words: &str) -> Option<String> {
    let words = words.trim().trim_end_matches(['.', ',', ';', ':']);
    if words.is_empty() || words.chars().any(char::is_whitespace) {
        return None;
    }
    let lower = words.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .or_else(|| lower.strip_prefix("mailto:"))
        .unwrap_or(&lower);
    let host = match rest.rsplit_once('@') {
        Some((_, domain)) => domain,
        None => rest.split(['/', '?', '#']).next().unwrap_or(rest),
    };
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    looks_like_host(host).then(|| host.to_owned())
}

/// The host a target opens (for `mailto:`, the address's domain).
fn target_host(target: &str) -> Option<String> {
    let lower = target.trim().to_lowercase();
    if let Some(address) = lower.strip_prefix("mailto:") {
        let address = address.split('?').next().unwrap_or(address);
        let (_, domain) = address.rsplit_once('@')?;
        return Some(domain.to_owned());
    }
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_owned())
}

/// `name.tld`: labels of letters, digits and hyphens, a final label of at
/// least two letters.
fn looks_like_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_targets_are_kept() {
        assert!(safe_target("javascript:alert(1)").is_none());
        assert!(safe_target(" JavaScript:alert(1)").is_none());
        assert!(safe_target("data:text/html,x").is_none());
        assert!(safe_target("file:///etc/passwd").is_none());
        assert_eq!(
            safe_target("https://bank.pl/").as_deref(),
            Some("https://bank.pl/")
        );
        assert!(safe_target("mailto:a@b.pl").is_some());
    }

    #[test]
    fn words_naming_another_host_are_deceptive() {
        let d = deception("bank.pl", "https://bank-pl.evil.example/login").expect("warned");
        assert_eq!(d.shown, "bank.pl");
        assert_eq!(d.actual, "bank-pl.evil.example");
        assert!(deception("www.bank.pl", "https://www.bank.pl/pomoc").is_none());
        assert!(deception("bank.pl", "https://login.bank.pl/").is_none());
        assert!(deception("Zaloguj się", "https://evil.example/").is_none());
        assert!(deception("pomoc@bank.pl", "mailto:oszust@evil.example").is_some());
        assert!(deception("a@b.pl", "mailto:a@b.pl").is_none());
        assert!(deception("v1.2", "https://x.example/").is_none());
    }

    #[test]
    fn image_sources_are_sorted_by_where_they_come_from() {
        assert_eq!(
            image_source("cid:<logo@x>"),
            Some(ImageSource::Cid("logo@x".into()))
        );
        assert!(matches!(
            image_source("data:image/png;base64,AA"),
            Some(ImageSource::Data(_))
        ));
        assert_eq!(
            image_source("//cdn.example/x.png"),
            Some(ImageSource::Remote("https://cdn.example/x.png".into()))
        );
        assert_eq!(image_source("file:///etc/x.png"), None);
    }
}
