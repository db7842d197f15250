//! The address bar: reading query and fragment, and rewriting them without a reload.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// `(path, search, hash)` of the current page, as the browser reports them.
pub fn current_location() -> (String, String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return (String::new(), String::new(), String::new());
    };
    (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    )
}

/// `https://help.example` — where share links point.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Replaces the current history entry's URL (no reload, no new entry). Used to strip codes
/// and state from the address bar and to keep the audience in the URL.
pub fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Sets `key=value` in the fragment if the page's parameters live there, else in the query.
pub fn set_param(key: &str, value: &str) {
    let (path, search, hash) = current_location();
    let search = search.strip_prefix('?').unwrap_or(&search).to_string();
    let hash = hash.strip_prefix('#').unwrap_or(&hash).to_string();
    let in_hash = !hash.is_empty() || search.is_empty();
    let edit = |params: &str| -> String {
        let mut pairs: Vec<String> = params
            .split('&')
            .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
            .map(str::to_string)
            .collect();
        pairs.insert(0, format!("{key}={}", consent_core::urls::encode(value)));
        pairs.join("&")
    };
    let url = if in_hash {
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        format!("{path}{query}#{}", edit(&hash))
    } else {
        let fragment = if hash.is_empty() {
            String::new()
        } else {
            format!("#{hash}")
        };
        format!("{path}?{}{fragment}", edit(&search))
    };
    replace_url(&url);
}

/// A signal that changes whenever the fragment changes (a share link opened on the same page).
pub fn hash_changes() -> ReadSignal<u32> {
    let (count, set_count) = signal(0u32);
    if let Some(window) = web_sys::window() {
        let handler = Closure::<dyn Fn()>::new(move || set_count.update(|n| *n += 1));
        let _ =
            window.add_event_listener_with_callback("hashchange", handler.as_ref().unchecked_ref());
        let function: js_sys::Function = handler.into_js_value().unchecked_into();
        on_cleanup(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.remove_event_listener_with_callback("hashchange", &function);
            }
        });
    }
    count
}

/// One query parameter's decoded value.
pub fn query_value(search: &str, key: &str) -> Option<String> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .find_map(|p| p.strip_prefix(&format!("{key}=")))
        .map(|v| consent_core::text::percent_decode(v, true))
}

/// The history entry's state that asks the loader in `Trunk.toml` for the full app (same
/// text there). History state, not storage: the loader reads it before it requests the wasm,
/// and the first `sessionStorage` read of a page costs Chromium a round trip to its browser
/// process, which the benchmark saw as 15–20 ms before the download started.
const FULL_APP: &str = "consent-doctor.full-app";

/// Reloads this page in the full app, once: the loader reads the state and clears it.
/// `false` when the state is already set (a loader that ignores it) or reloading fails, so
/// the caller shows what it knows instead of looping.
pub fn reload_as_full_app() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(history) = window.history() else {
        return false;
    };
    if history.state().ok().and_then(|s| s.as_string()).as_deref() == Some(FULL_APP) {
        return false;
    }
    history
        .replace_state(&wasm_bindgen::JsValue::from_str(FULL_APP), "")
        .is_ok()
        && window.location().reload().is_ok()
}
