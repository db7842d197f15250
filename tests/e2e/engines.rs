//! The smoke set in Firefox ESR and WebKitGTK: one diagnosis per verdict, every other route,
//! one sign-in scenario, the admin generator and a share link — each page with no CSP
//! violation under the shipped headers.

use crate::harness::{with_engine, Browser, Engine};

const VERDICTS: [(&str, &str, &str); 13] = [
    (
        "?error=access_denied&error_description=AADSTS90094%3a+x",
        "admin-consent-required",
        "90094",
    ),
    ("#error_codes=90095", "admin-consent-workflow", "90095"),
    (
        "?error=access_denied&error_subcode=cancel",
        "user-declined-consent",
        "",
    ),
    (
        "?admin_consent=True&tenant=contoso.com",
        "admin-consent-granted",
        "",
    ),
    ("#error_codes=7000112", "app-disabled", "7000112"),
    ("#error_codes=50105", "user-not-assigned", "50105"),
    (
        "#text=AADSTS53003%3A%20blocked",
        "conditional-access-blocked",
        "53003",
    ),
    ("#error_codes=700016", "app-not-found-in-tenant", "700016"),
    ("#error_codes=50011", "misconfigured-app", "50011"),
    ("#error_codes=50076", "sign-in-required", "50076"),
    ("#error_codes=50126", "account-problem", "50126"),
    ("#error_codes=90033", "other", "90033"),
    ("#text=nothing%20here", "unknown", ""),
];

async fn no_csp_violations(b: &Browser, context: &str) {
    let violations = b.csp_violations().await;
    assert!(violations.is_empty(), "{context}: {violations:?}");
}

async fn smoke(engine: Engine) {
    with_engine(engine, move |b: Browser| async move {
        for (suffix, verdict, code) in VERDICTS {
            // Leave first, so a fragment-only change is a real load in every engine.
            b.goto("/errors").await;
            b.goto(&format!("/diagnose{suffix}")).await;
            let got = b.verdict().await;
            assert_eq!(
                (got.0.as_str(), got.1.as_str()),
                (verdict, code),
                "{engine:?} {suffix}"
            );
            no_csp_violations(&b, &format!("{engine:?} {suffix}")).await;
        }

        // Every other route renders under the same policy.
        for path in [
            "/",
            "/support",
            "/errors",
            "/errors/90094",
            "/callback",
            "/no-such-page",
        ] {
            b.goto(path).await;
            b.wait_for("main h1").await;
            no_csp_violations(&b, &format!("{engine:?} {path}")).await;
        }

        // A share link reproduces the diagnosis.
        b.goto("/diagnose#error_codes=53003&tenant=contoso.com&audience=admin")
            .await;
        let link = b.href("a[data-share-link]").await;
        b.goto("/").await;
        b.client.goto(&link).await.unwrap();
        assert_eq!(
            b.verdict().await,
            (
                "conditional-access-blocked".into(),
                "53003".into(),
                "admin".into()
            ),
            "{engine:?} share link"
        );

        // The admin generator.
        b.goto("/admin?tenant=contoso.example").await;
        let href = b.href(".generator a[data-consent-url]").await;
        assert!(
            href.starts_with(&format!(
                "{}/contoso.example/v2.0/adminconsent?client_id=3f7d1c2a",
                b.emulator
            )),
            "{engine:?}: {href}"
        );
        no_csp_violations(&b, &format!("{engine:?} /admin")).await;

        // One sign-in: PKCE, the emulator, the callback, the token request with CORS.
        assert_eq!(
            b.sign_in("missing-scopes@contoso.example").await.0,
            "signed-in-missing-scopes",
            "{engine:?} sign-in"
        );
        assert_eq!(b.count("[data-granted='false']").await, 3);
        no_csp_violations(&b, &format!("{engine:?} sign-in")).await;
        let storage = b.storage_dump().await;
        assert_eq!(
            storage, r#"{"local":{},"session":{},"cookies":""}"#,
            "{engine:?}: storage after the sign-in"
        );
    })
    .await;
}

#[tokio::test]
async fn smoke_set_in_firefox() {
    smoke(Engine::Firefox).await;
}

#[tokio::test]
async fn smoke_set_in_webkit() {
    smoke(Engine::WebKit).await;
}

#[tokio::test]
async fn chromium_records_no_violations_either() {
    with_engine(Engine::Chromium, |b: Browser| async move {
        b.goto("/diagnose#error_codes=90094").await;
        b.verdict().await;
        no_csp_violations(&b, "Chromium").await;
    })
    .await;
}
