//! The live tenant check's sequence: redeem the code of the read-only tenant-check app, run
//! the core's read plan against Microsoft Graph (GET only, paging, `Retry-After`), and hand
//! back the snapshot. The token lives in this function's memory and is dropped when it ends.

use std::sync::Arc;

use consent_core::signin::{self, Secret, TokenOutcome, Transaction};
use consent_core::tenant::live::Plan;
use consent_core::Profile;
use serde_json::{json, Map, Value};

use crate::browser;

/// Pages of one collection we follow at most; a tenant with more is summarised from these.
const MAX_PAGES: usize = 50;
/// How often one read may be throttled before we give up on it.
const MAX_RETRIES: u32 = 3;

/// Why the live check stopped before reading.
pub enum LiveError {
    /// The token request failed: retrying with a new sign-in may help.
    Token(String),
}

/// Redeems the code and reads the tenant. `progress` receives one line per step.
pub async fn run(
    profile: Arc<Profile>,
    tx: Transaction,
    code: Secret,
    progress: impl Fn(String),
) -> Result<Map<String, Value>, LiveError> {
    let scope = consent_core::tenant::reads::graph_scopes(profile.cloud).join(" ");
    progress("Exchanging the one-time code for a read-only Graph token…".into());
    let body = signin::redeem_body(&tx, &code, &scope);
    let (status, text) = browser::post_form(&tx.token_endpoint(), body, browser::TOKEN_TIMEOUT_MS)
        .await
        .map_err(|e| LiveError::Token(e.to_string()))?;
    let token = match signin::parse_token_response(status, &text, profile.cloud.graph_host()) {
        TokenOutcome::Tokens(t) => t.access_token,
        TokenOutcome::Error(intake) => {
            let code = intake
                .primary_code()
                .map(|c| c.to_string())
                .unwrap_or_else(|| "an error".into());
            return Err(LiveError::Token(format!(
                "The token endpoint answered {code}: {}",
                intake.error_description.clone().unwrap_or_default()
            )));
        }
        TokenOutcome::Malformed(m) => return Err(LiveError::Token(m)),
    };
    let base = format!("{}/v1.0", profile.graph_host());
    let tenant_id = tx.tenant_check.as_ref().and_then(|c| c.tenant.clone());
    let user = tx.tenant_check.as_ref().and_then(|c| c.user.clone());
    let mut plan = Plan::new(&profile, user.as_deref(), tenant_id.as_deref());
    while let Some(request) = plan.next_read() {
        progress(format!("Reading {}…", request.label));
        let answer = read(&base, &request.path, request.paged, &token, &progress).await;
        plan.receive(request.step, answer);
    }
    Ok(plan.finish())
}

/// One read: a GET, and for a collection every `@odata.nextLink` on the same Graph host.
async fn read(
    base: &str,
    path: &str,
    paged: bool,
    token: &Secret,
    progress: &impl Fn(String),
) -> Result<Value, Value> {
    let mut url = format!("{base}{path}");
    let mut items: Vec<Value> = Vec::new();
    let mut retries = 0;
    for _ in 0..MAX_PAGES + MAX_RETRIES as usize {
        let answer = match browser::graph_get(&url, token.expose()).await {
            Ok(a) => a,
            Err(e) => return Err(error_body("NetworkError", &e.to_string())),
        };
        if answer.status == 429 && retries < MAX_RETRIES {
            retries += 1;
            // Graph says how long to wait; without the header (a proxy may hide it), back off.
            let wait = answer.retry_after_s.unwrap_or(2u32.pow(retries)).min(30);
            progress(format!("Microsoft Graph asked to slow down; waiting {wait} s as its Retry-After header says…"));
            browser::sleep_ms(wait as i32 * 1000).await;
            continue;
        }
        let body: Value = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
        if !(200..300).contains(&answer.status) {
            return Err(if body.get("error").is_some() {
                body
            } else {
                error_body(
                    &format!("HTTP{}", answer.status),
                    "Graph answered without an error body.",
                )
            });
        }
        if !paged {
            return Ok(body);
        }
        if let Some(Value::Array(page)) = body.get("value") {
            items.extend(page.iter().cloned());
        }
        match body.get("@odata.nextLink").and_then(Value::as_str) {
            // The token goes to the Graph host we chose and nowhere a response points.
            Some(next) if next.starts_with(base) => url = next.to_string(),
            _ => return Ok(json!({ "value": items })),
        }
    }
    Ok(json!({ "value": items }))
}

fn error_body(code: &str, message: &str) -> Value {
    json!({ "error": { "code": code, "message": message } })
}
