use std::sync::Arc;

use consent_core::check::{claims, diagnose_check, AccountKind, ConsentPower};
use consent_core::diagnosis::Options;
use consent_core::jwt::Decoded;
use consent_core::Audience;
use leptos::prelude::*;

use super::DiagnosisView;
use crate::routes::Page;
use crate::signin::{use_sign_in, SignedIn};
use crate::{browser, use_profile};

/// The result of a sign-in check: the verdict and fixes, then who signed in, each permission
/// granted or missing, admin roles, ID-token checks and the decoded claims.
#[component]
pub fn CheckView(signed: Arc<SignedIn>) -> impl IntoView {
    let profile = use_profile();
    let state = use_sign_in();
    let result = signed.result.clone();
    let default_audience = if result.consent_power() == ConsentPower::None {
        Audience::User
    } else {
        Audience::Admin
    };
    let audience = RwSignal::new(default_audience);
    let options = Options {
        origin: Some(browser::origin()),
        ..Options::default()
    };
    let diagnosis = {
        let result = result.clone();
        let messages = crate::i18n::use_messages();
        Memo::new(move |_| {
            let options = Options {
                messages: Some(messages.get()),
                ..options.clone()
            };
            diagnose_check(&result, &profile, Some(audience.get()), &options)
        })
    };
    let missing: Vec<String> = result
        .missing()
        .iter()
        .map(|p| p.permission.request_scope())
        .collect();
    let forget = move |_| {
        state.0.set(None);
        browser::clear_storage();
        browser::replace_url(Page::Check.path());
    };
    let details = {
        let signed = signed.clone();
        move || view! { <CheckDetails signed=signed.clone() /> }.into_any()
    };
    view! {
        <DiagnosisView diagnosis audience on_audience=move |a| audience.set(a) missing sign_in_name=result.identity.username.clone() extra=Arc::new(details) />
        <p class="actions">
            <button type="button" class="button" data-action="forget" on:click=forget>"Forget this sign-in"</button>
        </p>
    }
}

#[component]
fn CheckDetails(signed: Arc<SignedIn>) -> impl IntoView {
    let r = &signed.result;
    let id = &r.identity;
    let kind = match id.kind {
        AccountKind::Personal => "personal Microsoft account (its access tokens are opaque to apps, so only the granted scopes are shown)",
        other => other.label(),
    };
    let rows = r
        .permissions
        .iter()
        .map(|p| {
            let status = if p.granted { "Granted" } else { "Missing" };
            let mut needs = Vec::new();
            if p.admin_by_default {
                needs.push("admin consent required by default");
            }
            if p.managed_blocked {
                needs.push("users cannot grant it under Microsoft-managed consent settings (2025)");
            }
            let needs = if needs.is_empty() { "users may grant it, if the organization allows".to_string() } else { needs.join("; ") };
            view! {
                <tr data-permission=p.permission.request_scope() data-granted=p.granted.to_string()>
                    <td><span class=if p.granted { "status ok" } else { "status missing" }>{if p.granted { "✓ " } else { "✗ " }}{status}</span></td>
                    <td><code>{p.permission.name.to_string()}</code><br /><span class="muted">{p.permission.resource_name().to_string()}</span></td>
                    <td>{needs}</td>
                    <td>{p.permission.why.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let roles = r
        .roles
        .iter()
        .map(|role| match role.role {
            Some(known) => view! { <li data-role=known.template_id><strong>{known.name}</strong>": "{known.consent}</li> }.into_any(),
            None => view! { <li><code>{role.template_id.clone()}</code>" (a role this page does not know)"</li> }.into_any(),
        })
        .collect_view();
    let checks = r
        .id_checks
        .iter()
        .map(|c| {
            view! {
                <li data-id-check=c.claim data-passed=c.passed.to_string()>
                    <span class=if c.passed { "status ok" } else { "status missing" }>{if c.passed { "✓ pass" } else { "✗ fail" }}</span>
                    " "<code>{c.claim}</code>": "{c.detail.clone()}
                </li>
            }
        })
        .collect_view();
    let tokens = r
        .tokens
        .iter()
        .map(|t| {
            let body = match &t.decoded {
                Ok(Decoded::Jws { payload, .. }) => payload
                    .entries
                    .iter()
                    .map(|(name, value)| {
                        let shown = consent_core::jwt::claim_text(value);
                        let (shown, _) = consent_core::text::for_display(&shown, 2000);
                        view! { <tr><td><code>{name.clone()}</code></td><td class="claim-value">{shown}</td><td class="muted">{claims::explain(name)}</td></tr> }
                    })
                    .collect_view()
                    .into_any(),
                Ok(Decoded::Encrypted) => view! { <tr><td colspan="3">"Encrypted: its contents cannot be shown."</td></tr> }.into_any(),
                Ok(Decoded::Opaque) => view! { <tr><td colspan="3">"Opaque: not a JWT (normal for personal Microsoft accounts), so there is nothing to decode."</td></tr> }.into_any(),
                Err(e) => view! { <tr><td colspan="3">{format!("Could not be decoded: {e}.")}</td></tr> }.into_any(),
            };
            view! {
                <details class="token">
                    <summary>{t.label.clone()}" — decoded, not verified"</summary>
                    <table class="claims"><tbody>{body}</tbody></table>
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="check-details" aria-labelledby="check-title">
            <h2 id="check-title">"What the sign-in showed"</h2>
            <dl class="facts" data-identity="">
                <dt>"Name"</dt><dd>{id.name.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>"Sign-in name"</dt><dd>{id.username.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>"Tenant ID"</dt><dd>{id.tenant_id.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>"Account"</dt><dd>{kind}</dd>
                {signed.graph_name.clone().map(|n| view! { <dt>"Microsoft Graph"</dt><dd>{format!("answered /me with \"{n}\": the access token works")}</dd> })}
            </dl>
            <h3>"Permissions"</h3>
            <table class="permissions">
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Permission"</th><th scope="col">"Who may grant it"</th><th scope="col">"Why the app needs it"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h3>"Admin roles"</h3>
            {if r.roles.iter().any(|x| x.role.is_some_and(|k| k.power != ConsentPower::None)) || !r.roles.is_empty() {
                view! { <ul class="roles-list">{roles}</ul> }.into_any()
            } else {
                view! { <p class="muted">"The token lists no directory roles."</p> }.into_any()
            }}
            <h3>"ID token checks"</h3>
            <ul class="id-checks">{checks}</ul>
            <h3>"Tokens"</h3>
            <p class="muted">"Shown for troubleshooting only: the signatures are not verified, and nothing here is used to make decisions. The tokens stay in this tab's memory until you forget them or close the tab."</p>
            {tokens}
        </section>
    }
}
