//! IMAP on async-imap: connection (TLS or STARTTLS, credentials only after
//! TLS), folders, messages, flags, sharing (NAMESPACE, ACL), METADATA and
//! IDLE. Where async-imap is broken or silent (NAMESPACE, modified UTF-7,
//! STARTTLS), this module does the work itself.

/// Runs async-imap calls on the session under its time limit; a timeout
/// drops the connection, whose state is then unknown.
macro_rules! call {
    ($session:ident, |$s:ident| $body:expr) => {{
        let limit = $session.timeout;
        call!($session, limit, |$s| $body)
    }};
    ($session:ident, $limit:expr, |$s:ident| $body:expr) => {{
        let limit: std::time::Duration = $limit;
        let $s = $session.inner()?;
        match tokio::time::timeout(limit, async { $body }).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => {
                // After a broken or refused reply the connection is out of
                // step (the rest of the reply may still come): drop it.
                if matches!(
                    err,
                    async_imap::error::Error::Io(_) | async_imap::error::Error::ConnectionLost
                ) {
                    $session.inner = None;
                }
                Err($crate::imap::map_err(err))
            }
            Err(_) => {
                $session.inner = None;
                Err($crate::error::Error::timed_out("waiting for the server"))
            }
        }
    }};
}

mod append;
mod asked;
mod bearer;
mod by_message_id;
mod changes;
mod data;
mod folder;
mod folders;
mod idle;
mod messages;
mod metadata;
mod moved;
mod parts;
mod quota;
mod raw;
mod sharing;
mod special_names;
mod status;
pub mod structure;
mod text_search;
mod top_uid;
mod uid_ranges;
pub mod utf7;

use std::collections::BTreeSet;
use std::time::Duration;

use async_imap::imap_proto::{Response, Status};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::error::{Error, Result};
use super::net::{self, Endpoint, MailStream, Security};
use super::secret::Secret;

pub use append::parse_appenduid;
pub use changes::{FolderCounters, Resync};
pub use folder::{Folder, FolderStatus, SpecialUse};
pub use idle::IdleOutcome;
pub use messages::{uid_set, FlagChange, RawEnvelopes};
pub use moved::MovedTo;
pub use parts::{Described, Sections, CHUNK};
pub use quota::{parse_quota, QuotaResource, QuotaUsage};
pub use sharing::{AclEntry, Namespace, Namespaces};
pub use special_names::role_by_name;

type Inner = async_imap::Session<MailStream>;

/// How to present the password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthMechanism {
    /// `AUTHENTICATE PLAIN` when offered, else `LOGIN`.
    #[default]
    Auto,
    /// Always `LOGIN`.
    Login,
    /// Always `AUTHENTICATE PLAIN`.
    Plain,
}

/// A logged-in IMAP connection.
#[derive(Debug)]
pub struct ImapSession {
    inner: Option<Inner>,
    capabilities: BTreeSet<String>,
    timeout: Duration,
    host: String,
    inbox_keywords: bool,
    raw_tags: u32,
    qresync_enabled: bool,
    /// NOTIFY (RFC 5465) asked for on this connection: whether it took.
    notify: Option<bool>,
    /// What the last SELECT/EXAMINE reported; bounds what FETCH may return.
    selected: Option<asked::Selected>,
    /// The folder selected read-write by [`ImapSession::select`], until
    /// another SELECT, EXAMINE or a change of the folder list.
    open: Option<String>,
}

struct PlainAuth<'a> {
    user: &'a str,
    password: &'a Secret,
}

impl async_imap::Authenticator for PlainAuth<'_> {
    type Response = Vec<u8>;

    fn process(&mut self, _challenge: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.user.len() + self.password.expose().len() + 2);
        out.push(0);
        out.extend_from_slice(self.user.as_bytes());
        out.push(0);
        out.extend_from_slice(self.password.expose().as_bytes());
        out
    }
}

/// Maps async-imap's errors to the account layer's kinds.
pub(crate) fn map_err(err: async_imap::error::Error) -> Error {
    use async_imap::error::Error as E;
    match err {
        E::Io(io) => Error::from(io),
        E::ConnectionLost => Error::from(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "the server closed the connection",
        )),
        E::No(words) | E::Bad(words) => Error::protocol(words),
        other => Error::protocol(other.to_string()),
    }
}

