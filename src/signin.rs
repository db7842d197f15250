//! The sign-in check's orchestration: start (build the request, keep the transaction,
//! leave), exchange (redeem the code, then one token per further resource), and the
//! in-memory result. Protocol rules live in `consent_core::signin`; this file only sequences
//! them with the browser glue.

use std::sync::Arc;

use consent_core::check::{self, CheckResult};
use consent_core::i18n::{Messages, Msg};
use consent_core::intake::Intake;
use consent_core::signin::{self, Secret, TokenOutcome, Tokens, Transaction};
use consent_core::Profile;
use leptos::prelude::*;

use crate::browser::{self, FetchError};

/// A completed sign-in: the evaluation and the tokens, in memory only.
#[derive(Debug)]
pub struct SignedIn {
    pub result: CheckResult,
    /// Kept so "forget" has something to forget and Graph can be asked; `Debug` is redacted.
    pub tokens: Vec<Tokens>,
    /// The display name Microsoft Graph returned for `/me`, proving the token works.
    pub graph_name: Option<String>,
}

/// The current sign-in for the whole app (context). Dropping it forgets the tokens.
#[derive(Clone, Copy)]
pub struct SignInState(pub RwSignal<Option<Arc<SignedIn>>>);

pub fn use_sign_in() -> SignInState {
    expect_context::<SignInState>()
}

/// Builds the authorize request, keeps the transaction in `sessionStorage` and leaves.
pub fn start(profile: &Profile, login_hint: Option<&str>, m: &Messages) -> Result<(), String> {
    start_with(m, |random, now| {
        signin::authorize(profile, random, now, login_hint).map_err(|e| e.to_string())
    })
}

/// Starts a sign-in whose request `build` makes from fresh randomness and the clock (the
/// sign-in check's, or the tenant check's with its own app).
pub fn start_with(
    m: &Messages,
    build: impl FnOnce(signin::Randomness, f64) -> Result<signin::AuthorizeRequest, String>,
) -> Result<(), String> {
    let mut pool = Vec::with_capacity(3);
    for _ in 0..3 {
        pool.push(browser::random32().ok_or_else(|| m.get(Msg::CheckStartNoRandom))?);
    }
    let mut random = move || pool.pop().unwrap_or([0u8; 32]);
    let request = build(&mut random, browser::now_ms())?;
    if !browser::store_transaction(&request.transaction) {
        return Err(m.get(Msg::CheckStartNoStorage));
    }
    if browser::leave_for(&request.url) {
        Ok(())
    } else {
        browser::clear_storage();
        Err(m.get(Msg::CheckStartRefused))
    }
}

/// Why the token exchange did not finish.
#[derive(Debug)]
pub enum ExchangeError {
    /// No answer, or one the browser could not read: retrying may help.
    Fetch(FetchError),
    /// An answer that is not a token response: retrying may help.
    Malformed(String),
    /// A Microsoft error: diagnose it.
    Diagnosed(Box<Intake>),
}

impl ExchangeError {
    pub fn can_retry(&self) -> bool {
        !matches!(self, ExchangeError::Diagnosed(_))
    }
}

/// Redeems the code for the first resource's token, then asks for each further resource
/// with the refresh token, and evaluates the result.
pub async fn exchange(
    profile: Arc<Profile>,
    tx: Transaction,
    code: Secret,
) -> Result<SignedIn, ExchangeError> {
    let scopes = signin::resource_scopes(&profile);
    let endpoint = tx.token_endpoint();
    let mut tokens: Vec<Tokens> = Vec::new();
    let mut failed: Vec<(String, String)> = Vec::new();
    for (i, (resource, scope)) in scopes.iter().enumerate() {
        let body = if i == 0 {
            signin::redeem_body(&tx, &code, scope)
        } else {
            match tokens.first().and_then(|t| t.refresh_token.clone()) {
                Some(rt) => signin::refresh_body(&tx.client_id, &rt, scope),
                None => {
                    failed.push((resource.clone(), "no refresh token came back, so no second token could be requested (offline_access missing?)".into()));
                    continue;
                }
            }
        };
        let answer = browser::post_form(&endpoint, body, browser::TOKEN_TIMEOUT_MS).await;
        let (status, text) = match answer {
            Ok(answer) => answer,
            Err(e) if i == 0 => return Err(ExchangeError::Fetch(e)),
            Err(e) => {
                failed.push((resource.clone(), e.to_string()));
                continue;
            }
        };
        match signin::parse_token_response(status, &text, resource) {
            TokenOutcome::Tokens(t) => tokens.push(t),
            TokenOutcome::Error(intake) if i == 0 => return Err(ExchangeError::Diagnosed(intake)),
            TokenOutcome::Malformed(m) if i == 0 => return Err(ExchangeError::Malformed(m)),
            TokenOutcome::Error(intake) => {
                let code = intake
                    .primary_code()
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "an error".into());
                failed.push((
                    resource.clone(),
                    format!("the token endpoint answered {code}"),
                ));
            }
            TokenOutcome::Malformed(m) => failed.push((resource.clone(), m)),
        }
    }
    let graph_base = profile.graph_host().to_string();
    let graph_token = tokens
        .iter()
        .find(|t| {
            t.resource.trim_end_matches('/') == profile.cloud.graph_host()
                || t.resource == "https://graph.microsoft.com"
        })
        .map(|t| t.access_token.clone());
    let graph_name = match graph_token {
        Some(token) => browser::graph_display_name(&graph_base, token.expose()).await,
        None => None,
    };
    let now_s = (browser::now_ms() / 1000.0) as i64;
    let result = check::evaluate(
        &profile,
        tx.authority_host(),
        &tx.nonce,
        &tokens,
        failed,
        now_s,
    );
    Ok(SignedIn {
        result,
        tokens,
        graph_name,
    })
}
