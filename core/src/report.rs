//! The redacted plain-text report for a support ticket (docs/public-interface.md §4, `[data-report]`).
//!
//! It carries what support needs — verdict, codes, trace/correlation/request IDs, timestamp,
//! tenant, app — and never a token, an authorization code, or an e-mail address unless the
//! person opts in.

use crate::diagnosis::{Diagnosis, ErrorUri};
use crate::profile::Profile;
use crate::text::redact_emails;

/// What the page knows about the environment, passed in because the core has no browser.
#[derive(Clone, Debug, Default)]
pub struct ReportContext {
    /// The browser's user agent.
    pub browser: Option<String>,
    /// When the diagnosis was made, in the reader's format.
    pub checked_at: Option<String>,
    /// A link that reproduces the diagnosis.
    pub share_link: Option<String>,
    /// The person ticked "include my sign-in name".
    pub include_personal: bool,
    /// Permissions a sign-in check found missing.
    pub missing_permissions: Vec<String>,
    /// The sign-in name from a sign-in check; shown only with `include_personal`.
    pub sign_in_name: Option<String>,
}

pub fn report(d: &Diagnosis, profile: &Profile, ctx: &ReportContext) -> String {
    let f = &d.facts;
    let mut lines = vec![
        format!("{} — diagnosis report", profile.product_name),
        format!("Verdict: {} — {}", d.verdict.id(), d.headline),
    ];
    if let Some(code) = d.code {
        match (&d.code_title, crate::catalogue::lookup(code)) {
            (Some(title), _) => lines.push(format!("Code: {code} ({title})")),
            (None, Some(_)) => lines.push(format!("Code: {code}")),
            (None, None) => lines.push(format!("Code: {code} (not in catalogue)")),
        }
    }
    if f.codes.len() > 1 {
        let all: Vec<String> = f.codes.iter().map(|c| c.to_string()).collect();
        lines.push(format!("All codes: {}", all.join(", ")));
    }
    if let Some(error) = &f.error {
        let mut line = format!("OAuth error: {error}");
        if let Some(sub) = &f.error_subcode {
            line.push_str(&format!(" (error_subcode {sub})"));
        }
        if let Some(sub) = &f.suberror {
            line.push_str(&format!(" (suberror {sub})"));
        }
        lines.push(line);
    }
    if let Some(message) = &f.message {
        let message = if ctx.include_personal {
            message.clone()
        } else {
            redact_emails(message)
        };
        lines.push(format!("Message: {message}"));
    }
    let ids = [
        ("Trace ID", f.trace_id),
        ("Correlation ID", f.correlation_id),
        ("Request ID", f.request_id),
    ];
    for (label, id) in ids {
        if let Some(id) = id {
            lines.push(format!("{label}: {id}"));
        }
    }
    if let Some(ts) = &f.timestamp {
        lines.push(format!("Timestamp: {ts}"));
    }
    if let Some(tenant) = &f.tenant {
        lines.push(format!("Tenant: {tenant}"));
    }
    let app_id = f.app_id.unwrap_or(profile.app.client_id);
    let app_name = match (&f.app_name, f.app_id) {
        (Some(name), _) => name.clone(),
        (None, Some(id)) if id != profile.app.client_id => "named in the error".into(),
        _ => profile.product_name.clone(),
    };
    lines.push(format!("App: {app_name} ({app_id})"));
    if f.admin_consent.is_some() {
        lines.push("Response: admin consent endpoint".into());
    }
    if !ctx.missing_permissions.is_empty() {
        lines.push(format!(
            "Missing permissions: {}",
            ctx.missing_permissions.join(", ")
        ));
    }
    if let Some(ErrorUri::Link(uri) | ErrorUri::Text(uri)) = &f.error_uri {
        lines.push(format!("error_uri: {uri}"));
    }
    lines.push(format!("Input: {}", f.endpoint.label()));
    let fixes: Vec<String> = d.fix_ids().iter().map(|f| f.id().to_string()).collect();
    if !fixes.is_empty() {
        lines.push(format!("Recommended fixes: {}", fixes.join(", ")));
    }
    for w in &d.warnings {
        lines.push(format!("Warning ({}): {}", w.id, w.title));
    }
    for note in d.notes.iter().filter(|n| n.contains("was ignored")) {
        lines.push(format!("Note: {note}"));
    }
    if let (true, Some(name)) = (ctx.include_personal, &ctx.sign_in_name) {
        lines.push(format!("Signed in as: {name}"));
    }
    if let Some(browser) = &ctx.browser {
        lines.push(format!(
            "Browser: {}",
            browser.chars().take(300).collect::<String>()
        ));
    }
    if let Some(at) = &ctx.checked_at {
        lines.push(format!("Checked: {at}"));
    }
    if let Some(link) = &ctx.share_link {
        lines.push(format!("Link to this diagnosis: {link}"));
    }
    let text = lines.join("\n");
    if ctx.include_personal {
        text
    } else {
        redact_emails(&text)
    }
}
