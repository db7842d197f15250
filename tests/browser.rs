//! Browser tests (wasm-bindgen-test in headless Chromium) for the browser glue: reading the
//! address bar into an intake, rewriting it, and the performance mark.
#![cfg(target_arch = "wasm32")]

use consent_core::{AadstsCode, Audience, Intake};
use consent_doctor::browser;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn intake_reads_query_and_fragment_from_location() {
    browser::replace_url(
        "/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.#audience=admin&tenant=contoso.com",
    );
    let (path, search, hash) = browser::current_location();
    assert_eq!(path, "/diagnose");
    let intake = Intake::from_location(&search, &hash);
    assert_eq!(intake.primary_code(), AadstsCode::new(90094));
    assert_eq!(intake.audience, Some(Audience::Admin));
    assert_eq!(
        intake.tenant.map(|t| t.to_string()).as_deref(),
        Some("contoso.com")
    );
}

#[wasm_bindgen_test]
fn set_param_replaces_only_that_key_where_the_parameters_live() {
    browser::replace_url("/diagnose#error_codes=90095&audience=user&tenant=contoso.com");
    browser::set_param("audience", "admin");
    let (_, search, hash) = browser::current_location();
    assert_eq!(search, "");
    assert_eq!(hash, "#audience=admin&error_codes=90095&tenant=contoso.com");
    browser::replace_url("/diagnose?error=access_denied");
    browser::set_param("audience", "support");
    let (_, search, hash) = browser::current_location();
    assert_eq!(
        (search.as_str(), hash.as_str()),
        ("?audience=support&error=access_denied", "")
    );
}

#[wasm_bindgen_test]
fn the_diagnosis_mark_is_set_once() {
    browser::mark_diagnosis_rendered();
    browser::mark_diagnosis_rendered();
    let performance = web_sys::window().unwrap().performance().unwrap();
    assert_eq!(
        performance
            .get_entries_by_name("diagnosis-rendered")
            .length(),
        1
    );
}

#[wasm_bindgen_test]
fn replace_url_does_not_add_history_entries() {
    let before = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();
    browser::replace_url("/callback?code=x");
    browser::replace_url("/callback");
    let after = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();
    assert_eq!(before, after);
    assert_eq!(browser::current_location().1, "");
}
