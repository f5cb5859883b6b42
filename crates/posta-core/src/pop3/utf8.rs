//! UTF-8 mode (RFC 6856): asked for whenever `CAPA` lists `UTF8`. A server
//! may otherwise hand a client not in UTF-8 mode a stand-in for every
//! message whose header carries raw UTF-8 (RFC 6856 §4, RFC 6858), and a
//! stand-in deleted-after-download would lose the original.

use tokio::io::{AsyncRead, AsyncWrite};

use super::capabilities;
use super::connection::Connection;
use super::reply::Status;
use crate::error::Result;

/// Sends `UTF8` when `offered` lists it; true when the server said `+OK`.
/// A refusal is no failure: the session goes on as before, and what the
/// server then downgrades is caught when it arrives.
pub async fn enable<S: AsyncRead + AsyncWrite + Unpin>(
    conn: &mut Connection<S>,
    offered: &[String],
) -> Result<bool> {
    if !capabilities::has(offered, "UTF8") {
        return Ok(false);
    }
    Ok(matches!(conn.command("UTF8").await?, Status::Ok(_)))
}
