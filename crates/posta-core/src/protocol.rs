//! The two mail protocols Posta reads from: plain data every layer shares.

use std::str::FromStr;

/// The mail protocol of an incoming server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// IMAP: mail stays on the server, state is shared by every device.
    Imap,
    /// POP3: mail is downloaded; state lives on this computer.
    Pop3,
}

impl Protocol {
    /// `imap` or `pop3`.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
        }
    }
}

impl FromStr for Protocol {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "imap" => Ok(Protocol::Imap),
            "pop3" | "pop" => Ok(Protocol::Pop3),
            other => Err(format!("unknown protocol {other:?} (use imap or pop3)")),
        }
    }
}
