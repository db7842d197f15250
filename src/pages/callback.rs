use consent_core::diagnosis::{diagnose, Options};
use consent_core::{Audience, Intake};
use leptos::prelude::*;

use crate::components::DiagnosisView;
use crate::routes::Page;
use crate::{browser, use_profile};

/// `/callback`: where Microsoft sends the browser back. The address bar is cleaned before
/// anything else happens, so a code or state never lingers in history, screenshots or
/// shared links.
#[component]
pub fn Callback() -> impl IntoView {
    let (_, search, hash) = browser::current_location();
    browser::replace_url(Page::Callback.path());
    let profile = use_profile();
    let intake = Intake::from_location(&search, &hash);
    // This browser has no sign-in in progress (the sign-in check stores one when it starts),
    // so whatever arrived was not asked for here.
    let options = Options {
        unsolicited: true,
        origin: Some(browser::origin()),
    };
    let audience = RwSignal::new(intake.audience.unwrap_or(Audience::User));
    let diagnosis = Memo::new(move |_| diagnose(&intake, &profile, audience.get(), &options));
    view! { <DiagnosisView diagnosis audience on_audience=move |a| audience.set(a) /> }
}
