//! The sign-in check against the local Entra emulator: every scenario from `/check` to its
//! verdict, the negative callback cases, fault injection with retry, and proof that no token
//! is left in storage, cookies, the URL, the page or the console.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::harness::{http, with_browser, with_browser_alone, Browser};

/// The start of every emulator token signature, as it appears inside a token.
fn sentinel() -> String {
    URL_SAFE_NO_PAD.encode("emulator-sentinel:")[..20].to_string()
}

/// Signs in as the Contoso user whose name selects `scenario`.
async fn sign_in(b: &Browser, scenario: &str) -> (String, String, String) {
    b.sign_in(&format!("{scenario}@contoso.example")).await
}

/// Nothing secret anywhere a script, the address bar or the console can see.
async fn assert_no_secrets(b: &Browser, context: &str) {
    let url = b.url().await;
    assert!(
        !url.contains("code=") && !url.contains("state=") && !url.contains("#"),
        "{context}: {url}"
    );
    let storage = b.storage_dump().await;
    let page = b.client.source().await.unwrap();
    let console = b.console().await;
    for (place, text) in [
        ("storage", &storage),
        ("page", &page),
        ("console", &console),
    ] {
        for secret in [
            sentinel().as_str(),
            "EMU-RT-SENTINEL",
            "EMU-CODE-",
            "eyJ0eXAi",
        ] {
            assert!(
                !text.contains(secret),
                "{context}: {secret} found in the {place}: {text}"
            );
        }
    }
    assert_eq!(
        storage, r#"{"local":{},"session":{},"cookies":""}"#,
        "{context}: storage is not empty"
    );
    for origin in b.requested_origins().await {
        assert!(
            origin == b.base || origin == b.emulator,
            "{context}: a request went to {origin}"
        );
    }
}

#[tokio::test]
async fn every_scenario_reaches_its_verdict_and_leaves_no_secret() {
    with_browser(|b: Browser| async move {
        let cases = [
            ("consent-blocked", "admin-consent-required", "90094", "user"),
            (
                "approval-required",
                "admin-consent-workflow",
                "90095",
                "user",
            ),
            ("consent-declined", "user-declined-consent", "65004", "user"),
            ("app-disabled", "app-disabled", "7000112", "user"),
            ("user-not-assigned", "user-not-assigned", "50105", "user"),
            ("ca-blocked", "conditional-access-blocked", "53003", "user"),
            ("mfa-required", "sign-in-required", "50076", "user"),
            ("missing-scopes", "signed-in-missing-scopes", "", "user"),
            ("all-granted", "signed-in-ok", "", "user"),
            ("global-admin", "signed-in-missing-scopes", "", "admin"),
            (
                "privileged-role-admin",
                "signed-in-missing-scopes",
                "",
                "admin",
            ),
            ("cloud-app-admin", "signed-in-missing-scopes", "", "admin"),
            ("app-admin", "signed-in-missing-scopes", "", "admin"),
        ];
        for (scenario, verdict, code, audience) in cases {
            let got = sign_in(&b, scenario).await;
            assert_eq!(
                (got.0.as_str(), got.1.as_str(), got.2.as_str()),
                (verdict, code, audience),
                "{scenario}"
            );
            // Errors that came back with our state are verified: no unsolicited warning.
            assert_eq!(
                b.count("[data-warning='unsolicited-response']").await,
                0,
                "{scenario}"
            );
            if audience == "admin" {
                assert_eq!(
                    b.fixes().await[0],
                    "admin-consent-url",
                    "{scenario}: the admin can grant now"
                );
                let role = b.text("[data-role]").await;
                assert!(!role.is_empty(), "{scenario}: the role is named");
            }
            if verdict == "signed-in-missing-scopes" {
                let missing = b.count("[data-granted='false']").await;
                assert_eq!(
                    missing, 3,
                    "{scenario}: Mail.ReadWrite, Calendars.ReadWrite, MailboxSettings.ReadWrite"
                );
                assert!(b
                    .text("[data-report]")
                    .await
                    .contains("Missing permissions: https://graph.microsoft.com/Mail.ReadWrite"));
            }
            if verdict.starts_with("signed-in") {
                assert_eq!(
                    b.count("[data-id-check][data-passed='false']").await,
                    0,
                    "{scenario}: ID token checks"
                );
                assert!(b
                    .text("[data-identity]")
                    .await
                    .contains(&format!("{scenario}@contoso.example")));
            }
            assert_no_secrets(&b, scenario).await;
        }
    })
    .await;
}

#[tokio::test]
async fn forget_clears_the_sign_in() {
    with_browser(|b: Browser| async move {
        sign_in(&b, "all-granted").await;
        b.click("[data-action='forget']").await;
        b.goto("/check").await;
        b.wait_for("[data-action='sign-in']").await;
        assert_eq!(b.count("#diagnosis").await, 0);
        assert_no_secrets(&b, "after forget").await;
    })
    .await;
}

