//! A local stand-in for the Microsoft identity platform, for Consent Doctor's demo and its
//! end-to-end tests. It answers like Entra does for this app — v2 authorize with PKCE, token
//! (CORS, one-time codes, refresh), v1/v2 admin consent, OpenID discovery, Graph `/v1.0/me` —
//! and lets a person or a test pick what happens (`docs/public-interface.md` §6). It never runs
//! in production: nothing in `dist/` refers to it unless the demo profile names it.
//!
//! The profile's read-only tenant-check app (`tenant_check.client_id`) signs in through the
//! same authorize and token endpoints, but picks a *tenant state* instead of a scenario
//! (`tenant_states.rs`: `login_hint=tenant-ca@contoso.example`, `emulator_tenant_state=…`, or
//! its own picker page). Its Graph token then reads that tenant's consent configuration with
//! Microsoft Graph v1.0's requests, answers and errors (`graph_api.rs` serves what `graph.rs`
//! holds): the app's service principal, grants (paged), app role assignments, the API service
//! principals and their classifications, the authorization, admin-consent-request and
//! permission grant policies, consent requests, Conditional Access policies and users. Only
//! `GET` is allowed; the product's own tokens get 403 on these reads. For tests and the demo,
//! `/_emulator/tenant-snapshot/{state}` prints the snapshot the read-only script would, and
//! `/_emulator/stats` counts Graph requests by method.

mod graph;
mod graph_api;
mod graph_catalog;
mod pages;
pub mod protocol;
pub mod scenarios;
pub mod tenant_states;
mod tokens;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, Response, StatusCode};
use axum::routing::get;
use axum::Router;
use consent_core::Profile;

use protocol::{
    error_redirect, html, json_error, json_response, parse_form, random_guid, random_token,
    redirect_with,
};
use scenarios::{Fault, Scenario};
use tenant_states::TenantState;

/// The emulated organizations: ID, verified domains, display name.
pub const TENANTS: [(&str, &[&str], &str); 3] = [
    (
        "4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a",
        &["contoso.example", "contoso.onmicrosoft.com", "contoso.com"],
        "Contoso",
    ),
    (
        "7d3e5f1a-9b2c-4d8e-a6f0-1c2b3a4d5e6f",
        &["fabrikam.example", "fabrikam.onmicrosoft.com"],
        "Fabrikam",
    ),
    (
        "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
        &["northwind.example", "northwind.onmicrosoft.com"],
        "Northwind",
    ),
];
/// `organizations` and `common` sign users in to their home tenant, Contoso.
pub const HOME_TENANT: &str = "4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a";
/// Codes live ten minutes, as Entra's do.
const CODE_LIFETIME_S: i64 = 600;
/// How long the `token-slow` fault makes the token endpoint wait.
pub const SLOW_TOKEN_DELAY: Duration = Duration::from_secs(15);

#[derive(Clone, Debug)]
pub struct Config {
    /// The app registration the emulator knows (client ID, redirect URI, permissions).
    pub profile: Profile,
    /// The app's origin, the only one allowed to redeem codes cross-origin.
    pub app_origin: String,
    /// Every sign-in uses this scenario instead of asking (`--scenario`).
    pub scenario: Option<&'static Scenario>,
}

/// A sign-in in progress or completed: what the code or refresh token stands for.
#[derive(Clone, Debug)]
struct Grant {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    method: String,
    nonce: Option<String>,
    scenario: &'static Scenario,
    fault: Option<Fault>,
    /// Set for the tenant-check app: the tenant state its Graph reads see.
    tenant_state: Option<&'static TenantState>,
    tenant_id: String,
    issued_at: i64,
}

/// What an access token stands for, so Graph can tell whose it is.
#[derive(Clone, Debug)]
struct TokenInfo {
    resource: String,
    client_id: String,
    tenant_state: Option<&'static TenantState>,
    tenant_id: String,
}

#[derive(Default)]
struct Store {
    codes: HashMap<String, Grant>,
    used_codes: HashSet<String>,
    faulted_codes: HashSet<String>,
    refresh_tokens: HashMap<String, Grant>,
    access_tokens: HashMap<String, TokenInfo>,
    /// Tokens that have had their one throttled permission-grant read (`tenant-throttled`).
    throttled_tokens: HashSet<String>,
    /// Graph requests by method (`OPTIONS` preflights are counted apart).
    graph_requests: BTreeMap<String, u64>,
    graph_preflights: u64,
    /// Permission names an administrator granted tenant-wide in this session, per tenant ID.
    consented: HashMap<String, HashSet<String>>,
    /// Token requests received, so tests can prove a refused callback made none.
    token_requests: u64,
}

