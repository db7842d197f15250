use consent_core::i18n::Msg;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::router::use_path;

/// A page this build does not have. The loader and the router share one rule
/// (`consent_core::routes`), so this shows only if a page is opened in the wrong build some
/// other way; the link loads the page normally (a reload would loop).
#[component]
pub fn OtherBuild() -> impl IntoView {
    let href = use_path().get_untracked();
    view! {
        <section class="page">
            <p>{tr(Msg::OtherBuildText)}</p>
            <p><a class="button primary" href=href>{tr(Msg::OtherBuildOpen)}</a></p>
        </section>
    }
}
