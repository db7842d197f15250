//! The tenant check (`/tenant`) against the emulator's Graph: each tenant state through the
//! pasted script output and through the live check, denied reads, throttling, paging, hostile
//! names, and proof that only GET requests reached Graph and no token was left behind.

use serde_json::Value;

use crate::harness::{http, with_browser, Browser};

/// `(data-finding, data-severity)` of every finding, in page order.
async fn findings(b: &Browser) -> Vec<(String, String)> {
    b.wait_for("#tenant-findings [data-finding]").await;
    let value = b
        .exec("return Array.from(document.querySelectorAll('#tenant-findings [data-finding]')).map(e => [e.getAttribute('data-finding'), e.getAttribute('data-severity')])")
        .await;
    serde_json::from_value(value).expect("finding list")
}

/// Pastes the emulator's script output for `state` and evaluates it.
async fn paste(b: &Browser, state: &str, query: &str) -> Vec<(String, String)> {
    let (status, _, snapshot) = http(
        "GET",
        &format!(
            "{}/_emulator/tenant-snapshot/{state}?user=megan%40contoso.example",
            b.emulator
        ),
        "",
    );
    assert_eq!(status, 200, "{state}: {snapshot}");
    b.goto(&format!("/tenant?tenant=contoso.example{query}"))
        .await;
    let area = b.wait_for("textarea[data-input='tenant-snapshot']").await;
    // Typing 20 KB key by key takes long; the value is set and announced as typing would.
    b.client
        .execute(
            "const t = arguments[0]; t.value = arguments[1]; t.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![serde_json::to_value(&area).unwrap(), Value::String(snapshot)],
        )
        .await
        .expect("paste");
    b.click("[data-action='evaluate-snapshot']").await;
    findings(b).await
}

fn first(list: &[(String, String)]) -> (&str, &str) {
    (list[0].0.as_str(), list[0].1.as_str())
}

fn has(list: &[(String, String)], id: &str) -> bool {
    list.iter().any(|(f, _)| f == id)
}

#[tokio::test]
async fn pasted_output_of_each_tenant_state_names_its_cause_first() {
    with_browser(|b: Browser| async move {
        let cases = [
            ("tenant-all-clear", "all-clear", "ok"),
            ("tenant-no-sp", "no-service-principal", "blocking"),
            ("tenant-disabled", "app-disabled", "blocking"),
            ("tenant-assignment", "user-not-assigned", "blocking"),
            ("tenant-consent-off", "user-consent-off", "blocking"),
            ("tenant-low-only", "publisher-not-verified", "blocking"),
            (
                "tenant-managed",
                "user-consent-microsoft-managed",
                "blocking",
            ),
            ("tenant-stale-grant", "grant-missing-scopes", "blocking"),
            ("tenant-per-user", "grant-per-user-only", "blocking"),
            ("tenant-ca", "conditional-access", "blocking"),
            ("tenant-denied", "read-denied", "unknown"),
        ];
        for (state, finding, severity) in cases {
            let list = paste(&b, state, "").await;
            assert_eq!(first(&list), (finding, severity), "{state}: {list:?}");
        }
        // Opened from a 90095 diagnosis: the consent cause first, the pending requests listed.
        let list = paste(&b, "tenant-workflow-pending", "&error_codes=90095").await;
        assert_eq!(first(&list), ("user-consent-off", "blocking"), "{list:?}");
        assert!(has(&list, "workflow-pending"), "{list:?}");
        let pending = b.text("[data-finding='workflow-pending']").await;
        assert!(pending.contains("2026-11-20T09:14:03Z"), "{pending}");

        // The denied reads say what would allow them; the rest still evaluates.
        let list = paste(&b, "tenant-denied", "").await;
        assert!(has(&list, "all-clear"), "{list:?}");
        let denied = b.text("[data-finding='read-denied']").await;
        assert!(
            denied.contains("Authorization_RequestDenied") && denied.contains("Global Reader"),
            "{denied}"
        );

        // A Graph name that is markup stays text.
        let list = paste(&b, "tenant-all-clear", "").await;
        assert!(has(&list, "report-only-policies"), "{list:?}");
        let text = b.text("[data-finding='report-only-policies']").await;
        assert!(text.contains("<img src=x onerror=alert(1)>"), "{text}");
        assert_eq!(b.count("#tenant-findings img").await, 0);

        // The report withholds the user's name unless asked.
        let list = paste(&b, "tenant-assignment", "").await;
        assert_eq!(first(&list).0, "user-not-assigned");
        let report = b.text("[data-tenant-report]").await;
        assert!(
            !report.contains("Megan") && !report.contains("megan@"),
            "{report}"
        );
        b.click("[data-input='include-names']").await;
        assert!(b.text("[data-tenant-report]").await.contains("Megan Bowen"));
        b.console().await;
    })
    .await;
}

