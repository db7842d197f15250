use std::sync::Arc;

use consent_core::check::{claims, diagnose_check, AccountKind, ConsentPower};
use consent_core::diagnosis::Options;
use consent_core::i18n::Msg;
use consent_core::jwt::Decoded;
use consent_core::Audience;
use leptos::prelude::*;

use super::DiagnosisView;
use crate::i18n::{tr, use_messages, why_in_language};
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
            <button type="button" class="button" data-action="forget" on:click=forget>{tr(Msg::CheckViewForget)}</button>
        </p>
    }
}

#[component]
fn CheckDetails(signed: Arc<SignedIn>) -> impl IntoView {
    let m = use_messages();
    let r = &signed.result;
    let id = &r.identity;
    let kind = match id.kind {
        AccountKind::Member => Msg::CheckViewAccountMember,
        AccountKind::Guest => Msg::CheckViewAccountGuest,
        AccountKind::Personal => Msg::CheckViewAccountPersonal,
        AccountKind::Unknown => Msg::CheckViewAccountUnknown,
    };
    let rows = r
        .permissions
        .iter()
        .map(|p| {
            let status = if p.granted { Msg::CheckViewGranted } else { Msg::CheckViewMissing };
            let needs = match (p.admin_by_default, p.managed_blocked) {
                (true, true) => Msg::CheckViewGrantAdminAndManaged,
                (true, false) => Msg::CheckViewGrantAdminByDefault,
                (false, true) => Msg::CheckViewGrantManagedBlocked,
                (false, false) => Msg::CheckViewGrantUsers,
            };
            view! {
                <tr data-permission=p.permission.request_scope() data-granted=p.granted.to_string()>
                    <td><span class=if p.granted { "status ok" } else { "status missing" }>{if p.granted { "✓ " } else { "✗ " }}{tr(status)}</span></td>
                    <td><code>{p.permission.name.to_string()}</code><br /><span class="muted">{p.permission.resource_name().to_string()}</span></td>
                    <td>{tr(needs)}</td>
                    <td>{why_in_language(&p.permission)}</td>
                </tr>
            }
        })
        .collect_view();
    let roles = r
        .roles
        .iter()
        .map(|role| match role.role {
            Some(known) => view! { <li data-role=known.template_id><strong>{known.name}</strong>": "{known.consent}</li> }.into_any(),
            None => view! { <li><code>{role.template_id.clone()}</code>" "{tr(Msg::CheckViewRoleUnknown)}</li> }.into_any(),
        })
        .collect_view();
    let checks = r
        .id_checks
        .iter()
        .map(|c| {
            view! {
                <li data-id-check=c.claim data-passed=c.passed.to_string()>
                    <span class=if c.passed { "status ok" } else { "status missing" }>{if c.passed { "✓ " } else { "✗ " }}{tr(if c.passed { Msg::CheckViewPass } else { Msg::CheckViewFail })}</span>
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
                Ok(Decoded::Encrypted) => view! { <tr><td colspan="3">{tr(Msg::CheckViewTokenEncrypted)}</td></tr> }.into_any(),
                Ok(Decoded::Opaque) => view! { <tr><td colspan="3">{tr(Msg::CheckViewTokenOpaque)}</td></tr> }.into_any(),
                Err(e) => {
                    let reason = e.to_string();
                    let text = move || m.get().text(Msg::CheckViewTokenUndecodable, &[("reason", &reason)]);
                    view! { <tr><td colspan="3">{text}</td></tr> }.into_any()
                }
            };
            let label = t.label.clone();
            let summary = move || m.get().text(Msg::CheckViewTokenSummary, &[("token", &label)]);
            view! {
                <details class="token">
                    <summary>{summary}</summary>
                    <table class="claims"><tbody>{body}</tbody></table>
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="check-details" aria-labelledby="check-title">
            <h2 id="check-title">{tr(Msg::CheckViewTitle)}</h2>
            <dl class="facts" data-identity="">
                <dt>{tr(Msg::CheckViewName)}</dt><dd>{id.name.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr(Msg::CheckViewSignInName)}</dt><dd>{id.username.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr(Msg::CheckViewTenantId)}</dt><dd>{id.tenant_id.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr(Msg::CheckViewAccount)}</dt><dd>{tr(kind)}</dd>
                {signed.graph_name.clone().map(|n| {
                    let answered = move || m.get().text(Msg::CheckViewGraphAnswered, &[("name", &n)]);
                    view! { <dt>"Microsoft Graph"</dt><dd>{answered}</dd> }
                })}
            </dl>
            <h3>{tr(Msg::CheckViewPermissions)}</h3>
            <table class="permissions">
                <thead><tr>
                    <th scope="col">{tr(Msg::CheckViewColStatus)}</th>
                    <th scope="col">{tr(Msg::CheckViewColPermission)}</th>
                    <th scope="col">{tr(Msg::CheckViewColWho)}</th>
                    <th scope="col">{tr(Msg::CheckViewColWhy)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h3>{tr(Msg::CheckViewRoles)}</h3>
            {if r.roles.iter().any(|x| x.role.is_some_and(|k| k.power != ConsentPower::None)) || !r.roles.is_empty() {
                view! { <ul class="roles-list">{roles}</ul> }.into_any()
            } else {
                view! { <p class="muted">{tr(Msg::CheckViewNoRoles)}</p> }.into_any()
            }}
            <h3>{tr(Msg::CheckViewIdChecks)}</h3>
            <ul class="id-checks">{checks}</ul>
            <h3>{tr(Msg::CheckViewTokens)}</h3>
            <p class="muted">{tr(Msg::CheckViewTokensNote)}</p>
            {tokens}
        </section>
    }
}
