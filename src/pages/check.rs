use consent_core::i18n::Msg;
use consent_core::signin::clean_login_hint;
use leptos::prelude::*;

use crate::components::CheckView;
use crate::i18n::{tr, use_messages};
use crate::signin::{self, use_sign_in};
use crate::{browser, use_profile};

/// `/check`: sign in to see which permissions are granted; after a sign-in, the result.
#[component]
pub fn Check() -> impl IntoView {
    let state = use_sign_in();
    move || match state.0.get() {
        Some(signed) => view! { <CheckView signed /> }.into_any(),
        None => view! { <SignInPrompt /> }.into_any(),
    }
}

#[component]
fn SignInPrompt() -> impl IntoView {
    let profile = use_profile();
    let product = profile.product_name.clone();
    let (_, search, _) = browser::current_location();
    let hint = search
        .strip_prefix('?')
        .unwrap_or(&search)
        .split('&')
        .find_map(|p| p.strip_prefix("login_hint="))
        .map(|v| consent_core::text::percent_decode(v, true))
        .and_then(|h| clean_login_hint(&h));
    let error = RwSignal::new(None::<String>);
    let messages = crate::i18n::use_messages();
    let start = {
        let profile = profile.clone();
        let hint = hint.clone();
        move |_| {
            if let Err(e) = signin::start(&profile, hint.as_deref(), messages.get_untracked()) {
                error.set(Some(e));
            }
        }
    };
    let rows = profile
        .delegated_permissions
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <td>{p.resource_name().to_string()}</td>
                    <td><code>{p.name.to_string()}</code></td>
                    <td>{crate::i18n::why_in_language(p)}</td>
                </tr>
            }
        })
        .collect_view();
    let authority = profile.authority_host().to_string();
    let m = use_messages();
    let with_product = move |msg: Msg| {
        let product = product.clone();
        move || m.get().text(msg, &[("product", &product)])
    };
    let authority = move || {
        m.get()
            .text(Msg::CheckPageAuthority, &[("authority", &authority)])
    };
    view! {
        <section class="page">
            <h1>{tr(Msg::CheckPageTitle)}</h1>
            <p class="lead">{with_product(Msg::CheckPageLead)}</p>
            <p>
                <button type="button" class="button primary" data-action="sign-in" on:click=start>{tr(Msg::CheckPageSignIn)}</button>
            </p>
            {hint.map(|h| {
                let text = move || m.get().text(Msg::CheckPageHint, &[("account", &h)]);
                view! { <p class="muted">{text}</p> }
            })}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <p class="muted">{authority}</p>
            <h2>{with_product(Msg::CheckPageAsksFor)}</h2>
            <table class="permissions">
                <thead><tr>
                    <th scope="col">{tr(Msg::CheckPageColApi)}</th>
                    <th scope="col">{tr(Msg::CheckPageColPermission)}</th>
                    <th scope="col">{tr(Msg::CheckPageColWhy)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
