//! Decoding JWTs for display only (docs/security.md, D1–D3). Nothing here verifies a
//! signature: Microsoft's own API tokens use a format third parties cannot validate, and this
//! app makes no authorization decision from them. The decoder is total: any input gives a
//! value or an error, never a panic.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::{Deserializer as _, MapAccess, Visitor};
use serde_json::Value;

/// Tokens larger than this are not decoded (D2).
pub const MAX_TOKEN_BYTES: usize = 64 * 1024;

/// Claims in the order the token lists them, and the names that appeared twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Claims {
    pub entries: Vec<(String, Value)>,
    /// Claim names that appeared more than once; the last value is the one kept (RFC 7519 §4).
    pub duplicates: Vec<String>,
}

impl Claims {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    pub fn str(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(Value::as_str)
    }

    /// A numeric time claim (`exp`, `iat`, `nbf`) as whole seconds, if it is one (RFC 7519
    /// allows fractions; they are dropped).
    pub fn seconds(&self, name: &str) -> Option<i64> {
        let value = self.get(name)?;
        let seconds = match value.as_i64() {
            Some(whole) => whole,
            // Below 10^12 the cast is exact; larger values are no time a token could mean.
            None => value.as_f64().filter(|s| s.abs() < 1e12)?.trunc() as i64,
        };
        Some(seconds).filter(|s| s.abs() < 1_000_000_000_000)
    }

    /// A claim that is a list of strings (`wids`, `roles`) or a space-separated string (`scp`).
    pub fn list(&self, name: &str) -> Vec<String> {
        match self.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
            _ => Vec::new(),
        }
    }
}

/// A claim's value as a person reads it: a string as it is, anything else as compact JSON.
pub fn claim_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// What a token turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// A signed JWT (three parts): header and payload decoded, signature not checked.
    Jws { header: Claims, payload: Claims },
    /// An encrypted JWT (five parts): nothing can be shown.
    Encrypted,
    /// Not a JWT at all (personal-account tokens are opaque to clients).
    Opaque,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JwtError {
    TooLarge(usize),
    BadBase64(&'static str),
    NotUtf8(&'static str),
    NotJson(&'static str, String),
    NotObject(&'static str),
}

impl fmt::Display for JwtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JwtError::TooLarge(n) => write!(
                f,
                "the token is {n} bytes, more than the {MAX_TOKEN_BYTES} this page decodes"
            ),
            JwtError::BadBase64(part) => {
                write!(f, "the token's {part} is not base64url without padding")
            }
            JwtError::NotUtf8(part) => write!(f, "the token's {part} is not UTF-8 text"),
            JwtError::NotJson(part, e) => write!(f, "the token's {part} is not JSON ({e})"),
            JwtError::NotObject(part) => write!(f, "the token's {part} is JSON but not an object"),
        }
    }
}

pub fn decode(token: &str) -> Result<Decoded, JwtError> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(JwtError::TooLarge(token.len()));
    }
    let parts: Vec<&str> = token.trim().split('.').collect();
    match parts.len() {
        3 => Ok(Decoded::Jws {
            header: part(parts[0], "header")?,
            payload: part(parts[1], "payload")?,
        }),
        5 => Ok(Decoded::Encrypted),
        _ => Ok(Decoded::Opaque),
    }
}

fn part(encoded: &str, name: &'static str) -> Result<Claims, JwtError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(encoded)
        .map_err(|_| JwtError::BadBase64(name))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| JwtError::NotUtf8(name))?;
    let mut reader = serde_json::Deserializer::from_str(text);
    let members = reader
        .deserialize_map(MembersVisitor)
        .and_then(|members| reader.end().map(|()| members));
    match members {
        Ok(members) => Ok(Claims::from_members(members)),
        // The only thing the visitor can refuse is a value that is not an object.
        Err(e) if e.is_data() => Err(JwtError::NotObject(name)),
        Err(e) => Err(JwtError::NotJson(name, e.to_string())),
    }
}

