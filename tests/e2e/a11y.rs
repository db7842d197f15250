//! Accessibility: axe-core on every route, a diagnosis in each voice and a sign-in check
//! result, in light and dark mode — no serious or critical violations — and the main actions
//! reachable from the keyboard.

use serde_json::{json, Value};

use crate::harness::{with_browser, Browser};

const PAGES: [&str; 13] = [
    "/",
    "/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.&audience=user",
    "/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.&audience=admin",
    "/diagnose#error_codes=53003&audience=support&client_id=00000000-1111-4222-8333-444444444444",
    "/diagnose",
    "/callback?error=access_denied&error_description=AADSTS90095%3a+x&state=s",
    "/check",
    "/admin?tenant=contoso.example",
    "/support",
    "/errors",
    "/errors/90094",
    "/developers",
    "/no/such/page",
];

/// Runs axe on the current page and returns the serious and critical violations as text.
pub(crate) async fn axe(b: &Browser, context: &str) -> Vec<String> {
    let source = std::fs::read_to_string(
        std::env::var("AXE_JS").expect("AXE_JS: run with cargo xtask test"),
    )
    .expect("axe.min.js");
    b.client
        .execute(&format!("{source}\nreturn true;"), vec![])
        .await
        .expect("inject axe");
    let result = b
        .client
        .execute_async(
            "const done = arguments[0]; axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))).catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
            vec![],
        )
        .await
        .expect("axe.run");
    let Value::Array(violations) = result else {
        return vec![format!("{context}: axe returned {result}")];
    };
    violations
        .into_iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| {
            format!(
                "{context}: {} ({}) {} at {}",
                v["id"], v["impact"], v["help"], v["nodes"]
            )
        })
        .collect()
}

async fn dark(b: &Browser, on: bool) {
    let value = if on { "dark" } else { "light" };
    let body = json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "features": [{ "name": "prefers-color-scheme", "value": value }] } });
    b.session_command("goog/cdp/execute", body).await;
}

#[tokio::test]
async fn no_serious_accessibility_violations_in_light_or_dark_mode() {
    with_browser(|b: Browser| async move {
        let mut problems = Vec::new();
        for mode in [false, true] {
            dark(&b, mode).await;
            for page in PAGES {
                b.goto(page).await;
                b.wait_for("main h1").await;
                let scheme = b
                    .exec("return matchMedia('(prefers-color-scheme: dark)').matches")
                    .await;
                assert_eq!(scheme, json!(mode), "the emulated colour scheme applies");
                problems.extend(
                    axe(
                        &b,
                        &format!("{} {page}", if mode { "dark" } else { "light" }),
                    )
                    .await,
                );
            }
            // A sign-in check result, too.
            b.sign_in("global-admin@contoso.example").await;
            problems.extend(
                axe(
                    &b,
                    &format!("{} sign-in check", if mode { "dark" } else { "light" }),
                )
                .await,
            );
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

#[tokio::test]
async fn the_main_actions_work_from_the_keyboard() {
    with_browser(|b: Browser| async move {
        b.goto("/").await;
        b.wait_for("#paste").await;
        // Tab from the top: the skip link comes first and is visible when focused.
        b.exec("document.activeElement && document.activeElement.blur(); window.focus();").await;
        let body = b.client.find(fantoccini::Locator::Css("body")).await.unwrap();
        body.send_keys("\u{e004}").await.unwrap();
        let first = b.exec("return document.activeElement.textContent").await;
        assert_eq!(first, json!("Skip to content"));
        let outline = b.exec("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.left").await;
        assert!(!outline.as_str().unwrap_or("").starts_with("none"), "focus is visible: {outline}");
        // Type an error and submit with Enter on the button.
        let area = b.wait_for("#paste").await;
        area.send_keys("AADSTS50105: not assigned").await.unwrap();
        let button = b.wait_for("button[data-action='diagnose']").await;
        button.send_keys("\u{e007}").await.unwrap();
        assert_eq!(b.verdict().await.0, "user-not-assigned");
        // The audience switch is a set of buttons: focusable and pressable with the keyboard.
        let admin = b.wait_for("[data-audience-option='admin']").await;
        admin.send_keys("\u{e00d}").await.unwrap();
        assert_eq!(b.verdict().await.2, "admin");
    })
    .await;
}
