use consent_core::diagnosis::{diagnose, Options};
use consent_core::i18n::{Messages, Msg};
use consent_core::intake::Intake;
use consent_core::signin::{self, Outcome, Rejection, Secret, Transaction};
use consent_core::Audience;
use leptos::prelude::*;

use crate::browser::FetchError;
use crate::components::{CheckView, DiagnosisView};
use crate::i18n::{tr, use_messages};
use crate::routes::Page;
use crate::signin::{exchange, use_sign_in, ExchangeError};
use crate::{browser, use_profile};

/// The note the page adds to a callback's diagnosis, written in the reader's language each
/// time the diagnosis is.
#[derive(Clone)]
enum Note {
    /// An admin-consent response, naming the tenant it claims (if any).
    AdminConsent(Option<String>),
    Rejected(Rejection),
}

impl Note {
    fn text(&self, m: &Messages) -> String {
        match self {
            Note::AdminConsent(Some(tenant)) => {
                m.text(Msg::CallbackAdminConsentTenant, &[("tenant", tenant)])
            }
            Note::AdminConsent(None) => m.get(Msg::CallbackAdminConsent),
            Note::Rejected(reason) => match reason {
                Rejection::DuplicateParameter(key) => {
                    m.text(Msg::CallbackRejectedDuplicate, &[("key", key)])
                }
                Rejection::IssuerMismatch => m.get(Msg::CallbackRejectedIssuer),
                Rejection::NoPendingSignIn => m.get(Msg::CallbackRejectedNoPending),
                Rejection::StateMissing => m.get(Msg::CallbackRejectedStateMissing),
                Rejection::StateMismatch => m.get(Msg::CallbackRejectedStateMismatch),
                Rejection::Expired => m.get(Msg::CallbackRejectedExpired),
                Rejection::ImplicitTokens => m.get(Msg::CallbackRejectedImplicitTokens),
                Rejection::NoCode => m.get(Msg::CallbackRejectedNoCode),
            },
        }
    }
}

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
        Outcome::Error { intake, verified } => diagnosis(intake, !verified, None).into_any(),
        Outcome::AdminConsent { intake, .. } => {
            let note = Note::AdminConsent(intake.tenant.as_ref().map(|t| t.to_string()));
            diagnosis(intake, false, Some(note)).into_any()
        }
        Outcome::Rejected { reason, intake } => {
            let intake = intake.map(|i| *i).unwrap_or_default();
            diagnosis(intake, true, Some(Note::Rejected(reason))).into_any()
        }
        Outcome::Empty => diagnosis(Intake::default(), false, None).into_any(),
    }
}

fn diagnosis(intake: Intake, unsolicited: bool, note: Option<Note>) -> impl IntoView {
    let profile = use_profile();
    let options = Options {
        unsolicited,
        origin: Some(browser::origin()),
        notes: Vec::new(),
        texts: None,
        messages: None,
    };
    let words = crate::use_code_words();
    let messages = crate::i18n::use_messages();
    let audience = RwSignal::new(intake.audience.unwrap_or(Audience::User));
    let diagnosis = Memo::new(move |_| {
        let m = messages.get();
        let options = Options {
            notes: note.iter().map(|n| n.text(m)).collect(),
            texts: words.texts(),
            messages: Some(m),
            ..options.clone()
        };
        diagnose(&intake, &profile, audience.get(), &options)
    });
    view! { <DiagnosisView diagnosis audience on_audience=move |a| audience.set(a) /> }
}

#[derive(Clone, PartialEq)]
enum Status {
    Working,
    Retryable(Problem),
    Diagnosed(Box<Intake>),
}

/// Why the exchange did not finish, when trying again may help.
#[derive(Clone, PartialEq)]
enum Problem {
    Fetch(FetchError),
    /// What was wrong with the answer (technical, in English).
    Malformed(String),
}

impl Problem {
    fn text(&self, m: &Messages) -> String {
        match self {
            Problem::Fetch(FetchError::Timeout) => m.get(Msg::CallbackTimeout),
            Problem::Fetch(FetchError::Network) => m.get(Msg::CallbackNetwork),
            Problem::Malformed(why) => why.clone(),
        }
    }
}

/// Redeems the code, with a retry that reuses the same code (a failed request does not
/// consume it) and the verifier held in memory.
#[component]
fn Exchange(code: Secret, transaction: Transaction) -> impl IntoView {
    let profile = use_profile();
    let state = use_sign_in();
    let status = RwSignal::new(Status::Working);
    let authority = transaction.authority_host().to_string();
    let m = use_messages();
    let run = move || {
        status.set(Status::Working);
        let (profile, transaction, code) = (profile.clone(), transaction.clone(), code.clone());
        leptos::task::spawn_local(async move {
            match exchange(profile, transaction, code).await {
                Ok(signed) => state.0.set(Some(std::sync::Arc::new(signed))),
                Err(ExchangeError::Diagnosed(intake)) => status.set(Status::Diagnosed(intake)),
                Err(ExchangeError::Fetch(e)) => status.set(Status::Retryable(Problem::Fetch(e))),
                Err(ExchangeError::Malformed(m)) => {
                    status.set(Status::Retryable(Problem::Malformed(m)))
                }
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
                    <h1>{tr(Msg::CallbackWorkingTitle)}</h1>
                    <p class="muted">{m.get().text(Msg::CallbackWorkingText, &[("authority", &authority)])}</p>
                </section>
            }
            .into_any(),
            Status::Retryable(problem) => {
                let run = run.clone();
                view! {
                    <section class="page">
                        <h1>{tr(Msg::CallbackFailedTitle)}</h1>
                        <p class="notice" role="alert" data-exchange-error="">{problem.text(m.get())}</p>
                        <p>
                            <button type="button" class="button primary" data-action="retry" on:click=move |_| run()>{tr(Msg::CallbackRetry)}</button>
                            " "
                            <a class="button" href=Page::Check.path()>{tr(Msg::CallbackStartOver)}</a>
                        </p>
                    </section>
                }
                .into_any()
            }
            Status::Diagnosed(intake) => diagnosis(*intake, false, None).into_any(),
        }
    }
}
