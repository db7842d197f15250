//! The admin toolkit in a browser: tenant discovery against the emulator, the consent round
//! trips (v1 and v2; granted, cancelled, failed), the unknown-client confirmation, the
//! user's message to the admin, and the copy buttons.

use fantoccini::Locator;
use serde_json::json;

use crate::harness::{with_browser, Browser};

const NORTHWIND: &str = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
const CONTOSO: &str = "4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a";

async fn discover(b: &Browser, input: &str) -> (String, String) {
    let field = b.wait_for("#tenant").await;
    field.clear().await.unwrap();
    field.send_keys(input).await.unwrap();
    b.click("[data-action='discover']").await;
    let result = b
        .wait_for("[data-discovery='ok'], [data-discovery='error']")
        .await;
    // Wait past the "Looking it up…" state.
    for _ in 0..50 {
        if !result.text().await.unwrap().contains("Looking") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let kind = b
        .wait_for("[data-discovery]")
        .await
        .attr("data-discovery")
        .await
        .unwrap()
        .unwrap();
    (kind, b.text("[data-discovery]").await)
}

#[tokio::test]
async fn discovery_finds_the_tenant_and_pins_the_links_to_it() {
    with_browser(|b: Browser| async move {
        b.goto("/admin").await;
        let (kind, text) = discover(&b, "megan@northwind.example").await;
        assert_eq!(kind, "ok", "{text}");
        assert!(text.contains(NORTHWIND), "{text}");
        let href = b.href(".generator a[data-consent-url]").await;
        assert!(
            href.starts_with(&format!(
                "{}/{NORTHWIND}/v2.0/adminconsent?client_id=",
                b.emulator
            )),
            "{href}"
        );
        let (kind, text) = discover(&b, "nobody@nowhere.example").await;
        assert_eq!(kind, "error");
        assert!(text.contains("not known"), "{text}");
        // `common` cannot be used for admin consent, and says why.
        let field = b.wait_for("#tenant").await;
        field.clear().await.unwrap();
        field.send_keys("common").await.unwrap();
        assert!(b
            .text(".generator .field-error")
            .await
            .contains("`common` cannot be used"));
        assert_eq!(b.count(".generator a[data-consent-url]").await, 0);
    })
    .await;
}

async fn consent_round_trip(b: &Browser, link_css: &str, decision: &str) -> (String, String) {
    b.goto(&format!("/admin?tenant={NORTHWIND}")).await;
    b.click(link_css).await;
    b.click(&format!("a[data-decision='{decision}']")).await;
    let (verdict, code, _) = b.verdict().await;
    (verdict, code)
}

#[tokio::test]
async fn consent_round_trips_end_in_the_right_verdict() {
    with_browser(|b: Browser| async move {
        assert_eq!(consent_round_trip(&b, ".generator a[data-consent-url]", "cancel").await, ("user-declined-consent".into(), "65004".into()));
        assert_eq!(consent_round_trip(&b, "[data-consent-form='v1'] a.button", "cancel").await, ("user-declined-consent".into(), "65004".into()));
        assert_eq!(consent_round_trip(&b, "[data-consent-form='v1'] a.button", "accept").await, ("admin-consent-granted".into(), "".into()));
        assert_eq!(consent_round_trip(&b, ".generator a[data-consent-url]", "accept").await, ("admin-consent-granted".into(), "".into()));
        assert!(b.text(".notes").await.contains(NORTHWIND), "the note names the returned tenant");
        assert!(b.text(".notes").await.contains("not proof"));
        assert!(b.fixes().await.contains(&"run-check".to_string()), "the sign-in check is offered");
        // The failure shape observed in the wild for a registration without permissions.
        b.goto("/").await;
        b.goto("/callback?error=access_denied&error_description=AADSTS1003031%3a+Misconfigured+required+resource+access+in+client+application+registration.&admin_consent=True").await;
        assert_eq!(b.verdict().await, ("misconfigured-app".into(), "1003031".into(), "user".into()));
    })
    .await;
}

#[tokio::test]
async fn an_unknown_client_needs_its_id_typed_before_any_link_appears() {
    with_browser(|b: Browser| async move {
        let stranger = "00000000-1111-4222-8333-444444444444";
        b.goto(&format!(
            "/admin?client_id={stranger}&tenant=contoso.example"
        ))
        .await;
        assert!(b
            .text("[data-warning='unknown-client']")
            .await
            .contains(stranger));
        assert_eq!(b.count(".generator a[data-consent-url]").await, 0);
        b.wait_for("#confirm-client")
            .await
            .send_keys(stranger)
            .await
            .unwrap();
        let href = b.href(".generator a[data-consent-url]").await;
        assert!(href.contains(&format!("client_id={stranger}")), "{href}");
        assert_eq!(
            b.count("[data-warning='unknown-client']").await,
            1,
            "the warning stays"
        );
    })
    .await;
}

#[tokio::test]
async fn the_users_message_to_the_admin_carries_a_link_for_their_organization() {
    with_browser(|b: Browser| async move {
        b.goto("/diagnose?error=access_denied&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.").await;
        assert_eq!(b.fixes().await[0], "ask-admin");
        let mailto = b.href("[data-fix='ask-admin'] a[href^='mailto:']").await;
        assert!(mailto.contains("body=Hello%2C"), "{mailto}");
        assert!(mailto.contains("adminconsent%3Fclient_id%3D3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11"), "{mailto}");
        b.wait_for("#work-email").await.send_keys("alex@contoso.example").await.unwrap();
        b.click("[data-action='find-organization']").await;
        let message = b.text(&format!("[data-message-for='{CONTOSO}'] pre")).await;
        assert!(message.contains(&format!("/{CONTOSO}/v2.0/adminconsent?client_id=3f7d1c2a")), "{message}");
        assert!(message.contains(&format!("/admin?tenant={CONTOSO}")), "{message}");
        assert!(!message.contains("alex@contoso.example"), "the e-mail address is not put in the message");
        let mailto = b.href("a[data-mailto]").await;
        assert!(mailto.contains(CONTOSO));
    })
    .await;
}

#[tokio::test]
async fn copy_buttons_put_the_text_on_the_clipboard_and_say_so() {
    with_browser(|b: Browser| async move {
        let body = json!({ "descriptor": { "name": "clipboard-write" }, "state": "granted" });
        b.session_command("permissions", body).await;
        b.goto("/admin?tenant=contoso.example").await;
        let href = b.href(".generator a[data-consent-url]").await;
        let button = b.client.find(Locator::Css(".consent-option .copy-button")).await.unwrap();
        button.click().await.unwrap();
        for _ in 0..50 {
            if button.text().await.unwrap() != "Copy link" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(button.text().await.unwrap(), "Copied", "the browser accepted the text");
        // Which text: spy on the clipboard and copy again.
        b.exec("window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };").await;
        tokio::time::sleep(std::time::Duration::from_millis(2200)).await;
        button.click().await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(b.exec("return window.__copied").await, json!(href));
    })
    .await;
}