struct Emulator {
    config: Config,
    store: Mutex<Store>,
}

type Shared = Arc<Emulator>;

/// A running emulator.
pub struct Running {
    pub addr: SocketAddr,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Runs the emulator on `addr` from a background thread with its own runtime.
pub fn spawn(config: Config, addr: SocketAddr) -> std::io::Result<Running> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let app = router(config);
    std::thread::Builder::new()
        .name("entra-emulator".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime for the emulator");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let _ = axum::serve(listener, app).await;
            });
        })?;
    Ok(Running { addr })
}

pub fn router(config: Config) -> Router {
    let shared = Arc::new(Emulator {
        config,
        store: Mutex::new(Store::default()),
    });
    Router::new()
        .route("/", get(index))
        .route("/{tenant}/oauth2/v2.0/authorize", get(authorize))
        .route(
            "/{tenant}/oauth2/v2.0/token",
            axum::routing::post(token).options(preflight),
        )
        .route("/{tenant}/adminconsent", get(admin_consent_v1))
        .route("/{tenant}/v2.0/adminconsent", get(admin_consent_v2))
        .route(
            "/{tenant}/v2.0/.well-known/openid-configuration",
            get(discovery),
        )
        .route("/{tenant}/discovery/v2.0/keys", get(keys))
        .route("/v1.0/{*path}", axum::routing::any(graph_api::graph))
        .route("/_emulator/stats", get(stats))
        .route(
            "/_emulator/tenant-snapshot/{state}",
            get(graph_api::tenant_snapshot),
        )
        .with_state(shared)
}

/// The tenant ID for a path segment: a known GUID or domain, or the home tenant for
/// `organizations` / `common`.
pub fn resolve_tenant(segment: &str) -> Option<&'static str> {
    let lower = segment.to_ascii_lowercase();
    if lower == "organizations" || lower == "common" {
        return Some(HOME_TENANT);
    }
    TENANTS
        .iter()
        .find(|(id, domains, _)| *id == lower || domains.contains(&lower.as_str()))
        .map(|(id, _, _)| *id)
}

fn tenant_name(id: &str) -> &'static str {
    TENANTS
        .iter()
        .find(|(t, _, _)| *t == id)
        .map_or("Contoso", |(_, _, n)| n)
}

fn lock(emu: &Emulator) -> std::sync::MutexGuard<'_, Store> {
    emu.store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

async fn index(State(emu): State<Shared>) -> Response<Body> {
    html(StatusCode::OK, pages::index(&emu.config))
}