#[tokio::test]
async fn the_scripts_only_read_and_a_wrong_paste_gets_a_clear_message() {
    with_browser(|b: Browser| async move {
        b.goto("/tenant?tenant=contoso.example&cloud=usgov").await;
        let ps = b.text("[data-script='graph-powershell']").await;
        let cli = b.text("[data-script='azure-cli']").await;
        assert!(ps.contains("READ-ONLY") && cli.contains("READ-ONLY"));
        assert!(
            ps.contains("-TenantId 'contoso.example' -Environment USGov"),
            "{ps}"
        );
        assert!(cli.contains("https://graph.microsoft.us"), "{cli}");
        for text in [&ps, &cli] {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("-method post")
                    && !lower.contains("--method post")
                    && !lower.contains("--method patch")
            );
        }
        b.click("[data-action='evaluate-snapshot']").await;
        assert!(b
            .text("[data-snapshot-error]")
            .await
            .contains("Nothing was pasted"));
        b.wait_for("textarea[data-input='tenant-snapshot']")
            .await
            .send_keys("Welcome to Microsoft Graph!")
            .await
            .unwrap();
        b.click("[data-action='evaluate-snapshot']").await;
        assert!(b
            .text("[data-snapshot-error]")
            .await
            .contains("not the script's JSON output"));
        assert_eq!(b.count("#tenant-findings").await, 0);
        b.console().await;
    })
    .await;
}

/// The live check as the admin whose account selects `state`; returns the findings.
async fn live(b: &Browser, state: &str) -> Vec<(String, String)> {
    b.goto(&format!(
        "/tenant?tenant=contoso.example&login_hint={state}%40contoso.example"
    ))
    .await;
    b.click("[data-action='tenant-check']").await;
    findings(b).await
}

fn graph_methods(b: &Browser) -> Value {
    let (_, _, body) = http("GET", &format!("{}/_emulator/stats", b.emulator), "");
    let stats: Value = serde_json::from_str(&body).expect("stats");
    stats["graph_requests"].clone()
}

#[tokio::test]
async fn the_live_check_reads_each_state_with_get_only_and_keeps_no_token() {
    with_browser(|b: Browser| async move {
        let cases = [
            ("tenant-ca", "conditional-access", "blocking"),
            ("tenant-per-user", "grant-per-user-only", "blocking"),
            ("tenant-stale-grant", "grant-missing-scopes", "blocking"),
            ("tenant-no-sp", "no-service-principal", "blocking"),
            ("tenant-throttled", "all-clear", "ok"),
            ("tenant-denied", "read-denied", "unknown"),
        ];
        for (state, finding, severity) in cases {
            let list = live(&b, state).await;
            assert_eq!(first(&list), (finding, severity), "{state}: {list:?}");
            // The address bar is back on /tenant; storage holds nothing.
            let url = b.url().await;
            assert!(
                url.contains("/tenant") && !url.contains("code=") && !url.contains('#'),
                "{url}"
            );
            assert_eq!(
                b.storage_dump().await,
                r#"{"local":{},"session":{},"cookies":""}"#,
                "{state}"
            );
            let page = b.client.source().await.unwrap();
            assert!(
                !page.contains("eyJ0eXAi") && !page.contains("EMU-"),
                "{state}: a token is in the page"
            );
        }
        let methods = graph_methods(&b);
        let methods = methods.as_object().expect("graph_requests by method");
        assert!(
            methods.get("GET").and_then(Value::as_u64).unwrap_or(0) > 20,
            "{methods:?}"
        );
        assert!(
            methods.keys().all(|m| m == "GET" || m == "OPTIONS"),
            "only reads reached Graph: {methods:?}"
        );
        let console = b.console().await;
        assert!(!console.contains("eyJ0eXAi"), "{console}");
    })
    .await;
}

#[tokio::test]
async fn admin_pages_link_the_tenant_check_with_the_tenant_and_the_error() {
    with_browser(|b: Browser| async move {
        b.goto(
            "/diagnose?error=access_denied&error_codes=90094&tenant=contoso.example&audience=admin",
        )
        .await;
        b.verdict().await;
        let href = b.href("a[data-tenant-check-link]").await;
        assert!(
            href.ends_with("/tenant?tenant=contoso.example&error_codes=90094"),
            "{href}"
        );
        b.click("a[data-tenant-check-link]").await;
        b.wait_for("[data-script='graph-powershell']").await;
        let tenant = b
            .exec("return document.getElementById('tenant-id').value")
            .await;
        assert_eq!(tenant, "contoso.example");

        // The user's voice has no admin tooling in it.
        b.goto("/diagnose?error=access_denied&error_codes=90094")
            .await;
        b.verdict().await;
        assert_eq!(b.count("a[data-tenant-check-link]").await, 0);

        b.goto("/admin?tenant=contoso.example").await;
        let href = b.href("a[data-tenant-check-link]").await;
        assert!(href.ends_with("/tenant?tenant=contoso.example"), "{href}");
        b.console().await;
    })
    .await;
}
