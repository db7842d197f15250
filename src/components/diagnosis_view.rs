use consent_core::i18n::Msg;
use consent_core::{Audience, Diagnosis};
use leptos::prelude::*;

use super::support_details::SupportDetails;
use super::{AskAdminHelper, AudienceSwitch, FixCardView};
use crate::i18n::{tr, use_messages};
use crate::routes;
use crate::{browser, use_profile};
use consent_core::fixes::FixId;
use consent_core::share::share_link;

/// A printed diagnosis is an instruction sheet: the first fixes, not every alternative.
const PRINTED_FIXES: usize = 3;

/// The whole diagnosis: verdict card, warnings, fixes in order, details for support.
/// Renders `#diagnosis` exactly once with the data attributes of docs/public-interface.md §4.
#[component]
pub fn DiagnosisView(
    #[prop(into)] diagnosis: Signal<Diagnosis>,
    audience: RwSignal<Audience>,
    #[prop(into)] on_audience: Callback<Audience>,
    /// What a sign-in found missing, for the report.
    #[prop(optional)]
    missing: Vec<String>,
    /// The signed-in user's name, offered to the report only if the person ticks the box.
    #[prop(optional_no_strip)]
    sign_in_name: Option<String>,
    /// Shown between the fixes and the details for support (the sign-in check's findings).
    #[prop(optional)]
    extra: Option<ChildrenFn>,
) -> impl IntoView {
    Effect::new(move |_| {
        diagnosis.track();
        browser::mark_diagnosis_rendered();
    });
    // The verdict card comes first; everything below it renders after the frame that paints
    // the card, so the first screen (what happened, who can fix it) appears without waiting
    // for the rest. A bare requestAnimationFrame would run before that paint and put the
    // whole page into it (a trace showed the card and the rest painted together).
    let ready = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(move || ready.set(true), std::time::Duration::ZERO)
    });
    let words = crate::use_code_words();
    let m = use_messages();
    let card = move || {
        let d = diagnosis.get();
        // Empty while the code's words load (the card does not wait for them).
        let summary = if d.summary.is_empty() {
            (d.code.is_some() && words.unavailable())
                .then(|| m.get().get(Msg::DiagnosisViewDescriptionUnavailable))
        } else {
            Some(d.summary.clone())
        };
        let code = d.code.map(|c| c.number().to_string()).unwrap_or_default();
        let code_line = d.code.map(|c| {
            let href = routes::error_page(c.number());
            view! {
                <p class="code-line">
                    {tr(Msg::DiagnosisViewError)}" "<a href=href>{c.to_string()}</a>" · "
                    <a href="#details">{tr(Msg::DiagnosisViewDetailsLink)}</a>
                </p>
            }
        });
        let fixers = d
            .fixers
            .iter()
            .map(|f| view! { <span class="badge fixer">{tr(f.label())}</span> })
            .collect_view();
        let first_fix = d.fixes.first().map(|card| {
            let title = card.title.clone();
            view! { <a class="button primary" href="#fix-1">{title}</a> }
        });
        view! {
            <section
                id="diagnosis"
                class="verdict-card"
                data-verdict=d.verdict.id()
                data-code=code
                data-audience=d.audience.id()
                aria-labelledby="verdict-headline"
            >
                <h1 id="verdict-headline">{d.headline.clone()}</h1>
                <p class="summary">{summary}</p>
                {d.alternative.clone().map(|alt| view! {
                    <p class="alternative" data-alternative-verdict=alt.verdict.id()>
                        {alt.text}" "<a href=alt.href>{tr(Msg::DiagnosisViewSeeAlternative)}</a>
                    </p>
                })}
                <p class="who">{tr(Msg::DiagnosisViewWhoCanFix)}" "{fixers}</p>
                <div class="first-action">{first_fix}</div>
                {code_line}
            </section>
        }
    };
    let rest = move || {
        if !ready.get() {
            return None;
        }
        let d = diagnosis.get();
        let facts_line = d.facts_line();
        let admin_link = (d.audience == Audience::User)
            .then(|| share_link(&browser::origin(), &d, &use_profile(), Audience::Admin));
        let fixes = d
            .fixes
            .iter()
            .cloned()
            .enumerate()
            .map(|(index, card)| {
                let extra = (card.ids.contains(&FixId::AskAdmin) && d.consent_url.is_some())
                    .then(|| view! { <AskAdminHelper facts_line=facts_line.clone() admin_link=admin_link.clone() code=d.code /> }.into_any());
                view! { <FixCardView card index extra /> }
            })
            .collect_view();
        let notes = d.notes.clone();
        Some(view! {
            <h2 class="fixes-title">{tr(Msg::DiagnosisViewFixesTitle)}</h2>
            <ol class="fixes" id="fix-1">{fixes}</ol>
            {(d.audience == Audience::Admin).then(|| view! {
                <p class="tenant-check-link">
                    "Not sure which setting blocks it? "
                    <a data-tenant-check-link="" href=consent_core::diagnosis::tenant_page("", d.facts.tenant.as_ref(), d.code)>"Run the tenant check"</a>
                    " — it reads your tenant's consent settings (read-only) and names the one that blocks this app."
                </p>
            })}
            {(d.fixes.len() > PRINTED_FIXES).then(|| {
                let total = d.fixes.len().to_string();
                let link = share_link(&browser::origin(), &d, &use_profile(), d.audience);
                let text = move || {
                    m.get().text(
                        Msg::DiagnosisViewPrintMore,
                        &[("shown", &PRINTED_FIXES.to_string()), ("total", &total), ("link", &link)],
                    )
                };
                view! { <p class="print-only">{text}</p> }
            })}
            {(!notes.is_empty()).then(|| view! {
                <aside class="notes" aria-label=tr(Msg::DiagnosisViewNotesLabel)>
                    <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </aside>
            })}
            {extra.as_ref().map(|extra| extra())}
            <SupportDetails diagnosis=d missing=missing.clone() sign_in_name=sign_in_name.clone() />
        })
    };
    let warnings = move || {
        diagnosis.with(|d| {
            d.warnings
                .iter()
                .map(|w| {
                    view! {
                        <div class="warning" data-warning=w.id role="alert">
                            <strong>{w.title.clone()}</strong>
                            <p>{w.text.clone()}</p>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        {card}
        <AudienceSwitch audience on_change=on_audience />
        <div class="warnings">{warnings}</div>
        {rest}
    }
}