async fn authorize(
    State(emu): State<Shared>,
    Path(tenant): Path<String>,
    RawQuery(query): RawQuery,
) -> Response<Body> {
    let query = query.unwrap_or_default();
    let params = parse_form(&query);
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let profile = &emu.config.profile;
    let tenant_id = resolve_tenant(&tenant);

    // Without a known app and a registered redirect URI, Entra shows its own error page: it
    // never redirects to an address it cannot trust.
    let client_id = get("client_id").unwrap_or("");
    let client = consent_core::ClientId::parse(client_id);
    // The read-only tenant-check app signs in here too (same redirect URI as the product).
    let tenant_check = client.is_some() && client == profile.tenant_check_client_id;
    let known_client = tenant_check || client.is_some_and(|c| profile.is_known_client(c));
    if !known_client {
        let message = format!("Application with identifier '{client_id}' was not found in the directory '{}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.", tenant_name(tenant_id.unwrap_or(HOME_TENANT)));
        return html(StatusCode::BAD_REQUEST, pages::error_page(700016, &message));
    }
    let redirect_uri = get("redirect_uri").unwrap_or("");
    if !redirect_uri_registered(&profile.app.redirect_uri, redirect_uri) {
        let message = format!("The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs configured for the application '{client_id}'.");
        return html(StatusCode::BAD_REQUEST, pages::error_page(50011, &message));
    }
    let fragment = get("response_mode") == Some("fragment");
    let state = get("state");
    let fail = |error: &str, code: u32, message: &str| {
        error_redirect(
            redirect_uri,
            fragment,
            error,
            code,
            message,
            None,
            state,
            get("client-request-id"),
            &[],
        )
    };
    let Some(mut tenant_id) = tenant_id else {
        return fail("invalid_request", 90002, &format!("Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."));
    };
    // `organizations` signs a user in to their home tenant, which the hint's domain names.
    let lower = tenant.to_ascii_lowercase();
    if lower == "organizations" || lower == "common" {
        if let Some(home) = get("login_hint")
            .and_then(|h| h.rsplit_once('@'))
            .and_then(|(_, d)| resolve_tenant(d))
        {
            tenant_id = home;
        }
    }
    if get("response_type") != Some("code") {
        return fail(
            "unsupported_response_type",
            700054,
            "response_type 'id_token' is not enabled for the application.",
        );
    }
    let Some(challenge) = get("code_challenge").filter(|c| !c.is_empty()) else {
        return fail("invalid_request", 9002325, "Proof Key for Code Exchange is required for cross-origin authorization code redemption.");
    };
    let method = get("code_challenge_method").unwrap_or("plain");
    if method != "S256" && method != "plain" {
        return fail(
            "invalid_request",
            900144,
            "The code_challenge_method parameter must be S256 or plain.",
        );
    }
    if get("scope").is_none_or(str::is_empty) {
        return fail(
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'scope'.",
        );
    }

    let code_for = |scenario: &'static Scenario,
                    fault: Option<Fault>,
                    tenant_state: Option<&'static TenantState>| {
        let grant = Grant {
            client_id: client_id.to_string(),
            redirect_uri: redirect_uri.to_string(),
            challenge: challenge.to_string(),
            method: method.to_string(),
            nonce: get("nonce").map(str::to_string),
            scenario,
            fault,
            tenant_state,
            tenant_id: tenant_id.to_string(),
            issued_at: protocol::now_seconds(),
        };
        issue_code(&emu, grant, redirect_uri, fragment, state)
    };

    if tenant_check {
        // A tenant state, not a sign-in scenario: `--scenario` does not apply, and the
        // administrator always signs in.
        let picked = get("emulator_tenant_state").and_then(tenant_states::find);
        let from_hint = get("login_hint").and_then(tenant_states::from_login_hint);
        return match picked.or(from_hint) {
            Some(tenant_state) => code_for(&tenant_states::ADMIN, None, Some(tenant_state)),
            None => html(StatusCode::OK, pages::tenant_picker(&params)),
        };
    }

    let from_hint = get("login_hint").and_then(scenarios::from_login_hint);
    let picked = get("emulator_scenario").and_then(scenarios::find);
    let scenario = emu.config.scenario.or(picked).or(from_hint.map(|(s, _)| s));
    let Some(scenario) = scenario else {
        return html(StatusCode::OK, pages::picker(&params));
    };
    let fault = get("emulator_fault")
        .and_then(Fault::parse)
        .or(from_hint.and_then(|(_, f)| f));

    match scenario.result {
        scenarios::Result::Error {
            error,
            code,
            message,
            subcode,
        } => {
            // A person who picked the scenario sees Microsoft's screen first; automation
            // (login_hint, --scenario) goes straight back to the app.
            let interactive = picked.is_some() && get("emulator_step") != Some("done");
            if interactive && matches!(code, 90094 | 90095) {
                return html(StatusCode::OK, pages::consent_screen(code, profile, &query));
            }
            let message = if code == 7000112 {
                format!(
                    "Application '{}'({}) is disabled.",
                    profile.app.client_id, profile.product_name
                )
            } else {
                message.to_string()
            };
            error_redirect(
                redirect_uri,
                fragment,
                error,
                code,
                &message,
                subcode,
                state,
                get("client-request-id"),
                &[],
            )
        }
        scenarios::Result::AllGranted | scenarios::Result::Partial => {
            code_for(scenario, fault, None)
        }
    }
}

/// Whether the emulated app registration lists `candidate` as a redirect URI: the profile's
/// own, or (this emulator is for development only) a page under `/_test/` on the same origin,
/// where the end-to-end tests put pages that sign in with other libraries (msal-browser). The
/// path may hold only plain segments (letters, digits, `-`, `_`, `.`; no `.` or `..` segment,
/// no query, no fragment, no percent-escape), so nothing can climb out of `/_test/`.
pub fn redirect_uri_registered(registered: &str, candidate: &str) -> bool {
    if candidate == registered {
        return true;
    }
    let Some(rest) = origin_of(registered)
        .and_then(|origin| candidate.strip_prefix(origin))
        .and_then(|rest| rest.strip_prefix("/_test/"))
    else {
        return false;
    };
    rest.split('/').all(|segment| {
        !segment.is_empty()
            && segment != "."
            && segment != ".."
            && segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    })
}

