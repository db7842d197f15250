//! Pattern scanning over normalised text: codes, labelled IDs, timestamps, loose
//! `key=value` / `"key": "value"` fields, GUIDs read by their context, app names.
//!
//! Everything here is hand-written byte scanning over an ASCII-lower-cased copy (which keeps
//! byte offsets), so it stays linear on megabytes of input and adds no regex engine to the
//! wasm bundle.

use super::{fill, libraries, phrases, Endpoint, Intake};
use crate::catalogue::OAuthError;
use crate::ids::{AadstsCode, ClientId, Guid, TenantId};
use crate::text::normalize;

const MAX_GUIDS: usize = 64;
const MAX_MESSAGE_CHARS: usize = 600;

pub(super) fn absorb(intake: &mut Intake, raw: &str) {
    let norm = normalize(raw);
    let lower = norm.to_ascii_lowercase();
    codes(intake, &lower);
    labelled_ids(intake, &lower);
    timestamps(intake, &norm, &lower);
    loose_fields(intake, &norm, &lower);
    oauth_error_words(intake, &lower);
    guids_by_context(intake, &norm, &lower);
    app_name(intake, &norm, &lower);
    if intake.phrase.is_none() {
        intake.phrase = phrases::find(&lower);
    }
    if intake.library.is_none() {
        intake.library = libraries::find(&lower);
    }
    endpoint_hints(intake, &lower);
    if intake.message.is_none() {
        intake.message = match intake.primary_code() {
            Some(code) => message_after_code(&norm, code),
            None => None,
        }
        .or_else(|| labelled_line(&norm, &lower, "message:"));
    }
}

/// Every `AADSTS<digits>` (any case, optional separator) and every "error code: <digits>",
/// in order of appearance.
fn codes(intake: &mut Intake, lower: &str) {
    // One run per search, each already in text order; merged below.
    let mut runs: Vec<Vec<(usize, AadstsCode)>> = Vec::new();
    let mut found: Vec<(usize, AadstsCode)> = Vec::new();
    for (i, _) in lower.match_indices("aadsts") {
        let rest = skip(
            &lower[i + 6..],
            |c| matches!(c, ' ' | ':' | '_' | '-' | '#'),
            3,
        );
        if let Some(code) = digits_code(rest) {
            found.push((i, code));
        }
    }
    runs.push(std::mem::take(&mut found));
    for label in [
        "error code",
        "error_code",
        "errorcode",
        "error-code",
        "error?code=",
        "error number",
    ] {
        for (i, _) in lower.match_indices(label) {
            let rest = skip(&lower[i + label.len()..], is_separator, 6);
            if let Some(code) = digits_code(rest) {
                found.push((i, code));
            } else if intake.error.is_none() {
                // "Error Code: interaction_required" names the OAuth error instead.
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                intake.error = OAuthError::known_name(&word);
            }
        }
        runs.push(std::mem::take(&mut found));
    }
    // `error_codes: [65001]` (JSON, Python), `MSALSTSErrorCodesKey=(65001)` (MSAL for iOS).
    for label in ["error_codes", "msalstserrorcodeskey"] {
        for (i, _) in lower.match_indices(label) {
            let rest = skip(
                &lower[i + label.len()..],
                |c| is_separator(c) || c == '[' || c == '(',
                8,
            );
            for number in rest.split(',').take(8) {
                match digits_code(number.trim()) {
                    Some(code) => found.push((i, code)),
                    None => break,
                }
            }
        }
        runs.push(std::mem::take(&mut found));
    }
    for code in merge_in_text_order(runs) {
        intake.add_code(code);
    }
}

/// Merges runs that are each in text order; on a tie the earlier run wins. A merge rather
/// than a sort: linear in the input, and no general sort routine in the wasm.
fn merge_in_text_order(runs: Vec<Vec<(usize, AadstsCode)>>) -> Vec<AadstsCode> {
    let total = runs.iter().map(Vec::len).sum();
    let mut next = vec![0usize; runs.len()];
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        let mut best: Option<(usize, usize)> = None;
        for (run, items) in runs.iter().enumerate() {
            if let Some(&(pos, _)) = items.get(next[run]) {
                if best.is_none_or(|(best_pos, _)| pos < best_pos) {
                    best = Some((pos, run));
                }
            }
        }
        let Some((_, run)) = best else { break };
        out.push(runs[run][next[run]].1);
        next[run] += 1;
    }
    out
}

/// Reads 4–8 digits at the start of `text` that are not part of a longer number or word.
fn digits_code(text: &str) -> Option<AadstsCode> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(4..=8).contains(&len) {
        return None;
    }
    match text.as_bytes().get(len) {
        Some(b) if b.is_ascii_alphanumeric() => None,
        _ => AadstsCode::parse(&text[..len]),
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | ':' | '=' | '"' | '\'' | '\t' | '\\')
}

