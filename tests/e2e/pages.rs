//! Every route loads directly (deep link and reload), the callback cleans the address bar, and
//! an invalid profile stops the app with a message naming the field.

use consent_core::routes::{route, Bundle};

use crate::harness::{copy_of_dist, copy_of_dist_without, serve_other, with_browser, Browser};

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
                "/developers",
                "Send failed sign-ins from Contoso Mail Assistant to this page",
            ),
            (
                "/errors/1234567",
                "AADSTS1234567 is not in our catalogue yet",
            ),
            ("/errors/not-a-code", "That is not an AADSTS code"),
            ("/no/such/page", "This page does not exist"),
            // Trailing slashes and near misses, where the loader's copy of the rule could
            // drift from the router's.
            (
                "/diagnose/",
                "No Microsoft sign-in error was found in what was given.",
            ),
            ("/errors/", "Sign-in error codes"),
            ("/errorsx", "This page does not exist"),
        ];
        for (path, heading) in routes {
            b.goto(path).await;
            b.text_becomes("main h1", heading).await;
            // People arriving with an error get the small build; sign-in, admin and support
            // pages the full app, and so do unknown paths. The loader in the page must pick
            // what the router's rule says.
            let rule = Bundle::for_route(&route(path));
            let expected = if rule == Bundle::FirstVisit { "first-visit" } else { "full" };
            assert_eq!(b.build().await, expected, "{path}");
            b.client.refresh().await.unwrap();
            b.text_becomes("main h1", heading).await;
            assert_eq!(b.count("#boot").await, 0, "{path}: still booting");
            // The stylesheet applied: Trunk minifies it and hashes it for `integrity`, and a
            // stale hash makes the browser drop it silently.
            let accent = b
                .exec("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()")
                .await;
            assert!(accent.as_str().is_some_and(|a| a.starts_with('#')), "{path}: no stylesheet ({accent})");
        }
    })
    .await;
}

#[tokio::test]
async fn links_between_the_two_builds_load_the_other_one_and_back_works() {
    with_browser(|b: Browser| async move {
        b.goto("/diagnose?error_codes=90094").await;
        b.verdict().await;
        assert_eq!(b.build().await, "first-visit");
        // Within a build, links change the page without a reload: the marker survives.
        b.exec("window.samePage = 1").await;
        b.click("nav a[href='/']").await;
        assert_eq!(
            b.text("main h1").await,
            "Trouble connecting Contoso Mail Assistant?"
        );
        assert_eq!(b.exec("return window.samePage").await, 1);
        // The admin page is in the full app only: the link loads it as a new page.
        b.click("nav a[href='/admin']").await;
        assert_eq!(
            b.text("main h1").await,
            "Approve Contoso Mail Assistant for your organization"
        );
        assert_eq!(b.build().await, "full");
        assert_eq!(
            b.exec("return window.samePage ?? null").await,
            serde_json::Value::Null
        );
        // The full app shows every page, the error reference included, without a reload.
        b.exec("window.samePage = 2").await;
        b.click("nav a[href='/errors']").await;
        assert_eq!(b.text("main h1").await, "Sign-in error codes");
        assert_eq!(b.exec("return window.samePage").await, 2);
        // Back twice: the admin page (same document), then the start page, served by the
        // first-visit build again.
        b.client.back().await.unwrap();
        assert_eq!(
            b.text("main h1").await,
            "Approve Contoso Mail Assistant for your organization"
        );
        b.client.back().await.unwrap();
        b.text_becomes("main h1", "Trouble connecting Contoso Mail Assistant?")
            .await;
        assert_eq!(b.build().await, "first-visit");
        b.client.back().await.unwrap();
        assert_eq!(b.verdict().await.1, "90094");
        assert_eq!(b.build().await, "first-visit");
        b.console().await;
    })
    .await;
}

#[tokio::test]
async fn going_back_to_a_page_of_the_other_build_loads_it() {
    with_browser(|b: Browser| async move {
        b.goto("/diagnose?error_codes=90094").await;
        b.verdict().await;
        // History entries the first-visit build cannot show, in its own document.
        b.exec("history.pushState(null, '', '/admin'); history.pushState(null, '', '/errors');")
            .await;
        b.client.back().await.unwrap();
        assert_eq!(
            b.text("main h1").await,
            "Approve Contoso Mail Assistant for your organization"
        );
        assert_eq!(b.build().await, "full");
        b.console().await;
    })
    .await;
}

#[tokio::test]
async fn a_build_that_cannot_load_says_so_instead_of_loading_forever() {
    let copy = copy_of_dist_without("missing-wasm", |name| {
        name.starts_with("consent-doctor-first-visit-") && name.ends_with(".wasm")
    });
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client
            .goto(&format!("{base}/diagnose?error_codes=90094"))
            .await
            .unwrap();
        let boot = b.wait_for("#boot").await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let text = boot.text().await.unwrap();
            if text.contains("could not load") {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "still: {text}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(b.count("#diagnosis").await, 0);
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
        // Numbers are listed at once; searching by words waits for the descriptions.
        b.wait_for(".code-list[data-words='ready'] li[data-code]")
            .await;
        let all = b.count(".code-list li[data-code]").await;
        assert!(all >= 300, "{all} codes listed");
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

/// The first-visit build reads the profile without locating shape errors; for one, it hands
/// the page to the full app, which names the field.
#[tokio::test]
async fn a_profile_with_a_wrong_type_is_named_by_the_full_app_on_a_first_visit_path() {
    let copy = copy_of_dist("mistyped-profile");
    let profile = std::fs::read_to_string(copy.join("profile.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&profile).unwrap();
    value["app"]["publisher_verified"] = "yes".into();
    std::fs::write(copy.join("profile.json"), value.to_string()).unwrap();
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client.goto(&format!("{base}/diagnose")).await.unwrap();
        let message = b.text("[data-profile-error]").await;
        assert!(message.contains("app.publisher_verified"), "{message}");
        assert_eq!(b.build().await, "full");
        // The request was one-time: the loader cleared it.
        assert_eq!(
            b.exec("return history.state").await,
            serde_json::Value::Null
        );
    })
    .await;
}

#[tokio::test]
async fn a_missing_profile_says_where_it_belongs() {
    let copy = copy_of_dist("no-profile");
    std::fs::remove_file(copy.join("profile.json")).unwrap();
    let base = serve_other(&copy);
    with_browser(move |b: Browser| async move {
        b.client.goto(&format!("{base}/diagnose")).await.unwrap();
        let message = b.text("[data-profile-error]").await;
        assert!(
            message.contains("profile.json was not found beside index.html (HTTP 404)"),
            "{message}"
        );
    })
    .await;
}

#[tokio::test]
async fn each_build_requests_the_profile_once() {
    with_browser(|b: Browser| async move {
        // The app reads the request the loader started instead of making its own.
        for path in ["/diagnose?error_codes=90094", "/admin"] {
            b.goto(path).await;
            b.wait_for("main h1").await;
            let requests = b
                .exec("return performance.getEntriesByType('resource').filter(r => r.name.endsWith('/profile.json')).length")
                .await;
            assert_eq!(requests, 1, "{path}: profile.json requests");
        }
    })
    .await;
}
