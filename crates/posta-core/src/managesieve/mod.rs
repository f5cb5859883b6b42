//! Posta's own ManageSieve client (RFC 5804): the protocol a mail server
//! offers for the filter scripts it runs on delivery.
//!
//! Written here rather than taken from a crate: `managesieve` (0.1) only
//! parses replies, and the sans-I/O `io-managesieve` brings its own
//! stream and TLS layers; the protocol is a dozen line-based commands, and
//! this way it rides on Posta's [`net`](crate::net): timeouts on every
//! step, the account's certificate checks and pinning, STARTTLS before any
//! credential, and the same size limits as the POP3 reader.

mod reply;

use std::fmt;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

pub use self::reply::{Done, Status, Token};
use crate::error::{Error, Result};
use crate::net::{self, Endpoint, MailStream, Security};
use crate::rules::sieve::Extensions;
use crate::secret::Secret;

/// The port RFC 5804 gives ManageSieve.
pub const PORT: u16 = 4190;

/// How the account proves who it is.
#[derive(Clone)]
pub enum Credentials {
    /// The account's password, with SASL PLAIN.
    Password(Secret),
    /// An OAuth 2.0 access token, with SASL OAUTHBEARER (RFC 7628), for
    /// accounts that sign in through their provider.
    Bearer(Secret),
}

/// What the server said no to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the server refused {command}: {text}")]
pub struct Refused {
    /// The command, e.g. `CHECKSCRIPT`.
    pub command: &'static str,
    /// The response code, e.g. `NONEXISTENT`, `QUOTA`.
    pub code: Option<String>,
    /// The server's words (for CHECKSCRIPT, the errors with their lines).
    pub text: String,
}

/// A ManageSieve failure: the connection, or a refusal.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SieveError {
    /// Reaching, securing or talking to the server failed.
    #[error(transparent)]
    Net(#[from] Error),
    /// The server answered NO.
    #[error(transparent)]
    Refused(Refused),
}

/// A script on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptEntry {
    /// Its name.
    pub name: String,
    /// Whether it is the one that runs.
    pub active: bool,
}

/// A buffered connection with the step limit.
struct Wire<S> {
    io: BufReader<S>,
    limit: Duration,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Wire<S> {
    async fn send(&mut self, bytes: &[u8]) -> Result<()> {
        let stream = self.io.get_mut();
        let wait = self.limit + net::transfer_time(bytes.len() as u64);
        net::with_timeout(wait, "sending a command", async move {
            stream.write_all(bytes).await?;
            stream.flush().await?;
            Ok(())
        })
        .await
    }

    /// Reads data lines until the final OK/NO/BYE.
    async fn reply(&mut self) -> Result<(Vec<Vec<Token>>, Done)> {
        let mut lines = Vec::new();
        loop {
            let tokens = reply::read_tokens(&mut self.io, self.limit).await?;
            if let Some(done) = Done::from_tokens(&tokens) {
                return Ok((lines, done));
            }
            if lines.len() >= reply::MAX_LINES {
                return Err(Error::protocol("a reply with too many lines"));
            }
            lines.push(tokens);
        }
    }
}

/// The `"NAME" "VALUE"` lines of a capability listing.
fn capabilities(lines: &[Vec<Token>]) -> Vec<(String, String)> {
    lines
        .iter()
        .filter_map(|line| {
            let mut texts = line.iter().filter_map(|t| match t {
                Token::Text(s) | Token::Atom(s) => Some(s.clone()),
                _ => None,
            });
            let name = texts.next()?.to_ascii_uppercase();
            Some((name, texts.next().unwrap_or_default()))
        })
        .collect()
}

/// Reads the greeting's capabilities; refuses anything but OK.
async fn greeting<S: AsyncRead + AsyncWrite + Unpin>(
    wire: &mut Wire<S>,
) -> Result<Vec<(String, String)>> {
    let (lines, done) = wire.reply().await?;
    if done.status != Status::Ok {
        return Err(Error::protocol(format!(
            "the server refused the connection: {}",
            done.text
        )));
    }
    Ok(capabilities(&lines))
}

/// STARTTLS on the plain stream; used as `net::open`'s upgrade.
async fn starttls(tcp: TcpStream, host: &str, limit: Duration) -> Result<TcpStream> {
    let mut wire = Wire {
        io: BufReader::new(tcp),
        limit,
    };
    let offered = greeting(&mut wire).await?;
    if !offered.iter().any(|(name, _)| name == "STARTTLS") {
        return Err(Error::StartTlsUnavailable {
            host: host.to_owned(),
            detail: "STARTTLS is not in the ManageSieve server's capabilities".to_owned(),
        });
    }
    wire.send(b"STARTTLS\r\n").await?;
    let (_, done) = wire.reply().await?;
    if done.status != Status::Ok {
        return Err(Error::StartTlsUnavailable {
            host: host.to_owned(),
            detail: format!("the server refused STARTTLS: {}", done.text),
        });
    }
    if !wire.io.buffer().is_empty() {
        return Err(Error::protocol(
            "the server sent data before the TLS handshake; refusing to continue",
        ));
    }
    Ok(wire.io.into_inner())
}

/// A logged-in ManageSieve session.
pub struct SieveSession {
    wire: Wire<MailStream>,
    capabilities: Vec<(String, String)>,
    host: String,
}

impl fmt::Debug for SieveSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SieveSession")
            .field("host", &self.host)
            .field("capabilities", &self.capabilities)
            .finish()
    }
}

