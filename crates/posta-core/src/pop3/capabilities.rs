//! `CAPA` (RFC 2449): what the server offers, e.g. `STLS`, `SASL PLAIN`,
//! `TOP`, `UIDL`, `PIPELINING`.

use tokio::io::{AsyncRead, AsyncWrite};

use super::codec;
use super::connection::Connection;
use super::reply::Status;
use crate::error::{Error, Result};

/// Enough for any honest `CAPA` list.
const MAX_CAPA: u64 = 64 * 1024;

/// Asks for the capability list. A server without `CAPA` (it answers
/// `-ERR`) gets an empty list.
pub async fn query<S: AsyncRead + AsyncWrite + Unpin>(
    conn: &mut Connection<S>,
) -> Result<Vec<String>> {
    match conn.command("CAPA").await? {
        Status::Ok(_) => {}
        Status::Err(_) => return Ok(Vec::new()),
        Status::Continuation(_) => {
            return Err(Error::protocol(
                "unexpected SASL challenge in reply to CAPA",
            ))
        }
    }
    let body = conn.read_body(MAX_CAPA, 4096).await?;
    Ok(codec::lines(&body)
        .map(|line| String::from_utf8_lossy(line).trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect())
}

/// True when `name` (a capability's first word, any case) is listed.
pub fn has(capabilities: &[String], name: &str) -> bool {
    capabilities.iter().any(|c| {
        c.split_ascii_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
    })
}

/// True when `SASL` lists `mechanism` (any case).
pub fn has_sasl(capabilities: &[String], mechanism: &str) -> bool {
    capabilities.iter().any(|c| {
        let mut words = c.split_ascii_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("SASL"))
            && words.any(|m| m.eq_ignore_ascii_case(mechanism))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_capabilities_and_sasl_mechanisms() {
        let caps: Vec<String> = [
            "TOP",
            "UIDL",
            "SASL LOGIN plain",
            "STLS",
            "IMPLEMENTATION Stlsish",
        ]
        .map(String::from)
        .into();
        assert!(has(&caps, "stls"));
        assert!(has(&caps, "UIDL"));
        assert!(!has(&caps, "PIPELINING"));
        assert!(!has(&caps, "Stlsish"));
        assert!(has_sasl(&caps, "PLAIN"));
        assert!(!has_sasl(&caps, "CRAM-MD5"));
        assert!(!has_sasl(&["SASL".to_owned()], "SASL"));
    }
}
