//! ManageSieve replies (RFC 5804 §4): lines of atoms, quoted strings and
//! literals, read with a size limit on every line and literal and a time
//! limit on every read, so a hostile server can neither hang the client
//! nor fill its memory.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};

use crate::error::{Error, Result};
use crate::net;

/// Longest line held (without its literals).
pub const MAX_LINE: usize = 16 * 1024;
/// Largest literal (a script, a long error text): servers limit scripts to
/// about 1 MiB.
pub const MAX_LITERAL: u64 = 8 * 1024 * 1024;
/// Most lines in one reply (`LISTSCRIPTS` of a very busy account).
pub const MAX_LINES: usize = 10_000;

/// One element of a reply line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A bare word: `OK`, `NO`, `BYE`, `ACTIVE`, a response code.
    Atom(String),
    /// A quoted string or a literal.
    Text(String),
    /// `(`.
    Open,
    /// `)`.
    Close,
}

/// How a command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// `OK`.
    Ok,
    /// `NO`: refused.
    No,
    /// `BYE`: the server is closing the connection.
    Bye,
}

/// The last line of a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// OK, NO or BYE.
    pub status: Status,
    /// The response code, e.g. `WARNINGS` or `NONEXISTENT`.
    pub code: Option<String>,
    /// The human-readable text, if any.
    pub text: String,
}

impl Done {
    /// The final line, when `tokens` is one.
    pub fn from_tokens(tokens: &[Token]) -> Option<Done> {
        let status = match tokens.first()? {
            Token::Atom(a) if a.eq_ignore_ascii_case("OK") => Status::Ok,
            Token::Atom(a) if a.eq_ignore_ascii_case("NO") => Status::No,
            Token::Atom(a) if a.eq_ignore_ascii_case("BYE") => Status::Bye,
            _ => return None,
        };
        let mut rest = &tokens[1..];
        let mut code = None;
        if rest.first() == Some(&Token::Open) {
            let end = rest.iter().position(|t| *t == Token::Close)?;
            code = rest[1..end].iter().find_map(|t| match t {
                Token::Atom(a) => Some(a.to_ascii_uppercase()),
                _ => None,
            });
            rest = &rest[end + 1..];
        }
        let text = rest
            .iter()
            .find_map(|t| match t {
                Token::Text(s) => Some(s.clone()),
                _ => None,
            })
            .unwrap_or_default();
        Some(Done { status, code, text })
    }
}

/// Splits one physical line into tokens; a trailing `{n}` or `{n+}` is
/// returned as the literal's length to read next.
pub fn tokenize(line: &[u8]) -> Result<(Vec<Token>, Option<u64>)> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b' ' => i += 1,
            b'(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'"' => {
                let mut text = Vec::new();
                i += 1;
                loop {
                    match line.get(i) {
                        None => return Err(Error::protocol("a quoted string does not end")),
                        Some(b'\\') => {
                            text.push(*line.get(i + 1).ok_or_else(|| {
                                Error::protocol("a quoted string ends in a backslash")
                            })?);
                            i += 2;
                        }
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b) => {
                            text.push(*b);
                            i += 1;
                        }
                    }
                }
                tokens.push(Token::Text(String::from_utf8_lossy(&text).into_owned()));
            }
            b'{' => {
                let close = line[i..]
                    .iter()
                    .position(|&b| b == b'}')
                    .map(|p| p + i)
                    .ok_or_else(|| Error::protocol("a literal's length does not end"))?;
                if close + 1 != line.len() {
                    return Err(Error::protocol(
                        "a literal's length is not at the line's end",
                    ));
                }
                let digits = std::str::from_utf8(&line[i + 1..close])
                    .unwrap_or("")
                    .trim_end_matches('+');
                let length: u64 = digits
                    .parse()
                    .map_err(|_| Error::protocol("a literal's length is not a number"))?;
                return Ok((tokens, Some(length)));
            }
            _ => {
                let end = line[i..]
                    .iter()
                    .position(|&b| matches!(b, b' ' | b'(' | b')'))
                    .map_or(line.len(), |p| p + i);
                tokens.push(Token::Atom(
                    String::from_utf8_lossy(&line[i..end]).into_owned(),
                ));
                i = end;
            }
        }
    }
    Ok((tokens, None))
}

