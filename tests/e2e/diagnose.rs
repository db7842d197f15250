//! `/diagnose` in a real browser: one case per verdict, the audience switch, the paste flow.

use crate::harness::{copy_of_dist_without, serve_other, with_browser, Browser};

const TRACE: &str = "0b9c5a12-7f3e-4d21-9a8b-1c2d3e4f5a6b";

fn redirect(error: &str, code: u32, message: &str) -> String {
    let description =
        format!("AADSTS{code}: {message}\r\nTrace ID: {TRACE}\r\nTimestamp: 2025-03-04 10:11:12Z");
    format!(
        "error={error}&error_description={}",
        consent_core::urls::encode(&description)
    )
}

#[tokio::test]
async fn every_verdict_renders_with_its_code() {
    with_browser(|b: Browser| async move {
        let cases = [
            (format!("?{}", redirect("access_denied", 90094, "The grant requires admin permission.")), "admin-consent-required", "90094"),
            (format!("#{}", redirect("access_denied", 90095, "Admin consent is required.")), "admin-consent-workflow", "90095"),
            ("?error=access_denied&error_subcode=cancel".to_string(), "user-declined-consent", ""),
            ("?admin_consent=True&tenant=contoso.com".to_string(), "admin-consent-granted", ""),
            (format!("?{}", redirect("unauthorized_client", 7000112, "Application is disabled.")), "app-disabled", "7000112"),
            (format!("?{}", redirect("access_denied", 50105, "Not assigned.")), "user-not-assigned", "50105"),
            (format!("?{}", redirect("access_denied", 53003, "Blocked by Conditional Access.")), "conditional-access-blocked", "53003"),
            (format!("?{}", redirect("unauthorized_client", 700016, "Application with identifier was not found in the directory.")), "app-not-found-in-tenant", "700016"),
            (format!("?{}", redirect("invalid_request", 50011, "Reply URL mismatch.")), "misconfigured-app", "50011"),
            (format!("?{}", redirect("interaction_required", 50076, "MFA required.")), "sign-in-required", "50076"),
            (format!("?{}", redirect("invalid_grant", 50126, "Invalid username or password.")), "account-problem", "50126"),
            (format!("?{}", redirect("server_error", 90033, "Try again.")), "other", "90033"),
            ("#text=my%20computer%20is%20slow".to_string(), "unknown", ""),
            ("#text=%7B%22error%22%3A%22invalid_grant%22%2C%22error_codes%22%3A%5B70002%2C50126%5D%7D".to_string(), "account-problem", "50126"),
        ];
        for (suffix, verdict, code) in cases {
            b.goto(&format!("/diagnose{suffix}")).await;
            let (v, c, audience) = b.verdict().await;
            assert_eq!((v.as_str(), c.as_str()), (verdict, code), "{suffix}");
            assert_eq!(audience, "user", "{suffix}");
            assert_eq!(b.count("#diagnosis").await, 1);
            assert!(!b.fixes().await.is_empty(), "{suffix}: no fixes");
            assert_eq!(b.count("[data-report]").await, 1, "{suffix}: no report");
            assert_eq!(b.count("a[data-share-link]").await, 1, "{suffix}: no share link");
            let marks = b.exec("return performance.getEntriesByName('diagnosis-rendered').length").await;
            assert_eq!(marks, 1, "{suffix}: diagnosis-rendered mark");
        }
    })
    .await;
}

#[tokio::test]
async fn the_audience_switch_reorders_the_fixes_and_survives_a_reload() {
    with_browser(|b: Browser| async move {
        b.goto(&format!(
            "/diagnose?{}",
            redirect(
                "access_denied",
                90094,
                "The grant requires admin permission."
            )
        ))
        .await;
        assert_eq!(b.verdict().await.2, "user");
        assert_eq!(b.fixes().await[0], "ask-admin");
        assert!(b.text("#diagnosis h1").await.starts_with(
            "Your organization needs an administrator to approve Contoso Mail Assistant"
        ));
        b.click("[data-audience-option='admin']").await;
        let (_, _, audience) = b.verdict().await;
        assert_eq!(audience, "admin");
        let fixes = b.fixes().await;
        assert_eq!(fixes[0], "admin-consent-url");
        assert!(
            fixes.iter().position(|f| f == "method-1 solution-a")
                < fixes.iter().position(|f| f == "method-3")
        );
        let href = b.href("a[data-consent-url]").await;
        let expected = format!(
            "{}/organizations/v2.0/adminconsent?client_id=3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11",
            b.emulator
        );
        assert!(href.starts_with(&expected), "{href}");
        assert!(b.url().await.contains("audience=admin"));
        b.client.refresh().await.unwrap();
        assert_eq!(b.verdict().await.2, "admin");
        b.click("[data-audience-option='support']").await;
        assert_eq!(b.verdict().await.2, "support");
    })
    .await;
}

