use consent_core::admin::{self, Discovery, Request, ScopeMode};
use consent_core::diagnosis::{diagnose, Options};
use consent_core::fixes::FixId;
use consent_core::urls::{permissions_blade, Blade};
use consent_core::{Audience, ClientId, Cloud, Guid, Intake, TenantId};
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

/// `/admin`: the admin-consent link for your tenant (with discovery), the admin-center
/// links, the command equivalents, and the fix for each situation users report.
#[component]
pub fn Admin() -> impl IntoView {
    let profile = use_profile();
    let (_, search, hash) = browser::current_location();
    let params = Intake::from_location(&search, &hash);
    let cloud = RwSignal::new(
        browser::query_value(&search, "cloud")
            .and_then(|c| Cloud::parse(&c))
            .unwrap_or(profile.cloud),
    );
    let tenant_text = RwSignal::new(
        params
            .tenant
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let scope_mode = RwSignal::new(ScopeMode::Default);
    let requested_client: Option<ClientId> = params.app_id;
    let client_known = requested_client.is_none_or(|c| profile.is_known_client(c));
    let client = requested_client.unwrap_or(profile.app.client_id);
    // An unknown app gets links only after the admin types its ID (docs/security.md, F1).
    let confirm_text = RwSignal::new(String::new());
    let confirmed = move || client_known || ClientId::parse(&confirm_text.get()) == Some(client);
    let tenant = Memo::new(move |_| {
        let text = tenant_text.get();
        if text.trim().is_empty() {
            Ok(None)
        } else {
            TenantId::parse(&text).map(Some).ok_or(())
        }
    });
    let product = profile.product_name.clone();
    let links_profile = {
        // The generator may name an unknown app once confirmed; the core refuses otherwise.
        let mut p = (*profile).clone();
        if !client_known {
            p.allowed_client_ids.push(client);
        }
        p
    };
    let links = Memo::new(move |_| {
        let tenant = tenant.get().ok().flatten();
        admin::consent_links(
            &links_profile,
            &Request {
                client,
                tenant,
                cloud: cloud.get(),
                scopes: scope_mode.get(),
            },
        )
    });
    let guide_profile = profile.clone();
    let words = crate::use_code_words();
    view! {
        <section class="page admin">
            <h1>{format!("Approve {product} for your organization")}</h1>
            <p class="lead">"The one-click consent link for your tenant, the same grant as a command, and the fix for each situation users report."</p>
            {(!client_known).then(|| view! {
                <div class="warning" data-warning="unknown-client" role="alert">
                    <strong>"The link that opened this page names an app this site does not know"</strong>
                    <p class="big-id"><code>{client.to_string()}</code></p>
                    <p>{format!("This is not {product}. Granting consent to an app you cannot identify is how consent phishing works: check the ID with the app's vendor first. To build links for it anyway, type the application ID.")}</p>
                    <label for="confirm-client">"Application ID, typed to confirm"</label>
                    <input id="confirm-client" type="text" autocomplete="off" prop:value=move || confirm_text.get()
                        on:input:target=move |ev| confirm_text.set(ev.target().value()) />
                </div>
            })}
            <p class="tenant-check-link">
                "Users still blocked and you don't know why? "
                <a data-tenant-check-link="" href=move || consent_core::diagnosis::tenant_page("", tenant.get().ok().flatten().as_ref(), None)>"Run the tenant check"</a>
                ": it reads your tenant's consent settings (read-only) and names the setting that blocks the app."
            </p>
            <TenantLookup tenant_text cloud />
            <section class="generator" aria-labelledby="generator-title">
                <h2 id="generator-title">"Admin-consent link"</h2>
                <div class="form-grid">
                    <label for="cloud">"Microsoft cloud"</label>
                    <select id="cloud" on:change:target=move |ev| {
                        if let Some(c) = Cloud::parse(&ev.target().value()) { cloud.set(c) }
                    }>
                        {Cloud::ALL.into_iter().map(|c| view! { <option value=c.id() selected=move || cloud.get() == c>{c.label()}</option> }).collect_view()}
                    </select>
                    <fieldset class="scope-mode">
                        <legend>"Permissions to request"</legend>
                        <label class="checkbox"><input type="radio" name="scopes" checked=true on:change=move |_| scope_mode.set(ScopeMode::Default) />
                            " Everything configured on the app registration (.default)"</label>
                        <label class="checkbox"><input type="radio" name="scopes" on:change=move |_| scope_mode.set(ScopeMode::Explicit) />
                            " Only the permissions listed by this site"</label>
                    </fieldset>
                </div>
                {move || match tenant.get() {
                    Err(()) => view! { <p class="field-error" role="alert">"Enter your tenant ID (a GUID), a verified domain such as contoso.com, or your work e-mail address."</p> }.into_any(),
                    Ok(_) if !confirmed() => view! { <p class="field-error" role="alert">"No consent link until the application ID is confirmed above."</p> }.into_any(),
                    Ok(_) => {
                        let l = links.get();
                        view! {
                            <ConsentLink form="v2" label="Admin consent (recommended)" explain="Grants the permissions for everyone in your organization in one step." result=l.v2 primary=true />
                            <ConsentLink form="v1" label="Admin consent, v1 form" explain="Grants every permission on the app registration, for every API it uses." result=l.v1 primary=false />
                            <ConsentLink form="sign-in" label="Sign in and consent on behalf of your organization" explain="Opens Microsoft's permissions screen; tick \"Consent on behalf of your organization\" before you accept." result=l.sign_in primary=false />
                            {(!l.notes.is_empty()).then(|| view! { <ul class="fix-notes">{l.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> })}
                        }.into_any()
                    }
                }}
            </section>
            <AdminCenterLinks cloud tenant=Signal::derive(move || tenant.get().ok().flatten()) />
            <Commands cloud />
            {GUIDE.iter().map(move |(id, title, code)| {
                // The guide speaks about the app the link named; for an unknown app that means
                // no consent link in it either.
                let named = requested_client.map(|c| format!("&client_id={c}")).unwrap_or_default();
                let intake = Intake::from_location(&format!("error_codes={code}{named}"), "");
                let d = diagnose(&intake, &guide_profile, Audience::Admin, &Options::default());
                let code = *code;
                let meaning = move || words.texts().and_then(|t| t.get(code)).map(|t| t.meaning.clone());
                view! {
                    <section class="guide" id=*id>
                        <h2>{*title}</h2>
                        <p>{meaning}</p>
                        <ol class="fixes">
                            {d.fixes.into_iter().enumerate().map(|(index, card)| view! { <FixCardView card index /> }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
            <AppOnlyGuide />
        </section>
    }
}

#[component]
fn ConsentLink(
    /// `v2`, `v1` or `sign-in`, as `data-consent-form`.
    form: &'static str,
    label: &'static str,
    explain: &'static str,
    result: Result<String, consent_core::urls::ConsentUrlError>,
    primary: bool,
) -> impl IntoView {
    match result {
        Ok(href) => {
            let copy = href.clone();
            let shown = href.clone();
            let link = if primary {
                view! { <a data-consent-url="" class="button primary" href=href rel="noopener noreferrer">{label}</a> }.into_any()
            } else {
                view! { <a class="button" href=href rel="noopener noreferrer">{label}</a> }
                    .into_any()
            };
            view! {
                <div class="consent-option" data-consent-form=form>
                    <p class="consent-link">{link}" "<CopyButton text=copy label="Copy link" /></p>
                    <p class="muted">{explain}</p>
                    <p class="url-preview"><code>{shown}</code></p>
                </div>
            }
            .into_any()
        }
        Err(reason) => {
            view! { <p class="field-error" role="alert">{format!("{label}: {reason}.")}</p> }
                .into_any()
        }
    }
}

/// Finds the tenant ID (and cloud) for a domain or e-mail address from Microsoft's OpenID
/// metadata, so nobody has to type a GUID.
#[component]
fn TenantLookup(tenant_text: RwSignal<String>, cloud: RwSignal<Cloud>) -> impl IntoView {
    let profile = use_profile();
    let result = RwSignal::new(None::<(bool, String)>);
    let look_up = move |_| {
        let Some(domain) = TenantId::parse(&tenant_text.get_untracked()) else {
            result.set(Some((
                false,
                "Enter a domain such as contoso.com or a work e-mail address.".into(),
            )));
            return;
        };
        if !matches!(domain, TenantId::Domain(_)) {
            result.set(Some((
                true,
                "That is already a tenant ID or an alias; there is nothing to look up.".into(),
            )));
            return;
        }
        let url = admin::discovery_url(&profile, cloud.get_untracked(), &domain);
        let host = profile
            .emulator_authority
            .clone()
            .unwrap_or_else(|| cloud.get_untracked().login_host().to_string());
        result.set(Some((true, "Looking it up…".into())));
        leptos::task::spawn_local(async move {
            let found = match browser::get_text(&url).await {
                Ok((status, body)) => {
                    admin::parse_discovery(status, &body, &domain.to_string(), &host)
                }
                Err(_) => Discovery::Unreadable(
                    "the sign-in service could not be reached from this page".into(),
                ),
            };
            if let Discovery::Found { tenant_id, .. } = &found {
                tenant_text.set(tenant_id.to_string());
            }
            result.set(Some((
                matches!(found, Discovery::Found { .. }),
                found.explain(),
            )));
        });
    };
    view! {
        <section class="lookup" aria-labelledby="lookup-title">
            <h2 id="lookup-title">"Your tenant"</h2>
            <label for="tenant">"Tenant ID, verified domain, or your work e-mail"</label>
            <div class="inline">
                <input id="tenant" type="text" placeholder="contoso.com" prop:value=move || tenant_text.get()
                    on:input:target=move |ev| tenant_text.set(ev.target().value()) />
                <button type="button" data-action="discover" on:click=look_up>"Look up tenant ID"</button>
            </div>
            {move || result.get().map(|(ok, text)| view! {
                <p data-discovery=if ok { "ok" } else { "error" } class=if ok { "muted" } else { "field-error" } role="status">{text}</p>
            })}
        </section>
    }
}

#[component]
fn AdminCenterLinks(
    cloud: RwSignal<Cloud>,
    #[prop(into)] tenant: Signal<Option<TenantId>>,
) -> impl IntoView {
    let profile = use_profile();
    let object_id = RwSignal::new(String::new());
    let blades = [
        (
            Blade::EnterpriseApps,
            "Enterprise applications (search for the app ID)",
        ),
        (Blade::UserConsentSettings, "User consent settings"),
        (
            Blade::AdminConsentSettings,
            "Admin consent settings (the request workflow)",
        ),
        (Blade::AdminConsentRequests, "Admin consent requests"),
        (
            Blade::ConditionalAccessPolicies,
            "Conditional Access policies",
        ),
        (
            Blade::SignInLogs,
            "Sign-in logs (filter by the app or the request ID)",
        ),
    ];
    let app = profile.app.client_id;
    view! {
        <section class="deep-links" aria-labelledby="links-title">
            <h2 id="links-title">"Microsoft Entra admin center"</h2>
            <ul>
                {blades.into_iter().map(|(blade, label)| view! {
                    <li>
                        <a href=move || blade.url(cloud.get(), tenant.get().as_ref()) target="_blank" rel="noopener noreferrer">{label}</a>
                        <span class="muted">" — "{blade.menu_path()}</span>
                    </li>
                }).collect_view()}
            </ul>
            <label for="sp-object-id">"The app's enterprise application object ID (optional, for a direct Permissions link)"</label>
            <input id="sp-object-id" type="text" placeholder="00000000-0000-0000-0000-000000000000" prop:value=move || object_id.get()
                on:input:target=move |ev| object_id.set(ev.target().value()) />
            {move || Guid::parse(&object_id.get()).map(|oid| {
                let href = permissions_blade(cloud.get(), tenant.get().as_ref(), oid, app);
                view! { <p><a href=href target="_blank" rel="noopener noreferrer">"Open the app's Permissions page (Grant admin consent)"</a></p> }
            })}
        </section>
    }
}

#[component]
fn Commands(cloud: RwSignal<Cloud>) -> impl IntoView {
    let profile = use_profile();
    let list_profile = profile.clone();
    let commands = Memo::new(move |_| admin::commands(&list_profile, cloud.get()));
    view! {
        <section class="commands" aria-labelledby="commands-title">
            <h2 id="commands-title">"The same as a command"</h2>
            {move || commands.get().into_iter().map(|c| {
                let copy = c.text.clone();
                let label = format!("Copy {}", c.tool);
                view! {
                    <div class="snippet" data-command=c.tool>
                        <div class="snippet-head"><span>{c.tool}</span><CopyButton text=copy label=label /></div>
                        <p class="muted snippet-what">{c.what}</p>
                        <pre><code>{c.text}</code></pre>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// App-only access and limiting it to chosen mailboxes
/// (learn.microsoft.com/graph/auth-limit-mailbox-access).
#[component]
fn AppOnlyGuide() -> impl IntoView {
    let profile = use_profile();
    if profile.application_permissions.is_empty() {
        return ().into_any();
    }
    let group = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let command_profile = profile.clone();
    let command = Memo::new(move |_| {
        admin::application_access_policy(&command_profile, &group.get(), &user.get())
    });
    let intake = Intake::default();
    let d = diagnose(&intake, &profile, Audience::Admin, &Options::default());
    let card = consent_core::fixes::card(
        FixId::AppOnlyAccess,
        &consent_core::fixes::FixContext {
            profile: &profile,
            audience: Audience::Admin,
            tenant: None,
            code: None,
            consent_url: d.consent_url.as_deref(),
            facts_line: String::new(),
            admin_link: None,
            admin_page: None,
            tenant_page: None,
            m: consent_core::i18n::Messages::english(),
        },
    );
    view! {
        <section class="guide" id="app-only">
            <h2>"App-only access for server-side sync"</h2>
            <ol class="fixes">{card.map(|card| view! { <FixCardView card index=0 /> })}</ol>
            <div class="form-grid">
                <label for="policy-group">"Mail-enabled security group"</label>
                <input id="policy-group" type="text" placeholder="sync-users@contoso.com" prop:value=move || group.get() on:input:target=move |ev| group.set(ev.target().value()) />
                <label for="policy-user">"A mailbox to test"</label>
                <input id="policy-user" type="text" placeholder="alex@contoso.com" prop:value=move || user.get() on:input:target=move |ev| user.set(ev.target().value()) />
            </div>
            <div class="snippet" data-command="access-policy">
                <div class="snippet-head"><span>"Exchange Online PowerShell"</span><CopyButton text=Signal::derive(move || command.get().text) label="Copy commands" /></div>
                <pre><code>{move || command.get().text}</code></pre>
            </div>
        </section>
    }
    .into_any()
}
