//! A small JSON reader: the text is walked in place, values are read by the caller's code.
//!
//! It replaces serde_json's generic deserializer for the content bundle, which the app's
//! WebAssembly carried in one copy per type of the bundle (about 100 KB). Here one loop reads
//! every object and one every array (`object`, `array`); what a member is, the caller says.
//! A first pass (`check_syntax`) tells text that is not JSON at all from JSON of the wrong
//! shape, so the two get their own messages.

use std::borrow::Cow;

/// Objects and arrays nested deeper than this are refused (a hostile file cannot exhaust the
/// stack; the bundle itself nests a handful of levels).
const MAX_DEPTH: u32 = 128;

/// Why a text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON (or cut short): what is wrong, at which byte of the text.
    Syntax {
        problem: &'static str,
        offset: usize,
    },
    /// JSON, but not of the shape asked for: the problem and where ("articles[3].title").
    Shape { problem: String, path: String },
}

impl JsonError {
    /// A value of the wrong shape (the caller's path is added on the way out).
    pub fn shape(problem: impl Into<String>) -> JsonError {
        JsonError::Shape {
            problem: problem.into(),
            path: String::new(),
        }
    }

    /// "unknown field `x`": every object of the bundle refuses members it does not know.
    pub fn unknown_field(key: &str) -> JsonError {
        JsonError::shape(["unknown field `", key, "`"].concat())
    }

    /// Prefixes the path of a shape error with the member or element it was found in.
    pub fn inside(self, step: &str) -> JsonError {
        match self {
            JsonError::Shape { problem, path } => {
                let dot = if path.is_empty() || path.starts_with('[') {
                    ""
                } else {
                    "."
                };
                JsonError::Shape {
                    problem,
                    path: [step, dot, &path].concat(),
                }
            }
            syntax => syntax,
        }
    }

    /// The message for people, with the line and column of a syntax error in `text`.
    pub fn describe(&self, text: &str) -> String {
        match self {
            JsonError::Syntax { problem, offset } => {
                let before = &text.as_bytes()[..(*offset).min(text.len())];
                let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                let line_start = before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let column = String::from_utf8_lossy(&before[line_start..])
                    .chars()
                    .count()
                    + 1;
                format!("{problem} at line {line}, column {column}")
            }
            JsonError::Shape { problem, path } if path.is_empty() => problem.clone(),
            JsonError::Shape { problem, path } => format!("{path}: {problem}"),
        }
    }
}

pub type JsonResult<T> = Result<T, JsonError>;

