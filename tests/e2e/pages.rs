//! Every route loads directly (deep link and reload), the callback cleans the address bar, and
//! an invalid profile stops the app with a message naming the field.

use crate::harness::{copy_of_dist, serve_other, with_browser, Browser};

#[tokio::test]
async fn every_route_loads_directly_and_after_a_reload() {
    with_browser(|b: Browser| async move {
        let routes = [
            ("/", "Trouble connecting Contoso Mail Assistant?"),
            (
                "/diagnose",
                "No Microsoft sign-in error was found in what was given.",
            ),
            (
                "/callback",
                "No Microsoft sign-in error was found in what was given.",
            ),
            ("/check", "Sign-in check"),
            (
                "/admin",
                "Approve Contoso Mail Assistant for your organization",
            ),
            ("/support", "Send a customer the right diagnosis"),
            ("/errors", "Sign-in error codes"),
            ("/errors/90094", "AADSTS90094: Need admin approval"),
            (
                "/errors/1234567",
                "AADSTS1234567 is not in our catalogue yet",
            ),
            ("/errors/not-a-code", "That is not an AADSTS code"),
            ("/no/such/page", "This page does not exist"),
        ];
        for (path, heading) in routes {
            b.goto(path).await;
            assert_eq!(b.text("main h1").await, heading, "{path}");
            b.client.refresh().await.unwrap();
            assert_eq!(b.text("main h1").await, heading, "{path} after reload");
            assert_eq!(b.count("#boot").await, 0, "{path}: still booting");
        }
    })
    .await;
}

#[tokio::test]
async fn the_callback_strips_code_and_state_from_the_address_bar_and_ignores_the_code() {
    with_browser(|b: Browser| async move {
        b.goto("/callback?code=0.AQ-SECRET-CODE&state=abc&session_state=s")
            .await;
        b.verdict().await;
        let url = b.url().await;
        assert!(url.ends_with("/callback"), "{url}");
        // No sign-in was started in this browser, so the response is refused and flagged.
        b.wait_for("[data-warning='unsolicited-response']").await;
        assert!(b.text(".notes").await.contains("no sign-in in progress"));
        let report = b.text("[data-report]").await;
        assert!(!report.contains("SECRET"), "{report}");
        let page = b.client.source().await.unwrap();
        assert!(!page.contains("0.AQ-SECRET-CODE"));
        // The entry was replaced, not added to: going back skips the address with the code.
        b.client.back().await.unwrap();
        let previous = b.url().await;
        assert!(
            !previous.contains("SECRET"),
            "history kept the code: {previous}"
        );
    })
    .await;
}

#[tokio::test]
async fn the_error_index_filters_as_you_type() {
    with_browser(|b: Browser| async move {
        b.goto("/errors").await;
        b.wait_for(".code-list li[data-code]").await;
        let all = b.count(".code-list li[data-code]").await;
        assert!(all >= 90, "{all} codes listed");
        b.wait_for("#code-search")
            .await
            .send_keys("conditional access")
            .await
            .unwrap();
        let some = b.count(".code-list li[data-code]").await;
        assert!(some > 0 && some < all, "{some} of {all}");
        assert_eq!(b.count(".code-list li[data-code='53003']").await, 1);
    })
    .await;
}

#[tokio::test]
async fn an_invalid_profile_stops_the_app_naming_the_field() {
    let copy = copy_of_dist("broken-profile");
    let profile = std::fs::read_to_string(copy.join("profile.json")).unwrap();
    std::fs::write(
        copy.join("profile.json"),
        profile.replace("3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "not-a-guid"),
    )
    .unwrap();
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client.goto(&format!("{base}/diagnose")).await.unwrap();
        let message = b.text("[data-profile-error]").await;
        assert!(message.contains("app.client_id"), "{message}");
        assert_eq!(b.count("#diagnosis").await, 0);
    })
    .await;
}
