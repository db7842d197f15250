use consent_core::intake::MAX_TEXT_BYTES;
use consent_core::urls::encode;
use leptos::prelude::*;

use crate::router;
use crate::routes::Page;
use crate::use_profile;

/// Screens people describe, as one-click starting points.
const SCREENS: [(&str, &str); 6] = [
    ("\"Need admin approval\"", "Need admin approval"),
    ("\"Approval required\"", "Approval required"),
    ("\"This app may be risky\"", "This app may be risky"),
    (
        "\"You can't get there from here\"",
        "You can't get there from here",
    ),
    (
        "Blocked by Conditional Access",
        "Access has been blocked by Conditional Access policies",
    ),
    ("\"Application is disabled\"", "Application is disabled"),
];

/// `/`: what do you see? Paste an error, pick the screen, or choose your role.
#[component]
pub fn Home() -> impl IntoView {
    let profile = use_profile();
    let product = profile.product_name.clone();
    let text = RwSignal::new(String::new());
    let too_long = move || text.with(|t| t.len() > MAX_TEXT_BYTES);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked();
        if value.trim().is_empty() || value.len() > MAX_TEXT_BYTES {
            return;
        }
        // The text goes in the fragment: browsers never send fragments to the server.
        router::go_to_page(&format!(
            "{}#text={}",
            Page::Diagnose.path(),
            encode(&value)
        ));
    };
    view! {
        <section class="page home">
            <h1>{format!("Trouble connecting {product}?")}</h1>
            <p class="lead">"Tell us what you see and we'll tell you what happened, who can fix it, and exactly how."</p>
            <form class="paste-box" on:submit=submit>
                <label for="paste">"Paste the error message, the address of the error page, or a log line"</label>
                <textarea
                    id="paste"
                    name="text"
                    rows="7"
                    spellcheck="false"
                    placeholder="For example: AADSTS90094: The grant requires admin permission. Trace ID: …"
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())
                ></textarea>
                {move || too_long().then(|| view! {
                    <p class="field-error" role="alert">"That is more than 2 MB of text. Paste only the error message and its details."</p>
                })}
                <p class="muted">"What you paste stays in this browser; it is never uploaded."</p>
                <button type="submit" class="button primary" data-action="diagnose">"Diagnose"</button>
            </form>
            <h2>"Or pick the screen you saw"</h2>
            <ul class="screens">
                {SCREENS
                    .iter()
                    .map(|(label, text)| {
                        let href = format!("{}#text={}", Page::Diagnose.path(), encode(text));
                        view! { <li><a href=href>{*label}</a></li> }
                    })
                    .collect_view()}
            </ul>
            <h2>"Or start from who you are"</h2>
            <div class="roles">
                <a class="role" href=Page::Check.path()>
                    <strong>"I use the app"</strong>
                    <span>{format!("Check whether {product} can sign you in now, and what is missing.")}</span>
                </a>
                <a class="role" href=Page::Admin.path()>
                    <strong>"I'm an admin"</strong>
                    <span>{format!("Grant consent for {product}, with the link for your tenant and the exact settings.")}</span>
                </a>
                <a class="role" href=Page::Support.path()>
                    <strong>"I'm support"</strong>
                    <span>"Build a link that opens the right diagnosis for a customer."</span>
                </a>
            </div>
        </section>
    }
}
