use consent_core::i18n::Msg;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::routes::Page;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(Msg::NotFoundTitle)}</h1>
            <p>{tr(Msg::NotFoundText)}</p>
            <p><a class="button primary" href=Page::Start.path()>{tr(Msg::NotFoundHome)}</a></p>
        </section>
    }
}
