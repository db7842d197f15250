//! The shell: header, navigation, routes, footer. Pages own their state.

use std::sync::Arc;

use consent_core::Profile;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use crate::pages;
use crate::routes::Page;
use crate::signin::SignInState;
use crate::ProfileCtx;

#[component]
pub fn App(profile: Arc<Profile>) -> impl IntoView {
    provide_context(ProfileCtx(profile.clone()));
    provide_context(SignInState(RwSignal::new(None)));
    let product = profile.product_name.clone();
    let company = profile.company_name.clone();
    let contact = profile.support_contact();
    let demo = profile.emulator_authority.is_some();
    let footer = format!("{product} is made by {company}. Questions: {contact}.");
    let logo = profile.branding.logo.clone().map(|src| {
        let alt = format!("{company} logo");
        view! { <img class="brand-logo" src=src alt=alt height="28" /> }
    });
    let accent = profile.branding.accent.clone();
    if let Some(accent) = accent {
        // A CSS custom property set through the style API, which CSP allows (no inline <style>).
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
                let _ = html.style().set_property("--accent", &accent);
            }
        }
    }
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="site-header">
                <div class="brand">
                    <A href=Page::Start.path()>
                        {logo}
                        <span class="brand-product">{product}</span>
                        <span class="brand-sub">" · sign-in help"</span>
                    </A>
                </div>
                <nav aria-label="Main">
                    <A href=Page::Start.path()>"Start"</A>
                    <A href=Page::Check.path()>"Sign-in check"</A>
                    <A href=Page::Admin.path()>"For admins"</A>
                    <A href=Page::Support.path()>"For support"</A>
                    <A href=Page::Errors.path()>"Error codes"</A>
                </nav>
            </header>
            {demo.then(|| view! {
                <p class="demo-banner" role="note">
                    "Demo mode: sign-in goes to the local Entra emulator, not to Microsoft."
                </p>
            })}
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <pages::NotFound /> }>
                    <Route path=path!("/") view=pages::Home />
                    <Route path=path!("/diagnose") view=pages::Diagnose />
                    <Route path=path!("/callback") view=pages::Callback />
                    <Route path=path!("/check") view=pages::Check />
                    <Route path=path!("/admin") view=pages::Admin />
                    <Route path=path!("/support") view=pages::Support />
                    <Route path=path!("/errors") view=pages::ErrorIndex />
                    <Route path=path!("/errors/:code") view=pages::ErrorDetail />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    {footer}
                </p>
                <p class="muted">
                    "This page runs entirely in your browser. What you paste stays here; sign-in tokens are kept in memory only and never sent anywhere else."
                </p>
            </footer>
        </Router>
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
