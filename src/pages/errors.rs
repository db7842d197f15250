use consent_core::catalogue::{self, CodeEntry, CodeTexts};
use consent_core::diagnosis::{diagnose, Options};
use consent_core::i18n::Msg;
use consent_core::{AadstsCode, Audience, Intake};
use leptos::prelude::*;

use crate::components::FixCardView;
use crate::i18n::{tr, use_messages};
use crate::routes;
use crate::{use_code_words, use_profile};

/// `/errors`: every catalogued code, searchable by number or words.
#[component]
pub fn ErrorIndex() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let words = use_code_words();
    let m = use_messages();
    let count = catalogue::all().len().to_string();
    let lead = move || m.get().text(Msg::ErrorsIndexLead, &[("count", &count)]);
    // ASCII case folding: the catalogue is ASCII English, and Unicode folding would bring its
    // tables into the first-visit wasm. Until the words arrive, only numbers match.
    let matches = move |entry: &CodeEntry, texts: Option<&CodeTexts>, q: &str| {
        let q = q.trim().to_ascii_lowercase();
        let q = q.strip_prefix("aadsts").unwrap_or(&q).to_string();
        let text = texts.and_then(|t| t.get(entry.code));
        q.is_empty()
            || entry.code.to_string().contains(&q)
            || text.is_some_and(|t| {
                [&t.title, &t.name, &t.meaning]
                    .iter()
                    .any(|field| field.to_ascii_lowercase().contains(&q))
            })
    };
    view! {
        <section class="page">
            <h1>{tr(Msg::ErrorsIndexTitle)}</h1>
            <p class="lead">{lead}</p>
            <label for="code-search">{tr(Msg::ErrorsSearchLabel)}</label>
            <input
                id="code-search"
                type="search"
                placeholder=tr(Msg::ErrorsSearchPlaceholder)
                prop:value=move || query.get()
                on:input:target=move |ev| query.set(ev.target().value())
            />
            <ul class="code-list" data-words=move || if words.texts().is_some() { "ready" } else { "loading" }>
                {move || {
                    let q = query.get();
                    let texts = words.texts();
                    let shown: Vec<&CodeEntry> = catalogue::all().iter().filter(|e| matches(e, texts, &q)).collect();
                    if shown.is_empty() {
                        return view! { <li class="muted">{tr(Msg::ErrorsNoMatch)}</li> }.into_any();
                    }
                    shown
                        .into_iter()
                        .map(|e| {
                            let title = texts.and_then(|t| t.get(e.code)).map(|t| t.title.clone());
                            view! {
                                <li data-code=e.code.to_string()>
                                    <a href=routes::error_page(e.code)>
                                        <span class="code">{format!("AADSTS{}", e.code)}</span>
                                        " "
                                        <span>{title}</span>
                                    </a>
                                    <span class="badge verdict">{e.verdict.id()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </section>
    }
}

/// `/errors/{code}`: one code, with its fixes in the admin's voice.
#[component]
pub fn ErrorDetail(
    /// The path segment after `/errors/`, as typed.
    code: String,
) -> impl IntoView {
    let profile = use_profile();
    let words = use_code_words();
    let m = use_messages();
    {
        let raw = consent_core::text::percent_decode(&code, false);
        let Some(code) = AadstsCode::parse(&raw) else {
            return view! {
                <section class="page">
                    <h1>{tr(Msg::ErrorsNotACodeTitle)}</h1>
                    <p>{tr(Msg::ErrorsNotACodeText)}</p>
                    <p><a href="/errors">{tr(Msg::ErrorsSeeAllCodes)}</a></p>
                </section>
            }
            .into_any();
        };
        let lookup = catalogue::lookup_url(code, profile.cloud);
        let Some(entry) = catalogue::lookup(code) else {
            let with_code =
                move |msg: Msg| move || m.get().text(msg, &[("code", &code.to_string())]);
            return view! {
                <section class="page">
                    <h1>{with_code(Msg::ErrorsNotCataloguedTitle)}</h1>
                    <p>{tr(Msg::ErrorsNotCataloguedText)}</p>
                    <p><a class="button primary" href=lookup.clone() target="_blank" rel="noopener noreferrer">{with_code(Msg::ErrorsOpenOnMicrosoft)}</a></p>
                    <p><a href="/errors">{tr(Msg::ErrorsSeeKnownCodes)}</a></p>
                </section>
            }
            .into_any();
        };
        let intake = Intake::from_location(&format!("error_codes={}", code.number()), "");
        let d = diagnose(&intake, &profile, Audience::Admin, &Options::default());
        let fixers = entry
            .fixers()
            .iter()
            .map(|f| view! { <span class="badge fixer">{tr(f.label())}</span> })
            .collect_view();
        // The code's words, once the catalogue's file has arrived.
        let text = move || words.texts().and_then(|t| t.get(code.number())).cloned();
        view! {
            <article class="page error-detail">
                <p class="muted"><a href="/errors">{tr(Msg::ErrorsBreadcrumb)}</a>" › "{code.to_string()}</p>
                {move || {
                    let text = text();
                    let heading = match &text {
                        Some(t) => format!("{code}: {}", t.title),
                        None => code.to_string(),
                    };
                    let unavailable = words.unavailable().then(|| view! {
                        <p class="muted">{tr(Msg::ErrorsDescriptionUnavailable)}</p>
                    });
                    let text = text.map(|t| view! {
                        {(!t.name.is_empty()).then(|| view! { <p class="muted">{tr(Msg::ErrorsMicrosoftName)}" "<code>{t.name.clone()}</code></p> })}
                        <p class="summary">{t.meaning.clone()}</p>
                    });
                    view! { <h1>{heading}</h1>{text}{unavailable} }
                }}
                <dl class="facts">
                    <dt>{tr(Msg::ErrorsVerdict)}</dt><dd>{entry.verdict.id()}</dd>
                    <dt>{tr(Msg::ErrorsArrivesAs)}</dt><dd><code>{move || {
                        let error = text().map(|t| t.error).unwrap_or_default();
                        if error.is_empty() { "—".to_string() } else { error }
                    }}</code></dd>
                    <dt>{tr(Msg::ErrorsWhoCanFix)}</dt><dd>{fixers}</dd>
                    <dt>{tr(Msg::ErrorsMicrosoftPage)}</dt><dd><a href=lookup.clone() target="_blank" rel="noopener noreferrer">{lookup.clone()}</a></dd>
                </dl>
                <h2>{tr(Msg::ErrorsHowToFix)}</h2>
                <ol class="fixes">
                    {d.fixes.into_iter().enumerate().map(|(index, card)| view! { <FixCardView card index /> }).collect_view()}
                </ol>
                <p><a class="button" href=format!("/diagnose#error_codes={}&audience=user", code.number())>{tr(Msg::ErrorsSeeAsUser)}</a></p>
            </article>
        }
        .into_any()
    }
}
