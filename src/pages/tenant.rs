use std::sync::Arc;

use consent_core::signin::{self, Secret, TenantCheckRequest, Transaction};
use consent_core::tenant::{self, script, CheckContext, Snapshot, TenantReport};
use consent_core::{AadstsCode, Cloud, Profile, TenantId};
use leptos::prelude::*;

use crate::components::{CopyButton, TenantFindings};
use crate::routes::Page;
use crate::{browser, tenant_check, use_profile};

/// What `/tenant` was opened with: `tenant`, `cloud`, `error_codes` (and `login_hint` for
/// the live check's account, as on `/check`).
struct Opened {
    tenant: Option<TenantId>,
    codes: Vec<AadstsCode>,
    login_hint: Option<String>,
}

fn opened() -> (Opened, Arc<Profile>) {
    let (_, search, _) = browser::current_location();
    let mut profile = (*use_profile()).clone();
    if let Some(cloud) = browser::query_value(&search, "cloud").and_then(|c| Cloud::parse(&c)) {
        profile.cloud = cloud;
    }
    // The diagnosis's parameters, read as the diagnosis reads them.
    let intake = consent_core::Intake::from_location(&search, "");
    let codes = intake.codes.into_iter().take(10).collect();
    let tenant = intake.tenant.filter(TenantId::is_specific);
    let login_hint = browser::query_value(&search, "login_hint");
    (
        Opened {
            tenant,
            codes,
            login_hint,
        },
        Arc::new(profile),
    )
}