/// Skips at most `max` leading characters that match `what`.
fn skip(text: &str, what: impl Fn(char) -> bool, max: usize) -> &str {
    let mut rest = text;
    for _ in 0..max {
        match rest.chars().next() {
            Some(c) if what(c) => rest = &rest[c.len_utf8()..],
            _ => break,
        }
    }
    rest
}

const TRACE_LABELS: [&str; 4] = ["trace id", "trace_id", "traceid", "trace-id"];
const CORRELATION_LABELS: [&str; 4] = [
    "correlation id",
    "correlation_id",
    "correlationid",
    "correlation-id",
];
const REQUEST_LABELS: [&str; 4] = ["request id", "request_id", "requestid", "request-id"];

fn labelled_ids(intake: &mut Intake, lower: &str) {
    fill(&mut intake.trace_id, labelled_guid(lower, &TRACE_LABELS));
    fill(
        &mut intake.correlation_id,
        labelled_guid(lower, &CORRELATION_LABELS),
    );
    fill(
        &mut intake.request_id,
        labelled_guid(lower, &REQUEST_LABELS),
    );
}

fn labelled_guid(lower: &str, labels: &[&str]) -> Option<Guid> {
    labels.iter().find_map(|label| {
        lower.match_indices(label).find_map(|(i, _)| {
            let rest = skip(
                &lower[i + label.len()..],
                |c| is_separator(c) || c == '{',
                8,
            );
            Guid::at_start(rest.as_bytes())
        })
    })
}

fn timestamps(intake: &mut Intake, norm: &str, lower: &str) {
    if intake.timestamp.is_some() {
        return;
    }
    let labelled = lower.match_indices("timestamp").find_map(|(i, _)| {
        let rest = skip(&norm[i + 9..], is_separator, 6);
        timestamp_at(rest)
    });
    intake.timestamp = labelled.or_else(|| {
        // Any ISO-like date-time: look at each "20" that could start a year.
        norm.match_indices("20").take(4096).find_map(|(i, _)| {
            let before = norm.as_bytes().get(i.wrapping_sub(1));
            if before.is_some_and(u8::is_ascii_digit) {
                return None;
            }
            timestamp_at(&norm[i..])
        })
    });
}

/// Parses `YYYY-MM-DD[ T]HH:MM:SS[.fraction][Z|±HH:MM]` at the start of `text`, returning it
/// in ISO 8601 form (`T` separator, `Z` upper-case).
pub(crate) fn timestamp_at(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let number =
        |from: usize, len: usize| -> Option<u32> { text.get(from..from + len)?.parse().ok() };
    let shape = (0..4).all(digit)
        && b.get(4) == Some(&b'-')
        && digit(5)
        && digit(6)
        && b.get(7) == Some(&b'-')
        && digit(8)
        && digit(9)
        && matches!(b.get(10), Some(b' ' | b'T' | b't'))
        && digit(11)
        && digit(12)
        && b.get(13) == Some(&b':')
        && digit(14)
        && digit(15)
        && b.get(16) == Some(&b':')
        && digit(17)
        && digit(18);
    if !shape {
        return None;
    }
    let (month, day, hour, minute, second) = (
        number(5, 2)?,
        number(8, 2)?,
        number(11, 2)?,
        number(14, 2)?,
        number(17, 2)?,
    );
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut end = 19;
    if b.get(end) == Some(&b'.') {
        let fraction = b[end + 1..]
            .iter()
            .take(9)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if fraction > 0 {
            end += 1 + fraction;
        }
    }
    let zone = match b.get(end) {
        Some(b'Z' | b'z') => {
            end += 1;
            "Z".to_string()
        }
        // "+00:00", or " 00:00" when a form decoder turned the plus into a space.
        Some(b'+' | b'-' | b' ')
            if b.get(end + 3) == Some(&b':') && (1..3).chain(4..6).all(|k| digit(end + k)) =>
        {
            let sign = if b[end] == b'-' { '-' } else { '+' };
            let zone = format!("{sign}{}", &text[end + 1..end + 6]);
            end += 6;
            zone
        }
        _ => String::new(),
    };
    let _ = end;
    let date_time = format!("{}T{}", &text[..10], &text[11..19]);
    let fraction = match text.get(19..).and_then(|t| t.strip_prefix('.')) {
        Some(rest) => {
            let digits: String = rest
                .chars()
                .take(9)
                .take_while(char::is_ascii_digit)
                .collect();
            if digits.is_empty() {
                String::new()
            } else {
                format!(".{digits}")
            }
        }
        None => String::new(),
    };
    Some(format!("{date_time}{fraction}{zone}"))
}

