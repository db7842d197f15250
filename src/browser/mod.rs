//! Browser glue: where pages and components reach `window`, `fetch`, storage, the clipboard
//! and the Performance API (the router keeps its own history and click handling). Pages call
//! these small functions and stay testable.

mod code_texts;
mod fetch;
mod language;
mod location;
mod profile;
mod storage;

pub use code_texts::load_code_texts;
pub use fetch::{
    get_text, graph_display_name, graph_get, post_form, sleep_ms, FetchError, GraphAnswer,
    TOKEN_TIMEOUT_MS,
};
pub use language::{
    address_choice, initial_choice, load_messages, set_document_language, set_document_title,
    Choice,
};
pub use location::{
    current_location, hash_changes, origin, query_value, reload_as_full_app, replace_url, set_param,
};
pub use profile::{load_profile, LoadError};
pub use storage::{
    clear as clear_storage, leave_for, now_ms, random32, store_transaction, take_transaction,
};

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static DIAGNOSIS_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Removes the element with this `id`, if the page has one (the boot message).
pub fn remove_element(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.remove();
    }
}

/// Sets a CSS custom property on `<html>` through the style API, which the CSP allows where
/// an inline `<style>` would not be.
pub fn set_root_style(property: &str, value: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(html) = root {
        let _ = html.style().set_property(property, value);
    }
}

/// A performance mark, for the benchmark's breakdown of a cold load.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// `performance.mark("diagnosis-rendered")`, once per page load: the benchmark measures
/// navigation start to this mark.
pub fn mark_diagnosis_rendered() {
    if DIAGNOSIS_MARKED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("diagnosis-rendered");
    }
}

/// Copies text; `false` when the browser refused (no permission, insecure context).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a file download without any network request.
pub fn download_text(filename: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain;charset=utf-8");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let anchor: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
        web_sys::Url::revoke_object_url(&url).ok()?;
        Some(())
    };
    run().is_some()
}

pub fn user_agent() -> Option<String> {
    web_sys::window()?.navigator().user_agent().ok()
}

/// The current date and time in UTC, to the second (`2026-11-20 09:15:27 UTC`): the clock
/// Microsoft's own error pages and logs use. Not `toLocaleString`, whose first call loads the
/// locale data and took 50 ms of the first visit.
pub fn now_utc() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // "2026-11-20T09:15:27.123Z"
    match (iso.get(..10), iso.get(11..19)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => iso,
    }
}

/// Moves keyboard focus to the element with this id (after a route change, for screen readers).
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
