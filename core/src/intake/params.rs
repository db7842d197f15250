//! Structured parameters: the query string and fragment of `/diagnose` and `/callback`,
//! and URLs found inside pasted text.

use super::{fill, scan, Dropped, Endpoint, Intake, MAX_TEXT_BYTES};
use crate::catalogue::OAuthError;
use crate::ids::{AadstsCode, ClientId, Scope, TenantId};
use crate::text::percent_decode;
use crate::verdict::Audience;

/// The keys `/diagnose` accepts (docs/public-interface.md §3). Anything else is listed as ignored.
pub const ALLOWED_KEYS: &[&str] = &[
    "error",
    "error_description",
    "error_subcode",
    "error_uri",
    "error_codes",
    "suberror",
    "trace_id",
    "correlation_id",
    "timestamp",
    "state",
    "admin_consent",
    "tenant",
    "scope",
    "text",
    "audience",
    "client_id",
    // The page's language; the app reads it (every route accepts it), the diagnosis does not.
    "lang",
];

/// Longest value kept from one parameter (other than `text`).
pub const MAX_PARAM_CHARS: usize = 16 * 1024;
/// More parameters than this is not a real redirect.
const MAX_PAIRS: usize = 200;
const MAX_IGNORED: usize = 20;

/// Where a parameter came from: the page's own address, or a URL inside pasted text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Location,
    PastedUrl,
}

pub(super) fn from_location(query: &str, fragment: &str) -> Intake {
    let mut intake = Intake::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut seen: Vec<String> = Vec::new();
    let mut text = None;
    for (key, value) in form_pairs(query)
        .chain(form_pairs(fragment))
        .take(MAX_PAIRS)
    {
        if seen.contains(&key) {
            if !intake.duplicates.contains(&key) && intake.duplicates.len() < MAX_IGNORED {
                intake.duplicates.push(safe_key(&key));
            }
            continue;
        }
        seen.push(key.clone());
        if key == "text" {
            text = Some(value);
            continue;
        }
        apply(&mut intake, &key, value, Source::Location);
    }
    if intake.error.is_some() || intake.error_description.is_some() {
        intake.endpoint = Endpoint::AuthorizeRedirect;
    }
    if let Some(description) = intake.error_description.clone() {
        scan::absorb(&mut intake, &description);
    }
    if let Some(text) = text {
        intake.absorb_text(&text);
    }
    intake.finish();
    intake
}

/// Splits `a=1&b=2` into decoded pairs; pieces without `=` are skipped.
fn form_pairs(input: &str) -> impl Iterator<Item = (String, String)> + '_ {
    input.split('&').filter_map(|piece| {
        let (key, value) = piece.split_once('=')?;
        let key = percent_decode(key, true).trim().to_ascii_lowercase();
        if key.is_empty() {
            return None;
        }
        Some((key, percent_decode(value, true)))
    })
}

fn apply(intake: &mut Intake, key: &str, value: String, source: Source) {
    let value = cap(intake, value, MAX_PARAM_CHARS);
    let trimmed = value.trim();
    match key {
        "error" => fill(&mut intake.error, OAuthError::from_param(trimmed)),
        "error_description" if !trimmed.is_empty() => {
            fill(&mut intake.error_description, Some(trimmed.to_string()))
        }
        "error_subcode" => fill(&mut intake.error_subcode, non_empty(trimmed)),
        "suberror" => fill(&mut intake.suberror, non_empty(trimmed)),
        "error_uri" => fill(&mut intake.error_uri, non_empty(trimmed)),
        "error_codes" => {
            for code in trimmed
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter_map(AadstsCode::parse)
            {
                intake.add_code(code);
            }
        }
        "trace_id" => fill(&mut intake.trace_id, crate::ids::Guid::parse(trimmed)),
        "correlation_id" => fill(&mut intake.correlation_id, crate::ids::Guid::parse(trimmed)),
        "timestamp" => fill(&mut intake.timestamp, scan::timestamp_at(trimmed)),
        "state" => intake.state_present = true,
        "admin_consent" => fill(
            &mut intake.admin_consent,
            Some(trimmed.eq_ignore_ascii_case("true")),
        ),
        "tenant" => fill(&mut intake.tenant, TenantId::parse(trimmed)),
        "scope" if intake.scopes.is_empty() => {
            intake.scopes = trimmed
                .split_whitespace()
                .filter_map(Scope::parse)
                .take(100)
                .collect();
        }
        "audience" if source == Source::Location => {
            fill(&mut intake.audience, Audience::parse(trimmed))
        }
        "client_id" => fill(&mut intake.app_id, ClientId::parse(trimmed)),
        "code" => push_dropped(intake, Dropped::AuthorizationCode),
        "access_token" | "id_token" | "refresh_token" | "token" => {
            push_dropped(intake, Dropped::Token)
        }
        "redirect_uri" | "return_to" | "returnto" | "return_url" | "returnurl" | "next"
        | "redirect" | "continue" | "url" => {
            push_dropped(intake, Dropped::RedirectTarget(safe_key(key)))
        }
        "authority" | "login_host" | "instance" | "iss" => push_dropped(intake, Dropped::Authority),
        // Entra adds these to real redirects; they carry nothing a diagnosis needs. `lang`
        // is the page's, read by the app.
        "session_state" | "client_info" | "lang" => {}
        _ if source == Source::Location => {
            let key = safe_key(key);
            if intake.ignored.len() < MAX_IGNORED && !intake.ignored.contains(&key) {
                intake.ignored.push(key);
            }
        }
        _ => {}
    }
}

fn push_dropped(intake: &mut Intake, dropped: Dropped) {
    if !intake.dropped.contains(&dropped) {
        intake.dropped.push(dropped);
    }
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.chars().take(200).collect())
}

fn cap(intake: &mut Intake, mut value: String, max: usize) -> String {
    if value.len() > max {
        let mut end = max;
        while !value.is_char_boundary(end) {
            end -= 1;
        }
        value.truncate(end);
        intake.truncated = true;
    }
    value
}

/// Parameter names are shown back to the person, so keep them short and boring.
fn safe_key(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .take(40)
        .collect()
}

/// Finds redirect URLs (or bare `error=…&…` strings) in pasted text and reads their
/// parameters, including a URL whose `?` was lost.
pub(super) fn absorb_embedded_url(intake: &mut Intake, text: &str) {
    const MARKERS: [&str; 6] = [
        "error=",
        "admin_consent=",
        "error_codes=",
        "code=",
        "access_token=",
        "id_token=",
    ];
    if !MARKERS.iter().any(|m| text.contains(m)) {
        return;
    }
    let mut found_redirect = false;
    let tokens = text
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '(' | ')'))
        .filter(|t| t.contains('=') && t.len() <= MAX_TEXT_BYTES);
    for token in tokens.take(MAX_PAIRS) {
        let query = token.split_once('?').map_or(token, |(_, q)| q);
        for piece in query.split(['&', '#']).take(MAX_PAIRS) {
            let Some((key, value)) = piece.split_once('=') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            if key == "text" || key == "audience" {
                continue;
            }
            if ALLOWED_KEYS.contains(&key.as_str())
                || matches!(key.as_str(), "code" | "access_token" | "id_token")
            {
                if key == "error" {
                    found_redirect = true;
                }
                apply(intake, &key, percent_decode(value, true), Source::PastedUrl);
            }
        }
    }
    if found_redirect && intake.endpoint == Endpoint::Unknown {
        intake.endpoint = Endpoint::AuthorizeRedirect;
    }
}