/// A string as ManageSieve sends it: a non-synchronising literal, which
/// carries any byte (quotes, backslashes, line breaks, UTF-8).
fn literal(value: &str) -> Vec<u8> {
    let mut out = format!("{{{}+}}\r\n", value.len()).into_bytes();
    out.extend_from_slice(value.as_bytes());
    out
}

/// The SASL OAUTHBEARER initial response (RFC 7628 §3.1).
fn oauthbearer_response(user: &str, token: &Secret) -> String {
    STANDARD.encode(format!(
        "n,a={},\x01auth=Bearer {}\x01\x01",
        user.replace('=', "=3D").replace(',', "=2C"),
        token.expose()
    ))
}

impl SieveSession {
    /// Connects (STARTTLS is required unless the endpoint says no
    /// encryption at all), reads the capabilities again over TLS, and logs
    /// in. No credential is written to an unencrypted stream unless the
    /// user chose no encryption.
    pub async fn connect(
        endpoint: &Endpoint,
        user: &str,
        credentials: &Credentials,
    ) -> std::result::Result<SieveSession, SieveError> {
        let limit = endpoint.timeout;
        let host = endpoint.host.clone();
        let stream = net::open(endpoint, |tcp| {
            let host = host.clone();
            async move { starttls(tcp, &host, limit).await }
        })
        .await?;
        let mut wire = Wire {
            io: BufReader::new(stream),
            limit,
        };
        // After TLS the server lists its capabilities again (RFC 5804
        // §2.2); what it said in plain text may have been forged.
        let capabilities = greeting(&mut wire).await?;
        if !wire.io.get_ref().is_tls() && endpoint.security != Security::Insecure {
            return Err(Error::StartTlsUnavailable {
                host: endpoint.host.clone(),
                detail: "the connection is not encrypted; the password was not sent".to_owned(),
            }
            .into());
        }
        let mut session = SieveSession {
            wire,
            capabilities,
            host: endpoint.host.clone(),
        };
        session.authenticate(user, credentials).await?;
        Ok(session)
    }

    async fn authenticate(
        &mut self,
        user: &str,
        credentials: &Credentials,
    ) -> std::result::Result<(), SieveError> {
        let (mechanism, response) = match credentials {
            Credentials::Password(password) => {
                let mut raw = vec![0u8];
                raw.extend_from_slice(user.as_bytes());
                raw.push(0);
                raw.extend_from_slice(password.expose().as_bytes());
                ("PLAIN", STANDARD.encode(raw))
            }
            Credentials::Bearer(token) => ("OAUTHBEARER", oauthbearer_response(user, token)),
        };
        let command = format!("AUTHENTICATE \"{mechanism}\" \"{response}\"\r\n");
        self.wire.send(command.as_bytes()).await?;
        let (lines, done) = self.wire.reply().await?;
        match done.status {
            Status::Ok if lines.is_empty() => Ok(()),
            Status::Ok => Err(Error::protocol("an unexpected SASL challenge after login").into()),
            Status::No | Status::Bye => Err(Error::AuthenticationFailed(done.text).into()),
        }
    }

    /// The capabilities, as `(NAME, value)` with the name in capitals.
    pub fn capabilities(&self) -> &[(String, String)] {
        &self.capabilities
    }

    /// The Sieve extensions the server runs (`SIEVE` capability).
    pub fn extensions(&self) -> Extensions {
        self.capabilities
            .iter()
            .find(|(name, _)| name == "SIEVE")
            .map(|(_, value)| Extensions::parse(value))
            .unwrap_or_default()
    }

