//! STARTTLS on a fresh plain connection, for [`crate::net::open`]
//! (sending mail and the set-up check share it):
//! greeting, EHLO, STARTTLS. The server must offer it and accept it; the
//! only thing sent in the clear is EHLO and STARTTLS — never AUTH.

use std::time::Duration;

use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use super::reply::{greet, read_reply};
use crate::error::{Error, Result};
use crate::net;

/// What lettre reads in place of the greeting the server sent before
/// STARTTLS (see [`super::resumed`]); lettre only checks that it is a 220.
pub(super) const GREETING_AFTER_STARTTLS: &[u8] =
    b"220 TLS is up, greeting was before STARTTLS\r\n";

/// Upgrades `tcp` to the point where the TLS handshake starts, refusing a
/// server that does not offer or accept STARTTLS.
pub(crate) async fn upgrade(tcp: TcpStream, host: String, limit: Duration) -> Result<TcpStream> {
    net::with_timeout(limit, "STARTTLS", async move {
        let mut io = BufReader::new(tcp);
        let extensions = greet(&mut io, limit).await?;
        if !extensions.starttls {
            return Err(Error::StartTlsUnavailable {
                host,
                detail: "STARTTLS is not in the server's EHLO reply".into(),
            });
        }
        io.get_mut().write_all(b"STARTTLS\r\n").await?;
        io.get_mut().flush().await?;
        let reply = read_reply(&mut io, limit).await?;
        if reply.code != 220 {
            return Err(Error::StartTlsUnavailable {
                host,
                detail: format!("the server refused STARTTLS: {}", reply.text()),
            });
        }
        // Anything sent before the handshake could be an attacker's
        // injected reply (CVE-2011-0411 and kin): refuse it.
        if !io.buffer().is_empty() {
            return Err(Error::protocol(
                "the server sent data before the TLS handshake; refusing to continue",
            ));
        }
        Ok(io.into_inner())
    })
    .await
}
