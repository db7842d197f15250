use consent_core::diagnosis::{diagnose, Options};
use consent_core::intake::Intake;
use consent_core::signin::{self, Outcome, Secret, Transaction};
use consent_core::Audience;
use leptos::prelude::*;

use crate::components::{CheckView, DiagnosisView};
use crate::routes::Page;
use crate::signin::{exchange, use_sign_in, ExchangeError};
use crate::{browser, use_profile};

/// `/callback`: where Microsoft sends the browser back. The address bar is cleaned and the
/// pending sign-in taken out of storage before anything else, so a code or state never
/// lingers in history and a replayed URL finds nothing to redeem.
#[component]
pub fn Callback() -> impl IntoView {
    let (_, search, hash) = browser::current_location();
    browser::replace_url(Page::Callback.path());
    let pending = browser::take_transaction();
    match signin::validate(&search, &hash, pending.as_ref(), browser::now_ms()) {
        Outcome::Redeem { code, transaction } if transaction.tenant_check.is_some() => {
            view! { <super::TenantLive code transaction /> }.into_any()
        }
        Outcome::Redeem { code, transaction } => view! { <Exchange code transaction /> }.into_any(),
        Outcome::Error { intake, verified } => diagnosis(intake, !verified, Vec::new()).into_any(),
        Outcome::AdminConsent { intake, .. } => {
            let note = match &intake.tenant {
                Some(t) => format!("Microsoft's response names the tenant {t}. A link can fake that value, so it is not proof: run the sign-in check to confirm the permissions are granted."),
                None => "Run the sign-in check to confirm the permissions are granted.".into(),
            };
            diagnosis(intake, false, vec![note]).into_any()
        }
        Outcome::Rejected { reason, intake } => {
            let intake = intake.map(|i| *i).unwrap_or_default();
            diagnosis(intake, true, vec![reason.explain()]).into_any()
        }
        Outcome::Empty => diagnosis(Intake::default(), false, Vec::new()).into_any(),
    }
}

fn diagnosis(intake: Intake, unsolicited: bool, notes: Vec<String>) -> impl IntoView {
    let profile = use_profile();
    let options = Options {
        unsolicited,
        origin: Some(browser::origin()),
        notes,
        texts: None,
        messages: None,
    };
    let words = crate::use_code_words();
    let messages = crate::i18n::use_messages();
    let audience = RwSignal::new(intake.audience.unwrap_or(Audience::User));
    let diagnosis = Memo::new(move |_| {
        let options = Options {
            texts: words.texts(),
            messages: Some(messages.get()),
            ..options.clone()
        };
        diagnose(&intake, &profile, audience.get(), &options)
    });
    view! { <DiagnosisView diagnosis audience on_audience=move |a| audience.set(a) /> }
}

#[derive(Clone, PartialEq)]
enum Status {
    Working,
    Retryable(String),
    Diagnosed(Box<Intake>),
}

/// Redeems the code, with a retry that reuses the same code (a failed request does not
/// consume it) and the verifier held in memory.
#[component]
fn Exchange(code: Secret, transaction: Transaction) -> impl IntoView {
    let profile = use_profile();
    let state = use_sign_in();
    let status = RwSignal::new(Status::Working);
    let authority = transaction.authority_host().to_string();
    let run = move || {
        status.set(Status::Working);
        let (profile, transaction, code) = (profile.clone(), transaction.clone(), code.clone());
        leptos::task::spawn_local(async move {
            match exchange(profile, transaction, code).await {
                Ok(signed) => state.0.set(Some(std::sync::Arc::new(signed))),
                Err(ExchangeError::Diagnosed(intake)) => status.set(Status::Diagnosed(intake)),
                Err(ExchangeError::Fetch(e)) => status.set(Status::Retryable(e.to_string())),
                Err(ExchangeError::Malformed(m)) => status.set(Status::Retryable(m)),
            }
        });
    };
    run();
    move || {
        if let Some(signed) = state.0.get() {
            return view! { <CheckView signed /> }.into_any();
        }
        match status.get() {
            Status::Working => view! {
                <section class="page" aria-busy="true">
                    <h1>"Finishing the sign-in…"</h1>
                    <p class="muted">{format!("Exchanging the one-time code with {authority} for tokens. They stay in this tab's memory.")}</p>
                </section>
            }
            .into_any(),
            Status::Retryable(message) => {
                let run = run.clone();
                view! {
                    <section class="page">
                        <h1>"The sign-in could not be finished"</h1>
                        <p class="notice" role="alert" data-exchange-error="">{message}</p>
                        <p>
                            <button type="button" class="button primary" data-action="retry" on:click=move |_| run()>"Try again"</button>
                            " "
                            <a class="button" href=Page::Check.path()>"Start over"</a>
                        </p>
                    </section>
                }
                .into_any()
            }
            Status::Diagnosed(intake) => diagnosis(*intake, false, Vec::new()).into_any(),
        }
    }
}
