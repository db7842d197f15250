use consent_core::diagnosis::ErrorUri;
use consent_core::report::{report, ReportContext};
use consent_core::share::share_link;
use consent_core::{Audience, Diagnosis};
use leptos::prelude::*;

use super::CopyButton;
use crate::{browser, use_profile};

/// "Details for support": the facts, the redacted report and the share link.
#[component]
pub fn SupportDetails(
    diagnosis: Diagnosis,
    missing: Vec<String>,
    sign_in_name: Option<String>,
) -> impl IntoView {
    let profile = use_profile();
    let d = diagnosis;
    let link = share_link(&browser::origin(), &d, &profile, d.audience);
    let admin_link = (d.audience == Audience::User)
        .then(|| share_link(&browser::origin(), &d, &profile, Audience::Admin));
    let checked_at = browser::now_utc();
    let browser_name = browser::user_agent();
    let include_personal = RwSignal::new(false);
    let messages = crate::i18n::use_messages();
    let has_sign_in_name = sign_in_name.is_some();
    let report_text = {
        let d = d.clone();
        let profile = profile.clone();
        let link = link.clone();
        Signal::derive(move || {
            let ctx = ReportContext {
                browser: browser_name.clone(),
                checked_at: Some(checked_at.clone()),
                share_link: Some(link.clone()),
                include_personal: include_personal.get(),
                missing_permissions: missing.clone(),
                sign_in_name: sign_in_name.clone(),
                messages: Some(messages.get()),
            };
            report(&d, &profile, &ctx)
        })
    };
    let personal_label = if has_sign_in_name {
        " Include my sign-in name and e-mail addresses"
    } else {
        " Include e-mail addresses (they are removed by default)"
    };
    let f = d.facts.clone();
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    if !f.codes.is_empty() {
        rows.push((
            "Codes",
            f.codes
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let optional = [
        ("OAuth error", f.error.clone()),
        ("error_subcode", f.error_subcode.clone()),
        ("suberror", f.suberror.clone()),
        ("Message", f.message.clone()),
        ("Trace ID", f.trace_id.map(|g| g.to_string())),
        ("Correlation ID", f.correlation_id.map(|g| g.to_string())),
        ("Request ID", f.request_id.map(|g| g.to_string())),
        ("Timestamp", f.timestamp.clone()),
        ("Tenant", f.tenant.as_ref().map(|t| t.to_string())),
        ("App ID", f.app_id.map(|a| a.to_string())),
        ("App name", f.app_name.clone()),
        (
            "Recognised wording",
            f.recognised.map(|p| p.label.to_string()),
        ),
    ];
    rows.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
    rows.push(("Input", messages.get_untracked().get(f.endpoint.label())));
    let description = f.description.clone();
    let truncated = f.description_truncated;
    let error_uri = f.error_uri.clone().map(|uri| match uri {
        ErrorUri::Link(href) => {
            let shown = href.clone();
            view! { <a href=href target="_blank" rel="noopener noreferrer">{shown}</a> }.into_any()
        }
        ErrorUri::Text(text) => view! { <span class="untrusted">{text}" (not a Microsoft address, so not a link)"</span> }.into_any(),
    });
    let lookup = f.lookup_url.clone();
    let report_for_download = report_text;
    view! {
        <section class="details" id="details" aria-labelledby="details-title">
            <h2 id="details-title">"Details for support"</h2>
            <dl class="facts">
                {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                {error_uri.map(|link| view! { <dt>"error_uri"</dt><dd>{link}</dd> })}
                {lookup.map(|href| {
                    let shown = href.clone();
                    view! {
                        <dt>"Microsoft's page"</dt>
                        <dd><a href=href target="_blank" rel="noopener noreferrer">{shown}</a></dd>
                    }
                })}
            </dl>
            {description.map(|text| view! {
                <details class="raw">
                    <summary>"Full error description"</summary>
                    <pre class="raw-text" tabindex="0" aria-label="Full error description">{text}</pre>
                    {truncated.then(|| view! { <p class="muted">"(truncated: the text was longer than this page shows)"</p> })}
                </details>
            })}
            <h3>"Report for a support ticket"</h3>
            <p class="muted">"No tokens, no sign-in codes, and no e-mail addresses unless you include them."</p>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || include_personal.get()
                    on:change=move |ev| include_personal.set(event_target_checked(&ev))
                />
                {personal_label}
            </label>
            <pre class="report" data-report="" tabindex="0" aria-label="Report for a support ticket">{move || report_text.get()}</pre>
            <div class="actions">
                <CopyButton text=report_text label="Copy report for support" />
                <button
                    type="button"
                    on:click=move |_| {
                        browser::download_text("consent-doctor-report.txt", &report_for_download.get_untracked());
                    }
                >
                    "Download as .txt"
                </button>
            </div>
            <h3>"Share this diagnosis"</h3>
            <p class="muted">"The link opens this same diagnosis on another device. It carries the codes and IDs above, never a token or your e-mail address."</p>
            <p>
                <a data-share-link="" href=link.clone()>"Link to this diagnosis"</a>
                " "
                <CopyButton text=link label="Copy link" />
            </p>
            {admin_link.map(|href| {
                let copy = href.clone();
                view! {
                    <p>
                        <a href=href>"Link for your IT administrator"</a>
                        " (opens the admin's steps) "
                        <CopyButton text=copy label="Copy admin link" />
                    </p>
                }
            })}
        </section>
    }
}
