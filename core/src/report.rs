//! The redacted plain-text report for a support ticket (docs/public-interface.md §4, `[data-report]`).
//!
//! It carries what support needs — verdict, codes, trace/correlation/request IDs, timestamp,
//! tenant, app — and never a token, an authorization code, or an e-mail address unless the
//! person opts in.

use crate::diagnosis::{Diagnosis, ErrorUri};
use crate::i18n::{Messages, Msg};
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
    /// The reader's language for the labels; English when unset. Values (IDs, codes,
    /// verdict and fix IDs) are the same in every language, so support can search them.
    pub messages: Option<&'static Messages>,
}

pub fn report(d: &Diagnosis, profile: &Profile, ctx: &ReportContext) -> String {
    let m = ctx.messages.unwrap_or_else(Messages::english);
    let f = &d.facts;
    let product = profile.product_name.as_str();
    let mut lines = vec![
        m.text(Msg::ReportTitle, &[("product", product)]),
        m.text(
            Msg::ReportVerdict,
            &[("verdict", d.verdict.id()), ("headline", &d.headline)],
        ),
    ];
    if let Some(code) = d.code {
        let code_text = code.to_string();
        lines.push(match (&d.code_title, crate::catalogue::lookup(code)) {
            (Some(title), _) => m.text(
                Msg::ReportCodeTitled,
                &[("code", &code_text), ("title", title)],
            ),
            (None, Some(_)) => m.text(Msg::ReportCode, &[("code", &code_text)]),
            (None, None) => m.text(Msg::ReportCodeNotCatalogued, &[("code", &code_text)]),
        });
    }
    if f.codes.len() > 1 {
        let all: Vec<String> = f.codes.iter().map(|c| c.to_string()).collect();
        lines.push(m.text(Msg::ReportAllCodes, &[("codes", &all.join(", "))]));
    }
    if let Some(error) = &f.error {
        // The values are protocol words support searches for, so they stay as sent.
        let mut value = error.clone();
        if let Some(sub) = &f.error_subcode {
            value.push_str(&format!(" (error_subcode {sub})"));
        }
        if let Some(sub) = &f.suberror {
            value.push_str(&format!(" (suberror {sub})"));
        }
        lines.push(m.text(Msg::ReportOauthError, &[("error", &value)]));
    }
    if let Some(message) = &f.message {
        let message = if ctx.include_personal {
            message.clone()
        } else {
            redact_emails(message)
        };
        lines.push(m.text(Msg::ReportMessage, &[("message", &message)]));
    }
    let ids = [
        (Msg::ReportTraceId, f.trace_id),
        (Msg::ReportCorrelationId, f.correlation_id),
        (Msg::ReportRequestId, f.request_id),
    ];
    for (label, id) in ids {
        if let Some(id) = id {
            lines.push(m.text(label, &[("id", &id.to_string())]));
        }
    }
    if let Some(ts) = &f.timestamp {
        lines.push(m.text(Msg::ReportTimestamp, &[("value", ts)]));
    }
    if let Some(tenant) = &f.tenant {
        lines.push(m.text(Msg::ReportTenant, &[("tenant", &tenant.to_string())]));
    }
    let app_id = f.app_id.unwrap_or(profile.app.client_id);
    let app_name = match (&f.app_name, f.app_id) {
        (Some(name), _) => name.clone(),
        (None, Some(id)) if id != profile.app.client_id => m.get(Msg::ReportAppNamedInError),
        _ => profile.product_name.clone(),
    };
    lines.push(m.text(
        Msg::ReportApp,
        &[("name", &app_name), ("app_id", &app_id.to_string())],
    ));
    if f.admin_consent.is_some() {
        lines.push(m.get(Msg::ReportAdminConsentResponse));
    }
    if !ctx.missing_permissions.is_empty() {
        lines.push(m.text(
            Msg::ReportMissingPermissions,
            &[("names", &ctx.missing_permissions.join(", "))],
        ));
    }
    if let Some(ErrorUri::Link(uri) | ErrorUri::Text(uri)) = &f.error_uri {
        lines.push(format!("error_uri: {uri}"));
    }
    lines.push(m.text(Msg::ReportInput, &[("kind", &m.get(f.endpoint.label()))]));
    let fixes: Vec<String> = d.fix_ids().iter().map(|f| f.id().to_string()).collect();
    if !fixes.is_empty() {
        lines.push(m.text(Msg::ReportFixes, &[("fixes", &fixes.join(", "))]));
    }
    for w in &d.warnings {
        lines.push(m.text(Msg::ReportWarning, &[("id", w.id), ("title", &w.title)]));
    }
    for dropped in &f.dropped {
        lines.push(m.text(Msg::ReportNote, &[("note", &dropped.explain(m))]));
    }
    if let (true, Some(name)) = (ctx.include_personal, &ctx.sign_in_name) {
        lines.push(m.text(Msg::ReportSignedInAs, &[("name", name)]));
    }
    if let Some(browser) = &ctx.browser {
        let browser: String = browser.chars().take(300).collect();
        lines.push(m.text(Msg::ReportBrowser, &[("browser", &browser)]));
    }
    if let Some(at) = &ctx.checked_at {
        lines.push(m.text(Msg::ReportChecked, &[("time", at)]));
    }
    if let Some(link) = &ctx.share_link {
        lines.push(m.text(Msg::ReportLink, &[("link", link)]));
    }
    let text = lines.join("\n");
    if ctx.include_personal {
        text
    } else {
        redact_emails(&text)
    }
}