/// `scheme://host[:port]` of an absolute URL without user information.
fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if scheme.is_empty() || authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(&url[..scheme.len() + 3 + end])
}

/// Stores a sign-in under a new one-time code and sends the browser back with it.
fn issue_code(
    emu: &Emulator,
    grant: Grant,
    redirect_uri: &str,
    fragment: bool,
    state: Option<&str>,
) -> Response<Body> {
    let code = random_token("EMU-CODE-");
    lock(emu).codes.insert(code.clone(), grant);
    let mut pairs = vec![("code".to_string(), code)];
    if let Some(state) = state {
        pairs.push(("state".into(), state.into()));
    }
    pairs.push(("session_state".into(), random_guid()));
    redirect_with(redirect_uri, fragment, &pairs)
}

async fn preflight(State(emu): State<Shared>, headers: HeaderMap) -> Response<Body> {
    preflight_response(&emu, &headers, "GET, POST", "authorization, content-type")
}

/// A CORS preflight answer: the app's origin may send these methods and headers.
fn preflight_response(
    emu: &Emulator,
    headers: &HeaderMap,
    methods: &'static str,
    allow_headers: &'static str,
) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    if let Some(origin) = allowed_origin(emu, headers) {
        let h = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(origin) {
            h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        }
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(methods),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(allow_headers),
        );
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        );
    }
    response
}

fn allowed_origin<'a>(emu: &Emulator, headers: &'a HeaderMap) -> Option<&'a str> {
    headers
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .filter(|o| *o == emu.config.app_origin)
}

async fn token(
    State(emu): State<Shared>,
    Path(_tenant): Path<String>,
    headers: HeaderMap,
    body: String,
) -> Response<Body> {
    let origin = allowed_origin(&emu, &headers).map(str::to_string);
    let cors = origin.as_deref();
    let params = parse_form(&body);
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let error = |status: StatusCode, error: &str, code: u32, message: &str| {
        let (status, body) = json_error(status, error, code, message, None);
        json_response(status, &body, cors)
    };
    if headers.get(header::ORIGIN).is_none() {
        return error(StatusCode::BAD_REQUEST, "invalid_request", 9002327, "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.");
    }
    let scope = get("scope").unwrap_or("").to_string();
    lock(&emu).token_requests += 1;
    match get("grant_type") {
        Some("authorization_code") => {
            let code = get("code").unwrap_or("").to_string();
            let (grant, fault) = {
                let mut store = lock(&emu);
                if store.used_codes.contains(&code) {
                    drop(store);
                    return error(StatusCode::BAD_REQUEST, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.");
                }
                let Some(grant) = store.codes.get(&code).cloned() else {
                    drop(store);
                    return error(
                        StatusCode::BAD_REQUEST,
                        "invalid_grant",
                        70000,
                        "The provided value for the 'code' parameter is not valid.",
                    );
                };
                // A fault applies once per code, so the app's retry can succeed.
                let fault = grant
                    .fault
                    .filter(|_| store.faulted_codes.insert(code.clone()));
                (grant, fault)
            };
            match fault {
                Some(Fault::Slow) => {
                    // By now the app has given up; answer like an overloaded gateway and leave
                    // the code unredeemed for the retry.
                    tokio::time::sleep(SLOW_TOKEN_DELAY).await;
                    let (_, body) = json_error(
                        StatusCode::GATEWAY_TIMEOUT,
                        "temporarily_unavailable",
                        90033,
                        "A transient error has occurred. Please try again.",
                        None,
                    );
                    return json_response(StatusCode::GATEWAY_TIMEOUT, &body, cors);
                }
                Some(Fault::ServerError) => {
                    let mut response = Response::new(Body::from(
                        "<html><body>Internal Server Error</body></html>",
                    ));
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    if let Some(value) = cors.and_then(|o| HeaderValue::from_str(o).ok()) {
                        response
                            .headers_mut()
                            .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
                    }
                    return response;
                }
                Some(Fault::Malformed) => {
                    return json_response_raw(
                        StatusCode::OK,
                        "{\"token_type\":\"Bearer\",\"access_token\":\"eyJ",
                        cors,
                    );
                }
                Some(Fault::NoCors) => {
                    return json_response_raw(StatusCode::OK, "{\"token_type\":\"Bearer\"}", None);
                }
                None => {}
            }
            if get("client_id") != Some(grant.client_id.as_str()) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid_client",
                    700016,
                    "The client_id does not match the one the code was issued to.",
                );
            }
            if get("redirect_uri") != Some(grant.redirect_uri.as_str()) {
                return error(StatusCode::BAD_REQUEST, "invalid_grant", 70000, "The provided value for the 'redirect_uri' is not valid. The value must exactly match the redirect URI used to obtain the authorization code.");
            }
            if protocol::now_seconds() - grant.issued_at > CODE_LIFETIME_S {
                return error(StatusCode::BAD_REQUEST, "invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.");
            }
            let Some(verifier) = get("code_verifier") else {
                return error(StatusCode::BAD_REQUEST, "invalid_request", 9002325, "Proof Key for Code Exchange is required for cross-origin authorization code redemption.");
            };
            if !tokens::pkce_matches(verifier, &grant.challenge, &grant.method) {
                return error(StatusCode::BAD_REQUEST, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
            }
            {
                let mut store = lock(&emu);
                store.codes.remove(&code);
                store.used_codes.insert(code);
            }
            issue(&emu, &grant, &scope, true, cors)
        }
        Some("refresh_token") => {
            let rt = get("refresh_token").unwrap_or("");
            let grant = lock(&emu).refresh_tokens.get(rt).cloned();
            match grant {
                Some(grant) if get("client_id") == Some(grant.client_id.as_str()) => issue(&emu, &grant, &scope, false, cors),
                _ => error(StatusCode::BAD_REQUEST, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid: the refresh token is not valid."),
            }
        }
        _ => error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            70003,
            "The app requested an unsupported grant type.",
        ),
    }
}

