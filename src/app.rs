//! The shell: header, navigation, routes, footer. Pages own their state.

use std::sync::Arc;

use consent_core::Profile;
use leptos::prelude::*;

use crate::routes::{route, Page, Route};
use crate::signin::SignInState;
use crate::{browser, router};
use crate::{PageSet, ProfileCtx};

#[component]
pub fn App(profile: Arc<Profile>, pages: PageSet) -> impl IntoView {
    provide_context(ProfileCtx(profile.clone()));
    provide_context(SignInState(RwSignal::new(None)));
    provide_context(crate::CodeWords::new());
    let path = router::install(pages.bundle).path;
    let product = profile.product_name.clone();
    let company = profile.company_name.clone();
    let contact = profile.support_contact();
    let demo = profile.emulator_authority.is_some();
    let footer = format!("{product} is made by {company}. Questions: {contact}.");
    let company = profile.company_name.clone();
    let logo = profile.branding.logo.clone().map(|src| {
        let alt = format!("{company} logo");
        view! { <img class="brand-logo" src=src alt=alt height="28" /> }
    });
    let accent = profile.branding.accent.clone();
    if let Some(accent) = accent {
        browser::set_root_style("--accent", &accent);
    }
    let nav = move |page: Page, label: &'static str| {
        view! {
            <a href=page.path() aria-current=move || (route(&path.get()) == Route::Page(page)).then_some("page")>{label}</a>
        }
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="brand">
                <a href=Page::Start.path()>
                    {logo}
                    <span class="brand-product">{product}</span>
                    <span class="brand-sub">" · sign-in help"</span>
                </a>
            </div>
            <nav aria-label="Main">
                {nav(Page::Start, "Start")}
                {nav(Page::Check, "Sign-in check")}
                {nav(Page::Admin, "For admins")}
                {nav(Page::Support, "For support")}
                {nav(Page::Errors, "Error codes")}
            </nav>
        </header>
        {demo.then(|| view! {
            <p class="demo-banner" role="note">
                "Demo mode: sign-in goes to the local Entra emulator, not to Microsoft."
            </p>
        })}
        <main id="main" tabindex="-1">
            {move || (pages.render)(route(&path.get()))}
        </main>
        <footer class="site-footer">
            <p>{footer}</p>
            <p><a href=Page::Developers.path()>{format!("For {company}'s developers: send failed sign-ins here")}</a></p>
            <p class="muted">
                "This page runs entirely in your browser. What you paste stays here; sign-in tokens are kept in memory only and never sent anywhere else."
            </p>
        </footer>
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
