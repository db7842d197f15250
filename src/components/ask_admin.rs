use consent_core::admin::{self, Discovery};
use consent_core::diagnosis::{admin_page, tenant_page};
use consent_core::fixes::{ask_admin_message, mailto};
use consent_core::i18n::{Messages, Msg};
use consent_core::urls::admin_consent_url;
use consent_core::TenantId;
use leptos::prelude::*;

use super::CopyButton;
use crate::i18n::{tr, use_messages};
use crate::{browser, use_profile};

/// Why the organization could not be found, said in the reader's language when shown.
#[derive(Clone, PartialEq)]
enum Problem {
    NoEmail,
    Unreachable,
    NotFound(String),
    OtherCloud,
    Unreadable(String),
}

impl Problem {
    fn text(&self, m: &Messages) -> String {
        match self {
            Problem::NoEmail => m.get(Msg::AskAdminNoEmail),
            Problem::Unreachable => m.get(Msg::AskAdminUnreachable),
            Problem::NotFound(domain) => m.text(Msg::AskAdminNotFound, &[("domain", domain)]),
            Problem::OtherCloud => m.get(Msg::AskAdminOtherCloud),
            Problem::Unreadable(reason) => m.text(Msg::AskAdminUnreadable, &[("reason", reason)]),
        }
    }
}

/// Under "Ask your IT administrator": the user types their work e-mail, the tenant is found
/// by discovery, and the message's consent link is pinned to their organization — nobody
/// types a tenant ID.
#[component]
pub fn AskAdminHelper(
    facts_line: String,
    admin_link: Option<String>,
    code: Option<consent_core::AadstsCode>,
) -> impl IntoView {
    let profile = use_profile();
    let email = RwSignal::new(String::new());
    let m = use_messages();
    let status = RwSignal::new(None::<Result<TenantId, Problem>>);
    let find = {
        let profile = profile.clone();
        move |_| {
            let Some(domain) = TenantId::parse(&email.get_untracked())
                .filter(|t| matches!(t, TenantId::Domain(_)))
            else {
                status.set(Some(Err(Problem::NoEmail)));
                return;
            };
            let url = admin::discovery_url(&profile, profile.cloud, &domain);
            let host = profile.authority_host().to_string();
            leptos::task::spawn_local(async move {
                let found = match browser::get_text(&url).await {
                    Ok((code, body)) => {
                        admin::parse_discovery(code, &body, &domain.to_string(), &host)
                    }
                    Err(_) => {
                        status.set(Some(Err(Problem::Unreachable)));
                        return;
                    }
                };
                status.set(Some(match found {
                    Discovery::Found { tenant_id, .. } => Ok(TenantId::Id(tenant_id)),
                    Discovery::NotFound(domain) => Err(Problem::NotFound(domain)),
                    Discovery::OtherCloud(_) => Err(Problem::OtherCloud),
                    Discovery::Unreadable(reason) => Err(Problem::Unreadable(reason)),
                }));
            });
        }
    };
    let message = move || {
        let Some(Ok(tenant)) = status.get() else {
            return None;
        };
        let url = admin_consent_url(&profile, profile.app.client_id, Some(&tenant)).ok();
        let page = admin_page(&browser::origin(), Some(&tenant));
        let check = tenant_page(&browser::origin(), Some(&tenant), code);
        let (subject, body) = ask_admin_message(
            m.get(),
            &profile,
            url.as_deref(),
            admin_link.as_deref(),
            Some(&page),
            Some(&check),
            &facts_line,
        );
        Some((tenant, mailto(&subject, &body), body))
    };
    view! {
        <div class="ask-admin-helper">
            <label for="work-email">{tr(Msg::AskAdminEmailLabel)}</label>
            <div class="inline">
                <input id="work-email" type="email" autocomplete="email" placeholder="alex@contoso.com" prop:value=move || email.get()
                    on:input:target=move |ev| email.set(ev.target().value()) />
                <button type="button" data-action="find-organization" on:click=find>{tr(Msg::AskAdminFind)}</button>
            </div>
            <p class="muted">{tr(Msg::AskAdminPrivacy)}</p>
            {move || match status.get() {
                Some(Err(e)) => Some(view! { <p class="field-error" role="alert">{e.text(m.get())}</p> }.into_any()),
                _ => None,
            }}
            {move || message().map(|(tenant, mailto, body)| {
                let copy = body.clone();
                let heading = m.get().text(Msg::AskAdminMessageFor, &[("tenant", &tenant.to_string())]);
                view! {
                    <div class="snippet" data-message-for=tenant.to_string()>
                        <div class="snippet-head">
                            <span>{heading}</span>
                            <CopyButton text=copy label=tr(Msg::CopyButtonCopyMessage) />
                        </div>
                        <pre><code>{body}</code></pre>
                    </div>
                    <p><a class="button" href=mailto data-mailto="">{tr(Msg::AskAdminOpenEmail)}</a></p>
                }
            })}
        </div>
    }
}