/// Quotes a string for an IMAP command (RFC 3501 quoted string). Callers
/// pass only ASCII without CR/LF (mailbox names are modified UTF-7 already);
/// anything else is refused rather than sent broken.
pub(crate) fn quote(text: &str) -> Result<String> {
    if text
        .bytes()
        .any(|b| b == b'\r' || b == b'\n' || b == 0 || b >= 0x80)
    {
        return Err(Error::protocol(format!(
            "cannot send {text:?} as an IMAP string"
        )));
    }
    Ok(format!(
        "\"{}\"",
        text.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// Reads the greeting: `* OK` or `* PREAUTH`; `* BYE` and anything else
/// are refusals with the server's words.
async fn read_greeting<S: AsyncRead + Unpin>(stream: &mut S) -> Result<()> {
    let mut total = 0;
    let line = raw::read_line(stream, &mut total).await?;
    let text = String::from_utf8_lossy(&line);
    let upper = text.to_ascii_uppercase();
    if upper.starts_with("* OK") || upper.starts_with("* PREAUTH") {
        Ok(())
    } else {
        Err(Error::protocol(text.trim().to_owned()))
    }
}

/// Asks `CAPABILITY` before login (upper-case words).
async fn pre_login_capabilities<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
) -> Result<BTreeSet<String>> {
    let lines = raw::exchange(stream, "C0", "CAPABILITY").await?;
    Ok(lines
        .iter()
        .filter_map(|l| l.strip_prefix(b"* CAPABILITY "))
        .flat_map(|rest| {
            String::from_utf8_lossy(rest)
                .split_whitespace()
                .map(str::to_ascii_uppercase)
                .collect::<Vec<_>>()
        })
        .collect())
}

fn capability_name(cap: &async_imap::types::Capability) -> String {
    use async_imap::types::Capability as C;
    match cap {
        C::Imap4rev1 => "IMAP4REV1".to_owned(),
        C::Auth(m) => format!("AUTH={}", m.to_ascii_uppercase()),
        C::Atom(a) => a.to_ascii_uppercase(),
    }
}

/// STARTTLS on a fresh plain connection: refuses (before anything else is
/// sent) when the server does not offer it or answers it with an error.
async fn starttls(tcp: TcpStream, host: String, limit: Duration) -> Result<TcpStream> {
    net::with_timeout(limit, "STARTTLS", async move {
        let mut tcp = tcp;
        read_greeting(&mut tcp).await?;
        let caps = pre_login_capabilities(&mut tcp).await?;
        if !caps.contains("STARTTLS") {
            return Err(Error::StartTlsUnavailable {
                host,
                detail: "STARTTLS is not in the server's capabilities".into(),
            });
        }
        if let Err(err) = raw::exchange(&mut tcp, "C1", "STARTTLS").await {
            return Err(Error::StartTlsUnavailable {
                host,
                detail: format!("the server refused STARTTLS: {err}"),
            });
        }
        Ok(tcp)
    })
    .await
}

impl ImapSession {
    /// Connects, secures the connection as `endpoint` says and logs in.
    pub async fn connect(endpoint: &Endpoint, user: &str, password: &Secret) -> Result<Self> {
        Self::connect_with(endpoint, user, password, AuthMechanism::Auto).await
    }

    /// Like [`ImapSession::connect`] with a chosen login mechanism.
    pub async fn connect_with(
        endpoint: &Endpoint,
        user: &str,
        password: &Secret,
        mechanism: AuthMechanism,
    ) -> Result<Self> {
        let limit = endpoint.timeout;
        let host = endpoint.host.clone();
        let mut stream = net::open(endpoint, |tcp| starttls(tcp, host.clone(), limit)).await?;
        // The one rule that must never break: no credentials in the clear
        // unless the user explicitly chose an unencrypted connection.
        if !stream.is_tls() && endpoint.security != Security::Insecure {
            return Err(Error::StartTlsUnavailable {
                host: endpoint.host.clone(),
                detail: "the connection is not encrypted".into(),
            });
        }
        let caps = net::with_timeout(limit, "waiting for the server", async {
            if endpoint.security != Security::StartTls {
                read_greeting(&mut stream).await?;
            }
            pre_login_capabilities(&mut stream).await
        })
        .await?;
        let client = async_imap::Client::new(stream);
        if password.is_bearer() {
            let inner = bearer::bearer_login(client, &caps, user, password, limit).await?;
            return Self::logged_in(inner, endpoint, limit).await;
        }
        let use_plain = match mechanism {
            AuthMechanism::Plain => true,
            AuthMechanism::Login => false,
            AuthMechanism::Auto => caps.contains("AUTH=PLAIN"),
        };
        if !use_plain && caps.contains("LOGINDISABLED") {
            return Err(Error::AuthenticationFailed(
                "the server does not allow LOGIN here".into(),
            ));
        }
        let login = async {
            if use_plain {
                client
                    .authenticate("PLAIN", PlainAuth { user, password })
                    .await
                    .map_err(|(e, _)| e)
            } else {
                client
                    .login(user, password.expose())
                    .await
                    .map_err(|(e, _)| e)
            }
        };
        let inner = match tokio::time::timeout(limit, login).await {
            Err(_) => return Err(Error::timed_out("logging in")),
            Ok(Ok(session)) => session,
            Ok(Err(async_imap::error::Error::No(words)))
            | Ok(Err(async_imap::error::Error::Bad(words))) => {
                return Err(Error::AuthenticationFailed(words));
            }
            Ok(Err(other)) => return Err(map_err(other)),
        };
        Self::logged_in(inner, endpoint, limit).await
    }

    /// The session after a successful login: capabilities again, INBOX.
    async fn logged_in(
        inner: async_imap::Session<MailStream>,
        endpoint: &Endpoint,
        limit: Duration,
    ) -> Result<Self> {
        let mut session = ImapSession {
            inner: Some(inner),
            capabilities: BTreeSet::new(),
            timeout: limit,
            host: endpoint.host.clone(),
            inbox_keywords: false,
            raw_tags: 0,
            qresync_enabled: false,
            notify: None,
            selected: None,
            open: None,
        };
        // Capabilities change after login (RFC 3501 §6.2.3): ask again.
        let caps: BTreeSet<String> = call!(session, |s| s
            .capabilities()
            .await
            .map(|c| c.iter().map(capability_name).collect()))?;
        session.capabilities = caps;
        // SELECT, not EXAMINE: a read-only open reports no PERMANENTFLAGS.
        let inbox = session.select("INBOX").await?;
        session.inbox_keywords = inbox.keywords_allowed;
        Ok(session)
    }

    /// The capabilities the server announced after login (upper case).
    pub fn server_capabilities(&self) -> &BTreeSet<String> {
        &self.capabilities
    }

    /// True when the server announced `name` (e.g. `"IDLE"`).
    pub fn has_capability(&self, name: &str) -> bool {
        self.capabilities.contains(&name.to_ascii_uppercase())
    }

    /// True when INBOX accepts new keywords (`\*` in PERMANENTFLAGS).
    pub fn keywords_allowed(&self) -> bool {
        self.inbox_keywords
    }

    /// The server's host name.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The per-step time limit.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Whether the connection is still usable (a broken reply or a
    /// timeout drops it).
    pub fn is_connected(&self) -> bool {
        self.inner.is_some()
    }

    fn inner(&mut self) -> Result<&mut Inner> {
        self.inner.as_mut().ok_or_else(|| {
            Error::from(std::io::Error::new(
                std::io::ErrorKind::NotConnected,
                "the IMAP connection was lost",
            ))
        })
    }

    /// Runs a command that answers only OK/NO/BAD.
    pub(crate) async fn simple(&mut self, command: String) -> Result<()> {
        call!(self, |s| s.run_command_and_check_ok(&command).await)
    }

    /// Sends a tagged command and hands every response to `on` until its
    /// tagged completion, which must be OK.
    pub(crate) async fn collect<F>(&mut self, command: String, mut on: F) -> Result<()>
    where
        F: FnMut(&Response<'_>) + Send,
    {
        let limit = self.timeout;
        let inner = self.inner()?;
        let work = async {
            let tag = inner.run_command(&command).await.map_err(map_err)?;
            loop {
                let Some(resp) = inner.read_response().await? else {
                    return Err(map_err(async_imap::error::Error::ConnectionLost));
                };
                match resp.parsed() {
                    Response::Done {
                        tag: t,
                        status,
                        outcome,
                        ..
                    } if *t == tag => {
                        // The outer Result is the stream's, the inner the
                        // server's verdict (a NO leaves the connection usable).
                        return Ok(match status {
                            Status::Ok => Ok(()),
                            _ => Err(Error::protocol(
                                outcome
                                    .information
                                    .as_deref()
                                    .unwrap_or("the command failed"),
                            )),
                        });
                    }
                    other => on(other),
                }
            }
        };
        match tokio::time::timeout(limit, work).await {
            Ok(Ok(verdict)) => verdict,
            Ok(Err(err)) => {
                // A broken reply: the connection is out of step.
                self.inner = None;
                Err(err)
            }
            Err(_) => {
                self.inner = None;
                Err(Error::timed_out("waiting for the server"))
            }
        }
    }

    /// Says goodbye to the server.
    pub async fn logout(mut self) -> Result<()> {
        call!(self, |s| s.logout().await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_and_refuses_line_breaks() {
        assert_eq!(quote("a\"b\\c").ok(), Some("\"a\\\"b\\\\c\"".to_owned()));
        assert!(quote("a\r\nb").is_err());
        assert!(quote("Żółć").is_err());
    }
}
