use consent_core::i18n::Msg;
use consent_core::intake::MAX_TEXT_BYTES;
use consent_core::urls::encode;
use leptos::prelude::*;

use crate::i18n::{tr, use_messages};
use crate::router;
use crate::routes::Page;
use crate::use_profile;

/// Screens people describe, as one-click starting points: the screen's title in the
/// reader's language, and the English wording the diagnosis recognises.
const SCREENS: [(Msg, &str); 6] = [
    (Msg::HomeScreenNeedAdminApproval, "Need admin approval"),
    (Msg::HomeScreenApprovalRequired, "Approval required"),
    (Msg::HomeScreenAppRisky, "This app may be risky"),
    (Msg::HomeScreenCantGetThere, "You can't get there from here"),
    (
        Msg::HomeScreenConditionalAccess,
        "Access has been blocked by Conditional Access policies",
    ),
    (Msg::HomeScreenAppDisabled, "Application is disabled"),
];

/// `/`: what do you see? Paste an error, pick the screen, or choose your role.
#[component]
pub fn Home() -> impl IntoView {
    let profile = use_profile();
    let product = profile.product_name.clone();
    let m = use_messages();
    let with_product = move |msg: Msg| {
        let product = product.clone();
        move || m.get().text(msg, &[("product", &product)])
    };
    let text = RwSignal::new(String::new());
    let too_long = move || text.with(|t| t.len() > MAX_TEXT_BYTES);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked();
        if value.trim().is_empty() || value.len() > MAX_TEXT_BYTES {
            return;
        }
        // The text goes in the fragment: browsers never send fragments to the server.
        router::go_to_page(&format!(
            "{}#text={}",
            Page::Diagnose.path(),
            encode(&value)
        ));
    };
    view! {
        <section class="page home">
            <h1>{with_product(Msg::HomeTitle)}</h1>
            <p class="lead">{tr(Msg::HomeLead)}</p>
            <form class="paste-box" on:submit=submit>
                <label for="paste">{tr(Msg::HomePasteLabel)}</label>
                <textarea
                    id="paste"
                    name="text"
                    rows="7"
                    spellcheck="false"
                    placeholder=tr(Msg::HomePastePlaceholder)
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())
                ></textarea>
                {move || too_long().then(|| view! {
                    <p class="field-error" role="alert">{tr(Msg::HomeTooLong)}</p>
                })}
                <p class="muted">{tr(Msg::HomePrivacy)}</p>
                <button type="submit" class="button primary" data-action="diagnose">{tr(Msg::HomeDiagnose)}</button>
            </form>
            <h2>{tr(Msg::HomeScreensTitle)}</h2>
            <ul class="screens">
                {SCREENS
                    .iter()
                    .map(|(label, text)| {
                        let href = format!("{}#text={}", Page::Diagnose.path(), encode(text));
                        view! { <li><a href=href>{tr(*label)}</a></li> }
                    })
                    .collect_view()}
            </ul>
            <h2>{tr(Msg::HomeRolesTitle)}</h2>
            <div class="roles">
                <a class="role" href=Page::Check.path()>
                    <strong>{tr(Msg::HomeRoleUser)}</strong>
                    <span>{with_product(Msg::HomeRoleUserText)}</span>
                </a>
                <a class="role" href=Page::Admin.path()>
                    <strong>{tr(Msg::HomeRoleAdmin)}</strong>
                    <span>{with_product(Msg::HomeRoleAdminText)}</span>
                </a>
                <a class="role" href=Page::Support.path()>
                    <strong>{tr(Msg::HomeRoleSupport)}</strong>
                    <span>{tr(Msg::HomeRoleSupportText)}</span>
                </a>
            </div>
        </section>
    }
}