/// Leaves for the emulator without a hint, reads the authorize URL the app built, and asks
/// the emulator for the redirect (with a code) without following it.
async fn callback_url(b: &Browser, scenario: &str) -> String {
    b.goto("/check").await;
    b.click("[data-action='sign-in']").await;
    b.wait_for("button[value='all-granted']").await;
    let authorize = b.url().await;
    assert!(
        authorize.contains("code_challenge_method=S256") && authorize.contains("nonce="),
        "{authorize}"
    );
    let (status, location, _) = http(
        "GET",
        &format!("{authorize}&emulator_scenario={scenario}"),
        "",
    );
    assert_eq!(status, 302);
    location.expect("a redirect to the app")
}

#[tokio::test]
async fn negative_callbacks_are_refused_before_any_token_request() {
    with_browser_alone(|b: Browser| async move {
        // A good response, then the same URL again (a replay).
        let good = callback_url(&b, "all-granted").await;
        let before = b.token_requests();
        b.client.goto(&good).await.unwrap();
        assert_eq!(b.verdict().await.0, "signed-in-ok");
        let after_first = b.token_requests();
        assert!(after_first > before, "the good response was redeemed");
        // Leave first: from `/callback` itself the browser would treat the URL as a fragment
        // change of the same document and not load it again.
        b.goto("/").await;
        b.client.goto(&good).await.unwrap();
        assert_eq!(b.verdict().await.0, "unknown");
        b.wait_for("[data-warning='unsolicited-response']").await;
        assert_eq!(b.token_requests(), after_first, "a replay makes no token request");

        // A tampered state, and a response carrying tokens, each with a pending sign-in.
        let tampered = callback_url(&b, "all-granted").await.replace("state=", "state=x");
        let before = b.token_requests();
        b.client.goto(&tampered).await.unwrap();
        assert_eq!(b.verdict().await.0, "unknown");
        assert!(b.text(".notes").await.contains("different sign-in"));
        let implicit = format!("{}&access_token=eyJhbGciOi", callback_url(&b, "all-granted").await);
        b.client.goto(&implicit).await.unwrap();
        assert_eq!(b.verdict().await.0, "unknown");
        assert!(b.text(".notes").await.contains("tokens in the address"));
        assert_eq!(b.token_requests(), before, "refused responses make no token request");

        // An error nobody asked for is still diagnosed, under a warning.
        b.goto("/").await;
        b.goto("/callback#error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.").await;
        assert_eq!(b.verdict().await.0, "admin-consent-required");
        b.wait_for("[data-warning='unsolicited-response']").await;
        assert_no_secrets(&b, "negative cases").await;
    })
    .await;
}

#[tokio::test]
async fn token_endpoint_faults_show_a_clear_message_and_retry_works() {
    with_browser(|b: Browser| async move {
        for (fault, expected) in [
            ("token-500", "HTTP 500"),
            ("token-malformed", "not JSON"),
            ("token-no-cors", "Single-page application"),
            ("token-slow", "did not answer within 12 seconds"),
        ] {
            b.goto(&format!(
                "/check?login_hint=all-granted%2B{fault}%40contoso.example"
            ))
            .await;
            b.click("[data-action='sign-in']").await;
            let message = b.text("[data-exchange-error]").await;
            assert!(message.contains(expected), "{fault}: {message}");
            b.click("[data-action='retry']").await;
            assert_eq!(b.verdict().await.0, "signed-in-ok", "{fault}: retry");
            assert_no_secrets(&b, fault).await;
        }
    })
    .await;
}

#[tokio::test]
async fn an_admin_grants_consent_from_the_check_and_users_are_then_ok() {
    with_browser(|b: Browser| async move {
        // Fabrikam, so this test's consent does not change other tests' Contoso users.
        assert_eq!(
            b.sign_in("global-admin@fabrikam.example").await.0,
            "signed-in-missing-scopes"
        );
        let link = b.wait_for("a[data-consent-url]").await;
        let href = link.attr("href").await.unwrap().unwrap();
        assert!(
            href.contains("/7d3e5f1a-9b2c-4d8e-a6f0-1c2b3a4d5e6f/v2.0/adminconsent"),
            "pinned to the signed-in tenant: {href}"
        );
        link.click().await.unwrap();
        b.click("a[data-decision='accept']").await;
        let (verdict, _, _) = b.verdict().await;
        assert_eq!(verdict, "admin-consent-granted");
        assert!(
            b.text(".notes").await.contains("not proof"),
            "the returned tenant is not trusted"
        );
        assert_eq!(
            b.sign_in("missing-scopes@fabrikam.example").await.0,
            "signed-in-ok"
        );
    })
    .await;
}
