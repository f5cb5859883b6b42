//! A small reader for IMAP response data that async-imap cannot parse
//! (NAMESPACE, METADATA values sent as literals).

/// One IMAP data item.
#[derive(Debug, PartialEq)]
pub(super) enum Value {
    /// A parenthesised list.
    List(Vec<Value>),
    /// A quoted string, literal or atom.
    Str(String),
    /// NIL.
    Nil,
}

/// A small reader for the IMAP data in a NAMESPACE line: lists, quoted
/// strings, literals (already inlined as `{n}\r\n…`), NIL and atoms.
pub(super) struct Reader<'a> {
    input: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `input`.
    pub(super) fn new(input: &'a [u8]) -> Self {
        Reader { input, pos: 0 }
    }

    /// The next item, or `None` at the end or on malformed input.
    pub(super) fn next_value(&mut self) -> Option<Value> {
        self.value(0)
    }

    fn skip_spaces(&mut self) {
        while self.input.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > 16 {
            return None;
        }
        self.skip_spaces();
        match *self.input.get(self.pos)? {
            b'(' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_spaces();
                    if self.input.get(self.pos) == Some(&b')') {
                        self.pos += 1;
                        return Some(Value::List(items));
                    }
                    items.push(self.value(depth + 1)?);
                }
            }
            b'"' => {
                self.pos += 1;
                let mut out = Vec::new();
                loop {
                    match *self.input.get(self.pos)? {
                        b'\\' => {
                            out.push(*self.input.get(self.pos + 1)?);
                            self.pos += 2;
                        }
                        b'"' => {
                            self.pos += 1;
                            return Some(Value::Str(String::from_utf8_lossy(&out).into_owned()));
                        }
                        b => {
                            out.push(b);
                            self.pos += 1;
                        }
                    }
                }
            }
            b'{' => {
                let close = self.input[self.pos..].iter().position(|b| *b == b'}')? + self.pos;
                let digits = std::str::from_utf8(&self.input[self.pos + 1..close]).ok()?;
                let n: usize = digits.trim_end_matches('+').parse().ok()?;
                let start = close + 3; // `}` CR LF
                let data = self.input.get(start..start + n)?;
                self.pos = start + n;
                Some(Value::Str(String::from_utf8_lossy(data).into_owned()))
            }
            _ => {
                let start = self.pos;
                while let Some(b) = self.input.get(self.pos) {
                    if *b == b' ' || *b == b')' || *b == b'(' {
                        break;
                    }
                    self.pos += 1;
                }
                let atom = String::from_utf8_lossy(&self.input[start..self.pos]).into_owned();
                if atom.is_empty() {
                    None
                } else if atom.eq_ignore_ascii_case("NIL") {
                    Some(Value::Nil)
                } else {
                    Some(Value::Str(atom))
                }
            }
        }
    }
}
