//! Text clean-up shared by intake, display and reports.
//!
//! People paste error text after it has been URL-encoded, JSON-escaped (sometimes twice),
//! XML-escaped or all three. These decoders are lenient on purpose: a broken escape stays
//! as it was instead of failing the whole input.

use std::borrow::Cow;

/// How many decoding rounds `normalize` runs; three levels of nesting is the most seen in
/// real logs (a JSON body quoted inside a JSON log line inside a URL).
const MAX_ROUNDS: usize = 4;

/// Decodes `%XX` escapes (any hex case). With `plus_is_space`, `+` becomes a space, as
/// form encoding (`application/x-www-form-urlencoded`) writes it.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(&h), Some(&l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                    out.push(hex(h) << 4 | hex(l));
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

fn hex(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

fn has_percent_escape(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// Undoes JSON string escapes (`\"`, `\\`, `\/`, `\r`, `\n`, `\t`, `\uXXXX`). Unknown
/// escapes are kept verbatim.
pub fn json_unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('\\') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().map(|&(_, n)| n) {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('/') => out.push('/'),
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let (decoded, used) = unicode_escape(&text[i..]);
                match decoded {
                    Some(ch) => {
                        out.push(ch);
                        // `used` counts the whole escape, including the backslash already read.
                        for _ in 1..used {
                            chars.next();
                        }
                        continue;
                    }
                    None => out.push('\\'),
                }
                continue;
            }
            _ => {
                out.push('\\');
                continue;
            }
        }
        chars.next();
    }
    Cow::Owned(out)
}

/// Decodes `\uXXXX` (and a surrogate pair) at the start of `text`; returns the character and
/// how many chars the escape used.
fn unicode_escape(text: &str) -> (Option<char>, usize) {
    let unit = |s: &str| -> Option<u32> {
        let digits = s.get(2..6)?;
        if s.starts_with("\\u") && digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            u32::from_str_radix(digits, 16).ok()
        } else {
            None
        }
    };
    let Some(first) = unit(text) else {
        return (None, 0);
    };
    if (0xD800..0xDC00).contains(&first) {
        if let Some(second) = text.get(6..).and_then(unit) {
            if (0xDC00..0xE000).contains(&second) {
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return (char::from_u32(combined), 12);
            }
        }
        return (Some(char::REPLACEMENT_CHARACTER), 6);
    }
    (
        Some(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER)),
        6,
    )
}

/// Decodes the XML/HTML entities that wrap error text in SOAP faults and saved pages.
pub fn xml_unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest.as_bytes().iter().take(12).position(|&b| b == b';');
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value)
        }
    }
}

/// Peels every layer of encoding off pasted text so that codes and IDs can be found with
/// plain searches. `+` is read as a space only when the text looks form-encoded.
pub fn normalize(text: &str) -> String {
    let mut current = text.to_string();
    for _ in 0..MAX_ROUNDS {
        let mut next = current.clone();
        if has_percent_escape(&next) {
            next = decode_runs(&next);
        }
        next = json_unescape(&next).into_owned();
        next = xml_unescape(&next).into_owned();
        if next == current {
            break;
        }
        current = next;
    }
    current
}

/// Percent-decodes each whitespace-separated run on its own, reading `+` as a space only in
/// runs that are visibly URL-encoded (they hold a `%XX` escape or `key=value&…` pairs), so a
/// `+00:00` time zone or "C++" in plain prose survives.
fn decode_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let split = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(split);
        let encoded = has_percent_escape(run) || (run.contains('=') && run.contains('&'));
        out.push_str(&percent_decode(run, encoded));
        let space = tail
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(tail.len());
        out.push_str(&tail[..space]);
        rest = &tail[space..];
    }
    out
}

/// True for characters that can reorder or hide text on screen (bidi overrides, isolates)
/// or are invisible controls.
fn is_deceptive(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// Prepares untrusted text for display as a text node: replaces bidi and control characters
/// with U+FFFD, turns CRLF into LF, and caps the length at `max_chars`, reporting whether it
/// cut.
pub fn for_display(text: &str, max_chars: usize) -> (String, bool) {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut truncated = false;
    let mut count = 0;
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        // Neither nothing nor a space: deleting a hidden character joins two harmless pieces
        // into a new code ("AAD\u{1}STS" → "AADSTS"), and a space is a separator the code
        // scanner accepts ("AADSTS\u{6}90094" → "AADSTS 90094"). Both were fuzz findings: the
        // share link, built from displayed text, diagnosed something else.
        let c = if is_deceptive(c) || c == '\r' {
            '\u{FFFD}'
        } else {
            c
        };
        if count == max_chars {
            truncated = true;
            break;
        }
        out.push(c);
        count += 1;
    }
    (out, truncated)
}

