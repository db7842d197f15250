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

#[wasm_bindgen_test]
fn the_browser_csprng_gives_distinct_well_formed_verifiers() {
    let profile = consent_core::Profile::from_json(include_str!("../profiles/demo.json")).unwrap();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..1000 {
        let mut pool = vec![browser::random32().expect("crypto.getRandomValues"); 1];
        pool.push(browser::random32().unwrap());
        pool.push(browser::random32().unwrap());
        let mut random = move || pool.pop().unwrap();
        let request = consent_core::signin::authorize(&profile, &mut random, 0.0, None).unwrap();
        let tx = request.transaction;
        for value in [&tx.verifier, &tx.state, &tx.nonce] {
            assert_eq!(value.len(), 43, "{value}");
            assert!(
                value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)),
                "{value}"
            );
        }
        assert!(seen.insert(tx.verifier.clone()), "a verifier repeated");
        assert!(seen.insert(tx.state.clone()), "a state repeated");
    }
}

#[wasm_bindgen_test]
fn the_pending_sign_in_is_gone_after_it_is_taken() {
    let tx = consent_core::signin::Transaction {
        state: "s".into(),
        verifier: "v".repeat(43),
        nonce: "n".into(),
        authority: "http://127.0.0.1:8081/organizations".into(),
        client_id: "c".into(),
        redirect_uri: "http://127.0.0.1:8080/callback".into(),
        created_at_ms: 1.0,
        tenant_check: None,
    };
    assert!(browser::store_transaction(&tx));
    assert_eq!(browser::take_transaction(), Some(tx));
    assert_eq!(
        browser::take_transaction(),
        None,
        "a second read finds nothing"
    );
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    assert_eq!(storage.length().unwrap(), 0);
    assert_eq!(
        web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .length()
            .unwrap(),
        0
    );
}

#[wasm_bindgen_test]
fn the_report_clock_is_utc_to_the_second() {
    let now = browser::now_utc();
    // "2026-11-20 09:15:27 UTC"
    assert_eq!(now.len(), 23, "{now}");
    assert!(now.ends_with(" UTC"), "{now}");
    let shape: String = now
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    assert_eq!(shape, "9999-99-99 99:99:99 UTC");
}

#[wasm_bindgen_test]
fn lang_in_the_address_wins_and_an_unknown_one_falls_back_to_the_browser() {
    use browser::Choice;
    use consent_core::i18n::Language;
    browser::replace_url("/diagnose?lang=pt-br#error_codes=90094");
    assert_eq!(browser::initial_choice(), Choice::Language(Language::PtBr));
    browser::replace_url("/diagnose#error_codes=90094&lang=zh-Hans");
    assert_eq!(
        browser::initial_choice(),
        Choice::Language(Language::ZhHans)
    );
    browser::replace_url("/?lang=en-XA");
    assert_eq!(browser::initial_choice(), Choice::Pseudo);
    // The test browser's own languages decide for a value we do not have.
    browser::replace_url("/?lang=../../etc");
    let browser_languages: Vec<String> = web_sys::window()
        .unwrap()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    let expected = Language::negotiate(browser_languages.iter().map(String::as_str));
    assert_eq!(browser::initial_choice(), Choice::Language(expected));
    browser::replace_url("/");
}

#[wasm_bindgen_test]
fn the_document_says_its_language_and_direction() {
    browser::set_document_language(browser::Choice::Language(consent_core::i18n::Language::Ja));
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ja"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    browser::set_document_language(browser::Choice::Pseudo);
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en-XA"));
}

#[wasm_bindgen_test]
async fn english_and_the_pseudo_locale_need_no_request() {
    use consent_core::i18n::{Language, Msg};
    let english = browser::load_messages(browser::Choice::Language(Language::En))
        .await
        .unwrap();
    assert!(english.get(Msg::NavStart).starts_with("Start"));
    let pseudo = browser::load_messages(browser::Choice::Pseudo)
        .await
        .unwrap();
    assert!(pseudo.get(Msg::NavStart).starts_with('⟦'));
}
