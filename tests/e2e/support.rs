//! Support links and reports: a link built on `/support` opens the same diagnosis in a fresh
//! browser, the report keeps IDs and drops secrets, a hostile link changes nothing it must
//! not, and a diagnosis prints as a short instruction sheet.

use std::sync::{Arc, Mutex};

use base64::Engine;

use crate::harness::{with_browser, Browser};

const TRACE: &str = "0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b";

async fn select(b: &Browser, css: &str, value: &str) {
    let select = b.wait_for(css).await;
    select.select_by_value(value).await.unwrap();
}

#[tokio::test]
async fn a_link_built_on_support_opens_the_same_diagnosis_in_a_fresh_browser() {
    let link = Arc::new(Mutex::new(String::new()));
    let check_link = Arc::new(Mutex::new(String::new()));
    let (out, out_check) = (link.clone(), check_link.clone());
    with_browser(move |b: Browser| async move {
        b.goto("/support").await;
        select(&b, "#situation", "53003").await;
        select(&b, "#link-audience", "admin").await;
        b.wait_for("#link-tenant")
            .await
            .send_keys("contoso.com")
            .await
            .unwrap();
        b.wait_for("#link-user")
            .await
            .send_keys("alex@contoso.com")
            .await
            .unwrap();
        assert_eq!(
            b.wait_for("[data-preview-verdict]")
                .await
                .attr("data-preview-verdict")
                .await
                .unwrap()
                .as_deref(),
            Some("conditional-access-blocked")
        );
        let href = b.href("a[data-share-link]").await;
        assert!(
            href.len() <= 2048 && href.contains("#audience=admin"),
            "{href}"
        );
        assert!(!b
            .wait_for("svg[data-qr] path")
            .await
            .attr("d")
            .await
            .unwrap()
            .unwrap_or_default()
            .is_empty());
        let check = b.href("a[data-check-link]").await;
        *out.lock().unwrap() = href;
        *out_check.lock().unwrap() = check;
    })
    .await;
    let href = link.lock().unwrap().clone();
    let check = check_link.lock().unwrap().clone();
    with_browser(move |b: Browser| async move {
        b.client.goto(&href).await.unwrap();
        let (verdict, code, audience) = b.verdict().await;
        assert_eq!(
            (verdict.as_str(), code.as_str(), audience.as_str()),
            ("conditional-access-blocked", "53003", "admin")
        );
        assert!(b
            .text("[data-report]")
            .await
            .contains("Tenant: contoso.com"));
        let page = b.client.source().await.unwrap().to_lowercase();
        assert!(
            !page.contains("from support") && !page.contains("verified link"),
            "the page must not vouch for the link"
        );
        b.client.goto(&check).await.unwrap();
        b.wait_for("[data-action='sign-in']").await;
        assert!(
            b.text("main").await.contains("alex@contoso.com"),
            "the account is suggested"
        );
    })
    .await;
}

#[tokio::test]
async fn a_link_from_pasted_customer_text_keeps_their_ids() {
    with_browser(|b: Browser| async move {
        b.goto("/support").await;
        let text = format!("Sorry, but we're having trouble signing you in.\nAADSTS50105: Your administrator has configured the application to block users unless they are specifically granted ('assigned') access.\nTrace ID: {TRACE}\nCorrelation ID: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\nTimestamp: 2025-05-01 10:00:00Z");
        b.wait_for("#customer-text").await.send_keys(&text).await.unwrap();
        assert_eq!(b.wait_for("[data-preview-verdict]").await.attr("data-preview-verdict").await.unwrap().as_deref(), Some("user-not-assigned"));
        let href = b.href("a[data-share-link]").await;
        b.client.goto(&href).await.unwrap();
        assert_eq!(b.verdict().await.1, "50105");
        assert!(b.text("[data-report]").await.contains(TRACE));
    })
    .await;
}

#[tokio::test]
async fn the_report_has_the_ids_but_no_email_or_code_unless_asked() {
    with_browser(|b: Browser| async move {
        let description = format!("AADSTS50020: User account 'megan.b@fabrikam.example' from identity provider 'live.com' does not exist in tenant 'Contoso'.\r\nTrace ID: {TRACE}\r\nCorrelation ID: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b\r\nTimestamp: 2025-05-01 10:00:00Z");
        b.goto(&format!("/diagnose?error=invalid_request&error_description={}&code=0.AQ-SECRET-AUTH-CODE", consent_core::urls::encode(&description))).await;
        let report = b.text("[data-report]").await;
        for needle in [TRACE, "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "2025-05-01T10:00:00Z", "AADSTS50020", "account-problem"] {
            assert!(report.contains(needle), "{needle} missing:\n{report}");
        }
        assert!(!report.contains("megan.b@fabrikam.example") && !report.contains("SECRET"), "{report}");
        assert!(report.contains("authorization code arrived"), "the report says a code was dropped");
        let share = b.href("a[data-share-link]").await;
        assert!(!share.contains("megan") && !share.contains("SECRET"), "{share}");
        b.click(".details input[type='checkbox']").await;
        assert!(b.text("[data-report]").await.contains("megan.b@fabrikam.example"), "opted in");
        // "Download as .txt" is there and makes no request.
        let download = b.exec("return Array.from(document.querySelectorAll('.details .actions button')).filter(x => x.textContent.includes('Download as .txt')).length").await;
        assert_eq!(download, 1);
    })
    .await;
}

#[tokio::test]
async fn a_hostile_link_changes_nothing_it_must_not() {
    with_browser(|b: Browser| async move {
        let start = b.base.clone();
        b.goto("/diagnose#error_codes=90094&audience=admin&redirect_uri=https%3A%2F%2Fevil.example&authority=https%3A%2F%2Fevil.example&returnTo=https%3A%2F%2Fevil.example&support_verified=yes&error_description=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3EMessage+from+your+vendor%3A+grant+everything").await;
        let (verdict, code, audience) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str(), audience.as_str()), ("admin-consent-required", "90094", "admin"));
        let consent = b.href("a[data-consent-url]").await;
        assert!(consent.starts_with(&b.emulator), "the authority comes from the profile: {consent}");
        assert!(!consent.contains("evil"), "{consent}");
        let notes = b.text(".notes").await;
        assert!(notes.contains("support_verified") && notes.contains("Ignored parameters"), "{notes}");
        assert!(notes.contains("never sends you to an address taken from a link"), "{notes}");
        assert_eq!(b.exec("return window.__pwned === undefined").await, true);
        assert!(b.url().await.starts_with(&start));
        assert_eq!(b.count("a[href*='evil']").await, 0);
        // The vendor's words come from the profile only; text from the link stays in the details.
        assert!(!b.text("#diagnosis").await.contains("grant everything"));
    })
    .await;
}

#[tokio::test]
async fn a_diagnosis_prints_as_a_one_or_two_page_sheet() {
    with_browser(|b: Browser| async move {
        for audience in ["user", "admin", "support"] {
            b.goto(&format!("/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.&audience={audience}")).await;
            b.verdict().await;
            let value = b.session_command("print", serde_json::json!({ "background": false })).await;
            let pdf = base64::engine::general_purpose::STANDARD.decode(value.as_str().expect("a PDF")).unwrap();
            let pages = count_pages(&pdf);
            assert!((1..=2).contains(&pages), "{audience}: {pages} pages");
        }
    })
    .await;
}

/// Counts `/Type /Page` objects (not `/Pages`) in a PDF.
fn count_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}