/// `key=value`, `key: value` and `"key":"value"` for a few keys, anywhere in the text, for
/// inputs too mangled for the structured readers.
fn loose_fields(intake: &mut Intake, norm: &str, lower: &str) {
    if intake.error.is_none() {
        intake.error = field_values(norm, lower, "error").find_map(|v| OAuthError::known_name(&v));
    }
    fill(
        &mut intake.error_subcode,
        field_values(norm, lower, "error_subcode").next(),
    );
    fill(
        &mut intake.suberror,
        field_values(norm, lower, "suberror").next(),
    );
    fill(
        &mut intake.error_uri,
        field_values(norm, lower, "error_uri").next(),
    );
    if intake.admin_consent.is_none() {
        intake.admin_consent = field_values(norm, lower, "admin_consent")
            .next()
            .map(|v| v.eq_ignore_ascii_case("true"));
    }
    fill(
        &mut intake.tenant,
        field_values(norm, lower, "tenant").find_map(|v| TenantId::parse(&v)),
    );
    fill(
        &mut intake.app_id,
        field_values(norm, lower, "client_id").find_map(|v| ClientId::parse(&v)),
    );
}

/// Values of `key` written as `key=v`, `key: v`, `"key": "v"` at a word boundary.
fn field_values<'a>(
    norm: &'a str,
    lower: &'a str,
    key: &'a str,
) -> impl Iterator<Item = String> + 'a {
    lower.match_indices(key).take(64).filter_map(move |(i, _)| {
        let before = lower[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        let after = &norm[i + key.len()..];
        let after = after.strip_prefix(['"', '\'']).unwrap_or(after);
        let after = after.trim_start_matches([' ', '\t']);
        let after = after.strip_prefix(['=', ':'])?;
        let after = after.trim_start_matches([' ', '\t']);
        let (quoted, body) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &after[1..]),
            _ => (None, after),
        };
        let end = body
            .find(|c: char| match quoted {
                Some(q) => c == q || c == '\r' || c == '\n',
                None => {
                    c.is_whitespace()
                        || matches!(c, '&' | '#' | ',' | '}' | ';' | '"' | '\'' | '<' | ')')
                }
            })
            .unwrap_or(body.len());
        let value = body[..end].trim();
        (!value.is_empty() && value.len() <= 512).then(|| value.to_string())
    })
}

/// Known OAuth error names standing alone in text ("invalid_grant: AADSTS65001 …").
fn oauth_error_words(intake: &mut Intake, lower: &str) {
    if intake.error.is_some() {
        return;
    }
    const NAMES: [&str; 15] = [
        "invalid_request",
        "unauthorized_client",
        "access_denied",
        "unsupported_response_type",
        "invalid_scope",
        "server_error",
        "temporarily_unavailable",
        "invalid_resource",
        "login_required",
        "interaction_required",
        "consent_required",
        "invalid_grant",
        "invalid_client",
        "unsupported_grant_type",
        "permission_denied",
    ];
    let first = NAMES
        .iter()
        .filter_map(|name| {
            lower.match_indices(name).find(|&(i, _)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + name.len()..].chars().next();
                !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            })
        })
        .min_by_key(|&(i, _)| i);
    if let Some((_, name)) = first {
        intake.error = OAuthError::known_name(name);
    }
}

/// What a GUID is, judged by the nearest telling word before it.
#[derive(Clone, Copy, PartialEq)]
enum GuidRole {
    App,
    Tenant,
    Other,
}

const ROLE_WORDS: [(&str, GuidRole); 22] = [
    ("application", GuidRole::App),
    ("app id", GuidRole::App),
    ("appid", GuidRole::App),
    ("app_id", GuidRole::App),
    ("client_id", GuidRole::App),
    ("client id", GuidRole::App),
    ("clientid", GuidRole::App),
    ("tenant", GuidRole::Tenant),
    ("directory", GuidRole::Tenant),
    ("tid", GuidRole::Tenant),
    ("microsoftonline.com/", GuidRole::Tenant),
    ("microsoftonline.us/", GuidRole::Tenant),
    ("microsoftonline.cn/", GuidRole::Tenant),
    ("login.windows.net/", GuidRole::Tenant),
    ("resource", GuidRole::Other),
    ("object id", GuidRole::Other),
    ("objectid", GuidRole::Other),
    ("trace", GuidRole::Other),
    ("correlation", GuidRole::Other),
    ("request", GuidRole::Other),
    ("access '", GuidRole::Other),
    ("user", GuidRole::Other),
];

