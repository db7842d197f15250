//! One file per route (docs/public-interface.md §2), and the two page sets the builds are made of.

use leptos::prelude::*;

use crate::routes::{Page, Route};

mod admin;
mod callback;
mod check;
mod developers;
mod diagnose;
mod errors;
mod home;
mod not_found;
mod other_build;
mod support;
mod tenant;

pub use admin::Admin;
pub use callback::Callback;
pub use check::Check;
pub use developers::Developers;
pub use diagnose::Diagnose;
pub use errors::{ErrorDetail, ErrorIndex};
pub use home::Home;
pub use not_found::NotFound;
pub use other_build::OtherBuild;
pub use support::Support;
pub use tenant::{Tenant, TenantLive};

/// Every page (the full build).
pub fn full(route: Route) -> AnyView {
    match route {
        Route::Page(Page::Callback) => view! { <Callback /> }.into_any(),
        Route::Page(Page::Check) => view! { <Check /> }.into_any(),
        Route::Page(Page::Admin) => view! { <Admin /> }.into_any(),
        Route::Page(Page::Support) => view! { <Support /> }.into_any(),
        Route::Page(Page::Tenant) => view! { <Tenant /> }.into_any(),
        Route::Page(Page::Errors) => view! { <ErrorIndex /> }.into_any(),
        Route::ErrorCode(code) => view! { <ErrorDetail code /> }.into_any(),
        Route::Page(Page::Developers) => view! { <Developers /> }.into_any(),
        other => first_visit(other),
    }
}

/// The pages people arrive on with an error (the first-visit build), as
/// `Bundle::for_route` assigns them. "Not found" is here too because the full build shows it
/// through this function.
pub fn first_visit(route: Route) -> AnyView {
    match route {
        Route::Page(Page::Start) => view! { <Home /> }.into_any(),
        Route::Page(Page::Diagnose) => view! { <Diagnose /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
        _ => view! { <OtherBuild /> }.into_any(),
    }
}