    /// Sends `command` and reads its reply; NO is a [`Refused`].
    async fn run(
        &mut self,
        verb: &'static str,
        command: &[u8],
    ) -> std::result::Result<Vec<Vec<Token>>, SieveError> {
        self.wire.send(command).await?;
        let (lines, done) = self.wire.reply().await?;
        match done.status {
            Status::Ok => Ok(lines),
            Status::No => Err(SieveError::Refused(Refused {
                command: verb,
                code: done.code,
                text: done.text,
            })),
            Status::Bye => Err(Error::protocol(format!(
                "the server closed the connection: {}",
                done.text
            ))
            .into()),
        }
    }

    fn with_args(verb: &str, args: &[&str]) -> Vec<u8> {
        let mut out = verb.as_bytes().to_vec();
        for arg in args {
            out.push(b' ');
            out.extend_from_slice(&literal(arg));
        }
        out.extend_from_slice(b"\r\n");
        out
    }

    /// `LISTSCRIPTS`.
    pub async fn list_scripts(&mut self) -> std::result::Result<Vec<ScriptEntry>, SieveError> {
        let lines = self.run("LISTSCRIPTS", b"LISTSCRIPTS\r\n").await?;
        Ok(lines
            .iter()
            .filter_map(|line| {
                let name = match line.first()? {
                    Token::Text(s) => s.clone(),
                    _ => return None,
                };
                let active =
                    matches!(line.get(1), Some(Token::Atom(a)) if a.eq_ignore_ascii_case("ACTIVE"));
                Some(ScriptEntry { name, active })
            })
            .collect())
    }

    /// `GETSCRIPT name`.
    pub async fn get_script(&mut self, name: &str) -> std::result::Result<String, SieveError> {
        let lines = self
            .run("GETSCRIPT", &Self::with_args("GETSCRIPT", &[name]))
            .await?;
        lines
            .first()
            .and_then(|line| match line.first() {
                Some(Token::Text(s)) => Some(s.clone()),
                _ => None,
            })
            .ok_or_else(|| Error::protocol("GETSCRIPT answered without a script").into())
    }

    /// `CHECKSCRIPT`: whether the server would accept the script; its
    /// errors (with their line numbers) come back as a [`Refused`].
    pub async fn check_script(&mut self, script: &str) -> std::result::Result<(), SieveError> {
        self.run("CHECKSCRIPT", &Self::with_args("CHECKSCRIPT", &[script]))
            .await
            .map(drop)
    }

    /// `PUTSCRIPT name script`.
    pub async fn put_script(
        &mut self,
        name: &str,
        script: &str,
    ) -> std::result::Result<(), SieveError> {
        self.run("PUTSCRIPT", &Self::with_args("PUTSCRIPT", &[name, script]))
            .await
            .map(drop)
    }

    /// `SETACTIVE name`: makes it the one script that runs.
    pub async fn set_active(&mut self, name: &str) -> std::result::Result<(), SieveError> {
        self.run("SETACTIVE", &Self::with_args("SETACTIVE", &[name]))
            .await
            .map(drop)
    }

    /// `LOGOUT`.
    pub async fn logout(mut self) -> Result<()> {
        self.wire.send(b"LOGOUT\r\n").await?;
        let _ = self.wire.reply().await;
        Ok(())
    }
}

/// The line a CHECKSCRIPT or PUTSCRIPT error points at (`line 3: …`).
pub fn error_line(text: &str) -> Option<u32> {
    let at = text.find("line ")?;
    let digits: String = text[at + 5..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_go_as_literals_and_tokens_as_oauthbearer() {
        assert_eq!(literal("a\"b"), b"{3+}\r\na\"b".to_vec());
        assert_eq!(
            literal("żółw"),
            b"{7+}\r\n\xc5\xbc\xc3\xb3\xc5\x82w".to_vec()
        );
        let decoded = STANDARD
            .decode(oauthbearer_response("ja,n=x", &Secret::new("t0k")))
            .expect("base64");
        assert_eq!(decoded, b"n,a=ja=2Cn=3Dx,\x01auth=Bearer t0k\x01\x01");
    }

    #[test]
    fn the_error_line_is_found_in_the_servers_words() {
        assert_eq!(
            error_line("line 7: error: unknown command 'filein'.\r\nerror: validation failed."),
            Some(7)
        );
        assert_eq!(error_line("Too many scripts"), None);
    }
}