fn guids_by_context(intake: &mut Intake, norm: &str, lower: &str) {
    if intake.app_id.is_some() && intake.tenant.is_some() {
        return;
    }
    for (pos, guid) in guids(lower).take(MAX_GUIDS) {
        let start = floor_boundary(lower, pos.saturating_sub(80));
        let window = &lower[start..pos];
        let role = ROLE_WORDS
            .iter()
            .filter_map(|(word, role)| window.rfind(word).map(|at| (at, *role)))
            .max_by_key(|&(at, _)| at)
            .map(|(_, role)| role);
        match role {
            Some(GuidRole::App) if intake.app_id.is_none() => {
                intake.app_id = Some(ClientId(guid));
                fill(&mut intake.app_name, name_after_guid(norm, pos + 36));
            }
            Some(GuidRole::Tenant) => fill(&mut intake.tenant, Some(TenantId::Id(guid))),
            _ => {}
        }
    }
}

/// Every GUID in the text with its byte offset.
fn guids(lower: &str) -> impl Iterator<Item = (usize, Guid)> + '_ {
    let bytes = lower.as_bytes();
    (0..bytes.len().saturating_sub(35)).filter_map(move |i| {
        if !bytes[i].is_ascii_hexdigit() || bytes.get(i + 8) != Some(&b'-') {
            return None;
        }
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-') {
            return None;
        }
        Guid::at_start(&bytes[i..]).map(|g| (i, g))
    })
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `'(Contoso Mail)` or `' named 'Contoso Mail'` right after an app GUID.
fn name_after_guid(norm: &str, end: usize) -> Option<String> {
    let rest = norm.get(end..)?;
    let rest = rest.strip_prefix(['\'', '"']).unwrap_or(rest);
    let in_parens = rest
        .trim_start()
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(n, _)| n);
    let named = rest
        .trim_start()
        .strip_prefix("named ")
        .and_then(|r| r.strip_prefix(['\'', '"']))
        .and_then(|r| r.split_once(['\'', '"']))
        .map(|(n, _)| n);
    clean_name(in_parens.or(named)?)
}

fn app_name(intake: &mut Intake, norm: &str, lower: &str) {
    if intake.app_name.is_none() {
        intake.app_name = labelled_line(norm, lower, "app name:").and_then(|n| clean_name(&n));
    }
}

fn clean_name(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty() && name.chars().count() <= 120 && !name.contains(['\n', '\r']))
        .then(|| name.to_string())
}

/// The rest of the line after a label such as `message:` (case-insensitive).
fn labelled_line(norm: &str, lower: &str, label: &str) -> Option<String> {
    let i = lower.find(label)?;
    let rest = norm.get(i + label.len()..)?;
    let line = rest.trim_start().lines().next()?.trim();
    (!line.is_empty()).then(|| line.chars().take(MAX_MESSAGE_CHARS).collect())
}

fn endpoint_hints(intake: &mut Intake, lower: &str) {
    if intake.endpoint != Endpoint::Unknown {
        return;
    }
    let page = [
        "troubleshooting details",
        "request id:",
        "app name:",
        "sorry, but we",
        "more details",
    ];
    let xml = [
        "<s:fault",
        "<soap:fault",
        "faultstring",
        "<psf:",
        "<s:envelope",
        "<?xml",
    ];
    if page.iter().any(|p| lower.contains(p)) {
        intake.endpoint = Endpoint::ErrorPageCopy;
    } else if xml.iter().any(|p| lower.contains(p)) {
        intake.endpoint = Endpoint::XmlFault;
    }
}

/// The message that follows `AADSTSnnnnn:` up to the end of its line, the Trace ID, or the
/// end of the quoted or tagged string that holds it.
pub(super) fn message_after_code(text: &str, code: AadstsCode) -> Option<String> {
    let needle = format!("aadsts{}", code.number());
    let lower = text.to_ascii_lowercase();
    let at = lower.find(&needle)? + needle.len();
    let rest = skip(&text[at..], |c| matches!(c, ':' | ' ' | '-'), 4);
    let lower_rest = &lower[lower.len() - rest.len()..];
    let mut end = rest
        .find(['\r', '\n', '"', '<', '&', '\\'])
        .unwrap_or(rest.len());
    for stop in ["trace id", "trace_id", " aadsts"] {
        if let Some(i) = lower_rest[..end].find(stop) {
            end = end.min(i);
        }
    }
    let message: String = rest[..end].trim().chars().take(MAX_MESSAGE_CHARS).collect();
    let message = message.trim_end_matches([',', ';']).trim().to_string();
    (!message.is_empty()).then_some(message)
}
