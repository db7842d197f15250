//! The shipped headers on every route and asset, a loader script changed by one byte that the
//! policy stops, and another site that cannot frame the app (`docs/security.md` G1, G2, G6,
//! G8).

use std::time::Duration;

use crate::harness::{base_url, copy_of_dist, dist, headers_of, serve_other, with_browser};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The policy `cargo xtask build` wrote into `dist/_headers`.
fn shipped_policy() -> String {
    let text = std::fs::read_to_string(dist().join("_headers")).expect("dist/_headers");
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy:"))
        .expect("a Content-Security-Policy line")
        .trim()
        .to_string()
}

#[test]
fn every_route_and_asset_is_served_with_the_shipped_headers() {
    let base = base_url();
    let policy = shipped_policy();
    assert!(!policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"));
    assert!(policy.contains("'sha256-") && policy.contains("frame-ancestors 'none'"));
    for path in [
        "/",
        "/diagnose?error_codes=90094",
        "/callback",
        "/check",
        "/admin",
        "/support",
        "/errors",
        "/errors/90094",
        "/developers",
        "/no-such-page",
    ] {
        let (status, headers) = headers_of(&format!("{base}{path}"));
        assert_eq!(status, 200, "{path}");
        assert_eq!(
            header(&headers, "content-security-policy"),
            Some(policy.as_str()),
            "{path}"
        );
        for (name, value) in [
            ("referrer-policy", "no-referrer"),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "DENY"),
            ("cross-origin-opener-policy", "same-origin"),
            (
                "strict-transport-security",
                "max-age=31536000; includeSubDomains",
            ),
            // The page shell is never cached: a new build must reach people at once.
            ("cache-control", "no-store"),
        ] {
            assert_eq!(header(&headers, name), Some(value), "{path}: {name}");
        }
        assert!(
            header(&headers, "permissions-policy").is_some_and(|p| p.contains("camera=()")),
            "{path}"
        );
        assert!(header(&headers, "content-type").is_some_and(|t| t.starts_with("text/html")));
    }

    let (_, headers) = headers_of(&format!("{base}/profile.json"));
    assert_eq!(header(&headers, "cache-control"), Some("no-store"));
    let mut assets = 0;
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if ![".js", ".wasm", ".css", ".svg"]
            .iter()
            .any(|e| name.ends_with(e))
        {
            continue;
        }
        let (status, headers) = headers_of(&format!("{base}/{name}"));
        assert_eq!(status, 200, "{name}");
        if name == "forward.js" {
            // Other sites import the forwarding helper: CORS, and revalidated, because its
            // name has no hash.
            assert_eq!(header(&headers, "cache-control"), Some("no-cache"));
            assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
            assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
            continue;
        }
        assert_eq!(header(&headers, "cache-control"), Some(IMMUTABLE), "{name}");
        assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
        if name.ends_with(".wasm") {
            // Streaming compilation needs the right type.
            assert_eq!(header(&headers, "content-type"), Some("application/wasm"));
        }
        assets += 1;
    }
    assert!(assets >= 3, "the build's wasm, JS and CSS were checked");
}

#[tokio::test]
async fn a_loader_script_changed_by_one_byte_is_refused_and_the_app_does_not_start() {
    let copy = copy_of_dist("tampered-loader");
    let index = std::fs::read_to_string(copy.join("index.html")).unwrap();
    // One space more inside the inline loader: its hash no longer matches the policy.
    let tampered = index.replacen("<script>", "<script> ", 1);
    assert_ne!(tampered, index, "the build has an inline loader");
    std::fs::write(copy.join("index.html"), tampered).unwrap();
    let base = serve_other(&copy);
    with_browser(move |b| async move {
        b.client
            .goto(&format!("{base}/diagnose?error_codes=90094"))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert_eq!(b.count("#diagnosis").await, 0, "the app started anyway");
        let log = b.console_unchecked().await;
        assert!(
            log.contains("Content Security Policy") && log.contains("inline script"),
            "no CSP refusal in the console: {log}"
        );
    })
    .await;
}

#[tokio::test]
async fn another_site_cannot_show_the_app_in_a_frame() {
    let base = base_url();
    let dir = std::env::temp_dir().join(format!("consent-doctor-framer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("frame.html"),
        format!(
            "<!doctype html><title>framer</title><p id=\"framer\">another site</p>\
             <iframe src=\"{base}/diagnose?error_codes=90094\" width=\"800\" height=\"600\"></iframe>"
        ),
    )
    .unwrap();
    let other = serve_other(&dir);
    with_browser(move |b| async move {
        b.client.goto(&format!("{other}/frame.html")).await.unwrap();
        b.wait_for("#framer").await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        b.client.enter_frame(0).await.unwrap();
        assert_eq!(
            b.count("#diagnosis").await,
            0,
            "the app rendered inside a frame"
        );
        b.client.enter_parent_frame().await.unwrap();
        let log = b.console_unchecked().await;
        assert!(
            log.contains("frame-ancestors") || log.contains("X-Frame-Options"),
            "no framing refusal in the console: {log}"
        );
    })
    .await;
}
