//! Hostile text in every parameter is shown as text: no script runs, no markup appears, no
//! `javascript:` link exists.

use crate::harness::{with_browser, Browser};

const PAYLOADS: [&str; 6] = [
    "<img src=x onerror=\"window.__pwned=1\">",
    "<script>window.__pwned=2</script>",
    "javascript:window.__pwned=3",
    "\"><svg onload=window.__pwned=4>",
    "{{constructor.constructor('window.__pwned=5')()}}",
    "AADSTS90094: <b>bold</b> \u{202e}reversed",
];

const PARAMS: [&str; 16] = [
    "error",
    "error_description",
    "error_subcode",
    "error_uri",
    "error_codes",
    "suberror",
    "trace_id",
    "correlation_id",
    "timestamp",
    "state",
    "admin_consent",
    "tenant",
    "scope",
    "audience",
    "client_id",
    "unknown<key>",
];

async fn assert_inert(b: &Browser, context: &str) {
    b.verdict().await;
    let pwned = b.exec("return window.__pwned === undefined").await;
    assert_eq!(pwned, true, "{context}: a payload ran");
    assert_eq!(
        b.count("img[src='x'], svg[onload], b").await,
        0,
        "{context}: markup was injected"
    );
    assert_eq!(
        b.count("script").await,
        1,
        "{context}: only the loader script may exist"
    );
    let js_links = b.exec("return Array.from(document.querySelectorAll('a')).filter(a => a.href.trim().toLowerCase().startsWith('javascript')).length").await;
    assert_eq!(js_links, 0, "{context}: javascript: link");
}

#[tokio::test]
async fn payloads_in_every_parameter_render_as_text() {
    with_browser(|b: Browser| async move {
        for payload in PAYLOADS {
            let encoded = consent_core::urls::encode(payload);
            let query: Vec<String> = PARAMS
                .iter()
                .map(|p| format!("{}={encoded}", consent_core::urls::encode(p)))
                .collect();
            b.goto(&format!("/diagnose?{}", query.join("&"))).await;
            assert_inert(&b, payload).await;
            // The error value is shown verbatim as text in the details.
            if payload.starts_with('<') {
                let shown = b.text(".facts").await;
                assert!(
                    shown.contains(payload.trim_end_matches('>')),
                    "{payload} not shown as text: {shown}"
                );
            }
            b.goto(&format!(
                "/diagnose#text={encoded}&error_description={encoded}"
            ))
            .await;
            assert_inert(&b, payload).await;
            b.goto(&format!(
                "/callback?error={encoded}&error_description={encoded}&state=x"
            ))
            .await;
            assert_inert(&b, payload).await;
            b.goto(&format!(
                "/admin?tenant={encoded}&client_id={encoded}&cloud={encoded}"
            ))
            .await;
            b.wait_for("h1").await;
            assert_eq!(
                b.exec("return window.__pwned === undefined").await,
                true,
                "admin: {payload}"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn error_uri_is_a_link_only_to_microsoft() {
    with_browser(|b: Browser| async move {
        b.goto("/diagnose?error=access_denied&error_uri=https%3A%2F%2Fevil.example%2Fphish").await;
        b.verdict().await;
        assert_eq!(b.count("a[href*='evil.example']").await, 0);
        b.goto("/diagnose?error=access_denied&error_uri=https%3A%2F%2Flogin.microsoftonline.com%2Ferror%3Fcode%3D65004").await;
        b.verdict().await;
        assert_eq!(b.count("a[href='https://login.microsoftonline.com/error?code=65004']").await, 1);
    })
    .await;
}

#[tokio::test]
async fn two_megabytes_in_the_fragment_loads_and_says_it_was_cut() {
    with_browser(|b: Browser| async move {
        // Chromium caps URLs at 2 MB, so the big input is placed with the History API.
        b.goto("/").await;
        b.exec("const big = 'x'.repeat(2200000) + ' AADSTS90094'; history.pushState(null, '', '/diagnose#text=' + big); dispatchEvent(new PopStateEvent('popstate'));").await;
        let (verdict, _, _) = b.verdict().await;
        assert!(!verdict.is_empty());
        let notes = b.text(".notes").await;
        assert!(notes.contains("too long"), "{notes}");
    })
    .await;
}