fn json_response_raw(status: StatusCode, body: &'static str, cors: Option<&str>) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Some(value) = cors.and_then(|o| HeaderValue::from_str(o).ok()) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
    }
    response
}

/// Issues tokens for one resource's scopes.
fn issue(
    emu: &Emulator,
    grant: &Grant,
    scope: &str,
    with_id_token: bool,
    cors: Option<&str>,
) -> Response<Body> {
    let consented = lock(emu)
        .consented
        .get(&grant.tenant_id)
        .cloned()
        .unwrap_or_default();
    match tokens::issue(&emu.config, grant, scope, with_id_token, &consented) {
        Ok(issued) => {
            let mut store = lock(emu);
            store.access_tokens.insert(
                issued.access_token.clone(),
                TokenInfo {
                    resource: issued.resource.clone(),
                    client_id: grant.client_id.clone(),
                    tenant_state: grant.tenant_state,
                    tenant_id: grant.tenant_id.clone(),
                },
            );
            if let Some(rt) = &issued.refresh_token {
                store.refresh_tokens.insert(rt.clone(), grant.clone());
            }
            drop(store);
            json_response(StatusCode::OK, &issued.body, cors)
        }
        Err((code, message)) => {
            let (status, body) = json_error(
                StatusCode::BAD_REQUEST,
                "invalid_scope",
                code,
                &message,
                None,
            );
            json_response(status, &body, cors)
        }
    }
}

async fn admin_consent_v1(
    state: State<Shared>,
    path: Path<String>,
    query: RawQuery,
) -> Response<Body> {
    admin_consent(state, path, query, false)
}

async fn admin_consent_v2(
    state: State<Shared>,
    path: Path<String>,
    query: RawQuery,
) -> Response<Body> {
    admin_consent(state, path, query, true)
}

