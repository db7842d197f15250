use consent_core::diagnosis::{diagnose, Options};
use consent_core::urls::admin_consent_url;
use consent_core::{Audience, ClientId, Cloud, Intake, TenantId};
use leptos::prelude::*;

use crate::components::{CopyButton, FixCardView};
use crate::{browser, use_profile};

/// Situations an admin comes with, each shown as the catalogue's fixes in the admin voice.
const GUIDE: [(&str, &str, u32); 5] = [
    (
        "need-admin-approval",
        "Users see \"Need admin approval\"",
        90094,
    ),
    (
        "approval-required",
        "Users see \"Approval required\"",
        90095,
    ),
    (
        "conditional-access",
        "Sign-in is blocked by Conditional Access",
        53003,
    ),
    (
        "app-disabled",
        "The app is disabled in your tenant",
        7000112,
    ),
    ("not-assigned", "Users are not assigned to the app", 50105),
];

/// `/admin`: the admin's guide and the consent-URL generator.
#[component]
pub fn Admin() -> impl IntoView {
    let profile = use_profile();
    let (_, search, hash) = browser::current_location();
    let params = Intake::from_location(&search, &hash);
    let query_value = |key: &str| -> Option<String> {
        let q = search.strip_prefix('?').unwrap_or(&search);
        q.split('&').find_map(|p| {
            p.strip_prefix(&format!("{key}="))
                .map(|v| consent_core::text::percent_decode(v, true))
        })
    };
    let cloud_override = query_value("cloud").and_then(|c| Cloud::parse(&c));
    let tenant_text = RwSignal::new(
        params
            .tenant
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let requested_client: Option<ClientId> = params.app_id;
    let client_known = requested_client.is_none_or(|c| profile.is_known_client(c));
    let client = requested_client
        .filter(|_| client_known)
        .unwrap_or(profile.app.client_id);
    let generator_profile = {
        let mut p = (*profile).clone();
        if let Some(cloud) = cloud_override {
            p.cloud = cloud;
        }
        p
    };
    let tenant = Memo::new(move |_| {
        let text = tenant_text.get();
        if text.trim().is_empty() {
            Ok(None)
        } else {
            TenantId::parse(&text).map(Some).ok_or(())
        }
    });
    let url = Memo::new(move |_| {
        match tenant.get() {
        _ if !client_known => Err("No consent link: the link that opened this page names an app this site does not know (see the warning above).".to_string()),
        Ok(t) => admin_consent_url(&generator_profile, client, t.as_ref()).map_err(|e| e.to_string()),
        Err(()) => Err("Enter your tenant ID (a GUID), a verified domain such as contoso.com, or your work e-mail address.".into()),
    }
    });
    let product = profile.product_name.clone();
    let guide_profile = profile.clone();
    view! {
        <section class="page admin">
            <h1>{format!("Approve {product} for your organization")}</h1>
            <p class="lead">"The one-click consent link for your tenant, and the fix for each situation users report."</p>
            {(!client_known).then(|| view! {
                <div class="warning" data-warning="unknown-client" role="alert">
                    <strong>"This link names an app this site does not know"</strong>
                    <p>{format!("Application ID {} is not {product}. No consent link is generated for it: granting consent to an app you cannot identify is how consent phishing works.", requested_client.map(|c| c.to_string()).unwrap_or_default())}</p>
                </div>
            })}
            <section class="generator" aria-labelledby="generator-title">
                <h2 id="generator-title">"Admin-consent link"</h2>
                <label for="tenant">"Your tenant (ID, domain or your work e-mail)"</label>
                <input id="tenant" type="text" placeholder="contoso.com" prop:value=move || tenant_text.get()
                    on:input:target=move |ev| tenant_text.set(ev.target().value()) />
                {move || match url.get() {
                    Ok(href) => view! {
                        <p><a data-consent-url="" class="button primary" href=href.clone() rel="noopener noreferrer">"Open the admin-consent link"</a></p>
                        <p class="url-preview"><code>{href.clone()}</code></p>
                        <CopyButton text=href label="Copy link" />
                    }.into_any(),
                    Err(reason) => view! { <p class="field-error" role="alert">{reason}</p> }.into_any(),
                }}
            </section>
            {GUIDE.iter().map(|(id, title, code)| {
                // The guide speaks about the app the link named; for an unknown app that means
                // the warning and no consent link anywhere on the page.
                let client = requested_client.map(|c| format!("&client_id={c}")).unwrap_or_default();
                let intake = Intake::from_location(&format!("error_codes={code}{client}"), "");
                let d = diagnose(&intake, &guide_profile, Audience::Admin, &Options::default());
                view! {
                    <section class="guide" id=*id>
                        <h2>{*title}</h2>
                        <p>{d.summary.clone()}</p>
                        <ol class="fixes">
                            {d.fixes.into_iter().enumerate().map(|(index, card)| view! { <FixCardView card index /> }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
        </section>
    }
}