/// `/tenant`: why this tenant blocks the app, from the admin's live read-only check or a
/// pasted snapshot. The evaluation runs here, in the browser; nothing is uploaded.
#[component]
pub fn Tenant() -> impl IntoView {
    let (opened, profile) = opened();
    let product = profile.product_name.clone();
    let tenant_text = RwSignal::new(
        opened
            .tenant
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let user_text = RwSignal::new(String::new());
    let tenant =
        Memo::new(move |_| TenantId::parse(&tenant_text.get()).filter(TenantId::is_specific));
    let user = Memo::new(move |_| {
        let u = user_text.get();
        signin::clean_login_hint(&u)
    });
    let ps = {
        let profile = profile.clone();
        Signal::derive(move || {
            script::powershell(&profile, tenant.get().as_ref(), user.get().as_deref())
        })
    };
    let cli = {
        let profile = profile.clone();
        Signal::derive(move || {
            script::azure_cli(&profile, tenant.get().as_ref(), user.get().as_deref())
        })
    };
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let result = RwSignal::new(None::<TenantReport>);
    let codes = opened.codes.clone();
    let evaluate = {
        let (profile, codes) = (profile.clone(), codes.clone());
        move |_| match Snapshot::parse(&pasted.get_untracked()) {
            Ok(snapshot) => {
                problem.set(None);
                let t = tenant.get_untracked();
                let ctx = CheckContext {
                    profile: &profile,
                    tenant: t.as_ref(),
                    codes: &codes,
                };
                result.set(Some(tenant::evaluate(&snapshot, &ctx)));
                browser::focus("tenant-result");
            }
            Err(e) => {
                result.set(None);
                problem.set(Some(e.to_string()));
            }
        }
    };
    let live_error = RwSignal::new(None::<String>);
    let live = profile.tenant_check_client_id.is_some().then(|| {
        let profile = profile.clone();
        let codes: Vec<u32> = codes.iter().map(|c| c.number()).collect();
        let hint = opened.login_hint.clone();
        let company = profile.company_name.clone();
        let start = move |_| {
            let request = TenantCheckRequest {
                tenant: tenant.get_untracked().map(|t| t.to_string()),
                codes: codes.clone(),
                user: user.get_untracked(),
            };
            let outcome = crate::signin::start_with(consent_core::i18n::Messages::english(), |random, now| {
                match signin::authorize_tenant_check(&profile, random, now, request, hint.as_deref()) {
                    Some(Ok(r)) => Ok(r),
                    Some(Err(e)) => Err(e.to_string()),
                    None => Err("This deployment has no tenant-check app.".into()),
                }
            });
            if let Err(e) = outcome {
                live_error.set(Some(e));
            }
        };
        view! {
            <section aria-labelledby="live-title">
                <h2 id="live-title">"Check with my admin account"</h2>
                <p>{format!("Sign in as an admin of your organization (Global Reader is enough). A separate, read-only app of {company} reads your consent settings with Microsoft Graph; it can read, never change. The token stays in this tab's memory and is dropped when the check ends.")}</p>
                <button type="button" class="button primary" data-action="tenant-check" on:click=start>"Check with my admin account"</button>
                {move || live_error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </section>
        }
    });
    let tenant_for_view = Signal::derive(move || tenant.get());
    let profile_for_result = profile.clone();
    view! {
        <section class="page tenant">
            <h1>"Tenant check"</h1>
            <p class="lead">{format!("Find the setting in your tenant that stops people from using {product}: read your tenant's own configuration, then see the cause, the values that prove it, and the one fix.")}</p>
            <div class="field">
                <label for="tenant-id">"Your tenant (ID or verified domain)"</label>
                <input id="tenant-id" type="text" autocomplete="off" spellcheck="false" prop:value=move || tenant_text.get() on:input=move |ev| tenant_text.set(event_target_value(&ev)) />
                <label for="tenant-user">"Optional: the sign-in name of one person who cannot get in"</label>
                <input id="tenant-user" type="email" autocomplete="off" spellcheck="false" prop:value=move || user_text.get() on:input=move |ev| user_text.set(event_target_value(&ev)) />
            </div>
            {live}
            <section aria-labelledby="script-title">
                <h2 id="script-title">"Or run a read-only script and paste its output"</h2>
                <p class="notice">"These scripts only read: every request is a GET, and nothing in your tenant changes. Run one as an admin (Global Reader is enough); the evaluation happens in this page, and nothing is uploaded."</p>
                <h3>"Microsoft Graph PowerShell"</h3>
                <pre class="script" data-script="graph-powershell">{move || ps.get()}</pre>
                <CopyButton text=ps label="Copy PowerShell script" />
                <h3>"Azure CLI (bash, for example in Azure Cloud Shell)"</h3>
                <pre class="script" data-script="azure-cli">{move || cli.get()}</pre>
                <CopyButton text=cli label="Copy Azure CLI script" />
                <label for="tenant-snapshot">"The script's output"</label>
                <textarea id="tenant-snapshot" data-input="tenant-snapshot" rows="8" spellcheck="false" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <p><button type="button" class="button primary" data-action="evaluate-snapshot" on:click=evaluate>"Check the pasted output"</button></p>
                {move || problem.get().map(|p| view! { <p class="field-error" role="alert" data-snapshot-error="">{p}</p> })}
            </section>
            <div id="tenant-result" tabindex="-1">
                {move || result.get().map(|report| view! {
                    <TenantFindings report profile=profile_for_result.clone() tenant=tenant_for_view.get() codes=codes.clone() />
                })}
            </div>
        </section>
    }
}

#[derive(Clone)]
enum LiveStatus {
    Working(String),
    Failed(String),
    Done(TenantReport),
}

/// The live check's return: `/callback` hands over a validated code of the tenant-check app.
#[component]
pub fn TenantLive(code: Secret, transaction: Transaction) -> impl IntoView {
    let profile = use_profile();
    let request = transaction.tenant_check.clone().unwrap_or_default();
    let tenant = request.tenant.as_deref().and_then(TenantId::parse);
    let codes: Vec<AadstsCode> = request
        .codes
        .iter()
        .filter_map(|c| AadstsCode::new(*c))
        .collect();
    // Back to /tenant in the address bar, so a reload offers the check again.
    let mut back = Page::Tenant.path().to_string();
    if let Some(t) = &tenant {
        back.push_str(&format!(
            "?tenant={}",
            consent_core::urls::encode(&t.to_string())
        ));
    }
    browser::replace_url(&back);
    let status = RwSignal::new(LiveStatus::Working("Starting…".into()));
    {
        let (profile, tenant, codes) = (profile.clone(), tenant.clone(), codes.clone());
        leptos::task::spawn_local(async move {
            let progress = move |line: String| status.set(LiveStatus::Working(line));
            match tenant_check::run(profile.clone(), transaction, code, progress).await {
                Ok(map) => {
                    let snapshot = Snapshot::from_map(map);
                    let ctx = CheckContext {
                        profile: &profile,
                        tenant: tenant.as_ref(),
                        codes: &codes,
                    };
                    status.set(LiveStatus::Done(tenant::evaluate(&snapshot, &ctx)));
                }
                Err(tenant_check::LiveError::Token(m)) => status.set(LiveStatus::Failed(m)),
            }
        });
    }
    let again = back.clone();
    move || {
        match status.get() {
        LiveStatus::Working(line) => view! {
            <section class="page" aria-busy="true">
                <h1>"Reading your tenant…"</h1>
                <p class="muted" aria-live="polite" data-tenant-progress="">{line}</p>
            </section>
        }
        .into_any(),
        LiveStatus::Failed(message) => view! {
            <section class="page">
                <h1>"The tenant check could not sign in"</h1>
                <p class="notice" role="alert">{message}</p>
                <p><a class="button" href=again.clone()>"Start over"</a></p>
            </section>
        }
        .into_any(),
        LiveStatus::Done(report) => view! {
            <section class="page tenant">
                <h1>"Tenant check"</h1>
                <p class="muted">"Read live with your admin account; the token has been dropped."</p>
                <TenantFindings report profile=profile.clone() tenant=tenant.clone() codes=codes.clone() />
                <p><a class="button" href=again.clone() data-action="check-again">"Check again"</a></p>
            </section>
        }
        .into_any(),
    }
    }
}
