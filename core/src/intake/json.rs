//! JSON error bodies: the token endpoint's `{"error":…,"error_codes":[…],…}`, Graph's
//! `{"error":{"code":…,"message":…}}`, and either one quoted inside another JSON document
//! (log pipelines love to do that).

use serde_json::{Map, Value};

use super::{fill, scan, Endpoint, Intake};
use crate::catalogue::OAuthError;
use crate::ids::{AadstsCode, Guid};

/// How many `{` positions to try when the text is not JSON as a whole.
const MAX_STARTS: usize = 8;
/// How deep to follow JSON that is quoted inside a JSON string.
const MAX_NESTING: usize = 4;

pub(super) fn absorb(intake: &mut Intake, text: &str) {
    if !text.contains('{') {
        return;
    }
    let trimmed = text.trim();
    if let Ok(value) = serde_json::from_str::<Value>(trimmed) {
        walk(intake, &value, 0);
        return;
    }
    // The JSON is embedded in other text (a log line, an exception message): parse from each
    // `{"` until one succeeds, ignoring whatever follows the first complete value.
    let starts = text.match_indices("{\"").map(|(i, _)| i).take(MAX_STARTS);
    for start in starts {
        let mut values = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
        if let Some(Ok(value)) = values.next() {
            walk(intake, &value, 0);
            return;
        }
    }
}

fn walk(intake: &mut Intake, value: &Value, depth: usize) {
    if depth > MAX_NESTING {
        return;
    }
    match value {
        Value::Object(map) => {
            let looks_like_error = map.contains_key("error") || map.contains_key("error_codes");
            if looks_like_error {
                read_error_object(intake, map);
            }
            for child in map.values() {
                walk(intake, child, depth + 1);
            }
        }
        Value::Array(items) => {
            for child in items.iter().take(64) {
                walk(intake, child, depth + 1);
            }
        }
        Value::String(inner) => {
            let inner = inner.trim();
            if inner.starts_with('{') || inner.starts_with('[') {
                if let Ok(parsed) = serde_json::from_str::<Value>(inner) {
                    walk(intake, &parsed, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn read_error_object(intake: &mut Intake, map: &Map<String, Value>) {
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::trim);
    match map.get("error") {
        Some(Value::String(error)) => fill(&mut intake.error, OAuthError::from_param(error)),
        // Microsoft Graph: {"error":{"code":"ErrorAccessDenied","message":"…"}}
        Some(Value::Object(inner)) => {
            let code = inner.get("code").and_then(Value::as_str);
            let message = inner.get("message").and_then(Value::as_str);
            fill(&mut intake.error, code.and_then(OAuthError::from_param));
            if let Some(message) = message {
                fill(
                    &mut intake.error_description,
                    Some(message.chars().take(4096).collect()),
                );
            }
        }
        _ => {}
    }
    if let Some(description) = text("error_description") {
        fill(
            &mut intake.error_description,
            Some(description.chars().take(16 * 1024).collect()),
        );
    }
    if let Some(Value::Array(codes)) = map.get("error_codes") {
        for code in codes.iter().filter_map(Value::as_u64) {
            if let Some(code) = u32::try_from(code).ok().and_then(AadstsCode::new) {
                intake.add_code(code);
            }
        }
    }
    fill(&mut intake.trace_id, text("trace_id").and_then(Guid::parse));
    fill(
        &mut intake.correlation_id,
        text("correlation_id").and_then(Guid::parse),
    );
    fill(
        &mut intake.timestamp,
        text("timestamp").and_then(scan::timestamp_at),
    );
    fill(
        &mut intake.suberror,
        text("suberror").map(|s| s.chars().take(64).collect()),
    );
    fill(
        &mut intake.error_uri,
        text("error_uri").map(|s| s.chars().take(512).collect()),
    );
    if map.contains_key("error_codes") || map.contains_key("trace_id") {
        intake.endpoint = Endpoint::TokenJson;
    }
}
