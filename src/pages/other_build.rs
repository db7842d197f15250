use leptos::prelude::*;

use crate::router::use_path;

/// A page this build does not have. Only reached when the loader in `Trunk.toml` and
/// `Bundle::serves` disagree; the link loads the page normally (a reload would loop).
#[component]
pub fn OtherBuild() -> impl IntoView {
    let href = use_path().get_untracked();
    view! {
        <section class="page">
            <p>"This page is part of the full help site."</p>
            <p><a class="button primary" href=href>"Open it"</a></p>
        </section>
    }
}
