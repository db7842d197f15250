use consent_core::i18n::Msg;
use consent_core::Audience;
use leptos::prelude::*;

use crate::i18n::tr;

/// "Who are you?" — re-renders the same diagnosis in another voice.
#[component]
pub fn AudienceSwitch(
    audience: RwSignal<Audience>,
    #[prop(into)] on_change: Callback<Audience>,
) -> impl IntoView {
    view! {
        <div class="audience-switch" role="group" aria-label=tr(Msg::AudienceSwitchLabel)>
            {Audience::ALL
                .into_iter()
                .map(|a| {
                    view! {
                        <button
                            type="button"
                            data-audience-option=a.id()
                            aria-pressed=move || (audience.get() == a).to_string()
                            on:click=move |_| on_change.run(a)
                        >
                            {tr(a.label())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