/// A position in a JSON text; reads one value at a time.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    /// Checks that the whole text is one JSON value (and nothing else).
    pub fn check_syntax(text: &str) -> JsonResult<()> {
        let mut reader = Reader::new(text);
        reader.skip()?;
        reader.end()
    }

    /// Fails unless only white space is left.
    pub fn end(&mut self) -> JsonResult<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    /// Where the reader is (to come back with `seek`).
    pub fn offset(&self) -> usize {
        self.at
    }

    /// Goes back (or forth) to an offset `offset` returned.
    pub fn seek(&mut self, offset: usize) {
        self.at = offset;
    }

    /// The JSON text from `start` to where the reader is.
    pub fn text_since(&self, start: usize) -> &'a str {
        self.text[start..self.at].trim()
    }

    fn syntax(&self, problem: &'static str) -> JsonError {
        JsonError::Syntax {
            problem,
            offset: self.at,
        }
    }

    /// The next byte that is not white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&byte) = bytes.get(self.at) {
            if !matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    /// Consumes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    fn expect(&mut self, byte: u8, problem: &'static str) -> JsonResult<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.syntax(problem))
        }
    }

    fn enter(&mut self) -> JsonResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.syntax("nesting deeper than 128 levels"));
        }
        Ok(())
    }

    /// Reads an object, calling `member` with each key; `member` reads (or skips) the value.
    pub fn object(
        &mut self,
        member: &mut dyn FnMut(&mut Reader<'a>, &str) -> JsonResult<()>,
    ) -> JsonResult<()> {
        if self.peek() != Some(b'{') {
            return Err(self.wrong_type("an object"));
        }
        self.at += 1;
        self.enter()?;
        if !self.eat(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.syntax("expected a key in double quotes"));
                }
                let key = self.string_value()?;
                self.expect(b':', "expected `:`")?;
                member(self, &key).map_err(|error| error.inside(&key))?;
                if self.eat(b'}') {
                    break;
                }
                self.expect(b',', "expected `,` or `}`")?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// Reads an array, calling `element` for each element.
    pub fn array(
        &mut self,
        element: &mut dyn FnMut(&mut Reader<'a>) -> JsonResult<()>,
    ) -> JsonResult<()> {
        if self.peek() != Some(b'[') {
            return Err(self.wrong_type("an array"));
        }
        self.at += 1;
        self.enter()?;
        if !self.eat(b']') {
            let mut index = 0usize;
            loop {
                element(self)
                    .map_err(|error| error.inside(&["[", &index.to_string(), "]"].concat()))?;
                index += 1;
                if self.eat(b']') {
                    break;
                }
                self.expect(b',', "expected `,` or `]`")?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// Reads an array whose elements `read` reads.
    pub fn list<T>(&mut self, read: fn(&mut Reader<'a>) -> JsonResult<T>) -> JsonResult<Vec<T>> {
        let mut out = Vec::new();
        self.array(&mut |reader| {
            out.push(read(reader)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Reads `null` as `None`, anything else with `read`.
    pub fn optional<T>(
        &mut self,
        read: fn(&mut Reader<'a>) -> JsonResult<T>,
    ) -> JsonResult<Option<T>> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(None);
        }
        read(self).map(Some)
    }

    pub fn string(&mut self) -> JsonResult<String> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type("a string"));
        }
        self.string_value().map(Cow::into_owned)
    }

    /// A whole number from 0 to `max`.
    pub fn unsigned(&mut self, max: u64) -> JsonResult<u64> {
        let start = self.offset();
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong_type("a whole number"));
        }
        self.number()?;
        match self.text_since(start).parse::<u64>() {
            Ok(value) if value <= max => Ok(value),
            _ => Err(JsonError::shape(
                [
                    "expected a whole number from 0 to ",
                    &max.to_string(),
                    ", found ",
                    self.text_since(start),
                ]
                .concat(),
            )),
        }
    }

    /// Passes over one value of any kind, checking its syntax.
    pub fn skip(&mut self) -> JsonResult<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |reader, _| reader.skip()),
            Some(b'[') => self.array(&mut Reader::skip),
            Some(b'"') => self.string_value().map(drop),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.syntax("expected a value")),
            None => Err(self.syntax("unexpected end of the text")),
        }
    }

    /// A shape error naming what was expected and what the text has there.
    fn wrong_type(&mut self, expected: &str) -> JsonError {
        let found = match self.peek() {
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => return self.syntax("expected a value"),
        };
        JsonError::shape(["expected ", expected, ", found ", found].concat())
    }

    fn literal(&mut self, word: &'static str) -> JsonResult<()> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.syntax("expected a value"))
        }
    }

    /// A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    fn number(&mut self) -> JsonResult<()> {
        let bytes = self.text.as_bytes();
        let digits = |at: &mut usize| {
            let start = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > start
        };
        let mut at = self.at;
        at += usize::from(bytes.get(at) == Some(&b'-'));
        // A leading zero stands alone ("0.5", never "05").
        let mut valid = if bytes.get(at) == Some(&b'0') {
            at += 1;
            true
        } else {
            digits(&mut at)
        };
        if valid && bytes.get(at) == Some(&b'.') {
            at += 1;
            valid = digits(&mut at);
        }
        if valid && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
            valid = digits(&mut at);
        }
        if !valid {
            self.at = at;
            return Err(self.syntax("invalid number"));
        }
        self.at = at;
        Ok(())
    }

    /// The string starting at the reader (which is at its opening quote), escapes resolved.
    fn string_value(&mut self) -> JsonResult<Cow<'a, str>> {
        let text = self.text;
        let bytes = text.as_bytes();
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&byte) = bytes.get(self.at) else {
                return Err(self.syntax("unexpected end of the text inside a string"));
            };
            match byte {
                b'"' => {
                    let last = &text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(last),
                        Some(mut out) => {
                            out.push_str(last);
                            Cow::Owned(out)
                        }
                    });
                }
                b'\\' => {
                    let out = owned.get_or_insert_with(String::new);
                    out.push_str(&text[run..self.at]);
                    self.at += 1;
                    let escaped = match bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.syntax("invalid escape")),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                0..=0x1f => return Err(self.syntax("unescaped control character in a string")),
                _ => self.at += 1,
            }
        }
    }

    /// `\uXXXX` (the reader at the `u`), a surrogate pair as one character; leaves the reader
    /// at the escape's last digit.
    fn unicode_escape(&mut self) -> JsonResult<char> {
        let first = self.hex4(self.at + 1)?;
        self.at += 4;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at + 1..].starts_with("\\u") {
                    return Err(self.syntax("lone surrogate in a \\u escape"));
                }
                let second = self.hex4(self.at + 3)?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.syntax("lone surrogate in a \\u escape"));
                }
                self.at += 6;
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.syntax("lone surrogate in a \\u escape")),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.syntax("invalid unicode code point"))
    }

    fn hex4(&self, at: usize) -> JsonResult<u32> {
        self.text
            .get(at..at + 4)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            .ok_or(JsonError::Syntax {
                problem: "expected four hexadecimal digits after \\u",
                offset: at,
            })
    }
}

/// The value of a member the object must have.
pub fn required<T>(value: Option<T>, name: &str) -> JsonResult<T> {
    value.ok_or_else(|| JsonError::shape(["missing field `", name, "`"].concat()))
}

#[cfg(test)]
mod tests;
