//! A small JSON reader for the data files: the text to a tree of values that remember
//! where they start. Hand-written rather than serde_json's generic deserializers, which
//! cost the app about 25 KB gzip; a data file needs nothing more. Its messages follow
//! serde_json's ("expected `,` or `}` at line 3 column 7"), so editors meet the same words
//! in `cargo test` and in the app.

/// A value and the byte offset in the text where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// Byte offset of the value's first character.
    pub at: usize,
    /// The value.
    pub value: Value,
}

/// A JSON value. Numbers keep their text: the data has one, a small integer, and
/// reading floats would bring a parser the app does not need.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in the order written (duplicates kept, for the reader to refuse).
    Object(Vec<(String, Node)>),
}

/// A text that is not JSON: where, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset of the problem.
    pub at: usize,
    /// What is wrong, without the position.
    pub message: String,
}

/// How deep arrays and objects may nest, as in serde_json.
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON value, with nothing but whitespace after it.
pub(crate) fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let node = reader.value()?;
    reader.skip_space();
    if reader.i < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(node)
}

/// The 1-based line and byte column of `at` in `text`, as serde_json counts them.
pub(crate) fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |n| n + 1);
    (line, column)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    depth: usize,
}

impl Reader<'_> {
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError {
            at: self.i,
            message: message.to_string(),
        }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.i) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        self.skip_space();
        let at = self.i;
        let value = match self.bytes.get(self.i) {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(Self::object)?,
            Some(b'[') => self.nested(Self::array)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => self.word()?,
        };
        Ok(Node { at, value })
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn word(&mut self) -> Result<Value, SyntaxError> {
        let (word, value) = match self.bytes[self.i] {
            b'n' => ("null", Value::Null),
            b't' => ("true", Value::Bool(true)),
            b'f' => ("false", Value::Bool(false)),
            _ => return Err(self.error("expected value")),
        };
        for &expected in &word.as_bytes()[1..] {
            self.i += 1;
            match self.bytes.get(self.i) {
                None => return Err(self.error("EOF while parsing a value")),
                Some(&b) if b != expected => return Err(self.error("expected ident")),
                Some(_) => {}
            }
        }
        self.i += 1;
        Ok(value)
    }

    /// A number that stops short: serde_json's words for where it stops.
    fn bad_number(&self) -> SyntaxError {
        if self.i >= self.bytes.len() {
            self.error("EOF while parsing a value")
        } else {
            self.error("invalid number")
        }
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.i;
        let digits = |r: &mut Self| {
            let from = r.i;
            while r.bytes.get(r.i).is_some_and(u8::is_ascii_digit) {
                r.i += 1;
            }
            r.i > from
        };
        if self.bytes.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        if self.bytes.get(self.i) == Some(&b'0') {
            self.i += 1;
            if self.bytes.get(self.i).is_some_and(u8::is_ascii_digit) {
                return Err(self.error("invalid number"));
            }
        } else if !digits(self) {
            return Err(self.bad_number());
        }
        if self.bytes.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.bad_number());
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.i) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.bad_number());
            }
        }
        Ok(self.text[start..self.i].to_string())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let hex = self
            .text
            .get(self.i..self.i + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(hex) = hex else {
            return Err(self.error("invalid escape"));
        };
        self.i += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("invalid escape"))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&b) = self.bytes.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(&self.text[start..self.i]);
            match self.bytes.get(self.i) {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(&escape) = self.bytes.get(self.i) else {
                        return Err(self.error("EOF while parsing a string"));
                    };
                    self.i += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => {
                            self.i -= 1;
                            return Err(self.error("invalid escape"));
                        }
                    }
                }
                Some(_) => {
                    return Err(self.error(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ));
                }
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.i..].starts_with("\\u") {
                    return Err(self.error("unexpected end of hex escape"));
                }
                self.i += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone leading surrogate in hex escape")),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    /// Steps over a `,` between items; a `close` right after it is a trailing comma.
    fn comma(&mut self, close: u8) -> Result<(), SyntaxError> {
        self.i += 1;
        self.skip_space();
        if self.bytes.get(self.i) == Some(&close) {
            return Err(self.error("trailing comma"));
        }
        Ok(())
    }

    /// Steps over the opening bracket of a list or an object, and over its `close` too
    /// if nothing comes between them; true then (the list or object is empty).
    fn opens_empty(&mut self, close: u8) -> bool {
        self.i += 1;
        self.skip_space();
        let empty = self.bytes.get(self.i) == Some(&close);
        if empty {
            self.i += 1;
        }
        empty
    }

    /// After an item of a list or an object: steps over the `,` before the next one
    /// (true) or over the `close` that ends them (false); `eof` and `expected` say what
    /// is wrong otherwise.
    fn more_items(&mut self, close: u8, eof: &str, expected: &str) -> Result<bool, SyntaxError> {
        self.skip_space();
        match self.bytes.get(self.i) {
            Some(b',') => self.comma(close).map(|()| true),
            Some(&b) if b == close => {
                self.i += 1;
                Ok(false)
            }
            None => Err(self.error(eof)),
            Some(_) => Err(self.error(expected)),
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        let mut items = Vec::new();
        if self.opens_empty(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            if !self.more_items(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        let mut members = Vec::new();
        if self.opens_empty(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            match self.bytes.get(self.i) {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.bytes.get(self.i) {
                Some(b':') => self.i += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            members.push((key, self.value()?));
            if !self.more_items(b'}', "EOF while parsing an object", "expected `,` or `}`")? {
                return Ok(Value::Object(members));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json, the reference: what it makes of `text`, in the same shape.
    fn reference(text: &str) -> Result<serde_json::Value, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    fn to_serde(node: &Node) -> serde_json::Value {
        match &node.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => (*b).into(),
            Value::Number(n) => serde_json::from_str(n).unwrap(),
            Value::String(s) => s.clone().into(),
            Value::Array(items) => items.iter().map(to_serde).collect(),
            Value::Object(members) => members
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            crate::data::EMBEDDED,
            " {\"a\": [1, -2.5e3, 0, true, false, null, \"\\u00e9\\ud83d\\ude00\\n\\\"\"], \"b\": {}} ",
            "[]",
            "\"ก\"",
        ] {
            let ours = parse(text).map(|n| to_serde(&n));
            assert_eq!(ours.ok(), reference(text).ok(), "{text:.60}");
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses_with_its_words_and_position() {
        for text in [
            "",
            "{",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1 2]",
            "[1,",
            "[1, ]",
            "{1: 2}",
            "\"abc",
            "\"a\u{1}b\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "01",
            "-",
            "1.",
            "tru",
            "nul!",
            "x",
            "{} x",
            &"[".repeat(200),
        ] {
            let ours = parse(text).map_err(|e| {
                let (line, column) = line_column(text, e.at);
                (e.message, line, column)
            });
            let Err(theirs) = reference(text) else {
                panic!("serde_json accepts {text:?}")
            };
            let Err((message, line, column)) = ours else {
                panic!("accepted {text:?}")
            };
            assert!(
                theirs.starts_with(&message),
                "{text:?}: ours {message:?}, serde_json {theirs:?}"
            );
            // The same place, give or take the character being looked at.
            let place = theirs.rsplit(" at line ").next().unwrap_or_default();
            let their_column: usize = place.rsplit(' ').next().unwrap().parse().unwrap();
            assert!(
                place.starts_with(&format!("{line} ")),
                "{text:?}: line {line} vs {theirs}"
            );
            assert!(
                column.abs_diff(their_column) <= 1,
                "{text:?}: column {column} vs {theirs}"
            );
        }
    }
}