fn admin_consent(
    State(emu): State<Shared>,
    Path(tenant): Path<String>,
    RawQuery(query): RawQuery,
    v2: bool,
) -> Response<Body> {
    let query = query.unwrap_or_default();
    let params = parse_form(&query);
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let profile = &emu.config.profile;
    let client_id = get("client_id").unwrap_or("");
    if !consent_core::ClientId::parse(client_id).is_some_and(|c| profile.is_known_client(c)) {
        return html(
            StatusCode::BAD_REQUEST,
            pages::error_page(
                700016,
                &format!(
                    "Application with identifier '{client_id}' was not found in the directory."
                ),
            ),
        );
    }
    let redirect_uri = get("redirect_uri").unwrap_or(profile.app.redirect_uri.as_str());
    if redirect_uri != profile.app.redirect_uri {
        return html(StatusCode::BAD_REQUEST, pages::error_page(50011, &format!("The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs configured for the application.")));
    }
    let lower = tenant.to_ascii_lowercase();
    if lower == "common" || lower == "consumers" {
        return html(StatusCode::BAD_REQUEST, pages::error_page(90130, "The admin consent endpoint needs a tenant: use the tenant ID, a verified domain or 'organizations'."));
    }
    let Some(tenant_id) = resolve_tenant(&tenant) else {
        return html(
            StatusCode::BAD_REQUEST,
            pages::error_page(90002, &format!("Tenant '{tenant}' not found.")),
        );
    };
    let state = get("state");
    let mut pairs: Vec<(String, String)> = Vec::new();
    match get("emulator_decision") {
        None => html(
            StatusCode::OK,
            pages::admin_consent_screen(profile, tenant_name(tenant_id), &query),
        ),
        Some("accept") => {
            let mut store = lock(&emu);
            let granted = store.consented.entry(tenant_id.to_string()).or_default();
            for p in &profile.delegated_permissions {
                granted.insert(p.name.name().to_string());
            }
            drop(store);
            pairs.push(("admin_consent".into(), "True".into()));
            pairs.push(("tenant".into(), tenant_id.into()));
            if v2 {
                pairs.push(("scope".into(), get("scope").unwrap_or("").into()));
            }
            if let Some(state) = state {
                pairs.push(("state".into(), state.into()));
            }
            redirect_with(redirect_uri, false, &pairs)
        }
        Some(_) if v2 => error_redirect(
            redirect_uri,
            false,
            "consent_required",
            65004,
            "The resource owner or authorization server denied the request.",
            None,
            state,
            get("client-request-id"),
            &[("admin_consent", "True")],
        ),
        Some(_) => {
            pairs.push(("error".into(), "permission_denied".into()));
            pairs.push((
                "error_description".into(),
                "The admin canceled the request".into(),
            ));
            if let Some(state) = state {
                pairs.push(("state".into(), state.into()));
            }
            redirect_with(redirect_uri, false, &pairs)
        }
    }
}

async fn discovery(
    State(emu): State<Shared>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
) -> Response<Body> {
    let _ = headers;
    let base = emu.config.profile.authority_host().to_string();
    let lower = tenant.to_ascii_lowercase();
    let id = if lower == "organizations" || lower == "common" {
        Some("{tenantid}")
    } else {
        resolve_tenant(&tenant)
    };
    let Some(id) = id else {
        let (status, body) = json_error(StatusCode::BAD_REQUEST, "invalid_tenant", 90002, &format!("Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."), None);
        return json_response(status, &body, Some("*"));
    };
    let body = serde_json::json!({
        "token_endpoint": format!("{base}/{id}/oauth2/v2.0/token"),
        "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        "jwks_uri": format!("{base}/{id}/discovery/v2.0/keys"),
        "response_modes_supported": ["query", "fragment", "form_post"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
        "scopes_supported": ["openid", "profile", "email", "offline_access"],
        "issuer": format!("{base}/{id}/v2.0"),
        "request_uri_parameter_supported": false,
        "userinfo_endpoint": format!("{base}/oidc/userinfo"),
        "authorization_endpoint": format!("{base}/{id}/oauth2/v2.0/authorize"),
        "http_logout_supported": true,
        "frontchannel_logout_supported": true,
        "end_session_endpoint": format!("{base}/{id}/oauth2/v2.0/logout"),
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
        "tenant_region_scope": "EU",
        "cloud_instance_name": "microsoftonline.com",
        "cloud_graph_host_name": "graph.windows.net",
        "msgraph_host": "graph.microsoft.com",
        "rbac_url": "https://pas.windows.net"
    });
    json_response(StatusCode::OK, &body, Some("*"))
}

async fn stats(State(emu): State<Shared>) -> Response<Body> {
    let store = lock(&emu);
    let body = serde_json::json!({
        "token_requests": store.token_requests,
        "graph_requests": store.graph_requests,
        "graph_preflights": store.graph_preflights,
    });
    drop(store);
    json_response(StatusCode::OK, &body, Some("*"))
}

async fn keys() -> Response<Body> {
    json_response(
        StatusCode::OK,
        &serde_json::json!({ "keys": [] }),
        Some("*"),
    )
}

#[cfg(test)]
mod tests;
