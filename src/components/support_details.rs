use consent_core::diagnosis::ErrorUri;
use consent_core::i18n::Msg;
use consent_core::report::{report, ReportContext};
use consent_core::share::share_link;
use consent_core::{Audience, Diagnosis};
use leptos::prelude::*;

use super::CopyButton;
use crate::i18n::tr;
use crate::{browser, use_profile};

/// A label or value of the facts table: a message (read when shown, so it follows the
/// language switch) or text that stays as it is (a parameter's name, an ID).
#[derive(Clone)]
enum Text {
    Msg(Msg),
    Raw(String),
}

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
        Msg::SupportDetailsIncludeName
    } else {
        Msg::SupportDetailsIncludeEmail
    };
    let f = d.facts.clone();
    let mut rows: Vec<(Text, Text)> = Vec::new();
    if !f.codes.is_empty() {
        rows.push((
            Text::Msg(Msg::SupportDetailsCodes),
            Text::Raw(
                f.codes
                    .iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ));
    }
    let optional = [
        (Text::Msg(Msg::SupportDetailsOauthError), f.error.clone()),
        (Text::Raw("error_subcode".into()), f.error_subcode.clone()),
        (Text::Raw("suberror".into()), f.suberror.clone()),
        (Text::Msg(Msg::SupportDetailsMessage), f.message.clone()),
        (
            Text::Msg(Msg::SupportDetailsTraceId),
            f.trace_id.map(|g| g.to_string()),
        ),
        (
            Text::Msg(Msg::SupportDetailsCorrelationId),
            f.correlation_id.map(|g| g.to_string()),
        ),
        (
            Text::Msg(Msg::SupportDetailsRequestId),
            f.request_id.map(|g| g.to_string()),
        ),
        (Text::Msg(Msg::SupportDetailsTimestamp), f.timestamp.clone()),
        (
            Text::Msg(Msg::SupportDetailsTenant),
            f.tenant.as_ref().map(|t| t.to_string()),
        ),
        (
            Text::Msg(Msg::SupportDetailsAppId),
            f.app_id.map(|a| a.to_string()),
        ),
        (Text::Msg(Msg::SupportDetailsAppName), f.app_name.clone()),
        (
            Text::Msg(Msg::SupportDetailsRecognised),
            f.recognised.map(|p| p.label.to_string()),
        ),
    ];
    rows.extend(
        optional
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, Text::Raw(v)))),
    );
    rows.push((
        Text::Msg(Msg::SupportDetailsInput),
        Text::Msg(f.endpoint.label()),
    ));
    let show = move |text: Text| {
        move || match &text {
            Text::Msg(msg) => messages.get().get(*msg),
            Text::Raw(raw) => raw.clone(),
        }
    };
    let description = f.description.clone();
    let truncated = f.description_truncated;
    let error_uri = f.error_uri.clone().map(|uri| match uri {
        ErrorUri::Link(href) => {
            let shown = href.clone();
            view! { <a href=href target="_blank" rel="noopener noreferrer">{shown}</a> }.into_any()
        }
        ErrorUri::Text(text) => {
            view! { <span class="untrusted">{text}" "{tr(Msg::SupportDetailsUntrustedUri)}</span> }
                .into_any()
        }
    });
    let lookup = f.lookup_url.clone();
    let report_for_download = report_text;
    view! {
        <section class="details" id="details" aria-labelledby="details-title">
            <h2 id="details-title">{tr(Msg::SupportDetailsTitle)}</h2>
            <dl class="facts">
                {rows.into_iter().map(|(k, v)| view! { <dt>{show(k)}</dt><dd>{show(v)}</dd> }).collect_view()}
                {error_uri.map(|link| view! { <dt>"error_uri"</dt><dd>{link}</dd> })}
                {lookup.map(|href| {
                    let shown = href.clone();
                    view! {
                        <dt>{tr(Msg::SupportDetailsMicrosoftPage)}</dt>
                        <dd><a href=href target="_blank" rel="noopener noreferrer">{shown}</a></dd>
                    }
                })}
            </dl>
            {description.map(|text| view! {
                <details class="raw">
                    <summary>{tr(Msg::SupportDetailsFullDescription)}</summary>
                    <pre class="raw-text" tabindex="0" aria-label=tr(Msg::SupportDetailsFullDescription)>{text}</pre>
                    {truncated.then(|| view! { <p class="muted">{tr(Msg::SupportDetailsTruncated)}</p> })}
                </details>
            })}
            <h3>{tr(Msg::SupportDetailsReportTitle)}</h3>
            <p class="muted">{tr(Msg::SupportDetailsReportPrivacy)}</p>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || include_personal.get()
                    on:change=move |ev| include_personal.set(event_target_checked(&ev))
                />
                " "{tr(personal_label)}
            </label>
            <pre class="report" data-report="" tabindex="0" aria-label=tr(Msg::SupportDetailsReportTitle)>{move || report_text.get()}</pre>
            <div class="actions">
                <CopyButton text=report_text label=tr(Msg::CopyButtonCopyReport) />
                <button
                    type="button"
                    on:click=move |_| {
                        browser::download_text("consent-doctor-report.txt", &report_for_download.get_untracked());
                    }
                >
                    {tr(Msg::SupportDetailsDownload)}
                </button>
            </div>
            <h3>{tr(Msg::SupportDetailsShareTitle)}</h3>
            <p class="muted">{tr(Msg::SupportDetailsShareNote)}</p>
            <p>
                <a data-share-link="" href=link.clone()>{tr(Msg::SupportDetailsShareLink)}</a>
                " "
                <CopyButton text=link label=tr(Msg::CopyButtonCopyLink) />
            </p>
            {admin_link.map(|href| {
                let copy = href.clone();
                view! {
                    <p>
                        <a href=href>{tr(Msg::SupportDetailsAdminLink)}</a>
                        " "{tr(Msg::SupportDetailsAdminLinkNote)}" "
                        <CopyButton text=copy label=tr(Msg::CopyButtonCopyAdminLink) />
                    </p>
                }
            })}
        </section>
    }
}