#[tokio::test]
async fn pasting_an_error_on_the_start_page_diagnoses_it_without_sending_it() {
    with_browser(|b: Browser| async move {
        b.goto("/").await;
        let area = b.wait_for("#paste").await;
        area.send_keys(
            "Sign-in error code: 90095\nRequest Id: 11111111-2222-4333-8444-555555555555",
        )
        .await
        .unwrap();
        b.click("button[data-action='diagnose']").await;
        let (verdict, code, _) = b.verdict().await;
        assert_eq!(
            (verdict.as_str(), code.as_str()),
            ("admin-consent-workflow", "90095")
        );
        let url = b.url().await;
        assert!(
            url.contains("/diagnose#text="),
            "the text travels in the fragment: {url}"
        );
        assert!(b
            .text("[data-report]")
            .await
            .contains("11111111-2222-4333-8444-555555555555"));
    })
    .await;
}

#[tokio::test]
async fn a_share_link_opens_the_same_diagnosis_elsewhere() {
    with_browser(|b: Browser| async move {
        b.goto(&format!(
            "/diagnose?{}&tenant=contoso.com&audience=admin",
            redirect("access_denied", 53003, "Blocked.")
        ))
        .await;
        let link = b.href("a[data-share-link]").await;
        assert!(link.len() <= 2048);
        assert!(link.contains("/diagnose#"), "{link}");
        b.client.goto(&link).await.unwrap();
        let (verdict, code, audience) = b.verdict().await;
        assert_eq!(
            (verdict.as_str(), code.as_str(), audience.as_str()),
            ("conditional-access-blocked", "53003", "admin")
        );
        assert!(b.text("[data-report]").await.contains(TRACE));
    })
    .await;
}

#[tokio::test]
async fn an_unknown_client_id_gets_a_warning_and_no_consent_link() {
    with_browser(|b: Browser| async move {
        b.goto(&format!(
            "/diagnose?{}&client_id=00000000-1111-4222-8333-444444444444&audience=admin",
            redirect("access_denied", 90094, "x")
        ))
        .await;
        b.wait_for("[data-warning='unknown-client']").await;
        assert_eq!(b.count("a[data-consent-url]").await, 0);
        b.goto("/admin?client_id=00000000-1111-4222-8333-444444444444")
            .await;
        b.wait_for("[data-warning='unknown-client']").await;
        assert_eq!(b.count("a[data-consent-url]").await, 0);
    })
    .await;
}

/// Pastes `text` into the start page's box as a person would (through the input event) and
/// asks for the diagnosis.
async fn paste_on_start_page(b: &Browser, text: &str) {
    b.goto("/").await;
    b.wait_for("#paste").await;
    let script = format!(
        "const a = document.getElementById('paste'); a.value = {}; a.dispatchEvent(new Event('input', {{ bubbles: true }}));",
        serde_json::Value::String(text.into())
    );
    b.exec(&script).await;
    b.click("button[data-action='diagnose']").await;
}

#[tokio::test]
async fn a_japanese_screen_and_a_library_exception_pasted_on_the_start_page_are_diagnosed() {
    with_browser(|b: Browser| async move {
        // Microsoft's "Need admin approval" screen in Japanese, copied without its code.
        paste_on_start_page(&b, "Microsoft\nuser@contoso.com\n管理者の承認が必要\nContoso Mail Assistant には、組織内のリソースへのアクセス許可が必要です。このアクセス許可を付与できるのは管理者のみです。").await;
        let (verdict, code, _) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str()), ("admin-consent-required", "90094"));
        // The meaning arrives after the card, from the catalogue's words.
        b.text_becomes(
            "#diagnosis .summary",
            "\"Need admin approval\": the app asks for permissions that only an administrator can grant in your organization, and the organization has no approval request process turned on.",
        )
        .await;
        // MSAL.NET's cancel, which has no code: the cancel first, the approval screen second.
        paste_on_start_page(&b, "MSAL.NetCore.4.60.1.0.MsalClientException:\n\tErrorCode: authentication_canceled\nMicrosoft.Identity.Client.MsalClientException: User canceled authentication.").await;
        let (verdict, code, _) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str()), ("user-declined-consent", ""));
        assert!(b.text("#diagnosis .summary").await.contains("MSAL.NET"));
        let alternative = b.href("#diagnosis [data-alternative-verdict='admin-consent-required'] a").await;
        assert!(alternative.contains("/diagnose#error_codes=90094"), "{alternative}");
        b.console().await;
    })
    .await;
}

/// The verdict card does not wait for the catalogue's words: without the file the verdict
/// and fixes still show, and the card says the description could not be loaded.
#[tokio::test]
async fn a_missing_words_file_leaves_the_verdict_and_says_so() {
    let copy = copy_of_dist_without("no-code-words", |name| {
        name.starts_with("codes-en-") && name.ends_with(".json")
    });
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client
            .goto(&format!("{base}/diagnose?error_codes=90094"))
            .await
            .unwrap();
        let (verdict, code, _) = b.verdict().await;
        assert_eq!((verdict.as_str(), code.as_str()), ("admin-consent-required", "90094"));
        assert!(!b.fixes().await.is_empty());
        b.text_becomes(
            "#diagnosis .summary",
            "This code's description could not be loaded; the fixes below still apply, and the error link has Microsoft's description.",
        )
        .await;
    })
    .await;
}
