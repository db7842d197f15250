//! `/developers`: the snippets name this deployment, the printed integrity value is the
//! served file's, and the URL the forwarding helper builds opens the right diagnosis.

use serde_json::{json, Value};

use crate::harness::{base_url, copy_of_dist, serve_other, with_browser, Browser};

/// The code of every snippet on the current `/developers` page, once they are shown.
async fn snippet_texts(b: &Browser) -> Vec<String> {
    b.wait_for("[data-snippet] pre").await;
    let texts = b
        .exec("return [...document.querySelectorAll('[data-snippet] pre')].map(p => p.textContent)")
        .await;
    serde_json::from_value(texts).expect("snippet texts")
}

#[tokio::test]
async fn every_snippet_names_this_deployment() {
    with_browser(|b: Browser| async move {
        b.goto("/developers").await;
        let site = base_url();
        let texts = snippet_texts(&b).await;
        assert!(texts.len() >= 11, "{} snippets", texts.len());
        for text in &texts {
            assert!(text.contains(site.trim_end_matches('/')), "{text}");
            assert!(!text.contains("help.example.com"), "{text}");
        }
        // Reached from the footer of every page.
        assert_eq!(b.count("footer a[href='/developers']").await, 1);
        b.console().await;
    })
    .await;
}

#[tokio::test]
async fn another_profile_gets_its_own_address_in_every_snippet() {
    let copy = copy_of_dist("northwind-developers");
    std::fs::write(
        copy.join("profile.json"),
        include_str!("../../profiles/northwind-sidebar.json"),
    )
    .unwrap();
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client.goto(&format!("{base}/developers")).await.unwrap();
        let texts = snippet_texts(&b).await;
        assert!(texts.len() >= 11);
        for text in &texts {
            assert!(text.contains("https://help.northwind.example"), "{text}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_printed_integrity_value_admits_the_served_helper_and_nothing_else() {
    with_browser(|b: Browser| async move {
        b.goto("/developers").await;
        let tag = loop {
            let text = b.text("[data-integrity] pre").await;
            if text.starts_with("<script") {
                break text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        let sri = tag
            .split("integrity=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("an integrity value")
            .to_string();
        assert!(sri.starts_with("sha384-") && sri.len() == 7 + 64, "{sri}");
        // The browser checks the value: the right one loads, a wrong one is refused.
        let load = |integrity: String| {
            let b = &b;
            async move {
                b.exec(&format!(
                    "return new Promise(done => {{ const s = document.createElement('script'); s.type = 'module'; s.src = '/forward.js?' + Math.random(); s.integrity = {}; s.crossOrigin = 'anonymous'; s.onload = () => done('loaded'); s.onerror = () => done('refused'); document.head.append(s); }})",
                    json!(integrity)
                ))
                .await
            }
        };
        assert_eq!(load(sri.clone()).await, json!("loaded"));
        let wrong = format!("sha384-{}", "A".repeat(64));
        assert_eq!(load(wrong).await, json!("refused"));
        // Other sites may import it.
        let cors = b
            .exec("return fetch('/forward.js').then(r => r.headers.get('access-control-allow-origin'))")
            .await;
        assert_eq!(cors, json!("*"));
    })
    .await;
}

/// Builds a help URL with the served `/forward.js`, as a vendor's page would.
async fn help_url(b: &Browser, input: Value) -> String {
    let url = b
        .exec(&format!(
            "return import('/forward.js').then(m => m.helpUrl({input}, location.origin))"
        ))
        .await;
    url.as_str().expect("a URL").to_string()
}

#[tokio::test]
async fn the_helpers_urls_open_the_right_diagnosis_and_carry_nothing_else() {
    with_browser(|b: Browser| async move {
        b.goto("/developers").await;
        b.wait_for("[data-snippet]").await;
        // An MSAL.js consent error, as msal-browser's InteractionRequiredAuthError holds it.
        let consent = help_url(
            &b,
            json!({
                "name": "InteractionRequiredAuthError",
                "errorCode": "invalid_grant",
                "subError": "consent_required",
                "errorMessage": "AADSTS65001: The user or administrator has not consented to use the application with ID '3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11' named 'Contoso Mail Assistant'.\r\nTrace ID: 0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b\r\nCorrelation ID: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\r\nTimestamp: 2025-03-04 10:11:12Z",
                "correlationId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                "accessToken": "SECRET-TOKEN"
            }),
        )
        .await;
        assert!(consent.contains("/diagnose#"), "{consent}");
        assert!(!consent.contains("SECRET-TOKEN"), "{consent}");
        b.client.goto(&consent).await.unwrap();
        let (verdict, code, _) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str()), ("admin-consent-required", "65001"));

        // A redirect that came back with an error, a code and state: only the error travels.
        b.goto("/developers").await;
        b.wait_for("[data-snippet]").await;
        let redirect = help_url(
            &b,
            json!("https://app.example/auth?code=SECRET-CODE&state=SECRET-STATE&error=access_denied&error_subcode=cancel&redirect_uri=https%3A%2F%2Fevil.example"),
        )
        .await;
        for secret in ["SECRET-CODE", "SECRET-STATE", "evil.example"] {
            assert!(!redirect.contains(secret), "{redirect}");
        }
        b.client.goto(&redirect).await.unwrap();
        let (verdict, _, _) = b.verdict().await;
        assert_eq!(verdict, "user-declined-consent");
        b.console().await;
    })
    .await;
}
