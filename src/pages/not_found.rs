use leptos::prelude::*;

use crate::routes::Page;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"This page does not exist"</h1>
            <p>"The address may be mistyped or from an older version of this site."</p>
            <p><a class="button primary" href=Page::Start.path()>"Go to the start page"</a></p>
        </section>
    }
}
