//! Microsoft's response shapes: error redirects with the `AADSTS…\r\nTrace ID…` description,
//! JSON error bodies, and the small utilities they need.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::OffsetDateTime;

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS RNG never fails on the machines this runs on; a zeroed buffer would only make
    // codes guessable in a local test tool.
    let _ = getrandom::fill(&mut bytes);
    bytes
}

pub fn random_token(prefix: &str) -> String {
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(random_bytes::<24>()))
}

pub fn random_guid() -> String {
    let b = random_bytes::<16>();
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-4{}-a{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// A GUID derived from `seed`: the same seed always gives the same ID, so tests and
/// snapshots can name the emulated directory's objects.
pub fn stable_guid(seed: &str) -> String {
    let hash = Sha256::digest(seed.as_bytes());
    let hex: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

pub fn now_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `2026-11-22 01:02:03Z`, the layout of the Timestamp line in `error_description` and of the
/// `timestamp` field of token-endpoint errors.
pub fn timestamp(seconds: i64) -> String {
    const LAYOUT: &[BorrowedFormatItem<'_>] =
        format_description!("[year]-[month]-[day] [hour]:[minute]:[second]Z");
    // Out of range only for years past 9999, which `now_seconds` never reaches.
    let at = OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    at.format(LAYOUT).unwrap_or_default()
}

/// Form encoding as Microsoft writes it: `+` for spaces and lower-case `%xx`. The crate writes
/// upper case, which decodes the same but would make the emulator's redirects look unlike
/// Entra's.
pub fn form_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for chunk in form_urlencoded::byte_serialize(value.as_bytes()) {
        if chunk.starts_with('%') {
            out.push_str(&chunk.to_ascii_lowercase());
        } else {
            out.push_str(chunk);
        }
    }
    out
}

/// `AADSTS90094: message\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …`
pub fn description(code: u32, message: &str, trace: &str, correlation: &str, ts: &str) -> String {
    format!("AADSTS{code}: {message}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\nTimestamp: {ts}")
}

/// Where an error goes back to the app: the redirect URI with the error parameters in the
/// query or the fragment, as `response_mode` asked. The Correlation ID is the request's
/// `client-request-id` when it is a GUID (MSAL sends its own correlation ID there and Entra
/// echoes it), a new one otherwise.
#[allow(clippy::too_many_arguments)]
pub fn error_redirect(
    redirect_uri: &str,
    fragment: bool,
    error: &str,
    code: u32,
    message: &str,
    subcode: Option<&str>,
    state: Option<&str>,
    client_request_id: Option<&str>,
    extra: &[(&str, &str)],
) -> Response<Body> {
    let ts = timestamp(now_seconds());
    let correlation = client_request_id
        .and_then(consent_core::Guid::parse)
        .map_or_else(random_guid, |id| id.to_string());
    let mut pairs: Vec<(String, String)> = extra
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    pairs.push(("error".into(), error.into()));
    pairs.push((
        "error_description".into(),
        description(code, message, &random_guid(), &correlation, &ts),
    ));
    pairs.push((
        "error_uri".into(),
        format!("https://login.microsoftonline.com/error?code={code}"),
    ));
    if let Some(sub) = subcode {
        pairs.push(("error_subcode".into(), sub.into()));
    }
    if let Some(state) = state {
        pairs.push(("state".into(), state.into()));
    }
    redirect_with(redirect_uri, fragment, &pairs)
}

pub fn redirect_with(
    redirect_uri: &str,
    fragment: bool,
    pairs: &[(String, String)],
) -> Response<Body> {
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", form_encode(v)))
        .collect();
    let sep = if fragment {
        "#"
    } else if redirect_uri.contains('?') {
        "&"
    } else {
        "?"
    };
    redirect(&format!("{redirect_uri}{sep}{}", encoded.join("&")))
}

pub fn redirect(location: &str) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::FOUND;
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A token-endpoint style JSON error body, shaped like the "Error response" of redeeming a
/// code in <https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow>.
pub fn json_error(
    status: StatusCode,
    error: &str,
    code: u32,
    message: &str,
    suberror: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let ts = timestamp(now_seconds());
    let trace = random_guid();
    let correlation = random_guid();
    let mut body = serde_json::json!({
        "error": error,
        "error_description": description(code, message, &trace, &correlation, &ts),
        "error_codes": [code],
        "timestamp": ts,
        "trace_id": trace,
        "correlation_id": correlation,
        "error_uri": format!("https://login.microsoftonline.com/error?code={code}"),
    });
    if let Some(sub) = suberror {
        body["suberror"] = sub.into();
    }
    (status, body)
}

pub fn json_response(
    status: StatusCode,
    body: &serde_json::Value,
    cors_origin: Option<&str>,
) -> Response<Body> {
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(value) = cors_origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    response
}

pub fn html(status: StatusCode, body: String) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Escapes text for HTML; the emulator's pages echo request parameters.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Splits a form or query string into decoded pairs, as a browser's `URLSearchParams` does
/// (`+` is a space; a name without `=` has an empty value).
pub fn parse_form(input: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(input.as_bytes())
        .into_owned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(timestamp(0), "1970-01-01 00:00:00Z");
        assert_eq!(timestamp(1_700_000_000), "2023-11-14 22:13:20Z");
        assert_eq!(timestamp(951_782_400), "2000-02-29 00:00:00Z");
        assert_eq!(timestamp(1_767_225_599), "2025-12-31 23:59:59Z");
    }

    #[test]
    fn the_description_carries_microsofts_timestamp_line() {
        let d = description(90094, "m", "t", "c", &timestamp(1_700_000_000));
        assert!(d.ends_with("\r\nTimestamp: 2023-11-14 22:13:20Z"), "{d}");
    }

    #[test]
    fn forms_parse_like_a_browser() {
        assert_eq!(
            parse_form("login_hint=a%2Bb+c%40d&scope=openid+profile&flag&=x"),
            [
                ("login_hint".to_string(), "a+b c@d".to_string()),
                ("scope".into(), "openid profile".into()),
                ("flag".into(), String::new()),
                (String::new(), "x".into()),
            ]
        );
    }

    #[test]
    fn form_encoding_matches_microsoft() {
        assert_eq!(
            form_encode("AADSTS90094: a b\r\n"),
            "AADSTS90094%3a+a+b%0d%0a"
        );
    }

    #[test]
    fn descriptions_parse_back_with_the_core() {
        let d = description(
            90094,
            "The grant requires admin permission.",
            &random_guid(),
            &random_guid(),
            &timestamp(1_700_000_000),
        );
        let intake = consent_core::Intake::from_location(
            &format!("error=access_denied&error_description={}", form_encode(&d)),
            "",
        );
        assert_eq!(intake.primary_code().map(|c| c.number()), Some(90094));
        assert!(intake.trace_id.is_some() && intake.correlation_id.is_some());
        assert_eq!(intake.timestamp.as_deref(), Some("2023-11-14T22:13:20Z"));
    }
}
