//! STLS (RFC 2595 §4): the exchange on the plain port that comes before the
//! TLS handshake. It refuses, rather than carrying on in plain text, when the
//! server does not offer STLS or answers it with `-ERR`.

use std::time::Duration;

use tokio::net::TcpStream;

use super::capabilities;
use super::connection::Connection;
use super::reply::Status;
use crate::error::{Error, Result};

/// Reads the greeting, checks `CAPA` for `STLS`, sends `STLS` and returns
/// the stream ready for the TLS handshake. Used as `net::open`'s upgrade.
pub async fn upgrade(tcp: TcpStream, host: &str, limit: Duration) -> Result<TcpStream> {
    let unavailable = |detail: String| Error::StartTlsUnavailable {
        host: host.to_owned(),
        detail,
    };
    let mut conn = Connection::new(tcp, limit);
    conn.read_greeting().await?;
    let offered = capabilities::query(&mut conn).await?;
    if !capabilities::has(&offered, "STLS") {
        return Err(unavailable(
            "STLS is not in the server's CAPA list".to_owned(),
        ));
    }
    match conn.command("STLS").await? {
        Status::Ok(_) => conn.into_stream(),
        Status::Err(text) => Err(unavailable(format!("the server refused STLS: {text}"))),
        Status::Continuation(_) => Err(Error::protocol(
            "unexpected SASL challenge in reply to STLS",
        )),
    }
}
