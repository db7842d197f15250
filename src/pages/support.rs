use consent_core::diagnosis::{diagnose, Options};
use consent_core::i18n::Language;
use consent_core::qr::qr_svg;
use consent_core::share::{share_link, share_link_in};
use consent_core::signin::clean_login_hint;
use consent_core::urls::encode;
use consent_core::{Audience, Intake, TenantId};
use leptos::prelude::*;

use crate::components::CopyButton;
use crate::routes::Page;
use crate::{browser, use_profile};

/// Situations support staff pick from, each with the code Microsoft sends.
const SITUATIONS: [(u32, &str); 10] = [
    (90094, "Need admin approval (90094)"),
    (90095, "Approval required (90095)"),
    (65004, "Consent declined (65004)"),
    (7000112, "App disabled in the tenant (7000112)"),
    (50105, "User not assigned (50105)"),
    (53003, "Blocked by Conditional Access (53003)"),
    (700016, "App not found in the directory (700016)"),
    (50076, "Multi-factor authentication required (50076)"),
    (
        9002326,
        "Redirect URI not registered as a single-page app (9002326)",
    ),
    (50020, "Account from another organization (50020)"),
];

/// `/support`: build a link that opens the right diagnosis for a customer — from a situation
/// or from whatever the customer sent — with a preview, a QR code and a sign-in check link.
#[component]
pub fn Support() -> impl IntoView {
    let profile = use_profile();
    let code = RwSignal::new(SITUATIONS[0].0);
    let pasted = RwSignal::new(String::new());
    let audience = RwSignal::new(Audience::User);
    let tenant_text = RwSignal::new(String::new());
    let user_text = RwSignal::new(String::new());
    // The customer's language; `None` leaves it to their browser.
    let link_language = RwSignal::new(None::<Language>);
    let preview_messages = RwSignal::new(consent_core::i18n::Messages::english());
    Effect::new(move |_| {
        let choice = browser::Choice::Language(link_language.get().unwrap_or_default());
        leptos::task::spawn_local(async move {
            if let Ok(m) = browser::load_messages(choice).await {
                preview_messages.set(m);
            }
        });
    });
    let tenant = Memo::new(move |_| {
        let text = tenant_text.get();
        (!text.trim().is_empty()).then(|| TenantId::parse(&text))
    });
    let origin = browser::origin();
    let diagnosis_profile = profile.clone();
    let words = crate::use_code_words();
    let diagnosis = Memo::new(move |_| {
        // What the customer sent wins over the picked situation: it carries their IDs.
        let text = pasted.get();
        let mut intake = if text.trim().is_empty() {
            Intake::from_location(&format!("error_codes={}", code.get()), "")
        } else {
            Intake::from_text(&text)
        };
        if let Some(Some(t)) = tenant.get() {
            intake.tenant = Some(t);
        }
        diagnose(
            &intake,
            &diagnosis_profile,
            audience.get(),
            &Options {
                texts: words.texts(),
                messages: Some(preview_messages.get()),
                ..Options::default()
            },
        )
    });
    let link_profile = profile.clone();
    let link = Memo::new(move |_| match link_language.get() {
        Some(language) => share_link_in(
            &origin,
            &diagnosis.get(),
            &link_profile,
            audience.get(),
            language,
        ),
        None => share_link(&origin, &diagnosis.get(), &link_profile, audience.get()),
    });
    let check_link = Memo::new(move |_| {
        let hint = clean_login_hint(&user_text.get())?;
        let lang = link_language
            .get()
            .map(|l| format!("&lang={}", l.tag()))
            .unwrap_or_default();
        Some(format!(
            "{}{}?login_hint={}{lang}",
            browser::origin(),
            Page::Check.path(),
            encode(&hint)
        ))
    });
    view! {
        <section class="page">
            <h1>"Send a customer the right diagnosis"</h1>
            <p class="lead">"Pick the situation, or paste what the customer sent; choose who the link is for. The customer opens it and sees the fix for their case, in their voice."</p>
            <div class="form-grid">
                <label for="situation">"Situation"</label>
                <select id="situation" on:change:target=move |ev| {
                    if let Ok(n) = ev.target().value().parse() { code.set(n) }
                }>
                    {SITUATIONS.iter().map(|(n, label)| view! { <option value=n.to_string()>{*label}</option> }).collect_view()}
                </select>
                <label for="customer-text">"Or paste what the customer sent (error text, screenshot text, URL)"</label>
                <textarea id="customer-text" rows="4" spellcheck="false" prop:value=move || pasted.get()
                    on:input:target=move |ev| pasted.set(ev.target().value())></textarea>
                <label for="link-audience">"The link is for"</label>
                <select id="link-audience" on:change:target=move |ev| {
                    if let Some(a) = Audience::parse(&ev.target().value()) { audience.set(a) }
                }>
                    <option value="user">"the customer's user"</option>
                    <option value="admin">"the customer's admin"</option>
                    <option value="support">"support (everything at once)"</option>
                </select>
                <label for="link-language">"The customer's language"</label>
                <select id="link-language" data-input="link-language" on:change:target=move |ev| {
                    link_language.set(Language::from_tag(&ev.target().value()))
                }>
                    <option value="">"their browser's language"</option>
                    {Language::ALL.into_iter().map(|l| view! { <option value=l.tag() lang=l.tag()>{l.native_name()}</option> }).collect_view()}
                </select>
                <label for="link-tenant">"Customer's tenant (domain or ID, optional)"</label>
                <input id="link-tenant" type="text" placeholder="contoso.com" prop:value=move || tenant_text.get()
                    on:input:target=move |ev| tenant_text.set(ev.target().value()) />
                <label for="link-user">"The user's sign-in name, for a sign-in check link (optional)"</label>
                <input id="link-user" type="text" placeholder="alex@contoso.com" prop:value=move || user_text.get()
                    on:input:target=move |ev| user_text.set(ev.target().value()) />
            </div>
            {move || matches!(tenant.get(), Some(None)).then(|| view! {
                <p class="field-error" role="alert">"That is not a tenant ID or domain (for example contoso.com or a GUID); it is left out of the link."</p>
            })}
            <h2>"The link"</h2>
            <p class="share-output">
                <a data-share-link="" href=move || link.get()>{move || link.get()}</a>
            </p>
            <p class="actions">
                <CopyButton text=Signal::derive(move || link.get()) label="Copy link" />
            </p>
            <div class="link-preview" aria-live="polite">
                <h3>"What this link opens"</h3>
                {move || {
                    let d = diagnosis.get();
                    let fixes: Vec<&str> = d.fixes.iter().take(3).map(|c| c.title.as_str()).collect();
                    view! {
                        <dl data-preview="">
                            <dt>"Verdict"</dt><dd data-preview-verdict=d.verdict.id()>{d.verdict.id()}</dd>
                            <dt>"Headline"</dt><dd>{d.headline.clone()}</dd>
                            <dt>"Voice"</dt><dd>{crate::i18n::tr(d.audience.label())}</dd>
                            <dt>"First fixes"</dt><dd>{fixes.join(" · ")}</dd>
                            <dt>"Length"</dt><dd>{format!("{} of 2048 bytes", link.get().len())}</dd>
                        </dl>
                    }
                }}
                <p class="muted">"The link carries only codes, IDs, the tenant and the audience — never a token, a sign-in code or an e-mail address. Anyone can make such a link, so the page never presents it as coming from support."</p>
            </div>
            <h3>"For a phone or another computer"</h3>
            {move || qr_svg(&link.get()).map(|qr| {
                let view_box = format!("0 0 {0} {0}", qr.view_box);
                view! {
                    <svg class="qr" viewBox=view_box role="img" aria-label="QR code of the link" data-qr="" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                        <path d=qr.path fill="#000" />
                    </svg>
                }
            })}
            {move || check_link.get().map(|href| {
                let copy = href.clone();
                let shown = href.clone();
                view! {
                    <h2>"Sign-in check link"</h2>
                    <p class="muted">"Opens the sign-in check with the customer's account suggested; they still sign in themselves."</p>
                    <p class="share-output"><a data-check-link="" href=href>{shown}</a></p>
                    <CopyButton text=copy label="Copy sign-in check link" />
                }
            })}
        </section>
    }
}
