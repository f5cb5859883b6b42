//! Argument parsers and messages shared by the account commands
//! (`account`, `account edit`, `switch-to-imap`, `check`) and the commands
//! that connect, kept here so those modules need not reach into each other.

use posta_core::net::Security;
use posta_core::store::keyring::KeyringError;
use posta_core::store::KeepCopy;
use posta_i18n::t;

pub(crate) fn parse_security(text: &str) -> Result<Security, String> {
    Security::parse(text).ok_or_else(|| t!("cli-value-security"))
}

pub(crate) fn parse_keep_copy(text: &str) -> Result<KeepCopy, String> {
    text.parse().map_err(|_| t!("cli-value-keep-copy"))
}

/// Bytes, or a number with `K`, `M` or `G` (binary multiples, as `head -c`
/// reads them).
pub(crate) fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, multiplier) = match text.char_indices().last() {
        Some((at, 'k' | 'K')) => (&text[..at], 1 << 10),
        Some((at, 'm' | 'M')) => (&text[..at], 1 << 20),
        Some((at, 'g' | 'G')) => (&text[..at], 1 << 30),
        _ => (text, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| t!("cli-value-size"))
}

/// What to tell the user when the keyring cannot be used.
pub(crate) fn keyring_problem(err: &KeyringError, account: &str) -> String {
    match err {
        KeyringError::Unavailable(_) => t!("cli-keyring-unavailable"),
        KeyringError::Locked(_) => t!("cli-keyring-locked"),
        KeyringError::NotFound => t!("cli-password-missing", account = account),
        KeyringError::Other(details) => t!("cli-keyring-failed", details = details.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("25M"), Ok(25 << 20));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert_eq!(parse_size(" 1 G "), Ok(1 << 30));
        assert!(parse_size("").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }
}
