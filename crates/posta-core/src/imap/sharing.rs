//! Sharing: NAMESPACE (RFC 2342) to find other users' and public folders,
//! and ACL (RFC 4314) to see and change who may do what.

use async_imap::imap_proto::Response;

use super::data::{Reader, Value};
use super::{quote, utf7, ImapSession};
use crate::error::{Error, Result};

/// One namespace: a prefix and its hierarchy separator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    /// Prefix of every folder in it (`""`, `"shared/"`).
    pub prefix: String,
    /// Hierarchy separator.
    pub delimiter: Option<char>,
}

/// The three kinds of namespace a server may have.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Namespaces {
    /// The user's own folders.
    pub personal: Vec<Namespace>,
    /// Other users' folders shared with this user.
    pub other_users: Vec<Namespace>,
    /// Public folders.
    pub shared: Vec<Namespace>,
}

/// Who may do what on a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclEntry {
    /// User (or group, `anyone`).
    pub identifier: String,
    /// RFC 4314 rights letters (`lrswipkxtea`).
    pub rights: String,
}

fn namespace_list(value: &Value) -> Option<Vec<Namespace>> {
    match value {
        Value::Nil => Some(Vec::new()),
        Value::List(items) => items
            .iter()
            .map(|item| match item {
                // Extensions may follow prefix and delimiter: ignore them.
                Value::List(parts) => match (parts.first()?, parts.get(1)?) {
                    (Value::Str(prefix), delim) => Some(Namespace {
                        prefix: prefix.clone(),
                        delimiter: match delim {
                            Value::Str(d) => d.chars().next(),
                            _ => None,
                        },
                    }),
                    _ => None,
                },
                _ => None,
            })
            .collect(),
        Value::Str(_) => None,
    }
}

/// Parses `* NAMESPACE (personal) (other users) (shared)`.
pub fn parse_namespace(line: &[u8]) -> Option<Namespaces> {
    let rest = line.strip_prefix(b"* ")?;
    if rest.len() < 9 || !rest[..9].eq_ignore_ascii_case(b"NAMESPACE") {
        return None;
    }
    let mut reader = Reader::new(&rest[9..]);
    let personal = reader.next_value()?;
    let other = reader.next_value()?;
    let shared = reader.next_value()?;
    Some(Namespaces {
        personal: namespace_list(&personal)?,
        other_users: namespace_list(&other)?,
        shared: namespace_list(&shared)?,
    })
}

fn rights_text(rights: &[async_imap::imap_proto::rfc4314::AclRight]) -> String {
    rights.iter().map(|r| char::from(*r)).collect()
}

impl ImapSession {
    /// The server's namespaces. Read outside async-imap's parser, which
    /// cannot read NAMESPACE and loses the connection over it.
    pub async fn namespaces(&mut self) -> Result<Namespaces> {
        let lines = self.raw_exchange("NAMESPACE").await?;
        lines
            .iter()
            .find_map(|l| parse_namespace(l))
            .ok_or_else(|| Error::protocol("the server's NAMESPACE reply could not be read"))
    }

    /// The current user's rights on a folder (MYRIGHTS).
    pub async fn my_rights(&mut self, folder: &str) -> Result<String> {
        let command = format!("MYRIGHTS {}", quote(&utf7::encode(folder))?);
        let mut rights = None;
        self.collect(command, |resp| {
            if let Response::MyRights(r) = resp {
                rights = Some(rights_text(&r.rights));
            }
        })
        .await?;
        rights.ok_or_else(|| Error::protocol("the server did not say what rights you have"))
    }

    /// Everyone's rights on a folder (GETACL; needs the `a` right).
    pub async fn get_acl(&mut self, folder: &str) -> Result<Vec<AclEntry>> {
        let command = format!("GETACL {}", quote(&utf7::encode(folder))?);
        let mut entries = Vec::new();
        self.collect(command, |resp| {
            if let Response::Acl(acl) = resp {
                entries.extend(acl.acls.iter().map(|e| AclEntry {
                    identifier: e.identifier.to_string(),
                    rights: rights_text(&e.rights),
                }));
            }
        })
        .await?;
        Ok(entries)
    }

    /// Gives `identifier` exactly `rights` on a folder (SETACL).
    pub async fn set_acl(&mut self, folder: &str, identifier: &str, rights: &str) -> Result<()> {
        if !rights.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(Error::protocol(format!("{rights:?} are not ACL rights")));
        }
        let command = format!(
            "SETACL {} {} {}",
            quote(&utf7::encode(folder))?,
            quote(identifier)?,
            quote(rights)?
        );
        self.simple(command).await
    }

    /// Removes `identifier`'s access to a folder (DELETEACL).
    pub async fn delete_acl(&mut self, folder: &str, identifier: &str) -> Result<()> {
        let command = format!(
            "DELETEACL {} {}",
            quote(&utf7::encode(folder))?,
            quote(identifier)?
        );
        self.simple(command).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ns(prefix: &str, d: char) -> Namespace {
        Namespace {
            prefix: prefix.into(),
            delimiter: Some(d),
        }
    }

    #[test]
    fn parses_dovecot_and_other_servers() {
        let parsed = parse_namespace(br#"* NAMESPACE (("" "/")) NIL (("shared/" "/"))"#);
        assert_eq!(
            parsed,
            Some(Namespaces {
                personal: vec![ns("", '/')],
                other_users: vec![],
                shared: vec![ns("shared/", '/')]
            })
        );
        let parsed = parse_namespace(
            br#"* NAMESPACE (("INBOX." ".")) (("Other Users." "." "X-PARAM" ("a" "b"))) (("Public Folders." "."))"#,
        )
        .expect("parses");
        assert_eq!(parsed.other_users, vec![ns("Other Users.", '.')]);
        assert_eq!(parsed.shared, vec![ns("Public Folders.", '.')]);
        let parsed = parse_namespace(b"* NAMESPACE ((\"\" NIL)) NIL NIL").expect("parses");
        assert_eq!(parsed.personal[0].delimiter, None);
        let literal = parse_namespace(b"* NAMESPACE (({4}\r\nMy/ \"/\")) NIL NIL").expect("parses");
        assert_eq!(literal.personal, vec![ns("My/ ", '/')]);
    }

    #[test]
    fn refuses_garbage() {
        assert_eq!(parse_namespace(b"* NAMESPACE (("), None);
        assert_eq!(parse_namespace(b"* NAMESPACE"), None);
        assert_eq!(parse_namespace(b"* OK hi"), None);
        assert_eq!(parse_namespace(&[b'('; 100]), None);
    }
}
