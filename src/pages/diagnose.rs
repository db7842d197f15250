use consent_core::diagnosis::{diagnose, Options};
use consent_core::intake::Dropped;
use consent_core::{Audience, Intake};
use leptos::prelude::*;

use crate::components::DiagnosisView;
use crate::{browser, use_code_words, use_profile};

/// `/diagnose`: the diagnosis of the query string and fragment it was opened with.
#[component]
pub fn Diagnose() -> impl IntoView {
    let profile = use_profile();
    let hash_version = browser::hash_changes();
    let intake = Memo::new(move |_| {
        hash_version.track();
        let (_, search, hash) = browser::current_location();
        Intake::from_location(&search, &hash)
    });
    let audience = RwSignal::new(intake.get_untracked().audience.unwrap_or_default());
    Effect::new(move |_| {
        if let Some(a) = intake.get().audience {
            audience.set(a);
        }
    });
    let origin = browser::origin();
    let words = use_code_words();
    let messages = crate::i18n::use_messages();
    let diagnosis = Memo::new(move |_| {
        let intake = intake.get();
        // No sign-in was started on this page, so a redirect response (it carries `state` or a
        // code) arrived here from somewhere else: show it, but as unverified.
        let unsolicited =
            intake.state_present || intake.dropped.contains(&Dropped::AuthorizationCode);
        let options = Options {
            unsolicited,
            origin: Some(origin.clone()),
            notes: Vec::new(),
            texts: words.texts(),
            messages: Some(messages.get()),
        };
        diagnose(&intake, &profile, audience.get(), &options)
    });
    let on_audience = move |a: Audience| {
        audience.set(a);
        browser::set_param("audience", a.id());
    };
    view! { <DiagnosisView diagnosis audience on_audience /> }
}
