//! Address lists as people type them: `Zofia Żółw <zofia@example.pl>,
//! jan@example.sk; "Novák, Ján" <jan@example.sk>`. Every piece must be a
//! valid address: a typo is reported with the piece, never dropped.

use lettre::message::Mailbox;

use crate::message::Address;

/// An entry of an address list that is not an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an e-mail address")]
pub struct BadAddress(pub String);

/// Splits an address list on commas and semicolons outside quotes and
/// angle brackets; empty pieces are skipped.
fn split(list: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut quoted, mut angle, mut escaped) = (false, false, false);
    let mut start = 0;
    for (at, c) in list.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' if !quoted => angle = true,
            '>' if !quoted => angle = false,
            ',' | ';' if !quoted && !angle => {
                pieces.push(&list[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&list[start..]);
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Parses one mailbox (`Name <user@host>` or `user@host`).
pub fn parse_mailbox(text: &str) -> Result<Mailbox, BadAddress> {
    let text = text.trim();
    text.parse::<Mailbox>()
        .map_err(|_| BadAddress(text.to_owned()))
}

/// Parses a whole list; the first bad entry is the error.
pub fn parse_list(list: &str) -> Result<Vec<Mailbox>, BadAddress> {
    split(list).into_iter().map(parse_mailbox).collect()
}

/// Parses a list into Posta's address type.
pub fn parse_addresses(list: &str) -> Result<Vec<Address>, BadAddress> {
    Ok(parse_list(list)?.iter().map(to_address).collect())
}

/// A lettre mailbox as Posta's address.
pub fn to_address(mailbox: &Mailbox) -> Address {
    Address {
        name: mailbox.name.clone().filter(|n| !n.is_empty()),
        email: mailbox.email.to_string(),
    }
}

/// Posta's address as a lettre mailbox.
pub fn to_mailbox(address: &Address) -> Result<Mailbox, BadAddress> {
    let email = address
        .email
        .parse()
        .map_err(|_| BadAddress(address.email.clone()))?;
    Ok(Mailbox::new(
        address.name.clone().filter(|n| !n.is_empty()),
        email,
    ))
}

/// Addresses written back as a list a person can edit.
pub fn format_list(addresses: &[Address]) -> String {
    addresses
        .iter()
        .map(|a| match &a.name {
            Some(name) if !name.is_empty() => Mailbox::new(
                Some(name.clone()),
                match a.email.parse() {
                    Ok(email) => email,
                    Err(_) => return a.to_string(),
                },
            )
            .to_string(),
            _ => a.email.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_outside_quotes_and_brackets() {
        let parsed = parse_addresses(
            r#"Zofia Żółw <zofia@example.pl>, jan@example.sk; "Novák, Ján" <jan@x.sk>,"#,
        )
        .unwrap();
        assert_eq!(parsed.len(), 3);
        assert_eq!(parsed[0].name.as_deref(), Some("Zofia Żółw"));
        assert_eq!(parsed[0].email, "zofia@example.pl");
        assert_eq!(parsed[1].name, None);
        assert_eq!(parsed[2].name.as_deref(), Some("Novák, Ján"));
        assert!(parse_addresses("  ").unwrap().is_empty());
    }

    #[test]
    fn a_typo_is_reported_not_dropped() {
        assert_eq!(
            parse_addresses("a@example.org, bob at example"),
            Err(BadAddress("bob at example".into()))
        );
        assert!(parse_addresses("<unterminated@example.org").is_err());
    }

    #[test]
    fn lists_round_trip_through_text() {
        let list = r#""Novák, Ján" <jan@x.sk>, Иван <ivan@example.bg>, z@example.pl"#;
        let parsed = parse_addresses(list).unwrap();
        assert_eq!(parse_addresses(&format_list(&parsed)).unwrap(), parsed);
    }
}
