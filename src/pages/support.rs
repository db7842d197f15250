use consent_core::diagnosis::{diagnose, Options};
use consent_core::share::share_link;
use consent_core::{Audience, Intake, TenantId};
use leptos::prelude::*;

use crate::components::CopyButton;
use crate::{browser, use_profile};

/// Situations support staff pick from, each with the code Microsoft sends.
const SITUATIONS: [(u32, &str); 8] = [
    (90094, "Need admin approval (90094)"),
    (90095, "Approval required (90095)"),
    (65004, "Consent declined (65004)"),
    (7000112, "App disabled in the tenant (7000112)"),
    (50105, "User not assigned (50105)"),
    (53003, "Blocked by Conditional Access (53003)"),
    (700016, "App not found in the directory (700016)"),
    (50076, "Multi-factor authentication required (50076)"),
];

/// `/support`: build a prefilled link that opens the right diagnosis for a customer.
#[component]
pub fn Support() -> impl IntoView {
    let profile = use_profile();
    let code = RwSignal::new(SITUATIONS[0].0);
    let audience = RwSignal::new(Audience::User);
    let tenant_text = RwSignal::new(String::new());
    let tenant = Memo::new(move |_| {
        let text = tenant_text.get();
        (!text.trim().is_empty()).then(|| TenantId::parse(&text))
    });
    let origin = browser::origin();
    let link = Memo::new(move |_| {
        let mut query = format!("error_codes={}", code.get());
        if let Some(Some(t)) = tenant.get() {
            query.push_str(&format!(
                "&tenant={}",
                consent_core::urls::encode(&t.to_string())
            ));
        }
        let intake = Intake::from_location(&query, "");
        let d = diagnose(&intake, &profile, audience.get(), &Options::default());
        share_link(&origin, &d, &profile, audience.get())
    });
    view! {
        <section class="page">
            <h1>"Send a customer the right diagnosis"</h1>
            <p class="lead">"Pick the situation and who the link is for; the customer opens the link and sees the fix for their case."</p>
            <div class="form-grid">
                <label for="situation">"Situation"</label>
                <select id="situation" on:change:target=move |ev| {
                    if let Ok(n) = ev.target().value().parse() { code.set(n) }
                }>
                    {SITUATIONS.iter().map(|(n, label)| view! { <option value=n.to_string()>{*label}</option> }).collect_view()}
                </select>
                <label for="link-audience">"The link is for"</label>
                <select id="link-audience" on:change:target=move |ev| {
                    if let Some(a) = Audience::parse(&ev.target().value()) { audience.set(a) }
                }>
                    <option value="user">"the customer's user"</option>
                    <option value="admin">"the customer's admin"</option>
                    <option value="support">"support (everything at once)"</option>
                </select>
                <label for="link-tenant">"Customer's tenant (domain or ID, optional)"</label>
                <input id="link-tenant" type="text" placeholder="contoso.com" prop:value=move || tenant_text.get()
                    on:input:target=move |ev| tenant_text.set(ev.target().value()) />
            </div>
            {move || matches!(tenant.get(), Some(None)).then(|| view! {
                <p class="field-error" role="alert">"That is not a tenant ID or domain (for example contoso.com or a GUID); it is left out of the link."</p>
            })}
            <p class="share-output">
                <a data-share-link="" href=move || link.get()>{move || link.get()}</a>
            </p>
            <CopyButton text=Signal::derive(move || link.get()) label="Copy link" />
        </section>
    }
}