/// Replaces e-mail addresses with a marker, for reports that leave the browser.
pub fn redact_emails(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'@' {
            i += 1;
            continue;
        }
        // Never back into an address already replaced: "a@b.c@d.e" once sliced backwards.
        let start = (last..i)
            .rev()
            .take_while(|&j| is_local_part(bytes[j]))
            .last()
            .unwrap_or(i);
        let end = (i + 1..bytes.len())
            .take_while(|&j| {
                bytes[j].is_ascii_alphanumeric() || bytes[j] == b'.' || bytes[j] == b'-'
            })
            .last()
            .map_or(i + 1, |j| j + 1);
        let domain = text[i + 1..end].trim_end_matches('.');
        if start < i && domain.contains('.') {
            out.push_str(&text[last..start]);
            out.push_str("[email removed]");
            last = i + 1 + domain.len();
            i = last;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Removes credentials from text that leaves or is shown: the values of `code=`,
/// `access_token=`, `id_token=`, `refresh_token=`, `client_secret=`, `code_verifier=`,
/// `assertion=` parameters, and anything shaped like a JWT (`eyJ…`).
pub fn redact_secrets(text: &str) -> String {
    const KEYS: [&str; 7] = [
        "access_token=",
        "id_token=",
        "refresh_token=",
        "client_secret=",
        "code_verifier=",
        "assertion=",
        "code=",
    ];
    let lower = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let is_value = |b: u8| {
        !(b.is_ascii_whitespace()
            || matches!(b, b'&' | b'#' | b'"' | b'\'' | b'<' | b'>' | b',' | b';'))
    };
    let is_jwt = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
    while i < bytes.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if boundary {
            if let Some(key) = KEYS.iter().find(|k| lower[i..].starts_with(**k)) {
                let start = i + key.len();
                let end = start + bytes[start..].iter().take_while(|&&b| is_value(b)).count();
                // `code=90094` in an error URL is an error number; authorization codes are long.
                let long_enough = *key != "code=" || end - start >= 16;
                if end > start && long_enough {
                    out.push_str(&text[i..start]);
                    out.push_str("[removed]");
                    i = end;
                    continue;
                }
            }
            if text[i..].starts_with("eyJ") {
                let end = i + bytes[i..].iter().take_while(|&&b| is_jwt(b)).count();
                if end - i >= 10 {
                    out.push_str("[token removed]");
                    i = end;
                    continue;
                }
            }
        }
        let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + ch_len]);
        i += ch_len;
    }
    out
}

fn is_local_part(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_accepts_both_cases_and_keeps_broken_escapes() {
        assert_eq!(
            percent_decode("AADSTS90094%3a+x%3A%0D%0a%zz%", true),
            "AADSTS90094: x:\r\n%zz%"
        );
        assert_eq!(percent_decode("a+b", false), "a+b");
    }

    #[test]
    fn json_unescape_handles_unicode_and_unknown_escapes() {
        assert_eq!(
            json_unescape(r#"it\u0027s \"x\"\r\n\q \ud83d\ude00"#),
            "it's \"x\"\r\n\\q 😀"
        );
        assert_eq!(json_unescape(r"\u12"), r"\u12");
    }

    #[test]
    fn xml_entities_decode_and_unknown_ones_stay() {
        assert_eq!(
            xml_unescape("&lt;a&gt; &amp;amp; &#39;x&#x27; &bogus;"),
            "<a> &amp; 'x' &bogus;"
        );
    }

    #[test]
    fn normalize_peels_nested_layers() {
        let nested = r#"{\"error_description\":\"AADSTS65001%3A+The+user\\r\\nTrace ID\"}"#;
        let flat = normalize(nested);
        assert!(flat.contains("AADSTS65001: The user"), "{flat}");
        assert!(flat.contains("\r\nTrace ID"), "{flat:?}");
    }

    #[test]
    fn display_text_loses_bidi_controls_and_is_capped() {
        let (shown, cut) = for_display("abc\u{202E}def\r\nghi", 5);
        assert_eq!(shown, "abc\u{FFFD}d");
        assert!(cut);
        let (shown, cut) = for_display("a\r\nb", 10);
        assert_eq!((shown.as_str(), cut), ("a\nb", false));
        // A lone carriage return is hidden, not a line break: marked, never deleted.
        let (shown, _) = for_display("AAD\rSTS90094", 20);
        assert_eq!(shown, "AAD\u{FFFD}STS90094");
    }

    #[test]
    fn emails_are_redacted_but_other_at_signs_stay() {
        assert_eq!(
            redact_emails("User account 'alex.w@contoso.com' from idp; @mention; a@b"),
            "User account '[email removed]' from idp; @mention; a@b"
        );
    }

    #[test]
    fn credentials_are_removed_but_error_codes_are_not() {
        assert_eq!(
            redact_secrets("failed: access_token=eyJabc.def&code=0.AQ-xxxxxxxxxxxxxxxx#state=s error_code=50126 Error code: 90094 eyJhbGciOiJub25lIn0.x"),
            "failed: access_token=[removed]&code=[removed]#state=s error_code=50126 Error code: 90094 [token removed]"
        );
        assert_eq!(redact_secrets("ünïcode code= ok"), "ünïcode code= ok");
        assert_eq!(
            redact_secrets("https://login.microsoftonline.com/error?code=90094"),
            "https://login.microsoftonline.com/error?code=90094"
        );
    }

    #[test]
    fn an_at_sign_followed_by_nothing_domain_like_is_left_alone() {
        // Found by the property test: "x@`" once sliced past its end.
        assert_eq!(
            redact_emails("w@`x admin_consent=True"),
            "w@`x admin_consent=True"
        );
        assert_eq!(redact_emails("a@"), "a@");
    }
}
