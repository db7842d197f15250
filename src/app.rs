//! The shell: header, navigation, routes, footer. Pages own their state.

use std::sync::Arc;

use consent_core::Profile;
use leptos::prelude::*;

use consent_core::i18n::{Language, Msg};

use crate::i18n::{switch_language, tr, use_language, use_messages};
use crate::routes::{route, Page, Route};
use crate::signin::SignInState;
use crate::{browser, router};
use crate::{PageSet, ProfileCtx};

#[component]
pub fn App(profile: Arc<Profile>, pages: PageSet) -> impl IntoView {
    // What outlives a change of language: the profile, an in-memory sign-in, the code
    // words, the router's listeners. Everything below them renders again in the new
    // language; the page's own state is in the address, so the diagnosis is the same.
    provide_context(ProfileCtx(profile.clone()));
    provide_context(SignInState(RwSignal::new(None)));
    provide_context(crate::CodeWords::new());
    let path = router::install(pages.bundle).path;
    let m = use_messages();
    move || {
        m.track();
        view! { <Shell profile=profile.clone() pages path /> }
    }
}

/// Header, the page, footer, in the current language.
#[component]
fn Shell(profile: Arc<Profile>, pages: PageSet, path: RwSignal<String>) -> impl IntoView {
    let m = use_messages();
    let product = profile.product_name.clone();
    let company = profile.company_name.clone();
    let contact = profile.support_contact();
    let demo = profile.emulator_authority.is_some();
    let footer = {
        let (product, company) = (product.clone(), company.clone());
        move || {
            m.get().text(
                Msg::FooterMadeBy,
                &[
                    ("product", &product),
                    ("company", &company),
                    ("contact", &contact),
                ],
            )
        }
    };
    let developers = {
        let company = company.clone();
        move || {
            m.get()
                .text(Msg::FooterDevelopers, &[("company", &company)])
        }
    };
    let logo = profile.branding.logo.clone().map(|src| {
        let alt = format!("{company} logo");
        view! { <img class="brand-logo" src=src alt=alt height="28" /> }
    });
    let title_product = product.clone();
    Effect::new(move |_| {
        browser::set_document_title(&m.get().text(Msg::PageTitle, &[("product", &title_product)]));
    });
    let accent = profile.branding.accent.clone();
    if let Some(accent) = accent {
        browser::set_root_style("--accent", &accent);
    }
    let nav = move |page: Page, label: Msg| {
        view! {
            <a href=page.path() aria-current=move || (route(&path.get()) == Route::Page(page)).then_some("page")>{tr(label)}</a>
        }
    };
    view! {
        <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="brand">
                <a href=Page::Start.path()>
                    {logo}
                    <span class="brand-product">{product}</span>
                    <span class="brand-sub">" "{tr(Msg::BrandSub)}</span>
                </a>
            </div>
            <nav aria-label=tr(Msg::NavLabel)>
                {nav(Page::Start, Msg::NavStart)}
                {nav(Page::Check, Msg::NavCheck)}
                {nav(Page::Admin, Msg::NavAdmin)}
                {nav(Page::Support, Msg::NavSupport)}
                {nav(Page::Errors, Msg::NavErrors)}
            </nav>
            <LanguageSwitch />
        </header>
        {demo.then(|| view! {
            <p class="demo-banner" role="note">{tr(Msg::DemoBanner)}</p>
        })}
        <main id="main" tabindex="-1">
            {move || (pages.render)(route(&path.get()))}
        </main>
        <footer class="site-footer">
            <p>{footer}</p>
            <p><a href=Page::Developers.path()>{developers}</a></p>
            <p class="muted">{tr(Msg::FooterPrivacy)}</p>
        </footer>
    }
}

/// The language switch: the nine languages by their own names, so a reader finds theirs
/// whatever the page shows now. The choice goes into the address (`lang=`).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = use_language();
    let m = ctx.messages;
    let on_change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        if let Some(choice) = browser::Choice::from_tag(&tag) {
            switch_language(ctx, choice);
        }
    };
    let english = move || ctx.choice.get() == browser::Choice::Language(Language::En);
    view! {
        <div class="language-switch">
            <label>
                <span>{tr(Msg::LanguageSwitchLabel)}" "</span>
                <select id="language-switch" data-action="language" on:change=on_change>
                    {Language::ALL.into_iter().map(|l| {
                        let selected = move || ctx.choice.get() == browser::Choice::Language(l);
                        view! { <option value=l.tag() lang=l.tag() selected=selected>{l.native_name()}</option> }
                    }).collect_view()}
                </select>
            </label>
            {move || (!english()).then(|| view! {
                <p class="muted language-note" data-language-note="">{move || m.get().get(Msg::LanguageEnglishPages)}</p>
            })}
            {move || ctx.problem.get().map(|reason| view! {
                <p role="alert" data-language-problem="">{m.get().text(Msg::LanguageLoadFailed, &[("reason", &reason)])}</p>
            })}
        </div>
    }
}

/// Shown instead of the app when `profile.json` is missing or invalid.
#[component]
pub fn ProfileProblem(error: String) -> impl IntoView {
    view! {
        <main id="main" class="profile-problem">
            <h1>"This help site is not set up correctly"</h1>
            <p role="alert" data-profile-error="">{error}</p>
            <p class="muted">"If you run this site: fix profile.json beside index.html and reload. If you are a visitor: contact the app's vendor."</p>
        </main>
    }
}