/// Reads one reply line with its literals, each read within `limit` (a
/// literal also gets its length at the floor rate).
pub async fn read_tokens<S: AsyncRead + Unpin>(
    io: &mut BufReader<S>,
    limit: Duration,
) -> Result<Vec<Token>> {
    let mut all = Vec::new();
    loop {
        let line = read_line(io, limit).await?;
        let (tokens, literal) = tokenize(&line)?;
        all.extend(tokens);
        let Some(length) = literal else {
            return Ok(all);
        };
        if length > MAX_LITERAL {
            return Err(Error::protocol(format!(
                "the server announced a literal of {length} bytes, over the limit"
            )));
        }
        let mut data = Vec::with_capacity(length as usize);
        let wait = limit + net::transfer_time(length);
        net::with_timeout(wait, "reading the server's reply", async {
            (&mut *io).take(length).read_to_end(&mut data).await?;
            Ok(())
        })
        .await?;
        if data.len() as u64 != length {
            return Err(Error::protocol("the connection closed inside a literal"));
        }
        all.push(Token::Text(String::from_utf8_lossy(&data).into_owned()));
        if all.len() > MAX_LINES {
            return Err(Error::protocol("a reply line with too many parts"));
        }
    }
}

/// One line without its CRLF, at most [`MAX_LINE`] bytes.
async fn read_line<S: AsyncRead + Unpin>(
    io: &mut BufReader<S>,
    limit: Duration,
) -> Result<Vec<u8>> {
    let mut line = Vec::new();
    net::with_timeout(limit, "reading the server's reply", async {
        let read = (&mut *io)
            .take(MAX_LINE as u64 + 2)
            .read_until(b'\n', &mut line)
            .await?;
        if read == 0 {
            return Err(Error::protocol("the server closed the connection"));
        }
        Ok(())
    })
    .await?;
    if line.last() != Some(&b'\n') {
        return Err(Error::protocol(if line.len() > MAX_LINE {
            "a reply line longer than the limit"
        } else {
            "the server closed the connection mid-line"
        }));
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Token {
        Token::Text(s.into())
    }

    #[test]
    fn lines_split_into_atoms_strings_and_literal_lengths() {
        let (tokens, literal) = tokenize(br#""SIEVE" "fileinto vacation""#).expect("ok");
        assert_eq!(tokens, vec![t("SIEVE"), t("fileinto vacation")]);
        assert_eq!(literal, None);
        let (tokens, literal) = tokenize(br#"NO (WARNINGS) {42}"#).expect("ok");
        assert_eq!(
            tokens,
            vec![
                Token::Atom("NO".into()),
                Token::Open,
                Token::Atom("WARNINGS".into()),
                Token::Close
            ]
        );
        assert_eq!(literal, Some(42));
        assert_eq!(tokenize(b"{7+}").expect("ok").1, Some(7));
        assert!(tokenize(b"\"open").is_err());
        assert!(tokenize(b"{x}").is_err());
    }

    #[test]
    fn the_final_line_gives_status_code_and_text() {
        let done = Done::from_tokens(&[
            Token::Atom("NO".into()),
            Token::Open,
            Token::Atom("nonexistent".into()),
            Token::Close,
            t("There is no script"),
        ])
        .expect("final");
        assert_eq!(done.status, Status::No);
        assert_eq!(done.code.as_deref(), Some("NONEXISTENT"));
        assert_eq!(done.text, "There is no script");
        assert_eq!(
            Done::from_tokens(&[t("posta"), Token::Atom("ACTIVE".into())]),
            None
        );
    }

    #[tokio::test]
    async fn literals_are_read_whole_and_a_huge_one_is_refused() {
        let wire: &[u8] = b"{5}\r\nab\r\nc\r\nOK\r\n";
        let mut io = BufReader::new(wire);
        let tokens = read_tokens(&mut io, Duration::from_secs(5))
            .await
            .expect("line");
        assert_eq!(tokens, vec![t("ab\r\nc")]);
        let tokens = read_tokens(&mut io, Duration::from_secs(5))
            .await
            .expect("line");
        assert_eq!(tokens, vec![Token::Atom("OK".into())]);
        let wire: &[u8] = b"{999999999999}\r\n";
        let mut io = BufReader::new(wire);
        assert!(read_tokens(&mut io, Duration::from_secs(5)).await.is_err());
        let long = vec![b'a'; MAX_LINE + 10];
        let mut io = BufReader::new(long.as_slice());
        assert!(read_tokens(&mut io, Duration::from_secs(5)).await.is_err());
    }
}
