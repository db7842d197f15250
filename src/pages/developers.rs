use consent_core::developers::{self, Surface, SNIPPETS};
use leptos::prelude::*;

use crate::components::CopyButton;
use crate::routes::Page;
use crate::{browser, use_profile};

/// The integrity value of the served `/forward.js`, once it has been read.
#[derive(Clone, PartialEq)]
enum Integrity {
    Reading,
    Ready(String),
    Unavailable(String),
}

/// `/developers`: the code that sends a failed sign-in from the vendor's own app to this
/// page, for every stack, written for this deployment's address.
#[component]
pub fn Developers() -> impl IntoView {
    let profile = use_profile();
    let product = profile.product_name.clone();
    let site = developers::site_origin(&profile);
    // The value is computed from the file this site actually serves, so it is right for
    // whatever build is deployed.
    let integrity = RwSignal::new(Integrity::Reading);
    leptos::task::spawn_local(async move {
        let state = match browser::get_text("/forward.js").await {
            Ok((200, body)) => Integrity::Ready(developers::subresource_integrity(body.as_bytes())),
            Ok((status, _)) => {
                Integrity::Unavailable(format!("the site answered {status} for /forward.js"))
            }
            Err(e) => Integrity::Unavailable(e.to_string()),
        };
        integrity.set(state);
    });
    let script_site = site.clone();
    let script_tag = Signal::derive(move || {
        match integrity.get() {
        Integrity::Ready(sri) => format!(
            "<script type=\"module\" src=\"{script_site}/forward.js\" integrity=\"{sri}\" crossorigin=\"anonymous\"></script>"
        ),
        Integrity::Reading => "Reading /forward.js…".to_string(),
        Integrity::Unavailable(why) => format!("The integrity value could not be computed: {why}."),
    }
    });
    let keys = developers::forwarded_keys()
        .map(|k| view! { <code>{k}</code>" " })
        .collect_view();
    let groups = Surface::ALL
        .into_iter()
        .map(|surface| {
            let items = SNIPPETS
                .iter()
                .filter(|s| s.surface == surface)
                .map(|s| {
                    let code = s.code_for(&site);
                    let copy = code.clone();
                    view! {
                        <section class="snippet-card" data-snippet=s.id>
                            <h3>{s.stack}</h3>
                            <p>{s.catches}</p>
                            <div class="snippet">
                                <div class="snippet-head">
                                    <span>{s.language}</span>
                                    <CopyButton text=copy label="Copy code" />
                                </div>
                                <pre><code>{code}</code></pre>
                            </div>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <h2>{surface.title()}</h2>
                {items}
            }
        })
        .collect_view();
    view! {
        <section class="page developers">
            <h1>{format!("Send failed sign-ins from {product} to this page")}</h1>
            <p class="lead">{format!(
                "When a customer's Microsoft sign-in to {product} fails, {product} can open this page with the error, and the customer sees who must do what instead of Microsoft's error screen. Add the few lines for your stack below; each names this site, {site}."
            )}</p>

            <h2>"What is forwarded, and what never is"</h2>
            <ul>
                <li>"Only Microsoft's error parameters and the library's error text: " {keys}</li>
                <li>"Never the authorization code, a token, " <code>"state"</code> ", " <code>"redirect_uri"</code> " or any other address to return to. This page also drops them if they arrive, but the code below does not rely on that."</li>
                <li>"Everything goes in the address's fragment (after " <code>"#"</code> "), which browsers do not send to servers, so errors do not end up in web server logs."</li>
                <li>"The page opens in the user's browser: the same tab, a new tab, or the add-in's browser window. It refuses to be shown inside a frame."</li>
            </ul>

            <h2 id="helper">"The forwarding helper"</h2>
            <p>
                <code>"/forward.js"</code>
                " is a small JavaScript module without dependencies, served by this site. "
                <code>"helpUrl(error)"</code>
                " turns an MSAL error, a redirect address or its query string into the address of this page's diagnosis; "
                <code>"shouldForward(error)"</code>
                " says whether an error is a sign-in problem worth sending. Load it once with its integrity value, so the browser refuses a changed file; later imports of the same address reuse it:"
            </p>
            <div class="snippet" data-integrity="">
                <div class="snippet-head">
                    <span>"HTML"</span>
                    <CopyButton text=script_tag label="Copy tag" />
                </div>
                <pre><code>{move || script_tag.get()}</code></pre>
            </div>
            <p class="muted">"With a bundler, you can also copy forward.js into your code; it has no dependencies."</p>

            {groups}

            <h2>"Any other stack"</h2>
            <p>{format!(
                "When Microsoft sends the user back with an error, its redirect carries error, error_description, error_codes, suberror, trace_id, correlation_id and timestamp (in the query or the fragment). Copy those, and nothing else, into the fragment of {site}/diagnose#…, percent-encoded, and send the user's browser there. If your library wraps the error, put its text in text= (for example \"InteractionRequiredAuthError: invalid_grant: AADSTS65001: …\"). Keep the whole address under 2,000 characters."
            )}</p>

            <h2>"For your support team"</h2>
            <p>
                "Support staff can send a customer straight to a diagnosis from a ticket, without any code: "
                <a href=Page::Support.path()>"the support page"</a>
                " builds a prefilled link (and a QR code) from the error the customer sent or from a known situation."
            </p>
        </section>
    }
}
