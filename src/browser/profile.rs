//! Loading `profile.json` from beside `index.html`, so a vendor can change it without a rebuild.

use std::fmt;

use consent_core::{Profile, ProfileError};
use gloo_net::http::{Request, Response};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug)]
pub enum LoadError {
    Network(String),
    Http(u16),
    Invalid(ProfileError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "profile.json could not be loaded ({e}). Check that the site is served over HTTP, not opened as a file."),
            LoadError::Http(404) => f.write_str("profile.json was not found beside index.html (HTTP 404). Copy your profile into the site's root folder."),
            LoadError::Http(status) => write!(f, "profile.json could not be loaded: the server answered HTTP {status}."),
            LoadError::Invalid(e) => e.fmt(f),
        }
    }
}

/// The profile, from the request the loader script in `Trunk.toml` started before the app
/// was even downloaded (`window.consentDoctorProfile`), or from a new request.
pub async fn load_profile(
    read: fn(&str) -> Result<Profile, ProfileError>,
) -> Result<Profile, LoadError> {
    let response = match early_request() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| LoadError::Network(describe(&e)))?
            .dyn_into::<web_sys::Response>()
            .map(Response::from)
            .map_err(|_| LoadError::Network("not an HTTP response".into()))?,
        None => Request::get("/profile.json")
            .send()
            .await
            .map_err(|e| LoadError::Network(e.to_string()))?,
    };
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    read(&text).map_err(LoadError::Invalid)
}

/// Takes the loader's request, so that a second call fetches afresh.
fn early_request() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("consentDoctorProfile");
    let value = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    value.dyn_into().ok()
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the request failed".into())
}
