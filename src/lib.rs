//! Consent Doctor's browser app: Leptos components over the pure `consent_core` crate.
//!
//! - [`app`] routes and lays out the pages; [`routes`] names them;
//! - `pages/` holds one file per route, `components/` the pieces they share;
//! - [`browser`] is the only module that touches browser APIs directly.

pub mod app;
pub mod browser;
mod components;
mod pages;
pub mod router;
pub mod routes;
pub mod signin;

use std::sync::Arc;

use consent_core::Profile;
use leptos::prelude::*;

/// The deployment profile, shared with every page through context.
#[derive(Clone)]
pub struct ProfileCtx(pub Arc<Profile>);

/// The profile of this deployment; pages call this at their top.
pub fn use_profile() -> Arc<Profile> {
    expect_context::<ProfileCtx>().0
}

/// Replaces the boot message with the app, or with the reason the profile is unusable.
pub fn mount(profile: Result<Profile, browser::LoadError>) {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    match profile {
        Ok(profile) => {
            leptos::mount::mount_to_body(move || view! { <app::App profile=Arc::new(profile) /> })
        }
        Err(error) => leptos::mount::mount_to_body(
            move || view! { <app::ProfileProblem error=error.to_string() /> },
        ),
    }
}
