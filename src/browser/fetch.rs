//! The requests the app makes: the token endpoint, Graph's `/me` for the sign-in check, and
//! the tenant check's Graph reads (GET only).

use std::fmt;

use gloo_net::http::Request;
use wasm_bindgen::JsCast;

/// How long to wait for the token endpoint before offering a retry.
pub const TOKEN_TIMEOUT_MS: i32 = 12_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    Timeout,
    /// The browser could not read the response (network, or CORS refused).
    Network,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Timeout => f.write_str("The sign-in service did not answer within 12 seconds."),
            FetchError::Network => f.write_str("The browser could not read the token endpoint's answer. Usually the app's redirect URI is registered as \"Web\" instead of \"Single-page application\" (so the answer lacks CORS headers), or a network filter blocked the request."),
        }
    }
}

/// POSTs a form body and returns the status and body text, giving up after `timeout_ms`.
pub async fn post_form(
    url: &str,
    body: String,
    timeout_ms: i32,
) -> Result<(u16, String), FetchError> {
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Network)?;
    let signal = controller.signal();
    let timer = {
        let controller = controller.clone();
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
        web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                timeout_ms,
            )
            .ok()
        })
    };
    let request = Request::post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .abort_signal(Some(&signal))
        .body(body)
        .map_err(|_| FetchError::Network)?;
    let result = request.send().await;
    if let (Some(window), Some(id)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(id);
    }
    let response = match result {
        Ok(response) => response,
        Err(_) if signal.aborted() => return Err(FetchError::Timeout),
        Err(_) => return Err(FetchError::Network),
    };
    let status = response.status();
    let text = response.text().await.map_err(|_| FetchError::Network)?;
    Ok((status, text))
}

/// `GET {graph}/v1.0/me`, returning the display name.
pub async fn graph_display_name(graph_base: &str, access_token: &str) -> Option<String> {
    let answer = graph_get(&format!("{graph_base}/v1.0/me"), access_token)
        .await
        .ok()?;
    if !(200..300).contains(&answer.status) {
        return None;
    }
    consent_core::check::graph_me::display_name(&answer.body)
}

/// `GET url`, returning the status and body text.
pub async fn get_text(url: &str) -> Result<(u16, String), FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    status_and_text(response).await
}

/// The same for a request the loader script started before the app was downloaded.
pub async fn early_text(promise: js_sys::Promise) -> Result<(u16, String), FetchError> {
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into()
        .map_err(|_| FetchError::Network)?;
    status_and_text(gloo_net::http::Response::from(response)).await
}

async fn status_and_text(response: gloo_net::http::Response) -> Result<(u16, String), FetchError> {
    let status = response.status();
    let text = response.text().await.map_err(|_| FetchError::Network)?;
    Ok((status, text))
}

/// One Graph read's raw answer: status, body, and `Retry-After` in seconds when Graph sent it.
pub struct GraphAnswer {
    pub status: u16,
    pub body: String,
    pub retry_after_s: Option<u32>,
}

/// `GET url` with the bearer token. There is no other method in this module's Graph code:
/// the tenant check never writes.
pub async fn graph_get(url: &str, access_token: &str) -> Result<GraphAnswer, FetchError> {
    let response = Request::get(url)
        .header("Authorization", &format!("Bearer {access_token}"))
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    let status = response.status();
    let retry_after_s = response
        .headers()
        .get("Retry-After")
        .and_then(|v| v.trim().parse::<u32>().ok());
    let body = response.text().await.map_err(|_| FetchError::Network)?;
    Ok(GraphAnswer {
        status,
        body,
        retry_after_s,
    })
}

/// Waits `ms` milliseconds (Graph's `Retry-After`).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
