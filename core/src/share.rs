//! Share links: a `/diagnose#…` address that reproduces a diagnosis elsewhere
//! (docs/public-interface.md §4, `a[data-share-link]`). Only keys of docs/public-interface.md §3 are
//! written, values are the facts already extracted (never the raw input), e-mail addresses
//! are removed, and the whole link stays within 2 KiB. Opening it runs the normal intake, so
//! no separate decoder exists that could disagree with it.

use crate::diagnosis::{Diagnosis, Facts};
use crate::ids::AadstsCode;
use crate::profile::Profile;
use crate::text::redact_emails;
use crate::urls::encode;
use crate::verdict::Audience;

/// The longest share link we produce.
pub const MAX_LINK_BYTES: usize = 2048;

/// Builds `{origin}/diagnose#…` for a diagnosis, in the given audience's voice.
pub fn share_link(origin: &str, d: &Diagnosis, profile: &Profile, audience: Audience) -> String {
    link_from_facts(origin, &d.facts, d.code, profile, audience)
}

/// The same, opening in `language` (`lang=` first in the fragment, within the same 2 KiB):
/// support sends a customer the link in the customer's language.
pub fn share_link_in(
    origin: &str,
    d: &Diagnosis,
    profile: &Profile,
    audience: Audience,
    language: crate::i18n::Language,
) -> String {
    let prefix = format!(
        "{}/diagnose#lang={}&",
        origin.trim_end_matches('/'),
        language.tag()
    );
    let budget = MAX_LINK_BYTES.saturating_sub(prefix.len());
    format!(
        "{prefix}{}",
        fragment(&d.facts, d.code, profile, audience, budget)
    )
}

/// The same, from the facts alone (the diagnosis uses it for the admin's link).
pub fn link_from_facts(
    origin: &str,
    facts: &Facts,
    code: Option<AadstsCode>,
    profile: &Profile,
    audience: Audience,
) -> String {
    let prefix = format!("{}/diagnose#", origin.trim_end_matches('/'));
    let budget = MAX_LINK_BYTES.saturating_sub(prefix.len());
    format!(
        "{prefix}{}",
        fragment(facts, code, profile, audience, budget)
    )
}

/// The fragment alone, at most `budget` bytes.
pub fn fragment(
    f: &Facts,
    code: Option<AadstsCode>,
    profile: &Profile,
    audience: Audience,
    budget: usize,
) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("audience", audience.id().to_string())];
    if let Some(error) = &f.error {
        pairs.push(("error", error.clone()));
    }
    if !f.codes.is_empty() {
        let codes: Vec<String> = f.codes.iter().map(|c| c.number().to_string()).collect();
        pairs.push(("error_codes", codes.join(",")));
    }
    for (key, value) in [
        ("error_subcode", &f.error_subcode),
        ("suberror", &f.suberror),
    ] {
        if let Some(v) = value {
            pairs.push((key, v.chars().take(64).collect()));
        }
    }
    if let Some(id) = f.trace_id {
        pairs.push(("trace_id", id.to_string()));
    }
    if let Some(id) = f.correlation_id {
        pairs.push(("correlation_id", id.to_string()));
    }
    if let Some(ts) = &f.timestamp {
        pairs.push(("timestamp", ts.clone()));
    }
    if let Some(tenant) = &f.tenant {
        pairs.push(("tenant", tenant.to_string()));
    }
    if let Some(id) = f.app_id.filter(|id| profile.is_known_client(*id)) {
        pairs.push(("client_id", id.to_string()));
    }
    if let Some(admin_consent) = f.admin_consent {
        pairs.push((
            "admin_consent",
            if admin_consent { "True" } else { "False" }.into(),
        ));
    }
    let mut text_lines: Vec<String> = Vec::new();
    if let Some(id) = f.request_id {
        text_lines.push(format!("Request Id: {id}"));
    }
    if f.codes.is_empty() {
        if let Some(phrase) = f.recognised {
            text_lines.push(phrase.wording.to_string());
        }
    }
    if !text_lines.is_empty() {
        pairs.push(("text", text_lines.join("\n")));
    }

    let mut out = encode_pairs(&pairs);
    // The message goes last and is shortened to fit the budget: everything else is needed
    // to reproduce the verdict, the message only helps a human reader.
    if let (Some(code), Some(message)) = (code, &f.message) {
        let message = redact_emails(message);
        let mut chars: Vec<char> = format!("{code}: {message}").chars().collect();
        loop {
            let candidate: String = chars.iter().collect();
            let piece = format!("&error_description={}", encode(&candidate));
            if out.len() + piece.len() <= budget {
                out.push_str(&piece);
                break;
            }
            if chars.len() <= 20 {
                break;
            }
            let keep = chars.len() * 3 / 4;
            chars.truncate(keep);
        }
    }
    if out.len() > budget {
        // Only possible with a tiny budget: keep the audience and the codes.
        out = encode_pairs(&pairs[..pairs.len().min(3)]);
        out.truncate(budget);
    }
    out
}

fn encode_pairs(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    parts.join("&")
}