impl Claims {
    /// Each name once, where it first appeared, with its last value (as `JSON.parse` keeps
    /// it), and the names that appeared more than once.
    fn from_members(members: Vec<(String, Value)>) -> Claims {
        let mut claims = Claims::default();
        for (name, value) in members {
            match claims.entries.iter_mut().find(|(k, _)| *k == name) {
                Some(existing) => {
                    existing.1 = value;
                    if !claims.duplicates.contains(&name) {
                        claims.duplicates.push(name);
                    }
                }
                None => claims.entries.push((name, value)),
            }
        }
        claims
    }
}

/// A JSON object's members in document order with repeated names kept: serde_json's map
/// keeps one of each silently, and a token that names a claim twice is worth pointing out.
struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Vec<(String, Value)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0).min(256));
        while let Some(member) = map.next_entry::<String, Value>()? {
            members.push(member);
        }
        Ok(members)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        URL_SAFE_NO_PAD.encode(s)
    }

    #[test]
    fn three_parts_decode_header_and_payload() {
        let token = format!(
            "{}.{}.sig",
            b64(r#"{"alg":"RS256","typ":"JWT"}"#),
            b64(r#"{"aud":"x","scp":"User.Read Mail.Read","exp":1700000000}"#)
        );
        let Decoded::Jws { header, payload } = decode(&token).unwrap() else {
            panic!()
        };
        assert_eq!(header.str("alg"), Some("RS256"));
        assert_eq!(payload.list("scp"), ["User.Read", "Mail.Read"]);
        assert_eq!(payload.seconds("exp"), Some(1_700_000_000));
    }

    #[test]
    fn other_shapes_are_named_not_failed() {
        assert_eq!(decode("a.b.c.d.e").unwrap(), Decoded::Encrypted);
        assert_eq!(decode("EwBwA8l6BAAU-opaque").unwrap(), Decoded::Opaque);
        assert_eq!(decode("a.b").unwrap(), Decoded::Opaque);
    }

    #[test]
    fn broken_parts_give_errors_that_name_the_part() {
        assert_eq!(decode("!!!.e30.x"), Err(JwtError::BadBase64("header")));
        assert_eq!(
            decode(&format!(
                "{}.{}.x",
                b64("{}"),
                URL_SAFE_NO_PAD.encode([0xff, 0xfe])
            )),
            Err(JwtError::NotUtf8("payload"))
        );
        assert_eq!(
            decode(&format!("{}.{}.x", b64("{}"), b64("[1,2]"))),
            Err(JwtError::NotObject("payload"))
        );
        assert!(matches!(
            decode(&format!("{}.{}.x", b64("{}"), b64("{\"a\":"))),
            Err(JwtError::NotJson("payload", _))
        ));
        // Padded base64 is not base64url-without-padding (RFC 7515 §2).
        assert_eq!(
            decode(&format!("{}==.e30.x", b64("{}"))),
            Err(JwtError::BadBase64("header"))
        );
        assert!(matches!(
            decode(&"a".repeat(MAX_TOKEN_BYTES + 1)),
            Err(JwtError::TooLarge(_))
        ));
    }

    #[test]
    fn duplicate_claims_keep_the_last_and_are_reported() {
        let token = format!("{}.{}.x", b64("{}"), b64(r#"{"aud":"a","aud":"b"}"#));
        let Decoded::Jws { payload, .. } = decode(&token).unwrap() else {
            panic!()
        };
        assert_eq!(payload.str("aud"), Some("b"));
        assert_eq!(payload.duplicates, ["aud"]);
    }

    #[test]
    fn odd_time_claims_are_not_numbers() {
        let token = format!(
            "{}.{}.x",
            b64("{}"),
            b64(r#"{"exp":1e300,"nbf":"x","iat":-5}"#)
        );
        let Decoded::Jws { payload, .. } = decode(&token).unwrap() else {
            panic!()
        };
        assert_eq!(payload.seconds("exp"), None);
        assert_eq!(payload.seconds("nbf"), None);
        assert_eq!(payload.seconds("iat"), Some(-5));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{{\"a\":{}1{}}}", "[".repeat(200), "]".repeat(200));
        let token = format!("{}.{}.x", b64("{}"), b64(&deep));
        assert!(matches!(
            decode(&token),
            Err(JwtError::NotJson("payload", _))
        ));
    }
}
