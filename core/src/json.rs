//! A small, strict JSON reader (RFC 8259) for the few documents this app reads: the deployment
//! profile, token claims, and error bodies people paste.
//!
//! Why not `serde_json::Value`: its deserializer, map type and error formatting were the
//! largest single piece of the first-visit download that did not serve the visitor (the size
//! budget in issue 6), and its map merges repeated names silently, where we want to see them
//! (a JWT with two `aud` claims, a profile that sets a field twice). Objects here keep every
//! member in document order; lookups see the last one, as JavaScript's `JSON.parse` does.
//!
//! `serde_json` stays for what derive does well: the sign-in transaction's round trip through
//! session storage. The property tests check this reader against it on generated documents.

use std::fmt::{self, Write as _};

/// Arrays and objects nested deeper than this are rejected rather than recursed into, so hostile
/// input cannot overflow the stack (`serde_json` has the same limit).
pub const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written, already checked against the JSON grammar.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// A JSON object's members in document order, repeated names included.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object {
    members: Vec<(String, Json)>,
}

impl Object {
    /// The value of the last member with this name.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.members
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Every member, repeated names included, in document order.
    pub fn members(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.members.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Each name once, where it first appeared, with its last value; and the names that
    /// appeared more than once.
    pub fn deduplicated(self) -> (Vec<(String, Json)>, Vec<String>) {
        let mut unique: Vec<(String, Json)> = Vec::with_capacity(self.members.len());
        let mut repeated = Vec::new();
        for (name, value) in self.members {
            match unique.iter_mut().find(|(k, _)| *k == name) {
                Some(existing) => {
                    existing.1 = value;
                    if !repeated.contains(&name) {
                        repeated.push(name);
                    }
                }
                None => unique.push((name, value)),
            }
        }
        (unique, repeated)
    }

    /// The first name that appears more than once.
    pub fn first_repeated_name(&self) -> Option<&str> {
        self.members
            .iter()
            .enumerate()
            .find(|(i, (k, _))| self.members[..*i].iter().any(|(earlier, _)| earlier == k))
            .map(|(_, (k, _))| k.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl Json {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A member of an object; `None` for other values.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.as_object()?.get(name)
    }

    /// A number written as a non-negative integer that fits in `u64` (`12`, not `12.0`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// A number truncated toward zero, if its magnitude is below 10^15: enough for times in
    /// seconds, without a general float parser in the app (`1.7e9` and `1700000000.5` both
    /// give 1700000000).
    pub fn as_whole_number(&self) -> Option<i64> {
        let Json::Number(n) = self else {
            return None;
        };
        const LIMIT: i128 = 1_000_000_000_000_000;
        let (negative, n) = match n.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, n.as_str()),
        };
        let (mantissa, exponent) = match n.find(['e', 'E']) {
            Some(at) => (&n[..at], n[at + 1..].parse::<i32>().ok()?),
            None => (n, 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        // value = digits × 10^(exponent − frac.len())
        let mut value: i128 = 0;
        let mut scale = exponent.checked_sub(i32::try_from(frac.len()).ok()?)?;
        for d in int.bytes().chain(frac.bytes()) {
            // The parser only makes valid numbers, but the variant is public.
            if !d.is_ascii_digit() {
                return None;
            }
            value = value * 10 + i128::from(d - b'0');
            if value >= LIMIT * 1_000_000_000_000_000_000 {
                // Far too large already unless a big negative scale follows; drop a digit.
                value /= 10;
                scale = scale.checked_add(1)?;
            }
        }
        while scale < 0 && value != 0 {
            value /= 10;
            scale += 1;
        }
        while scale > 0 && value != 0 {
            value = value.checked_mul(10)?;
            if value >= LIMIT {
                return None;
            }
            scale -= 1;
        }
        if value >= LIMIT {
            return None;
        }
        let value = i64::try_from(value).ok()?;
        Some(if negative { -value } else { value })
    }
}

/// Compact JSON text, for showing a claim that is not a plain string.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) => f.write_str(n),
            Json::String(s) => write_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(object) => {
                f.write_str("{")?;
                for (i, (name, value)) in object.members().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, name)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if u32::from(c) < 0x20 => write!(f, "\\u{:04x}", u32::from(c))?,
            c => f.write_char(c)?,
        }
    }
    f.write_str("\"")
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub problem: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.problem, self.line, self.column
        )
    }
}

/// Parses a whole document: one value, surrounded by nothing but whitespace.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser { text, at: 0 };
    let value = p.value(0)?;
    p.skip_whitespace();
    if p.at < text.len() {
        return Err(p.error("unexpected text after the JSON value"));
    }
    Ok(value)
}

/// Parses the value at the start of `text` (after whitespace) and ignores whatever follows
/// it: for JSON embedded in a log line.
pub fn parse_prefix(text: &str) -> Result<Json, JsonError> {
    Parser { text, at: 0 }.value(0)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn error(&self, problem: &'static str) -> JsonError {
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes, so they match what an editor shows.
        let column = 1 + String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count();
        JsonError {
            line,
            column,
            problem,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("the text ended where a value was expected")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut members = Vec::new();
        if !self.closes(b'}') {
            loop {
                self.skip_whitespace();
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a member name in double quotes"));
                }
                let name = self.string()?;
                self.skip_whitespace();
                if self.peek() != Some(b':') {
                    return Err(self.error("expected `:` after the member name"));
                }
                self.at += 1;
                members.push((name, self.value(depth + 1)?));
                if self.after_item(b'}', "expected `,` or `}`")? {
                    break;
                }
            }
        }
        Ok(Json::Object(Object { members }))
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        if !self.closes(b']') {
            loop {
                items.push(self.value(depth + 1)?);
                if self.after_item(b']', "expected `,` or `]`")? {
                    break;
                }
            }
        }
        Ok(Json::Array(items))
    }

    /// Consumes `close` if it comes next (an empty array or object).
    fn closes(&mut self, close: u8) -> bool {
        self.skip_whitespace();
        let closed = self.peek() == Some(close);
        if closed {
            self.at += 1;
        }
        closed
    }

    /// After an item: `true` at the closing bracket, `false` after a comma.
    fn after_item(&mut self, close: u8, problem: &'static str) -> Result<bool, JsonError> {
        if self.closes(close) {
            return Ok(true);
        }
        if self.peek() != Some(b',') {
            return Err(self.error(problem));
        }
        self.at += 1;
        Ok(false)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        match self.digits() {
            0 => return Err(self.error("expected a digit")),
            n if leading_zero && n > 1 => {
                return Err(self.error("numbers must not start with 0"));
            }
            _ => {}
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        Ok(Json::Number(self.text[start..self.at].to_string()))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16)
            .map_err(|_| self.error("expected four hex digits after \\u"))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control character at once.
            let rest = &self.text[self.at..];
            let run = rest
                .bytes()
                .position(|b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            self.at += run;
            match self.peek() {
                None => return Err(self.error("the text ended inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek();
                    self.at += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => out.push(self.unicode_escape()?),
                        _ => {
                            self.at -= 1;
                            return Err(self.error("unknown escape in a string"));
                        }
                    }
                }
                Some(_) => return Err(self.error("control characters must be escaped in a string")),
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.error("a \\u escape for half of a surrogate pair"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("a \\u escape for half of a surrogate pair"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("a \\u escape for half of a surrogate pair")),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("a \\u escape for half of a surrogate pair"))
    }
}

#[cfg(test)]
mod tests;
